"""Merging two copies of one journal written apart: nothing lost, both directions alike, twice
is once, and another journal's or a newer copy is refused with nothing changed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlcipher3

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.vault import Vault
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.safekeeping.restore import Secret
from healdesk.vault.storage.schema import LATEST
from healdesk.vault.stores.store import VaultLocked
from healdesk.vault.sync.merge import NOTHING, describe, merge_copy
from healdesk.vault.sync.merge_plan import BOTH, CHANGED, DELETED, NEW
from healdesk.vault.sync.merge_source import (
    DifferentJournal,
    NewerCopy,
    OlderCopy,
    SameJournal,
    SecretNeeded,
)
from tests.helpers.copies import Clock, copy_vault, journal_state, unlocked
from tests.helpers.vaults import PASSPHRASE


def entry(day: int, text: str, **fields) -> Conflict:
    return Conflict(datetime(2026, 3, day, 20, tzinfo=UTC), text, **fields)


def edit(vault: Vault, conflict_id: int, text: str) -> None:
    changed = vault.journal.get_conflict(conflict_id)
    changed.what_happened = text
    vault.journal.update_conflict(changed)


@pytest.fixture
def apart(vault_folder, recovery_key, tmp_path, monkeypatch):
    """Laptop and desktop: one journal, copied, then written apart. Returns the two folders,
    a frozen copy of each (to merge from) and the row ids of the shared entries."""
    clock = Clock(monkeypatch)
    with unlocked(vault_folder, recovery_key) as vault:
        journal = vault.journal
        ids = {
            "both": journal.add_conflict(entry(1, "Dishes", themes=["Chores"], person="Sam")),
            "gone": journal.add_conflict(entry(2, "Phone at dinner", themes=["Chores"])),
            "trash": journal.add_conflict(entry(3, "Late again")),
        }
        promise = journal.add_commitment(Commitment("Ask before plans"))
    laptop = copy_vault(vault_folder, tmp_path / "laptop")
    desktop = copy_vault(vault_folder, tmp_path / "desktop")
    with unlocked(laptop, recovery_key) as vault:
        vault.journal.add_conflict(entry(10, "Written on the laptop", themes=["Work"]))
        edit(vault, ids["both"], "Dishes, as the laptop tells it")
        vault.journal.delete_conflict(ids["gone"])
        vault.journal.delete_conflict(ids["trash"])
        vault.journal.add_check_in(promise, CheckIn(clock.now(), CheckInResult.KEPT))
    with unlocked(desktop, recovery_key) as vault:
        vault.journal.add_conflict(entry(11, "Written on the desktop", themes=["Work"]))
        edit(vault, ids["both"], "Dishes, as the desktop tells it")  # later: it wins
        edit(vault, ids["gone"], "Phone at dinner, and what I understood after")
        vault.journal.rename_theme("Chores", "Housework")
    frozen = {
        "laptop": copy_vault(laptop, tmp_path / "laptop-copy"),
        "desktop": copy_vault(desktop, tmp_path / "desktop-copy"),
    }
    return laptop, desktop, frozen, ids


def test_copies_merged_both_ways_give_the_same_journal_with_nothing_lost(apart, recovery_key):
    laptop, desktop, frozen, ids = apart
    with unlocked(laptop, recovery_key) as vault:
        plan = merge_copy(vault, frozen["desktop"])
        assert {c.action for c in plan.changes} >= {NEW, CHANGED, BOTH}
        journal = vault.journal
        texts = {c.what_happened for c in journal.conflicts()}
        assert {"Written on the laptop", "Written on the desktop"} <= texts
        assert journal.get_conflict(ids["both"]).what_happened == "Dishes, as the desktop tells it"
        (note,) = journal.merge_notes(ids["both"])
        assert note.text("what_happened") == "Dishes, as the laptop tells it"
        kept = journal.get_conflict(ids["gone"])  # edited after it was deleted: the edit wins
        assert kept.what_happened.endswith("what I understood after")
        assert kept.themes == ["Housework"]  # the rename followed the theme
        assert [s.id for s in journal.trashed()] == [ids["trash"]]  # unchanged: trash wins
        assert len(journal.commitments()[0].check_ins) == 1
        assert [t.name for t in journal.themes()] == ["Housework", "Work"]
        on_laptop = journal_state(vault)
    with unlocked(desktop, recovery_key) as vault:
        merge_copy(vault, frozen["laptop"])
        assert journal_state(vault) == on_laptop


def test_merging_twice_changes_nothing(apart, recovery_key):
    laptop, _, frozen, _ = apart
    with unlocked(laptop, recovery_key) as vault:
        merge_copy(vault, frozen["desktop"])
        before = journal_state(vault)
        again = merge_copy(vault, frozen["desktop"])
        assert again.empty and describe(again) == [NOTHING]
        assert journal_state(vault) == before


def test_a_merged_copy_merged_back_changes_nothing_more(apart, recovery_key, tmp_path):
    laptop, desktop, frozen, _ = apart
    with unlocked(laptop, recovery_key) as vault:
        merge_copy(vault, frozen["desktop"])
    with unlocked(desktop, recovery_key) as vault:
        merge_copy(vault, copy_vault(laptop, tmp_path / "merged-laptop"))
        state = journal_state(vault)
    with unlocked(laptop, recovery_key) as vault:
        assert merge_copy(vault, copy_vault(desktop, tmp_path / "merged-desktop")).empty
        assert journal_state(vault) == state


def test_a_deletion_wins_over_an_unchanged_entry_but_not_over_an_edit(
    vault_folder, recovery_key, tmp_path, monkeypatch
):
    Clock(monkeypatch)
    with unlocked(vault_folder, recovery_key) as vault:
        plain = vault.journal.add_conflict(entry(1, "Left alone elsewhere"))
        edited = vault.journal.add_conflict(entry(2, "Edited elsewhere"))
    other = copy_vault(vault_folder, tmp_path / "other")
    with unlocked(other, recovery_key) as vault:
        edit(vault, edited, "Edited elsewhere, with more")
    with unlocked(vault_folder, recovery_key) as vault:
        for conflict_id in (plain, edited):
            vault.journal.delete_conflict(conflict_id)
        vault.journal.empty_trash()
        plan = merge_copy(vault, other)
        assert [(c.action, c.record.fields["body"].count("with more")) for c in plan.changes] == [
            (NEW, 1)
        ]
        assert [c.what_happened for c in vault.journal.conflicts()] == [
            "Edited elsewhere, with more"
        ]
    with unlocked(other, recovery_key) as vault:
        plan = merge_copy(vault, copy_vault(vault_folder, tmp_path / "back"))
        assert [c.action for c in plan.changes] == [DELETED]
        assert [c.what_happened for c in vault.journal.conflicts()] == [
            "Edited elsewhere, with more"
        ]


def test_a_theme_made_on_both_computers_under_one_name_becomes_one(
    vault_folder, recovery_key, tmp_path
):
    other = copy_vault(vault_folder, tmp_path / "other")
    for folder in (vault_folder, other):
        with unlocked(folder, recovery_key) as vault:
            vault.journal.add_conflict(entry(5, f"Written in {folder.name}", themes=["Money"]))
    frozen = copy_vault(vault_folder, tmp_path / "frozen")
    with unlocked(vault_folder, recovery_key) as vault:
        merge_copy(vault, other)
        assert [t.name for t in vault.journal.themes()] == ["Money"]
        assert vault.journal.theme_usage() == {"Money": 2}
        state = journal_state(vault)
        assert merge_copy(vault, other).empty
    with unlocked(other, recovery_key) as vault:
        merge_copy(vault, frozen)
        assert journal_state(vault) == state


def on_disk(folder) -> dict[str, bytes]:
    """The journal's files as they are, WAL included (read while it is open)."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("journal.db*"))}


