"""The message dialogs of the application, in one place so tests can replace them.

Callers use `dialogs.show_error(...)` (module attribute, not `from ... import`), so a test
can monkeypatch these functions instead of blocking on a modal dialog.
"""

from PySide6.QtWidgets import QMessageBox, QWidget

from driehoek_app.gui.i18n import t


def show_error(parent: QWidget | None, message: str) -> None:
    """Show a modal error message with one OK button."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        t("driehoek_app – error"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(t("Error message"))
    box.exec()


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    """Show the 'about' box with the given title and rich text."""
    QMessageBox.about(parent, title, text)
