"""Doing is not the same as being felt: themes where commitments were kept, and the fight
still came back afterwards. Issue-free words for a hard truth: keeping a promise may not yet
have reached the other person, so the insight invites asking them, never grades anyone."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from healdesk.core.analysis.pattern_columns import Columns
from healdesk.core.repairs.repair import CheckInResult, CommitmentSummary


def kept_but_back(
    columns: Columns,
    by_theme: Mapping[str, Sequence[int]],
    commitments: Iterable[CommitmentSummary],
) -> tuple[str, ...]:
    """Themes with a kept commitment (made in a repair of one of its entries) and an entry
    of the theme after that commitment was made."""
    kept: dict[int, float] = {}
    for c in commitments:
        if c.latest is CheckInResult.KEPT and c.repair_id is not None:
            made = c.created_at.timestamp()
            kept[c.repair_id] = min(made, kept.get(c.repair_id, made))
    if not kept:
        return ()
    found = []
    repair_ids, stamps = columns.repair_ids, columns.stamps
    for theme, indexes in by_theme.items():
        made = [kept[r] for i in indexes for r in repair_ids[i] if r in kept]
        if made and any(stamps[i] > min(made) for i in indexes):
            found.append(theme)
    return tuple(found)
