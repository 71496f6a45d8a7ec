"""Writing a merge plan into the vault: one transaction, so a crash leaves the journal as it
was before the merge or as it is after it, never between.

Records are written with the uid and revision history the plan decided, so the triggers that
add a revision on every change stay quiet and merging again finds nothing to do.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import Repair
from healdesk.vault.storage.database import Connection
from healdesk.vault.stores.conflict_rows import search_text
from healdesk.vault.stores.identity import KINDS
from healdesk.vault.stores.journal import Journal
from healdesk.vault.stores.store import now_utc, to_iso
from healdesk.vault.sync.merge_care import apply_care
from healdesk.vault.sync.merge_plan import Alias, Change, Plan
from healdesk.vault.sync.merge_records import FIELDS, Record, Side

#: field -> the kind of record it refers to and the column holding that record's row id
_REFERENCES = {
    "person": ("person", "person_id"),
    "repair": ("repair", "repair_id"),
    "commitment": ("commitment", "commitment_id"),
}


class _Writer:
    def __init__(self, db: Connection, local: Side, other: Side) -> None:
        self.db = db
        #: kind -> uid -> local row id, kept up to date as rows are added, renamed, deleted
        self.ids = {
            kind: {uid: r.row_id for uid, r in records.items()}
            for kind, records in local.records.items()
        }
        self.names = {
            kind: {**other.names(kind), **local.names(kind)} for kind in ("theme", "person")
        }

    def row_id(self, kind: str, uid: str | None) -> int | None:
        """The local id of the record `uid`; a theme or person unknown by uid is found (or
        made) by name, so an entry never loses one."""
        if uid is None:
            return None
        if uid in self.ids[kind]:
            return self.ids[kind][uid]
        name = self.names.get(kind, {}).get(uid)
        if name is None:
            return None
        row = self.db.execute(f"SELECT id FROM {kind} WHERE name = ?", (name,)).fetchone()
        if row is not None:
            return int(row[0])
        cursor = self.db.execute(f"INSERT INTO {kind} (name) VALUES (?)", (name,))
        self.ids[kind][uid] = int(cursor.lastrowid)  # type: ignore[arg-type]
        return self.ids[kind][uid]

    def alias(self, alias: Alias) -> None:
        table, stamp = alias.kind, to_iso(now_utc())
        gone = self.ids[table].pop(alias.uid, None)
        survivor = self.ids[table].get(alias.survivor)
        if gone is not None and survivor is None:
            self.db.execute(f"UPDATE {table} SET uid = ? WHERE id = ?", (alias.survivor, gone))
            self.ids[table][alias.survivor] = gone
        elif gone is not None and survivor is not None:
            if table == "theme":
                self.db.execute(
                    "UPDATE OR IGNORE conflict_theme SET theme_id = ? WHERE theme_id = ?",
                    (survivor, gone),
                )
                self.db.execute("DELETE FROM conflict_theme WHERE theme_id = ?", (gone,))
            else:
                self.db.execute(
                    "UPDATE conflict SET person_id = ? WHERE person_id = ?", (survivor, gone)
                )
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", (gone,))
            return  # the delete left its tombstone
        self.db.execute(
            "INSERT OR REPLACE INTO tombstone (uid, kind, deleted_at, revs) VALUES (?, ?, ?, ?)",
            (alias.uid, table, stamp, " ".join(alias.revs)),
        )

    def write(self, change: Change) -> None:
        record = change.record
        assert record is not None
        local = change.local
        if local is not None and local.revs == record.revs:  # only the trash moved
            self.db.execute(
                "UPDATE conflict SET trashed_at = ? WHERE id = ?", (record.trashed_at, local.row_id)
            )
            return
        columns, values = self._row(change.kind, record)
        if change.kind == "check_in" and values[3] is None:
            return  # its commitment was deleted here
        row_id = self.ids[change.kind].get(record.uid)
        if row_id is None:
            marks = ", ".join("?" * len(values))
            row_id = self.db.execute(
                f"INSERT INTO {change.kind} ({', '.join(columns)}) VALUES ({marks})", values
            ).lastrowid
            self.ids[change.kind][record.uid] = row_id
        else:
            updates = ", ".join(f"{name} = ?" for name in columns)
            self.db.execute(f"UPDATE {change.kind} SET {updates} WHERE id = ?", (*values, row_id))
        if change.kind == "conflict":
            self._conflict_links(row_id, record)
        elif change.kind == "repair":
            self._repair_links(row_id, record)

    def _row(self, kind: str, record: Record) -> tuple[list[str], list[Any]]:
        """Column names and values of `record` here: references as this copy's row ids."""
        columns = ["uid", "revs", "updated_at"]
        values: list[Any] = [record.uid, " ".join(record.revs), record.updated_at]
        for name in FIELDS[kind]:
            if name == "trashed_at":
                value = record.trashed_at
            elif name in _REFERENCES:
                target, column = _REFERENCES[name]
                value, name = self.row_id(target, record.fields[name]), column
            else:
                value = record.fields[name]
            columns.append(name)
            values.append(value)
        return columns, values

    def delete(self, change: Change) -> None:
        assert change.local is not None
        row_id = change.local.row_id
        self.ids[change.kind].pop(change.uid, None)
        if change.kind in ("conflict", "repair"):
            self.db.execute(f"DELETE FROM {change.kind}_search WHERE rowid = ?", (row_id,))
        self.db.execute(f"DELETE FROM {change.kind} WHERE id = ?", (row_id,))

    def _conflict_links(self, row_id: int, record: Record) -> None:
        fields = record.fields
        for table in ("conflict_theme", "conflict_behaviour"):
            self.db.execute(f"DELETE FROM {table} WHERE conflict_id = ?", (row_id,))
        self.db.execute("DELETE FROM conflict_search WHERE rowid = ?", (row_id,))
        themes = dict.fromkeys(
            i for i in (self.row_id("theme", uid) for uid in fields["themes"]) if i is not None
        )
        self.db.executemany(
            "INSERT INTO conflict_theme (conflict_id, theme_id, position) VALUES (?, ?, ?)",
            ((row_id, theme_id, pos) for pos, theme_id in enumerate(themes)),
        )
        self.db.executemany(
            "INSERT INTO conflict_behaviour (conflict_id, position, behaviour) VALUES (?, ?, ?)",
            ((row_id, pos, b) for pos, b in enumerate(fields["my_part"])),
        )
        entry = Conflict(
            happened_at=datetime.fromisoformat(fields["happened_at"]),
            my_part=fields["my_part"],
            **json.loads(fields["body"]),
        )
        self.db.execute(
            "INSERT INTO conflict_search (rowid, text) VALUES (?, ?)", (row_id, search_text(entry))
        )

    def _repair_links(self, row_id: int, record: Record) -> None:
        fields = record.fields
        self.db.execute("DELETE FROM repair_conflict WHERE repair_id = ?", (row_id,))
        self.db.execute("DELETE FROM repair_search WHERE rowid = ?", (row_id,))
        for uid in fields["conflicts"]:
            conflict_id = self.row_id("conflict", uid)
            if conflict_id is not None:
                self.db.execute(
                    "INSERT INTO repair_conflict (repair_id, conflict_id) VALUES (?, ?)",
                    (row_id, conflict_id),
                )
        answers = Repair("", 0, "", (), json.loads(fields["answers"])).answer_text()
        self.db.execute(
            "INSERT INTO repair_search (rowid, text) VALUES (?, ?)",
            (row_id, fields["title"] + "\n" + answers),
        )


