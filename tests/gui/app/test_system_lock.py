"""Screen lock / sleep signals on a real (private) D-Bus session bus lock the journal."""

from __future__ import annotations

import shutil
import subprocess

import pytest


@pytest.fixture
def session_bus(monkeypatch):
    """A private dbus-daemon session bus for this test only."""
    assert shutil.which("dbus-daemon"), "dbus is listed in .ci/test.sh"
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/healdesk-test")
    yield address
    daemon.terminate()
    daemon.wait(5)
    daemon.stdout.close()


def emit(interface: str, member: str, *body) -> None:
    from jeepney import DBusAddress, new_signal
    from jeepney.io.blocking import open_dbus_connection

    emitter = DBusAddress("/org/freedesktop/ScreenSaver", interface=interface)
    signature = "b" if body else None
    with open_dbus_connection(bus="SESSION") as connection:
        connection.send_message(new_signal(emitter, member, signature, body))


def test_screen_lock_signal_locks_and_unrelated_signals_do_not(session_bus, open_session, qtbot):
    from healdesk.gui.app.system_lock import SystemLockWatcher

    watcher = SystemLockWatcher()
    watcher.locking.connect(open_session.system_locking)
    assert watcher.start() == 1  # the session bus here; no system bus in this test
    try:
        emit("org.freedesktop.ScreenSaver", "ActiveChanged", False)  # screen unlocked: ignore
        qtbot.wait(300)
        assert open_session.vault is not None
        emit("org.freedesktop.ScreenSaver", "ActiveChanged", True)
        qtbot.waitUntil(lambda: open_session.vault is None, timeout=5000)
    finally:
        watcher.stop()


def test_no_bus_means_nothing_watched_and_no_error(monkeypatch):
    from healdesk.gui.app.system_lock import SystemLockWatcher

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/healdesk-test")
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/healdesk-test")
    watcher = SystemLockWatcher()
    assert watcher.start() == 0
    watcher.stop()


def test_lock_on_screen_lock_can_be_turned_off(open_session, preferences):
    preferences.lock_on_screen_lock = False
    open_session.system_locking()
    assert open_session.vault is not None
    preferences.lock_on_screen_lock = True
    open_session.system_locking()
    assert open_session.vault is None
