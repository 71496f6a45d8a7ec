"""Stable identity (migration 2): uid, revision history and tombstones kept by the vault itself."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict, Person
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.vault import Vault
from healdesk.vault.stores.identity import TOMBSTONE_DAYS, purge_tombstones
from healdesk.vault.sync.merge_records import read_side
from tests.helpers.make_vault_versions import DATA

KINDS = ("conflict", "repair", "commitment", "check_in", "theme", "person")


def row(journal, table, id_):
    return journal.db.execute(
        f"SELECT uid, revs, updated_at FROM {table} WHERE id = ?", (id_,)
    ).fetchone()


def entry(text="Dishes again", **fields):
    return Conflict(datetime(2026, 3, 1, 20, tzinfo=UTC), text, **fields)


def test_every_new_record_gets_a_random_uid_a_first_revision_and_a_time(journal):
    cid = journal.add_conflict(entry(person="Sam", themes=["Chores"]))
    commitment_id = journal.add_commitment(Commitment("Ask first"))
    journal.add_check_in(commitment_id, CheckIn(datetime.now(UTC), CheckInResult.KEPT))
    journal.add_person(Person("Mum"))
    for table in ("conflict", "commitment", "check_in", "theme", "person"):
        rows = journal.db.execute(f"SELECT uid, revs, updated_at FROM {table}").fetchall()
        assert rows, table
        for uid, revs, updated in rows:
            assert len(uid) == 32 and int(uid, 16) >= 0
            assert len(revs.split()) == 1
            assert datetime.fromisoformat(updated).tzinfo is not None
    other = journal.add_conflict(entry())
    assert row(journal, "conflict", cid)[0] != row(journal, "conflict", other)[0]


def test_a_change_adds_a_revision_and_the_trash_does_not(journal):
    cid = journal.add_conflict(entry())
    uid, revs, _ = row(journal, "conflict", cid)
    changed = journal.get_conflict(cid)
    changed.what_happened = "Dishes, and the bins"
    journal.update_conflict(changed)
    uid2, revs2, _ = row(journal, "conflict", cid)
    assert uid2 == uid and revs2.split()[1:] == revs.split() and len(revs2.split()) == 2
    journal.delete_conflict(cid)
    assert row(journal, "conflict", cid)[1] == revs2  # the trash merges by its own time
    journal.restore_conflict(cid)
    assert len(row(journal, "conflict", cid)[1].split()) == 3  # a restore is an edit


def test_renaming_a_theme_keeps_its_uid_and_adds_a_revision(journal):
    theme = journal.add_theme("Chores")
    uid, revs, _ = row(journal, "theme", theme.id)
    journal.rename_theme("Chores", "Housework")
    assert row(journal, "theme", theme.id)[0] == uid
    assert row(journal, "theme", theme.id)[1].endswith(revs)


def test_a_deletion_leaves_a_tombstone_with_the_history_it_had(journal):
    cid = journal.add_conflict(entry())
    uid, revs, _ = row(journal, "conflict", cid)
    journal.delete_conflict(cid)
    journal.empty_trash()
    kind, tomb_revs = journal.db.execute(
        "SELECT kind, revs FROM tombstone WHERE uid = ?", (uid,)
    ).fetchone()
    assert (kind, tomb_revs) == ("conflict", revs)


def test_old_tombstones_are_purged_after_the_stated_time(journal):
    journal.add_theme("Old")
    journal.delete_theme("Old")
    later = datetime.now(UTC) + timedelta(days=TOMBSTONE_DAYS + 1)
    assert purge_tombstones(journal.db, datetime.now(UTC)) == 0
    assert purge_tombstones(journal.db, later) == 1


def test_a_version_1_journal_gets_uids_from_its_rows_alike_in_every_copy(tmp_path):
    """Two copies that parted before the upgrade still recognise the same entries; the
    migration rewrites no entry (old entries are given their uid when read)."""
    uids = []
    for name in ("a", "b"):
        folder = tmp_path / name
        shutil.copytree(DATA / "vault-v1", folder)
        recovery = (DATA / "vault-v1.recovery-key").read_text().strip()
        with Vault.unlock(folder, recovery_key=recovery) as vault:
            db = vault.journal.db
            for table in ("commitment", "check_in", "theme", "person"):
                missing = db.execute(
                    f"SELECT count(*) FROM {table} WHERE uid IS NULL OR revs = ''"
                    " OR updated_at = ''"
                ).fetchone()[0]
                assert missing == 0, table
            assert db.execute("SELECT count(*) FROM conflict WHERE uid IS NULL").fetchone()[0]
            side = read_side(db)
            uids.append(sorted(side.records["conflict"]) + sorted(side.records["repair"]))
            assert all(r.revs for r in side.records["conflict"].values())
    assert uids[0] == uids[1] and len(set(uids[0])) == len(uids[0]) > 0


def test_an_entry_from_before_the_upgrade_keeps_its_uid_when_changed_or_deleted(tmp_path):
    folder = tmp_path / "old"
    shutil.copytree(DATA / "vault-v1", folder)
    recovery = (DATA / "vault-v1.recovery-key").read_text().strip()
    with Vault.unlock(folder, recovery_key=recovery) as vault:
        journal = vault.journal
        first, second = journal.conflicts()[:2]
        uids = {r.row_id: uid for uid, r in read_side(journal.db).records["conflict"].items()}
        old_revs = read_side(journal.db).records["conflict"][uids[first.id]].revs
        first.what_happened = "changed after the upgrade"
        journal.update_conflict(first)
        changed = read_side(journal.db).records["conflict"][uids[first.id]]
        assert changed.revs[1:] == old_revs
        journal.delete_conflict(second.id)
        journal.empty_trash()
        assert journal.db.execute(
            "SELECT kind FROM tombstone WHERE uid = ?", (uids[second.id],)
        ).fetchone() == ("conflict",)
