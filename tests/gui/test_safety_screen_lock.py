"""The window locks with the computer's screen: D-Bus signals on Linux, a message on Windows."""

import ctypes
import shutil
import subprocess

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from test_safety_lock import start_session

from driehoek_app.gui.safety.screen_lock import (
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockMonitor,
    SessionLockFilter,
    WindowsMessage,
    is_session_lock,
    login1_session_path,
)
from driehoek_app.gui.safety.session import LOCKED, OPEN
from driehoek_app.gui.settings import LOCK_WITH_SCREEN

SIGNALS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", [True]),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", [True]),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", [True]),
]


@pytest.fixture
def bus():
    """A private D-Bus daemon standing in for the session and system buses."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    listener = QDBusConnection.connectToBus(address, "luisteraar")
    sender = QDBusConnection.connectToBus(address, "zender")
    assert listener.isConnected() and sender.isConnected()
    assert sender.registerService("org.freedesktop.login1")  # only logind may send its signals
    yield listener, sender
    QDBusConnection.disconnectFromBus("luisteraar")
    QDBusConnection.disconnectFromBus("zender")
    daemon.kill()
    daemon.wait()


def send(sender, path, interface, name, arguments) -> None:
    """Broadcast a D-Bus signal as the desktop or logind would."""
    message = QDBusMessage.createSignal(path, interface, name)
    message.setArguments(arguments)
    assert sender.send(message)


@pytest.mark.parametrize("signal", SIGNALS, ids=[s[1] + "." + s[2] for s in SIGNALS])
def test_the_screen_lock_signals_lock_the_window(qtbot, bus, tmp_path, settings_path, signal):
    listener, sender = bus
    session = start_session(qtbot, tmp_path / "driehoek.sqlite3", settings_path)
    try:
        session.monitor.stop()
        sources = session.monitor.start(session.window, listener, listener)
        assert "org.freedesktop.ScreenSaver" in sources and "login1 Lock" in sources
        path, interface, name, arguments = signal
        send(sender, path, interface, name, [not arguments[0]])  # unlocking or waking: nothing
        qtbot.wait(200)
        assert session.state == OPEN
        send(sender, path, interface, name, arguments)
        qtbot.waitUntil(lambda: session.state == LOCKED and session.db is None, timeout=5000)
    finally:
        session.window.close()
        session.shutdown()


def test_logind_lock_of_this_session_locks_and_the_setting_can_switch_it_off(
    qtbot, bus, tmp_path, settings_path, monkeypatch
):
    listener, sender = bus
    monkeypatch.setenv("XDG_SESSION_ID", "3")
    session = start_session(qtbot, tmp_path / "driehoek.sqlite3", settings_path)
    try:
        session.monitor.stop()
        session.monitor.start(session.window, listener, listener)
        LOCK_WITH_SCREEN.write(session.settings, False)
        send(sender, login1_session_path("3"), "org.freedesktop.login1.Session", "Lock", [])
        qtbot.wait(300)
        assert session.state == OPEN  # switched off in Instellingen
        LOCK_WITH_SCREEN.write(session.settings, True)
        send(sender, login1_session_path("7"), "org.freedesktop.login1.Session", "Lock", [])
        qtbot.wait(300)
        assert session.state == OPEN  # another user's session
        send(sender, login1_session_path("3"), "org.freedesktop.login1.Session", "Lock", [])
        qtbot.waitUntil(lambda: session.state == LOCKED, timeout=5000)
    finally:
        session.window.close()
        session.shutdown()


def test_logind_paths_are_escaped_like_systemd_does():
    assert login1_session_path("3") == "/org/freedesktop/login1/session/_33"
    assert login1_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert login1_session_path("a-1") == "/org/freedesktop/login1/session/a_2d1"


def test_without_a_bus_nothing_is_listened_to(qapp):
    monitor = ScreenLockMonitor()
    none = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "geen")
    assert monitor.start(None, none, none) == []
    QDBusConnection.disconnectFromBus("geen")


def test_the_windows_session_lock_message_is_recognised(qapp):
    calls = []
    native = SessionLockFilter(lambda: calls.append("vergrendeld"))
    message = WindowsMessage(None, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0)
    kind = QByteArray(b"windows_generic_MSG")
    assert native.nativeEventFilter(kind, ctypes.addressof(message)) == (False, 0)
    assert calls == ["vergrendeld"]
    other = WindowsMessage(None, WM_WTSSESSION_CHANGE, 0x8, 0)  # WTS_SESSION_UNLOCK
    native.nativeEventFilter(kind, ctypes.addressof(other))
    native.nativeEventFilter(QByteArray(b"xcb_generic_event_t"), ctypes.addressof(message))
    assert calls == ["vergrendeld"]
    assert is_session_lock(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert not is_session_lock(0x0010, WTS_SESSION_LOCK)
