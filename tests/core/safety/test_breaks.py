"""A break lasts at least twenty minutes and ends within a day; time left is read from the
clock, so nothing about it depends on a timer having run."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from healdesk.core.safety.breaks import DEFAULT_MINUTES, Break, BreakTooShort, clock_text

NOW = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)


@pytest.mark.parametrize("minutes", [0, 10, 19, 24 * 60 + 1])
def test_too_short_or_longer_than_a_day_is_refused(minutes):
    with pytest.raises(BreakTooShort):
        Break.planned(NOW, minutes)


def test_time_left_comes_from_the_clock_and_never_goes_below_zero():
    planned = Break.planned(NOW, DEFAULT_MINUTES)
    assert planned.remaining(NOW + timedelta(minutes=10)) == timedelta(minutes=20)
    assert not planned.over(NOW + timedelta(minutes=29, seconds=59))
    assert planned.over(NOW + timedelta(hours=5))
    assert planned.remaining(NOW + timedelta(hours=5)) == timedelta(0)


@pytest.mark.parametrize(
    ("left", "shown"),
    [(timedelta(minutes=29, seconds=59), "29:59"), (timedelta(hours=1, minutes=5), "1:05:00")],
)
def test_the_clock_text(left, shown):
    assert clock_text(left) == shown
