"""A repair in progress, kept as a draft inside the vault until it is saved.

The draft key is derived from what the repair is about (the flow and its conflicts, or the
saved repair being edited), so opening the same flow again simply resumes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from healdesk.core.repairs.repair import Answer

PREFIX = "repair:"


def draft_key(template_id: str, conflict_ids: Iterable[int], repair_id: int | None = None) -> str:
    """One draft per saved repair being edited, or per flow started for the same conflicts,
    so reopening either continues the same draft instead of starting a second one."""
    if repair_id is not None:
        return f"{PREFIX}edit:{repair_id}"
    linked = ",".join(str(i) for i in sorted(set(conflict_ids)))
    return f"{PREFIX}new:{template_id}:{linked}"


@dataclass(slots=True)
class RepairDraft:
    """An unfinished repair, kept in the vault's drafts so nothing written is lost on close or
    lock; `page` reopens the flow where the writer stopped."""

    template_id: str
    template_version: int
    conflict_ids: list[int] = field(default_factory=list)
    answers: dict[str, Answer] = field(default_factory=dict)
    page: int = 0
    repair_id: int | None = None

    @property
    def key(self) -> str:
        return draft_key(self.template_id, self.conflict_ids, self.repair_id)

    def to_payload(self) -> dict[str, Any]:
        return {
            "template_id": self.template_id,
            "template_version": self.template_version,
            "conflict_ids": list(self.conflict_ids),
            "answers": dict(self.answers),
            "page": self.page,
            "repair_id": self.repair_id,
        }

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> RepairDraft:
        return cls(
            str(payload["template_id"]),
            int(payload["template_version"]),
            [int(i) for i in payload.get("conflict_ids", [])],
            dict(payload.get("answers", {})),
            int(payload.get("page", 0)),
            payload.get("repair_id"),
        )


class DraftJournal(Protocol):
    """The part of the Journal drafts need: core stays free of the vault."""

    def drafts(self) -> list[str]: ...
    def load_draft(self, key: str) -> dict[str, Any] | None: ...


def repair_drafts(journal: DraftJournal) -> list[RepairDraft]:
    """Every unfinished repair, most recently saved first: what "continue where I left off"
    offers. A draft that cannot be read is left alone rather than guessed at."""
    found = []
    for key in journal.drafts():
        if not key.startswith(PREFIX):
            continue
        payload = journal.load_draft(key)
        try:
            found.append(RepairDraft.from_payload(payload or {}))
        except (KeyError, TypeError, ValueError):
            continue
    return found
