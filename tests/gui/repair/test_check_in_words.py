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
