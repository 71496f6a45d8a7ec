"""The page frame around the story: running header with the date range, "Page n of m",
one PDF bookmark per entry, and metadata that names nobody."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from healdesk import i18n
from healdesk.export.pdf.fonts import TEXT
from healdesk.export.pdf.styles import (
    FAINT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
)
from healdesk.i18n import N_, _

TITLE = N_("Conflict journal for a therapy session")
RUNNING_TITLE = N_("Conflict journal")
TOTAL_FORM = "pageTotal"
HEADER_FORM = "runningHeader"
FOOTER_SIZE = 8


class _Canvas(Canvas):
    """Writes the page total once, at the end, into a form every footer shows ("Page n of
    m" without holding every page back for a second pass)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = TEXT.name  # else an unembedded Helvetica is referenced
        super().__init__(*args, **kwargs)

    def save(self) -> None:
        self.beginForm(TOTAL_FORM)
        self.setFont(TEXT.name, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


def document_language() -> str:
    """The app's language as a PDF /Lang tag ("de-AT"): screen readers pick their voice by it."""
    return i18n.language().replace("_", "-")


class TherapistDocument(BaseDocTemplate):
    def __init__(self, target: Any, date_range: str, subject: str) -> None:
        super().__init__(
            target,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=_(TITLE),
            author="",
            subject=subject,
            creator="HealDesk",
            keywords="",
            lang=document_language(),
        )
        self._date_range = date_range
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            FRAME_WIDTH,
            PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """The running header (one form, drawn once and shown on every page) and the footer."""
        if canvas.getPageNumber() == 1:
            canvas.beginForm(HEADER_FORM)
            top = PAGE_SIZE[1] - MARGIN_TOP / 2
            canvas.setFont(TEXT.name, FOOTER_SIZE)
            canvas.setFillColor(MUTED)
            canvas.drawString(MARGIN_X, top, f"{_(RUNNING_TITLE)} · {self._date_range}")
            canvas.drawRightString(PAGE_SIZE[0] - MARGIN_X, top, _("Private and confidential"))
            canvas.setStrokeColor(FAINT)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_X, top - 5, PAGE_SIZE[0] - MARGIN_X, top - 5)
            canvas.endForm()
        canvas.saveState()
        canvas.doForm(HEADER_FORM)
        canvas.setFillColor(MUTED)
        page = _("Page {getPageNumber} of ").format(getPageNumber=canvas.getPageNumber())
        canvas.setFont(TEXT.name, FOOTER_SIZE)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM / 2, page)
        canvas.translate(
            MARGIN_X + canvas.stringWidth(page, TEXT.name, FOOTER_SIZE), MARGIN_BOTTOM / 2
        )
        canvas.doForm(TOTAL_FORM)
        canvas.restoreState()

    def build_story(self, story: list[Flowable]) -> int:
        """Lay out and write the story; returns the number of pages."""
        self.build(story, canvasmaker=_Canvas)
        return self.page
