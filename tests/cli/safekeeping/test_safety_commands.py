"""`healdesk backup`, `restore`, `keys`, `rekey`, `salvage` and damage in `verify`, run as
real processes on real vaults."""

from __future__ import annotations

import zipfile

from healdesk.vault import Vault
from healdesk.vault.access.slots import Secret, open_folder
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.damage import flip_byte_in_a_conflict_page
from tests.helpers.journal_data import fill, table_rows
from tests.helpers.vaults import PASSPHRASE


def test_backup_and_restore_commands(vault, recovery_key, tmp_path):
    fill(vault.journal, 6)
    before = table_rows(vault.journal.db)
    folder = vault.folder
    vault.lock()
    made = healdesk("backup", str(tmp_path), "--data-dir", str(folder), stdin=PASSPHRASE)
    assert made.returncode == 0, made.stderr
    (backup,) = tmp_path.glob("healdesk-*.healdesk-backup")
    assert_one_line_error(
        healdesk("backup", str(backup), "--data-dir", str(folder), stdin=PASSPHRASE),
        "already exists",
    )
    with Vault.unlock(folder, recovery_key=recovery_key) as live:
        for summary in live.journal.summaries():
            live.journal.delete_conflict(summary.id)
        live.journal.empty_trash()  # "an import that emptied everything"

    restore = ("restore", str(backup), "--recovery-key", "--data-dir", str(folder))
    declined = healdesk(*restore, stdin=f"{recovery_key}\nn\n")
    assert declined.returncode == 1 and "Nothing was changed." in declined.stdout
    assert "6 entries from 1 January 2025 to 6 January 2025, and 1 repair." in declined.stdout
    wrong = healdesk(*restore, stdin="AAAA-" * 7 + "AAAA\n")
    assert_one_line_error(wrong, "does not open")

    done = healdesk(*restore, "--yes", stdin=recovery_key)
    assert done.returncode == 0, done.stderr
    assert "was kept as" in done.stdout
    with Vault.unlock(folder, recovery_key=recovery_key) as restored:
        assert table_rows(restored.journal.db) == before
    (kept,) = (folder / "backups").glob("before-restore-*")
    with zipfile.ZipFile(kept) as archive:
        assert {"keys.json", "journal.db"} <= set(archive.namelist())


def test_keys_and_rekey_commands(vault_folder, recovery_key):
    assert_one_line_error(
        healdesk("keys", "remember-device", "--data-dir", str(vault_folder)), "no usable keychain"
    )
    fresh = healdesk(
        "keys", "new-recovery-key", "--confirmed", "--data-dir", str(vault_folder), stdin=PASSPHRASE
    )
    assert "Ways to unlock: passphrase, recovery" in fresh.stdout
    new_key = next(line.strip() for line in fresh.stdout.splitlines() if line.count("-") == 7)
    Vault.unlock(vault_folder, recovery_key=new_key).lock()

    rekeyed = healdesk("rekey", "--confirmed", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert rekeyed.returncode == 0, rekeyed.stderr
    newest = next(line.strip() for line in rekeyed.stdout.splitlines() if line.count("-") == 7)
    Vault.unlock(vault_folder, recovery_key=newest).lock()
    assert newest != new_key


def test_verify_names_damaged_entries_and_salvage_recovers_the_rest(vault, recovery_key, tmp_path):
    fill(vault.journal, 300)
    folder = vault.folder
    vault.lock()
    data_key = open_folder(folder, Secret(recovery_key=recovery_key)).data_key
    flip_byte_in_a_conflict_page(folder, data_key, tmp_path)

    verified = healdesk("verify", "--data-dir", str(folder), stdin=PASSPHRASE)
    assert verified.returncode == 2
    assert "FAIL  encryption: 1 damaged page: " in verified.stdout
    assert "cannot read entries between #" in verified.stdout
    damaged = (folder / "journal.db").read_bytes()  # verify's unlock recorded an opening

    saved = healdesk(
        "salvage",
        str(tmp_path / "saved"),
        "--recovery-key",
        "--data-dir",
        str(folder),
        stdin=recovery_key,
    )
    assert saved.returncode == 0, saved.stderr
    assert "could not read: entries between #" in saved.stdout
    assert (folder / "journal.db").read_bytes() == damaged
    with Vault.unlock(tmp_path / "saved", passphrase=PASSPHRASE) as rescued:
        assert 288 <= rescued.journal.count() < 300
