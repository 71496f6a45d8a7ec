"""Open file formats: HealDesk JSON, jrnl and Day One JSON exports in, JSON and Markdown out.

Pure Python: no Qt and no vault. Readers turn a file into a `JournalBundle` (healdesk.core)
or raise `FormatError` before anything is imported; writers turn a bundle into text.
"""

from healdesk.formats.detect import FORMATS, read_journal_file
from healdesk.formats.errors import FormatError

__all__ = ["FORMATS", "FormatError", "read_journal_file"]
