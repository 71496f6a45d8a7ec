"""Repairs (guided entries made from a template) and the commitments that back them with action."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

#: An answer as stored: text, a number (scale), a list of words (choices, chips, checklist)
#: or an ISO date string. Always JSON-serialisable.
Answer = str | int | list[str] | None


class RepairStatus(StrEnum):
    """Where a repair stands. A repair is complete only once words were backed by action."""

    DRAFT = "draft"
    PLANNED = "planned"
    TALKED = "talked"
    FOLLOWED_THROUGH = "followed_through"


class CheckInResult(StrEnum):
    """How a commitment went; "not yet" is an honest answer, never a failure."""

    KEPT = "kept"
    PARTLY = "partly"
    NOT_YET = "not_yet"


@dataclass(slots=True, frozen=True)
class FieldSnapshot:
    """A field's label and kind as the writer saw it when answering."""

    key: str
    label: str
    kind: str


@dataclass(slots=True, frozen=True)
class StepSnapshot:
    """One step of a template as it was when the repair was written."""

    key: str
    title: str
    fields: tuple[FieldSnapshot, ...]


@dataclass(slots=True)
class CheckIn:
    """One answer to "did it happen?", kept with its moment: later ones never replace it."""

    at: datetime
    result: CheckInResult
    note: str = ""
    id: int | None = None


@dataclass(slots=True)
class Commitment:
    """A concrete action with a due date; check-ins record whether it happened."""

    text: str
    due: date | None = None
    repair_id: int | None = None
    check_ins: list[CheckIn] = field(default_factory=list)
    id: int | None = None
    created_at: datetime | None = None

    @property
    def latest(self) -> CheckInResult | None:
        return self.check_ins[-1].result if self.check_ins else None

    @property
    def kept(self) -> bool:
        return self.latest is CheckInResult.KEPT


@dataclass(slots=True)
class Repair:
    """A filled-in repair flow.

    `snapshot` keeps the template's steps and labels as they were when written, so a later
    template version never changes or orphans an old entry. `answers` maps field keys
    ("step.field") to values.
    """

    template_id: str
    template_version: int
    title: str
    snapshot: tuple[StepSnapshot, ...]
    answers: dict[str, Answer] = field(default_factory=dict)
    conflict_ids: list[int] = field(default_factory=list)
    status: RepairStatus = RepairStatus.DRAFT
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    talked_at: datetime | None = None

    def answer_text(self) -> str:
        """All answered words joined, for full-text search."""
        parts: list[str] = []
        for value in self.answers.values():
            if isinstance(value, list):
                parts.extend(str(v) for v in value)
            elif value is not None:
                parts.append(str(value))
        return "\n".join(parts)


def snapshot_to_json(snapshot: tuple[StepSnapshot, ...]) -> list[dict[str, Any]]:
    """The labels a repair was written with, as stored beside it in the vault and in exports."""
    return [
        {
            "key": s.key,
            "title": s.title,
            "fields": [{"key": f.key, "label": f.label, "kind": f.kind} for f in s.fields],
        }
        for s in snapshot
    ]


def snapshot_from_json(data: list[dict[str, Any]]) -> tuple[StepSnapshot, ...]:
    return tuple(
        StepSnapshot(
            key=str(s["key"]),
            title=str(s["title"]),
            fields=tuple(
                FieldSnapshot(str(f["key"]), str(f["label"]), str(f["kind"])) for f in s["fields"]
            ),
        )
        for s in data
    )


@dataclass(slots=True, frozen=True)
class RepairSummary:
    """A repair without its answers: what patterns and the timeline need."""

    id: int
    template_id: str
    status: RepairStatus
    created_at: datetime
    conflict_ids: tuple[int, ...]
    talked_at: datetime | None = None


@dataclass(slots=True, frozen=True)
class CommitmentSummary:
    """A commitment without its words: when it was due and how the latest check-in went."""

    id: int
    repair_id: int | None
    due: date | None
    created_at: datetime
    latest: CheckInResult | None
