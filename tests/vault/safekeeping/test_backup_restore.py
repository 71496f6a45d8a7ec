"""Backups and restore on real vaults: byte-for-byte round trip, no plaintext, right secret."""

from __future__ import annotations

import os
import zipfile
from datetime import datetime, timedelta

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import (
    BackupFailed,
    NotABackup,
    VaultDamaged,
    WrongPassphrase,
    WrongRecoveryKey,
)
from healdesk.vault.safekeeping.backups import (
    RetentionPolicy,
    automatic_backups,
    backup_if_due,
    kept,
)
from healdesk.vault.safekeeping.restore import Secret, inspect_backup, restore_backup
from healdesk.vault.storage.schema import LATEST
from tests.helpers.journal_data import MARKER, fill, table_rows
from tests.helpers.vaults import PASSPHRASE


def test_backup_then_damage_then_restore_gives_every_row_back(vault, recovery_key, tmp_path):
    fill(vault.journal)
    before = table_rows(vault.journal.db)
    out = tmp_path / "elsewhere" / "journal.healdesk-backup"
    vault.backup_to(out)
    folder = vault.folder
    vault.lock()
    with open(folder / "journal.db", "r+b") as db:  # damage the live vault badly
        db.seek(4096 * 3)
        db.write(os.urandom(4096 * 4))
    damaged_bytes = (folder / "journal.db").read_bytes()

    summary = inspect_backup(out, Secret(recovery_key=recovery_key))
    assert (summary.entries, summary.repairs, summary.format_version) == (40, 1, LATEST)
    assert summary.first.date().isoformat() == "2025-01-01"
    kept_as = restore_backup(out, folder, Secret(recovery_key=recovery_key))

    with Vault.unlock(folder, passphrase=PASSPHRASE) as restored:
        assert table_rows(restored.journal.db) == before
        assert restored.journal.search(MARKER)
        assert restored.journal.load_draft("new-conflict") == {"what_happened": f"unsaved {MARKER}"}
    assert kept_as is not None and kept_as.parent == folder / "backups"
    with zipfile.ZipFile(kept_as) as archive:  # the replaced vault was kept, damage and all
        assert archive.read("journal.db") == damaged_bytes
    assert not [p for p in folder.iterdir() if p.name.endswith(".next")]


def test_backups_hold_no_plaintext_and_open_only_with_the_right_secret(
    vault, recovery_key, tmp_path
):
    fill(vault.journal)
    chosen = tmp_path / "Synced folder"
    made = backup_if_due(vault, chosen, datetime(2026, 3, 1, 9, 0))
    assert made is not None and made.parent == chosen
    data = made.read_bytes()
    # Needles of six bytes or more: a three-letter name turns up in ~1% of random ciphertexts.
    for needle in (MARKER, "dishes", "Chores", "private zebra", "SQLite format 3"):
        assert needle.encode() not in data and needle.encode("utf-16-le") not in data
    assert made.stat().st_mode & 0o077 == 0 and chosen.stat().st_mode & 0o077 == 0

    assert inspect_backup(made, Secret(passphrase=PASSPHRASE)).entries == 40
    assert inspect_backup(made, Secret(recovery_key=recovery_key)).entries == 40
    with pytest.raises(WrongPassphrase):
        inspect_backup(made, Secret(passphrase="not the passphrase"))
    other_vault, other_key = Vault.create(tmp_path / "other", "another passphrase!")
    other_vault.lock()
    with pytest.raises(WrongRecoveryKey):
        inspect_backup(made, Secret(recovery_key=other_key))


def test_a_damaged_or_foreign_backup_is_refused_before_anything_changes(
    vault, recovery_key, tmp_path
):
    fill(vault.journal, 5)
    out = tmp_path / "b.healdesk-backup"
    vault.backup_to(out)
    folder = vault.folder
    vault.lock()
    live = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}

    not_zip = tmp_path / "notes.healdesk-backup"
    not_zip.write_text("hello")
    with pytest.raises(NotABackup):
        restore_backup(not_zip, folder, Secret(recovery_key=recovery_key))

    damaged = tmp_path / "damaged.healdesk-backup"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(damaged, "w") as target:
        target.writestr("keys.json", source.read("keys.json"))
        db = bytearray(source.read("journal.db"))
        db[4096 * 2 + 100] ^= 1
        target.writestr("journal.db", bytes(db))
    with pytest.raises(VaultDamaged):
        restore_backup(damaged, folder, Secret(recovery_key=recovery_key))
    with pytest.raises(WrongPassphrase):
        restore_backup(out, folder, Secret(passphrase="wrong passphrase"))
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert after == live


