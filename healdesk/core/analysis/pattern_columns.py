"""Entry summaries as columns, and the small counting helpers every pattern module shares.

Columns let a theme's values be picked out in C (itemgetter) rather than attribute by
attribute in Python: this is most of the analysis time at 20,000 entries.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any

from healdesk.core.conflict import ConflictSummary

DAY_SECONDS = 86400.0
#: Settled 1 (raw) and 2 (unsettled) count as still unsettled.
UNSETTLED_MAX = 2


class Clock:
    """Each entry's wall-clock facts, worked out once: seconds on the writer's wall clock (for
    DST-proof gaps), weekday, hour and month number. An aware datetime's fields already are
    the writer's wall clock, so no time zone arithmetic is needed."""

    __slots__ = ("first", "first_month", "hours", "last", "months", "seconds", "weekdays")

    def __init__(self, moments: Iterable[datetime]) -> None:
        """`moments` in the entries' order; read once (a generator parsing them one at a
        time keeps no datetime alive)."""
        self.hours: list[int] = []
        self.seconds: list[float] = []
        self.weekdays: list[int] = []
        self.months: list[int] = []
        self.first: datetime | None = None
        self.last: datetime | None = None
        for moment in moments:
            day, hour = moment.toordinal(), moment.hour
            self.hours.append(hour)
            self.seconds.append(
                day * DAY_SECONDS + hour * 3600 + moment.minute * 60 + moment.second
            )
            self.weekdays.append((day + 6) % 7)  # ordinal 1 was a Monday
            self.months.append(moment.year * 12 + moment.month - 1)
            if self.first is None:
                self.first = moment
            self.last = moment
        self.first_month = min(self.months, default=0)

    @staticmethod
    def wall_seconds(moment: datetime) -> float:
        return (
            moment.toordinal() * DAY_SECONDS
            + moment.hour * 3600
            + moment.minute * 60
            + moment.second
        )

    def month_count(self) -> int:
        return max(self.months) - self.first_month + 1 if self.months else 0

    def month_numbers(self) -> range:
        """Every month from the first entry's to the last's, gaps included (for charts)."""
        return range(self.first_month, self.first_month + self.month_count())

    def month_labels(self) -> tuple[str, ...]:
        return tuple(f"{n // 12:04d}-{n % 12 + 1:02d}" for n in self.month_numbers())

    def weekday_hours(self) -> tuple[tuple[int, ...], ...]:
        grid = [[0] * 24 for _ in range(7)]
        for weekday, hour in zip(self.weekdays, self.hours, strict=True):
            grid[weekday][hour] += 1
        return tuple(tuple(row) for row in grid)


class Columns:
    """The summaries' fields, one list per field, in the summaries' order. `stamps` are the
    entries' real times (epoch seconds), for what elapsed between an entry and a repair."""

    __slots__ = (
        "feelings",
        "ids",
        "intensities",
        "my_wishes",
        "orders",
        "parts",
        "people",
        "repair_ids",
        "repaired",
        "settled",
        "stamps",
        "their_wishes",
        "theirs",
        "themes",
    )

    def __init__(self, conflicts: Sequence[ConflictSummary]) -> None:
        self.ids = list(map(attrgetter("id"), conflicts))
        self.stamps = [c.happened_at.timestamp() for c in conflicts]
        self.people = list(map(attrgetter("person"), conflicts))
        self.intensities = list(map(attrgetter("intensity"), conflicts))
        self.settled = list(map(attrgetter("settled"), conflicts))
        self.themes = list(map(attrgetter("themes"), conflicts))
        self.repair_ids = list(map(attrgetter("repair_ids"), conflicts))
        self.repaired = list(map(bool, self.repair_ids))
        self.parts = list(map(attrgetter("my_part"), conflicts))
        self.theirs = list(map(attrgetter("their_moves"), conflicts))
        self.orders = list(map(attrgetter("move_order"), conflicts))
        self.my_wishes = list(map(attrgetter("my_wish"), conflicts))
        self.their_wishes = list(map(attrgetter("their_wish"), conflicts))
        self.feelings = list(map(attrgetter("my_feelings"), conflicts))

    @classmethod
    def from_lists(cls, **lists: list[Any]) -> Columns:
        """Columns read straight from the vault, without summaries: every field but
        `repaired`, which follows from `repair_ids`."""
        columns = cls.__new__(cls)
        for name, values in lists.items():
            setattr(columns, name, values)
        columns.repaired = list(map(bool, columns.repair_ids))
        return columns

    def by_theme(self) -> dict[str, list[int]]:
        """Each theme's entry indexes, in the summaries' order."""
        found: dict[str, list[int]] = defaultdict(list)
        for index, themes in enumerate(self.themes):
            for theme in themes:
                found[theme].append(index)
        return found


def most_frequent(by_theme: Mapping[str, Sequence[int]]) -> list[str]:
    """Theme names, most entries first, then by name: the order every list shows them in."""
    return sorted(by_theme, key=lambda t: (-len(by_theme[t]), t.casefold()))


def picker(indexes: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """itemgetter for any number of indexes, always giving a tuple."""
    if len(indexes) == 1:
        only = indexes[0]
        return lambda column: (column[only],)
    if not indexes:
        return lambda column: ()
    return itemgetter(*indexes)


def ranked(counts: Counter[Any], drop: object = None) -> tuple[tuple[str, int], ...]:
    """(word, count), most frequent first, then by name."""
    counts.pop(drop, None)
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold())))


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def mean(values: Iterable[int | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.fmean(present), 1) if present else None
