"""The first page: what a therapist can take in within a minute before the session."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from healdesk.core.conflict import ConflictSummary
from healdesk.core.patterns import RECURRING_MAX_MEDIAN_DAYS, RECURRING_MIN_COUNT
from healdesk.core.vocabulary import SETTLED_MAX
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
    plural = "entry" if s.entries == 1 else "entries"
    with_whom = ", ".join(f"{markup(name)} ({count})" for name, count in s.people_counts)
    story: list[Flowable] = [
        Paragraph("Conflict journal: summary", TITLE),
        Paragraph(
            f"{period(s.first, s.last)} · {s.entries} {plural}"
            + (f" · with {with_whom}" if with_whom else ""),
            SUBTITLE,
        ),
        Paragraph(
            "Written by the person who kept this journal, for a conversation with their "
            "therapist. It holds only the entries they chose to share, in their own words.",
            SMALL,
        ),
        Paragraph("Timeline", SECTION),
        timeline(entries, colours, FRAME_WIDTH),
        Paragraph(
            "Each dot is one entry; higher means it felt more intense. "
            "<font color='#5f6670'>●</font> filled: a repair followed · "
            "<font color='#5f6670'>○</font> hollow: no repair yet. Colours follow the themes below."
            + (
                " A short upright mark on the baseline: no intensity noted."
                if any(e.intensity is None for e in entries)
                else ""
            ),
            SMALL,
        ),
        Paragraph("What the conflicts were about", SECTION),
        _theme_bars(s, colours, markup),
        Paragraph("Repair and follow-through", SECTION),
        *(Paragraph(line, BODY) for line in _repair_lines(s)),
        Paragraph("The same fight again", SECTION),
        *_same_fight(s, markup),
    ]
    return story


def _theme_bars(s: ExportSummary, colours: Mapping[str, str], markup: Markup) -> Flowable:
    if not s.theme_counts:
        return Paragraph("No themes were tagged on these entries.", BODY)
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
            [[table], [Paragraph(f"… and {hidden} more themes", SMALL)]],
            style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("FONTNAME", (0, 0), (-1, -1), TEXT.name)],
            hAlign="LEFT",
        )
    return table


def _shortened(name: str, most: int = 60) -> str:
    """A theme name short enough for its table cell (a cell cannot break across pages)."""
    return name if len(name) <= most else name[: most - 1].rstrip() + "…"


def _share(part: int, whole: int) -> str:
    """ "3 of 10": counts of what happened, never a percentage that reads as a grade."""
    return f"{part} of {whole}"


def _repair_lines(s: ExportSummary) -> list[str]:
    lines = [f"Entries followed by a repair: <b>{_share(s.repaired, s.entries)}</b>"]
    if s.median_days_to_repair is not None:
        lines.append(
            f"Typical time from conflict to repair (median): <b>{_days(s.median_days_to_repair)}</b>"
        )
    if s.repairs:
        lines.append(f"Repairs that reached a conversation: <b>{_share(s.talked, s.repairs)}</b>")
    if s.commitments:
        parts = [f"{s.kept} kept", f"{s.partly} partly", f"{s.not_yet} not yet"]
        if s.unchecked:
            parts.append(f"{s.unchecked} not checked in on")
        lines.append(f"Commitments made: <b>{s.commitments}</b> ({', '.join(parts)})")
    else:
        lines.append("Commitments made: <b>none</b> in these entries")
    if s.settled_average is not None:
        lines.append(
            f"How settled the entries feel now, on average: <b>{s.settled_average:.1f} of "
            f"{SETTLED_MAX}</b> (1 = raw, {SETTLED_MAX} = at peace)"
        )
    return lines


def _days(days: float) -> str:
    if days < 1:
        hours = round(days * 24)
        return "under an hour" if hours < 1 else f"{hours} hour{'s' if hours != 1 else ''}"
    rounded = round(days, 1)
    return f"{rounded:g} day{'s' if rounded != 1 else ''}"


def _same_fight(s: ExportSummary, markup: Markup) -> list[Flowable]:
    themes = s.same_fight_again
    if not themes:
        return [
            Paragraph(
                "No theme in these entries keeps coming back while still feeling unsettled "
                "after a repair.",
                BODY,
            )
        ]
    story: list[Flowable] = [
        Paragraph(
            f"<b>{markup(theme.name, bold=True)}</b>: {theme.count} entries, "
            f"{theme.repaired} followed by a repair, {theme.unsettled_after_repair} of those "
            f"still {'feels' if theme.unsettled_after_repair == 1 else 'feel'} unsettled",
            BODY,
        )
        for theme in themes[:MAX_SAME_FIGHT]
    ]
    story.append(Spacer(1, 6))
    rule = (
        f"A theme is listed here when it came up at least {RECURRING_MIN_COUNT} times, usually "
        f"within {RECURRING_MAX_MEDIAN_DAYS:g} days of the time before, and at least half of "
        "its repaired entries still feel raw or unsettled."
    )
    more = len(themes) - MAX_SAME_FIGHT
    if more > 0:
        rule += f" {more} more {'theme is' if more == 1 else 'themes are'} like this too."
    story.append(Paragraph(rule + " Coming back to the same conversation is common.", SMALL))
    return story
