"""The formats the command line and the app offer, by name: cheap to import (no readers)."""

from __future__ import annotations

from healdesk.i18n import N_

#: Format names as the command line and the app offer them, with a description.
FORMATS: dict[str, str] = {
    "healdesk": N_("HealDesk JSON"),
    "jrnl": N_("jrnl JSON export"),
    "dayone": N_("Day One JSON export"),
}
