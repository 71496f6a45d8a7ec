"""Snippets cut in Python from an entry's own text: the entry search index keeps no copy of
the text (FTS5 contentless), so the few hits of a page are read from their entries.

Matching follows the index's tokenizer closely enough for highlighting (unicode61 with
diacritics removed: words are runs of letters and digits, compared without accents or case);
whether an entry matches at all is always the index's answer.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

#: Snippet highlight marks: private-use characters that never come from a keyboard.
MATCH_START, MATCH_END = "\ue000", "\ue001"
ELLIPSIS = "…"
WORDS_SHOWN = 16
_WORD = re.compile(r"\w+", re.UNICODE)


def fold(word: str) -> str:
    """A word as the index compares it: no accents, no case."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@dataclass(frozen=True, slots=True)
class Terms:
    """The words a person typed; the last one also matches as a prefix while still typed."""

    words: tuple[str, ...]
    last_is_prefix: bool

    @classmethod
    def of(cls, text: str) -> Terms | None:
        words = tuple(_WORD.findall(text))
        if not words:
            return None
        return cls(words, bool(_WORD.fullmatch(text[-1])))

    def fts_query(self, whole_words: bool = False) -> str:
        """A safe FTS5 query: each word a quoted phrase, never FTS syntax. `whole_words`:
        the last word too matches only itself (its matches are some of the prefix's)."""
        quoted = [f'"{w}"' for w in self.words]
        if self.last_is_prefix and not whole_words:
            quoted[-1] += "*"
        return " ".join(quoted)

    def matcher(self) -> Callable[[str], bool]:
        """Whether a word of the text matches: the typed words are folded once, and plain
        ASCII words of the text skip Unicode normalisation."""
        wanted = {fold(w) for w in self.words}
        prefix = fold(self.words[-1]) if self.last_is_prefix else None

        def matches(word: str) -> bool:
            folded = word.lower() if word.isascii() else fold(word)
            return folded in wanted or (prefix is not None and folded.startswith(prefix))

        return matches

    def matches(self, word: str) -> bool:
        return self.matcher()(word)


def snippet(text: str, terms: Terms) -> str:
    """About WORDS_SHOWN words of `text` around its first match, matches between marks.
    Only the words up to the first match and those shown are compared."""
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    matches = terms.matcher()
    first = next((i for i, t in enumerate(tokens) if matches(t.group())), 0)
    begin = max(0, min(first - 3, len(tokens) - WORDS_SHOWN))
    end = min(len(tokens), begin + WORDS_SHOWN)
    # Text before the first word and after the last (emoji, punctuation) belongs to a
    # snippet that reaches that end of the text.
    pieces = [ELLIPSIS] if begin else [text[: tokens[0].start()]]
    for i in range(begin, end):
        if i > begin:
            pieces.append(text[tokens[i - 1].end() : tokens[i].start()])
        word = tokens[i].group()
        pieces.append(f"{MATCH_START}{word}{MATCH_END}" if matches(word) else word)
    pieces.append(ELLIPSIS if end < len(tokens) else text[tokens[-1].end() :])
    return "".join(pieces)
