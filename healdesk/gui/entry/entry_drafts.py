"""Unsaved conflict entries kept as drafts inside the vault (never in a temp file).

A draft is the dialog's fields as plain JSON-able values under a key that says what it belongs
to: "conflict:new:<random>" for a new entry, "conflict:edit:<id>" for changes to a saved one.
The app asks `pending_entry_drafts` after unlocking and offers each back, so neither a crash
nor a lock loses words.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from healdesk.core.conflict import LIST_FIELDS, TEXT_FIELDS, Conflict
from healdesk.vault import Journal

DRAFT_PREFIX = "conflict:"
_NEW = DRAFT_PREFIX + "new:"
_EDIT = DRAFT_PREFIX + "edit:"


def new_draft_key() -> str:
    return _NEW + uuid.uuid4().hex


def edit_draft_key(conflict_id: int) -> str:
    return f"{_EDIT}{conflict_id}"


def draft_conflict_id(key: str) -> int | None:
    """The saved entry a draft edits, or None for a draft of a new entry."""
    return int(key.removeprefix(_EDIT)) if key.startswith(_EDIT) else None


def pending_entry_drafts(journal: Journal) -> list[str]:
    """Keys of unsaved conflict entries, newest first: what to offer back after unlock."""
    return [key for key in journal.drafts() if key.startswith(DRAFT_PREFIX)]


def fields_of(conflict: Conflict, role: str = "") -> dict[str, Any]:
    """The dialog's fields for `conflict`, as JSON-able values."""
    fields: dict[str, Any] = {
        "happened_at": conflict.happened_at.isoformat(),
        "person": conflict.person or "",
        "role": role,
        "intensity": conflict.intensity,
        "settled": conflict.settled,
    }
    fields.update({name: list(getattr(conflict, name)) for name in LIST_FIELDS})
    fields.update({name: getattr(conflict, name) for name in TEXT_FIELDS})
    return fields


def conflict_from(fields: dict[str, Any], conflict_id: int | None) -> Conflict:
    """A Conflict from the dialog's fields. A role alone (no name) stands for the person."""
    person = fields["person"].strip() or fields["role"].strip() or None
    return Conflict(
        happened_at=datetime.fromisoformat(fields["happened_at"]),
        person=person,
        intensity=fields["intensity"],
        settled=fields["settled"],
        id=conflict_id,
        **{name: list(fields.get(name, ())) for name in LIST_FIELDS},  # older drafts lack some
        **{name: fields[name] for name in TEXT_FIELDS},
    )
