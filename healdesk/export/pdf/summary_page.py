"""The first page: what a therapist can take in within a minute before the session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from healdesk.core.analysis.theme_patterns import RECURRING_MAX_MEDIAN_DAYS, RECURRING_MIN_COUNT
from healdesk.core.conflict import ConflictSummary
from healdesk.core.language.vocabulary import SETTLED_MAX, counted
from healdesk.export.pdf.bidi import Paragraph
from healdesk.export.pdf.fonts import TEXT, Markup
from healdesk.export.pdf.styles import (
    BODY,
    FRAME_WIDTH,
    SECTION,
    SMALL,
    SUBTITLE,
    TITLE,
    period,
    theme_colour,
)
from healdesk.export.pdf.summary import ExportSummary
from healdesk.export.pdf.timeline import timeline
from healdesk.i18n import _, format_number, ngettext

#: More themes than this are folded into "and N more".
MAX_THEMES = 10
#: Same-fight themes listed (the most frequent), so the summary stays on one page.
MAX_SAME_FIGHT = 6
_BAR_WIDTH = FRAME_WIDTH * 0.45


def summary_page(
    summary: ExportSummary,
    entries: Sequence[ConflictSummary],
    colours: Mapping[str, str],
    markup: Markup,
) -> list[Flowable]:
    s = summary
    with_whom = ", ".join(f"{markup(name)} ({count})" for name, count in s.people_counts)
    story: list[Flowable] = [
        Paragraph(_("Conflict journal: summary"), TITLE),
        Paragraph(
            f"{period(s.first, s.last)} · {counted(s.entries, '{n} entry', '{n} entries')}"
            + (_(" · with {with_whom}").format(with_whom=with_whom) if with_whom else ""),
            SUBTITLE,
        ),
        Paragraph(
            _(
                "Written by the person who kept this journal, for a conversation with their "
                "therapist. It holds only the entries they chose to share, in their own words."
            ),
            SMALL,
        ),
        Paragraph(_("Timeline"), SECTION),
        timeline(entries, colours, FRAME_WIDTH),
        Paragraph(
            _(
                "Each dot is one entry; higher means it felt more intense. "
                "<font color='#5f6670'>●</font> filled: a repair followed · "
                "<font color='#5f6670'>○</font> hollow: no repair yet. Colours follow the themes below."
            )
            + (
                _(" A short upright mark on the baseline: no intensity noted.")
                if any(e.intensity is None for e in entries)
                else ""
            ),
            SMALL,
        ),
        Paragraph(_("What the conflicts were about"), SECTION),
        _theme_bars(s, colours, markup),
        Paragraph(_("Repair and follow-through"), SECTION),
        *(Paragraph(line, BODY) for line in _repair_lines(s)),
        Paragraph(_("The same fight again"), SECTION),
        *_same_fight(s, markup),
    ]
    return story


def _theme_bars(s: ExportSummary, colours: Mapping[str, str], markup: Markup) -> Flowable:
    if not s.theme_counts:
        return Paragraph(_("No themes were tagged on these entries."), BODY)
    most = s.theme_counts[0][1]
    rows = []
    for name, count in s.theme_counts[:MAX_THEMES]:
        bar = Drawing(_BAR_WIDTH, 9, initialFontName=TEXT.name)
        bar.add(
            Rect(
                0,
                0,
                max(2.0, _BAR_WIDTH * count / most),
                9,
                strokeColor=None,
                fillColor=theme_colour(colours.get(name)),
            )
        )
        rows.append([Paragraph(markup(_shortened(name)), BODY), bar, Paragraph(str(count), BODY)])
    table = Table(
        rows, colWidths=[FRAME_WIDTH * 0.4, _BAR_WIDTH + 6, FRAME_WIDTH * 0.15 - 6], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                (
                    "FONTNAME",
                    (0, 0),
                    (-1, -1),
                    TEXT.name,
                ),  # else Helvetica is referenced, unembedded
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    hidden = len(s.theme_counts) - MAX_THEMES
    if hidden > 0:
        return Table(
            [
                [table],
                [
                    Paragraph(
                        ngettext("… and {n} more theme", "… and {n} more themes", hidden).format(
                            n=hidden
                        ),
                        SMALL,
                    )
                ],
            ],
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), TEXT.name)],
            hAlign="LEFT",
        )
    return table


def _shortened(name: str, most: int = 60) -> str:
    """A theme name short enough for its table cell (a cell cannot break across pages)."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


