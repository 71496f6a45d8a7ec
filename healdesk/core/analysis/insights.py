"""Patterns told in plain sentences, in the app's own warm words.

Sentences describe what recurs and how repairs went; they never diagnose, score the
relationship, rank anyone or count anyone's faults: "my part" is shown as the moves noticed,
beside theirs. The signs that help could help (core.therapy_signs) are told gently, with help
that fits the relationship (core.relationship), and each offers its entries and an export.
"""

from __future__ import annotations

from dataclasses import dataclass

from healdesk.core.analysis import insight_words as words
from healdesk.core.analysis.cycles import ThemeLoop
from healdesk.core.analysis.loop_text import (
    SignNote,
    antidote_sentence,
    kept_but_back_sentence,
    loop_sentences,
    moves_noticed,
    sign_note,
    underneath_sentences,
)
from healdesk.core.analysis.patterns import PatternReport
from healdesk.core.analysis.theme_patterns import RECENT_DAYS, ThemePattern
from healdesk.core.language.vocabulary import settled_word
from healdesk.i18n import N_, _, ngettext

#: Themes described one by one, most frequent first; the charts show the rest.
THEMES_DESCRIBED = 4
EMPTY = N_("There are no entries here yet. Patterns show up once a few conflicts are written down.")


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
        return [[_(EMPTY)]]
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
    first = _("{theme} came up {times}").format(
        theme=_capitalised(theme.name), times=words.times(theme.count)
    )
    if theme.recurring and theme.median_days_between is not None:
        first += ", " + words.gap(theme.median_days_between)
    if theme.clustered:
        when = theme.top_time_of_day if theme.time_clustered else None
        first += words.weekday_phrase(theme.top_weekday, when)
    elif theme.time_clustered:
        first += _(words.MOSTLY_AT[theme.top_time_of_day])
    said = [_("{sentence}.").format(sentence=first)]
    if theme.recent_count >= 3:
        weeks = RECENT_DAYS // 7
        said.append(
            ngettext(
                "All of them were in the last {weeks} week.",
                "All of them were in the last {weeks} weeks.",
                weeks,
            ).format(weeks=weeks)
            if theme.recent_count == theme.count
            else ngettext(
                "{n} of them were in the last {weeks} weeks.",
                "{n} of them were in the last {weeks} weeks.",
                theme.recent_count,
            ).format(n=theme.recent_count, weeks=weeks)
        )
    lately = [
        _(words.TRENDS[trend])
        for trend in (theme.frequency_trend, theme.intensity_trend)
        if trend in words.TRENDS
    ]
    if len(lately) == 2:
        said.append(
            _("Lately it has {first} and {second}.").format(first=lately[0], second=lately[1])
        )
    elif lately:
        said.append(_("Lately it has {change}.").format(change=lately[0]))
    if theme.people and theme.count >= 3:
        person, n = theme.people[0]
        if person != main_person and n * 3 >= theme.count * 2:
            said.append(_("Most of these were with {person}.").format(person=person))
    if theme.co_themes and theme.count >= 3:
        other, n = theme.co_themes[0]
        if n >= 2 and n * 3 >= theme.count:
            said.append(_("It often came up together with {theme}.").format(theme=other))
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
            _(
                "No repairs are linked to these entries yet. A repair can be started from any "
                "entry, whenever it feels right."
            )
        ]
    else:
        values = {"repaired": report.repaired_count, "n": report.conflict_count}
        if report.median_hours_to_repair is None:
            sentence = ngettext(
                "You worked on a repair for {repaired} of {n} conflict.",
                "You worked on a repair for {repaired} of {n} conflicts.",
                report.conflict_count,
            )
        else:
            values["delay"] = words.delay(report.median_hours_to_repair)
            sentence = ngettext(
                "You worked on a repair for {repaired} of {n} conflict, usually {delay}.",
                "You worked on a repair for {repaired} of {n} conflicts, usually {delay}.",
                report.conflict_count,
            )
        said = [sentence.format(**values)]
    results = report.commitment_results
    if report.commitments_checked:  # what was done, never a tally of what was not
        kept, partly = results["kept"], results["partly"]
        if kept and partly:
            said.append(
                _("You checked in on your commitments: {kept} kept and {partly} partly.").format(
                    kept=kept, partly=partly
                )
            )
        elif kept or partly:
            said.append(
                (
                    _("You checked in on your commitments: {n} kept.")
                    if kept
                    else _("You checked in on your commitments: {n} partly.")
                ).format(n=kept or partly)
            )
        else:
            said.append(_("You checked in on your commitments; they are still on the way."))
    settled = report.settled_counts
    noted = report.conflict_count - settled[None]
    if noted:
        calm, between, raw = settled[4] + settled[5], settled[3], settled[1] + settled[2]
        none = _("none")
        values = {"noted": noted, "calm": calm or none, "raw": raw or none}
        if between:  # every group is named, so the numbers add up to those noted
            values |= {"between": between, "word": settled_word(3)}
            sentence = ngettext(
                "Of the {noted} entry where you noted how settled you feel, {calm} feel mostly "
                "settled or at peace now, {between} feel {word}, and {raw} still feel raw or "
                "unsettled.",
                "Of the {noted} entries where you noted how settled you feel, {calm} feel mostly "
                "settled or at peace now, {between} feel {word}, and {raw} still feel raw or "
                "unsettled.",
                noted,
            )
        else:
            sentence = ngettext(
                "Of the {noted} entry where you noted how settled you feel, {calm} feel mostly "
                "settled or at peace now, and {raw} still feel raw or unsettled.",
                "Of the {noted} entries where you noted how settled you feel, {calm} feel mostly "
                "settled or at peace now, and {raw} still feel raw or unsettled.",
                noted,
            )
        said.append(sentence.format(**values))
    if report.mean_settled_repaired is not None and report.mean_settled_unrepaired is not None:
        repaired = settled_word(round(report.mean_settled_repaired))
        others = settled_word(round(report.mean_settled_unrepaired))
        said.append(
            _("Entries with and without a repair both feel {word} on average now.").format(
                word=repaired
            )
            if repaired == others
            else _(
                "Entries with a repair feel {repaired} on average now; the others feel {others}."
            ).format(repaired=repaired, others=others)
        )
    return said


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]
