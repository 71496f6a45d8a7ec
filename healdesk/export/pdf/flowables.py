"""Light flowables for the parts every entry repeats: a 1,000-entry export lays out
thousands of them, and each costs a fraction of a paragraph (no markup parsing, no line
breaking). They hold only text HealDesk writes itself (dates, fixed labels), all of it in
the text font's coverage; whatever the writer wrote stays in paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from healdesk.export.pdf.styles import ENTRY_TITLE, FAINT, FRAME_HEIGHT, KEEP_LABEL, LABEL, MUTED

#: An entry's heading never starts lower than this above the bottom of the page.
HEADING_ROOM = 120
#: Space and rule above every entry but the first.
SEPARATOR = 26


class Label(Flowable):
    """A fixed label ("What happened"), kept with at least two lines of the text under it."""

    def __init__(self, text: str, indent: float = 0, keep: float = KEEP_LABEL) -> None:
        super().__init__()
        self.text, self.indent, self.keep = text, indent, keep

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if avail_height < self.keep:  # too little room below: ask for more, so it moves on
            return avail_width, avail_height + 1
        return avail_width, LABEL.leading

    def getSpaceBefore(self) -> float:
        return LABEL.spaceBefore

    def getSpaceAfter(self) -> float:
        return LABEL.spaceAfter

    def draw(self) -> None:
        self.canv.setFont(LABEL.fontName, LABEL.fontSize)
        self.canv.setFillColor(LABEL.textColor)
        self.canv.drawString(self.indent, LABEL.leading - LABEL.fontSize, self.text)


class Bookmark(Flowable):
    """Zero-size marker: bookmarks its page in the PDF outline and reports progress when the
    layout reaches it (layout is most of an export's time)."""

    def __init__(self, key: str, title: str, reached: Callable[[], None]) -> None:
        super().__init__()
        self.key, self.title, self._reached = key, title, reached

    def wrap(self, _avail_width: float, _avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)
        self._reached()


class EntryHeading(Bookmark):
    """An entry's date and time (a rule above it after the first entry), its bookmark, and
    room enough below that a heading never sits alone at the foot of a page."""

    def __init__(
        self,
        day: str,
        time: str,
        separated: bool,
        key: str,
        title: str,
        reached: Callable[[], None],
    ) -> None:
        super().__init__(key, title, reached)
        self.day, self.time, self.separated = day, time, separated
        self.ruled = False

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if avail_height < HEADING_ROOM:
            return avail_width, avail_height + 1
        self.ruled = self.separated and avail_height < FRAME_HEIGHT - 1  # no rule atop a page
        return avail_width, ENTRY_TITLE.leading + (SEPARATOR if self.ruled else 0)

    def getSpaceAfter(self) -> float:
        return ENTRY_TITLE.spaceAfter

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        if self.ruled:
            canvas.setStrokeColor(FAINT)
            canvas.setLineWidth(0.6)
            y = ENTRY_TITLE.leading + SEPARATOR / 2
            canvas.line(0, y, self.width, y)
        baseline = ENTRY_TITLE.leading - ENTRY_TITLE.fontSize
        canvas.setFont(ENTRY_TITLE.fontName, ENTRY_TITLE.fontSize)
        canvas.setFillColor(ENTRY_TITLE.textColor)
        canvas.drawString(0, baseline, self.day)
        x = canvas.stringWidth(self.day + " ", ENTRY_TITLE.fontName, ENTRY_TITLE.fontSize)
        canvas.setFillColor(MUTED)
        canvas.drawString(x, baseline, f"· {self.time}")


class Line(Flowable):
    """One line of text in a paragraph style, drawn without a paragraph. Only for text that
    the style's font covers completely and that fits the width (see `entries.text`)."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style

    def wrap(self, avail_width: float, _avail_height: float) -> tuple[float, float]:
        return avail_width, self.style.leading

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def draw(self) -> None:
        style = self.style
        self.canv.setFont(style.fontName, style.fontSize)
        self.canv.setFillColor(style.textColor)
        # a paragraph's first baseline sits one font size below its top
        self.canv.drawString(style.leftIndent, style.leading - style.fontSize, self.text)
