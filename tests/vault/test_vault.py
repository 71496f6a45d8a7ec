"""Creating, unlocking and locking real vaults, and refusing bad input without touching files."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault, errors
from healdesk.vault.access.keyfile import PRIMARY, SPARE
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.storage import layout
from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's SHA-256: what "left byte-identical" is checked against."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "healdesk.lock"
    }


def entry(text: str = "We argued about the dishes") -> Conflict:
    return Conflict(datetime(2026, 5, 3, 19, 30, tzinfo=UTC), text, themes=["Chores"])


def test_create_then_unlock_with_passphrase_and_recovery_key(tmp_path):
    vault, recovery_key = Vault.create(tmp_path / "v", "a long enough passphrase")
    vault.journal.add_conflict(entry())
    vault.lock()
    assert len(recovery_key.split("-")) == 8
    with Vault.unlock(tmp_path / "v", passphrase="a long enough passphrase") as again:
        assert again.journal.count() == 1
    with Vault.unlock(tmp_path / "v", recovery_key=recovery_key.lower().replace("-", " ")) as again:
        assert again.journal.count() == 1


def test_create_refuses_an_existing_vault(vault_folder):
    before = snapshot(vault_folder)
    with pytest.raises(errors.VaultExists):
        Vault.create(vault_folder, "another passphrase")
    assert snapshot(vault_folder) == before


def test_unlock_of_a_missing_vault_says_so(tmp_path):
    with pytest.raises(errors.VaultNotFound, match="There is no HealDesk journal"):
        Vault.unlock(tmp_path / "nothing", passphrase="x")


def test_wrong_passphrase_and_recovery_key_change_nothing(vault_folder, recovery_key):
    before = snapshot(vault_folder)
    with pytest.raises(errors.WrongPassphrase, match="does not open"):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE + "x")
    wrong = (
        ("0000-" + recovery_key[5:])
        if not recovery_key.startswith("0000")
        else "1" + recovery_key[1:]
    )
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock(vault_folder, recovery_key=wrong)
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock(vault_folder, recovery_key="not a key")
    after = snapshot(vault_folder)
    assert after.pop(layout.UNLOCK_ATTEMPTS)  # only the times of the attempts (unlock history)
    assert after == before


def test_lock_leaves_no_wal_and_closes_the_journal(vault):
    vault.journal.add_conflict(entry())
    vault.lock()
    names = {p.name for p in vault.folder.iterdir()}
    assert not any(name.endswith(("-wal", "-shm")) for name in names)
    with pytest.raises(errors.VaultError, match="locked"):
        vault.journal.count()
    vault.lock()  # twice is harmless


def test_second_instance_in_this_process_is_refused(vault, recovery_key):
    with pytest.raises(errors.VaultInUse, match="already open"):
        Vault.unlock(vault.folder, recovery_key=recovery_key)
    assert vault.journal.count() == 0  # the first keeps working


def test_second_instance_in_another_process_is_refused(vault, recovery_key):
    code = (
        "import sys; from healdesk.vault import Vault, VaultError\n"
        "try:\n    Vault.unlock(sys.argv[1], recovery_key=sys.argv[2])\n"
        "except VaultError as e:\n    print(type(e).__name__); sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(vault.folder), recovery_key],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert (result.returncode, result.stdout.strip()) == (3, "VaultInUse")
    vault.journal.add_conflict(entry())
    assert vault.journal.count() == 1


def test_change_passphrase_rewraps_only(vault_folder, recovery_key):
    with Vault.unlock(vault_folder, passphrase=PASSPHRASE) as vault:
        vault.journal.add_conflict(entry())
        vault.change_passphrase("a brand new passphrase")
    with pytest.raises(errors.WrongPassphrase):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)
    with Vault.unlock(vault_folder, passphrase="a brand new passphrase") as vault:
        assert vault.journal.count() == 1
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.count() == 1


def test_new_recovery_key_retires_the_old_one(vault, vault_folder, recovery_key):
    fresh = NewRecoveryKey()
    vault.set_recovery_key(fresh)
    vault.lock()
    with pytest.raises(errors.WrongRecoveryKey):
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    Vault.unlock(vault_folder, recovery_key=fresh.text).lock()


def test_a_vault_from_a_newer_version_is_refused_untouched(vault):
    vault.journal.db.execute("PRAGMA user_version = 99")
    folder = vault.folder
    vault.lock()
    before = snapshot(folder)
    with pytest.raises(errors.NewerVault, match="newer HealDesk"):
        Vault.unlock(folder, passphrase=PASSPHRASE)
    assert snapshot(folder) == before
    assert not (folder / "journal.db-wal").exists()


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "delete"])
def test_a_damaged_primary_key_file_falls_back_to_the_spare(vault_folder, recovery_key, damage):
    damage_file(vault_folder / PRIMARY, damage)
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.count() == 0


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage"])
def test_both_key_files_damaged_is_reported_and_untouched(vault_folder, damage):
    damage_file(vault_folder / PRIMARY, damage)
    damage_file(vault_folder / SPARE, damage)
    before = snapshot(vault_folder)
    with pytest.raises(errors.KeyFileDamaged, match="damaged"):
        Vault.unlock(vault_folder, passphrase=PASSPHRASE)
    assert snapshot(vault_folder) == before


def test_a_foreign_database_file_is_not_a_vault(vault_folder, recovery_key):
    (vault_folder / "journal.db").write_bytes(b"Just some notes, not a database.\n" * 200)
    before = snapshot(vault_folder)
    with pytest.raises(errors.NotAVault, match="not a HealDesk journal"):
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    assert snapshot(vault_folder) == before


def test_a_damaged_first_page_is_reported_and_untouched(vault_folder, recovery_key):
    damage_file(vault_folder / "journal.db", "flip", offset=100)
    before = snapshot(vault_folder)
    with pytest.raises(errors.NotAVault):
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    assert snapshot(vault_folder) == before


def test_a_missing_database_is_reported(vault_folder, recovery_key):
    (vault_folder / "journal.db").unlink()
    with pytest.raises(errors.VaultDamaged, match="missing"):
        Vault.unlock(vault_folder, recovery_key=recovery_key)


def test_unlocking_turns_core_dumps_off(vault):
    resource = pytest.importorskip("resource", reason="POSIX only")
    assert resource.getrlimit(resource.RLIMIT_CORE)[0] == 0


def test_without_a_keychain_the_device_slot_is_unavailable_and_nothing_is_written(vault):
    before = snapshot(vault.folder)
    assert Vault.device_slot_available() is False
    with pytest.raises(errors.DeviceSlotUnavailable):
        vault.remember_on_device()
    assert snapshot(vault.folder) == before
    assert not vault.has_device_slot


def test_the_passphrase_kdf_meets_the_owasp_minimum(vault_folder):
    import json

    slot = next(
        s
        for s in json.loads((vault_folder / PRIMARY).read_text())["body"]["slots"]
        if s["kind"] == "passphrase"
    )
    assert slot["params"]["log2_n"] >= 17 and slot["params"]["r"] >= 8


def damage_file(path: Path, how: str, offset: int | None = None) -> None:
    data = bytearray(path.read_bytes())
    if how == "truncate":
        path.write_bytes(bytes(data[: len(data) // 2]))
    elif how == "flip":
        where = len(data) // 2 if offset is None else offset
        data[where] ^= 0x55
        path.write_bytes(bytes(data))
    elif how == "garbage":
        path.write_bytes(b"\x00\xff" * 64)
    elif how == "delete":
        path.unlink()
