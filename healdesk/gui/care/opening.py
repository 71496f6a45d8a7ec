"""Opening the care check and the safety page, and the one offer after an entry.

Apart from both dialogs because each can lead to the other (a "yes" opens the page; the page
can reopen the check): here they are wired together without importing each other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from healdesk.core.conflict import Conflict
from healdesk.core.safety import care
from healdesk.gui.base.windows import open_dialog
from healdesk.gui.care.care_check import CareCheckDialog
from healdesk.gui.care.safety_page import SafetyPage
from healdesk.vault import Journal


def open_care_check(
    parent: QWidget, journal: Journal, person: str | None = None, offer: str = ""
) -> CareCheckDialog:
    """The check, window-modal; any "yes" goes on to the page that steps the flows back."""
    dialog = CareCheckDialog(journal, person, offer, parent)
    dialog.answered.connect(
        lambda steps_back: (
            open_safety_page(parent, journal, stepped_back=True) if steps_back else None
        )
    )
    open_dialog(dialog)
    return dialog


def open_safety_page(parent: QWidget, journal: Journal, stepped_back: bool) -> SafetyPage:
    page = SafetyPage(journal, stepped_back, parent)
    page.answers_wanted.connect(lambda: open_care_check(parent, journal))
    open_dialog(page)
    return page


#: Property of the journal window once the check was offered after an entry: never twice
#: while the journal stays unlocked, even after "Not now".
OFFERED = "careCheckOffered"


def offer_after_entry(parent: QWidget, journal: Journal, conflict: Conflict) -> bool:
    """After a save: a frightened, intense entry brings the check, once per person and at
    most once while unlocked (it never nags)."""
    if parent.property(OFFERED):
        return False
    if not care.worth_offering(
        journal.care_checks(),
        conflict.person,
        conflict.my_feelings,
        conflict.my_feelings_note,
        conflict.intensity,
    ):
        return False
    parent.setProperty(OFFERED, True)
    open_care_check(parent, journal, conflict.person, care.AFTER_ENTRY_OFFER)
    return True
