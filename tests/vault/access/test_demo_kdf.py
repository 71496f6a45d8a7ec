"""The demo journal's passphrase is public, so its key slot uses a cheap KDF; a real vault's
slot never does, whatever was created before it in the same process."""

from __future__ import annotations

import json

from healdesk.vault import Vault
from healdesk.vault.access.keys import SCRYPT_MIN_LOG2_N


def passphrase_params(folder) -> dict:
    slots = json.loads((folder / "keys.json").read_text())["body"]["slots"]
    return next(slot["params"] for slot in slots if slot["kind"] == "passphrase")


def test_demo_vault_is_cheap_and_marked_and_still_unlocks(tmp_path):
    vault, _ = Vault.create(tmp_path / "demo", "demo journal", demo=True)
    vault.lock()
    params = passphrase_params(tmp_path / "demo")
    assert params["demo"] is True
    assert params["log2_n"] < SCRYPT_MIN_LOG2_N
    Vault.unlock(tmp_path / "demo", passphrase="demo journal").lock()


def test_a_real_vault_never_gets_the_demo_parameters(tmp_path):
    Vault.create(tmp_path / "demo", "demo journal", demo=True)[0].lock()
    vault, _ = Vault.create(tmp_path / "real", "a real passphrase")
    vault.change_passphrase("another real passphrase")
    vault.lock()
    params = passphrase_params(tmp_path / "real")
    assert "demo" not in params
    assert params["log2_n"] >= SCRYPT_MIN_LOG2_N


def test_changing_the_demo_passphrase_gives_a_real_slot(tmp_path):
    vault, _ = Vault.create(tmp_path / "demo", "demo journal", demo=True)
    vault.change_passphrase("now it is mine")
    vault.lock()
    params = passphrase_params(tmp_path / "demo")
    assert "demo" not in params and params["log2_n"] >= SCRYPT_MIN_LOG2_N
