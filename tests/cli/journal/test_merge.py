"""`healdesk merge`: the plan first, then one merge; conflict copies found in the vault folder,
merged and moved to merged/; another journal refused in one line with nothing changed."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from tests.helpers.cli import assert_one_line_error, healdesk
from tests.helpers.copies import copy_vault, unlocked
from tests.helpers.journal_data import table_rows
from tests.helpers.vaults import PASSPHRASE

SYNCTHING = "journal.sync-conflict-20261201-140233-ABCDEFG.db"
NEXTCLOUD = "journal (conflicted copy 2026-12-01 140233).db"


def write(folder, recovery_key, *texts: str) -> None:
    with unlocked(folder, recovery_key) as vault:
        for day, text in enumerate(texts, start=1):
            vault.journal.add_conflict(Conflict(datetime(2026, 4, day, tzinfo=UTC), text))


def texts(folder, recovery_key) -> list[str]:
    with unlocked(folder, recovery_key) as vault:
        return sorted(c.what_happened for c in vault.journal.conflicts())


def rows(folder, recovery_key) -> dict:
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        return table_rows(vault.journal.db)


def merge(folder, *args: str):
    return healdesk("merge", "--data-dir", str(folder), *args, stdin=PASSPHRASE + "\n")


def test_dry_run_shows_the_plan_and_changes_nothing_then_merge_merges(
    vault_folder, recovery_key, tmp_path
):
    other = copy_vault(vault_folder, tmp_path / "other")
    write(other, recovery_key, "Written on the other computer")
    result = merge(vault_folder, str(other), "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "New from the other copy: 1 entry." in result.stdout
    assert "Nothing was changed (dry run)." in result.stdout
    assert texts(vault_folder, recovery_key) == []
    result = merge(vault_folder, str(other))
    assert result.returncode == 0, result.stderr
    assert "Merged." in result.stdout
    assert texts(vault_folder, recovery_key) == ["Written on the other computer"]
    again = merge(vault_folder, str(other))
    assert "Nothing to merge" in again.stdout and "Merged." not in again.stdout


def test_conflict_copies_in_the_vault_folder_are_merged_and_put_away(
    vault_folder, recovery_key, tmp_path
):
    for name, text in ((SYNCTHING, "From Syncthing's copy"), (NEXTCLOUD, "From Nextcloud's")):
        other = copy_vault(vault_folder, tmp_path / name)
        write(other, recovery_key, text)
        shutil.copy(other / "journal.db", vault_folder / name)
    write(vault_folder, recovery_key, "Written here")
    result = merge(vault_folder)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Merged; the copy was moved to") == 2
    assert texts(vault_folder, recovery_key) == [
        "From Nextcloud's",
        "From Syncthing's copy",
        "Written here",
    ]
    assert sorted(p.name for p in (vault_folder / "merged").iterdir()) == sorted(
        [SYNCTHING, NEXTCLOUD]
    )
    assert not list(vault_folder.glob("journal*conflict*"))
    assert "no conflict copies" in merge(vault_folder).stdout


def test_another_journal_is_refused_in_one_sentence_and_nothing_changes(
    vault_folder, recovery_key, tmp_path
):
    stranger, _ = Vault.create(tmp_path / "stranger", PASSPHRASE)
    stranger.lock()
    write(vault_folder, recovery_key, "Mine")
    before = rows(vault_folder, recovery_key)
    assert_one_line_error(merge(vault_folder, str(tmp_path / "stranger")), "different journal")
    assert rows(vault_folder, recovery_key) == before  # the unlock history aside
    assert_one_line_error(merge(vault_folder, str(tmp_path / "nothing-here")), "is not a HealDesk")
