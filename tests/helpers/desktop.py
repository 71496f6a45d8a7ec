"""Running a piece of the app on a real X display with a window manager (Xvfb + openbox),
in a process of its own: what the offscreen platform cannot show (which window the window
manager makes active, the screen's available size, fonts at 150%) is seen there.

CI installs xvfb and openbox (.ci/run). The scenario is a Python script; what it prints is
returned, and a non-zero exit fails the test with its error output."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

#: Started by openbox once it manages the display, so the script never races the window
#: manager; the script's exit code is kept and openbox is told to leave.
_STARTUP = "{command} >{out} 2>{err}; echo $? >{rc}; openbox --exit"

#: A private D-Bus session around the display's window manager, so the accessibility bus
#: (started on demand by its D-Bus service, at-spi2-core) is this run's alone.
_OWN_SESSION_BUS = ["dbus-run-session", "--"]


def on_desktop(
    script: str,
    *args: str,
    size: str = "1366x768",
    env: dict[str, str] | None = None,
    screen_reader: bool = False,
) -> str:
    """Run `script` with `args` on a fresh Xvfb screen of `size` under openbox; returns its
    output. `env` adds variables (e.g. QT_FONT_DPI=144 for 150% text). `screen_reader` gives
    the run its own D-Bus session and makes Qt speak AT-SPI there, as it does when Orca runs."""
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        (work / "scenario.py").write_text(script, encoding="utf-8")
        out, err, rc = work / "out", work / "err", work / "rc"
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        try:
            display = ":" + xvfb.stdout.readline().decode().strip()
            command = shlex.join([sys.executable, str(work / "scenario.py"), *args])
            startup = _STARTUP.format(command=command, out=out, err=err, rc=rc)
            openbox = ["openbox", "--sm-disable", "--startup", shlex.join(["sh", "-c", startup])]
            extra = {}
            if screen_reader:  # the accessibility bus's socket goes in a runtime folder of its own
                (work / "runtime").mkdir(mode=0o700)
                extra = {
                    "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                    "XDG_RUNTIME_DIR": str(work / "runtime"),
                    # Qt's bridge warns about a call only newer AT-SPI registries make
                    "QT_LOGGING_RULES": "qt.accessibility.atspi.warning=false",
                }
            subprocess.run(
                [*_OWN_SESSION_BUS, *openbox] if screen_reader else openbox,
                env={
                    **os.environ,
                    "DISPLAY": display,
                    "QT_QPA_PLATFORM": "xcb",
                    **extra,
                    **(env or {}),
                },
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=120,
                check=False,
            )
        finally:
            xvfb.terminate()
            xvfb.wait()
            xvfb.stdout.close()
        assert rc.exists() and rc.read_text().strip() == "0", (
            err.read_text() if err.exists() else "the scenario never ran"
        )
        return out.read_text(encoding="utf-8")
