"""Linking a repair to the conflicts it is about, after it was written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from healdesk.core.repairs.repair import Repair


class RepairJournal(Protocol):
    """The part of the Journal linking needs: core stays free of the vault."""

    def get_repair(self, repair_id: int) -> Repair: ...
    def update_repair(self, repair: Repair) -> None: ...


def link_conflicts(journal: RepairJournal, repair_id: int, conflict_ids: Iterable[int]) -> Repair:
    """Add links (existing ones stay; the vault refuses an unknown conflict)."""
    repair = journal.get_repair(repair_id)
    merged = list(dict.fromkeys([*repair.conflict_ids, *conflict_ids]))
    if merged != repair.conflict_ids:
        repair.conflict_ids = merged
        journal.update_repair(repair)
    return repair


def unlink_conflict(journal: RepairJournal, repair_id: int, conflict_id: int) -> Repair:
    """Remove one link; the repair itself and its other links stay."""
    repair = journal.get_repair(repair_id)
    if conflict_id in repair.conflict_ids:
        repair.conflict_ids = [i for i in repair.conflict_ids if i != conflict_id]
        journal.update_repair(repair)
    return repair
