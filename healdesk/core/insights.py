"""Patterns told in plain sentences, in the app's own warm words.

Sentences describe what recurs and how repairs went; they never diagnose, score the
relationship, rank anyone or count anyone's faults: "my part" is shown as the moves noticed,
beside theirs. The signs that help could help (core.therapy_signs) are told gently, with help
that fits the relationship (core.relationship), and each offers its entries and an export.
"""

from __future__ import annotations

from dataclasses import dataclass

from healdesk.core.cycles import ThemeLoop
from healdesk.core.loop_text import (
    SignNote,
    antidote_sentence,
    kept_but_back_sentence,
    loop_sentences,
    moves_noticed,
    sign_note,
    underneath_sentences,
)
from healdesk.core.patterns import RECENT_DAYS, PatternReport, ThemePattern
from healdesk.core.vocabulary import settled_word

#: Themes described one by one, most frequent first; the charts show the rest.
THEMES_DESCRIBED = 4
EMPTY = "There are no entries here yet. Patterns show up once a few conflicts are written down."


@dataclass(frozen=True, slots=True)
class LoopNote:
    """A theme's loop with its words: the cycle, what can help, and what lies underneath."""

    loop: ThemeLoop
    sentences: tuple[str, ...]
    underneath: tuple[str, ...]


def paragraphs(report: PatternReport) -> list[str]:
    """The sentences grouped: one short paragraph per theme described, then one on repairs."""
    return [" ".join(group) for group in _sentence_groups(report)]


def sentences(report: PatternReport) -> list[str]:
    """A handful of plain sentences about the report, most telling first."""
    return [sentence for group in _sentence_groups(report) for sentence in group]


def _sentence_groups(report: PatternReport) -> list[list[str]]:
    """What paragraphs and sentences both say, so the two can never tell different things."""
    if not report.conflict_count:
        return [[EMPTY]]
    main_person = _main_person(report)
    groups = [
        _theme_sentences(t, main_person, t.name in report.kept_but_back)
        for t in report.themes[:THEMES_DESCRIBED]
    ]
    groups.append(_repair_sentences(report))
    return [group for group in groups if group]


def sign_notes(report: PatternReport) -> list[SignNote]:
    """Each sign found, in gentle words fitted to whom it is about."""
    main_person = _main_person(report)
    people = {t.name: t.people[0][0] if t.people else None for t in report.themes}
    notes: list[SignNote] = []
    for sign in report.signs:
        person = people.get(sign.theme, main_person) if sign.theme else main_person
        notes.append(sign_note(sign, person, report.role_of(person), notes))
    return notes


def loop_notes(report: PatternReport) -> list[LoopNote]:
    """The loops of the most noted themes, each with its sentences and underneath lists."""
    under = {u.theme: u for u in report.underneath}
    notes = []
    for loop in report.loops[:THEMES_DESCRIBED]:
        said = loop_sentences(loop)
        if helps := antidote_sentence(loop):
            said.append(helps)
        below = under.get(loop.theme) if loop.theme else None
        notes.append(
            LoopNote(
                loop,
                tuple(said),
                tuple(underneath_sentences(below, loop.person)) if below else (),
            )
        )
    return notes


def _main_person(report: PatternReport) -> str | None:
    """Who most entries are with: saying a theme is mostly with them too would tell nothing."""
    totals: dict[str, int] = {}
    for theme in report.themes:
        for person, n in theme.people:
            totals[person] = totals.get(person, 0) + n
    return max(totals, key=lambda p: (totals[p], p)) if totals else None