def test_backup_if_due_once_a_day_and_pruned_to_the_policy(vault, tmp_path):
    folder = tmp_path / "backups"
    policy = RetentionPolicy(daily=3, weekly=2, monthly=2)
    start = datetime(2026, 1, 1, 8, 0)
    for day in range(40):
        for hour in (0, 5):  # the second unlock of a day makes no backup
            now = start + timedelta(days=day, hours=hour)
            made = backup_if_due(vault, folder, now, policy)
            assert (made is not None) == (hour == 0)
    stamps = [stamp for stamp, _ in automatic_backups(folder, vault.vault_id)]
    assert stamps == [
        datetime(2026, 2, 9, 8, 0),  # daily x3 (also the newest of its week and month)
        datetime(2026, 2, 8, 8, 0),  # (also the newest of the previous ISO week)
        datetime(2026, 2, 7, 8, 0),
        datetime(2026, 1, 31, 8, 0),  # newest of January
    ]


def test_retention_keeps_newest_per_period():
    day = datetime(2026, 5, 31, 12)
    backups = [(day - timedelta(days=i), f"p{i}") for i in range(200)]
    keep = {stamp for stamp, _ in kept(backups, RetentionPolicy())}
    assert len([s for s in keep if s > day - timedelta(days=7)]) == 7
    assert datetime(2026, 1, 31, 12) in keep  # newest of January
    assert datetime(2025, 12, 31, 12) in keep  # sixth month back
    assert datetime(2025, 11, 30, 12) not in keep
    assert len(keep) == 7 + 3 + 5  # weeks and months overlap the newest days


def test_a_backup_folder_that_cannot_be_written_is_a_clear_error(vault, tmp_path):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    with pytest.raises(BackupFailed, match="Your journal itself is unchanged"):
        vault.backup_to(blocker / "b.healdesk-backup")
    assert vault.journal.count() == 0  # still open and usable


def test_a_restore_can_be_undone_with_the_journal_it_kept(vault, recovery_key, tmp_path):
    fill(vault.journal, 3)
    old = tmp_path / "old.healdesk-backup"
    vault.backup_to(old)
    fill(vault.journal, 2)  # written after that backup
    newer = table_rows(vault.journal.db)
    folder = vault.folder
    vault.lock()
    kept = restore_backup(old, folder, Secret(recovery_key=recovery_key))
    with Vault.unlock(folder, recovery_key=recovery_key) as restored:
        assert restored.journal.count() == 3
    restore_backup(kept, folder, Secret(recovery_key=recovery_key))
    with Vault.unlock(folder, recovery_key=recovery_key) as undone:
        assert table_rows(undone.journal.db) == newer


def test_restore_on_a_new_computer_into_an_empty_folder(vault, recovery_key, tmp_path):
    fill(vault.journal, 4)
    before = table_rows(vault.journal.db)
    backup = tmp_path / "b.healdesk-backup"
    vault.backup_to(backup)
    assert restore_backup(backup, tmp_path / "new home", Secret(recovery_key=recovery_key)) is None
    vault.lock()
    with Vault.unlock(tmp_path / "new home", recovery_key=recovery_key) as restored:
        assert table_rows(restored.journal.db) == before


def test_saving_during_a_backup_works_and_the_backup_holds_whole_transactions(
    vault, recovery_key, tmp_path
):
    from datetime import UTC

    from healdesk.core.conflict import Conflict

    fill(vault.journal, 5)
    saved = []

    def save_meanwhile(_done: int, _total: int) -> None:
        saved.append(vault.journal.add_conflict(Conflict(datetime.now(UTC), "meanwhile")))

    out = tmp_path / "b.healdesk-backup"
    vault.backup_to(out, save_meanwhile)
    assert saved and vault.journal.count() == 5 + len(saved)
    assert inspect_backup(out, Secret(recovery_key=recovery_key)).entries == 5
