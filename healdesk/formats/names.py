"""The formats the command line and the app offer, by name: cheap to import (no readers)."""

from __future__ import annotations

#: Format names as the command line and the app offer them, with a description.
FORMATS: dict[str, str] = {
    "healdesk": "HealDesk JSON",
    "jrnl": "jrnl JSON export",
    "dayone": "Day One JSON export",
}
