"""A journal with every kind of content, and a comparison of journals that ignores ids."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime

import jsonschema

from healdesk.core.bundle import JournalBundle
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
from healdesk.locations import asset
from healdesk.vault import Journal
from tests.helpers.entries import BERLIN, full_conflict

SNAPSHOT = (
    StepSnapshot(
        "mindset",
        "Mindset",
        (FieldSnapshot("aim", "What is the aim of talking?", "text"),),
    ),
    StepSnapshot(
        "my_part",
        "My part",
        (
            FieldSnapshot("behaviours", "What I did that I own", "chips"),
            FieldSnapshot("settled", "How settled I feel", "scale"),
        ),
    ),
)

#: The HealDesk JSON schema as shipped, and a validator that checks formats too.
SCHEMA = json.loads(asset("resources", "schema", "healdesk-journal.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def fill_journal(journal: Journal) -> dict[str, int]:
    """Every field in use: two people with roles, themes with colours, a trashed entry, a
    repair linked to two conflicts with answers of every kind, commitments with check-ins."""
    journal.add_person(Person("Sam", "Partner"))
    journal.add_person(Person("Mum", "Mother"))
    journal.add_theme("Chores", "#59a14f")
    journal.add_theme("Money", "#e15759")
    hostile = full_conflict()
    hostile.what_happened += "\n# not a heading"
    hostile.private_notes += "\0and NUL"
    first = journal.add_conflict(hostile)
    second = journal.add_conflict(
        Conflict(
            datetime(2026, 4, 2, 8, 0, tzinfo=UTC),
            "Loan again",
            person="Mum",
            themes=["Money"],
            intensity=4,
        )
    )
    trashed = journal.add_conflict(
        Conflict(datetime(2026, 4, 3, 12, 0, tzinfo=BERLIN), "Written in anger, binned")
    )
    journal.delete_conflict(trashed)
    repair_id = journal.add_repair(
        Repair(
            template_id="repair-after-fight",
            template_version=2,
            title="After the door",
            snapshot=SNAPSHOT,
            answers={
                "mindset.aim": "to understand, not to win",
                "my_part.behaviours": ["raising my voice", "walking away"],
                "my_part.settled": 3,
                "outcome.talked": None,
            },
            conflict_ids=[first, second],
            status=RepairStatus.TALKED,
            created_at=datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN),
            talked_at=datetime(2026, 3, 31, 19, 30, tzinfo=BERLIN),
        )
    )
    journal.add_commitment(
        Commitment(
            "Ask before I leave the room",
            due=date(2026, 4, 10),
            repair_id=repair_id,
            check_ins=[
                CheckIn(datetime(2026, 4, 5, 20, 0, tzinfo=BERLIN), CheckInResult.PARTLY, "once"),
                CheckIn(datetime(2026, 4, 10, 20, 0, tzinfo=BERLIN), CheckInResult.KEPT),
            ],
        )
    )
    journal.add_commitment(Commitment("Weekly money walk"))
    return {"first": first, "second": second, "trashed": trashed, "repair": repair_id}


def normalised(bundle: JournalBundle) -> JournalBundle:
    """The bundle with every id replaced by the entry's position, so that two journals with
    the same content compare equal field by field whatever ids their vaults gave."""
    conflict_ids = {c.id: i for i, c in enumerate(bundle.conflicts)}
    repair_ids = {r.id: i for i, r in enumerate(bundle.repairs)}
    return JournalBundle(
        conflicts=[replace(c, id=conflict_ids[c.id]) for c in bundle.conflicts],
        themes=[replace(t, id=None) for t in bundle.themes],
        people=[replace(p, id=None) for p in bundle.people],
        repairs=[
            replace(
                r,
                id=repair_ids[r.id],
                conflict_ids=sorted(conflict_ids[i] for i in r.conflict_ids),
            )
            for r in bundle.repairs
        ],
        commitments=[
            replace(
                c,
                id=None,
                repair_id=repair_ids.get(c.repair_id),
                check_ins=[replace(k, id=None) for k in c.check_ins],
            )
            for c in bundle.commitments
        ],
        trashed={conflict_ids[i]: at for i, at in bundle.trashed.items()},
        skipped_empty=bundle.skipped_empty,
    )


def offsets(bundle: JournalBundle) -> list[str]:
    """Every moment as written, offset included (datetime equality compares instants only)."""
    moments = [c.happened_at for c in bundle.conflicts]
    moments += [c.created_at for c in bundle.conflicts] + [c.updated_at for c in bundle.conflicts]
    moments += [m for r in bundle.repairs for m in (r.created_at, r.updated_at, r.talked_at)]
    moments += [k.at for c in bundle.commitments for k in c.check_ins]
    moments += [c.created_at for c in bundle.commitments] + list(bundle.trashed.values())
    return [m.isoformat() if m else "" for m in moments]
