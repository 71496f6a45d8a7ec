"""Open file formats: HealDesk JSON, jrnl and Day One JSON exports in, JSON and Markdown out.

Pure Python: no Qt and no vault. Readers turn a file into a `JournalBundle` (healdesk.core)
or raise `FormatError` before anything is imported; writers turn a bundle into text.
The readers load on first use, so a command that only names the formats stays quick.
"""

from __future__ import annotations

from typing import Any

from healdesk.formats.names import FORMATS

__all__ = ["FORMATS", "FormatError", "read_journal_file"]


def __getattr__(name: str) -> Any:
    if name == "FormatError":
        from healdesk.formats.errors import FormatError

        return FormatError
    if name == "read_journal_file":
        from healdesk.formats.detect import read_journal_file

        return read_journal_file
    raise AttributeError(name)
