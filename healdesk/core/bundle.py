"""A journal outside the vault: what file readers produce and the vault's importer consumes.

It lives in core so that the vault (which imports and exports bundles) and the file formats
(which read and write them) never need each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from healdesk.core.conflict import Conflict, Person, Theme
from healdesk.core.couple.sharing import SharedRepair
from healdesk.core.repairs.repair import Commitment, Repair


@dataclass(slots=True)
class JournalBundle:
    """Entries with the ids they had in their source.

    `Repair.conflict_ids` and `Commitment.repair_id` refer to those source ids; the importer
    maps them onto the ids the vault gives. `trashed` holds, by source id, when a conflict
    was moved to the trash. `shared` holds repairs shared with a partner, with the partner's
    side (`SharedRepair.repair_id` is a source id too). `skipped_empty` counts source entries a reader left out because
    they held no words (a Day One photo-only entry, for example).
    """

    conflicts: list[Conflict] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    trashed: dict[int, datetime] = field(default_factory=dict)
    shared: list[SharedRepair] = field(default_factory=list)
    skipped_empty: int = 0
