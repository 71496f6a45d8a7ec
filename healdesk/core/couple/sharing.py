"""The share document: exactly what leaves a journal when a repair is shared with a partner,
and the partner's side as it arrives. Qt-free and vault-free: plain dicts in and out.

What leaves is decided here, once, and the preview shows the very payload that is sealed,
so a person never sees one thing and sends another. Private notes and linked conflict entries
go only when picked; answers go one by one as picked; names can be replaced by stand-ins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import (
    Answer,
    CheckIn,
    CheckInResult,
    Commitment,
    Repair,
    StepSnapshot,
    snapshot_from_json,
    snapshot_to_json,
)
from healdesk.core.repairs.repair_text import answer_words
from healdesk.i18n import _

PAYLOAD_KIND, PAYLOAD_VERSION = "healdesk-shared-repair", 1
#: Conflict fields a picked entry carries; private notes only when picked on their own.
CONFLICT_FIELDS = ("what_happened", "my_feelings", "my_feelings_note", "my_part", "my_part_note")


@dataclass(slots=True)
class ShareChoice:
    """What the person picked in the preview. `answers` None means every answered field."""

    answers: set[str] | None = None
    commitments: bool = True
    conflicts: bool = False
    private_notes: bool = False
    redact_names: bool = False

    @classmethod
    def for_steps(cls, repair: Repair, steps: Iterable[str]) -> ShareChoice:
        """Only the answers of the named steps (the CLI's --step)."""
        wanted = set(steps)
        return cls(answers={k for k in repair.answers if k.split(".", 1)[0] in wanted})


@dataclass(slots=True, frozen=True)
class SharedCommitment:
    """A commitment made together: both journals hold it under the same uid."""

    uid: str
    text: str
    due: date | None
    check_ins: tuple[CheckIn, ...] = ()


@dataclass(slots=True)
class PartnerSide:
    """The partner's answers to one shared repair, as they sent them (read-only here)."""

    repair_uid: str
    title: str
    template_id: str
    template_version: int
    snapshot: tuple[StepSnapshot, ...]
    answers: dict[str, Answer]
    sent_at: datetime
    commitments: list[SharedCommitment] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class SharedRepair:
    """One of my repairs shared with a partner, with their side as it last arrived.

    `repair_id` is my repair; `payload` is the partner's document as sent (None until
    something came back); `partner` is None once unpaired (their answers stay).
    """

    repair_id: int
    uid: str
    partner: str | None
    payload: dict[str, Any] | None = None
    received_at: datetime | None = None

    @property
    def theirs(self) -> PartnerSide | None:
        return partner_side(self.payload) if self.payload else None


def redactor(names: Mapping[str, str]) -> Any:
    """A function replacing each name (whole words, any case) by its stand-in."""
    if not names:
        return lambda text: text
    ordered = sorted(names, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b", re.I)
    lookup = {n.casefold(): names[n] for n in names}
    return lambda text: pattern.sub(lambda m: lookup[m.group(0).casefold()], text)


def share_payload(
    repair: Repair,
    repair_uid: str,
    choice: ShareChoice,
    *,
    commitments: Iterable[tuple[str, Commitment]] = (),
    conflicts: Iterable[Conflict] = (),
    names: Mapping[str, str] | None = None,
    sent_at: datetime,
) -> dict[str, Any]:
    """The document that is encrypted, and the one the preview shows."""
    hide = redactor(names or {}) if choice.redact_names else (lambda text: text)
    picked = {
        key: _redacted(value, hide)
        for key, value in repair.answers.items()
        if answer_words(value, "") and (choice.answers is None or key in choice.answers)
    }
    payload: dict[str, Any] = {
        "kind": PAYLOAD_KIND,
        "version": PAYLOAD_VERSION,
        "sent_at": sent_at.isoformat(),
        "repair": {
            "uid": repair_uid,
            "title": hide(repair.title),
            "template_id": repair.template_id,
            "template_version": repair.template_version,
            "snapshot": snapshot_to_json(repair.snapshot),
        },
        "answers": picked,
        "commitments": [],
        "conflicts": [],
    }
    if choice.commitments:
        payload["commitments"] = [_commitment_doc(uid, c, hide) for uid, c in commitments]
    if choice.conflicts:
        payload["conflicts"] = [_conflict_doc(c, choice.private_notes, hide) for c in conflicts]
    return payload


def is_empty(payload: Mapping[str, Any]) -> bool:
    return not (payload["answers"] or payload["commitments"] or payload["conflicts"])


def _redacted(value: Answer, hide: Any) -> Answer:
    if isinstance(value, list):
        return [hide(str(v)) for v in value]
    return hide(value) if isinstance(value, str) else value


def _commitment_doc(uid: str, c: Commitment, hide: Any) -> dict[str, Any]:
    return {
        "uid": uid,
        "text": hide(c.text),
        "due": c.due.isoformat() if c.due else None,
        "check_ins": [
            {"at": k.at.isoformat(), "result": str(k.result), "note": hide(k.note)}
            for k in c.check_ins
        ],
    }


def _conflict_doc(c: Conflict, private: bool, hide: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"happened_at": c.happened_at.isoformat()}
    for name in (*CONFLICT_FIELDS, *(("private_notes",) if private else ())):
        doc[name] = _redacted(getattr(c, name), hide)
    return doc


def partner_side(payload: Mapping[str, Any]) -> PartnerSide:
    """The partner's side from a checked payload; ValueError when it is not well formed."""
    try:
        if payload["kind"] != PAYLOAD_KIND or payload["version"] > PAYLOAD_VERSION:
            raise ValueError(_("not a shared repair this version understands"))
        repair = payload["repair"]
        answers = dict(payload["answers"])
        if not all(isinstance(k, str) and _is_answer(v) for k, v in answers.items()):
            raise ValueError(_("an answer of an unknown shape"))
        return PartnerSide(
            repair_uid=_text(repair["uid"]),
            title=_text(repair["title"]),
            template_id=_text(repair["template_id"]),
            template_version=int(repair["template_version"]),
            snapshot=snapshot_from_json(repair["snapshot"]),
            answers=answers,
            sent_at=datetime.fromisoformat(payload["sent_at"]),
            commitments=[_commitment(c) for c in payload["commitments"]],
            conflicts=[dict(c) for c in payload["conflicts"]],
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(str(error)) from None


def _commitment(doc: Mapping[str, Any]) -> SharedCommitment:
    return SharedCommitment(
        _text(doc["uid"]),
        _text(doc["text"]),
        date.fromisoformat(doc["due"]) if doc["due"] else None,
        tuple(
            CheckIn(datetime.fromisoformat(k["at"]), CheckInResult(k["result"]), _text(k["note"]))
            for k in doc["check_ins"]
        ),
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError(_("expected text"))
    return value


def _is_answer(value: Any) -> bool:
    if isinstance(value, list):
        return all(isinstance(v, str) for v in value)
    return value is None or isinstance(value, str | int)
