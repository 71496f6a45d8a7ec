"""HealDesk JSON: the whole journal as one open, documented file (docs/formats.md).

Every field of every conflict, theme, person, repair and commitment is kept, with the ids
entries use to refer to each other. The JSON Schema is resources/schema/healdesk-journal.schema.json;
this reader checks the same rules itself (and a little more: links between entries) so that
an import needs no schema library and names the JSON path of anything wrong.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from healdesk import __version__
from healdesk.core.analysis.moves import parse_step, their_key
from healdesk.core.bundle import JournalBundle
from healdesk.core.conflict import LIST_FIELDS, Conflict, Person, Theme, is_theme_colour
from healdesk.core.couple.sharing import SharedRepair
from healdesk.core.language.vocabulary import INTENSITY_MAX, INTENSITY_MIN, SETTLED_MAX, SETTLED_MIN
from healdesk.core.repairs.repair import (
    Answer,
    CheckIn,
    CheckInResult,
    Commitment,
    FieldSnapshot,
    Repair,
    RepairStatus,
    StepSnapshot,
    snapshot_to_json,
)
from healdesk.formats.errors import FormatError
from healdesk.formats.node import Node
from healdesk.i18n import _

FORMAT_NAME = "healdesk-journal"
#: 2 added `their_moves` and `move_order` to conflicts; a version 1 file reads as having none.
FORMAT_VERSION = 2

#: Conflict free-text fields besides what_happened, in the order the file lists them.
_CONFLICT_TEXTS = (
    "my_feelings_note",
    "their_feelings_note",
    "my_part_note",
    "private_notes",
)


def looks_like(document: Any) -> bool:
    return isinstance(document, dict) and document.get("format") == FORMAT_NAME


# --- writing ------------------------------------------------------------------------------
def dumps(bundle: JournalBundle, exported_at: datetime | None = None) -> str:
    """The bundle as HealDesk JSON text (UTF-8 when written; non-ASCII kept readable)."""
    return json.dumps(to_document(bundle, exported_at), ensure_ascii=False, indent=2) + "\n"


def to_document(bundle: JournalBundle, exported_at: datetime | None = None) -> dict[str, Any]:
    """The bundle as the documented JSON document (docs/formats.md); `exported_at` defaults
    to now."""
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": _iso(exported_at or datetime.now(UTC).replace(microsecond=0)),
        "app": f"HealDesk {__version__}",
        "themes": [{"name": t.name, "colour": t.colour} for t in bundle.themes],
        "people": [{"name": p.name, "role": p.role} for p in bundle.people],
        "conflicts": [_conflict_document(c, bundle.trashed) for c in bundle.conflicts],
        "repairs": [_repair_document(r) for r in bundle.repairs],
        "commitments": [_commitment_document(c) for c in bundle.commitments],
        "shared_repairs": [_shared_document(s) for s in bundle.shared],
    }


def _conflict_document(c: Conflict, trashed: dict[int, datetime]) -> dict[str, Any]:
    return {
        "id": c.id,
        "happened_at": _iso(c.happened_at),
        "person": c.person,
        "intensity": c.intensity,
        "settled": c.settled,
        "what_happened": c.what_happened,
        **{name: getattr(c, name) for name in _CONFLICT_TEXTS},
        **{name: list(getattr(c, name)) for name in LIST_FIELDS},
        "created_at": _iso(c.created_at),
        "updated_at": _iso(c.updated_at),
        "trashed_at": _iso(trashed.get(c.id)) if c.id is not None else None,
    }


def _repair_document(r: Repair) -> dict[str, Any]:
    return {
        "id": r.id,
        "template_id": r.template_id,
        "template_version": r.template_version,
        "title": r.title,
        "status": str(r.status),
        "snapshot": snapshot_to_json(r.snapshot),
        "answers": r.answers,
        "conflict_ids": list(r.conflict_ids),
        "created_at": _iso(r.created_at),
        "updated_at": _iso(r.updated_at),
        "talked_at": _iso(r.talked_at),
    }


def _commitment_document(c: Commitment) -> dict[str, Any]:
    return {
        "id": c.id,
        "text": c.text,
        "due": c.due.isoformat() if c.due else None,
        "repair_id": c.repair_id,
        "created_at": _iso(c.created_at),
        "check_ins": [
            {"at": _iso(k.at), "result": str(k.result), "note": k.note} for k in c.check_ins
        ],
    }


def _shared_document(s: SharedRepair) -> dict[str, Any]:
    return {
        "repair_id": s.repair_id,
        "uid": s.uid,
        "partner": s.partner,
        "received_at": _iso(s.received_at),
        "partner_side": s.payload,
    }


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


# --- reading ------------------------------------------------------------------------------
def parse(document: Any) -> JournalBundle:
    """A bundle from a parsed HealDesk JSON document; FormatError names the first problem."""
    root = Node(document)
    if root.get("format").text() != FORMAT_NAME:
        root.get("format").fail(f'"{FORMAT_NAME}"')
    version = root.get("version").integer()
    if version > FORMAT_VERSION:
        raise FormatError(
            _(
                "this file was written by a newer HealDesk (format version {version}); update HealDesk to import it"
            ).format(version=version)
        )
    if version < 1:
        root.get("version").fail(
            _("a format version from 1 to {FORMAT_VERSION}").format(FORMAT_VERSION=FORMAT_VERSION)
        )
    bundle = JournalBundle(
        themes=[
            Theme(n.get("name").text(), _colour(n.get("colour", "")))
            for n in root.get("themes", []).items()
        ],
        people=[
            Person(n.get("name").text(), n.get("role", "").text())
            for n in root.get("people", []).items()
        ],
    )
    for node in root.get("conflicts", []).items():
        conflict = _conflict(node)
        bundle.conflicts.append(conflict)
        trashed_at = node.get("trashed_at", None).optional_moment()
        if trashed_at is not None and conflict.id is not None:
            bundle.trashed[conflict.id] = trashed_at
    bundle.repairs = [_repair(n) for n in root.get("repairs", []).items()]
    bundle.commitments = [_commitment(n) for n in root.get("commitments", []).items()]
    bundle.shared = [_shared(n) for n in root.get("shared_repairs", []).items()]
    _check_links(root, bundle)
    return bundle


def _colour(node: Node) -> str:
    colour = node.text()
    if colour and not is_theme_colour(colour):
        node.fail(_('a colour such as "#4e79a7", or "" to let HealDesk choose'))
    return colour


def _conflict(node: Node) -> Conflict:
    for step in node.get("move_order", []).items():
        if parse_step(step.text()) is None:
            step.fail(_('a step such as "me:going silent" or "them:went_quiet"'))
    conflict = Conflict(
        happened_at=node.get("happened_at").moment(),
        what_happened=node.get("what_happened").text(),
        person=node.get("person", None).optional_text(),
        intensity=node.get("intensity", None).optional_integer(INTENSITY_MIN, INTENSITY_MAX),
        settled=node.get("settled", None).optional_integer(SETTLED_MIN, SETTLED_MAX),
        id=node.get("id", None).optional_integer(),
        created_at=node.get("created_at", None).optional_moment(),
        updated_at=node.get("updated_at", None).optional_moment(),
        **{name: node.get(name, "").text() for name in _CONFLICT_TEXTS},
        **{name: node.get(name, []).texts() for name in LIST_FIELDS},
    )
    conflict.their_moves = [their_key(word) for word in conflict.their_moves]
    return conflict


def _repair(node: Node) -> Repair:
    status = node.get("status", "draft")
    if status.text() not in set(RepairStatus):
        status.fail(_("one of ") + ", ".join(s.value for s in RepairStatus))
    return Repair(
        template_id=node.get("template_id").text(),
        template_version=node.get("template_version").integer(0, 2**31 - 1),
        title=node.get("title", "").text(),
        snapshot=tuple(_step(n) for n in node.get("snapshot", []).items()),
        answers={
            key: _answer(node.get("answers").get(key, None))
            for key in node.get("answers", {}).checked_keys()
        },
        conflict_ids=[n.integer() for n in node.get("conflict_ids", []).items()],
        status=RepairStatus(status.text()),
        id=node.get("id", None).optional_integer(),
        created_at=node.get("created_at", None).optional_moment(),
        updated_at=node.get("updated_at", None).optional_moment(),
        talked_at=node.get("talked_at", None).optional_moment(),
    )


def _step(node: Node) -> StepSnapshot:
    return StepSnapshot(
        key=node.get("key").text(),
        title=node.get("title", "").text(),
        fields=tuple(
            FieldSnapshot(f.get("key").text(), f.get("label", "").text(), f.get("kind").text())
            for f in node.get("fields", []).items()
        ),
    )


def _answer(node: Node) -> Answer:
    value = node.value
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        return node.texts()
    if isinstance(value, int) and not isinstance(value, bool):
        return node.integer()
    node.fail(_("text, a whole number, a list of words or null"))


def _commitment(node: Node) -> Commitment:
    results = {r.value for r in CheckInResult}
    check_ins = []
    for k in node.get("check_ins", []).items():
        result = k.get("result")
        if result.text() not in results:
            result.fail(_("one of ") + ", ".join(sorted(results)))
        check_ins.append(
            CheckIn(k.get("at").moment(), CheckInResult(result.text()), k.get("note", "").text())
        )
    return Commitment(
        text=node.get("text").text(),
        due=node.get("due", None).optional_day(),
        repair_id=node.get("repair_id", None).optional_integer(),
        check_ins=check_ins,
        id=node.get("id", None).optional_integer(),
        created_at=node.get("created_at", None).optional_moment(),
    )


def _shared(node: Node) -> SharedRepair:
    side = node.get("partner_side", None)
    shared = SharedRepair(
        repair_id=node.get("repair_id").integer(),
        uid=node.get("uid").text(),
        partner=node.get("partner", None).optional_text(),
        payload=side.object() if side.value is not None else None,
        received_at=node.get("received_at", None).optional_moment(),
    )
    try:
        shared.theirs  # noqa: B018 (checks the partner's side is well formed)
    except ValueError:
        side.fail(_("a partner's side as described in docs/couple-mode.md"))
    return shared


def _check_links(root: Node, bundle: JournalBundle) -> None:
    """Ids are unique per kind, and every link points at an entry in this file."""
    conflict_ids = _unique_ids(root.get("conflicts", []), [c.id for c in bundle.conflicts])
    repair_ids = _unique_ids(root.get("repairs", []), [r.id for r in bundle.repairs])
    for r_index, repair in enumerate(bundle.repairs):
        for l_index, linked in enumerate(repair.conflict_ids):
            if linked not in conflict_ids:
                raise FormatError(
                    _(
                        "at $.repairs[{r_index}].conflict_ids[{l_index}]: no conflict in this file has that id"
                    ).format(r_index=r_index, l_index=l_index)
                )
    for index, commitment in enumerate(bundle.commitments):
        if commitment.repair_id is not None and commitment.repair_id not in repair_ids:
            raise FormatError(
                _("at $.commitments[{index}].repair_id: no repair in this file has that id").format(
                    index=index
                )
            )
    for index, shared in enumerate(bundle.shared):
        if shared.repair_id not in repair_ids:
            raise FormatError(
                _(
                    "at $.shared_repairs[{index}].repair_id: no repair in this file has that id"
                ).format(index=index)
            )


def _unique_ids(listing: Node, ids: list[int | None]) -> set[int]:
    seen: set[int] = set()
    for index, id_ in enumerate(ids):
        if id_ is None:
            continue
        if id_ in seen:
            raise FormatError(
                _("at {path}[{index}].id: another entry has the same id").format(
                    path=listing.path, index=index
                )
            )
        seen.add(id_)
    return seen
