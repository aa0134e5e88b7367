"""A small 'please wait' window for slow work before the main window exists (restore at start)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from driehoek_app.gui.i18n import t
from driehoek_app.gui.safety.worker import run_task

DIALOG_CHARS = 50


class BusyDialog(QDialog):
    """A sentence and a moving bar; it cannot be closed while the work goes on."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        """Show text above an indeterminate progress bar."""
        super().__init__(parent)
        self.setWindowTitle(t("Please wait"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        bar.setAccessibleName(t("Busy"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(bar)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * DIALOG_CHARS)

    def reject(self) -> None:
        """Escape does nothing: the work cannot be interrupted halfway."""


def run_busy(parent: QWidget | None, text: str, work: Callable[[], Any]) -> Any:
    """Run work on a worker thread behind a modal busy window; return or raise its outcome."""
    dialog = BusyDialog(text, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        """Keep the outcome and end the waiting loop."""
        outcome[key] = value
        loop.quit()

    run_task(work, lambda value: finish("value", value), lambda error: finish("error", error))
    dialog.show()
    if not outcome:
        loop.exec()
    dialog.hide()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
