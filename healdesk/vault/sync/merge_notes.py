"""Merge notes: the version of a record that lost when two copies both changed it.

Kept in the vault and shown on the entry, so a change made on one computer is never silently
dropped; they travel with later merges like everything else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from healdesk.vault.stores.identity import uid_sql
from healdesk.vault.stores.store import Store


@dataclass(frozen=True, slots=True)
class MergeNote:
    """The other version of one record: when it was written and what it said."""

    kind: str
    version_at: datetime
    noted_at: datetime
    fields: dict[str, Any]

    def text(self, name: str) -> str:
        """One text field of the other version of an entry ("" if it had none)."""
        body = json.loads(self.fields.get("body") or "{}")
        return str(body.get(name) or "")


class MergeNoteStore(Store):
    def merge_notes(self, conflict_id: int) -> list[MergeNote]:
        """Other versions of one entry, oldest first."""
        rows = self.db.execute(
            "SELECT kind, version_at, noted_at, body FROM merge_note WHERE kind = 'conflict'"
            f" AND record_uid = (SELECT {uid_sql('conflict', 'c')} FROM conflict c WHERE c.id = ?)"
            " ORDER BY version_at",
            (conflict_id,),
        )
        return [
            MergeNote(
                kind, datetime.fromisoformat(at), datetime.fromisoformat(noted), json.loads(body)
            )
            for kind, at, noted, body in rows
        ]
