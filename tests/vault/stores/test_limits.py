"""A full disk or an unwritable folder during a save: a clear error, nothing saved is lost,
and the same save works once there is room again."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from healdesk.vault.errors import VaultFull, VaultNotWritable
from tests.helpers.journal_data import fill, table_rows


def big_entry() -> Conflict:
    return Conflict(datetime(2026, 3, 3, tzinfo=UTC), "long evening " * 20_000, themes=["Plans"])


def test_a_full_disk_is_vault_full_and_loses_nothing(vault, recovery_key):
    fill(vault.journal, 10)
    before = table_rows(vault.journal.db)
    db = vault.journal.db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")  # "the disk": two pages left
    entry = big_entry()
    with pytest.raises(VaultFull, match="what you wrote is still here"):
        vault.journal.add_conflict(entry)
    assert entry.id is None  # the caller's entry (the editor's text) is untouched
    assert table_rows(db) == before
    db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    vault.journal.add_conflict(entry)
    folder = vault.folder
    vault.lock()
    with Vault.unlock(folder, recovery_key=recovery_key) as again:
        assert again.journal.count() == 11
        assert again.journal.get_conflict(entry.id).what_happened == entry.what_happened


def test_a_folder_that_refuses_writes_is_vault_not_writable(vault):
    fill(vault.journal, 3)
    before = table_rows(vault.journal.db)
    vault.journal.db.execute("PRAGMA query_only = 1")  # what a read-only mount answers
    with pytest.raises(VaultNotWritable, match="cannot be written"):
        vault.journal.add_conflict(big_entry())
    with pytest.raises(VaultNotWritable):
        vault.journal.save_draft("new-conflict", {"what_happened": "kept"})
    vault.journal.db.execute("PRAGMA query_only = 0")
    assert table_rows(vault.journal.db) == before
    vault.journal.save_draft("new-conflict", {"what_happened": "kept"})
