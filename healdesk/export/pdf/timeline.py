"""The summary page's timeline: every chosen entry as a dot, drawn as vector graphics.

Across: when it happened. Up: how intense it felt. Colour: its first theme. Filled: a repair
followed; hollow: none yet. Entries without an intensity are short upright marks on the baseline.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from reportlab.graphics.shapes import Circle, Drawing, Line, String
from reportlab.lib.colors import white

from healdesk.core.conflict import ConflictSummary
from healdesk.core.language.vocabulary import INTENSITY_MAX
from healdesk.export.pdf.fonts import TEXT
from healdesk.export.pdf.styles import (
    FAINT,
    MUTED,
    day_month,
    month_year,
    short_month,
    theme_colour,
)
from healdesk.i18n import _

HEIGHT = 120
_LEFT, _RIGHT, _BOTTOM, _TOP = 30, 8, 24, 18
#: The widest span drawn: a month inside datetime's own limits at both ends, so padding and
#: the month and day labels never step outside them (an import accepts years 2 to 9998).
_EARLIEST = datetime(1, 2, 1, tzinfo=UTC)
_LATEST = datetime(9999, 11, 1, tzinfo=UTC)
#: At most this many labels under the axis (more would overlap), and this many ticks.
_MAX_LABELS = 12
_MAX_TICKS = 120
_DECADE = timedelta(days=3653)


def timeline(
    entries: Sequence[ConflictSummary], colours: Mapping[str, str], width: float
) -> Drawing:
    drawing = Drawing(width, HEIGHT, initialFontName=TEXT.name)
    plot_w, plot_h = width - _LEFT - _RIGHT, HEIGHT - _BOTTOM - _TOP
    start, end = _span(entries)
    seconds = (end - start).total_seconds()

    def x_of(moment: datetime) -> float:
        return _LEFT + plot_w * (moment - start).total_seconds() / seconds

    for level in (0, 5, 10):
        y = _BOTTOM + plot_h * level / INTENSITY_MAX
        drawing.add(Line(_LEFT, y, _LEFT + plot_w, y, strokeColor=FAINT, strokeWidth=0.5))
        drawing.add(
            String(
                _LEFT - 6,
                y - 3,
                str(level),
                fontName=TEXT.name,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        String(2, HEIGHT - 7, _("Intensity"), fontName=TEXT.name, fontSize=7, fillColor=MUTED)
    )
    for boundary in _ticks(start, end):
        x = x_of(boundary)
        drawing.add(Line(x, _BOTTOM - 4, x, _BOTTOM, strokeColor=MUTED, strokeWidth=0.5))
    for middle, label in _labels(start, end):
        drawing.add(
            String(
                x_of(middle),
                _BOTTOM - 13,
                label,
                fontName=TEXT.name,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    for entry in entries:
        colour = theme_colour(colours.get(entry.themes[0]) if entry.themes else None)
        x = x_of(entry.happened_at)
        if entry.intensity is None:
            drawing.add(Line(x, _BOTTOM, x, _BOTTOM + 8, strokeColor=colour, strokeWidth=1.6))
            continue
        y = _BOTTOM + plot_h * entry.intensity / INTENSITY_MAX
        drawing.add(
            Circle(
                x,
                y,
                3.2,
                strokeColor=colour,
                strokeWidth=1.2,
                fillColor=colour if entry.repair_ids else white,
            )
        )
    return drawing


def _span(entries: Sequence[ConflictSummary]) -> tuple[datetime, datetime]:
    """The time shown, padded so a single day or a single entry still has room, and never
    padded past the years a date can have (an entry in year 2 beside one in 2025)."""
    first, last = entries[0].happened_at, entries[-1].happened_at
    pad = max((last - first) * 0.04, timedelta(hours=12))
    before = min(pad, max(first - _EARLIEST, timedelta(0)))
    after = min(pad, max(_LATEST - last, timedelta(0)))
    return first - before, last + after


def _ticks(start: datetime, end: datetime) -> list[datetime]:
    """Where the axis gets a tick: each month start, or each year's past ten years, and only
    every n-th of those past a century (an entry in year 2 beside one this year)."""
    if end - start <= _DECADE:
        return _month_starts(start, end)
    years = [datetime(y, 1, 1, tzinfo=start.tzinfo) for y in range(start.year + 1, end.year + 1)]
    return _every_nth(years, _MAX_TICKS)


def _month_starts(start: datetime, end: datetime) -> list[datetime]:
    """First moments of the months that begin inside the shown span."""
    moments, month = [], date(start.year, start.month, 1)
    while True:
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        moment = datetime(month.year, month.month, 1, tzinfo=start.tzinfo)
        if moment > end:
            return moments
        moments.append(moment)


def _labels(start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    """Where to write what under the axis: each month centred in its stretch (every n-th
    when there are many, years alone past three years), or days for a short span."""
    if end - start <= timedelta(days=40):
        step = max(1, (end - start).days // 8)
        noons = [
            datetime(d.year, d.month, d.day, 12, tzinfo=start.tzinfo)
            for d in (start.date() + timedelta(days=n) for n in range((end - start).days + 2))
        ]
        shown = [noon for noon in noons if start <= noon <= end][::step]
        return [(noon, day_month(noon)) for noon in shown]
    if end - start > _DECADE:
        return _year_labels(start, end)
    edges = [start, *_month_starts(start, end), end]
    stretches = [
        (a + (b - a) / 2, a if a != start else b - timedelta(days=1))
        for a, b in itertools.pairwise(edges)
        if (b - a) >= timedelta(days=10)
    ]
    if len(stretches) > 36:
        return _year_labels(start, end)
    step = -(-len(stretches) // _MAX_LABELS)
    return [
        (
            mid,
            month_year(month) if i == 0 or month.month <= step else short_month(month),
        )
        for i, (mid, month) in enumerate(stretches[::step])
    ]


def _year_labels(start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    """Years alone, at mid-year, every n-th when there are more than fit."""
    years = range(start.year, end.year + 1)
    middles = [datetime(y, 7, 1, tzinfo=start.tzinfo) for y in years]
    shown = [m for m in middles if start <= m <= end]
    return [(m, str(m.year)) for m in _every_nth(shown, _MAX_LABELS)]


def _every_nth(items: list[datetime], most: int) -> list[datetime]:
    """Every n-th of `items`, n as small as keeps them to `most`."""
    return items[:: max(1, -(-len(items) // most))]
