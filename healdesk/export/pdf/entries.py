"""One chosen entry as the therapist reads it: the conflict under plain headings, then its
repairs step by step under the labels they were written with, then the commitments and how
they went. Empty fields are left out rather than printed blank."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable

from healdesk.core.analysis.moves import order_text, their_word
from healdesk.core.conflict import Conflict
from healdesk.core.language.vocabulary import intensity_text, settled_text, shown
from healdesk.core.language.words import check_in_word, sentence_start, status_word
from healdesk.core.repairs.repair import Answer, Commitment, Repair
from healdesk.export.pdf.bidi import Paragraph, has_right_to_left
from healdesk.export.pdf.flowables import Label, Line
from healdesk.export.pdf.fonts import BOLD, Markup
from healdesk.export.pdf.pieces import pieces
from healdesk.export.pdf.styles import (
    BODY,
    CHECK_IN,
    FRAME_WIDTH,
    INDENTED,
    INDENTED_LABEL,
    ITEM,
    KEEP_LABEL,
    LABEL,
    META,
    REPAIR_TITLE,
    STEP_TITLE,
    TIGHT_BODY,
    day_month_year,
)
from healdesk.i18n import _


def entry_story(
    conflict: Conflict,
    repairs: Sequence[Repair],
    shown_elsewhere: dict[int, date],
    commitments: dict[int, list[Commitment]],
    markup: Markup,
    include_private: bool,
    heading: Flowable,
    shows_answers: Callable[[int | None], bool],
) -> list[Flowable]:
    """Flowables for one entry under its `heading`. `shown_elsewhere` maps repairs printed
    under an earlier entry to that entry's date, so a repair of several conflicts prints once.
    A repair's answers and commitments print only where `shows_answers(repair.id)`."""
    story: list[Flowable] = [heading, *text(" · ".join(_facts(conflict)), META, markup)]
    _section(story, markup, Label(_("What happened")), [conflict.what_happened])
    _section(
        story,
        markup,
        Label(_("What I felt")),
        [", ".join(map(shown, conflict.my_feelings)), conflict.my_feelings_note],
    )
    _section(
        story,
        markup,
        Label(_("What I think they felt")),
        [", ".join(map(shown, conflict.their_feelings)), conflict.their_feelings_note],
    )
    _section(
        story,
        markup,
        Label(_("My part")),
        [", ".join(map(shown, conflict.my_part)), conflict.my_part_note],
    )
    _section(
        story,
        markup,
        Label(_("What I noticed them do")),
        [", ".join(map(their_word, conflict.their_moves)), order_text(conflict.move_order)],
    )
    wishes = [
        f"<b>{label}:</b> {markup(', '.join(map(shown, words)))}"
        for label, words in (
            (_("Mine"), conflict.my_wish),
            (_("Theirs, as I guess it"), conflict.their_wish),
        )
        if words
    ]
    if wishes:
        story += [Label(_("The wish behind it")), Paragraph("<br/>".join(wishes), BODY)]
    if include_private:
        _section(story, markup, Label(_("Private notes")), [conflict.private_notes])
    for repair in repairs:
        if repair.id in shown_elsewhere:
            story.append(
                Paragraph(
                    _("“{repair}” is printed with the entry of {day}.").format(
                        repair=markup(repair.title),
                        day=day_month_year(shown_elsewhere[repair.id]),
                    ),
                    META,
                )
            )
        elif shows_answers(repair.id):
            story += repair_story(repair, commitments.get(repair.id, []), markup)
        else:
            story += _repair_heading(repair, markup)
            story.append(Paragraph(_("The answers in this repair were left out."), META))
    return story


def text(words: str, style: ParagraphStyle, markup: Markup) -> list[Flowable]:
    """The writer's words in `style`: a light `Line` when they are one left-to-right line in
    the style's own font (most short answers), else escaped paragraphs with font fallbacks,
    one per piece of a long text (see `pieces`), laid out as one paragraph would be. Text
    with right-to-left words is set line by line, so each line takes its own direction."""
    bold = style.fontName == BOLD.name
    prepared = markup.prepare(words)
    mixed = has_right_to_left(prepared)
    if "\n" not in prepared and markup.covers(prepared, bold) and not mixed:
        line = " ".join(prepared.split())  # as a paragraph would collapse spaces
        width = stringWidth(line, style.fontName, style.fontSize)
        if width <= FRAME_WIDTH - style.leftIndent - style.rightIndent:
            return [Line(line, style)]
    parts = pieces(prepared)
    if mixed:  # blank lines open the next line's paragraph, as in `pieces`
        parts = [line for part in parts for line in re.split(r"(?<!\n)\n", part)]
    last = len(parts) - 1
    return [
        Paragraph(markup.runs(part, bold), _piece_style(style, index > 0, index < last))
        for index, part in enumerate(parts)
    ]


