"""Fields for a new passphrase: typed twice, hidden, with its strength shown as it is typed."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from driehoek_app.core.passphrase import STRONG_BITS, estimate_strength
from driehoek_app.gui.i18n import t

BAR_MAXIMUM = int(STRONG_BITS) + 30  # a 'sterk' passphrase fills most of the bar


def secret_field(name: str) -> QLineEdit:
    """Return a line edit that hides what is typed (no copying out, no autocompletion)."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseFields(QWidget):
    """A new passphrase and its repetition, a strength bar and a line of advice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the two fields, the 'show' box, the bar and the labels."""
        super().__init__(parent)
        self.passphrase = secret_field(t("New passphrase"))
        self.repeat = secret_field(t("Repeat the passphrase"))
        self.show_text = QCheckBox(t("&Show the passphrase"))
        self.show_text.setAccessibleName(t("Show the passphrase"))
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_MAXIMUM)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(t("Passphrase strength"))
        self.strength = QLabel(t("Type a passphrase of at least 10 characters."))
        self.strength.setWordWrap(True)
        self.match = QLabel("")
        self.match.setWordWrap(True)
        self.form = form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        label = QLabel(t("New &passphrase:"))
        label.setBuddy(self.passphrase)
        form.addRow(label, self.passphrase)
        again = QLabel(t("&Repeat:"))
        again.setBuddy(self.repeat)
        form.addRow(again, self.repeat)
        form.addRow("", self.show_text)
        form.addRow(t("Strength:"), self.bar)
        form.addRow("", self.strength)
        form.addRow("", self.match)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._show)

    def _show(self, visible: bool) -> None:
        """Show or hide what is typed in both fields."""
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.passphrase.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def _update(self) -> None:
        """Show the strength of the passphrase and whether the repetition matches."""
        text = self.passphrase.text()
        if text:
            found = estimate_strength(text)
            self.bar.setValue(min(int(found.bits), BAR_MAXIMUM))
            self.strength.setText(
                t("{label}: {advice}").format(label=found.label, advice=found.advice)
            )
        else:
            self.bar.setValue(0)
            self.strength.setText(t("Type a passphrase of at least 10 characters."))
        if not self.repeat.text():
            self.match.setText("")
        elif self.repeat.text() == text:
            self.match.setText(t("The two passphrases are the same."))
        else:
            self.match.setText(t("The two passphrases differ."))
        self.changed.emit()

    def value(self) -> str:
        """Return the passphrase as typed."""
        return self.passphrase.text()

    def ready(self) -> bool:
        """Return True when the passphrase is strong enough and typed the same twice."""
        text = self.passphrase.text()
        return bool(text) and text == self.repeat.text() and estimate_strength(text).acceptable

    def clear(self) -> None:
        """Empty both fields."""
        self.passphrase.clear()
        self.repeat.clear()