def _share(part: int, whole: int) -> str:
    """ "3 of 10": counts of what happened, never a percentage that reads as a grade."""
    return _("{part} of {whole}").format(part=part, whole=whole)


def _repair_lines(s: ExportSummary) -> list[str]:
    lines = [
        _("Entries followed by a repair: <b>{share}</b>").format(
            share=_share(s.repaired, s.entries)
        )
    ]
    if s.median_days_to_repair is not None:
        lines.append(
            _("Typical time from conflict to repair (median): <b>{days}</b>").format(
                days=_days(s.median_days_to_repair)
            )
        )
    if s.repairs:
        lines.append(
            _("Repairs that reached a conversation: <b>{share}</b>").format(
                share=_share(s.talked, s.repairs)
            )
        )
    if s.commitments:
        parts = [
            _("{n} kept").format(n=s.kept),
            _("{n} partly").format(n=s.partly),
            _("{n} not yet").format(n=s.not_yet),
        ]
        if s.unchecked:
            parts.append(_("{n} not checked in on").format(n=s.unchecked))
        lines.append(
            _("Commitments made: <b>{commitments}</b> ({join})").format(
                commitments=s.commitments, join=", ".join(parts)
            )
        )
    else:
        lines.append(_("Commitments made: <b>none</b> in these entries"))
    if s.settled_average is not None:
        lines.append(
            _(
                "How settled the entries feel now, on average: <b>{average} of {most}</b> (1 = raw, {most} = at peace)"
            ).format(average=format_number(s.settled_average, "0.0"), most=SETTLED_MAX)
        )
    return lines


def _days(days: float) -> str:
    if days < 1:
        hours = round(days * 24)
        if hours < 1:
            return _("under an hour")
        return ngettext("{n} hour", "{n} hours", hours).format(n=hours)
    rounded = round(days, 1)
    # A fraction such as 1.5 takes the plural form, as "1.5 days" does.
    form = int(rounded) if rounded == int(rounded) else 2
    return ngettext("{n} day", "{n} days", form).format(n=format_number(rounded))


def _same_fight(s: ExportSummary, markup: Markup) -> list[Flowable]:
    themes = s.same_fight_again
    if not themes:
        return [
            Paragraph(
                _(
                    "No theme in these entries keeps coming back while still feeling unsettled "
                    "after a repair."
                ),
                BODY,
            )
        ]
    story: list[Flowable] = [
        Paragraph(
            _("<b>{theme}</b>: {entries}, {repaired} followed by a repair, {unsettled}").format(
                theme=markup(theme.name, bold=True),
                entries=counted(theme.count, "{n} entry", "{n} entries"),
                repaired=theme.repaired,
                unsettled=counted(
                    theme.unsettled_after_repair,
                    "{n} of those still feels unsettled",
                    "{n} of those still feel unsettled",
                ),
            ),
            BODY,
        )
        for theme in themes[:MAX_SAME_FIGHT]
    ]
    story.append(Spacer(1, 6))
    rule = _(
        "A theme is listed here when it came up at least {times} times, usually within {days} days of the time before, and at least half of its repaired entries still feel raw or unsettled."
    ).format(times=RECURRING_MIN_COUNT, days=format_number(RECURRING_MAX_MEDIAN_DAYS))
    more = len(themes) - MAX_SAME_FIGHT
    if more > 0:
        rule += " " + counted(
            more, "{n} more theme is like this too.", "{n} more themes are like this too."
        )
    story.append(Paragraph(rule + _(" Coming back to the same conversation is common."), SMALL))
    return story
