"""The vault folder's names have one owner: what counts as a journal being there."""

from __future__ import annotations

import shutil

from healdesk.vault import Vault
from healdesk.vault.storage import layout


def test_a_journal_is_present_with_a_key_file_or_a_database(vault_folder, tmp_path):
    only_db, only_spare = tmp_path / "db", tmp_path / "spare"
    only_db.mkdir()
    shutil.copy(layout.database(vault_folder), only_db)
    only_spare.mkdir()
    shutil.copy(vault_folder / layout.SPARE_KEYS, only_spare)
    (tmp_path / "empty").mkdir()
    (tmp_path / "lock only").mkdir()
    (tmp_path / "lock only" / layout.LOCK_NAME).touch()
    for folder in (vault_folder, only_db, only_spare):
        assert layout.present(folder) and Vault.exists(folder)
    for folder in (tmp_path / "empty", tmp_path / "lock only", tmp_path / "missing"):
        assert not layout.present(folder) and not Vault.exists(folder)
