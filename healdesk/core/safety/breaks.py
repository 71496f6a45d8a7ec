"""A break in a fight: long enough for the body to settle, short enough to come back.

When the heart races and thoughts narrow ("flooding"), talking on makes things worse; a break
of at least twenty minutes lets the body calm down, and coming back within a day keeps the
break from turning into walking away. The break companion plans one, keeps time from the
wall clock (so a lock, a sleep or a restart changes nothing) and never nags.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from healdesk.i18n import N_, _

MIN_MINUTES = 20
DEFAULT_MINUTES = 30
#: The longest a break may be planned for, in minutes (the return is then within a day).
MAX_MINUTES = 24 * 60


class BreakTooShort(ValueError):
    """A break under twenty minutes, or a return more than a day away."""


@dataclass(frozen=True, slots=True)
class Break:
    """A planned break: when it started and when I mean to come back (within a day)."""

    started: datetime
    until: datetime

    @classmethod
    def planned(cls, now: datetime, minutes: int) -> Break:
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise BreakTooShort(
                _(
                    "a break lasts from {MIN_MINUTES} minutes to a day, not {minutes} minutes"
                ).format(MIN_MINUTES=MIN_MINUTES, minutes=minutes)
            )
        return cls(now, now + timedelta(minutes=minutes))

    def remaining(self, now: datetime) -> timedelta:
        """Time left (never negative)."""
        return max(self.until - now, timedelta(0))

    def over(self, now: datetime) -> bool:
        return now >= self.until


def clock_text(left: timedelta) -> str:
    """Time left as the companion shows it: "29:59", or "1:05:00" beyond an hour."""
    seconds = int(left.total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


# --- words (translated where shown) -----------------------------------------------------
TITLE = N_("Taking a break")
WHY = N_(
    "When your heart is racing and it is hard to think, a break helps more than more words. "
    "Give your body at least twenty minutes to settle, then come back to the conversation "
    "within a day."
)
SAY_IT = N_(
    "You could say: \u201cI need a break so I can really listen. Let\u2019s talk again at "
    "eight.\u201d"
)
SOOTHING = N_(
    "While you wait: breathe out slowly, longer than you breathe in; take a walk; drink "
    "some water; listen to something calm. Try not to replay the argument."
)
HOW_LONG = N_("Minutes")
BACK_AT = N_("Back to the conversation at {time}")
RUNNING = N_("Time left of your break")
OVER = N_(
    "Your break is over. When you both feel ready, you could come back to the conversation. "
    "There is no hurry."
)
NOTE_OFFER = N_(
    "If it helps to put it down, you can note what happened; it is kept as an unsaved draft "
    "until you decide."
)