def test_another_journals_copy_is_refused_and_nothing_changes(vault, tmp_path):
    stranger, _ = Vault.create(tmp_path / "stranger", PASSPHRASE)
    stranger.journal.add_conflict(entry(1, "Not this journal"))
    stranger.lock()
    vault.journal.add_conflict(entry(2, "This journal"))
    before = on_disk(vault.folder)
    with pytest.raises(DifferentJournal, match="different journal"):
        merge_copy(vault, tmp_path / "stranger")
    with pytest.raises(DifferentJournal):
        merge_copy(vault, tmp_path / "stranger" / "journal.db")  # a bare copy of its database
    with pytest.raises(SameJournal):
        merge_copy(vault, vault.folder)
    assert on_disk(vault.folder) == before


def test_a_copy_from_a_newer_healdesk_is_refused_and_nothing_changes(
    vault_folder, recovery_key, tmp_path
):
    newer = copy_vault(vault_folder, tmp_path / "newer")
    with unlocked(newer, recovery_key) as vault:
        vault.journal.add_conflict(entry(1, "From the future"))
        vault.journal.db.execute(f"PRAGMA user_version = {LATEST + 1}")
    with unlocked(vault_folder, recovery_key) as vault:
        before = on_disk(vault_folder)
        with pytest.raises(NewerCopy, match="newer HealDesk"):
            merge_copy(vault, newer)
        assert on_disk(vault_folder) == before
        assert vault.journal.count() == 0


