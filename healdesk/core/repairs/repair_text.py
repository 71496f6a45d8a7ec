"""A saved repair as readable steps, built from its own snapshot rather than the template.

Templates change over time; rendering from the labels the writer actually saw means an old
repair reads the same forever, and an answer is never lost because its field was renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from healdesk.core.language.vocabulary import shown
from healdesk.core.repairs.repair import Answer, Repair
from healdesk.i18n import _, format_local_pattern


@dataclass(slots=True, frozen=True)
class RenderedStep:
    """One step of a saved repair as words, from its own snapshot: what views and exports
    show, so they all read a repair the same way."""

    title: str
    answers: tuple[tuple[str, str], ...]  # (label, answer as text)


def answer_words(answer: Answer, kind: str) -> str:
    """One answer as plain words; empty when there is nothing to show."""
    if answer is None:
        return ""
    if isinstance(answer, list):
        return ", ".join(shown(str(a)) for a in answer if str(a).strip())
    if kind == "date" and isinstance(answer, str):
        try:
            return format_local_pattern(date.fromisoformat(answer), "d MMMM y")
        except ValueError:
            return answer
    return str(answer).strip()


def rendered_steps(repair: Repair, *, include_empty: bool = False) -> list[RenderedStep]:
    """The answered steps of a repair, in the order it was written, labelled as written."""
    steps, shown = [], set()
    for step in repair.snapshot:
        rows = []
        for item in step.fields:
            shown.add(item.key)
            words = answer_words(repair.answers.get(item.key), item.kind)
            if words or include_empty:
                rows.append((item.label, words))
        if rows:
            steps.append(RenderedStep(step.title, tuple(rows)))
    stray = [
        (key, answer_words(value, ""))
        for key, value in repair.answers.items()
        if key not in shown and answer_words(value, "")
    ]
    if stray:
        steps.append(RenderedStep(_("Other answers"), tuple(stray)))
    return steps
