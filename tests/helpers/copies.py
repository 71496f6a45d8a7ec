"""Two copies of one vault written apart, a clock that orders their changes, and a journal's
content in a form two copies can be compared by (uids, names, text; no row ids)."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from healdesk.vault import Vault
from healdesk.vault.stores import conflicts, labels, repairs
from healdesk.vault.sync.merge_records import read_side


class Clock:
    """Every save asks this clock for the time: one minute later each time, so which of two
    changes is newer never depends on how fast the machine is."""

    def __init__(self, monkeypatch) -> None:
        self._ticks = itertools.count()
        for module in (conflicts, labels, repairs):
            monkeypatch.setattr(module, "now_utc", self.now)

    def now(self) -> datetime:
        return datetime(2026, 6, 1, tzinfo=UTC) + timedelta(minutes=next(self._ticks))


def copy_vault(folder: Path, to: Path) -> Path:
    shutil.copytree(folder, to, ignore=shutil.ignore_patterns("healdesk.lock"))
    return to


@contextmanager
def unlocked(folder: Path, recovery_key: str) -> Iterator[Vault]:
    vault = Vault.unlock(folder, recovery_key=recovery_key)
    try:
        yield vault
    finally:
        vault.lock()


def journal_state(vault: Vault) -> dict:
    """Everything the journal says, by uid, with references as names: equal for two copies
    exactly when they hold the same journal."""
    side = read_side(vault.journal.db)
    names = {kind: side.names(kind) for kind in ("theme", "person")}
    state: dict = {}
    for kind, records in side.records.items():
        rows = {}
        for uid, record in records.items():
            fields = dict(record.fields)
            if kind == "conflict":
                fields["themes"] = [names["theme"][t] for t in fields["themes"]]
                fields["person"] = names["person"].get(fields["person"])
                fields["trashed"] = record.trashed_at is not None
            rows[uid] = json.dumps(fields, sort_keys=True)
        state[kind] = rows
    state["notes"] = sorted((row[1], row[2], row[5]) for row in side.notes.values())
    return state
