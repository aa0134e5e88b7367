"""Instellingen for locking: minutes without use before the window locks, and the screen lock."""

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from driehoek_app.gui import settings as config
from driehoek_app.gui.i18n import t

MIN_MINUTES = 1
MAX_MINUTES = 240


class LockSettingsDialog(QDialog):
    """The auto-lock minutes and whether the window locks with the computer's screen."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        """Show the stored values."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(t("Lock settings"))
        intro = QLabel(
            t(
                "When nobody uses driehoek_app for a while, the window locks: its contents "
                "disappear and the database is closed until the passphrase is typed again."
            )
        )
        intro.setWordWrap(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSuffix(t(" minutes"))
        self.minutes.setValue(
            max(MIN_MINUTES, min(MAX_MINUTES, config.AUTO_LOCK_MINUTES.read(settings)))
        )
        self.minutes.setAccessibleName(t("Lock after minutes without use"))
        self.minutes.lineEdit().setAccessibleName(t("Lock after minutes without use"))
        self.with_screen = QCheckBox(t("Also lock when the computer's &screen locks"))
        self.with_screen.setAccessibleName(t("Also lock when the computer's screen locks"))
        self.with_screen.setChecked(config.LOCK_WITH_SCREEN.read(settings))
        form = QFormLayout()
        label = QLabel(t("&Lock after:"))
        label.setBuddy(self.minutes)
        form.addRow(label, self.minutes)
        form.addRow("", self.with_screen)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

    def accept(self) -> None:
        """Store the values, then close."""
        config.AUTO_LOCK_MINUTES.write(self.settings, self.minutes.value())
        config.LOCK_WITH_SCREEN.write(self.settings, self.with_screen.isChecked())
        self.settings.sync()
        super().accept()


def edit_lock_settings(parent: QWidget | None, settings: QSettings) -> bool:
    """Show the lock settings; True when they were changed."""
    return LockSettingsDialog(settings, parent).exec() == QDialog.DialogCode.Accepted
