"""How a conflict entry lies in the tables: which fields live in the JSON body and which in
link tables, the text the search index holds, a Selection as an SQL condition, and the
link-table reads every list of entries shares (conflicts, search, pattern columns).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from healdesk.core.analysis.moves import their_word
from healdesk.core.conflict import Conflict
from healdesk.core.selection import Selection
from healdesk.vault.storage.database import Connection
from healdesk.vault.stores.store import range_bounds

#: Conflict fields kept in the JSON body (the rest are columns or link tables).
BODY_FIELDS = (
    "what_happened",
    "my_feelings_note",
    "their_feelings",
    "their_feelings_note",
    "my_part_note",
    "private_notes",
)
#: Word-list fields kept in the conflict_word link table, by field name.
WORD_FIELDS = ("their_moves", "move_order", "my_wish", "their_wish", "my_feelings")


def search_text(conflict: Conflict) -> str:
    """Everything a person may search for in an entry: free text and chosen words."""
    words = [
        *conflict.my_feelings,
        *conflict.their_feelings,
        *conflict.my_part,
        *map(their_word, conflict.their_moves),
        *conflict.my_wish,
        *conflict.their_wish,
    ]
    return "\n".join(part for part in [*conflict.text_fields().values(), " · ".join(words)] if part)


#: A summary without picked words (WORD_FIELDS are ConflictSummary's last fields, in order).
NO_WORDS = ((),) * len(WORD_FIELDS)
_WORD_SLOT = {kind: i for i, kind in enumerate(WORD_FIELDS)}
Links = tuple[
    dict[int, list[str]],
    dict[int, list[str]],
    dict[int, list[int]],
    dict[int, list[list[str]]],
]


def among(column: str, ids: Collection[int]) -> tuple[str, list[Any]]:
    """`column` is one of `ids`, as an SQL condition and its parameters. One id is compared
    directly: for a list SQLite builds the IN list as a temporary B-tree, whose allocations
    SQLCipher locks and wipes one by one (cipher_memory_security), about 0.1 ms a statement,
    most of what reading one entry costs."""
    if len(ids) == 1:
        return f"{column} = ?", [int(next(iter(ids)))]
    return f"{column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(map(int, ids)))]


def selection_where(selection: Selection) -> tuple[str, list[Any]]:
    """`selection` as an SQL condition on `conflict c`, with its parameters."""
    themes, people, ids = selection.themes, selection.people, selection.ids
    clauses, params = ["c.trashed_at IS NULL"], []
    low, high = range_bounds(selection.start, selection.end)
    if low is not None:
        clauses.append("c.happened_utc >= ?")
        params.append(low)
    if high is not None:
        clauses.append("c.happened_utc < ?")
        params.append(high)
    if themes:
        marks = ",".join("?" * len(themes))
        clauses.append(
            "c.id IN (SELECT ct.conflict_id FROM conflict_theme ct JOIN theme t ON t.id = ct.theme_id"
            f" WHERE t.name IN ({marks}))"
        )
        params += list(themes)
    if people:
        marks = ",".join("?" * len(people))
        clauses.append(f"c.person_id IN (SELECT id FROM person WHERE name IN ({marks}))")
        params += list(people)
    if ids is not None:
        clause, ids_params = among("c.id", ids)
        clauses.append(clause)
        params += ids_params
    return " AND ".join(clauses), params


def read_links(db: Connection, ids: set[int]) -> Links:
    """Themes, my-part behaviours, repair ids and picked words of the given entries, each in
    one indexed pass (a whole-table pass when most entries are wanted: cheaper than a long
    id list)."""
    if len(ids) > 500:
        where, params = "", []
    else:
        clause, params = among("x.conflict_id", ids)
        where = f" WHERE {clause}"
    names = dict(db.execute("SELECT id, name FROM theme"))
    themes: dict[int, list[str]] = defaultdict(list)
    for conflict_id, theme_id in db.execute(
        f"SELECT x.conflict_id, x.theme_id FROM conflict_theme x{where}"
        " ORDER BY x.conflict_id, x.position",
        params,
    ):
        themes[conflict_id].append(names[theme_id])
    behaviours: dict[int, list[str]] = defaultdict(list)
    for conflict_id, behaviour in db.execute(
        f"SELECT x.conflict_id, x.behaviour FROM conflict_behaviour x{where}"
        " ORDER BY x.conflict_id, x.position",
        params,
    ):
        behaviours[conflict_id].append(behaviour)
    repairs: dict[int, list[int]] = defaultdict(list)
    for conflict_id, repair_id in db.execute(
        f"SELECT x.conflict_id, x.repair_id FROM repair_conflict x{where}"
        " ORDER BY x.conflict_id, x.repair_id",
        params,
    ):
        repairs[conflict_id].append(repair_id)
    words: dict[int, list[list[str]]] = {}
    slot = _WORD_SLOT
    for conflict_id, kind, word in db.execute(
        f"SELECT x.conflict_id, x.kind, x.word FROM conflict_word x{where}"
        " ORDER BY x.conflict_id, x.kind, x.position",
        params,
    ):
        lists = words.get(conflict_id)
        if lists is None:
            lists = words[conflict_id] = [[] for _ in WORD_FIELDS]
        lists[slot[kind]].append(word)
    return themes, behaviours, repairs, words
