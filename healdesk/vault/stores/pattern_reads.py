"""What pattern analysis reads: the entries of a selection as columns, never as summaries.

At 100,000 entries a summary per entry (a named tuple, a datetime, lists of words) is most of
the time and memory the insights take. Here each field is one list in the entries' order; the
link tables are read in one ordered pass each, and equal word lists share one tuple (a journal
holds few distinct combinations), so the columns cost little more than their numbers. Like
summaries, nothing here reads an entry's text.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from typing import Any

from healdesk.core.analysis.pattern_columns import Clock, Columns
from healdesk.core.selection import EVERYTHING, Selection
from healdesk.vault.stores.conflict_rows import WORD_FIELDS, among, selection_where
from healdesk.vault.stores.conflicts import ConflictStore

#: Above this many entries a link table is read whole (cheaper than a long id list).
_WHOLE_TABLE_FROM = 500
#: The Columns field each picked-word kind fills.
_WORD_COLUMNS = {
    "their_moves": "theirs",
    "move_order": "orders",
    "my_wish": "my_wishes",
    "their_wish": "their_wishes",
    "my_feelings": "feelings",
}


class PatternStore(ConflictStore):
    def pattern_columns(self, selection: Selection = EVERYTHING) -> tuple[Clock, Columns]:
        """The entries of `selection` in date order (as `summaries`), as a Clock and Columns."""
        where, params = selection_where(selection)
        rows = self.db.execute(
            "SELECT c.id, c.happened_at, c.person_id, c.intensity, c.settled FROM conflict c"
            # LIMIT -1: the same plan (ties of the time sorted by id), measured 0.3 s instead
            # of 2.4 s at 100,000 entries (summaries' query has it too).
            f" WHERE {where} ORDER BY c.happened_utc, c.id LIMIT -1",
            params,
        ).fetchall()
        people = dict(self.db.execute("SELECT id, name FROM person"))
        stamps: list[float] = []

        def moments() -> Iterator[datetime]:
            for row in rows:
                moment = datetime.fromisoformat(row[1])
                stamps.append(moment.timestamp())
                yield moment

        clock = Clock(moments())
        ids = [row[0] for row in rows]
        columns: dict[str, list[Any]] = {
            "ids": ids,
            "stamps": stamps,
            "people": [people.get(row[2]) for row in rows],
            "intensities": [row[3] for row in rows],
            "settled": [row[4] for row in rows],
        }
        del rows[:]  # the columns are all that is kept
        links = _Links(self, ids)
        theme_names = dict(self.db.execute("SELECT id, name FROM theme"))
        columns["themes"] = links.columns(
            "SELECT x.conflict_id, '', x.theme_id FROM conflict_theme x{}"
            " ORDER BY x.conflict_id, x.position",
            theme_names,
        )[""]
        columns["parts"] = links.columns(
            "SELECT x.conflict_id, '', x.behaviour FROM conflict_behaviour x{}"
            " ORDER BY x.conflict_id, x.position"
        )[""]
        columns["repair_ids"] = links.columns(
            "SELECT x.conflict_id, '', x.repair_id FROM repair_conflict x{}"
            " ORDER BY x.conflict_id, x.repair_id"
        )[""]
        words = links.columns(
            "SELECT x.conflict_id, x.kind, x.word FROM conflict_word x{}"
            " ORDER BY x.conflict_id, x.kind, x.position",
            kinds=WORD_FIELDS,
        )
        columns |= {_WORD_COLUMNS[kind]: column for kind, column in words.items()}
        return clock, Columns.from_lists(**columns)


class _Links:
    """Link-table columns aligned with `ids`: one ordered pass per table, equal tuples shared."""

    def __init__(self, store: ConflictStore, ids: list[int]) -> None:
        self._db = store.db
        self._at = {id_: index for index, id_ in enumerate(ids)}
        self._shared: dict[tuple[Any, ...], tuple[Any, ...]] = {(): ()}
        if len(ids) > _WHOLE_TABLE_FROM:
            self._where, self._params = " WHERE 1", ()
        else:
            clause, params = among("x.conflict_id", ids)
            self._where, self._params = f" WHERE {clause}", tuple(params)

    def columns(
        self,
        query: str,
        names: Mapping[Any, Any] | None = None,
        kinds: tuple[str, ...] = ("",),
    ) -> dict[str, list[tuple[Any, ...]]]:
        """One column per kind from `query`'s (conflict id, kind, value) rows, ordered by
        conflict and kind; `names` maps each value. One plain loop: at 100,000 entries this
        is the read's inner loop (itertools.groupby took twice as long)."""
        found = {kind: [()] * len(self._at) for kind in kinds}
        last_id, last_kind, values = None, "", []
        for conflict_id, kind, value in self._db.execute(query.format(self._where), self._params):
            if conflict_id == last_id and kind == last_kind:
                values.append(value)
                continue
            if values:
                self._put(found[last_kind], last_id, values, names)
            last_id, last_kind, values = conflict_id, kind, [value]
        if values:
            self._put(found[last_kind], last_id, values, names)
        return found

    def _put(
        self,
        column: list[tuple[Any, ...]],
        conflict_id: Any,
        values: list[Any],
        names: Mapping[Any, Any] | None,
    ) -> None:
        index = self._at.get(conflict_id)
        if index is None:
            return  # in the trash, or outside the selection
        listed = tuple(values) if names is None else tuple(names[v] for v in values)
        column[index] = self._shared.setdefault(listed, listed)
