"""What a screen reader hears, read from outside the app: run by Debian's /usr/bin/python3
(python3-pyatspi lives there, not in the virtual environment) as a process of its own, the way
Orca reads an app over AT-SPI.

    atspi_reader.py tree PID          prints the app's showing objects, one JSON line each:
                                      [depth, role, name]
    atspi_reader.py listen TEXT...    prints "ready", then each announcement (what Qt's
                                      QAccessibleAnnouncementEvent becomes) that contains one of
                                      the TEXTs as [event type, text], until all were heard;
                                      exits 1 after 60 s without them (the app is broken, not slow)

Start `listen` before the app: Qt asks the registry which events anyone listens to when it
starts, so a listener registered first is never missed. It asks the app nothing (the app may be
busy waiting for it).

Only the standard library and pyatspi: the project's code is never imported here."""

from __future__ import annotations

import json
import sys

import pyatspi
from gi.repository import GLib

#: Longer than any CI stall: reaching it means the event never came.
GIVE_UP_MS = 60_000


def application(pid: int):
    """The app's root object on the AT-SPI desktop."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.get_process_id() == pid:
            return app
    raise SystemExit(f"no application with process id {pid} on the AT-SPI bus")


def walk(accessible, depth: int = 0):
    """Depth first, only what is on screen (a screen reader skips hidden widgets)."""
    yield depth, accessible.getRoleName(), accessible.name or ""
    for index in range(accessible.childCount):
        child = accessible.getChildAtIndex(index)
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            yield from walk(child, depth + 1)


def tree(pid: int) -> int:
    for row in walk(application(pid)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def listen(texts: list[str]) -> int:
    waiting = set(texts)

    def on_event(event) -> None:
        said = event.any_data if isinstance(event.any_data, str) else ""
        for text in [t for t in waiting if t in said]:
            waiting.discard(text)
            print(json.dumps([event.type, said], ensure_ascii=False), flush=True)
        if not waiting:
            pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(on_event, "object:announcement")
    GLib.timeout_add(GIVE_UP_MS, pyatspi.Registry.stop)
    print("ready", flush=True)
    pyatspi.Registry.start()
    if waiting:
        print(f"never said: {sorted(waiting)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    sys.exit(tree(int(rest[0])) if command == "tree" else listen(rest))