@functools.cache
def _piece_style(
    style: ParagraphStyle, after_another: bool, before_another: bool
) -> ParagraphStyle:
    """`style` without the space between pieces of one text."""
    if not (after_another or before_another):
        return style
    return ParagraphStyle(
        f"{style.name}-piece",
        parent=style,
        spaceBefore=0 if after_another else style.spaceBefore,
        spaceAfter=0 if before_another else style.spaceAfter,
    )


def _facts(conflict: Conflict) -> list[str]:
    """Plain facts line; person and themes are the writer's words (escaped later)."""
    facts = []
    if conflict.person:
        facts.append(_("With {person}").format(person=conflict.person))
    if conflict.themes:
        facts.append(", ".join(conflict.themes))
    if conflict.intensity is not None:
        facts.append(
            _("Intensity: {intensity}").format(intensity=intensity_text(conflict.intensity))
        )
    if conflict.settled is not None:
        facts.append(_("Settled now: {settled}").format(settled=settled_text(conflict.settled)))
    return facts or [_("No details noted")]


def _section(
    story: list[Flowable],
    markup: Markup,
    label: str | Label,
    texts: Sequence[str],
    indented: bool = False,
) -> None:
    """A label kept with the non-empty `texts` under it. Fixed labels are light `Label`s;
    labels written by people (repair templates) are paragraphs behind a CondPageBreak."""
    texts = [t for t in texts if t.strip()]
    if not texts:
        return
    if isinstance(label, str):
        story.append(CondPageBreak(KEEP_LABEL))
        label = Paragraph(markup(label, bold=True), INDENTED_LABEL if indented else LABEL)
    story.append(label)
    for t in texts[:-1]:
        story += text(t, INDENTED if indented else TIGHT_BODY, markup)
    story += text(texts[-1], INDENTED if indented else BODY, markup)


def _repair_heading(repair: Repair, markup: Markup) -> list[Flowable]:
    """The repair's own title (its flow's name, e.g. "Repair after a fight"), then how far
    it got and when it started."""
    started = (
        _(" · started {day_month_year}").format(day_month_year=day_month_year(repair.created_at))
        if repair.created_at
        else ""
    )
    return [
        CondPageBreak(KEEP_LABEL * 2),
        Paragraph(markup(repair.title, bold=True), REPAIR_TITLE),
        Paragraph(f"{sentence_start(status_word(repair.status))}{started}", META),
    ]


def repair_story(
    repair: Repair, commitments: Sequence[Commitment], markup: Markup
) -> list[Flowable]:
    story = _repair_heading(repair, markup)
    for step in repair.snapshot:
        answered = [
            (f.label, _answer(repair.answers.get(f"{step.key}.{f.key}"), f.kind))
            for f in step.fields
        ]
        answered = [(label, answer) for label, answer in answered if answer.strip()]
        if not answered:
            continue
        story.append(CondPageBreak(KEEP_LABEL + 16))
        story.append(Paragraph(markup(step.title, bold=True), STEP_TITLE))
        for label, answer in answered:
            _section(story, markup, label, [answer], indented=True)
    if commitments:
        story.append(Label(_("Commitments"), indent=INDENTED_LABEL.leftIndent))
        for commitment in commitments:
            due = (
                _(" <font color='#5f6670'>(by {day_month_year})</font>").format(
                    day_month_year=day_month_year(commitment.due)
                )
                if commitment.due
                else ""
            )
            story.append(Paragraph(f"{markup(commitment.text)}{due}", ITEM, bulletText="•"))
            for check_in in commitment.check_ins:
                note = f": {markup(check_in.note)}" if check_in.note.strip() else ""
                story.append(
                    Paragraph(
                        f"{day_month_year(check_in.at)}, {check_in_word(check_in.result)}{note}",
                        CHECK_IN,
                    )
                )
    return story


def _answer(value: Answer, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if kind == "date" and isinstance(value, str):
        try:
            return day_month_year(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)
