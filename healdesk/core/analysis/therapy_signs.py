"""The article's five signs that a couples therapist (or, beyond a couple, a counsellor) could
help, each found only where the journal holds the data for it.

- same_fight: a theme that recurs (patterns' own "recurring").
- unsettled_after_trying: a theme whose entries with a repair mostly still feel raw.
- not_heard: feeling unheard, dismissed, invisible ... in several entries (any theme).
- more_dismissive: the later half of the period shows fewer repairs, fewer repairs reaching a
  conversation, or more of my moves that step back or dismiss, than the earlier half.
- stuck_after_fights: a theme whose entries from weeks ago mostly still feel raw.
Only unsettled_after_trying speaks of trying, so it alone needs a repair; the rest do not.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import chain

from healdesk.core.analysis.moves import Stance, my_move
from healdesk.core.analysis.pattern_columns import (
    DAY_SECONDS,
    UNSETTLED_MAX,
    Columns,
    most_frequent,
)

SIGNS = (
    "same_fight",
    "unsettled_after_trying",
    "not_heard",
    "more_dismissive",
    "stuck_after_fights",
)
#: Feelings that say "I was not heard or seen" (casefolded).
NOT_HEARD_FEELINGS = frozenset(
    {
        "unheard",
        "dismissed",
        "invisible",
        "unseen",
        "ignored",
        "not heard",
        "not seen",
        "misunderstood",
        "overlooked",
        "not listened to",
    }
)
#: How many entries a sign needs before it is said.
MIN_ENTRIES = 3
UNSETTLED_MIN_TRIED = 2
#: more_dismissive compares two halves of at least this many entries each.
HALF_MIN = 4
#: stuck_after_fights looks at entries at least this old.
STUCK_AFTER_DAYS = 14


@dataclass(frozen=True, slots=True)
class TherapySign:
    """One sign; `theme` None means across themes. `talked`: for unsettled_after_trying,
    whether any of its repairs reached a conversation (so the words can say so)."""

    sign: str
    theme: str | None
    entry_ids: tuple[int, ...]
    talked: bool = False


def therapy_signs(
    columns: Columns,
    by_theme: Mapping[str, Sequence[int]],
    recurring: Collection[str],
    seconds: Sequence[float],
    until_seconds: float | None,
    talked_repairs: AbstractSet[int],
) -> tuple[TherapySign, ...]:
    """Every sign found, in SIGNS order, themes by how often they came up."""
    ids = columns.ids
    themes = most_frequent(by_theme)
    found = [
        TherapySign("same_fight", t, tuple(ids[i] for i in by_theme[t]))
        for t in themes
        if t in recurring
    ]
    for theme in themes:
        sign = _unsettled_after_trying(columns, theme, by_theme[theme], talked_repairs)
        if sign:
            found.append(sign)
    unheard_words = {f for f in set(chain.from_iterable(columns.feelings)) if _not_heard((f,))}
    unheard = [i for i, felt in enumerate(columns.feelings) if not unheard_words.isdisjoint(felt)]
    if len(unheard) >= MIN_ENTRIES:
        found.append(TherapySign("not_heard", None, tuple(ids[i] for i in unheard)))
    dismissive = _more_dismissive(columns, talked_repairs)
    if dismissive:
        found.append(TherapySign("more_dismissive", None, tuple(ids[i] for i in dismissive)))
    if until_seconds is not None:
        for theme in themes:
            stuck = _stuck(columns, by_theme[theme], seconds, until_seconds)
            if stuck:
                found.append(TherapySign("stuck_after_fights", theme, tuple(ids[i] for i in stuck)))
    return tuple(found)


def _not_heard(feelings: Sequence[str]) -> bool:
    return any(f.casefold() in NOT_HEARD_FEELINGS for f in feelings)


def _unsettled_after_trying(
    columns: Columns, theme: str, indexes: Sequence[int], talked_repairs: AbstractSet[int]
) -> TherapySign | None:
    tried = [i for i in indexes if columns.repaired[i] and columns.settled[i] is not None]
    unsettled = [i for i in tried if columns.settled[i] <= UNSETTLED_MAX]  # type: ignore[operator]
    if len(unsettled) < UNSETTLED_MIN_TRIED or len(unsettled) * 2 < len(tried):
        return None
    talked = any(not talked_repairs.isdisjoint(columns.repair_ids[i]) for i in unsettled)
    return TherapySign(
        "unsettled_after_trying", theme, tuple(columns.ids[i] for i in unsettled), talked
    )


def _more_dismissive(columns: Columns, talked_repairs: AbstractSet[int]) -> list[int]:
    """The later half's entries that show the change, or [] when nothing changed."""
    count = len(columns.ids)
    if count < 2 * HALF_MIN:
        return []
    middle = count // 2
    halves = (range(middle), range(middle, count))
    dismissive = _dismissive_words(columns.parts)
    repaired = [[i for i in half if columns.repaired[i]] for half in halves]
    talked = [
        [i for i in tried if not talked_repairs.isdisjoint(columns.repair_ids[i])]
        for tried in repaired
    ]
    noted = [[i for i in half if columns.parts[i]] for half in halves]
    stepping_back = [
        [i for i in half if not dismissive.isdisjoint(columns.parts[i])] for half in noted
    ]
    late_ids: set[int] = set()
    if _fell(len(repaired[0]), len(halves[0]), len(repaired[1]), len(halves[1])):
        late_ids.update(i for i in halves[1] if not columns.repaired[i])
    if len(repaired[0]) >= 2 and _fell(
        len(talked[0]), len(repaired[0]), len(talked[1]), len(repaired[1])
    ):
        late_ids.update(set(repaired[1]) - set(talked[1]))
    if (
        len(noted[0]) >= 2
        and len(noted[1]) >= 2
        and _rose(len(stepping_back[0]), len(noted[0]), len(stepping_back[1]), len(noted[1]))
    ):
        late_ids.update(stepping_back[1])
    return sorted(late_ids)


def _dismissive_words(parts: Sequence[Sequence[str]]) -> frozenset[str]:
    """The my-part words used here that step back or dismiss (each word looked up once)."""
    used = set(chain.from_iterable(parts))
    return frozenset(word for word in used if _dismissive(word))


def _dismissive(move: str) -> bool:
    known = my_move(move)
    return known.stance is Stance.WITHDRAW or known.horseman == "contempt"


def _fell(before: int, of_before: int, after: int, of_after: int) -> bool:
    """The share fell to half or less, from a share worth speaking of (a third or more)."""
    if not of_before or not of_after or before * 3 < of_before:
        return False
    return after * of_before * 2 <= before * of_after


def _rose(before: int, of_before: int, after: int, of_after: int) -> bool:
    """The share rose by half again or more, to at least half of the entries."""
    return after * 2 >= of_after and after * of_before * 2 >= 3 * before * of_after and after > 0


def _stuck(
    columns: Columns, indexes: Sequence[int], seconds: Sequence[float], until_seconds: float
) -> list[int]:
    cutoff = until_seconds - STUCK_AFTER_DAYS * DAY_SECONDS
    older = [i for i in indexes if seconds[i] <= cutoff and columns.settled[i] is not None]
    raw = [i for i in older if columns.settled[i] <= UNSETTLED_MAX]  # type: ignore[operator]
    return raw if len(raw) >= MIN_ENTRIES and len(raw) * 2 >= len(older) else []
