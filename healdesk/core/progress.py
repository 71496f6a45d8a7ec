"""How long jobs (export, import, backup, rekey) report progress and learn they were cancelled.

Kept Qt-free so the same job runs under the CLI and under the app's background task.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called by a job as it goes: `progress(done, total)`. It raises `Cancelled` when the user has
#: cancelled, so the job stops at a safe point and cleans up (no half-written file remains).
ProgressCallback = Callable[[int, int], None]


class Cancelled(Exception):
    """The user cancelled a running job."""


def no_progress(_done: int, _total: int) -> None:
    """The callback for jobs nobody watches (the CLI without a terminal, tests)."""
