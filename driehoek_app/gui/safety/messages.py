"""Informative messages of the safety screens, in one place so tests can replace them."""

from PySide6.QtWidgets import QMessageBox, QWidget

from driehoek_app.gui.i18n import t


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Show a modal message with one OK button."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.setAccessibleName(t("Message"))
    box.exec()
