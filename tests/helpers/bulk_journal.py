"""Many made-up conflicts at once, for benchmarks and for tests that need a long journal."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict

THEMES = ["Chores", "Money", "In-laws", "Phone at dinner", "Plans", "Intimacy", "Kids", "Work"]
WORDS = [
    "tired",
    "dishes",
    "again",
    "evening",
    "voice",
    "door",
    "calm",
    "listen",
    "heard",
    "money",
    "plan",
    "weekend",
    "sorry",
    "promise",
    "late",
    "phone",
    "dinner",
    "visit",
    "mother",
    "kitchen",
    "budget",
    "holiday",
]


def make_conflicts(count: int, seed: int = 3) -> list[Conflict]:
    rng = random.Random(seed)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    entries = []
    for i in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
        entries.append(
            Conflict(
                start + timedelta(hours=i * 4.3 + rng.random()),
                text,
                person=rng.choice(["Sam", "Mum"]),
                intensity=rng.randint(0, 10),
                my_feelings=rng.sample(["hurt", "angry", "sad", "tired"], 2),
                my_part=rng.sample(["raised my voice", "walked away", "sarcasm"], 1),
                themes=rng.sample(THEMES, rng.randint(1, 2)),
                settled=rng.randint(1, 5),
                private_notes=" ".join(rng.choice(WORDS) for _ in range(20)),
            )
        )
    return entries
