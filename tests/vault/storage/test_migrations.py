"""Every past schema version's committed sample vault opens with today's code, content intact;
a pending migration is preceded by a verified backup, and a failing one changes nothing."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest

from healdesk.vault import Vault
from healdesk.vault.safekeeping.restore import Secret, inspect_backup
from healdesk.vault.storage import schema
from healdesk.vault.storage.database import DatabaseError
from healdesk.vault.storage.layout import BACKUP_FOLDER
from healdesk.vault.storage.schema import LATEST, MIGRATIONS
from tests.helpers.make_vault_versions import DATA, ENTRIES, PASSPHRASE

VERSIONS = sorted(int(p.name.removeprefix("vault-v")) for p in DATA.glob("vault-v*") if p.is_dir())


def sample(version: int, tmp_path) -> tuple:
    folder = tmp_path / f"v{version}"
    shutil.copytree(DATA / f"vault-v{version}", folder)
    return folder, (DATA / f"vault-v{version}.recovery-key").read_text().strip()


def test_there_is_a_sample_of_every_version_up_to_the_current_one():
    assert list(range(1, LATEST + 1)) == VERSIONS


@pytest.mark.parametrize("version", VERSIONS)
def test_each_sample_vault_opens_with_its_content(version, tmp_path):
    folder, recovery_key = sample(version, tmp_path)
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        journal = vault.journal
        assert journal.db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert journal.count() == ENTRIES
        first = journal.conflicts()[0]
        assert first.what_happened.startswith("zebra-marker-4417 0: the dishes again, «тихо» 🍽")
        assert (first.person, first.intensity, first.settled, first.themes) == (
            "Sam",
            0,
            1,
            ["Chores"],
        )
        assert first.happened_at == datetime(2025, 1, 1, 20, 30, tzinfo=UTC)
        assert [r.title for r in journal.repairs()] == ["After the dishes"]
        assert journal.load_draft("new-conflict") == {"what_happened": "unsaved zebra-marker-4417"}
        assert len(journal.search("dishes", limit=None)) == ENTRIES + 1  # and the repair
    Vault.unlock(folder, passphrase=PASSPHRASE).lock()


def test_a_pending_migration_is_preceded_by_a_verified_backup(tmp_path, monkeypatch):
    folder, recovery_key = sample(VERSIONS[-1], tmp_path)
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, "CREATE TABLE test_only (x);"))
    monkeypatch.setattr(schema, "LATEST", LATEST + 1)
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        assert vault.journal.db.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1
        assert vault.journal.count() == ENTRIES
    (backup,) = (folder / BACKUP_FOLDER).glob(f"before-format-{LATEST}-to-{LATEST + 1}-*")
    summary = inspect_backup(backup, Secret(recovery_key=recovery_key))
    assert (summary.format_version, summary.entries) == (LATEST, ENTRIES)


def test_a_failing_migration_leaves_the_vault_at_its_version_with_a_backup(tmp_path, monkeypatch):
    folder, recovery_key = sample(VERSIONS[-1], tmp_path)
    broken = "CREATE TABLE test_only (x); INSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(schema, "MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST", LATEST + 1)
    with pytest.raises(DatabaseError):
        Vault.unlock(folder, recovery_key=recovery_key)
    assert len(list((folder / BACKUP_FOLDER).glob("before-format-*"))) == 1
    monkeypatch.undo()
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        db = vault.journal.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'test_only'").fetchone()
        assert vault.journal.count() == ENTRIES
