"""The lock knows computers: it names the holder, is emptied on lock, and a lock from another
computer is reported, never broken silently; a stale one only with the person's consent."""

from __future__ import annotations

import json
import socket
from datetime import UTC, datetime, timedelta

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import VaultOpenElsewhere
from healdesk.vault.storage.instance_lock import LOCK_NAME
from healdesk.vault.storage.lock_holder import STALE_AFTER, LockHolder


def held_by(folder, host: str, ago: timedelta) -> None:
    since = datetime.now(UTC).replace(microsecond=0) - ago
    (folder / LOCK_NAME).write_bytes(LockHolder(host, 4242, since).encode())


def test_the_lock_file_names_this_computer_while_open_and_nothing_after(vault_folder, recovery_key):
    with Vault.unlock(vault_folder, recovery_key=recovery_key):
        named = json.loads((vault_folder / LOCK_NAME).read_text())
        assert named["host"] == socket.gethostname() and named["pid"] > 0
        assert datetime.fromisoformat(named["since"]) <= datetime.now(UTC)
    assert (vault_folder / LOCK_NAME).read_bytes() == b""


def test_a_lock_from_another_computer_is_reported_and_not_broken(vault_folder, recovery_key):
    held_by(vault_folder, "Laptop", timedelta(minutes=30))
    before = {p.name: p.read_bytes() for p in vault_folder.iterdir() if p.is_file()}
    for take in (False, True):
        with pytest.raises(VaultOpenElsewhere, match="open on Laptop since") as refused:
            Vault.unlock(vault_folder, recovery_key=recovery_key, take_stale_lock=take)
        assert not refused.value.stale
    assert {p.name: p.read_bytes() for p in vault_folder.iterdir() if p.is_file()} == before


def test_a_stale_lock_from_another_computer_is_taken_only_when_the_person_says_so(
    vault_folder, recovery_key
):
    held_by(vault_folder, "Laptop", STALE_AFTER + timedelta(hours=1))
    with pytest.raises(VaultOpenElsewhere, match="open the journal here anyway") as refused:
        Vault.unlock(vault_folder, recovery_key=recovery_key)
    assert refused.value.stale and refused.value.host == "Laptop"
    with Vault.unlock(vault_folder, recovery_key=recovery_key, take_stale_lock=True):
        assert json.loads((vault_folder / LOCK_NAME).read_text())["host"] == socket.gethostname()


def test_a_lock_this_computer_left_behind_after_a_crash_is_taken(vault_folder, recovery_key):
    held_by(vault_folder, socket.gethostname(), timedelta(minutes=1))
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()
    (vault_folder / LOCK_NAME).write_text("12345")  # the old format: a bare process id
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()
