"""The whole journal as a `JournalBundle`, for HealDesk JSON and Markdown exports."""

from __future__ import annotations

from datetime import datetime

from healdesk.core.bundle import JournalBundle
from healdesk.vault.journal import Journal


def journal_bundle(journal: Journal) -> JournalBundle:
    """Everything the writer saved: entries (those in the trash too, with when they were
    trashed), themes with colours, people with roles, repairs and commitments. Drafts are
    unfinished work and stay in the vault."""
    in_trash = [journal.get_conflict(s.id) for s in journal.trashed()]
    conflicts = sorted(
        [*journal.conflicts(), *in_trash], key=lambda c: (c.happened_at.timestamp(), c.id)
    )
    trashed = {
        id_: datetime.fromisoformat(at)
        for id_, at in journal.db.execute(
            "SELECT id, trashed_at FROM conflict WHERE trashed_at IS NOT NULL"
        )
    }
    commitments = sorted(journal.commitments(), key=lambda c: c.id or 0)
    return JournalBundle(
        conflicts=conflicts,
        themes=journal.themes(),
        people=journal.people(),
        repairs=journal.repairs(),
        commitments=commitments,
        trashed=trashed,
    )
