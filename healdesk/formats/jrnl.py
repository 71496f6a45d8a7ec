"""jrnl's JSON export (`jrnl --format json`): @tags become themes, title and body become what
happened, and the entry's date and time are kept as the writer's wall-clock time.

jrnl stores no time zone, so times are read in `zone` (the computer's own by default).
"""

from __future__ import annotations

from datetime import date, datetime, time, tzinfo
from typing import Any

from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict
from healdesk.formats.document import is_entries_export
from healdesk.formats.node import Node
from healdesk.i18n import _

#: jrnl's default tag symbols; a theme is the tag without them.
TAG_SYMBOLS = "@#"


def looks_like(document: Any) -> bool:
    return is_entries_export(
        document, "tags", lambda first: {"title", "date", "time"} <= first.keys()
    )


def parse(document: Any, zone: tzinfo | None = None) -> JournalBundle:
    """jrnl entries as conflicts (title and body joined, or the tags of an entry that is only
    tags; tags as themes). jrnl stores wall-clock times only, so `zone` says where they were
    written (None: this computer's zone)."""
    root = Node(document)
    root.get("tags", {}).object()
    bundle = JournalBundle()
    for node in root.get("entries").items():
        title = node.get("title", "").text().strip()
        body = node.get("body", "").text().strip()
        when = _moment(node, zone)
        tags = node.get("tags", []).texts()
        themes = themes_from_tags(tags)
        text = f"{title}\n{body}" if title and body else title or body or _tags_as_written(tags)
        if not text:
            bundle.skipped_empty += 1
            continue
        bundle.conflicts.append(Conflict(when, text, themes=themes))
    return bundle


def themes_from_tags(tags: list[str]) -> list[str]:
    """Tag symbols stripped, the first spelling of each tag kept (jrnl tags ignore case)."""
    themes: dict[str, str] = {}
    for tag in tags:
        name = tag.lstrip(TAG_SYMBOLS).strip()
        if name:
            themes.setdefault(name.casefold(), name)
    return list(themes.values())


def _tags_as_written(tags: list[str]) -> str:
    """An entry that is only a tag ("@chores") keeps it as its words, as jrnl showed it: what
    happened needs words, and the tag alone is what the writer wrote."""
    return " ".join(dict.fromkeys(tag.strip() for tag in tags if tag.lstrip(TAG_SYMBOLS).strip()))


def _moment(node: Node, zone: tzinfo | None) -> datetime:
    day_node, time_node = node.get("date"), node.get("time", "00:00")
    try:
        day = date.fromisoformat(day_node.text())
    except ValueError:
        day_node.fail(_("a date such as 2026-03-01"))
    try:
        clock = time.fromisoformat(time_node.text())
    except ValueError:
        time_node.fail(_("a time such as 21:15"))
    naive = datetime.combine(day, clock)
    if zone is not None:
        return day_node.in_range(naive.replace(tzinfo=zone))
    try:
        return day_node.in_range(naive.astimezone())
    except (OverflowError, ValueError):
        day_node.fail(_("a date and time between the years 2 and 9998"))
