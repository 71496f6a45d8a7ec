"""If the app ever dies (a segfault, an abort), the next start knows and says so calmly.

`faulthandler` writes the Python stack of every thread into crash.log in the state folder:
file names, line numbers and function names only, never a value, so never entry text. A clean
exit removes the file; finding it non-empty at the next start means the last run ended
unexpectedly. The previous crash file is kept beside it (crash.log.previous) for a bug report.
"""

from __future__ import annotations

import faulthandler
import os
from pathlib import Path
from typing import IO

from healdesk.fileio import private_folder

CRASH_FILE = "crash.log"
PREVIOUS = CRASH_FILE + ".previous"


class CrashLog:
    """The open crash file of this run; `close()` at a clean exit."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.crashed_last_time = False
        self._file: IO[bytes] | None = None

    def open(self) -> bool:
        """Start recording; returns whether the previous run ended unexpectedly."""
        try:
            private_folder(self.folder)
            path = self.folder / CRASH_FILE
            if path.exists() and path.stat().st_size:
                self.crashed_last_time = True
                os.replace(path, self.folder / PREVIOUS)
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            self._file = os.fdopen(descriptor, "wb")
            faulthandler.enable(self._file, all_threads=True)
        except OSError:
            self._file = None  # no state folder (read-only home): run without the net
        return self.crashed_last_time

    def close(self) -> None:
        """A clean exit: stop recording and leave no crash file behind."""
        if self._file is None:
            return
        faulthandler.disable()
        self._file.close()
        self._file = None
        (self.folder / CRASH_FILE).unlink(missing_ok=True)
