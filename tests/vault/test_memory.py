"""Secrets in memory, where Python lets us reach them: SQLCipher wipes what it frees, and the
data key is overwritten when the vault locks (see docs/architecture.md for what Python cannot
promise)."""

from __future__ import annotations

from healdesk.vault import Vault


def test_sqlcipher_wipes_its_memory(vault):
    assert vault.journal.db.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"


def test_locking_overwrites_the_data_key(vault_folder, recovery_key):
    vault = Vault.unlock(vault_folder, recovery_key=recovery_key)
    held = vault._data_key
    assert any(held)
    vault.lock()
    assert held == bytearray(len(held))
