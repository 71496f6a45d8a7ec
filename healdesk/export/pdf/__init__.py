"""The therapist PDF: exactly the entries the person chose, readable in five minutes.

reportlab, no Qt. `export_pdf(journal, path, Selection(...), ExportOptions(...), progress)`
(Selection from healdesk.core.selection);
the app gathers on its own thread (`gather`) and renders on a worker (`render_pdf`).
"""

from healdesk.export.pdf.export import TargetNotWritable, check_target, export_pdf, render_pdf
from healdesk.export.pdf.material import ExportMaterial, gather
from healdesk.export.pdf.options import (
    ExportFailed,
    ExportOptions,
    ExportResult,
    NothingToExport,
)

__all__ = [
    "ExportFailed",
    "ExportMaterial",
    "ExportOptions",
    "ExportResult",
    "NothingToExport",
    "TargetNotWritable",
    "check_target",
    "export_pdf",
    "gather",
    "render_pdf",
]
