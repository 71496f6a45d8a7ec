"""Which format a file is in, and reading it whole before anything is imported."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import Any

from healdesk.core.bundle import JournalBundle
from healdesk.formats import dayone, healdesk_json, jrnl
from healdesk.formats.document import load_json_file
from healdesk.formats.errors import FormatError
from healdesk.i18n import _

_DETECTORS: tuple[tuple[str, Callable[[Any], bool]], ...] = (
    ("healdesk", healdesk_json.looks_like),
    ("dayone", dayone.looks_like),
    ("jrnl", jrnl.looks_like),
)


def detect(document: Any) -> str:
    """The name of the first format whose markers the document carries, or a FormatError that
    lists the formats HealDesk reads."""
    for name, looks_like in _DETECTORS:
        if looks_like(document):
            return name
    raise FormatError(
        _(
            "this is not a file HealDesk can import: expected HealDesk JSON, "
            "a jrnl JSON export or a Day One JSON export"
        )
    )


def read_journal_file(
    path: Path, kind: str = "auto", zone: tzinfo | None = None
) -> tuple[str, JournalBundle]:
    """(format name, bundle) for the whole file, or FormatError naming the first problem.

    `kind` is "auto" or a name from FORMATS. `zone` is the time zone for formats that store
    none (jrnl); None means this computer's.
    """
    document = load_json_file(Path(path))
    name = detect(document) if kind == "auto" else kind
    if name == "healdesk":
        return name, healdesk_json.parse(document)
    if name == "jrnl":
        return name, jrnl.parse(document, zone)
    if name == "dayone":
        return name, dayone.parse(document)
    raise ValueError(_("unknown format {kind!r}").format(kind=kind))
