"""Health checks of a vault: key file copies, SQLCipher page authentication, SQLite structure,
schema version and the search index. Read-only: verifying never changes a file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from healdesk.vault import database, keyfile
from healdesk.vault.schema import LATEST


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str


def key_file_checks(folder: Path) -> list[Check]:
    checks = []
    for name, label in ((keyfile.PRIMARY, "key file"), (keyfile.SPARE, "spare key file")):
        try:
            loaded = keyfile.KeyFile.decode((folder / name).read_bytes())
            kinds = ", ".join(sorted(s.kind for s in loaded.slots))
            checks.append(Check(label, True, f"intact ({kinds})"))
        except FileNotFoundError:
            checks.append(Check(label, False, "missing"))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            checks.append(Check(label, False, "damaged"))
    return checks


def database_checks(connection: database.Connection) -> list[Check]:
    checks = []
    try:
        problems = [row[0] for row in connection.execute("PRAGMA cipher_integrity_check")]
    except database.DatabaseError as error:
        problems = [str(error)]
    checks.append(
        Check(
            "encryption",
            not problems,
            "every page authenticates" if not problems else _pages(problems),
        )
    )
    try:
        result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    except database.DatabaseError as error:
        result = [str(error)]
    ok = result == ["ok"]
    checks.append(
        Check("structure", ok, "ok" if ok else f"{len(result)} problem(s), first: {result[0]}")
    )
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    checks.append(
        Check("format", version == LATEST, f"version {version} (this HealDesk: {LATEST})")
    )
    for table, label in (
        ("conflict_search", "entry search index"),
        ("repair_search", "repair search index"),
    ):
        try:
            connection.execute(f"INSERT INTO {table} ({table}) VALUES ('integrity-check')")
            checks.append(Check(label, True, "ok"))
        except database.DatabaseError:
            checks.append(
                Check(label, False, "out of step with the entries (rebuild it with salvage)")
            )
    return checks


def _pages(problems: list[str]) -> str:
    return f"{len(problems)} damaged page(s): " + "; ".join(problems[:3])
