"""A small but complete journal for the safety tests, and a byte-for-byte view of a vault."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    FieldSnapshot,
    Repair,
    StepSnapshot,
)
from healdesk.vault import Journal
from healdesk.vault.storage.database import Connection

#: Written into entries so a test can grep files for plaintext.
MARKER = "zebra-marker-4417"
KYIV = timezone(timedelta(hours=2))


def fill(journal: Journal, entries: int = 40) -> list[int]:
    """Entries with every kind of field, a repair with a commitment and check-in, a draft."""
    ids = []
    with journal.transaction():
        for i in range(entries):
            ids.append(
                journal.add_conflict(
                    Conflict(
                        datetime(2025, 1, 1, 20, 30, tzinfo=KYIV if i % 2 else UTC)
                        + timedelta(days=i),
                        f"{MARKER} {i}: the dishes again, «тихо» 🍽 " + "words " * (i % 90),
                        person=["Sam", "Mum"][i % 2],
                        intensity=i % 11,
                        my_feelings=["hurt", "tired"][: 1 + i % 2],
                        their_feelings=["unseen"],
                        my_part=["raised my voice"] if i % 3 else [],
                        their_moves=["went_quiet", "sighed"] if i % 2 else [],
                        move_order=["me:raised my voice", "them:went_quiet"] if i % 3 == 1 else [],
                        my_wish=["being understood"],
                        themes=[["Chores"], ["Money", "Plans"], []][i % 3],
                        settled=1 + i % 5,
                        private_notes=f"private {MARKER}" if i % 4 == 0 else "",
                    )
                )
            )
        steps = (
            StepSnapshot("mindset", "Mindset", (FieldSnapshot("ready", "Ready?", "long_text"),)),
        )
        repair_id = journal.add_repair(
            Repair(
                "repair-after-fight",
                1,
                "After the dishes",
                steps,
                {"mindset.ready": MARKER},
                ids[:2],
            )
        )
        commitment = journal.add_commitment(Commitment("Sunday plan", date(2025, 2, 1), repair_id))
        journal.add_check_in(
            commitment, CheckIn(datetime(2025, 2, 2, tzinfo=UTC), CheckInResult.KEPT)
        )
    journal.save_draft("new-conflict", {"what_happened": f"unsaved {MARKER}"})
    return ids


def table_rows(db: Connection) -> dict[str, list[tuple]]:
    """Every row of every ordinary table, in key order: equal means byte-for-byte equal.
    The unlock history is left out: each unlock adds an opening, so a journal opened again
    (after a restore, a salvage, a refused command) rightly differs there."""
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            " AND name NOT LIKE '%search%' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'unlock_event' ORDER BY name"
        )
    ]
    return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}
