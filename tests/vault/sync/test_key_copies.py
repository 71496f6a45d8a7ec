"""A passphrase changed on one computer opens on both: the key file's conflict copy is used,
taken into keys.json and put away."""

from __future__ import annotations

import shutil

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import WrongPassphrase
from tests.helpers.copies import copy_vault, unlocked
from tests.helpers.vaults import PASSPHRASE

COPIES = (
    "keys.sync-conflict-20261201-140233-ABCDEFG.json",
    "keys (conflicted copy 2026-12-01 140233).json",
)


@pytest.mark.parametrize("name", COPIES)
def test_a_passphrase_changed_on_the_other_computer_opens_here(
    vault_folder, recovery_key, tmp_path, name
):
    other = copy_vault(vault_folder, tmp_path / "other")
    with unlocked(other, recovery_key) as vault:
        vault.change_passphrase("changed on the laptop")
    shutil.copy(other / "keys.json", vault_folder / name)
    Vault.unlock(vault_folder, passphrase="changed on the laptop").lock()
    assert (vault_folder / "merged" / name).exists() and not (vault_folder / name).exists()
    Vault.unlock(vault_folder, passphrase="changed on the laptop").lock()  # from keys.json now
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()  # the other slots stay


def test_a_key_copy_of_another_journal_opens_nothing(vault_folder, tmp_path):
    stranger, _ = Vault.create(tmp_path / "stranger", "the stranger's passphrase")
    stranger.lock()
    shutil.copy(tmp_path / "stranger" / "keys.json", vault_folder / COPIES[0])
    before = (vault_folder / "keys.json").read_bytes()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_folder, passphrase="the stranger's passphrase")
    assert (vault_folder / "keys.json").read_bytes() == before
    assert (vault_folder / COPIES[0]).exists()
    Vault.unlock(vault_folder, passphrase=PASSPHRASE).lock()
