"""How long jobs (export, import, backup, rekey) report progress and learn they were cancelled.

Kept Qt-free so the same job runs under the CLI and under the app's background task.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

#: Called by a job as it goes: `progress(done, total)`. It raises `Cancelled` when the user has
#: cancelled, so the job stops at a safe point and cleans up (no half-written file remains).
ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled a running job."""


def no_progress(_done: int, _total: int) -> None:
    """The callback for jobs nobody watches (the CLI without a terminal, tests)."""


class JobProgress:
    """A job's progress callback that also carries its cancel flag.

    Calling it reports progress (and raises `Cancelled` once cancelled); `cancel()` may be
    called from any thread. Long steps that report nothing (an integrity check, writing a
    zip) look at `cancelled()` between their own small steps, so a job stops within one of
    them: locking the app never waits for a whole backup.
    """

    def __init__(self, report: ProgressCallback = no_progress) -> None:
        self._flag = threading.Event()
        self._report = report

    def __call__(self, done: int, total: int) -> None:
        self.check()
        self._report(done, total)

    def cancel(self) -> None:
        self._flag.set()

    def cancelled(self) -> bool:
        return self._flag.is_set()

    def wait(self, timeout: float) -> bool:
        """Block until cancelled (True) or `timeout` seconds passed (False): for a job that
        waits on something outside (a keychain prompt) and must give up when the app locks."""
        return self._flag.wait(timeout)

    def check(self) -> None:
        """Raise `Cancelled` if the job was cancelled: a safe point between two steps."""
        if self._flag.is_set():
            raise Cancelled


def cancelled(progress: ProgressCallback) -> bool:
    """Whether the job that handed out `progress` was cancelled (never, for a plain callback)."""
    return isinstance(progress, JobProgress) and progress.cancelled()


def check_cancelled(progress: ProgressCallback) -> None:
    """Raise `Cancelled` between two steps of a job that was cancelled."""
    if isinstance(progress, JobProgress):
        progress.check()
