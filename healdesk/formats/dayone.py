"""Day One's JSON export (the JSON file inside its export zip): entries become conflicts,
tags become themes, its Markdown becomes plain text, and each entry's time is shown in the
time zone it was written in.

Day One stores `creationDate` in UTC and the writer's zone in `timeZone` (an IANA name);
converting one into the other keeps both the instant and the writer's wall clock. Photos,
weather and places are not journal fields here and are left out, and so are the
references to photos in the text.
"""

from __future__ import annotations

import re
from datetime import UTC, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict
from healdesk.formats.dayone_markdown import plain_text
from healdesk.formats.document import is_entries_export
from healdesk.formats.jrnl import themes_from_tags
from healdesk.formats.node import Node

#: Where a photo, video, audio or PDF sat in the text (on a line of its own): the media are not
#: imported, so the reference and its blank lines give way to one paragraph break.
_MEDIA = re.compile(r"\n*!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)\n*")


def looks_like(document: Any) -> bool:
    return is_entries_export(document, "metadata", lambda first: "creationDate" in first)


def parse(document: Any) -> JournalBundle:
    """Day One entries as conflicts (tags become themes), each in its own recorded time zone;
    media are not imported. FormatError names the JSON path of the first problem."""
    root = Node(document)
    bundle = JournalBundle()
    zones: dict[str, tzinfo] = {}
    for node in root.get("entries").items():
        when = node.get("creationDate").moment()
        zone_name = node.get("timeZone", "").text()
        if zone_name not in zones:
            zones[zone_name] = _zone(zone_name)
        text = plain_text(_MEDIA.sub("\n\n", node.get("text", "").text())).strip()
        themes = themes_from_tags(node.get("tags", []).texts())
        if not text:
            bundle.skipped_empty += 1
            continue
        bundle.conflicts.append(Conflict(when.astimezone(zones[zone_name]), text, themes=themes))
    return bundle


def _zone(name: str) -> tzinfo:
    """The named zone; an unknown or missing name keeps the instant in UTC."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
