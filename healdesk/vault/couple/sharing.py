"""Sharing a repair with a partner and taking in what they sent: the two operations behind
"Share with <partner>..." and "Open a file from <partner>", and the CLI's share and receive.

Receiving checks everything first (envelope, sender, recipient, replay, age) and then changes
the journal in one transaction, so a refused file leaves the vault exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from healdesk.core.couple.sharing import (
    PartnerSide,
    ShareChoice,
    is_empty,
    partner_side,
    share_payload,
)
from healdesk.core.repairs.repair import Commitment, Repair, RepairStatus
from healdesk.vault.couple.share_crypto import open_sealed, seal
from healdesk.vault.couple.share_errors import (
    NothingToShare,
    ShareDamaged,
    SharedWithSomeoneElse,
    ShareFromStranger,
    ShareOutdated,
    ShareReplayed,
    ShareTooLarge,
)
from healdesk.vault.stores.journal import Journal
from healdesk.vault.stores.partners import Partner
from healdesk.vault.stores.store import now_utc

#: A share file is a few kilobytes; anything far larger is not one.
MAX_SHARE_BYTES = 16 * 1024 * 1024
#: Stands in for the repair's uid in a preview of a repair never shared before.
PREVIEW_UID = "new"


@dataclass(frozen=True, slots=True)
class Received:
    """What a share file brought: whose it was, where it went, and the partner's side."""

    partner: str
    repair_id: int
    new_repair: bool
    side: PartnerSide
    payload: dict[str, Any]


def share_preview(
    journal: Journal, repair_id: int, partner_name: str, choice: ShareChoice
) -> dict[str, Any]:
    """Exactly what `share_file` would seal with the same choice; writes nothing."""
    journal.partner(partner_name)  # an unpaired name is refused here too
    shared = journal.shared_repair(repair_id)
    uid = shared.uid if shared else PREVIEW_UID
    return _payload(journal, journal.get_repair(repair_id), uid, choice, preview=True)


def share_file(
    journal: Journal,
    repair_id: int,
    partner_name: str,
    choice: ShareChoice,
    now: datetime | None = None,
) -> bytes:
    """The `.healdesk-share` bytes: the picked parts of a repair, encrypted to the partner
    and signed by this vault. The repair keeps the uid its partner's answers come back to."""
    partner = journal.partner(partner_name)
    repair = journal.get_repair(repair_id)
    with journal.transaction():
        shared = journal.shared_repair(repair_id)
        if shared and shared.partner and shared.partner.casefold() != partner.name.casefold():
            raise SharedWithSomeoneElse(shared.partner)
        uid = journal.shared_repair_uid(repair_id, partner)
        payload = _payload(journal, repair, uid, choice, now=now)
        if is_empty(payload):
            raise NothingToShare
        keys = journal.partner_keys()
        assert keys is not None
        _share_id, data = seal(payload, keys, partner.code)
    return data


def _payload(
    journal: Journal,
    repair: Repair,
    uid: str,
    choice: ShareChoice,
    *,
    preview: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    assert repair.id is not None
    commitments = journal.commitments(repair.id) if choice.commitments else []
    if preview:  # writes nothing: uids not given yet show as PREVIEW_UID
        known = journal.shared_commitment_uids()
        uid_for = lambda c: known.get(c.id, PREVIEW_UID)  # noqa: E731
    else:
        uid_for = lambda c: journal.commitment_uid(c.id)  # noqa: E731
    people = {p.name: p.role or "them" for p in journal.people()}
    return share_payload(
        repair,
        uid,
        choice,
        commitments=[(uid_for(c), c) for c in commitments],
        conflicts=[journal.get_conflict(c) for c in repair.conflict_ids]
        if choice.conflicts
        else [],
        names=people,
        sent_at=now or now_utc(),
    )


def read_share_file(path: Path) -> bytes:
    """The bytes of a share file; ShareTooLarge before reading something that cannot be one.
    OSError passes unchanged (the caller words it)."""
    if path.stat().st_size > MAX_SHARE_BYTES:
        raise ShareTooLarge
    return path.read_bytes()


def receive_share(journal: Journal, data: bytes) -> Received:
    """Take in a partner's file, or raise a ShareRefused having changed nothing."""
    keys = journal.partner_keys(create=False)
    if keys is None:
        raise ShareFromStranger

    def code_for(partner_id: str):  # type: ignore[no-untyped-def]
        found = journal.partner_by_id(partner_id)
        return found.code if found else None

    envelope = open_sealed(data, keys, code_for)
    partner = journal.partner_by_id(envelope.sender)
    assert partner is not None
    if journal.share_seen(envelope.share_id):
        raise ShareReplayed
    try:
        side = partner_side(envelope.payload)
    except ValueError:
        raise ShareDamaged from None
    with journal.transaction():
        repair_id, new = _repair_for(journal, side, partner)
        for shared in side.commitments:
            if journal.commitment_for_uid(shared.uid) is None:
                made = journal.add_commitment(Commitment(shared.text, shared.due, repair_id))
                journal.link_commitment(made, shared.uid)
        journal.save_partner_side(repair_id, envelope.payload, side.sent_at)
        journal.mark_share_seen(envelope.share_id, partner)
    return Received(partner.name, repair_id, new, side, envelope.payload)


def _repair_for(journal: Journal, side: PartnerSide, partner: Partner) -> tuple[int, bool]:
    """My repair shared under the side's uid, or a new empty one for me to answer."""
    found = journal.repair_for_uid(side.repair_uid)
    if found is None:
        repair = Repair(
            side.template_id,
            side.template_version,
            side.title,
            side.snapshot,
            status=RepairStatus.DRAFT,
        )
        repair_id = journal.add_repair(repair)
        journal.link_shared_repair(repair_id, side.repair_uid, partner)
        return repair_id, True
    repair_id, row = found
    if row is not None and row != partner.row:
        raise ShareDamaged
    older = journal.partner_sent_at(repair_id)
    if older is not None and side.sent_at <= older:
        raise ShareOutdated(partner.name)
    return repair_id, False
