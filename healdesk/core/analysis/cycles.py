"""The cycle between us: which of my moves and which of theirs keep showing up together.

Counted from the moves each entry notes ("My part" and "What I noticed them do") and, where the
writer gave one, the order of what happened next. A pair counts once per entry that noted
both. The loop for a theme is its most frequent pair; its arrows say how often the order showed
their move following mine, and mine following theirs again, so nothing is drawn that the
journal does not show. Moves are described, never people.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise, product

from healdesk.core.analysis.moves import ME, THEM, Stance, my_move, parse_step, their_move
from healdesk.core.analysis.pattern_columns import Columns, most_frequent, picker, ranked

#: A theme gets a loop when its most frequent pair was noted in at least this many entries.
LOOP_MIN_ENTRIES = 2


@dataclass(frozen=True, slots=True)
class MovePair:
    """One of my moves and one of theirs, noted together in `count` entries."""

    theme: str | None
    my_move: str
    their_move: str
    count: int


@dataclass(frozen=True, slots=True)
class ThemeLoop:
    """The loop drawn for one theme (None: across all themes).

    `together`: entries noting both moves; `then_they`: entries whose order shows their move
    right after mine; `then_me`: entries whose order shows mine again right after theirs.
    `person` is who most of the theme's entries were with (None if nobody was named).
    """

    theme: str | None
    my_move: str
    their_move: str
    together: int
    then_they: int
    then_me: int
    entry_ids: tuple[int, ...]
    person: str | None

    @property
    def complementary(self) -> bool:
        """One move reaches (pursue) while the other steps back (withdraw)."""
        stances = {my_move(self.my_move).stance, their_move(self.their_move).stance}
        return stances == {Stance.PURSUE, Stance.WITHDRAW}


def pair_counts(
    columns: Columns, by_theme: Mapping[str, Sequence[int]]
) -> dict[str | None, Counter[tuple[str, str]]]:
    """Pairs noted per theme (None: all entries), most frequent theme first. Each entry's
    pairs are made once; a theme's are then counted in C."""
    pairs = [  # pickers keep each word once per entry, so each pair counts once
        tuple(product(mine, theirs))
        for mine, theirs in zip(columns.parts, columns.theirs, strict=True)
    ]
    counts: dict[str | None, Counter[tuple[str, str]]] = {None: Counter(chain.from_iterable(pairs))}
    for theme in most_frequent(by_theme):
        counts[theme] = Counter(chain.from_iterable(picker(by_theme[theme])(pairs)))
    return counts


def move_pairs(counts: Mapping[str | None, Counter[tuple[str, str]]]) -> tuple[MovePair, ...]:
    """Every pair, across all entries (theme None) and per theme, most frequent first."""
    return tuple(
        MovePair(theme, m, t, n)
        for theme, counted in counts.items()
        for (m, t), n in _ranked_pairs(counted)
    )


def theme_loops(
    columns: Columns,
    by_theme: Mapping[str, Sequence[int]],
    counts: Mapping[str | None, Counter[tuple[str, str]]],
) -> tuple[ThemeLoop, ...]:
    """One loop per theme whose top pair was noted often enough, most noted first."""
    loops = [_loop(theme, columns, indexes, counts[theme]) for theme, indexes in by_theme.items()]
    found = [loop for loop in loops if loop is not None]
    found.sort(key=lambda loop: (-loop.together, (loop.theme or "").casefold()))
    return tuple(found)


def _ranked_pairs(counts: Counter[tuple[str, str]]) -> list[tuple[tuple[str, str], int]]:
    """Most frequent first; among equals, a pursue-withdraw pair first, then by the words."""

    def order(item: tuple[tuple[str, str], int]) -> tuple[int, int, str, str]:
        (mine, theirs), n = item
        stances = {my_move(mine).stance, their_move(theirs).stance}
        return (-n, stances != {Stance.PURSUE, Stance.WITHDRAW}, mine.casefold(), theirs.casefold())

    return sorted(counts.items(), key=order)


def _loop(
    theme: str, columns: Columns, indexes: Sequence[int], counts: Counter[tuple[str, str]]
) -> ThemeLoop | None:
    top = [item for item in counts.items() if item[1] == max(counts.values())] if counts else []
    if not top or top[0][1] < LOOP_MIN_ENTRIES:
        return None
    (mine, theirs), together = _ranked_pairs(Counter(dict(top)))[0]
    then_they = then_me = 0
    ids = []
    parts, theirs_noted = columns.parts, columns.theirs
    for index in indexes:
        if theirs in theirs_noted[index] and mine in parts[index]:
            ids.append(columns.ids[index])
            steps = [parse_step(s) for s in columns.orders[index]]
            after = set(pairwise(s for s in steps if s))
            then_they += ((ME, mine), (THEM, theirs)) in after
            then_me += ((THEM, theirs), (ME, mine)) in after
    people = ranked(Counter(picker(indexes)(columns.people)), drop=None)
    return ThemeLoop(
        theme,
        mine,
        theirs,
        together,
        then_they,
        then_me,
        tuple(ids),
        people[0][0] if people else None,
    )
