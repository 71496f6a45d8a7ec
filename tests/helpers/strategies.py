"""Hypothesis strategies for whole journals with hostile text: NUL, RTL, emoji, 1 MB."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import strategies as st

from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import Conflict, Person, Theme
from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    FieldSnapshot,
    Repair,
    RepairStatus,
    StepSnapshot,
)

SPECIAL = ["\0", "שלום", "مرحبا", "\u202e", "\u200f", "😢", "👩‍👩‍👧", "\r\n", "\n# x", "<b>&"]

texts = st.lists(st.one_of(st.text(max_size=12), st.sampled_from(SPECIAL)), max_size=5).map("".join)
words = st.lists(texts, max_size=3)
#: Names the journal keeps as given: one line, trimmed, no NUL.
names = texts.map(lambda s: " ".join(s.replace("\0", "").split())).filter(bool)
moments = st.datetimes(
    min_value=datetime(1901, 1, 1),
    max_value=datetime(2100, 1, 1),
    timezones=st.timezones(),
    allow_imaginary=False,
).map(lambda m: m.astimezone(timezone(m.utcoffset())))
"""Aware moments as files hold them: a fixed UTC offset (a named zone's repeated hour would
make datetime equality refuse to compare across zones, PEP 495)."""


def megabyte(seed: str) -> str:
    """About a million code points built from a drawn seed."""
    return (seed * (1_000_000 // len(seed) + 1))[:1_000_000]


@st.composite
def bundles(draw: st.DrawFn, big_text: bool = False) -> JournalBundle:
    theme_names = draw(st.lists(names, max_size=3, unique_by=str.casefold))
    person_names = draw(st.lists(names, max_size=2, unique_by=str.casefold))
    conflicts = []
    for index in range(draw(st.integers(1, 4))):
        conflicts.append(
            Conflict(
                happened_at=draw(moments),
                what_happened=draw(texts),
                person=draw(st.none() | st.sampled_from(person_names)) if person_names else None,
                intensity=draw(st.none() | st.integers(0, 10)),
                settled=draw(st.none() | st.integers(1, 5)),
                my_feelings=draw(words),
                my_feelings_note=draw(texts),
                their_feelings=draw(words),
                their_feelings_note=draw(texts),
                my_part=draw(words),
                my_part_note=draw(texts),
                my_wish=draw(words),
                their_wish=draw(words),
                themes=draw(st.lists(st.sampled_from(theme_names), unique=True))
                if theme_names
                else [],
                private_notes=draw(texts),
                id=index + 1,
                created_at=draw(moments),
                updated_at=draw(moments),
            )
        )
    if big_text:
        conflicts[0].what_happened = megabyte(draw(st.text(min_size=1, max_size=8)))
    ids = [c.id for c in conflicts]
    repairs = [
        Repair(
            template_id=draw(st.sampled_from(["prepare-conversation", "repair-after-fight"])),
            template_version=draw(st.integers(1, 5)),
            title=draw(texts),
            snapshot=(StepSnapshot("s", draw(texts), (FieldSnapshot("f", draw(texts), "text"),)),),
            answers={
                "s.f": draw(texts),
                "s.g": draw(st.none() | st.integers(-5, 10) | words),
            },
            conflict_ids=sorted(draw(st.lists(st.sampled_from(ids), unique=True))),
            status=draw(st.sampled_from(list(RepairStatus))),
            id=index + 1,
            created_at=draw(moments),
            updated_at=draw(moments),
            talked_at=draw(st.none() | moments),
        )
        for index in range(draw(st.integers(0, 2)))
    ]
    commitments = [
        Commitment(
            text=draw(texts),
            due=draw(st.none() | st.dates()),
            repair_id=draw(st.sampled_from([r.id for r in repairs])) if repairs else None,
            check_ins=[
                CheckIn(draw(moments), draw(st.sampled_from(list(CheckInResult))), draw(texts))
                for _ in range(draw(st.integers(0, 2)))
            ],
            id=index + 1,
            created_at=draw(moments),
        )
        for index in range(draw(st.integers(0, 2)))
    ]
    return JournalBundle(
        conflicts=conflicts,
        themes=[Theme(n, draw(st.sampled_from(["#4e79a7", "#e15759", ""]))) for n in theme_names],
        people=[Person(n, draw(texts.map(str.strip))) for n in person_names],
        repairs=repairs,
        commitments=commitments,
        trashed={ids[0]: draw(moments)} if draw(st.booleans()) else {},
    )
