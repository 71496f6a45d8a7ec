"""Conflict entries: save, read, trash, and list them by date, theme and person.

Free text and a few picker words live in one JSON body; what lists and statistics need (time,
person, intensity, settled, themes, my-part behaviours, their moves and their order, wishes,
my feelings) lives in indexed columns and link tables, so summaries never read a body.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from healdesk.core.conflict import Conflict, ConflictSummary
from healdesk.core.selection import EVERYTHING, Selection
from healdesk.vault.stores.conflict_rows import (
    BODY_FIELDS,
    NO_WORDS,
    WORD_FIELDS,
    among,
    read_links,
    search_text,
    selection_where,
)
from healdesk.vault.stores.labels import LabelStore
from healdesk.vault.stores.store import (
    EntryNotFound,
    dumps,
    epoch,
    from_iso,
    now_utc,
    to_iso,
)


class ConflictStore(LabelStore):
    def add_conflict(self, conflict: Conflict) -> int:
        stamp = now_utc()
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO conflict (happened_utc, happened_at, person_id, intensity, settled,"
                " body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._columns(conflict), to_iso(stamp), to_iso(stamp)),
            )
            conflict_id = int(cursor.lastrowid)  # type: ignore[arg-type]
            self._write_links(conflict_id, conflict)
        conflict.id, conflict.created_at, conflict.updated_at = conflict_id, stamp, stamp
        return conflict_id

    def update_conflict(self, conflict: Conflict) -> None:
        if conflict.id is None:
            raise ValueError("an entry must be saved before it can be updated")
        self._require_conflict(conflict.id)
        stamp = now_utc()
        with self.transaction():
            self.db.execute(
                "UPDATE conflict SET happened_utc = ?, happened_at = ?, person_id = ?, intensity = ?,"
                " settled = ?, body = ?, updated_at = ? WHERE id = ?",
                (*self._columns(conflict), to_iso(stamp), conflict.id),
            )
            self.db.execute("DELETE FROM conflict_theme WHERE conflict_id = ?", (conflict.id,))
            self.db.execute("DELETE FROM conflict_behaviour WHERE conflict_id = ?", (conflict.id,))
            self.db.execute("DELETE FROM conflict_word WHERE conflict_id = ?", (conflict.id,))
            self.db.execute("DELETE FROM conflict_search WHERE rowid = ?", (conflict.id,))
            self._write_links(conflict.id, conflict)
        conflict.updated_at = stamp

    def get_conflict(self, conflict_id: int) -> Conflict:
        found = self._load([conflict_id], include_trashed=True)
        if not found:
            raise EntryNotFound("entry", conflict_id)
        return found[0]

    def conflicts(
        self,
        selection: Selection = EVERYTHING,
    ) -> list[Conflict]:
        """Whole entries (text included) in date order: for export, not for lists."""
        return self._load([s.id for s in self.summaries(selection)])

    def entry_keys(self) -> dict[tuple[int, str], int]:
        """Every entry, trash included, by (when it happened, in UTC seconds; what happened):
        how an import recognises an entry this journal already holds."""
        return {
            (utc, text): id_
            for id_, utc, text in self.db.execute(
                "SELECT id, happened_utc, json_extract(body, '$.what_happened') FROM conflict"
            )
        }

    # --- trash --------------------------------------------------------------------------
    def delete_conflict(self, conflict_id: int, at: datetime | None = None) -> None:
        """Move to the trash (now, or `at` for an import keeping its source's time): nothing
        is lost until the trash is emptied."""
        self._require_conflict(conflict_id)
        with self.transaction():
            self.db.execute(
                "UPDATE conflict SET trashed_at = ? WHERE id = ?",
                (to_iso(at or now_utc()), conflict_id),
            )

    def restore_conflict(self, conflict_id: int) -> None:
        self._require_conflict(conflict_id)
        with self.transaction():
            # A restore counts as an edit: a copy that still has the entry in the trash
            # gives way to it when the copies are merged.
            self.db.execute(
                "UPDATE conflict SET trashed_at = NULL, updated_at = ? WHERE id = ?",
                (to_iso(now_utc()), conflict_id),
            )

    def trashed(self) -> list[ConflictSummary]:
        return self._summaries("c.trashed_at IS NOT NULL", ())

    def trash_times(self) -> dict[int, datetime]:
        """When each entry in the trash went there, by entry id."""
        return {
            id_: datetime.fromisoformat(at)
            for id_, at in self.db.execute(
                "SELECT id, trashed_at FROM conflict WHERE trashed_at IS NOT NULL"
            )
        }

    def trashed_conflicts(self) -> list[Conflict]:
        """Whole entries in the trash, in date order and in one pass: for exports that keep
        the trash (get_conflict per entry is slow on a full trash)."""
        return self._load(list(self.trash_times()), include_trashed=True)

    def empty_trash(self) -> int:
        with self.transaction():
            ids = [
                r[0]
                for r in self.db.execute("SELECT id FROM conflict WHERE trashed_at IS NOT NULL")
            ]
            self.db.executemany("DELETE FROM conflict_search WHERE rowid = ?", ((i,) for i in ids))
            self.db.execute("DELETE FROM conflict WHERE trashed_at IS NOT NULL")
        return len(ids)

    # --- lists and counts (never read bodies) -------------------------------------------
    def summaries(
        self,
        selection: Selection = EVERYTHING,
    ) -> list[ConflictSummary]:
        """Entries of `selection` in date order, oldest first (date bounds as in
        `range_bounds`)."""
        where, params = selection_where(selection)
        return self._summaries(where, params)

    def summaries_page(
        self,
        selection: Selection = EVERYTHING,
        limit: int = 200,
        after: int | None = None,
        through: int | None = None,
    ) -> list[ConflictSummary]:
        """One page of the entry list, newest first: up to `limit` entries (-1: no limit)
        that come after entry `after` in that order (and, with `through`, up to and
        including that entry). Costs about a page at any journal size (index order)."""
        where, params = self._page_filter(selection, after, through)
        return self._summaries(where, params, "DESC", limit)

    def count_page(
        self,
        selection: Selection = EVERYTHING,
        after: int | None = None,
        through: int | None = None,
        at_most: int = -1,
    ) -> int:
        """How many entries `summaries_page(selection, -1, after, through)` would give (an
        index count: nothing is read), counting no further than `at_most` (-1: all), so
        "is it within a few pages" costs a few pages, not the whole index."""
        where, params = self._page_filter(selection, after, through)
        return self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM conflict c WHERE {where} LIMIT ?)",
            (*params, at_most),
        ).fetchone()[0]

    def count(
        self,
        selection: Selection = EVERYTHING,
    ) -> int:
        where, params = selection_where(selection)
        return self.db.execute(f"SELECT count(*) FROM conflict c WHERE {where}", params).fetchone()[
            0
        ]

    def theme_month_counts(self) -> dict[tuple[str, str], int]:
        """Entries per (theme, "YYYY-MM" in the writer's local time): from indexes only."""
        rows = self.db.execute(
            "SELECT t.name, substr(c.happened_at, 1, 7), count(*) FROM conflict_theme x"
            " JOIN conflict c ON c.id = x.conflict_id JOIN theme t ON t.id = x.theme_id"
            " WHERE c.trashed_at IS NULL GROUP BY x.theme_id, 2"
        )
        return {(name, month): count for name, month, count in rows}

    def date_range(self) -> tuple[datetime, datetime] | None:
        row = self.db.execute(
            "SELECT min(happened_utc), max(happened_utc) FROM conflict WHERE trashed_at IS NULL"
        ).fetchone()
        if row[0] is None:
            return None
        first = self.db.execute(
            "SELECT happened_at FROM conflict WHERE happened_utc = ? LIMIT 1", (row[0],)
        )
        last = self.db.execute(
            "SELECT happened_at FROM conflict WHERE happened_utc = ? LIMIT 1", (row[1],)
        )
        return datetime.fromisoformat(first.fetchone()[0]), datetime.fromisoformat(
            last.fetchone()[0]
        )

    # --- internals ----------------------------------------------------------------------
    def _columns(self, c: Conflict) -> tuple[Any, ...]:
        person_id = self._id_for("person", c.person) if c.person and c.person.strip() else None
        body = {name: getattr(c, name) for name in BODY_FIELDS}
        return (
            epoch(c.happened_at),
            to_iso(c.happened_at),
            person_id,
            c.intensity,
            c.settled,
            dumps(body),
        )

    def _write_links(self, conflict_id: int, c: Conflict) -> None:
        theme_ids = list(dict.fromkeys(self._id_for("theme", t) for t in c.themes if t.strip()))
        self.db.executemany(
            "INSERT INTO conflict_theme (conflict_id, theme_id, position) VALUES (?, ?, ?)",
            ((conflict_id, tid, pos) for pos, tid in enumerate(theme_ids)),
        )
        self.db.executemany(
            "INSERT INTO conflict_behaviour (conflict_id, position, behaviour) VALUES (?, ?, ?)",
            ((conflict_id, pos, b) for pos, b in enumerate(c.my_part)),
        )
        self.db.executemany(
            "INSERT INTO conflict_word (conflict_id, kind, position, word) VALUES (?, ?, ?, ?)",
            (
                (conflict_id, kind, pos, word)
                for kind in WORD_FIELDS
                for pos, word in enumerate(getattr(c, kind))
            ),
        )
        self.db.execute(
            "INSERT INTO conflict_search (rowid, text) VALUES (?, ?)", (conflict_id, search_text(c))
        )

    def _require_conflict(self, conflict_id: int) -> None:
        if not self.db.execute("SELECT 1 FROM conflict WHERE id = ?", (conflict_id,)).fetchone():
            raise EntryNotFound("entry", conflict_id)

    def _page_filter(
        self, selection: Selection, after: int | None, through: int | None
    ) -> tuple[str, list[Any]]:
        """`selection` plus the list's order bounds: after entry `after`, through `through`."""
        where, params = selection_where(selection)
        key = "(c.happened_utc, c.id) {} ((SELECT happened_utc FROM conflict WHERE id = ?), ?)"
        for bound, op in ((after, "<"), (through, ">=")):
            if bound is not None:
                where += " AND " + key.format(op)
                params += [bound, bound]
        return where, params

    def _summaries(
        self, where: str, params: Sequence[Any], order: str = "", limit: int = -1
    ) -> list[ConflictSummary]:
        rows = self.db.execute(
            "SELECT c.id, c.happened_at, p.name, c.intensity, c.settled FROM conflict c"
            f" LEFT JOIN person p ON p.id = c.person_id WHERE {where}"
            f" ORDER BY c.happened_utc {order}, c.id {order} LIMIT ?",
            (*params, limit),
        ).fetchall()
        themes, behaviours, repairs, words = read_links(self.db, {r[0] for r in rows})
        return [
            ConflictSummary(
                id_,
                datetime.fromisoformat(at),
                person,
                intensity,
                settled,
                tuple(themes.get(id_, ())),
                tuple(behaviours.get(id_, ())),
                tuple(repairs.get(id_, ())),
                *(map(tuple, own) if (own := words.get(id_)) else NO_WORDS),
            )
            for id_, at, person, intensity, settled in rows
        ]

    def _load(self, ids: Sequence[int], include_trashed: bool = False) -> list[Conflict]:
        if not ids:
            return []
        trash = "" if include_trashed else " AND c.trashed_at IS NULL"
        wanted, params = among("c.id", ids)
        rows = self.db.execute(
            "SELECT c.id, c.happened_at, p.name, c.intensity, c.settled, c.body, c.created_at,"
            " c.updated_at FROM conflict c LEFT JOIN person p ON p.id = c.person_id"
            f" WHERE {wanted}{trash} ORDER BY c.happened_utc, c.id",
            params,
        ).fetchall()
        wanted = {r[0] for r in rows}
        themes, behaviours, _, words = read_links(self.db, wanted)
        return [
            Conflict(
                happened_at=datetime.fromisoformat(at),
                person=person,
                intensity=intensity,
                settled=settled,
                themes=themes.get(id_, []),
                my_part=behaviours.get(id_, []),
                **{
                    kind: list(listed)
                    for kind, listed in zip(WORD_FIELDS, words.get(id_, NO_WORDS), strict=True)
                },
                id=id_,
                created_at=from_iso(created),
                updated_at=from_iso(updated),
                **json.loads(body),
            )
            for id_, at, person, intensity, settled, body, created, updated in rows
        ]
