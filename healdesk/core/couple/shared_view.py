"""Shared repairs as words: the preview of what leaves, what arrived, and both sides step by
step. Views, the CLI and exports all read a share through these, so they say the same thing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from healdesk.core.couple.sharing import PartnerSide
from healdesk.core.repairs.repair import Repair, StepSnapshot, snapshot_from_json
from healdesk.core.repairs.repair_text import answer_words
from healdesk.i18n import N_, _

#: Headings of the parts of a share that are not template steps.
COMMITMENTS_HEADING = N_("What we will do")
CONFLICTS_HEADING = N_("Entries shared with this repair")
CONFLICT_LABELS = {
    "happened_at": N_("When"),
    "what_happened": N_("What happened"),
    "my_feelings": N_("What I felt"),
    "my_feelings_note": N_("About my feelings"),
    "my_part": N_("My part"),
    "my_part_note": N_("About my part"),
    "private_notes": N_("Private notes"),
}


@dataclass(slots=True, frozen=True)
class OutlineStep:
    """One heading of a share with its (label, words) rows."""

    title: str
    rows: tuple[tuple[str, str], ...]


@dataclass(slots=True, frozen=True)
class PairedRow:
    """One question with my answer and my partner's, either possibly empty."""

    label: str
    mine: str
    theirs: str


@dataclass(slots=True, frozen=True)
class PairedStep:
    title: str
    rows: tuple[PairedRow, ...]


def outline(payload: Mapping[str, Any]) -> list[OutlineStep]:
    """Everything a payload carries, as readable steps: exactly what leaves or arrived."""
    snapshot = snapshot_from_json(payload["repair"]["snapshot"])
    steps = [
        OutlineStep(step.title, rows)
        for step in snapshot
        if (rows := _rows(step, payload["answers"]))
    ]
    commitments = tuple(
        (_("Due {due}").format(due=c["due"]) if c["due"] else _("No date"), c["text"])
        for c in payload["commitments"]
    )
    if commitments:
        steps.append(OutlineStep(_(COMMITMENTS_HEADING), commitments))
    for entry in payload["conflicts"]:
        rows = tuple(
            (_(CONFLICT_LABELS[k]), answer_words(v, ""))
            for k, v in entry.items()
            if answer_words(v, "")
        )
        steps.append(OutlineStep(_(CONFLICTS_HEADING), rows))
    return steps


def _rows(step: StepSnapshot, answers: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    found = ((f.label, answer_words(answers.get(f.key), f.kind)) for f in step.fields)
    return tuple((label, words) for label, words in found if words)


def side_by_side(mine: Repair, theirs: PartnerSide) -> list[PairedStep]:
    """Both people's answers, step by step in my repair's order; a step either of us
    answered is shown, the other side simply empty."""
    steps = []
    for step in mine.snapshot or theirs.snapshot:
        rows = tuple(
            row
            for f in step.fields
            if (
                row := PairedRow(
                    f.label,
                    answer_words(mine.answers.get(f.key), f.kind),
                    answer_words(theirs.answers.get(f.key), f.kind),
                )
            ).mine
            or row.theirs
        )
        if rows:
            steps.append(PairedStep(step.title, rows))
    return steps
