"""Nothing readable at rest: every file in the vault folder and the temp folder is scanned for
entry text, and the same scan over a plain sqlite3 control proves the scan can find it."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from healdesk.core.conflict import Conflict

MARKER = "ZEBRA-MARKER-7Q"


def files_containing(folder: Path, needle: bytes) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if path.is_file():
            try:
                if needle in path.read_bytes():
                    hits.append(str(path))
            except OSError:
                continue
    return hits


def needles() -> list[bytes]:
    return [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.lower().encode()]


def write_entries(journal) -> None:
    for i in range(50):
        journal.add_conflict(
            Conflict(
                datetime(2026, 1, 1 + i % 28, tzinfo=UTC),
                f"{MARKER} what happened {i}",
                themes=[f"{MARKER}-theme"],
                person=f"{MARKER}-person",
                private_notes=MARKER,
            )
        )
    journal.save_draft("conflict:new", {"what_happened": MARKER})
    journal.search(MARKER)


def test_control_written_with_plain_sqlite_is_found(tmp_path):
    control = sqlite3.connect(tmp_path / "control.db")
    control.execute("CREATE TABLE t (x TEXT)")
    control.execute("INSERT INTO t VALUES (?)", (MARKER,))
    control.commit()
    control.close()
    assert files_containing(tmp_path, MARKER.encode())


def test_no_entry_text_on_disk_while_unlocked_or_locked(vault, tmp_path, monkeypatch):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    write_entries(vault.journal)
    vault.backup_to(vault.folder / "backups" / "manual.healdesk-backup")
    for needle in needles():
        assert files_containing(vault.folder, needle) == [], "readable while unlocked"
        assert files_containing(temp, needle) == []
    vault.lock()
    for needle in needles():
        assert files_containing(vault.folder, needle) == [], "readable while locked"
        assert files_containing(temp, needle) == []
    assert sorted(p.name for p in vault.folder.iterdir()) == [
        "backups",
        "healdesk.lock",
        "journal.db",
        "keys.json",
        "keys.json.bak",
    ]
