"""Full-text search over conflicts and repairs (FTS5, ranked, with snippets).

What a person types is never handed to FTS5 as query syntax: each word becomes a quoted
phrase, and the last word also matches as a prefix so results appear while typing. The entry
index keeps no copy of the text: snippets of entries are cut from the page of hits
(healdesk.vault.stores.snippets); repairs, few and short, keep FTS5's own snippets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from healdesk.core.conflict import ConflictSummary
from healdesk.core.selection import EVERYTHING, Selection
from healdesk.vault.storage.schema import SEARCH_INDEX_DUE
from healdesk.vault.stores.conflict_rows import search_text, selection_where
from healdesk.vault.stores.repairs import RepairStore
from healdesk.vault.stores.snippets import MATCH_END, MATCH_START, Terms, snippet

#: Above this many matching entries, ranking every match takes longer than a keystroke may
#: (bm25 costs about 0.1 ms a match here): such a query lists the newest matches first.
RANKED_AT_MOST = 500
#: How many of the newest entries a very common query looks through first (it looks further
#: back, four times as far each time, until a page is full).
NEWEST_WINDOW = 256
#: Entries read at a time while the index is refilled (memory stays flat at any size).
REFILL_BATCH = 2_000

#: An entry's repair ids in one string (its other lists come with the entry itself).
_REPAIR_IDS = (
    "(SELECT group_concat(r.repair_id, ',' ORDER BY r.repair_id) FROM repair_conflict r"
    " WHERE r.conflict_id = c.id)"
)

__all__ = ["MATCH_END", "MATCH_START", "SearchHit", "SearchStore", "fts_query"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # "conflict" or "repair"
    id: int
    when: datetime  # when the conflict happened / the repair was written
    themes: tuple[str, ...]  # conflicts only
    snippet: str  # matched words wrapped in MATCH_START ... MATCH_END

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """(text, is_match) pieces, for views that highlight matches their own way."""
        parts: list[tuple[str, bool]] = []
        for i, piece in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", self.snippet)):
            if piece:
                parts.append((piece, i % 2 == 1))
        return parts

    def plain_snippet(self, start: str = "", end: str = "") -> str:
        return self.snippet.replace(MATCH_START, start).replace(MATCH_END, end)


def fts_query(text: str) -> str | None:
    """A safe FTS5 query matching every word typed (the last one as a prefix), or None."""
    terms = Terms.of(text)
    return terms.fts_query() if terms else None


class SearchStore(RepairStore):
    def search(self, query: str, limit: int | None = 50) -> list[SearchHit]:
        """Best matches first: conflicts outside the trash, then repairs, each ranked by bm25."""
        terms = Terms.of(query)
        if terms is None:
            return []
        ids = self._matching_ids(terms, "c.trashed_at IS NULL", [], limit, 0)
        entries = {c.id: c for c in self._load(ids)}
        hits = [
            SearchHit(
                "conflict",
                id_,
                entries[id_].happened_at,
                tuple(entries[id_].themes),
                snippet(search_text(entries[id_]), terms),
            )
            for id_ in ids
        ]
        if limit is None or len(hits) < limit:
            hits += self.repair_hits(query, None if limit is None else limit - len(hits))
        return hits

    def repair_hits(self, query: str, limit: int | None = 50) -> list[SearchHit]:
        """Repairs matching `query`, ranked by bm25, with FTS5's own snippets."""
        match = fts_query(query)
        if match is None:
            return []
        rows = self.db.execute(
            f"SELECT r.id, r.created_at, snippet(repair_search, 0, '{MATCH_START}',"
            f" '{MATCH_END}', '…', 16) FROM repair_search JOIN repair r ON r.id = repair_search.rowid"
            " WHERE repair_search MATCH ? ORDER BY rank LIMIT ?",
            (match, -1 if limit is None else limit),
        )
        return [
            SearchHit("repair", id_, datetime.fromisoformat(at), (), text) for id_, at, text in rows
        ]

    def search_entries(
        self,
        query: str,
        selection: Selection = EVERYTHING,
        limit: int = 50,
        offset: int = 0,
    ) -> list[tuple[ConflictSummary, str]]:
        """One page of entries of `selection` matching `query`, best first, each with
        its snippet. Costs about a page, however many entries match: ranked by bm25 up to
        RANKED_AT_MOST matches, most recently written first beyond (a word in nearly every
        entry ranks them all alike). Counting comes separately (`search_count`)."""
        terms = Terms.of(query)
        if terms is None:
            return []
        where, params = selection_where(selection)
        ids = self._matching_ids(terms, where, params, limit, offset)
        repair_ids = dict(
            self.db.execute(
                f"SELECT c.id, {_REPAIR_IDS} FROM conflict c"
                f" WHERE c.id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        )
        rows = [(id_, repair_ids[id_]) for id_ in ids]
        entries = {c.id: c for c in self._load(ids)}
        return [
            (
                ConflictSummary(
                    id_,
                    entries[id_].happened_at,
                    entries[id_].person,
                    entries[id_].intensity,
                    entries[id_].settled,
                    tuple(entries[id_].themes),
                    tuple(entries[id_].my_part),
                    tuple(map(int, repairs.split(","))) if repairs else (),
                ),
                snippet(search_text(entries[id_]), terms),
            )
            for id_, repairs in rows
        ]

    def search_count(self, query: str, selection: Selection = EVERYTHING) -> int:
        """How many entries `search_entries(query, selection)` pages through: asked after the
        first page is shown."""
        match = fts_query(query)
        if match is None:
            return 0
        where, params = selection_where(selection)
        return self.db.execute(
            "SELECT count(*) FROM conflict_search JOIN conflict c ON c.id = conflict_search.rowid"
            f" WHERE conflict_search MATCH ? AND {where}",
            (match, *params),
        ).fetchone()[0]

    def _matching_ids(
        self, terms: Terms, where: str, params: list[Any], limit: int | None, offset: int
    ) -> list[int]:
        """Ids of one page of entries matching `terms` and `where`: by bm25 rank when
        ranking every match is cheap, else the most recently written first."""
        match = terms.fts_query()
        if self._matches_many(terms):
            return self._newest_ids(match, where, params, limit, offset)
        rows = self.db.execute(
            "SELECT c.id FROM conflict_search JOIN conflict c ON c.id = conflict_search.rowid"
            f" WHERE conflict_search MATCH ? AND {where} ORDER BY rank LIMIT ? OFFSET ?",
            (match, *params, -1 if limit is None else limit, offset),
        )
        return [row[0] for row in rows]

    def _matches_many(self, terms: Terms) -> bool:
        """Whether more than RANKED_AT_MOST entries match. The words as typed, whole, are
        counted first: a prefix query merges the lists of every word so begun (20 ms for a
        common word at 100,000 entries), and a common word typed in full settles it in 1."""
        count = (
            "SELECT count(*) FROM (SELECT rowid FROM conflict_search"
            " WHERE conflict_search MATCH ? LIMIT ?)"
        )
        return any(
            self.db.execute(count, (match, RANKED_AT_MOST + 1)).fetchone()[0] > RANKED_AT_MOST
            for match in dict.fromkeys((terms.fts_query(whole_words=True), terms.fts_query()))
        )

    def _newest_ids(
        self, match: str, where: str, params: list[Any], limit: int | None, offset: int
    ) -> list[int]:
        """The newest matches, found walking forwards from near the newest entry.

        FTS5 walks a prefix query (the word being typed) backwards very slowly: "ORDER BY
        rowid DESC" took 0.7 s for a common word in 20,000 entries, while a forward walk
        from a rowid costs about the rows it passes. So the walk starts a few pages before
        the newest entry, and starts four times further back until the page is full."""
        need = None if limit is None else limit + offset
        newest = self.db.execute("SELECT max(id) FROM conflict").fetchone()[0] or 0
        window = NEWEST_WINDOW if need is None else max(NEWEST_WINDOW, 4 * need)
        while True:
            after = 0 if need is None else max(0, newest - window)
            found = [
                row[0]
                for row in self.db.execute(
                    "SELECT c.id FROM conflict_search JOIN conflict c"
                    " ON c.id = conflict_search.rowid WHERE conflict_search MATCH ?"
                    f" AND conflict_search.rowid > ? AND {where} ORDER BY conflict_search.rowid",
                    (match, after, *params),
                )
            ]
            if after == 0 or (need is not None and len(found) >= need):
                found.reverse()
                return found[offset:need]
            window *= 4

    def matching_conflict_ids(self, query: str) -> set[int]:
        """Ids of every conflict matching `query`: for combining search with list filters."""
        match = fts_query(query)
        if match is None:
            return set()
        rows = self.db.execute(
            "SELECT rowid FROM conflict_search WHERE conflict_search MATCH ?", (match,)
        )
        return {r[0] for r in rows}

    def rebuild_search_index(self) -> None:
        """Refill both search indexes from the entries (after a salvage copied the rows, or a
        migration remade the index), a few thousand entries at a time."""
        with self.transaction():
            self.db.execute("INSERT INTO conflict_search (conflict_search) VALUES ('delete-all')")
            self.db.execute("DELETE FROM repair_search")
            ids = [r[0] for r in self.db.execute("SELECT id FROM conflict")]
            for start in range(0, len(ids), REFILL_BATCH):
                batch = self._load(ids[start : start + REFILL_BATCH], include_trashed=True)
                self.db.executemany(
                    "INSERT INTO conflict_search (rowid, text) VALUES (?, ?)",
                    ((c.id, search_text(c)) for c in batch),
                )
            self.db.executemany(
                "INSERT INTO repair_search (rowid, text) VALUES (?, ?)",
                ((r.id, r.title + "\n" + r.answer_text()) for r in self.repairs()),
            )
            self.db.execute(f"DROP TABLE IF EXISTS {SEARCH_INDEX_DUE}")

    def refill_search_index_if_due(self) -> None:
        """After the migration that remade the entry index: fill it (once; a crash before
        the end leaves it due, and the next open fills it again)."""
        due = self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (SEARCH_INDEX_DUE,)
        ).fetchone()
        if due:
            self.rebuild_search_index()
