"""The safety entries of the Bestand menu; they stay disabled until a session takes them over."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from driehoek_app.gui.i18n import t

LOCK_KEYS = "Ctrl+Shift+L"  # Ctrl+L goes to the agenda list on the meeting screen


class SafetyActions:
    """Back-ups en herstel, encryption and passphrase, lock settings, Vergrendelen."""

    def __init__(self, window: QWidget, menu: QMenu, before: QAction) -> None:
        """Create the actions and put them in menu above `before` (Afsluiten)."""
        self.quit = before
        self.backups = self._action(window, t("Backups and &restore…"))
        self.encrypt = self._action(window, t("&Encrypt database…"))
        self.change_passphrase = self._action(window, t("Change &passphrase…"))
        self.recovery_key = self._action(window, t("New recovery &key…"))
        self.lock_settings = self._action(window, t("Lock se&ttings…"))
        self.lock = self._action(window, t("&Lock"))
        self.lock.setShortcuts([QKeySequence(LOCK_KEYS)])  # see window_menus on setShortcuts
        self.lock.setStatusTip(t("Hide the minutes and close the database until unlocked"))
        for action in self.all():
            menu.insertAction(before, action)
            if action in (self.backups, self.recovery_key, self.lock):
                menu.insertSeparator(before)

    @staticmethod
    def _action(window: QWidget, text: str) -> QAction:
        """Return a disabled action owned by the window."""
        action = QAction(text, window)
        action.setEnabled(False)
        return action

    def all(self) -> list[QAction]:
        """Return the actions in menu order."""
        return [
            self.backups,
            self.encrypt,
            self.change_passphrase,
            self.recovery_key,
            self.lock_settings,
            self.lock,
        ]

    def show_for(self, *, encrypted: bool, locked: bool) -> None:
        """Enable what fits the database and the lock state; hide what does not apply."""
        self.encrypt.setVisible(not encrypted)
        self.change_passphrase.setVisible(encrypted)
        self.recovery_key.setVisible(encrypted)
        for action in self.all():
            action.setEnabled(not locked)
