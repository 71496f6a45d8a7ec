"""Everything the vault writes is owner-only, and its folder too, whatever the umask."""

from __future__ import annotations

import os
import stat
from datetime import datetime

import pytest

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from tests.helpers.vaults import PASSPHRASE


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask():
    """The process umask many desktops use (files 0644, folders 0755)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_the_journal_its_wal_backups_and_lock_file_are_owner_only(tmp_path, open_umask):
    folder = tmp_path / "journal"
    vault, _key = Vault.create(folder, PASSPHRASE)
    try:
        vault.journal.add_conflict(Conflict(datetime.now().astimezone(), "kept private"))
        vault.backup_to(folder / "backups" / "one.healdesk-backup")
        for name in (
            "journal.db",
            "journal.db-wal",
            "journal.db-shm",
            "keys.json",
            "healdesk.lock",
        ):
            assert mode(folder / name) == 0o600, name
        assert mode(folder / "backups" / "one.healdesk-backup") == 0o600
        assert mode(folder) == 0o700 and mode(folder / "backups") == 0o700
    finally:
        vault.lock()


def test_an_existing_folder_open_to_others_is_made_private_and_said(tmp_path, open_umask):
    folder = tmp_path / "given"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    vault, _key = Vault.create(folder, PASSPHRASE)
    vault.lock()
    assert vault.folder_tightened and mode(folder) == 0o700
    folder.chmod(0o750)  # opened again (a file manager, a sync tool)
    with Vault.unlock(folder, passphrase=PASSPHRASE) as again:
        assert again.folder_tightened and mode(folder) == 0o700
    with Vault.unlock(folder, passphrase=PASSPHRASE) as private:
        assert not private.folder_tightened


def test_salvage_output_is_owner_only(vault_folder, recovery_key, tmp_path, open_umask):
    from healdesk.vault.access.slots import Secret
    from healdesk.vault.safekeeping.salvage import salvage_vault

    out = tmp_path / "salvaged"
    salvage_vault(vault_folder, out, Secret(recovery_key=recovery_key))
    assert mode(out) == 0o700
    assert all(mode(path) == 0o600 for path in out.iterdir()), sorted(out.iterdir())
