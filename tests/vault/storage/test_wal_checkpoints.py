"""With checkpoints left to elsewhere, commits never copy the WAL into the database (that
froze a save at 100,000 entries); `Vault.checkpoint` does, and the WAL starts over after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.storage import database
from tests.helpers.vaults import PASSPHRASE

#: Where SQLite's own checkpoint on commit would have set in.
ON_COMMIT_LIMIT = database.CHECKPOINT_PAGES * database.PAGE_BYTES


def _write_entries(vault: Vault, count: int) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    for n in range(count):  # one transaction each, as saves in the app are
        vault.journal.add_conflict(Conflict(start + timedelta(hours=n), f"entry {n} " * 800))


def _grow_wal_past(vault: Vault, size: int) -> None:
    """Small commits until the WAL is larger than `size` (which a checkpoint on commit
    would never let it reach), or fail."""
    for _ in range(80):
        if _wal_bytes(vault) > size:
            return
        _write_entries(vault, 20)
    raise AssertionError(f"the WAL stayed at {_wal_bytes(vault)} bytes: commits checkpoint it")


def _wal_bytes(vault: Vault) -> int:
    mark = vault.wal_mark()
    return 0 if mark is None else mark[0]


def test_commits_leave_the_wal_to_a_checkpoint_elsewhere(vault):
    vault.checkpoint_elsewhere()
    _grow_wal_past(vault, ON_COMMIT_LIMIT * 3 // 2)
    before = vault.wal_mark()
    _write_entries(vault, 1)
    assert _wal_bytes(vault) > before[0]  # still growing: no commit started it over
    vault.checkpoint()
    checkpointed = _wal_bytes(vault)
    _write_entries(vault, 1)
    # Every page was in the database: the next write starts the WAL from its beginning.
    assert _wal_bytes(vault) == checkpointed
    assert vault.wal_mark() != before


def test_a_data_key_replacement_keeps_commits_from_checkpointing(vault):
    vault.checkpoint_elsewhere()  # the replacement opens the journal's connection anew
    vault.replace_data_key(PASSPHRASE, NewRecoveryKey())
    _grow_wal_past(vault, ON_COMMIT_LIMIT * 3 // 2)
    grown = _wal_bytes(vault)
    _write_entries(vault, 1)
    assert _wal_bytes(vault) > grown


def test_a_checkpoint_says_when_a_reader_kept_part_of_the_wal(vault):
    """A background read (a backup, a refresh) may still need older pages: the checkpoint
    copies what it can and says it is not done, so the app tries again later."""
    vault.checkpoint_elsewhere()
    _write_entries(vault, 5)
    with vault.journal_on_this_thread() as reader:
        reader.db.execute("BEGIN")
        reader.db.execute("SELECT count(*) FROM conflict").fetchone()
        _write_entries(vault, 5)  # written after the reader's snapshot
        assert vault.checkpoint() is False
        reader.db.execute("COMMIT")
    assert vault.checkpoint() is True
