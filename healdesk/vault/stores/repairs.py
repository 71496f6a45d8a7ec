"""Repairs (guided entries), the commitments that back them, and check-ins on those."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime

from healdesk.core.repairs.repair import (
    CheckIn,
    CheckInResult,
    Commitment,
    CommitmentSummary,
    Repair,
    RepairStatus,
    RepairSummary,
    snapshot_from_json,
    snapshot_to_json,
)
from healdesk.vault.stores.conflicts import ConflictStore
from healdesk.vault.stores.store import EntryNotFound, dumps, epoch, from_iso, now_utc, to_iso


class RepairStore(ConflictStore):
    def add_repair(self, repair: Repair) -> int:
        stamp = now_utc()
        created = repair.created_at or stamp
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO repair (template_id, template_version, title, snapshot, answers, status,"
                " created_utc, created_at, updated_at, talked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    repair.template_id,
                    repair.template_version,
                    repair.title,
                    dumps(snapshot_to_json(repair.snapshot)),
                    dumps(repair.answers),
                    str(repair.status),
                    epoch(created),
                    to_iso(created),
                    to_iso(stamp),
                    to_iso(repair.talked_at),
                ),
            )
            repair_id = int(cursor.lastrowid)  # type: ignore[arg-type]
            self._write_repair_links(repair_id, repair)
        repair.id, repair.created_at, repair.updated_at = repair_id, created, stamp
        return repair_id

    def update_repair(self, repair: Repair) -> None:
        if repair.id is None:
            raise ValueError("a repair must be saved before it can be updated")
        self.get_repair(repair.id)
        stamp = now_utc()
        with self.transaction():
            self.db.execute(
                "UPDATE repair SET template_version = ?, title = ?, snapshot = ?, answers = ?,"
                " status = ?, updated_at = ?, talked_at = ? WHERE id = ?",
                (
                    repair.template_version,
                    repair.title,
                    dumps(snapshot_to_json(repair.snapshot)),
                    dumps(repair.answers),
                    str(repair.status),
                    to_iso(stamp),
                    to_iso(repair.talked_at),
                    repair.id,
                ),
            )
            self.db.execute("DELETE FROM repair_conflict WHERE repair_id = ?", (repair.id,))
            self.db.execute("DELETE FROM repair_search WHERE rowid = ?", (repair.id,))
            self._write_repair_links(repair.id, repair)
        repair.updated_at = stamp

    def get_repair(self, repair_id: int) -> Repair:
        found = self._repairs("WHERE r.id = ?", (repair_id,))
        if not found:
            raise EntryNotFound("repair", repair_id)
        return found[0]

    def repairs(self, conflict_id: int | None = None) -> list[Repair]:
        """All repairs, oldest first, or those linked to one conflict."""
        if conflict_id is None:
            return self._repairs("", ())
        return self._repairs(
            "WHERE r.id IN (SELECT repair_id FROM repair_conflict WHERE conflict_id = ?)",
            (conflict_id,),
        )

    def delete_repair(self, repair_id: int) -> None:
        """Commitments made in the repair stay (they were promises), unlinked from it."""
        self.get_repair(repair_id)
        with self.transaction():
            self.db.execute("DELETE FROM repair_search WHERE rowid = ?", (repair_id,))
            self.db.execute("DELETE FROM repair WHERE id = ?", (repair_id,))

    def repair_summaries(self) -> list[RepairSummary]:
        links: dict[int, list[int]] = defaultdict(list)
        for repair_id, conflict_id in self.db.execute(
            "SELECT repair_id, conflict_id FROM repair_conflict ORDER BY repair_id, conflict_id"
        ):
            links[repair_id].append(conflict_id)
        rows = self.db.execute(
            "SELECT id, template_id, status, created_at, talked_at FROM repair ORDER BY created_utc, id"
        )
        return [
            RepairSummary(
                id_,
                template_id,
                RepairStatus(status),
                datetime.fromisoformat(created),
                tuple(links.get(id_, ())),
                from_iso(talked),
            )
            for id_, template_id, status, created, talked in rows
        ]

    # --- commitments ------------------------------------------------------------------------
    def add_commitment(self, commitment: Commitment) -> int:
        stamp = commitment.created_at or now_utc()
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO commitment (repair_id, text, due, created_at) VALUES (?, ?, ?, ?)",
                (commitment.repair_id, commitment.text, _day(commitment.due), to_iso(stamp)),
            )
            commitment.id, commitment.created_at = int(cursor.lastrowid), stamp  # type: ignore[arg-type]
            for check_in in commitment.check_ins:
                self.add_check_in(commitment.id, check_in)
        return commitment.id

    def update_commitment(self, commitment: Commitment) -> None:
        if commitment.id is None:
            raise ValueError("a commitment must be saved before it can be updated")
        with self.transaction():
            changed = self.db.execute(
                "UPDATE commitment SET repair_id = ?, text = ?, due = ? WHERE id = ?",
                (commitment.repair_id, commitment.text, _day(commitment.due), commitment.id),
            ).rowcount
        if not changed:
            raise EntryNotFound("commitment", commitment.id)

    def delete_commitment(self, commitment_id: int) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM commitment WHERE id = ?", (commitment_id,))

    def commitments(self, repair_id: int | None = None) -> list[Commitment]:
        """Commitments with their check-ins, soonest due first (undated last)."""
        where, params = ("WHERE repair_id = ?", (repair_id,)) if repair_id is not None else ("", ())
        check_ins: dict[int, list[CheckIn]] = defaultdict(list)
        for id_, commitment_id, at, result, note in self.db.execute(
            "SELECT id, commitment_id, at, result, note FROM check_in ORDER BY commitment_id, at, id"
        ):
            check_ins[commitment_id].append(
                CheckIn(datetime.fromisoformat(at), CheckInResult(result), note, id_)
            )
        rows = self.db.execute(
            f"SELECT id, repair_id, text, due, created_at FROM commitment {where}"
            " ORDER BY due IS NULL, due, id",
            params,
        )
        return [
            Commitment(
                text,
                date.fromisoformat(due) if due else None,
                rid,
                check_ins.get(id_, []),
                id_,
                from_iso(created),
            )
            for id_, rid, text, due, created in rows
        ]

    def repair_times(self) -> dict[int, int]:
        """When each repair was made (epoch seconds), from the time index alone: what
        patterns need, without parsing answers, snapshots or dates."""
        return dict(self.db.execute("SELECT id, created_utc FROM repair"))

    def commitment_summaries(self) -> list[CommitmentSummary]:
        """Every commitment's dates and latest check-in, without its text: for patterns."""
        latest = {
            commitment_id: CheckInResult(result)
            for commitment_id, result in self.db.execute(
                "SELECT commitment_id, result FROM check_in ORDER BY commitment_id, at, id"
            )
        }
        rows = self.db.execute(
            "SELECT id, repair_id, due, created_at FROM commitment ORDER BY due IS NULL, due, id"
        )
        return [
            CommitmentSummary(
                id_,
                repair_id,
                date.fromisoformat(due) if due else None,
                datetime.fromisoformat(created),
                latest.get(id_),
            )
            for id_, repair_id, due, created in rows
        ]

    def add_check_in(self, commitment_id: int, check_in: CheckIn) -> int:
        with self.transaction():
            cursor = self.db.execute(
                "INSERT INTO check_in (commitment_id, at, result, note) VALUES (?, ?, ?, ?)",
                (commitment_id, to_iso(check_in.at), str(check_in.result), check_in.note),
            )
        check_in.id = int(cursor.lastrowid)  # type: ignore[arg-type]
        return check_in.id

    # --- internals ------------------------------------------------------------------------
    def _write_repair_links(self, repair_id: int, repair: Repair) -> None:
        for conflict_id in dict.fromkeys(repair.conflict_ids):
            self._require_conflict(conflict_id)
            self.db.execute(
                "INSERT INTO repair_conflict (repair_id, conflict_id) VALUES (?, ?)",
                (repair_id, conflict_id),
            )
        self.db.execute(
            "INSERT INTO repair_search (rowid, text) VALUES (?, ?)",
            (repair_id, repair.title + "\n" + repair.answer_text()),
        )

    def _repairs(self, where: str, params: tuple[object, ...]) -> list[Repair]:
        rows = self.db.execute(
            "SELECT r.id, r.template_id, r.template_version, r.title, r.snapshot, r.answers, r.status,"
            f" r.created_at, r.updated_at, r.talked_at FROM repair r {where} ORDER BY r.created_utc, r.id",
            params,
        ).fetchall()
        result = []
        for id_, tid, version, title, snapshot, answers, status, created, updated, talked in rows:
            links = [
                r[0]
                for r in self.db.execute(
                    "SELECT conflict_id FROM repair_conflict WHERE repair_id = ? ORDER BY conflict_id",
                    (id_,),
                )
            ]
            result.append(
                Repair(
                    tid,
                    version,
                    title,
                    snapshot_from_json(json.loads(snapshot)),
                    json.loads(answers),
                    links,
                    RepairStatus(status),
                    id_,
                    from_iso(created),
                    from_iso(updated),
                    from_iso(talked),
                )
            )
        return result


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None
