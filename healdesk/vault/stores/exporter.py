"""The whole journal as a `JournalBundle`, for HealDesk JSON and Markdown exports."""

from __future__ import annotations

from healdesk.core.bundle import JournalBundle
from healdesk.vault.stores.journal import Journal


def journal_bundle(journal: Journal) -> JournalBundle:
    """Everything the writer saved: entries (those in the trash too, with when they were
    trashed), themes with colours, people with roles, repairs and commitments, and
    what partners sent for shared repairs. Drafts are
    unfinished work and stay in the vault."""
    conflicts = sorted(
        [*journal.conflicts(), *journal.trashed_conflicts()],
        key=lambda c: (c.happened_at.timestamp(), c.id),
    )
    commitments = sorted(journal.commitments(), key=lambda c: c.id or 0)
    return JournalBundle(
        conflicts=conflicts,
        themes=journal.themes(),
        people=journal.people(),
        repairs=journal.repairs(),
        commitments=commitments,
        trashed=journal.trash_times(),
        shared=journal.shared_repairs(),
    )
