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
from itertools import pairwise

from healdesk.core.moves import ME, THEM, Stance, my_move, parse_step, their_move
from healdesk.core.pattern_columns import Columns, most_frequent, picker, ranked

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


def move_pairs(columns: Columns, by_theme: Mapping[str, Sequence[int]]) -> tuple[MovePair, ...]:
    """Every pair, across all entries (theme None) and per theme, most frequent first."""
    everything = range(len(columns.ids))
    found = []
    themes = [(t, by_theme[t]) for t in most_frequent(by_theme)]
    for theme, indexes in [(None, everything), *themes]:
        counts = _pair_counts(columns, indexes)
        found += [MovePair(theme, m, t, n) for (m, t), n in _ranked_pairs(counts)]
    return tuple(found)


def theme_loops(columns: Columns, by_theme: Mapping[str, Sequence[int]]) -> tuple[ThemeLoop, ...]:
    """One loop per theme whose top pair was noted often enough, most noted first."""
    loops = [_loop(theme, columns, indexes) for theme, indexes in by_theme.items()]
    found = [loop for loop in loops if loop is not None]
    found.sort(key=lambda loop: (-loop.together, (loop.theme or "").casefold()))
    return tuple(found)


def _pair_counts(columns: Columns, indexes: Sequence[int]) -> Counter[tuple[str, str]]:
    pick = picker(indexes)
    counts: Counter[tuple[str, str]] = Counter()
    for mine, theirs in zip(pick(columns.parts), pick(columns.theirs), strict=True):
        if mine and theirs:
            counts.update({(m, t) for m in mine for t in theirs})
    return counts


def _ranked_pairs(counts: Counter[tuple[str, str]]) -> list[tuple[tuple[str, str], int]]:
    """Most frequent first; among equals, a pursue-withdraw pair first, then by the words."""

    def order(item: tuple[tuple[str, str], int]) -> tuple[int, int, str, str]:
        (mine, theirs), n = item
        stances = {my_move(mine).stance, their_move(theirs).stance}
        return (-n, stances != {Stance.PURSUE, Stance.WITHDRAW}, mine.casefold(), theirs.casefold())

    return sorted(counts.items(), key=order)


def _loop(theme: str, columns: Columns, indexes: Sequence[int]) -> ThemeLoop | None:
    ranked_pairs = _ranked_pairs(_pair_counts(columns, indexes))
    if not ranked_pairs or ranked_pairs[0][1] < LOOP_MIN_ENTRIES:
        return None
    (mine, theirs), together = ranked_pairs[0]
    then_they = then_me = 0
    ids = []
    for index in indexes:
        if mine in columns.parts[index] and theirs in columns.theirs[index]:
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
