"""The therapist PDF: exactly the entries the person chose, readable in five minutes.

reportlab, no Qt. `export_pdf(journal, path, Selection(...), ExportOptions(...), progress)`.
"""

from healdesk.export.pdf.export import TargetNotWritable, check_target, export_pdf
from healdesk.export.pdf.options import (
    ExportFailed,
    ExportOptions,
    ExportResult,
    NothingToExport,
    Selection,
)

__all__ = [
    "ExportFailed",
    "ExportOptions",
    "ExportResult",
    "NothingToExport",
    "Selection",
    "TargetNotWritable",
    "check_target",
    "export_pdf",
]
