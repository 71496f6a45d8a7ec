"""Where the repair flows step back: every way into a guided flow asks here first.

A "yes" in the care check, for the people of the linked entries or for everyone, opens the
safety page instead of the flow. Asked before a flow opens, so no "own your part" question
is ever shown to someone who said they are afraid.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QWidget

from healdesk.core.safety.care import steps_back_for
from healdesk.core.selection import Selection
from healdesk.vault import Journal


def repair_steps_back(journal: Journal, conflict_ids: Sequence[int]) -> bool:
    """Whether the flows step back for these entries (none linked: only the answer for
    everyone counts). Reads the entries' summaries, never their text."""
    people = (
        [s.person for s in journal.summaries(Selection.of(conflict_ids))] if conflict_ids else []
    )
    return steps_back_for(journal.care_checks(), people or [None])


def step_back_instead(parent: QWidget, journal: Journal, conflict_ids: Sequence[int]) -> bool:
    """True (and the safety page is open) when the flow must not open."""
    if not repair_steps_back(journal, conflict_ids):
        return False
    from healdesk.gui.care.opening import open_safety_page

    open_safety_page(parent, journal, stepped_back=True)
    return True


def fit_entry_form(
    form: QFormLayout, rows: Sequence[QWidget], journal: Journal, person: str
) -> bool:
    """The entry's "my part" rows step back while the person named is one the check said
    "yes" for (or everyone); what they held is kept, only hidden. True when hidden."""
    hidden = steps_back_for(journal.care_checks(), [" ".join(person.split()) or None])
    for row in rows:
        form.setRowVisible(row, not hidden)
    return hidden
