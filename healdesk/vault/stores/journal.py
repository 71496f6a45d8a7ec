"""The Journal: every query and change the app and the commands make, on an unlocked vault."""

from __future__ import annotations

from healdesk.vault.stores.care import CareStore
from healdesk.vault.stores.drafts import DraftStore
from healdesk.vault.stores.pattern_reads import PatternStore
from healdesk.vault.stores.search import SearchStore
from healdesk.vault.stores.shared_repairs import SharedRepairStore
from healdesk.vault.stores.unlock_history import UnlockHistoryStore
from healdesk.vault.sync.merge_notes import MergeNoteStore


class Journal(
    SearchStore,
    PatternStore,
    DraftStore,
    MergeNoteStore,
    SharedRepairStore,
    CareStore,
    UnlockHistoryStore,
):
    """Conflicts, themes, people, repairs, commitments, search and drafts over one connection.

    Each part lives in its own module (conflicts, labels, repairs, search, drafts, partners,
    shared_repairs, care, unlock_history); they share the connection and transactions through
    `Store`. Obtained from `Vault.journal`.
    """
