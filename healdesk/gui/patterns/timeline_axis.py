"""The calendar under the timeline: axis ticks in days, weeks, months or years, and weekends.

Pure arithmetic like `timeline_layout`, in the local calendar (marks themselves use epoch
seconds, so they never jump at DST changes; labels and weekends follow the wall clock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from healdesk.gui.patterns.timeline_layout import DAY, Viewport, day_start
from healdesk.i18n import format_local_pattern, month_name


@dataclass(frozen=True, slots=True)
class Tick:
    """One axis line and its label; a major tick (a new week, month or year) is drawn
    stronger. A day's label sits in the middle of its day (`centre`), so an evening entry
    reads as that day, not as the next day whose line it sits against; other labels start
    just after their line (`centre` None)."""

    x: float
    label: str
    major: bool
    centre: float | None = None


def ticks(view: Viewport) -> list[Tick]:
    """Axis ticks in local calendar units fitting the zoom: days, weeks, months or years."""
    days = view.width * view.seconds_per_px / DAY
    first = datetime.fromtimestamp(view.start).date()
    last = datetime.fromtimestamp(view.end).date()
    result: list[Tick] = []
    if days <= 16:
        day = first
        while day <= last:
            x, next_x = (view.x(day_start(d)) for d in (day, day + timedelta(days=1)))
            result.append(
                Tick(x, format_local_pattern(day, "EEE dd"), day.weekday() == 0, (x + next_x) / 2)
            )
            day += timedelta(days=1)
    elif days <= 100:
        day = first - timedelta(days=first.weekday())
        while day <= last:
            result.append(
                Tick(view.x(day_start(day)), format_local_pattern(day, "d MMM"), day.day <= 7)
            )
            day += timedelta(days=7)
    elif days <= 800:
        day = first.replace(day=1)
        while day <= last:
            x = view.x(day_start(day))
            # The year goes with each January and with the first month in view.
            shown = view.left - 1 <= x and not any(t.label for t in result if t.x >= view.left - 1)
            label = (
                format_local_pattern(day, "MMM y")
                if day.month == 1 or shown
                else month_name(day.month)
            )
            result.append(Tick(x, label, day.month == 1))
            day = _next_month(day)
    else:
        day = first.replace(month=1, day=1)
        while day <= last:
            for month in (1, 4, 7, 10):
                quarter = day.replace(month=month)
                label = f"{day.year}" if month == 1 else ""
                result.append(Tick(view.x(day_start(quarter)), label, month == 1))
            day = day.replace(year=day.year + 1)
    return [t for t in result if view.left - 1 <= t.x <= view.left + view.width + 1]


def weekend_spans(view: Viewport) -> list[tuple[float, float]]:
    """Saturday-Sunday stretches (x from, x to) when days are wide enough to see them."""
    if view.width * view.seconds_per_px / DAY > 100:
        return []
    day = datetime.fromtimestamp(view.start).date()
    day -= timedelta(days=(day.weekday() - 5) % 7)
    spans = []
    while day_start(day) < view.end:
        spans.append((view.x(day_start(day)), view.x(day_start(day + timedelta(days=2)))))
        day += timedelta(days=7)
    return spans


def _next_month(day: date) -> date:
    return (
        day.replace(year=day.year + 1, month=1)
        if day.month == 12
        else day.replace(month=day.month + 1)
    )
