"""A small, realistic journal for export tests and the PDF screenshots."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from healdesk.core.conflict import Conflict, Person
from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    FieldSnapshot,
    Repair,
    RepairStatus,
    StepSnapshot,
)

TZ = timezone(timedelta(hours=1))
PARTNER, MOTHER = "Sam Rivera", "Elena"

REPAIR_STEPS = (
    StepSnapshot(
        "mindset", "Mindset", (FieldSnapshot("aim", "What I want from this conversation", "text"),)
    ),
    StepSnapshot(
        "my_part",
        "My part",
        (
            FieldSnapshot("owned", "What I did that I own", "chips"),
            FieldSnapshot("words", "In my own words", "text"),
        ),
    ),
    StepSnapshot(
        "impact", "Impact", (FieldSnapshot("landed", "How it may have landed for them", "text"),)
    ),
    StepSnapshot(
        "ahead",
        "Looking ahead",
        (
            FieldSnapshot("differently", "What I will do differently next time", "text"),
            FieldSnapshot("by_when", "By when", "date"),
        ),
    ),
)


def at(month: int, day: int, hour: int = 20, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


def conflicts() -> list[Conflict]:
    return [
        Conflict(
            at(1, 6, 21, 40),
            "Sam came home late again and the dishes were still in the sink. I said "
            '"you never help" and Sam went quiet. Then I brought up last week.',
            person=PARTNER,
            intensity=7,
            themes=["Chores"],
            settled=4,
            my_feelings=["hurt", "tired"],
            my_feelings_note="Alone with the house.",
            their_feelings=["ashamed", "defensive"],
            my_part=["criticising", "bringing up the past"],
            my_wish=["appreciation", "fairness"],
            their_wish=["rest", "being understood"],
            private_notes="I almost said something about Sam's mother. Glad I didn't.",
        ),
        Conflict(
            at(1, 19, 19, 5),
            "Money talk at dinner about the holiday budget <b>again</b> & the card bill.",
            person=PARTNER,
            intensity=5,
            themes=["Money", "Plans"],
            settled=3,
            my_feelings=["anxious"],
            my_part=["raising my voice"],
            my_wish=["safety"],
        ),
        Conflict(
            at(2, 2, 18, 30),
            "Elena called during dinner and Sam took the call at the table. Мама сказала, "
            "что мы заняты. Ευχαριστώ. 我们需要谈谈。 😔",
            person=PARTNER,
            intensity=6,
            themes=["Family and in-laws", "Screens and phones"],
            settled=2,
            my_feelings=["dismissed"],
            their_feelings=["torn"],
            my_part=["going silent"],
            my_wish=["closeness"],
        ),
        Conflict(
            at(2, 14, 9, 15),
            "Whose turn it was to clean the bathroom. Small, but it felt like the same fight.",
            person=PARTNER,
            intensity=4,
            themes=["Chores"],
            settled=2,
            my_part=["keeping score"],
        ),
        Conflict(
            at(2, 27, 22, 10),
            "Mum said I never visit. I hung up on her.",
            person=MOTHER,
            intensity=8,
            themes=["Family and in-laws"],
            settled=1,
            my_feelings=["guilty", "angry"],
            my_part=["walking away"],
            my_wish=["respect"],
            their_wish=["connection"],
        ),
        Conflict(
            at(3, 8, 20, 45),
            "Laundry piled up for a week; Sam said I keep a list of everything.",
            person=PARTNER,
            intensity=5,
            themes=["Chores"],
            settled=3,
            my_part=["keeping score", "sarcasm"],
            my_wish=["fairness"],
        ),
    ]


def repair(conflict_ids: list[int]) -> Repair:
    return Repair(
        template_id="repair-after-fight",
        template_version=1,
        title="Repair after a fight",
        snapshot=REPAIR_STEPS,
        answers={
            "mindset.aim": "To understand Sam, not to win. We are on the same team.",
            "my_part.owned": ["criticising", "bringing up the past"],
            "my_part.words": 'I said "you never help", which isn\'t fair.',
            "impact.landed": "I can see how, when I said never, it felt like nothing Sam does counts.",
            "ahead.differently": "Ask for help early, before I'm exhausted.",
            "ahead.by_when": "2026-01-20",
        },
        conflict_ids=conflict_ids,
        status=RepairStatus.FOLLOWED_THROUGH,
        created_at=at(1, 8, 19),
        talked_at=at(1, 9, 20),
    )


def commitment(repair_id: int) -> Commitment:
    return Commitment(
        "Make a shared chores rota with Sam on Sunday",
        due=date(2026, 1, 18),
        repair_id=repair_id,
        check_ins=[
            CheckIn(at(1, 19, 10), CheckInResult.PARTLY, "Made it, but only stuck to half."),
            CheckIn(at(1, 26, 10), CheckInResult.KEPT, "Second week went well."),
        ],
    )


def fill(journal) -> list[int]:
    """Add the sample to `journal`; returns the conflict ids in date order."""
    journal.add_person(Person(PARTNER, "Partner"))
    journal.add_person(Person(MOTHER, "Mother"))
    ids = [journal.add_conflict(c) for c in conflicts()]
    repair_id = journal.add_repair(repair([ids[0], ids[3]]))
    journal.add_commitment(commitment(repair_id))
    second = repair([ids[2]])
    second.status, second.created_at = RepairStatus.PLANNED, at(2, 4, 18)
    second.answers = {"mindset.aim": "Agree on phones at dinner, together with Elena's calls."}
    journal.add_repair(second)
    return ids
