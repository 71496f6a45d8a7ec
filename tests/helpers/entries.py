"""Entries that more than one test folder writes: one place, so they cannot drift apart."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from healdesk.core.conflict import Conflict

BERLIN = ZoneInfo("Europe/Berlin")


def full_conflict() -> Conflict:
    """A conflict with every field in use, markup-like and right-to-left text included, written
    on a Berlin wall clock (UTC+02:00 that day) so lost offsets show."""
    return Conflict(
        happened_at=datetime(2026, 3, 29, 21, 15, tzinfo=BERLIN),
        what_happened='They said <b>never</b> & I said "always" — שלום 😢',
        person="Sam",
        intensity=7,
        my_feelings=["hurt", "tired"],
        my_feelings_note="a knot in my stomach",
        their_feelings=["unheard"],
        their_feelings_note="I guess lonely",
        my_part=["raised my voice", "walked away"],
        my_part_note="I slammed the door",
        my_wish=["to be asked"],
        their_wish=["help without reminders"],
        themes=["Chores", "Feeling unheard"],
        settled=2,
        private_notes="only for me",
    )
