"""Lock when the screen locks or the computer is about to sleep (freedesktop D-Bus signals).

QtDBus is not in PySide6-Essentials, so this listens with jeepney (pure Python, already
pulled in by keyring's Secret Service backend) on a daemon thread per bus. Where a bus or
jeepney is missing nothing is watched and nothing fails: idle auto-lock and the wall-clock
check still protect the journal.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Trigger:
    bus: str  # "SESSION" or "SYSTEM"
    interface: str
    member: str
    wants_true: bool  # the signal carries a bool and only True means "locking now"


TRIGGERS = (
    Trigger("SESSION", "org.freedesktop.ScreenSaver", "ActiveChanged", True),
    Trigger("SESSION", "org.gnome.ScreenSaver", "ActiveChanged", True),
    Trigger("SYSTEM", "org.freedesktop.login1.Manager", "PrepareForSleep", True),
    Trigger("SYSTEM", "org.freedesktop.login1.Session", "Lock", False),
)
POLL_SECONDS = 0.5


class SystemLockWatcher(QObject):
    """Emits `locking` (on the UI thread) when the desktop locks the screen or goes to sleep."""

    locking = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> int:
        """Start listening; returns on how many buses a listener is running."""
        for bus in ("SESSION", "SYSTEM"):
            triggers = [t for t in TRIGGERS if t.bus == bus]
            connection = _connect(bus, triggers)
            if connection is None:
                continue
            thread = threading.Thread(
                target=self._listen,
                args=(connection, triggers),
                name=f"dbus-{bus.lower()}",
                daemon=True,
            )
            thread.start()
            self._threads.append(thread)
        return len(self._threads)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2 * POLL_SECONDS + 1)
        self._threads.clear()

    def _listen(self, connection, triggers: list[Trigger]) -> None:
        from collections import deque

        from jeepney import MatchRule

        queue: deque = deque()
        handles = [
            connection.filter(
                MatchRule(type="signal", interface=t.interface, member=t.member), queue=queue
            )
            for t in triggers
        ]
        try:
            while not self._stop.is_set():
                try:
                    message = connection.recv_until_filtered(queue, timeout=POLL_SECONDS)
                except TimeoutError:
                    continue
                if _fires(message, triggers):
                    self.locking.emit()
        except OSError:
            pass  # the bus went away: stop watching quietly
        finally:
            for handle in handles:
                handle.close()
            connection.close()


def _connect(bus: str, triggers: list[Trigger]):
    """A connection subscribed to the triggers' signals, or None where there is no bus."""
    try:
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection
    except ImportError:
        return None
    try:
        connection = open_dbus_connection(bus=bus)
    except (OSError, KeyError, ValueError, RuntimeError):
        return None  # no such bus here (headless, container, Windows, macOS)
    try:
        proxy = Proxy(message_bus, connection)
        for trigger in triggers:
            proxy.AddMatch(
                MatchRule(type="signal", interface=trigger.interface, member=trigger.member)
            )
    except Exception:  # a bus refusing the match rule is as good as no bus
        connection.close()
        return None
    return connection


def _fires(message, triggers: list[Trigger]) -> bool:
    from jeepney import HeaderFields

    header = message.header.fields
    interface = header.get(HeaderFields.interface)
    member = header.get(HeaderFields.member)
    for trigger in triggers:
        if trigger.interface == interface and trigger.member == member:
            if not trigger.wants_true:
                return True
            return bool(message.body and message.body[0] is True)
    return False