def apply_plan(journal: Journal, plan: Plan, local: Side, other: Side) -> None:
    """Write `plan` (made from `local`, this journal as read just before, and `other`)."""
    with journal.transaction():
        writer = _Writer(journal.db, local, other)
        for alias in plan.aliases:
            writer.alias(alias)
        writes = [c for c in plan.changes if c.record is not None]
        for change in writes:  # names move out of the way first: renames may swap them
            if change.kind in ("theme", "person") and change.local is not None:
                journal.db.execute(
                    f"UPDATE {change.kind} SET name = ? WHERE id = ?",
                    (f"\x00{change.uid}", change.local.row_id),
                )
        for kind in KINDS:
            for change in writes:
                if change.kind == kind:
                    writer.write(change)
        for kind in reversed(KINDS):
            for change in plan.changes:
                if change.kind == kind and change.record is None:
                    writer.delete(change)
        journal.db.executemany(
            "INSERT OR IGNORE INTO merge_note (uid, kind, record_uid, version_at, noted_at, body)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            plan.notes,
        )
        journal.db.executemany(
            "INSERT OR IGNORE INTO tombstone (uid, kind, deleted_at, revs) VALUES (?, ?, ?, ?)",
            ((t.uid, t.kind, t.deleted_at, " ".join(t.revs)) for t in plan.tombstones),
        )
        apply_care(journal.db, plan.care)
