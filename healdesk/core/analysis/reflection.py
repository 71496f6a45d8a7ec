"""The "How we fight" reflection in words, for beside the cycle map: what the writer answered,
quoted as theirs, never scored and never turned into a type."""

from __future__ import annotations

from healdesk.core.repairs.repair import Repair, RepairSummary
from healdesk.i18n import N_, _

TEMPLATE_ID = "how-we-fight"
#: Answer key -> how its words are introduced.
_SAID = (
    ("start.moves", N_("When a conflict starts, you tend to")),
    ("need.wishes", N_("What you need most then")),
    ("fear.fear", N_("What you fear")),
    ("slow.helps", N_("What could help you slow down")),
)


def latest_reflection(repairs: list[RepairSummary]) -> int | None:
    """The id of the most recent "How we fight" reflection, if there is one."""
    found = [r for r in repairs if r.template_id == TEMPLATE_ID]
    return max(found, key=lambda r: r.created_at).id if found else None


def reflection_sentences(repair: Repair) -> list[str]:
    said = []
    for key, intro in _SAID:
        answer = repair.answers.get(key)
        words = ", ".join(answer) if isinstance(answer, list) else (answer or "").strip()
        if words:
            said.append(_("{intro}: {words}.").format(intro=_(intro), words=words))
    return said