def test_a_backup_and_a_copy_from_before_the_upgrade_merge(vault_folder, recovery_key, tmp_path):
    with unlocked(vault_folder, recovery_key) as vault:
        vault.journal.add_conflict(entry(1, "Before the backup"))
        vault.backup_to(tmp_path / "backup.healdesk-backup")
        vault.journal.add_conflict(entry(2, "After the backup"))
        assert merge_copy(vault, tmp_path / "backup.healdesk-backup").empty
        vault.journal.delete_conflict(1)
        vault.journal.empty_trash()
        assert [
            c.action for c in merge_copy(vault, tmp_path / "backup.healdesk-backup").changes
        ] == []


def test_a_copy_whose_key_was_replaced_is_opened_with_its_own_passphrase(
    vault_folder, recovery_key, tmp_path
):
    other = copy_vault(vault_folder, tmp_path / "other")
    with unlocked(other, recovery_key) as vault:
        vault.journal.add_conflict(entry(1, "Written after a key change"))
        vault.replace_data_key(PASSPHRASE, NewRecoveryKey())
    with unlocked(vault_folder, recovery_key) as vault:
        with pytest.raises(SecretNeeded):
            merge_copy(vault, other)
        merge_copy(vault, other, Secret(passphrase=PASSPHRASE))
        assert [c.what_happened for c in vault.journal.conflicts()] == [
            "Written after a key change"
        ]


def test_a_copy_from_before_the_upgrade_is_refused_with_what_to_do(tmp_path):
    """A copy written by an older format is not merged (nothing changes on either side); the
    sentence says to open it once with this version first."""
    from tests.helpers.make_vault_versions import DATA

    folder = copy_vault(DATA / "vault-v1", tmp_path / "here")
    old_copy = tmp_path / "here" / "journal.sync-conflict-20261201-140233-ABCDEFG.db"
    old_copy.write_bytes((DATA / "vault-v1" / "journal.db").read_bytes())
    recovery = (DATA / "vault-v1.recovery-key").read_text().strip()
    with unlocked(folder, recovery) as vault:
        count = vault.journal.count()
        with pytest.raises(OlderCopy, match="Open that copy once"):
            merge_copy(vault, old_copy)
        assert vault.journal.count() == count
    assert old_copy.read_bytes() == (DATA / "vault-v1" / "journal.db").read_bytes()


def test_a_copy_opens_with_the_vaults_own_key_only_while_unlocked(vault, tmp_path):
    copy = copy_vault(vault.folder, tmp_path / "copy")
    memory = sqlcipher3.connect(":memory:")
    try:
        assert vault.attach_copy(memory, copy / "journal.db", "other")
        tables = {row[0] for row in memory.execute("SELECT name FROM other.sqlite_master")}
        assert "conflict" in tables
        vault.lock()
        with pytest.raises(VaultLocked):
            vault.attach_copy(memory, copy / "journal.db", "later")
    finally:
        memory.close()
