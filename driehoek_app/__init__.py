"""driehoek_app: vergaderingen van de basisteamdriehoek, met de IMV-naslag."""

__version__ = "0.1.0"
APP_NAME = "driehoek_app"
