"""Words people read in more than one place, kept once so every screen, export and command says
the same thing, and the translation catalogue holds one entry for each.

Constants are marked with `N_` and translated where they are shown (`_(words.X)` in Qt-free
code; the app's QTranslator answers from the same catalogue). Feature-only words stay beside
their feature; a word moves here once a second place needs it.
"""

from __future__ import annotations

from healdesk.core.repairs.repair import CheckInResult, RepairStatus
from healdesk.i18n import N_, _

#: Shown on the first-run welcome, under Help > If you do not feel safe, in About, and before
#: every guided repair: repair exercises are never the answer to being afraid.
SAFETY_NOTE = N_(
    "If you are afraid of the person you argued with, or for your safety, repair exercises "
    "are not the answer. Please reach out to local emergency services or a domestic violence "
    "helpline."
)

#: Where a repair stands, as every screen, export and command says it (lower case: it is
#: often the middle of a sentence; `sentence_start` gives it a capital where it starts one).
REPAIR_STATUS_WORDS: dict[RepairStatus, str] = {
    RepairStatus.DRAFT: N_("not finished yet"),
    RepairStatus.PLANNED: N_("planned, not yet talked"),
    RepairStatus.TALKED: N_("we talked"),
    RepairStatus.FOLLOWED_THROUGH: N_("followed through"),
}

#: How a commitment went at a check-in: "not yet" is an honest answer, never a failure.
CHECK_IN_WORDS: dict[CheckInResult, str] = {
    CheckInResult.KEPT: N_("kept"),
    CheckInResult.PARTLY: N_("partly kept"),
    CheckInResult.NOT_YET: N_("not yet"),
}


def status_word(status: str) -> str:
    """The translated words for a repair status (a RepairStatus or its stored value; a value
    this version does not know, from an imported file, is shown as it is)."""
    words = REPAIR_STATUS_WORDS.get(status)  # type: ignore[call-overload]
    return _(words) if words else str(status)


def check_in_word(result: str) -> str:
    """The translated words for a check-in result (a CheckInResult or its stored value; an
    unknown value is shown as it is)."""
    words = CHECK_IN_WORDS.get(result)  # type: ignore[call-overload]
    return _(words) if words else str(result)


def sentence_start(words: str) -> str:
    """`words` with a capital first letter, the rest untouched (safe for every language,
    unlike str.capitalize, which would lower a German noun)."""
    return words[:1].upper() + words[1:]
