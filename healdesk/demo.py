"""An invented year of journal entries, so a newcomer sees a living journal at once.

Every person, event and sentence here is made up. Themes recur on their own rhythms (chores
on Sunday evenings, money around the first of the month, in-laws around the holidays ...),
intensity and settledness vary, and about half the conflicts get a repair, some with a
commitment and check-ins. A fixed seed makes the journal the same on every run, in every
language: the sentences, theme names and the mother-in-law are written in the language shown
(the stories below, the rest in healdesk.demo_text), while picked words stay stable keys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from healdesk.core.conflict import Conflict, Person
from healdesk.core.language.vocabulary import WISHES, shown
from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    Repair,
    RepairStatus,
)
from healdesk.core.repairs.template_loader import load_catalog
from healdesk.core.repairs.templates import snapshot_for
from healdesk.demo_text import (
    COMMITMENTS,
    HOLIDAYS,
    JONAS_STORIES,
    NOTES,
    REPAIR_ANSWERS,
)
from healdesk.i18n import N_, _
from healdesk.vault.stores.journal import Journal

#: The passphrase of a demo vault, shown on its unlock screen (the vault is thrown away).
DEMO_PASSPHRASE = "demo journal"

ALEX, JONAS = "Alex", "Jonas"
# Translators: the demo's invented mother-in-law; a name common in your language.
MARGARET = N_("Margaret")
#: Not a suggested role (those are stored as keys): written in the demo's language.
MOTHER_IN_LAW = N_("Mother-in-law")


@dataclass(frozen=True)
class Rhythm:
    """How one theme comes back: which days, at what hour, how often, with whom, how hot."""

    theme: str
    person: str
    chance: float  # per matching day
    days: frozenset[int]  # weekdays (0 = Monday) it happens on
    hours: tuple[int, int]
    intensity: tuple[int, int]
    stories: tuple[str, ...]
    my_part: tuple[str, ...]
    wishes: tuple[str, ...]
    also: str = ""  # a theme that often comes along
    their_moves: tuple[str, ...] = ()
    #: The loop this theme runs in (my move, their move): noted in most of its entries,
    #: usually with the order "I push, Alex goes quiet, I push again".
    loop: tuple[str, str] | None = None
    month_days: frozenset[int] = frozenset(range(1, 32))


RHYTHMS = (
    Rhythm(
        "chores",
        "Alex",
        0.45,
        frozenset({6}),
        (18, 21),
        (3, 7),
        (
            N_(
                "Sunday evening and the kitchen was a mess again. I wanted to sort out the dishes "
                "there and then; Alex went quiet, so I kept pushing until we both stopped talking."
            ),
            N_(
                "The bins were not taken out before the collection. I made a comment about it that "
                "came out sharper than I meant, and Alex left the room."
            ),
            N_(
                "We tried to plan the week's cleaning and it turned into keeping score of who did "
                "what last month. The more I pressed, the quieter Alex got."
            ),
            N_(
                "I came back from the shop and the groceries were still on the counter from "
                "yesterday. I asked to talk about it now; Alex said 'not now' and went silent."
            ),
        ),
        ("keeping score", "criticising", "bringing up the past"),
        ("fairness", "appreciation", "rest"),
        their_moves=("walked_away", "changed_subject", "defended"),
        loop=("pushing to talk", "went_quiet"),
    ),
    Rhythm(
        "money",
        "Alex",
        0.3,
        frozenset(range(7)),
        (19, 22),
        (4, 8),
        (
            N_(
                "The card statement came. Alex asked about the new headphones and I felt checked on. "
                "I defended myself before the question was even finished."
            ),
            N_(
                "We talked about saving for the summer trip and I said we can't afford it. Alex heard "
                "that as blame for the car repair."
            ),
            N_("Rent went up and we argued about whose budget should cover the difference."),
        ),
        ("defending myself", "raising my voice", "blaming"),
        ("reassurance", "fairness", "safety"),
        also="plans",
        their_moves=("criticised", "pushed_to_talk", "raised_voice"),
        month_days=frozenset({1, 2, 3}),
    ),
    Rhythm(
        "screens and phones",
        "Alex",
        0.07,
        frozenset({0, 1, 2, 3}),
        (19, 21),
        (2, 5),
        (
            N_(
                "Alex was on the phone through dinner. I put mine down on purpose and waited; when "
                "I finally said something it came out as a complaint."
            ),
            N_(
                "I was answering work messages on the sofa and Alex said it feels like I'm never "
                "really here in the evening."
            ),
            N_("We were watching a film and both scrolling. Alex asked why we even bother."),
        ),
        ("going silent", "sarcasm", "shutting down"),
        ("connection", "being seen", "closeness"),
        also="time together",
        their_moves=("pushed_to_talk", "criticised", "listened"),
    ),
    Rhythm(
        "work",
        "Alex",
        0.05,
        frozenset({0, 1, 2, 3, 4}),
        (20, 23),
        (3, 6),
        (
            N_(
                "I came home late for the third time this week and dinner was cold. Alex said my job "
                "gets the best of me and the family gets the rest."
            ),
            N_("I had a hard day and snapped when Alex asked a simple question about the weekend."),
        ),
        ("defending myself", "walking away", "interrupting"),
        ("being understood", "rest", "appreciation"),
    ),
    Rhythm(
        "time together",
        "Alex",
        0.12,
        frozenset({4, 5}),
        (20, 23),
        (2, 6),
        (
            N_(
                "Friday night and we had no plan again. Alex wanted to go out, I wanted to stay in, "
                "and we ended up doing neither."
            ),
            N_(
                "I forgot we had booked the table for our anniversary dinner. Alex was hurt that it "
                "slipped my mind."
            ),
            N_(
                "We spent the whole Saturday on errands and Alex said we never just enjoy each other "
                "anymore."
            ),
        ),
        ("going silent", "defending myself", "listening with judgment"),
        ("connection", "closeness", "appreciation"),
    ),
    Rhythm(
        "intimacy",
        "Alex",
        0.02,
        frozenset(range(7)),
        (22, 24),
        (4, 8),
        (
            N_(
                "I turned away in bed and Alex said it's been weeks since we were close. I felt "
                "pressured and said so in a cold way."
            ),
            N_(
                "Alex reached for my hand on the walk and I pulled away without thinking. Later it "
                "came up and we both felt rejected."
            ),
        ),
        ("shutting down", "walking away", "going silent"),
        ("closeness", "reassurance", "safety"),
    ),
)

FEELINGS = ("hurt", "frustrated", "unheard", "tired", "disappointed", "lonely", "angry", "anxious")
THEIR_FEELINGS = ("hurt", "dismissed", "frustrated", "tired", "overwhelmed", "lonely")


def _at(day: date, hours: tuple[int, int], rng: random.Random) -> datetime:
    minute = rng.randrange(hours[0] * 60, min(hours[1] * 60, 24 * 60 - 1))
    return datetime.combine(day, time(minute // 60, minute % 60)).astimezone()


def _said(text: str) -> str:
    """A sample sentence, theme or name in the language now shown ("" stays "")."""
    return _(text) if text else text


class _Writer:
    """Draws each entry from the seeded generator, then writes its words in the shown
    language: every language gets the same journal, only the words differ."""

    def __init__(self, journal: Journal, rng: random.Random, today: date) -> None:
        self.journal, self.rng, self.today = journal, rng, today

    def conflict(
        self,
        when: datetime,
        person: str,
        themes: list[str],  # theme keys (SUGGESTED_THEMES)
        story: str,
        intensity: tuple[int, int],
        my_part: tuple[str, ...],
        wishes: tuple[str, ...],
        progress: float,
        their_moves: tuple[str, ...] = (),
        loop: tuple[str, str] | None = None,
    ) -> None:
        rng = self.rng
        mine = rng.sample(my_part, rng.randint(1, 2))
        theirs = rng.sample(their_moves, rng.randint(0, 1)) if their_moves else []
        order: list[str] = []
        if loop and rng.random() < 0.8:
            mine, theirs = [loop[0], *mine[:1]], [loop[1], *theirs]
            if rng.random() < 0.7:
                order = [f"me:{loop[0]}", f"them:{loop[1]}", f"me:{loop[0]}"]
        # Later in the year entries settle more often: the writer is learning to repair.
        settled = min(5, max(1, round(rng.gauss(2 + 2 * progress, 1))))
        conflict = Conflict(
            happened_at=when,
            what_happened=_said(story),
            person=person,
            intensity=rng.randint(*intensity),
            my_feelings=rng.sample(FEELINGS, rng.randint(1, 3)),
            my_feelings_note=_said(rng.choice(NOTES)),
            their_feelings=rng.sample(THEIR_FEELINGS, rng.randint(0, 2)),
            my_part=mine,
            their_moves=theirs,
            move_order=order,
            my_wish=rng.sample(wishes, 1),
            their_wish=rng.sample(WISHES, 1),
            themes=[_said(theme) for theme in themes],
            settled=settled,
        )
        conflict_id = self.journal.add_conflict(conflict)
        if rng.random() < 0.35 + 0.35 * progress:
            self.repair(conflict, conflict_id, themes[0])

    def repair(self, conflict: Conflict, conflict_id: int, theme: str) -> None:
        rng = self.rng
        written = conflict.happened_at + timedelta(hours=rng.randint(10, 60))
        talked = written + timedelta(hours=rng.randint(2, 30))
        if talked.date() >= self.today:
            return
        owned = conflict.my_part[0]
        flow = load_catalog().templates["repair-after-fight"]
        answers = {
            key: _said(answer).format(owned=shown(owned)) for key, answer in REPAIR_ANSWERS.items()
        }
        repair = Repair(
            template_id=flow.id,
            template_version=flow.version,
            title=flow.title,
            snapshot=snapshot_for(flow, answers),
            answers=answers,
            conflict_ids=[conflict_id],
            status=rng.choice(
                [RepairStatus.PLANNED, RepairStatus.TALKED, RepairStatus.FOLLOWED_THROUGH]
            ),
            created_at=written,
            talked_at=talked,
        )
        repair_id = self.journal.add_repair(repair)
        text = _said(COMMITMENTS.get(theme, ""))
        if text and rng.random() < 0.6:
            due = (written + timedelta(days=rng.randint(5, 14))).date()
            check_ins = []
            if due < self.today:
                result = rng.choice(
                    [
                        CheckInResult.KEPT,
                        CheckInResult.KEPT,
                        CheckInResult.PARTLY,
                        CheckInResult.NOT_YET,
                    ]
                )
                check_ins.append(CheckIn(datetime.combine(due, time(20)).astimezone(), result))
            self.journal.add_commitment(Commitment(text, due, repair_id, check_ins))


def fill(journal: Journal, today: date | None = None, seed: int = 2024) -> int:
    """Write about a year of invented entries ending yesterday, so that nothing in the demo
    lies in the future (a story "from later today" would read as a bug); returns how many
    conflicts."""
    rng = random.Random(seed)
    today = today or date.today()
    first = today - timedelta(days=365)
    writer = _Writer(journal, rng, today)
    count = 0
    with journal.transaction():
        journal.add_person(Person(ALEX, "Partner"))
        journal.add_person(Person(_said(MARGARET), _said(MOTHER_IN_LAW)))
        journal.add_person(Person(JONAS, "Brother"))
        for offset in range(365):
            day = first + timedelta(days=offset)
            progress = offset / 364
            for rhythm in RHYTHMS:
                if (
                    day.weekday() not in rhythm.days
                    or day.day not in rhythm.month_days
                    or rng.random() > rhythm.chance
                ):
                    continue
                themes = [rhythm.theme]
                if rhythm.also and rng.random() < 0.4:
                    themes.append(rhythm.also)
                writer.conflict(
                    _at(day, rhythm.hours, rng),
                    rhythm.person,
                    themes,
                    rng.choice(rhythm.stories),
                    rhythm.intensity,
                    rhythm.my_part,
                    rhythm.wishes,
                    progress,
                    rhythm.their_moves,
                    rhythm.loop,
                )
                count += 1
            for (month, mday), story in HOLIDAYS:
                gap = (day - date(day.year, month, mday)).days
                if -6 <= gap <= 3 and rng.random() < 0.18:
                    writer.conflict(
                        _at(day, (10, 22), rng),
                        rng.choice([ALEX, _said(MARGARET)]),
                        ["family and in-laws"],
                        story,
                        (4, 9),
                        ("defending myself", "going silent", "bringing up the past"),
                        ("respect", "being seen", "autonomy"),
                        progress,
                    )
                    count += 1
            if rng.random() < 0.012:
                writer.conflict(
                    _at(day, (17, 22), rng),
                    JONAS,
                    ["family and in-laws", "money"],
                    rng.choice(JONAS_STORIES),
                    (3, 7),
                    ("raising my voice", "blaming"),
                    ("fairness", "respect"),
                    progress,
                )
                count += 1
    return count
