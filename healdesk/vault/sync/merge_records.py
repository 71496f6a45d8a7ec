"""One copy of a journal as merging sees it: every record by uid, with references as uids.

Read in one pass per kind over a connection (the vault's own, or an in-memory copy of the
other), so two copies can be compared without either knowing the other's row ids.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from healdesk.vault.storage.database import Connection
from healdesk.vault.stores.identity import KINDS, revs_sql, uid_sql
from healdesk.vault.sync.merge_care import CareSide, read_care


@dataclass(slots=True)
class Record:
    """One record of one copy. `fields` is what it says (references to other records are
    uids); `revs` its revision history, newest first; `row_id` its id in that copy."""

    kind: str
    uid: str
    revs: tuple[str, ...]
    updated_at: str
    fields: dict[str, Any]
    row_id: int
    trashed_at: str | None = None

    @property
    def head(self) -> str:
        return self.revs[0] if self.revs else ""


@dataclass(slots=True)
class Tombstone:
    uid: str
    kind: str
    deleted_at: str
    revs: tuple[str, ...]


@dataclass(slots=True)
class Side:
    """Every record of one copy, by kind and uid, with its tombstones and merge notes, and
    its care data (merge_care)."""

    records: dict[str, dict[str, Record]] = field(default_factory=dict)
    tombstones: dict[str, Tombstone] = field(default_factory=dict)
    notes: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    care: CareSide = field(default_factory=CareSide)

    def names(self, kind: str) -> dict[str, str]:
        """uid -> name of every theme or person."""
        return {uid: r.fields["name"] for uid, r in self.records.get(kind, {}).items()}


#: kind -> SELECT giving id, uid, revs, updated_at, then the fields named in FIELDS.
_QUERIES = {
    "theme": "SELECT t.id, t.uid, t.revs, t.updated_at, t.name, t.colour FROM theme t",
    "person": "SELECT p.id, p.uid, p.revs, p.updated_at, p.name, p.role FROM person p",
    "conflict": f"SELECT c.id, {uid_sql('conflict', 'c')}, {revs_sql('conflict', 'c')},"
    " c.updated_at, c.happened_utc, c.happened_at,"
    " p.uid, c.intensity, c.settled, c.body, c.created_at, c.trashed_at"
    " FROM conflict c LEFT JOIN person p ON p.id = c.person_id",
    "repair": f"SELECT r.id, {uid_sql('repair', 'r')}, {revs_sql('repair', 'r')},"
    " r.updated_at, r.template_id, r.template_version,"
    " r.title, r.snapshot, r.answers, r.status, r.created_utc, r.created_at, r.talked_at"
    " FROM repair r",
    "commitment": f"SELECT k.id, k.uid, k.revs, k.updated_at, {uid_sql('repair', 'r')}, k.text, k.due,"
    " k.created_at FROM commitment k LEFT JOIN repair r ON r.id = k.repair_id",
    "check_in": "SELECT i.id, i.uid, i.revs, i.updated_at, k.uid, i.at, i.result, i.note"
    " FROM check_in i JOIN commitment k ON k.id = i.commitment_id",
}

#: kind -> the names of the fields its query gives after id, uid, revs, updated_at.
FIELDS = {
    "theme": ("name", "colour"),
    "person": ("name", "role"),
    "conflict": (
        "happened_utc",
        "happened_at",
        "person",
        "intensity",
        "settled",
        "body",
        "created_at",
        "trashed_at",
    ),
    "repair": (
        "template_id",
        "template_version",
        "title",
        "snapshot",
        "answers",
        "status",
        "created_utc",
        "created_at",
        "talked_at",
    ),
    "commitment": ("repair", "text", "due", "created_at"),
    "check_in": ("commitment", "at", "result", "note"),
}


def read_side(db: Connection) -> Side:
    side = Side()
    for kind in KINDS:
        records = {}
        for id_, uid, revs, updated, *values in db.execute(_QUERIES[kind]):
            fields = dict(zip(FIELDS[kind], values, strict=True))
            trashed = fields.pop("trashed_at", None)
            records[uid] = Record(kind, uid, tuple(revs.split()), updated, fields, id_, trashed)
        side.records[kind] = records
    _read_links(db, side)
    for uid, kind, deleted_at, revs in db.execute(
        "SELECT uid, kind, deleted_at, revs FROM tombstone"
    ):
        side.tombstones[uid] = Tombstone(uid, kind, deleted_at, tuple(revs.split()))
    for row in db.execute(
        "SELECT uid, kind, record_uid, version_at, noted_at, body FROM merge_note"
    ):
        side.notes[row[0]] = tuple(row)
    side.care = read_care(db)
    return side


def _read_links(db: Connection, side: Side) -> None:
    """Themes and behaviours of each conflict (in order) and the conflicts of each repair."""
    conflicts = side.records["conflict"]
    by_id = {r.row_id: r for r in conflicts.values()}
    lists: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"themes": [], "my_part": []})
    for conflict_id, theme_uid in db.execute(
        "SELECT x.conflict_id, t.uid FROM conflict_theme x JOIN theme t ON t.id = x.theme_id"
        " ORDER BY x.conflict_id, x.position"
    ):
        lists[conflict_id]["themes"].append(theme_uid)
    for conflict_id, behaviour in db.execute(
        "SELECT conflict_id, behaviour FROM conflict_behaviour ORDER BY conflict_id, position"
    ):
        lists[conflict_id]["my_part"].append(behaviour)
    for id_, record in by_id.items():
        record.fields.update(lists.get(id_, {"themes": [], "my_part": []}))
    linked: dict[int, list[str]] = defaultdict(list)
    for repair_id, conflict_uid in db.execute(
        f"SELECT x.repair_id, {uid_sql('conflict', 'c')} FROM repair_conflict x"
        " JOIN conflict c ON c.id = x.conflict_id"
    ):
        linked[repair_id].append(conflict_uid)
    for record in side.records["repair"].values():
        record.fields["conflicts"] = sorted(linked.get(record.row_id, []))


def note_body(record: Record, side: Side) -> str:
    """The losing version of a record as a merge note keeps it: its fields, with theme and
    person names beside their uids so it can be shown even if they change later."""
    fields = dict(record.fields)
    if record.kind == "conflict":
        themes, people = side.names("theme"), side.names("person")
        fields["theme_names"] = [themes.get(uid, "") for uid in fields["themes"]]
        fields["person_name"] = people.get(fields["person"] or "", None)
        fields["trashed_at"] = record.trashed_at
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
