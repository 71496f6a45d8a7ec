"""Key changes on real vaults: passphrase, recovery key, device slot, replacing the data key."""

from __future__ import annotations

import pytest

from healdesk.core.progress import Cancelled
from healdesk.vault import Vault
from healdesk.vault.access import keyfile
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.errors import WrongPassphrase, WrongRecoveryKey
from healdesk.vault.storage import swap
from tests.helpers.journal_data import fill, table_rows
from tests.helpers.vaults import PASSPHRASE

NEW = "a new passphrase 2"


def test_after_a_passphrase_change_old_fails_new_and_recovery_work(vault, recovery_key):
    vault.change_passphrase(NEW)
    folder = vault.folder
    vault.lock()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, passphrase=PASSPHRASE)
    Vault.unlock(folder, passphrase=NEW).lock()
    with Vault.unlock(folder, recovery_key=recovery_key) as again:
        fresh = NewRecoveryKey()
        again.set_recovery_key(fresh)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock(folder, recovery_key=recovery_key)
    Vault.unlock(folder, recovery_key=fresh.text).lock()
    Vault.unlock(folder, passphrase=NEW).lock()


def test_replace_data_key_reencrypts_everything_and_keeps_the_passphrase(vault, recovery_key):
    fill(vault.journal)
    before = table_rows(vault.journal.db)
    folder = vault.folder
    old_db = (folder / "journal.db").read_bytes()
    seen: list[tuple[int, int]] = []
    fresh = NewRecoveryKey()
    vault.replace_data_key(PASSPHRASE, fresh, lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert table_rows(vault.journal.db) == before  # the same Journal goes on working
    vault.journal.save_draft("after", {"x": 1})
    vault.lock()
    new_db = (folder / "journal.db").read_bytes()
    same_pages = sum(
        old_db[i : i + 4096] == new_db[i : i + 4096] for i in range(0, len(old_db), 4096)
    )
    assert same_pages == 0  # every page re-encrypted
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock(folder, recovery_key=recovery_key)
    with Vault.unlock(folder, passphrase=PASSPHRASE) as opened:
        assert table_rows(opened.journal.db) == {
            **before,
            "draft": table_rows(opened.journal.db)["draft"],
        }
    Vault.unlock(folder, recovery_key=fresh.text).lock()
    assert not list(folder.glob("*.next"))


def test_cancelling_a_key_replacement_changes_nothing(vault, recovery_key):
    fill(vault.journal, 10)
    keys_before = (vault.folder / "keys.json").read_bytes()

    def cancel_midway(done: int, total: int) -> None:
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        vault.replace_data_key(PASSPHRASE, NewRecoveryKey(), cancel_midway)
    assert (vault.folder / "keys.json").read_bytes() == keys_before
    assert not swap.pending_db(vault.folder).exists()
    assert vault.journal.count() == 10
    vault.lock()
    Vault.unlock(vault.folder, recovery_key=recovery_key).lock()


def test_an_interrupted_swap_is_undone_or_completed_on_unlock(vault, recovery_key):
    folder = vault.folder
    fill(vault.journal, 3)
    vault.lock()
    keys_before = keyfile.load(folder)
    # Not committed: a pending database (maybe half written) and a staged key file.
    swap.pending_db(folder).write_bytes(b"half a database")
    swap.stage_keys(folder, keyfile.KeyFile(keys_before.vault_id, []))
    with Vault.unlock(folder, recovery_key=recovery_key) as opened:
        assert opened.journal.count() == 3
    assert keyfile.load(folder) == keys_before
    assert not list(folder.glob("*.next"))


def test_a_save_during_a_key_replacement_says_busy_and_is_not_lost_silently(vault):
    from datetime import UTC, datetime

    from healdesk.core.conflict import Conflict
    from healdesk.vault.errors import VaultBusy

    fill(vault.journal, 5)
    vault.journal.db.execute("PRAGMA busy_timeout = 50")  # the app's saves wait 5 s
    refused = []

    def save_meanwhile(_done: int, _total: int) -> None:
        if not refused:
            with pytest.raises(VaultBusy, match="what you wrote is still here"):
                vault.journal.add_conflict(Conflict(datetime.now(UTC), "written meanwhile"))
            refused.append(True)

    vault.replace_data_key(PASSPHRASE, NewRecoveryKey(), save_meanwhile)
    assert refused and vault.journal.count() == 5
    vault.journal.add_conflict(Conflict(datetime.now(UTC), "saved again"))  # then it works
    assert vault.journal.count() == 6
