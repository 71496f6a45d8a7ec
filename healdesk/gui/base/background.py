"""Run slow work off the UI thread (key derivation, export, import, backup, rekey, keychain).

Every job of the app starts through `jobs().start(...)`: the one place that starts worker
threads, keeps each task alive until its thread ended and lets the session wait for (or
cancel) jobs before the vault locks. The threading rules it enforces are written down in
docs/architecture.md ("Threads").

A job is a plain callable taking a `ProgressCallback` (healdesk.core.progress). It touches no
widget and no QObject, and not the journal's own connection (see `vault.store`); its results
come back on the UI thread through queued signals.
"""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from shiboken6 import Shiboken

from healdesk.core.progress import Cancelled, JobProgress

Job = Callable[[Callable[[int, int], None]], Any]
#: How often the UI thread looks whether garbage is due for collection.
COLLECT_INTERVAL_MS = 500
#: A full collection walks everything the app holds (about 50 ms with 100,000 entries open):
#: it waits for a pause in the person's input, but never longer than this.
FULL_COLLECTION_AT_LATEST_S = 60.0


class UiThreadCollector(QObject):
    """Python's cyclic garbage collector, run only on the UI thread.

    The automatic collector runs on whichever thread happens to allocate when a threshold is
    crossed: a worker busy with a backup then finalizes the wrappers of widgets that were
    closed earlier. PySide destroys a Python-made widget there and then (a QWidget destroyed
    off the UI thread), or queues the destruction of a plain one for the UI thread, which
    may already have deleted it (deleteLater): both end in a segfault. So the automatic
    collector is turned off once threads exist, and this timer collects, generation by
    generation with Python's own thresholds, on the UI thread. A full collection also waits
    for a pause in the person's typing or scrolling (`hold_full_collections_while`).
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(COLLECT_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)
        self._everything = False
        self._busy: Callable[[], bool] | None = None
        self._full_at = time.monotonic()
        gc.disable()
        self._timer.start()

    def hold_full_collections_while(self, busy: Callable[[], bool] | None) -> None:
        """Hold full collections while `busy()` is true (the session: input in the last
        moments), for at most FULL_COLLECTION_AT_LATEST_S; None holds them no more."""
        self._busy = busy

    def _held(self) -> bool:
        overdue = time.monotonic() - self._full_at >= FULL_COLLECTION_AT_LATEST_S
        return self._busy is not None and not overdue and self._busy()

    def collect_everything_next(self) -> None:
        """After a lock: the windows just deleted sit in reference cycles that generation 0
        may not reach for a long while; the next tick (after Qt's deferred deletes) collects
        everything, so what they showed leaves memory now, off the lock's own time."""
        self._everything = True

    def collect_due(self) -> None:
        if self._everything:
            self._everything = False
            gc.collect()
            self._full_at = time.monotonic()
            return
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                if generation == 2 and self._held():
                    continue  # the younger generations still get collected
                gc.collect(generation)
                if generation == 2:
                    self._full_at = time.monotonic()
                return


def collect_on_ui_thread() -> UiThreadCollector:
    """Install the UI-thread collector (once per application); call before any thread starts."""
    app = QCoreApplication.instance()
    _require_ui_thread()
    found = app.findChild(UiThreadCollector)
    return found if found is not None else UiThreadCollector(app)


class _Runner(QThread):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class BackgroundTask(QObject):
    """One run of `job` on a worker thread, with progress and a cooperative cancel.

    Exactly one of `succeeded(result)`, `failed(exception)` or `cancelled()` is emitted, and
    only once the worker thread has ended. When the task's `owner` (the window that asked)
    was deleted meanwhile, nothing is emitted: no answer reaches a window that is gone.
    The callbacks given to `Jobs.start` are let go of once the outcome was reported or the
    owner was deleted, so a running or finished task never keeps a locked window (and what
    it showed) in memory. Made and started by `Jobs.start`, never directly.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    #: After the outcome (or nothing, for a deleted owner): the registry lets go of the task.
    reported = Signal(object)

    def __init__(
        self,
        job: Job,
        owner: QObject | None = None,
        lock_waits: bool = True,
        callbacks: dict[str, Callable[..., None] | None] | None = None,
    ) -> None:
        """`callbacks`: what to call with the outcome, by name (succeeded, failed,
        cancelled) and with each progress report (progressed), on the UI thread."""
        super().__init__()  # no parent: the registry, not a window, decides its lifetime
        self._owner = None if owner is None else weakref.ref(owner)
        self.lock_waits = lock_waits
        self._job: Job | None = job
        self._callbacks = {k: c for k, c in (callbacks or {}).items() if c is not None}
        self._progress = JobProgress(self.progressed.emit)
        self._outcome: tuple[str, tuple[Any, ...]] = ("cancelled", ())
        self._runner = _Runner(self)
        self._runner.finished.connect(self._report)
        self.progressed.connect(self._call_progressed)
        if owner is not None:
            owner.destroyed.connect(self._owner_destroyed)
        self.ended = False

    def started_for(self, owner: QObject) -> bool:
        return self._owner is not None and self._owner() is owner

    def cancel(self) -> None:
        """Ask the job to stop at its next safe point (a progress report, a step of a long
        statement on a connection it opened with `stops_when_cancelled`)."""
        self._progress.cancel()

    def is_running(self) -> bool:
        return not self.ended and self._runner.isRunning()

    def wait(self, msecs: int = 60_000) -> bool:
        """Block until the worker thread ended (lock and close wait so no job outlives what
        it works on)."""
        return self.ended or self._runner.wait(msecs)

    def _run(self) -> None:
        """On the worker thread: run the job and keep its outcome for `_report`."""
        try:
            result = self._job(self._progress)
        except Cancelled:
            self._outcome = ("cancelled", ())
        except Exception as error:  # handed to the UI thread, which words it for the person
            self._outcome = ("failed", (error,))
        else:
            cancelled = self._progress.cancelled()
            self._outcome = ("cancelled", ()) if cancelled else ("succeeded", (result,))

    def _owner_destroyed(self) -> None:
        self._callbacks.clear()  # nothing will be reported to it: hold nothing of it

    def _call_progressed(self, done: int, total: int) -> None:
        if (callback := self._callbacks.get("progressed")) is not None:
            callback(done, total)

    def _report(self) -> None:
        """On the UI thread, after `finished`: the thread is ending, so this wait is brief."""
        self._runner.wait()
        self.ended = True
        (name, args), self._outcome, self._job = self._outcome, ("cancelled", ()), None
        callbacks, self._callbacks = self._callbacks, {}
        owner = None if self._owner is None else self._owner()
        if self._owner is None or (owner is not None and Shiboken.isValid(owner)):
            if (callback := callbacks.get(name)) is not None:
                callback(*args)
            getattr(self, name).emit(*args)
        self.reported.emit(self)
        self._runner.deleteLater()  # its thread has ended
        self.deleteLater()  # and with it every connection to what asked


class Jobs(QObject):
    """The app's one registry of background jobs.

    It holds every task (and so its QThread) until the thread ended and the outcome was
    reported, whatever happens to the window that asked: a QThread destroyed while running
    aborts the process. Lock and quit call `finish()` so no job outlives the vault.
    """

    #: A task ended and left the registry (tests wait on it).
    ended = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._tasks: list[BackgroundTask] = []

    def start(
        self,
        job: Job,
        owner: QObject | None = None,
        *,
        succeeded: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        cancelled: Callable[[], None] | None = None,
        progressed: Callable[[int, int], None] | None = None,
        lock_waits: bool = True,
    ) -> BackgroundTask:
        """Run `job` on a new worker thread; the callbacks run on the UI thread.

        `lock_waits=False` is for a job that only reads, through a connection of its own,
        an answer nobody needs once the vault locks (JournalReads): a lock cancels it but
        does not wait for it to end (quitting still does)."""
        _require_ui_thread()
        collect_on_ui_thread()
        callbacks = {
            "succeeded": succeeded,
            "failed": failed,
            "cancelled": cancelled,
            "progressed": progressed,
        }
        task = BackgroundTask(job, owner, lock_waits, callbacks)
        task.reported.connect(self._forget)
        self._tasks.append(task)
        task._runner.start()
        return task

    def running(self, owner: QObject | None = None) -> list[BackgroundTask]:
        """Tasks not yet reported (all of them, or those started for `owner`)."""
        return [t for t in self._tasks if not t.ended and (owner is None or t.started_for(owner))]

    def finish(self, owner: QObject | None = None, *, cancel: bool = True) -> None:
        """Cancel (unless told not to) and wait for every job, or `owner`'s jobs."""
        tasks = self.running(owner)
        if cancel:
            for task in tasks:
                task.cancel()
        for task in tasks:
            task.wait()

    def cancel_for_lock(self) -> None:
        """Cancel every job; wait only for those that write or hold the vault's key (each
        stops at its next safe point), never for a read whose answer will be dropped."""
        tasks = self.running()
        for task in tasks:
            task.cancel()
        for task in tasks:
            if task.lock_waits:
                task.wait()

    def _forget(self, task: BackgroundTask) -> None:
        """After the task reported (it deletes itself soon after)."""
        if task in self._tasks:
            self._tasks.remove(task)
            self.ended.emit(task)


def jobs() -> Jobs:
    """The application's registry, made on first use (on the UI thread)."""
    app = QCoreApplication.instance()
    _require_ui_thread()
    found = app.findChild(Jobs)
    return found if found is not None else Jobs(app)


def _require_ui_thread() -> None:
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        raise RuntimeError("background jobs are started from the UI thread only")
