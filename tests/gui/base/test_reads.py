"""JournalReads: whole-journal reads run on a job's own connection, the newest one wins, and
a lock drops (and interrupts) what is on its way."""

from __future__ import annotations

import threading

from healdesk.gui.base.background import jobs
from healdesk.gui.base.reads import JournalReads

ENDLESS = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"


def test_a_read_runs_on_its_own_connection_off_the_ui_thread(vault, qtbot, sample_ids):
    owner = JournalReads(vault.journal, vault.journal_on_this_thread, None)
    seen: list[tuple[bool, int]] = []

    def read(journal):
        return (threading.current_thread() is threading.main_thread(), journal.count())

    with qtbot.waitSignal(owner.settled, timeout=10_000):
        owner.request(read, seen.append)
        assert owner.pending and seen == []
    assert seen == [(False, len(sample_ids))]
    assert not owner.pending


def test_a_stale_answer_is_dropped(vault, qtbot):
    owner = JournalReads(vault.journal, vault.journal_on_this_thread, None)
    release = threading.Event()
    applied: list[str] = []

    def slow(_journal):
        release.wait(10)
        return "old"

    owner.request(slow, applied.append)
    first = jobs().running(owner)[0]
    with qtbot.waitSignal(owner.settled, timeout=10_000):
        owner.request(lambda _journal: "new", applied.append)
        release.set()
    qtbot.waitUntil(lambda: first.ended, timeout=10_000)
    assert applied == ["new"]


def test_locking_interrupts_a_long_read_and_shows_nothing(open_session, qtbot):
    window = open_session.window
    reads = window.findChild(JournalReads)
    started = threading.Event()
    applied: list[object] = []

    def endless(journal):
        started.set()
        return journal.db.execute(ENDLESS).fetchone()  # ends only when interrupted

    reads.request(endless, applied.append)
    (task,) = jobs().running(reads)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    open_session.lock()
    assert task.ended or not task.is_running()
    qtbot.waitUntil(lambda: task.ended, timeout=10_000)
    assert applied == []
    assert open_session.vault is None


def test_locking_does_not_wait_for_a_read_busy_outside_sql(open_session, qtbot):
    """Working out figures in Python cannot be interrupted; the lock cancels the read and
    goes on, and the answer, when it comes, is dropped."""
    reads = open_session.window.findChild(JournalReads)
    started, release = threading.Event(), threading.Event()
    applied: list[object] = []

    def busy(journal):
        journal.count()
        started.set()
        release.wait(30)  # stands for a long pass over 100,000 summaries
        return "figures"

    reads.request(busy, applied.append)
    (task,) = jobs().running(reads)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    open_session.lock()
    assert open_session.vault is None
    assert task.is_running()  # the lock did not wait for it
    release.set()
    qtbot.waitUntil(lambda: task.ended, timeout=10_000)
    assert applied == []
