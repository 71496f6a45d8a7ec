"""Everything an export reads from the journal, gathered in one go.

Reading takes milliseconds; laying out takes seconds. Gathering first (on the thread that
owns the vault) lets the layout run on a worker thread that never touches the database, and
a vault that locks meanwhile cannot break an export half-way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from healdesk.core.conflict import Conflict, ConflictSummary, Person
from healdesk.core.repairs.repair import Commitment, CommitmentSummary, Repair, RepairSummary
from healdesk.core.selection import Selection
from healdesk.export.pdf.options import NothingToExport

if TYPE_CHECKING:
    from healdesk.vault import Journal


@dataclass(frozen=True, slots=True)
class ExportMaterial:
    summaries: list[ConflictSummary]
    conflicts: list[Conflict]
    #: Repairs linked to a chosen entry, oldest first, by conflict id.
    repairs_of: dict[int, list[Repair]]
    repair_summaries: list[RepairSummary]
    #: What the summary's pattern figures read (as `healdesk stats` does): no text.
    repair_times: dict[int, int]
    commitment_summaries: list[CommitmentSummary]
    commitments: list[Commitment]
    people: list[Person]
    theme_colours: dict[str, str]

    def commitments_of(self) -> dict[int, list[Commitment]]:
        by_repair: dict[int, list[Commitment]] = defaultdict(list)
        for commitment in self.commitments:
            if commitment.repair_id is not None:
                by_repair[commitment.repair_id].append(commitment)
        return by_repair


def gather(journal: Journal, selection: Selection) -> ExportMaterial:
    """Read the chosen entries and what belongs to them; NothingToExport if none match."""
    summaries = journal.summaries(selection)
    if not summaries:
        raise NothingToExport
    chosen = {s.id for s in summaries}
    repairs_of: dict[int, list[Repair]] = defaultdict(list)
    for repair in journal.repairs():
        for conflict_id in chosen.intersection(repair.conflict_ids):
            repairs_of[conflict_id].append(repair)
    return ExportMaterial(
        summaries=summaries,
        conflicts=journal.conflicts(Selection.of(chosen)),
        repairs_of=dict(repairs_of),
        repair_summaries=journal.repair_summaries(),
        repair_times=journal.repair_times(),
        commitment_summaries=journal.commitment_summaries(),
        commitments=journal.commitments(),
        people=journal.people(),
        theme_colours={t.name: t.colour for t in journal.themes()},
    )
