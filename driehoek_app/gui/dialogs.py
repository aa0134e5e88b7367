"""The message dialogs of the application, in one place so tests can replace them.

Callers use `dialogs.show_error(...)` (module attribute, not `from ... import`), so a test
can monkeypatch these functions instead of blocking on a modal dialog. The dialog classes
are loaded when a dialog is first shown (they cost 3 ms before the window's first paint).
"""

from pathlib import Path

from PySide6.QtWidgets import QWidget

from driehoek_app.gui.i18n import t


def show_error(parent: QWidget | None, message: str) -> None:
    """Show a modal error message with one OK button."""
    from PySide6.QtWidgets import QMessageBox

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
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(parent, title, text)


def confirm(parent: QWidget | None, title: str, question: str, accept_text: str) -> bool:
    """Ask a yes/no question; the accepting button says what happens (default: Annuleren)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.NoButton, parent
    )
    accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
    accept.setAccessibleName(accept_text.replace("&", ""))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setAccessibleName(cancel.text().replace("&", ""))
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for one line of text; return None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_open_files(parent: QWidget | None, title: str) -> list[Path]:
    """Let the user choose one or more existing files; an empty list when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    names, _ = QFileDialog.getOpenFileNames(parent, title)
    return [Path(name) for name in names]


def ask_save_file(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Let the user choose where to save a file (suggested name given); None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
    return Path(name) if name else None
