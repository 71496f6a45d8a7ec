"""Salvage and verify on a real vault with one damaged page."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from healdesk.vault import Vault
from healdesk.vault.access.slots import Secret, open_folder
from healdesk.vault.safekeeping.salvage import salvage, scan
from tests.helpers.damage import flip_byte_in_a_conflict_page
from tests.helpers.journal_data import fill, table_rows


@pytest.fixture
def damaged(vault, recovery_key, tmp_path):
    fill(vault.journal, 400)
    before = table_rows(vault.journal.db)
    folder = vault.folder
    vault.lock()
    data_key = open_folder(folder, Secret(recovery_key=recovery_key)).data_key
    flip_byte_in_a_conflict_page(folder, data_key, tmp_path)
    return folder, data_key, before


def test_salvage_copies_every_readable_row_and_reports_the_rest(damaged, recovery_key, tmp_path):
    folder, data_key, before = damaged
    fingerprint = hashlib.sha256((folder / "journal.db").read_bytes()).hexdigest()
    report = salvage(folder, tmp_path / "saved", data_key)
    assert hashlib.sha256((folder / "journal.db").read_bytes()).hexdigest() == fingerprint

    with Vault.unlock(tmp_path / "saved", recovery_key=recovery_key) as saved:
        after = table_rows(saved.journal.db)
        assert saved.journal.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert saved.journal.search("dishes")
    lost_ids = {row[0] for row in before["conflict"]} - {row[0] for row in after["conflict"]}
    assert 0 < len(lost_ids) <= 12  # one page of entries, not more
    conflict_losses = [loss for loss in report.lost if loss.table == "conflict"]
    assert len(conflict_losses) == 1
    described = conflict_losses[0].describe()
    assert all(f"#{i} of " in described for i in lost_ids), described
    for table, rows in before.items():
        if table in ("conflict", "conflict_theme", "conflict_behaviour", "conflict_word"):
            rows = [r for r in rows if r[0] not in lost_ids]
        assert after[table] == rows, table
    assert report.copied["conflict"] == len(before["conflict"]) - len(lost_ids)


def test_scan_names_the_damaged_entries_without_writing(damaged):
    folder, data_key, _ = damaged
    copy = folder.parent / "copy"
    shutil.copytree(folder, copy)
    losses = scan(copy / "journal.db", data_key)
    assert [loss.table for loss in losses] == ["conflict"]
    assert "entries between #" in losses[0].describe()


def test_salvage_refuses_an_existing_vault_as_target(damaged):
    folder, data_key, _ = damaged
    from healdesk.vault.errors import VaultExists

    with pytest.raises(VaultExists):
        salvage(folder, folder, data_key)


def test_damage_that_spares_every_row_loses_nothing(vault, recovery_key, tmp_path):
    fill(vault.journal, 200)
    before = table_rows(vault.journal.db)
    folder = vault.folder
    vault.lock()
    data_key = open_folder(folder, Secret(recovery_key=recovery_key)).data_key
    flip_byte_in_a_conflict_page(folder, data_key, tmp_path, rows_readable=True)
    assert scan(folder / "journal.db", data_key) == []
    report = salvage(folder, tmp_path / "saved", data_key)
    assert report.complete
    with Vault.unlock(tmp_path / "saved", recovery_key=recovery_key) as saved:
        assert table_rows(saved.journal.db) == before
        assert len(saved.journal.search("dishes", limit=None)) == 201  # rebuilt, and the repair
