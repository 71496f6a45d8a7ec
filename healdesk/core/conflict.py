"""A conflict entry: one rupture, written soon after an argument."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from healdesk.core.language.vocabulary import INTENSITY_MAX, INTENSITY_MIN, SETTLED_MAX, SETTLED_MIN

#: The word-list fields of a Conflict; drafts and HealDesk JSON keep them in this order.
#: `their_moves` holds move keys (core.moves) or the writer's own words; `move_order` the
#: optional "what happened next" steps, each "me:<move>" or "them:<move>".
LIST_FIELDS = (
    "my_feelings",
    "their_feelings",
    "my_part",
    "their_moves",
    "my_wish",
    "their_wish",
    "themes",
    "move_order",
)
#: Its free-text fields, in the order text_fields() gives them.
TEXT_FIELDS = (
    "what_happened",
    "my_feelings_note",
    "their_feelings_note",
    "my_part_note",
    "private_notes",
)


@dataclass(slots=True)
class Person:
    """Who a conflict was with. `role` ("Partner") stands in for `name` in redacted exports."""

    name: str
    role: str = ""
    id: int | None = None


#: How a theme colour is written ("" lets HealDesk choose one): anything else, once stored,
#: would reach every chart and export that draws the theme.
_THEME_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def is_theme_colour(value: str) -> bool:
    """Whether `value` is a colour a theme may keep: "#rrggbb"."""
    return _THEME_COLOUR.fullmatch(value) is not None


@dataclass(slots=True)
class Theme:
    """A recurring topic. Names are unique (case-insensitively) within a journal."""

    name: str
    colour: str = ""
    id: int | None = None


@dataclass(slots=True)
class Conflict:
    """Everything the writer noted about one argument.

    Only `what_happened` needs words; every other field may stay empty, because the first
    minutes after a fight must be forgiving. `happened_at` is timezone-aware, so weekday and
    time-of-day patterns use the writer's own wall clock even across DST changes and travel.
    People and themes are referred to by name; the vault keeps the ids.
    """

    happened_at: datetime
    what_happened: str
    person: str | None = None
    intensity: int | None = None
    my_feelings: list[str] = field(default_factory=list)
    my_feelings_note: str = ""
    their_feelings: list[str] = field(default_factory=list)
    their_feelings_note: str = ""
    my_part: list[str] = field(default_factory=list)
    my_part_note: str = ""
    their_moves: list[str] = field(default_factory=list)
    move_order: list[str] = field(default_factory=list)
    my_wish: list[str] = field(default_factory=list)
    their_wish: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    settled: int | None = None
    private_notes: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def __post_init__(self) -> None:
        if self.happened_at.tzinfo is None:
            raise ValueError("happened_at must carry a time zone")
        if self.intensity is not None and not INTENSITY_MIN <= self.intensity <= INTENSITY_MAX:
            raise ValueError(f"intensity must be {INTENSITY_MIN}-{INTENSITY_MAX}")
        if self.settled is not None and not SETTLED_MIN <= self.settled <= SETTLED_MAX:
            raise ValueError(f"settled must be {SETTLED_MIN}-{SETTLED_MAX}")

    def text_fields(self) -> dict[str, str]:
        """Every piece of free text, keyed by field name: what search and redaction walk over."""
        return {name: getattr(self, name) for name in TEXT_FIELDS}


class ConflictSummary(NamedTuple):
    """A conflict without any of its free text: what lists, patterns and the timeline need.

    The vault builds these from indexed columns only, so statistics never read entry bodies.
    A named tuple rather than a dataclass: a journal list builds 20,000 of them at unlock.
    The picked words after `repair_ids` (moves, their order, wishes, my feelings) come from
    link tables too: what the cycle map, the underneath lists and the signs read.
    """

    id: int
    happened_at: datetime
    person: str | None
    intensity: int | None
    settled: int | None
    themes: tuple[str, ...]
    my_part: tuple[str, ...]
    repair_ids: tuple[int, ...] = ()
    their_moves: tuple[str, ...] = ()
    move_order: tuple[str, ...] = ()
    my_wish: tuple[str, ...] = ()
    their_wish: tuple[str, ...] = ()
    my_feelings: tuple[str, ...] = ()
