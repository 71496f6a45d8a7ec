"""Telling a screen reader what just happened when no focus change says it: a saved entry
(the dialog closes, focus returns to the list) or a locked journal (the windows vanish).
Qt passes the announcement to AT-SPI (Orca), UI Automation or VoiceOver; with no assistive
technology running it costs nothing."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from healdesk.i18n import N_

#: Said when the entry dialog's save closes it.
ENTRY_SAVED = N_("Entry saved.")
#: Shown on the unlock window, and said when a lock takes the journal away.
JOURNAL_LOCKED = N_("Your journal is locked.")


def announce(widget: QWidget, text: str) -> None:
    """Say `text` once, politely (after what the screen reader is saying now), from `widget`."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