def _theme_sentences(
    theme: ThemePattern, main_person: str | None, kept_but_back: bool
) -> list[str]:
    # Counts always cover the chosen period; the recent weeks get a sentence of their own, so
    # one theme's "18 times" is never set beside another's "4 times in the last 8 weeks".
    first = f"{_capitalised(theme.name)} came up {_times(theme.count)}"
    if theme.recurring and theme.median_days_between is not None:
        first += f", about every {_days(theme.median_days_between)}"
    if theme.clustered:
        first += f", mostly on {theme.top_weekday}"
        first += f" {theme.top_time_of_day}s" if theme.time_clustered else "s"
    elif theme.time_clustered:
        first += (
            f", mostly in the {theme.top_time_of_day}"
            if theme.top_time_of_day != "night"
            else ", mostly at night"
        )
    said = [first + "."]
    if theme.recent_count >= 3:
        recent = "All" if theme.recent_count == theme.count else str(theme.recent_count)
        said.append(f"{recent} of them were in the last {RECENT_DAYS // 7} weeks.")
    lately = []
    if theme.frequency_trend in ("more often", "less often"):
        lately.append(f"come up {theme.frequency_trend}")
    if theme.intensity_trend in ("more intense", "less intense"):
        lately.append(f"felt {theme.intensity_trend}")
    if lately:
        said.append(f"Lately it has {' and '.join(lately)}.")
    if theme.people and theme.count >= 3:
        person, n = theme.people[0]
        if person != main_person and n * 3 >= theme.count * 2:
            said.append(f"Most of these were with {person}.")
    if theme.co_themes and theme.count >= 3:
        other, n = theme.co_themes[0]
        if n >= 2 and n * 3 >= theme.count:
            said.append(f"It often came up together with {other}.")
    person = theme.people[0][0] if theme.people else None
    noticed = moves_noticed(
        theme.name, [w for w, _ in theme.my_part], [w for w, _ in theme.their_moves], person
    )
    if noticed:
        said.append(noticed)
    if kept_but_back:
        said.append(kept_but_back_sentence(theme.name, person))
    return said


def _repair_sentences(report: PatternReport) -> list[str]:
    if not report.repaired_count:
        said = [
            "No repairs are linked to these entries yet. A repair can be started from any entry, whenever it feels right."
        ]
    else:
        first = f"You worked on a repair for {report.repaired_count} of {report.conflict_count} conflicts"
        if report.median_hours_to_repair is not None:
            first += f", usually {_delay(report.median_hours_to_repair)}"
        said = [first + "."]
    results = report.commitment_results
    if report.commitments_checked:  # what was done, never a tally of what was not
        done = [f"{results['kept']} kept"] if results["kept"] else []
        if results["partly"]:
            done.append(f"{results['partly']} partly")
        said.append(
            "You checked in on your commitments: " + " and ".join(done) + "."
            if done
            else "You checked in on your commitments; they are still on the way."
        )
    settled = report.settled_counts
    noted = report.conflict_count - settled[None]
    if noted:
        calm, between, raw = settled[4] + settled[5], settled[3], settled[1] + settled[2]
        groups = [f"{calm or 'none'} feel mostly settled or at peace now"]
        if between:  # every group is named, so the numbers add up to those noted
            groups.append(f"{between} feel {settled_word(3)}")
        said.append(
            f"Of the {noted} entries where you noted how settled you feel, {', '.join(groups)}"
            f", and {raw or 'none'} still feel raw or unsettled."
        )
    if report.mean_settled_repaired is not None and report.mean_settled_unrepaired is not None:
        repaired = settled_word(round(report.mean_settled_repaired))
        others = settled_word(round(report.mean_settled_unrepaired))
        said.append(
            f"Entries with and without a repair both feel {repaired} on average now."
            if repaired == others
            else f"Entries with a repair feel {repaired} on average now; the others feel {others}."
        )
    return said


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _days(days: float) -> str:
    """A typical gap in everyday words: "week", "two weeks", "month", else whole days."""
    whole = round(days)
    if whole <= 1:
        return "day"
    if 6 <= whole <= 8:
        return "week"
    if 13 <= whole <= 15:
        return "two weeks"
    if 26 <= whole <= 34:
        return "month"
    return f"{whole} days"


def _delay(hours: float) -> str:
    if hours < 1:
        return "within the hour"
    if hours < 1.5:
        return "within about an hour"
    if hours < 48:
        return f"within about {round(hours)} hours"
    return f"within about {round(hours / 24)} days"
