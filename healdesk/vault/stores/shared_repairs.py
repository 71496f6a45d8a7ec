"""Repairs shared with a partner: the uid both journals know a repair by, the partner's side
as received (read-only, encrypted with the rest of the vault), commitments made together, and
the share files already opened.
"""

from __future__ import annotations

import json
import secrets
from datetime import datetime
from typing import Any

from healdesk.core.couple.sharing import SharedRepair
from healdesk.vault.stores.partners import Partner, PartnerStore
from healdesk.vault.stores.store import dumps, from_iso, now_utc, to_iso


class SharedRepairStore(PartnerStore):
    def shared_repair_uid(self, repair_id: int, partner: Partner) -> str:
        """The uid this repair travels under, given on first share."""
        found = self._uid("shared_repair", "repair_id", repair_id)
        if found is None:
            found = secrets.token_hex(16)
            self.link_shared_repair(repair_id, found, partner)
        return found

    def link_shared_repair(self, repair_id: int, uid: str, partner: Partner) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO shared_repair (repair_id, uid, partner) VALUES (?, ?, ?)",
                (repair_id, uid, partner.row),
            )

    def repair_for_uid(self, uid: str) -> tuple[int, int | None] | None:
        """(repair id, partner row) of the repair shared under `uid`, if any."""
        row = self.db.execute(
            "SELECT repair_id, partner FROM shared_repair WHERE uid = ?", (uid,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def shared_repairs(self, repair_id: int | None = None) -> list[SharedRepair]:
        """Every shared repair (or the one with `repair_id`), with the partner's side."""
        where = "" if repair_id is None else "WHERE s.repair_id = ?"
        rows = self.db.execute(
            "SELECT s.repair_id, s.uid, p.name, d.payload, d.received_at FROM shared_repair s"
            " LEFT JOIN partner x ON x.id = s.partner LEFT JOIN person p ON p.id = x.person_id"
            f" LEFT JOIN partner_side d ON d.repair_id = s.repair_id {where} ORDER BY s.repair_id",
            () if repair_id is None else (repair_id,),
        ).fetchall()
        return [
            SharedRepair(
                repair_id, uid, name, json.loads(payload) if payload else None, from_iso(received)
            )
            for repair_id, uid, name, payload, received in rows
        ]

    def shared_repair(self, repair_id: int) -> SharedRepair | None:
        found = self.shared_repairs(repair_id)
        return found[0] if found else None

    def partner_sent_at(self, repair_id: int) -> datetime | None:
        row = self.db.execute(
            "SELECT sent_at FROM partner_side WHERE repair_id = ?", (repair_id,)
        ).fetchone()
        return from_iso(row[0]) if row else None

    def save_partner_side(self, repair_id: int, payload: dict[str, Any], sent_at: datetime) -> None:
        """Keep the partner's latest side of a repair, replacing an older one."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO partner_side (repair_id, payload, sent_at, received_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (repair_id) DO UPDATE SET"
                " payload = excluded.payload, sent_at = excluded.sent_at,"
                " received_at = excluded.received_at",
                (repair_id, dumps(payload), to_iso(sent_at), to_iso(now_utc())),
            )

    # --- commitments made together ------------------------------------------------------
    def commitment_uid(self, commitment_id: int) -> str:
        """The uid a commitment made together is known by in both journals."""
        found = self._uid("shared_commitment", "commitment_id", commitment_id)
        if found is None:
            found = secrets.token_hex(16)
            self.link_commitment(commitment_id, found)
        return found

    def _uid(self, table: str, column: str, key: int) -> str | None:
        row = self.db.execute(f"SELECT uid FROM {table} WHERE {column} = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def link_commitment(self, commitment_id: int, uid: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO shared_commitment (commitment_id, uid) VALUES (?, ?)",
                (commitment_id, uid),
            )

    def commitment_for_uid(self, uid: str) -> int | None:
        row = self.db.execute(
            "SELECT commitment_id FROM shared_commitment WHERE uid = ?", (uid,)
        ).fetchone()
        return row[0] if row else None

    def shared_commitment_uids(self) -> dict[int, str]:
        return dict(self.db.execute("SELECT commitment_id, uid FROM shared_commitment"))

    # --- files already opened -----------------------------------------------------------
    def share_seen(self, share_id: str) -> bool:
        return (
            self.db.execute("SELECT 1 FROM share_seen WHERE share_id = ?", (share_id,)).fetchone()
            is not None
        )

    def mark_share_seen(self, share_id: str, partner: Partner) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO share_seen (share_id, partner, opened_at) VALUES (?, ?, ?)",
                (share_id, partner.row, to_iso(now_utc())),
            )
