"""The timeline and the insights panel from a believable year-long journal.

A throwaway vault (deleted afterwards) gets a year of constructed entries in which "Chores"
comes back most Sunday evenings; timeline-year, timeline-month and insights PNGs, light and dark.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from healdesk.core.conflict import Conflict, Person
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment, Repair
from healdesk.gui.base import appearance
from healdesk.gui.patterns.insights_panel import InsightsPanel
from healdesk.gui.patterns.timeline import TimelineView
from healdesk.gui.patterns.timeline_layout import ZOOMS
from healdesk.vault import Vault
from healdesk.vault.stores.journal import Journal

ZONE = ZoneInfo("Europe/Berlin")
END = date(2026, 11, 22)


def fill_demo_year(journal: Journal, end: date = END, seed: int = 7) -> None:
    """A year ending at `end`: Chores on most Sunday evenings (repaired, still unsettled),
    Money near pay day, in-laws around holidays, phones on weekday evenings, a work crunch."""
    rng = random.Random(seed)
    journal.add_person(Person("Sam", "Partner"))
    journal.add_person(Person("Mum", "Mother"))
    start = end - timedelta(days=364)
    entries: list[tuple[datetime, list[str], str, int, list[str]]] = []

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), ZONE)

    day = start + timedelta(days=(6 - start.weekday()) % 7)
    while day <= end:  # Sundays
        if rng.random() < 0.8:
            themes = ["Chores"] + (["Time together"] if rng.random() < 0.15 else [])
            part = rng.sample(["raising my voice", "keeping score", "sarcasm"], rng.randint(1, 2))
            entries.append(
                (
                    at(day, rng.choice((18, 19, 20)), rng.randrange(60)),
                    themes,
                    "Sam",
                    rng.randint(4, 8),
                    part,
                )
            )
        day += timedelta(days=7)
    for month in range(12):
        payday = date(
            start.year + (start.month + month - 1) // 12, (start.month + month - 1) % 12 + 1, 1
        )
        if rng.random() < 0.75:
            when = at(payday + timedelta(days=rng.randint(-2, 2)), rng.choice((9, 21)))
            entries.append((when, ["Money"], "Sam", rng.randint(3, 7), ["defending myself"]))
    for holiday in (
        date(2025, 12, 24),
        date(2025, 12, 27),
        date(2026, 4, 5),
        date(2026, 8, 2),
        date(2026, 8, 6),
    ):
        if start <= holiday <= end:
            who = rng.choice(("Sam", "Mum"))
            entries.append(
                (at(holiday, 16), ["Family and in-laws"], who, rng.randint(5, 9), ["going silent"])
            )
    for _ in range(14):
        day = start + timedelta(days=rng.randrange(364))
        if day.weekday() < 5:
            themes = ["Screens and phones"] + (["Time together"] if rng.random() < 0.4 else [])
            entries.append(
                (at(day, 21, rng.randrange(60)), themes, "Sam", rng.randint(2, 5), ["walking away"])
            )
    for offset in (0, 9, 15, 23, 30):
        day = date(2026, 9, 14) + timedelta(days=offset)
        entries.append((at(day, 8, 15), ["Work"], "Sam", rng.randint(3, 6), ["shutting down"]))
    entries.sort(key=lambda e: e[0])
    for when, themes, person, intensity, part in entries:
        chores = "Chores" in themes
        conflict_id = journal.add_conflict(
            Conflict(
                when,
                "A constructed demo entry.",
                person=person,
                intensity=intensity,
                themes=themes,
                my_part=part,
                settled=rng.choice((1, 2, 2, 3)) if chores else rng.randint(3, 5),
            )
        )
        if rng.random() < (0.7 if chores else 0.45):
            made = when + timedelta(hours=rng.choice((3, 20, 26, 44, 70)))
            repair_id = journal.add_repair(
                Repair(
                    "repair-after-fight",
                    1,
                    "Repair after a fight",
                    (),
                    conflict_ids=[conflict_id],
                    created_at=made,
                )
            )
            if rng.random() < 0.5:
                due = made.date() + timedelta(days=rng.randint(3, 10))
                commitment_id = journal.add_commitment(Commitment("A demo promise", due, repair_id))
                if due < end:
                    result = rng.choice(
                        (
                            CheckInResult.KEPT,
                            CheckInResult.KEPT,
                            CheckInResult.PARTLY,
                            CheckInResult.NOT_YET,
                        )
                    )
                    journal.add_check_in(
                        commitment_id, CheckIn(datetime.combine(due, time(20), ZONE), result)
                    )


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "screenshot passphrase")
        fill_demo_year(vault.journal)
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            timeline = TimelineView(vault.journal)
            timeline.resize(1100, 385)
            timeline.show()
            for zoom in ("Year", "Month"):
                timeline.canvas.set_zoom([z.name for z in ZOOMS].index(zoom))
                timeline.canvas.show_latest()
                app.processEvents()
                written.append(out / f"timeline-{zoom.lower()}-{scheme}.png")
                timeline.grab().save(str(written[-1]))
            timeline.close()
            panel = InsightsPanel(vault.journal, today=datetime.combine(END, time(22), ZONE))
            panel.resize(900, 860)
            panel.show()
            app.processEvents()
            written.append(out / f"insights-{scheme}.png")
            panel.content.grab().save(str(written[-1]))
            panel.close()
        vault.lock()
    return written
