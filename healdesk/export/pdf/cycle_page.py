"""The cycle page: the loop between us as a picture, its plain sentences and what lies
underneath, for each theme with a loop; and the agenda the writer wants to work on.

Everything here comes from summaries (core.patterns), so it says what the app's Insights
say. Names go through the same redaction as the rest of the PDF.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Path, Polygon, Rect, String
from reportlab.platypus import Flowable, KeepTogether, Spacer

from healdesk.core.analysis.insights import loop_notes
from healdesk.core.analysis.moves import their_word
from healdesk.core.analysis.patterns import PatternReport
from healdesk.core.language.vocabulary import shown
from healdesk.export.pdf.bidi import Paragraph
from healdesk.export.pdf.fonts import TEXT, Markup, clean_text
from healdesk.export.pdf.styles import ACCENT, BODY, FAINT, FRAME_WIDTH, INK, SECTION, SMALL, TITLE
from healdesk.i18n import N_, _

#: Loops drawn on the page, most noted first.
MAX_LOOPS = 3
TITLE_TEXT = N_("The loop between us")
INTRO = N_(
    "Moves the writer noted in their entries: what they did, and what they noticed the other "
    "person do. The loop describes moves, not people; both moves make sense as ways of "
    "protecting the bond."
)
AGENDA_TITLE = N_("What I want to work on")
_BOX_W, _BOX_H, _HEIGHT = 170.0, 34.0, 110.0


def agenda_page(agenda: str, markup: Markup) -> list[Flowable]:
    """The writer's own agenda, printed first."""
    return [
        Paragraph(_(AGENDA_TITLE), TITLE),
        Paragraph(_("Written by the person who kept this journal, for this session."), SMALL),
        Spacer(1, 8),
        Paragraph(markup(agenda.strip()), BODY),
    ]


def cycle_page(report: PatternReport, markup: Markup) -> list[Flowable]:
    """The page, or nothing when no theme has a loop (moves were not noted together often
    enough): an empty page would tell a therapist nothing."""
    notes = loop_notes(report)[:MAX_LOOPS]
    if not notes:
        return []
    story: list[Flowable] = [Paragraph(_(TITLE_TEXT), TITLE), Paragraph(_(INTRO), SMALL)]
    for note in notes:
        loop = note.loop
        story.append(
            KeepTogether(
                [
                    Paragraph(
                        _("Around {markup}").format(markup=markup(loop.theme or "")), SECTION
                    ),
                    _picture(
                        _("You: {my_move}").format(my_move=shown(loop.my_move)),
                        f"{loop.person or _('They')}: {their_word(loop.their_move)}",
                        _("noted together: {together}").format(together=loop.together),
                        _("then you again: {then_me}").format(then_me=loop.then_me)
                        if loop.then_me
                        else "",
                        markup,
                    ),
                    Spacer(1, 6),
                    *(Paragraph(markup(s), BODY) for s in note.sentences),
                    *(Paragraph(markup(s), BODY) for s in note.underneath),
                ]
            )
        )
    return story


def _picture(mine: str, theirs: str, upper: str, lower: str, markup: Markup) -> Drawing:
    """Two boxes and two curved arrows, as in the app's cycle map."""
    drawing = Drawing(FRAME_WIDTH, _HEIGHT, initialFontName=TEXT.name)
    middle = _HEIGHT / 2
    left_x, right_x = 0.0, FRAME_WIDTH - _BOX_W
    for x, words in ((left_x, mine), (right_x, theirs)):
        drawing.add(
            Rect(
                x,
                middle - _BOX_H / 2,
                _BOX_W,
                _BOX_H,
                rx=8,
                ry=8,
                strokeColor=ACCENT,
                fillColor=FAINT,
                strokeWidth=1.2,
            )
        )
        drawing.add(
            String(
                x + _BOX_W / 2,
                middle - 4,
                _fit(clean_text(markup.redact(words))),
                fontName=TEXT.name,
                fontSize=9.5,
                fillColor=INK,
                textAnchor="middle",
            )
        )
    start, end = left_x + _BOX_W, right_x
    _arc(drawing, start, end, middle + 6, 34, upper)
    if lower:
        _arc(drawing, end, start, middle - 6, -34, lower)
    return drawing


def _arc(drawing: Drawing, x0: float, x1: float, y: float, bend: float, label: str) -> None:
    """A quadratic curve from (x0, y) to (x1, y), bowed by `bend`, with an arrowhead and a
    label at its top."""
    cx, cy = (x0 + x1) / 2, y + 2 * bend
    c2x, c2y = x1 + (cx - x1) * 2 / 3, y + (cy - y) * 2 / 3
    path = Path(strokeColor=ACCENT, strokeWidth=1.6, fillColor=None)
    path.moveTo(x0, y)
    path.curveTo(x0 + (cx - x0) * 2 / 3, y + (cy - y) * 2 / 3, c2x, c2y, x1, y)
    drawing.add(path)
    dx, dy = x1 - c2x, y - c2y
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    head = [x1, y, x1 - 9 * ux + 4.5 * uy, y - 9 * uy - 4.5 * ux]
    head += [x1 - 9 * ux - 4.5 * uy, y - 9 * uy + 4.5 * ux]
    drawing.add(Polygon(head, fillColor=ACCENT, strokeColor=None))
    drawing.add(
        String(
            cx,
            y + bend + (4 if bend > 0 else -12),
            label,
            fontName=TEXT.name,
            fontSize=9,
            fillColor=INK,
            textAnchor="middle",
        )
    )


def _fit(words: str, most: int = 34) -> str:
    return words if len(words) <= most else words[: most - 1].rstrip() + "…"
