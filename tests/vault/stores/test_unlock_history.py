"""Unlock history on real SQLCipher vaults: failed attempts wait beside the locked vault as
times only, move inside at the next unlock, and are shown once."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from healdesk.vault import Vault
from healdesk.vault.errors import WrongPassphrase, WrongRecoveryKey
from healdesk.vault.storage import layout
from healdesk.vault.stores.unlock_history import MAX_FILE_TIMES, failed_times, record_failure
from tests.helpers.cli import healdesk
from tests.helpers.vaults import PASSPHRASE


def fail(folder, **secret) -> None:
    error = WrongRecoveryKey if "recovery_key" in secret else WrongPassphrase
    with pytest.raises(error):
        Vault.unlock(folder, **secret)


def test_three_wrong_passphrases_then_the_right_one(vault_folder):
    for guess in ("guess one", "guess two", "guess three"):
        fail(vault_folder, passphrase=guess)
    assert len(failed_times(vault_folder)) == 3
    with Vault.unlock(vault_folder, passphrase=PASSPHRASE) as vault:
        journal = vault.journal
        assert len(journal.unseen_failures()) == 3
        events = journal.unlock_events()
        assert [e.opened for e in events] == [True, False, False, False]
        assert not layout.unlock_attempts(vault_folder).exists()


def test_a_wrong_recovery_key_counts_too(vault_folder, recovery_key):
    fail(vault_folder, recovery_key="AAAA-BBBB-CCCC")
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 1


def test_shown_once_then_only_new_attempts(vault_folder, recovery_key):
    fail(vault_folder, passphrase="a guess")
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 1
        vault.journal.mark_unlocks_seen()
        assert vault.journal.unseen_failures() == []
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.unseen_failures() == []
        assert vault.journal.previous_opening() is not None
    fail(vault_folder, passphrase="another guess")
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 1
        opened = [e for e in vault.journal.unlock_events() if e.opened]
        assert len(opened) == 3


def test_while_locked_the_folder_shows_the_times_and_nothing_else(vault_folder, recovery_key):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.journal.save_safety_plan({"people": "ZEBRA-MARKER-7Q"})
    fail(vault_folder, passphrase="a guess")
    fail(vault_folder, passphrase="ZEBRA-MARKER-7Q")
    raw = json.loads(layout.unlock_attempts(vault_folder).read_bytes())
    assert list(raw) == ["failed"] and len(raw["failed"]) == 2
    for item in raw["failed"]:
        assert datetime.fromisoformat(item).tzinfo is not None
    for path in vault_folder.rglob("*"):
        if path.is_file():
            assert b"ZEBRA" not in path.read_bytes(), path
            assert b"a guess" not in path.read_bytes(), path
    if hasattr(layout.unlock_attempts(vault_folder).stat(), "st_mode"):
        assert layout.unlock_attempts(vault_folder).stat().st_mode & 0o077 == 0
    # Once inside, the times are encrypted like everything else.
    stamps = [item.encode() for item in raw["failed"]]
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()
    for path in vault_folder.rglob("*"):
        if path.is_file():
            assert not any(s in path.read_bytes() for s in stamps), path


def test_a_file_seen_before_is_not_counted_twice(vault_folder, recovery_key, tmp_path):
    fail(vault_folder, passphrase="a guess")
    kept = tmp_path / "left-behind.json"
    shutil.copy(layout.unlock_attempts(vault_folder), kept)
    Vault.unlock(vault_folder, recovery_key=recovery_key).lock()
    shutil.copy(kept, layout.unlock_attempts(vault_folder))  # as if removing it had failed
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        failed = [e for e in vault.journal.unlock_events() if not e.opened]
        assert len(failed) == 1


@pytest.mark.parametrize(
    "content", [b"", b"{not json", b'{"failed": ["yesterday", 7, null]}', b"[]"]
)
def test_a_damaged_attempts_file_never_stops_an_unlock(vault_folder, recovery_key, content):
    layout.unlock_attempts(vault_folder).write_bytes(content)
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.unseen_failures() == []
    assert not layout.unlock_attempts(vault_folder).exists()


def test_the_file_keeps_only_the_newest_attempts(tmp_path):
    for second in range(MAX_FILE_TIMES + 5):
        record_failure(tmp_path, datetime.fromtimestamp(1_800_000_000 + second, UTC))
    times = failed_times(tmp_path)
    assert len(times) == MAX_FILE_TIMES
    assert times[0] == datetime.fromtimestamp(1_800_000_005, UTC)


def test_an_unwritable_folder_still_says_the_passphrase_was_wrong(vault_folder, monkeypatch):
    import healdesk.vault.stores.unlock_history as history

    def refuse(*_args):
        raise PermissionError("read-only")

    monkeypatch.setattr(history, "write_atomically", refuse)
    fail(vault_folder, passphrase="a guess")
    assert not layout.unlock_attempts(vault_folder).exists()


def test_the_command_line_counts_failures(vault_folder, recovery_key, tmp_path):
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    result = healdesk("stats", "--data-dir", str(vault_folder), "--passphrase-file", str(wrong))
    assert result.returncode != 0
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 1


def test_a_journal_that_refuses_the_write_still_opens_and_keeps_the_attempts(
    vault_folder, recovery_key
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        vault.journal.db.execute(
            "CREATE TRIGGER refuse BEFORE INSERT ON unlock_event"
            " BEGIN SELECT RAISE(ABORT, 'the disk said no'); END"
        )
    fail(vault_folder, passphrase="a guess")
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert vault.journal.count() == 0
        vault.journal.db.execute("DROP TRIGGER refuse")
    assert len(failed_times(vault_folder)) == 1
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        assert len(vault.journal.unseen_failures()) == 1
