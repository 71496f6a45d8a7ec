"""The headless `healdesk` command, run as a real process on real vaults."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from tests.helpers.cli import assert_one_line_error, healdesk, run_without_qt
from tests.helpers.vaults import PASSPHRASE


def test_init_reads_the_first_stdin_line_and_prints_the_recovery_key(tmp_path):
    result = healdesk(
        "init", "--data-dir", str(tmp_path / "v"), stdin="a fine passphrase\nignored\n"
    )
    assert result.returncode == 0, result.stderr
    key = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 7)
    Vault.unlock(tmp_path / "v", recovery_key=key).lock()
    Vault.unlock(tmp_path / "v", passphrase="a fine passphrase").lock()


def test_init_refuses_short_passphrases_and_existing_vaults(tmp_path, vault_folder):
    assert_one_line_error(
        healdesk("init", "--data-dir", str(tmp_path / "v"), stdin="short\n"), "at least"
    )
    assert not (tmp_path / "v" / "keys.json").exists()
    assert_one_line_error(
        healdesk("--data-dir", str(vault_folder), "init", stdin="whatever123\n"), "already exists"
    )


def test_data_dir_and_passphrase_file_work_before_and_after_the_command(vault, tmp_path):
    vault.journal.add_conflict(
        Conflict(datetime(2026, 2, 1, 18, 0, tzinfo=UTC), "Dinner plans 🍝", themes=["Plans"])
    )
    folder = vault.folder
    vault.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nsecond line is ignored\n")
    before = healdesk(
        "--data-dir", str(folder), "--passphrase-file", str(secret), "search", "dinner"
    )
    after = healdesk(
        "search", "dinner", "--data-dir", str(folder), "--passphrase-file", str(secret)
    )
    by_env = healdesk(
        "search", "dinner", stdin=PASSPHRASE + "\n", env={"HEALDESK_DATA_DIR": str(folder)}
    )
    for result in (before, after, by_env):
        assert result.returncode == 0, result.stderr
        assert "2026-02-01 18:00  [Plans]" in result.stdout and "«Dinner» plans 🍝" in result.stdout


def test_search_json(vault):
    conflict_id = vault.journal.add_conflict(
        Conflict(datetime(2026, 2, 1, tzinfo=UTC), "<b>bold</b> claim", themes=["Money"])
    )
    vault.lock()
    result = healdesk("search", "bold", "--json", "--data-dir", str(vault.folder), stdin=PASSPHRASE)
    hits = json.loads(result.stdout)
    assert hits == [
        {
            "kind": "conflict",
            "id": conflict_id,
            "when": "2026-02-01T00:00:00+00:00",
            "themes": ["Money"],
            "snippet": "<b>bold</b> claim",
        }
    ]


@pytest.mark.parametrize(
    "setup, message",
    [
        ("wrong", "does not open"),
        ("missing", "There is no HealDesk journal"),
        ("foreign", "not a HealDesk journal"),
        ("newer", "newer HealDesk"),
        ("keys", "key file is damaged"),
    ],
)
def test_user_mistakes_are_one_line_errors(vault_folder, tmp_path, setup, message):
    folder, stdin = vault_folder, PASSPHRASE + "\n"
    if setup == "wrong":
        stdin = "not it\n"
    elif setup == "missing":
        folder = tmp_path / "nowhere"
    elif setup == "foreign":
        (folder / "journal.db").write_bytes(b"hello" * 1000)
    elif setup == "newer":
        with Vault.unlock(folder, passphrase=PASSPHRASE) as vault:
            vault.journal.db.execute("PRAGMA user_version = 42")
    elif setup == "keys":
        (folder / "keys.json").write_text("{}")
        (folder / "keys.json.bak").write_text("")
    assert_one_line_error(healdesk("verify", "--data-dir", str(folder), stdin=stdin), message)


def test_missing_passphrase_file_is_a_clear_error(vault_folder, tmp_path):
    result = healdesk(
        "search",
        "x",
        "--data-dir",
        str(vault_folder),
        "--passphrase-file",
        str(tmp_path / "nope.txt"),
    )
    assert_one_line_error(result, "cannot read the passphrase file")


def test_verify_reports_plainly(vault_folder):
    result = healdesk("verify", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "ok    encryption: every page authenticates" in result.stdout
    assert result.stdout.strip().endswith("The journal is intact.")


def test_verify_notices_a_damaged_spare_key_file(vault_folder):
    (vault_folder / "keys.json.bak").write_text("not json")
    result = healdesk("verify", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
    assert result.returncode == 2 and "FAIL  spare key file: damaged" in result.stdout


def test_passwd_with_old_passphrase_then_with_recovery_key(vault_folder, recovery_key, tmp_path):
    result = healdesk(
        "passwd", "--data-dir", str(vault_folder), stdin=f"{PASSPHRASE}\nsecond passphrase\n"
    )
    assert result.returncode == 0, result.stderr
    Vault.unlock(vault_folder, passphrase="second passphrase").lock()
    new_file = tmp_path / "new.txt"
    new_file.write_text("third passphrase\n")
    result = healdesk(
        "passwd",
        "--recovery-key",
        "--new-passphrase-file",
        str(new_file),
        "--data-dir",
        str(vault_folder),
        stdin=recovery_key + "\n",
    )
    assert result.returncode == 0, result.stderr
    Vault.unlock(vault_folder, passphrase="third passphrase").lock()
    assert_one_line_error(
        healdesk("passwd", "--data-dir", str(vault_folder), stdin=f"{PASSPHRASE}\nwhatever123\n"),
        "does not open",
    )


def test_headless_commands_never_import_qt(vault_folder):
    run_without_qt("verify", "--data-dir", str(vault_folder), stdin=PASSPHRASE)
