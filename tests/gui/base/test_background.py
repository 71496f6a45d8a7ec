"""BackgroundTask: results, errors and cancellation arrive on the UI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread

from healdesk.core.progress import Cancelled
from healdesk.gui.base.background import BackgroundTask


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    seen: list[tuple[int, int, bool]] = []
    worker_threads: list[threading.Thread] = []

    def job(progress):
        worker_threads.append(threading.current_thread())
        for done in range(1, 4):
            progress(done, 3)
        return "finished"

    task = BackgroundTask(job)
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
        task.start()
    assert blocker.args == ["finished"]
    assert task.wait()
    assert worker_threads[0] is not threading.main_thread()
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert running_at_result == [False]  # so a receiver may delete the task at once


def test_an_error_is_handed_over_not_raised(qtbot):
    def job(_progress):
        raise OSError("disk full")

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert isinstance(blocker.args[0], OSError)
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

    task = BackgroundTask(job)
    succeeded: list[object] = []
    task.succeeded.connect(succeeded.append)
    task.start()
    assert started.wait(5)
    task.cancel()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        release.set()
    assert task.wait()
    assert reached == [] and succeeded == []


def test_cancelled_is_a_plain_exception_jobs_can_raise_themselves(qtbot):
    def job(_progress):
        raise Cancelled

    task = BackgroundTask(job)
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        task.start()
    assert task.wait()
