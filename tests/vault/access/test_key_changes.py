"""Key changes reach the journal's own backups; a second writer is refused even with the lock
file gone; a restore of another journal asks first; killed jobs leave no temp folders."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault, errors
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.safekeeping.backup_keys import DELETE
from healdesk.vault.safekeeping.restore import Secret, inspect_backup, restore_backup
from healdesk.vault.storage import layout
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.vaults import PASSPHRASE, own_backups

NEW = "a newer passphrase 5"


def refused(backup, secret: Secret) -> bool:
    try:
        inspect_backup(backup, secret)
    except (errors.WrongPassphrase, errors.WrongRecoveryKey):
        return True
    return False


def test_a_new_passphrase_retires_the_old_one_in_every_own_backup(vault, tmp_path):
    backups = own_backups(vault)
    elsewhere = tmp_path / f"elsewhere{layout.BACKUP_SUFFIX}"
    vault.backup_to(elsewhere)
    update = vault.change_passphrase(NEW)
    assert update.updated == 2 and "anywhere else" in update.describe()
    for backup in backups:
        assert refused(backup, Secret(passphrase=PASSPHRASE))
        assert inspect_backup(backup, Secret(passphrase=NEW)).entries == 0
    assert not refused(elsewhere, Secret(passphrase=PASSPHRASE))  # named, not touched


def test_a_new_recovery_key_retires_the_old_one_in_every_own_backup(vault, recovery_key):
    backups = own_backups(vault)
    fresh = NewRecoveryKey()
    vault.set_recovery_key(fresh)
    for backup in backups:
        assert refused(backup, Secret(recovery_key=recovery_key))
        assert inspect_backup(backup, Secret(recovery_key=fresh.text)).entries == 0


def test_a_new_data_key_reencrypts_every_own_backup(vault, recovery_key):
    vault.journal.add_conflict(Conflict(datetime.now(UTC), "kept through the rekey"))
    backups = own_backups(vault)
    fresh = NewRecoveryKey()
    update = vault.replace_data_key(PASSPHRASE, fresh)
    assert update.updated == 2 and not update.left
    for backup in backups:
        assert refused(backup, Secret(recovery_key=recovery_key))
        assert inspect_backup(backup, Secret(recovery_key=fresh.text)).entries == 1


def test_the_person_may_delete_the_own_backups_instead(vault):
    backups = own_backups(vault)
    update = vault.change_passphrase(NEW, backups=DELETE)
    assert update.deleted == 2 and not any(b.exists() for b in backups)


def test_a_key_change_needs_the_current_passphrase(vault):
    keys_before = (vault.folder / layout.KEYS).read_bytes()
    with pytest.raises(errors.WrongPassphrase):
        vault.replace_data_key("not the passphrase", NewRecoveryKey())
    with pytest.raises(errors.WrongPassphrase):
        vault.change_passphrase(NEW, current="not the passphrase")
    assert (vault.folder / layout.KEYS).read_bytes() == keys_before
    vault.change_passphrase(NEW, current=PASSPHRASE)


def test_a_second_writer_is_refused_with_the_lock_file_deleted(vault_folder, recovery_key):
    """The app keeps saving; a cleanup deletes healdesk.lock; `healdesk rekey` and a second
    Vault.unlock fail loudly, and every acknowledged save is still there afterwards."""
    app = Vault.unlock(vault_folder, recovery_key=recovery_key)
    saved = [app.journal.add_conflict(Conflict(datetime.now(UTC), f"saved {i}")) for i in range(5)]
    (vault_folder / layout.LOCK_NAME).unlink()
    rekey = healdesk("rekey", "--confirmed", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert_one_line_error(rekey, "already open")
    with pytest.raises(errors.VaultInUse):
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    saved += [app.journal.add_conflict(Conflict(datetime.now(UTC), f"after {i}")) for i in range(5)]
    app.lock()
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as again:
        assert {s.id for s in again.journal.summaries()} == set(saved)


def test_a_replaced_lock_file_is_noticed_and_locked_again(vault):
    lock_file = vault.folder / layout.LOCK_NAME
    lock_file.unlink()
    lock_file.write_text("someone else's")
    assert not vault._lock.intact
    vault.change_passphrase(NEW)  # a key change renews the lock first
    assert vault._lock.intact


def test_restoring_a_backup_of_another_journal_asks_first(vault, tmp_path, recovery_key):
    other, other_key = Vault.create(tmp_path / "other", "another journal's passphrase")
    other.backup_to(tmp_path / f"other{layout.BACKUP_SUFFIX}")
    other.lock()
    folder = vault.folder
    vault.lock()
    keys_before = (folder / "keys.json").read_bytes()
    backup = tmp_path / f"other{layout.BACKUP_SUFFIX}"
    with pytest.raises(errors.OtherJournal, match="different journal"):
        restore_backup(backup, folder, Secret(recovery_key=other_key))
    assert (folder / "keys.json").read_bytes() == keys_before
    restore_backup(backup, folder, Secret(recovery_key=other_key), other_journal=True)
    Vault.unlock(folder, recovery_key=other_key).lock()


def test_temp_folders_of_killed_jobs_are_removed_at_the_next_unlock(vault_folder, recovery_key):
    leftovers = [
        vault_folder / f"{layout.WORK_PREFIX}restore",
        layout.backup_folder(vault_folder) / f"{layout.WORK_PREFIX}backup",
        layout.backup_folder(vault_folder) / ".healdesk-backup-from-an-older-version",
    ]
    for work in leftovers:
        work.mkdir(parents=True)
        (work / "journal.db").write_bytes(b"ciphertext" * 100)
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()
    assert not any(work.exists() for work in leftovers)
