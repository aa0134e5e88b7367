"""Notices when nobody has used the application for a while (for the automatic lock)."""

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

USER_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.ShortcutOverride,
    }
)
MAX_CHECK_MS = 15_000


class IdleWatcher(QObject):
    """Watches keyboard, mouse and touch input application-wide; emits `idle` after the limit."""

    idle = Signal()

    def __init__(self, limit_ms: int, parent: QObject | None = None) -> None:
        """Start watching input at once; the limit counts from start()."""
        super().__init__(parent)
        self.limit_ms = limit_ms
        self.last_input = time.monotonic()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check)
        self._set_interval()
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _set_interval(self) -> None:
        """Check four times per idle period, at most every 15 seconds."""
        self.timer.setInterval(max(10, min(self.limit_ms // 4, MAX_CHECK_MS)))

    def set_limit_ms(self, limit_ms: int) -> None:
        """Change the idle time after which `idle` is emitted."""
        self.limit_ms = limit_ms
        self._set_interval()

    def start(self) -> None:
        """Count idle time from now on."""
        self.last_input = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        """Stop counting (while the window is locked)."""
        self.timer.stop()

    def idle_ms(self) -> int:
        """Return how long ago the last user input was, in milliseconds."""
        return int((time.monotonic() - self.last_input) * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the time of every keyboard, mouse or touch input; never consume it."""
        if event.type() in USER_EVENTS:
            self.last_input = time.monotonic()
        return False

    def _check(self) -> None:
        """Emit `idle` once when the limit has passed (start() arms it again)."""
        if self.idle_ms() >= self.limit_ms:
            self.timer.stop()
            self.idle.emit()

    def close(self) -> None:
        """Stop watching input altogether."""
        self.timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
