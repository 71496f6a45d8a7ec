"""Unlock history in words: when the journal was opened, and when an attempt did not succeed.

For people who worry that someone tried to read their journal. Only times are kept (never
which secret was typed, nor anything typed). The notice after an unlock is calm on purpose:
a failed attempt is most often one's own typing, and nothing here accuses anyone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from healdesk.core.language.vocabulary import counted
from healdesk.i18n import N_, NN_, _, format_local_pattern

TITLE = N_("Unlock history")
INTRO = N_(
    "When this journal was opened, and when an attempt to open it did not succeed. Only the "
    "times are kept, inside the encrypted journal."
)
LIMITS = N_(
    "While the journal is locked, the times of attempts that did not succeed wait in a small "
    "file beside it until the next opening. Someone who can change files on this computer "
    "could delete or change that file, so this list may miss some attempts."
)
OPENED = N_("Opened")
NOT_OPENED = N_("Did not open (the passphrase or recovery key did not match)")
NONE_YET = N_("Nothing recorded yet.")
NOTICE = NN_(
    "Since you last opened the journal, {n} attempt to open it did not succeed.",
    "Since you last opened the journal, {n} attempts to open it did not succeed.",
)
LATEST = N_("The latest was on {when}.")
REASSURE = N_("If that was you, there is nothing to do. The full list is in Help, Unlock history.")


@dataclass(frozen=True, slots=True)
class UnlockEvent:
    """One opening (`opened`) or one attempt that did not open the journal, in UTC."""

    at: datetime
    opened: bool

    def describe(self) -> tuple[str, str]:
        """(when, what happened), in the shown language and the local time."""
        return when_text(self.at), _(OPENED) if self.opened else _(NOT_OPENED)


def when_text(moment: datetime) -> str:
    """Weekday, date and time to the minute, local, as the entry list shows them."""
    return format_local_pattern(moment.astimezone(), "EEE dd MMM y, HH:mm")


def notice(failures: Sequence[datetime]) -> str | None:
    """What to say after an unlock, or None when nothing unexpected happened."""
    if not failures:
        return None
    count = counted(len(failures), *NOTICE)
    latest = _(LATEST).format(when=when_text(max(failures)))
    return f"{count} {latest}\n\n{_(REASSURE)}"
