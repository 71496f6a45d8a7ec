"""Full-text search over conflicts and repairs (FTS5, ranked, with snippets).

What a person types is never handed to FTS5 as query syntax: each word becomes a quoted
phrase, and the last word also matches as a prefix so results appear while typing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from healdesk.vault.conflicts import search_text
from healdesk.vault.repairs import RepairStore

#: Snippet highlight marks: private-use characters that never come from a keyboard.
MATCH_START, MATCH_END = "\ue000", "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)


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
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if _WORD.fullmatch(text[-1]):  # still typing the last word
        quoted[-1] += "*"
    return " ".join(quoted)


class SearchStore(RepairStore):
    def search(self, query: str, limit: int | None = 50) -> list[SearchHit]:
        """Best matches first: conflicts outside the trash, then repairs, each ranked by bm25."""
        match = fts_query(query)
        if match is None:
            return []
        cap = -1 if limit is None else limit
        snippet = f"snippet({{table}}, 0, '{MATCH_START}', '{MATCH_END}', '…', 16)"
        conflict_rows = self.db.execute(
            f"SELECT c.id, c.happened_at, {snippet.format(table='conflict_search')}"
            " FROM conflict_search JOIN conflict c ON c.id = conflict_search.rowid"
            " WHERE conflict_search MATCH ? AND c.trashed_at IS NULL ORDER BY rank LIMIT ?",
            (match, cap),
        ).fetchall()
        themes, *_ = self._links({r[0] for r in conflict_rows})
        hits = [
            SearchHit("conflict", id_, datetime.fromisoformat(at), tuple(themes.get(id_, ())), text)
            for id_, at, text in conflict_rows
        ]
        if limit is None or len(hits) < limit:
            repair_rows = self.db.execute(
                f"SELECT r.id, r.created_at, {snippet.format(table='repair_search')}"
                " FROM repair_search JOIN repair r ON r.id = repair_search.rowid"
                " WHERE repair_search MATCH ? ORDER BY rank LIMIT ?",
                (match, -1 if limit is None else limit - len(hits)),
            ).fetchall()
            hits += [
                SearchHit("repair", id_, datetime.fromisoformat(at), (), text)
                for id_, at, text in repair_rows
            ]
        return hits

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
        """Refill both search indexes from the entries (after a salvage copied the rows)."""
        with self.transaction():
            self.db.execute("DELETE FROM conflict_search")
            self.db.execute("DELETE FROM repair_search")
            ids = [r[0] for r in self.db.execute("SELECT id FROM conflict")]
            self.db.executemany(
                "INSERT INTO conflict_search (rowid, text) VALUES (?, ?)",
                ((c.id, search_text(c)) for c in self._load(ids, include_trashed=True)),
            )
            self.db.executemany(
                "INSERT INTO repair_search (rowid, text) VALUES (?, ?)",
                ((r.id, r.title + "\n" + r.answer_text()) for r in self.repairs()),
            )
