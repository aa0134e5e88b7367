"""The Vergaderingen area: the meetings of each body and the meeting screen."""
