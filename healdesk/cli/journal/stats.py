"""`healdesk stats`: the pattern figures of the insights panel, headless (docs/stats.md)."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from healdesk.cli.common import add_period_arguments, open_vault, parse_period
from healdesk.core.language.vocabulary import counted
from healdesk.i18n import _, format_number, weekday_name

if TYPE_CHECKING:
    from healdesk.core.analysis.patterns import PatternReport


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser("stats", parents=[common])
    add_period_arguments(parser)
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Pattern analysis loads here, not with the module: `healdesk --help` stays quick.
    from healdesk.core.analysis.patterns import analyse_journal

    start, end = parse_period(args)
    # "Lately" means the weeks before the end of the range, or before today.
    until = (
        datetime.combine(end + timedelta(days=1), time()).astimezone()
        if end
        else datetime.now().astimezone()
    )
    with open_vault(args) as vault:
        report = analyse_journal(vault.journal, start, end, until)
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print(report_text(report))
    return 0


def report_json(report: PatternReport) -> dict[str, Any]:
    """Exactly the keys docs/stats.md promises: scripts rely on them."""
    return {
        "themes": [
            {
                "name": t.name,
                "count": t.count,
                "recurring": t.recurring,
                "median_days_between": t.median_days_between,
                "top_weekday": t.top_weekday,
                "mean_intensity": t.mean_intensity,
            }
            for t in report.themes
        ],
        "repair_rate": report.repair_rate,
        "median_hours_to_repair": report.median_hours_to_repair,
        "commitments_kept": report.commitments_kept,
        "same_fight_again": list(report.same_fight_again),
        "cycles": [
            {"theme": p.theme, "my_move": p.my_move, "their_move": p.their_move, "count": p.count}
            for p in report.move_pairs
        ],
        "underneath": [
            {
                "theme": u.theme,
                "my_wishes": [list(pair) for pair in u.my_wishes],
                "their_wishes": [list(pair) for pair in u.their_wishes],
                "feelings": [list(pair) for pair in u.feelings],
            }
            for u in report.underneath
        ],
        "therapy_signs": [
            {"sign": s.sign, "theme": s.theme, "entry_ids": list(s.entry_ids)} for s in report.signs
        ],
    }


def report_text(report: PatternReport) -> str:
    from healdesk.core.analysis.insights import loop_notes, paragraphs, sign_notes
    from healdesk.core.analysis.loop_text import NOTHING_WRONG
    from healdesk.core.analysis.theme_patterns import WEEKDAYS

    conflicts = counted(report.conflict_count, "{n} conflict", "{n} conflicts")
    lines = [conflicts]
    if report.first and report.last:
        lines[0] = _("{conflicts} from {first} to {last}").format(
            conflicts=conflicts, first=f"{report.first:%Y-%m-%d}", last=f"{report.last:%Y-%m-%d}"
        )
    if report.themes:
        # Translators: column headings of `healdesk stats`; keep them short.
        heads = (_("theme"), _("count"), _("every"), _("mostly"), _("intensity"))
        lines += ["", f"{heads[0]:24} {heads[1]:>5} {heads[2]:>9} {heads[3]:>10} {heads[4]:>9}"]
    for t in report.themes:
        every = (
            _("{days} d").format(days=format_number(t.median_days_between))
            if t.median_days_between is not None
            else "-"
        )
        intensity = format_number(t.mean_intensity) if t.mean_intensity is not None else "-"
        mark = _(" (recurring)") if t.recurring else ""
        day = weekday_name(WEEKDAYS.index(t.top_weekday))  # the JSON keeps the English key
        lines.append(f"{t.name[:24]:24} {t.count:5} {every:>9} {day:>10} {intensity:>9}{mark}")
    for paragraph in paragraphs(report):
        lines += ["", paragraph]
    for loop in loop_notes(report):
        lines += ["", " ".join(loop.sentences + loop.underneath)]
    signs = sign_notes(report)
    for note in signs:
        lines += ["", note.text]
    if signs:
        lines += ["", _(NOTHING_WRONG)]
    return "\n".join(lines)
