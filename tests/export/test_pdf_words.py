"""The PDF says intensity and how settled the way the app does (one formatter in core)."""

from __future__ import annotations

from datetime import UTC, datetime

from healdesk.core.conflict import Conflict
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from tests.helpers.pdf_readback import pdf_text


def test_intensity_and_settled_read_as_in_the_app(journal, tmp_path):
    conflict = journal.add_conflict(
        Conflict(datetime(2026, 5, 1, 20, tzinfo=UTC), "words", intensity=5, settled=3)
    )
    out = tmp_path / "words.pdf"
    export_pdf(journal, out, Selection(ids=(conflict,)), ExportOptions(include_summary=False))
    assert "Intensity: heated (5 of 10) · Settled now: calmer (3 of 5)" in pdf_text(out)
