"""What lies underneath a theme: the wishes (mine, and as I guessed, theirs) and the feelings
that recur in its entries. Read from link tables through summaries, never from entry text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

from healdesk.core.analysis.pattern_columns import Columns, most_frequent, picker, ranked


@dataclass(frozen=True, slots=True)
class Underneath:
    """Per theme, each list (word, count), most frequent first."""

    theme: str
    my_wishes: tuple[tuple[str, int], ...]
    their_wishes: tuple[tuple[str, int], ...]
    feelings: tuple[tuple[str, int], ...]

    def recurring(self, field: str, most: int = 3) -> tuple[str, ...]:
        """Up to `most` words of one list that came up more than once, for sentences."""
        return tuple(word for word, n in getattr(self, field) if n >= 2)[:most]


def underneath(columns: Columns, by_theme: Mapping[str, Sequence[int]]) -> tuple[Underneath, ...]:
    """One entry per theme, most frequent theme first."""

    def counted(column: Sequence[tuple[str, ...]], indexes: Sequence[int]):
        return ranked(Counter(chain.from_iterable(picker(indexes)(column))))

    return tuple(
        Underneath(
            theme,
            counted(columns.my_wishes, by_theme[theme]),
            counted(columns.their_wishes, by_theme[theme]),
            counted(columns.feelings, by_theme[theme]),
        )
        for theme in most_frequent(by_theme)
    )
