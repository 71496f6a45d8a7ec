"""Check-ins acknowledge without grading."""

from __future__ import annotations

from datetime import UTC, date, datetime

from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.gui.repair.commitments_panel import due_words


def test_a_kept_commitment_is_acknowledged_not_graded():
    kept = Commitment(
        "Phones away at dinner",
        date(2026, 3, 1),
        1,
        [CheckIn(datetime(2026, 3, 2, tzinfo=UTC), CheckInResult.KEPT)],
    )
    words = due_words(kept, date(2026, 3, 5))
    assert words == "You noted this as kept."
    assert "well done" not in words.casefold()


def test_only_a_past_date_is_something_you_had_hoped_for():
    today = date(2026, 3, 5)
    said = {
        offset: due_words(Commitment("Phones away at dinner", date(2026, 3, 5 + offset)), today)
        for offset in (-1, 0, 1, 20)
    }
    assert said == {
        -1: "You had hoped to do this by Wednesday 4 March",
        0: "For today",
        1: "By Friday 6 March",
        20: "By Wednesday 25 March",
    }
