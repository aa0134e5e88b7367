"""Shows a recovery key once, to be written on paper; continuing needs a ticked checkbox."""

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.gui.i18n import t
from driehoek_app.gui.theme import scaled

KEY_SCALE = 1.5


def recovery_sheet_html(key: str, db_path: Path) -> str:
    """Return the printable page: what the key is for, the database and the key itself."""
    return t(
        "<h2>Recovery key of driehoek_app</h2><p>Database: {path}</p>"
        "<p style='font-size:x-large; font-family:monospace'><b>{key}</b></p>"
        "<p>With this key the database opens when the passphrase is lost. Keep this paper "
        "in a safe place, away from the laptop.</p>"
    ).format(path=html.escape(str(db_path)), key=html.escape(key))


def render_recovery_sheet(printer: QPrinter, key: str, db_path: Path) -> None:
    """Print the recovery sheet on a configured printer (or into a PDF file)."""
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(key, db_path))
    document.print_(printer)


def print_recovery_key(parent: QWidget | None, key: str, db_path: Path) -> bool:
    """Ask for a printer and print the recovery sheet; False when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(t("Print the recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    render_recovery_sheet(printer, key, db_path)
    return True


class RecoveryKeyDialog(QDialog):
    """The recovery key in large letters; 'Verder' only after 'Ik heb ... genoteerd'."""

    def __init__(self, key: str, db_path: Path, parent: QWidget | None = None) -> None:
        """Show key (of the database at db_path) with the checkbox and the buttons."""
        super().__init__(parent)
        self.key = key
        self.db_path = Path(db_path)
        self.setWindowTitle(t("Recovery key"))
        intro = QLabel(
            t(
                "This is the recovery key of the database. Write it on paper and keep that in "
                "a safe place, away from the laptop. It opens the database when the passphrase "
                "is lost. It is shown only this once."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(key)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.key_label.setFont(scaled(font, KEY_SCALE))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setAccessibleName(t("Recovery key"))
        self.noted = QCheckBox(t("I have &written down the recovery key"))
        self.noted.setAccessibleName(t("I have written down the recovery key"))
        self.print_button = QPushButton(t("&Print…"))
        self.print_button.setAccessibleName(t("Print the recovery key"))
        self.print_button.setAutoDefault(False)
        buttons = QDialogButtonBox(self)
        self.continue_button = buttons.addButton(
            t("&Continue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setAccessibleName(t("Continue"))
        self.continue_button.setEnabled(False)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        self.noted.toggled.connect(self.continue_button.setEnabled)
        self.print_button.clicked.connect(lambda: print_recovery_key(self, self.key, self.db_path))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.key_label)
        layout.addSpacing(self.fontMetrics().height())
        layout.addWidget(self.noted)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        intro.setMinimumWidth(self.key_label.sizeHint().width() + 6 * self.fontMetrics().height())

    def reject(self) -> None:
        """Escape or the close button do nothing until the key is noted."""
        if self.noted.isChecked():
            self.accept()


def show_recovery_key(parent: QWidget | None, key: str, db_path: Path) -> None:
    """Show the recovery key modally until the user says it is written down."""
    RecoveryKeyDialog(key, db_path, parent).exec()
