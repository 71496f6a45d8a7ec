"""BackgroundTask: results, errors and cancellation arrive on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread

from healdesk.core.progress import Cancelled
from healdesk.gui.base.background import jobs


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    seen: list[tuple[int, int, bool]] = []
    worker_threads: list[threading.Thread] = []
    go = threading.Event()

    def job(progress):
        go.wait(5)  # until the test has connected its receivers
        worker_threads.append(threading.current_thread())
        for done in range(1, 4):
            progress(done, 3)
        return "finished"

    task = jobs().start(job)
    running_at_result: list[bool] = []
    release = threading.Event()

    def hold_the_worker(_result):  # were it emitted from the worker, keep that thread alive
        if threading.current_thread() is not threading.main_thread():
            release.wait(5)

    def record(_result):
        running_at_result.append(task.is_running())
        release.set()

    task.succeeded.connect(hold_the_worker, Qt.ConnectionType.DirectConnection)
    task.succeeded.connect(record)
    task.progressed.connect(
        lambda d, t: seen.append((d, t, QThread.currentThread() is task.thread()))
    )
    with qtbot.waitSignal(task.succeeded, timeout=5000) as blocker:
        go.set()
    assert blocker.args == ["finished"]
    assert task.wait()
    assert worker_threads[0] is not threading.main_thread()
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert running_at_result == [False]  # so a receiver may delete the task at once


def test_an_error_is_handed_over_not_raised(qtbot):
    def job(_progress):
        raise OSError("disk full")

    failed: list[BaseException] = []

    with qtbot.waitSignal(jobs().ended, timeout=5000):
        task = jobs().start(job, failed=failed.append)
    assert isinstance(failed[0], OSError)
    assert task.wait()


def test_cancel_stops_the_job_at_its_next_progress_report(qtbot):
    started = threading.Event()
    release = threading.Event()
    reached: list[int] = []

    def job(progress):
        started.set()
        release.wait(5)
        for done in range(100):
            progress(done, 100)
            reached.append(done)
        return "not cancelled"

    succeeded: list[object] = []
    task = jobs().start(job, succeeded=succeeded.append)
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        release.set()
    assert task.wait()
    assert reached == [] and succeeded == []


def test_cancelled_is_a_plain_exception_jobs_can_raise_themselves(qtbot):
    def job(_progress):
        raise Cancelled

    cancelled: list[bool] = []
    with qtbot.waitSignal(jobs().ended, timeout=5000):
        task = jobs().start(job, cancelled=lambda: cancelled.append(True))
    assert cancelled == [True]
    assert task.wait()


def test_garbage_is_collected_on_the_ui_thread_only(qtbot):
    """The segfault's cause: the cyclic collector ran on a worker busy with a backup and
    finalized the wrapper of a window closed earlier (PySide then destroys a widget off the UI
    thread, or queues a second deletion of one the UI thread already deleted). A job that
    allocates far past the collector's threshold must not collect anything."""
    import gc

    from PySide6.QtWidgets import QWidget

    collected_on: list[str] = []
    destroyed_on: list[str] = []

    def watch(phase, _info):
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    class Closed(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.me = self  # a cycle: only the cyclic collector frees it

    closed = Closed()
    closed.destroyed.connect(
        lambda: destroyed_on.append(threading.current_thread().name),
        Qt.ConnectionType.DirectConnection,
    )
    del closed

    def job(_progress):
        return len([[n] for n in range(20 * gc.get_threshold()[0])])

    gc.callbacks.append(watch)
    try:
        with qtbot.waitSignal(jobs().ended, timeout=10_000):
            jobs().start(job)
        assert [name for name in collected_on if name != "MainThread"] == []
        gc.collect()
    finally:
        gc.callbacks.remove(watch)
    assert destroyed_on == ["MainThread"]


def test_a_task_outlives_the_window_that_started_it(qtbot):
    """The registry, not the window, keeps the task and its thread object: deleting the
    window while its job runs neither aborts (QThread destroyed while running) nor
    calls back into the deleted window."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    release = threading.Event()
    heard: list[object] = []
    window = QWidget()
    task = jobs().start(lambda _p: release.wait(5), window, succeeded=heard.append)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window
    import gc

    gc.collect()
    assert task in jobs().running()
    with qtbot.waitSignal(jobs().ended, timeout=10_000):
        release.set()
    assert heard == [] and not task.is_running()


class _Asker:
    """Stands in for a window, held by the callbacks (closures, as the app's often are)."""

    def __init__(self) -> None:
        self.heard: list[object] = []

    def callback(self):
        return lambda *args: self.heard.append(args)


def _collected() -> None:
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_a_finished_task_lets_go_of_its_callbacks_and_itself(qtbot):
    """Each task, its thread object and its callbacks stayed in memory for good (a lambda
    kept by the thread's signal held the task): a locked window along with them."""
    import weakref

    asker = _Asker()
    with qtbot.waitSignal(jobs().ended, timeout=5000) as blocker:
        jobs().start(lambda progress: progress(1, 1), progressed=asker.callback())
    assert asker.heard == [(1, 1)]
    task = weakref.ref(blocker.args[0])
    asker, blocker = weakref.ref(asker), None
    _collected()
    assert asker() is None and task() is None


def test_a_task_whose_owner_is_gone_holds_nothing_of_it_while_it_runs(qtbot):
    """A lock cancels a read without waiting for it: until it ends, it must not keep the
    deleted window's callbacks (and the window) in memory."""
    import weakref

    from PySide6.QtCore import QObject

    release = threading.Event()
    owner, asker = QObject(), _Asker()
    task = jobs().start(lambda _p: release.wait(5), owner, succeeded=asker.callback())
    asker = weakref.ref(asker)
    owner.deleteLater()
    del owner
    _collected()
    assert task.is_running() and asker() is None
    with qtbot.waitSignal(jobs().ended, timeout=10_000):
        release.set()
