"""The discreet line under the meeting screen: 'Opgeslagen 14:32', or what went wrong."""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from driehoek_app.gui import theme
from driehoek_app.gui.i18n import t
from driehoek_app.gui.meetings import dates


class SaveStatus(QWidget):
    """Shows when the last change was saved, a short notice, or a refusal in one sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Start with the reassurance that everything is saved by itself."""
        super().__init__(parent)
        self.icon = QLabel()
        size = self.fontMetrics().height()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(warning.pixmap(size, size))
        self.icon.hide()
        self.text = QLabel(t("Every change is saved by itself."))
        self.text.setWordWrap(True)
        self.text.setAccessibleName(t("Save status"))
        self.error = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)

    def _show(self, text: str, problem: bool) -> None:
        """Show a text, emphasised with the warning icon when it reports a problem."""
        self.text.setText(text)
        self.text.setFont(theme.bold(self.text.font()) if problem else self.font())
        self.icon.setVisible(problem)

    def saved(self, notice: str = "") -> None:
        """Report a successful save, optionally with a notice (e.g. how to undo)."""
        self.error = ""
        stamp = t("Saved {time}").format(time=dates.clock())
        self._show(
            t("{saved}. {notice}").format(saved=stamp, notice=notice) if notice else stamp,
            problem=False,
        )

    def unsaved(self, fields: list[str]) -> None:
        """Report that typed values are still not stored (never 'Opgeslagen' while they are)."""
        reason = self.error or t("{fields} could not be saved.").format(fields=", ".join(fields))
        self._show(t("Not saved: {reason}").format(reason=reason), problem=True)

    def refused(self, message: str) -> None:
        """Report that a typed value was refused: it stays on the screen, not saved."""
        self.error = message
        self._show(t("Not saved: {reason}").format(reason=message), problem=True)

    def failed(self, message: str) -> None:
        """Report a refused or failed save in one Dutch sentence."""
        self.error = message
        self._show(message, problem=True)
