"""Run slow work off the UI thread (key derivation, export, import, backup, rekey).

A job is a plain callable taking a `ProgressCallback` (healdesk.core.progress). The task emits
its results back on the UI thread through queued signals, so a job never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from healdesk.core.progress import Cancelled

Job = Callable[[Callable[[int, int], None]], Any]


class _Runner(QThread):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class BackgroundTask(QObject):
    """One run of `job` on a worker thread, with progress and a cooperative cancel.

    Exactly one of `succeeded(result)`, `failed(exception)` or `cancelled()` is emitted, and
    only once the worker thread has ended: a receiver may then drop or delete the task at once
    (destroying a QThread that still runs aborts the whole process).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self._cancel = threading.Event()
        self._outcome: tuple[str, tuple[Any, ...]] = ("cancelled", ())
        self._runner = _Runner(self)
        self._runner.finished.connect(self._report)

    def start(self) -> None:
        self._runner.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._runner.isRunning()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the worker thread ended (used on close so no thread outlives its task)."""
        return self._runner.wait(msecs)

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)

    def _run(self) -> None:
        """On the worker thread: run the job and keep its outcome for `_report`."""
        try:
            result = self._job(self._progress)
        except Cancelled:
            self._outcome = ("cancelled", ())
        except Exception as error:  # handed to the UI thread, which words it for the person
            self._outcome = ("failed", (error,))
        else:
            cancelled = self._cancel.is_set()
            self._outcome = ("cancelled", ()) if cancelled else ("succeeded", (result,))

    def _report(self) -> None:
        """On the UI thread, after `finished`: the thread is ending, so this wait is brief."""
        self._runner.wait()
        name, args = self._outcome
        getattr(self, name).emit(*args)
