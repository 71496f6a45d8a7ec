"""The look of the therapist PDF: a calm, printable handout (A4, one text face, quiet greys)."""

from __future__ import annotations

from datetime import date, datetime

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from healdesk.core.conflict import is_theme_colour
from healdesk.export.pdf.fonts import BOLD, TEXT
from healdesk.i18n import format_local_pattern, format_pattern

PAGE_SIZE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 24 * mm, 20 * mm
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

INK = HexColor("#1f2328")
MUTED = HexColor("#5f6670")
FAINT = HexColor("#d5d9de")
ACCENT = HexColor("#3b6e8f")
UNKNOWN_THEME = "#9aa1a9"


def theme_colour(colour: str | None) -> Color:
    """A theme's colour on the page; a missing one, or one stored before colours were
    checked, is the neutral grey rather than an export that fails."""
    return HexColor(colour if colour and is_theme_colour(colour) else UNKNOWN_THEME)


BODY = ParagraphStyle(
    "body",
    fontName=TEXT.name,
    bulletFontName=TEXT.name,
    fontSize=10,
    leading=14.2,
    textColor=INK,
    spaceAfter=4,
)
#: Body text with more of the same section right below it.
TIGHT_BODY = ParagraphStyle("tight-body", parent=BODY, spaceAfter=0)
SMALL = ParagraphStyle(
    "small", parent=BODY, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=0
)
SUBTITLE = ParagraphStyle(
    "subtitle", parent=BODY, fontSize=11, leading=15, textColor=MUTED, spaceAfter=10
)
#: What every heading shares: the body's face, in bold.
HEADING = ParagraphStyle("heading", parent=BODY, fontName=BOLD.name)
TITLE = ParagraphStyle("title", parent=HEADING, fontSize=19, leading=24, spaceAfter=2)
SECTION = ParagraphStyle(
    "section",
    parent=HEADING,
    fontSize=11.5,
    leading=15,
    textColor=ACCENT,
    spaceBefore=12,
    spaceAfter=5,
    keepWithNext=True,
)
ENTRY_TITLE = ParagraphStyle(
    "entry", parent=HEADING, fontSize=14, leading=18, spaceBefore=0, spaceAfter=1
)
# No keepWithNext in entries: reportlab groups such flowables into a KeepTogether that lays
# its content out again, which tripled the time of a 1,000-entry export. Headings are kept
# with their text by needing `KEEP_LABEL` points below them instead (a CondPageBreak before
# paragraph headings; `flowables.Label` and `EntryHeading` ask for the room themselves).
META = ParagraphStyle("meta", parent=SMALL, fontSize=9, leading=12.5, spaceAfter=8)
KEEP_LABEL = 40
LABEL = ParagraphStyle(
    "label",
    parent=HEADING,
    fontSize=8,
    leading=10,
    textColor=MUTED,
    spaceBefore=6,
    spaceAfter=1.5,
)
#: A repair's heading in an entry: a section heading without keepWithNext (see above).
REPAIR_TITLE = ParagraphStyle("repair", parent=SECTION, spaceAfter=0, keepWithNext=False)
STEP_TITLE = ParagraphStyle(
    "step", parent=HEADING, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3, leftIndent=10
)
INDENTED = ParagraphStyle("indented", parent=BODY, leftIndent=10)
# After a CondPageBreak the body's space after no longer collapses into this: 2 + 4 = the
# same gap a `Label` gets.
INDENTED_LABEL = ParagraphStyle("indented-label", parent=LABEL, leftIndent=10, spaceBefore=2)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=22, bulletIndent=12, spaceAfter=1)
CHECK_IN = ParagraphStyle("check-in", parent=SMALL, leftIndent=34, spaceAfter=2)


# Names from the locale data (babel), in the export's language: never strftime, which follows
# the process locale that Qt sets from the desktop.
def long_date(day: date | datetime) -> str:
    """ "Tuesday 3 March 2026" in English, "Dienstag, 3. März 2026" in German."""
    # Translators: a CLDR date pattern (EEEE weekday, d day, MMMM month, y year); reorder it.
    return format_local_pattern(day, "EEEE d MMMM y")


def day_month_year(day: date | datetime) -> str:
    # Translators: a CLDR date pattern (d day, MMMM month name, y year); reorder it.
    return format_local_pattern(day, "d MMMM y")


def short_month(day: date | datetime) -> str:
    return format_pattern(day, "MMM")


def day_month(day: date | datetime) -> str:
    # Translators: a CLDR date pattern (d day, MMM short month name); reorder it.
    return format_local_pattern(day, "d MMM")


def month_year(day: date | datetime) -> str:
    # Translators: a CLDR date pattern (MMM short month name, y year); reorder it.
    return format_local_pattern(day, "MMM y")


def short_date(day: date | datetime) -> str:
    # Translators: a CLDR date pattern (d day, MMM short month name, y year); reorder it.
    return format_local_pattern(day, "d MMM y")


def period(first: date, last: date, spell=day_month_year) -> str:
    return spell(first) if first == last else f"{spell(first)} – {spell(last)}"
