"""Tells the session when the computer's screen locks, so the window locks along with it.

Linux, through QtDBus (part of PySide6-Essentials):
- session bus: `ActiveChanged(true)` of org.freedesktop.ScreenSaver (KDE, Xfce, LXQt, ...),
  org.gnome.ScreenSaver (GNOME, Cinnamon) and org.mate.ScreenSaver (MATE);
- system bus: `Lock` of this login session (org.freedesktop.login1.Session, sent by
  `loginctl lock-session` and by desktops that lock through logind) and
  `PrepareForSleep(true)` of org.freedesktop.login1.Manager (suspend, a closed lid).
Windows: WTSRegisterSessionNotification on the main window; the WM_WTSSESSION_CHANGE
message with WTS_SESSION_LOCK arrives through a native event filter.
macOS has no Qt or public C API for the screen lock (only Cocoa's distributed notification
com.apple.screenIsLocked): there the idle lock is the only automatic one.
"""

import ctypes
import logging
import os
import sys

from PySide6.QtCore import (
    SLOT,
    QAbstractNativeEventFilter,
    QCoreApplication,
    QObject,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QWidget

log = logging.getLogger("driehoek_app")

SCREENSAVER_INTERFACES = (
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
)
LOGIN1 = "org.freedesktop.login1"
LOGIN1_SESSIONS = "/org/freedesktop/login1/session/"
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0
WINDOWS_MESSAGE_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


def login1_session_path(session_id: str) -> str:
    """Return logind's object path of a session id (systemd's bus path escaping)."""
    escaped = "".join(
        char if char.isascii() and char.isalnum() and (i or not char.isdigit())
        else f"_{ord(char):02x}"
        for i, char in enumerate(session_id)
    )  # fmt: skip
    return LOGIN1_SESSIONS + (escaped or "_")


def is_session_lock(message: int, wparam: int) -> bool:
    """Return True for the Windows message that says this session's screen was locked."""
    return message == WM_WTSSESSION_CHANGE and wparam == WTS_SESSION_LOCK


class WindowsMessage(ctypes.Structure):
    """The head of the Win32 MSG structure (hwnd, message, wParam, lParam)."""

    _fields_ = [
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
    ]


class SessionLockFilter(QAbstractNativeEventFilter):
    """Reads every Windows message once and reports WTS_SESSION_LOCK."""

    def __init__(self, on_lock) -> None:
        """Call on_lock() when the session is locked."""
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type, message) -> tuple[bool, int]:
        """Look at a Windows message; never consume it."""
        if bytes(event_type) in WINDOWS_MESSAGE_TYPES and message:
            msg = WindowsMessage.from_address(int(message))
            if is_session_lock(msg.message, msg.wParam):
                self.on_lock()
        return False, 0


class ScreenLockMonitor(QObject):
    """Emits `screen_locked` when the operating system locks the screen or goes to sleep."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        """Prepare; nothing is watched before start()."""
        super().__init__(parent)
        self.sources: list[str] = []
        self._native: SessionLockFilter | None = None
        self._hwnd: int | None = None
        self._dbus: list[tuple[object, tuple]] = []

    def _listen(self, bus, source: str, *where: str) -> None:
        """Connect one D-Bus signal (service, path, interface, name, slot) to this object."""
        args = (*where[:4], self, SLOT(where[4]))
        if bus.connect(*args):
            self._dbus.append((bus, args))
            self.sources.append(source)

    def start(self, window: QWidget, session_bus=None, system_bus=None) -> list[str]:
        """Listen where this platform allows; return what is listened to (for the log)."""
        if sys.platform == "win32":
            self._start_windows(window)
        elif sys.platform.startswith("linux") or "bsd" in sys.platform:
            self._start_dbus(session_bus, system_bus)
        log.info("Vergrendelen met het scherm: %s", ", ".join(self.sources) or "niet beschikbaar")
        return self.sources

    def _start_dbus(self, session_bus, system_bus) -> None:
        """Connect to the screensaver and logind signals on the D-Bus buses that exist."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        if session.isConnected():
            for interface in SCREENSAVER_INTERFACES:
                self._listen(
                    session, interface, "", "", interface, "ActiveChanged",
                    "_active_changed(bool)",
                )  # fmt: skip
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if system.isConnected():
            session_id = os.environ.get("XDG_SESSION_ID", "")
            path = login1_session_path(session_id) if session_id else ""
            self._listen(
                system, "login1 Lock", LOGIN1, path, LOGIN1 + ".Session", "Lock",
                "_session_lock()",
            )  # fmt: skip
            self._listen(
                system, "login1 PrepareForSleep", LOGIN1, "/org/freedesktop/login1",
                LOGIN1 + ".Manager", "PrepareForSleep", "_prepare_for_sleep(bool)",
            )  # fmt: skip

    def _start_windows(self, window: QWidget) -> None:
        """Ask Windows to tell the window about session changes; filter for the lock."""
        app = QCoreApplication.instance()
        self._native = SessionLockFilter(self.screen_locked.emit)
        app.installNativeEventFilter(self._native)
        self._hwnd = int(window.winId())
        wtsapi = ctypes.windll.wtsapi32  # type: ignore[attr-defined]
        if wtsapi.WTSRegisterSessionNotification(
            ctypes.c_void_p(self._hwnd), NOTIFY_FOR_THIS_SESSION
        ):
            self.sources.append("WM_WTSSESSION_CHANGE")

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        """A screensaver started (True) or stopped (False)."""
        if active:
            self.screen_locked.emit()

    @Slot()
    def _session_lock(self) -> None:
        """logind asks the session to lock."""
        self.screen_locked.emit()

    @Slot(bool)
    def _prepare_for_sleep(self, starting: bool) -> None:
        """The computer is about to sleep (True) or has woken up (False)."""
        if starting:
            self.screen_locked.emit()

    def stop(self) -> None:
        """Stop listening to D-Bus and to Windows."""
        for bus, args in self._dbus:
            bus.disconnect(*args)
        self._dbus.clear()
        self.sources.clear()
        if self._native is not None:
            QCoreApplication.instance().removeNativeEventFilter(self._native)
            self._native = None
        if self._hwnd is not None and sys.platform == "win32":
            ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(  # type: ignore[attr-defined]
                ctypes.c_void_p(self._hwnd)
            )
            self._hwnd = None
