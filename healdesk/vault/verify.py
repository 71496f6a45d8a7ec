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
    """Each copy intact or not, and which is newer when they differ (a key change that was
    interrupted between the two writes: the next unlock brings the older one up to date)."""
    labels = {keyfile.PRIMARY: "key file", keyfile.SPARE: "spare key file"}
    found = {name: (keys, why) for name, keys, why in keyfile.copies(folder)}
    checks = []
    for name, label in labels.items():
        keys, why = found[name]
        if keys is None:
            checks.append(Check(label, False, why if why == "missing" else f"damaged: {why}"))
            continue
        kinds = ", ".join(sorted(s.kind for s in keys.slots))
        checks.append(Check(label, True, f"intact, generation {keys.generation} ({kinds})"))
    primary, spare = found[keyfile.PRIMARY][0], found[keyfile.SPARE][0]
    if primary and spare and primary.generation != spare.generation:
        newer, older = (
            ("key file", "spare key file")
            if primary.generation > spare.generation
            else ("spare key file", "key file")
        )
        checks.append(
            Check(
                "key file copies",
                False,
                f"the {newer} is newer than the {older}; the next unlock makes them alike",
            )
        )
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
