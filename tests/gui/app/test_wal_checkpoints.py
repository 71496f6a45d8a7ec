"""In the app, a save never copies the WAL into the database on the UI thread: a job does it
after writes, and the lock still leaves no WAL behind."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict
from healdesk.gui.app.wal_checkpoints import BUSY_LIMIT_BYTES, WalCheckpoints
from healdesk.vault.storage import layout


def _save(journal, count: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(count):
        journal.add_conflict(Conflict(start + timedelta(hours=n), f"words {n} " * 400))


def test_the_wal_is_checkpointed_by_a_job_after_writes(open_session, qtbot):
    session = open_session
    vault, journal = session.vault, session.vault.journal
    checkpoints = session.window.findChild(WalCheckpoints)
    assert journal.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
    _save(journal, 30)
    grown = vault.wal_mark()[0]
    _save(journal, 1)
    assert vault.wal_mark()[0] > grown  # no commit started the WAL over
    checkpoints.check()
    assert not checkpoints.running  # just written to: a checkpoint waits for a pause
    checkpoints.check()
    assert checkpoints.running  # nothing written since the last look
    qtbot.waitUntil(lambda: not checkpoints.running)
    done = vault.wal_mark()
    checkpoints.check()
    checkpoints.check()
    assert not checkpoints.running  # nothing written since: nothing to do
    _save(journal, 1)
    assert vault.wal_mark()[0] == done[0]  # every page was in the database: WAL started over
    session.lock()
    assert not layout.wal(vault.folder).exists()


def test_a_large_wal_is_checkpointed_even_while_writes_go_on(open_session, qtbot):
    vault, journal = open_session.vault, open_session.vault.journal
    checkpoints = open_session.window.findChild(WalCheckpoints)
    for _ in range(60):
        _save(journal, 10)
        if vault.wal_mark()[0] >= BUSY_LIMIT_BYTES:
            break
        checkpoints.check()  # written to since the last look: no checkpoint yet
        assert not checkpoints.running
    checkpoints.check()  # written to again, but large
    assert checkpoints.running
    qtbot.waitUntil(lambda: not checkpoints.running)


def test_a_checkpoint_a_reader_held_back_is_tried_again(open_session, qtbot):
    vault, journal = open_session.vault, open_session.vault.journal
    checkpoints = open_session.window.findChild(WalCheckpoints)
    _save(journal, 3)
    with vault.journal_on_this_thread() as reader:
        reader.db.execute("BEGIN")
        reader.db.execute("SELECT count(*) FROM conflict").fetchone()
        _save(journal, 3)  # pages the reader's snapshot does not have
        checkpoints.check()
        checkpoints.check()
        qtbot.waitUntil(lambda: not checkpoints.running)
        reader.db.execute("COMMIT")
    checkpoints.check()  # nothing written since, but part of the WAL is still to copy
    assert checkpoints.running
    qtbot.waitUntil(lambda: not checkpoints.running)
    checkpoints.check()
    assert not checkpoints.running  # all copied: nothing to do
