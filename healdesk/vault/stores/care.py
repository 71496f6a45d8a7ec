"""The care check's answers, the private safety plan and a running break: only in the vault.

None of it is entry text, yet all of it is private (that someone answered "yes" to being
afraid is as sensitive as anything they wrote), so it lives in the encrypted journal and
nowhere else: not in settings, not in a title, not in a log.
"""

from __future__ import annotations

import json
from datetime import datetime

from healdesk.core.repairs.attunement import Felt
from healdesk.core.safety.breaks import Break
from healdesk.core.safety.care import PLAN_KEYS, QUESTION_KEYS, CareCheck
from healdesk.vault.stores.labels import LabelStore
from healdesk.vault.stores.store import dumps, from_iso, now_utc, to_iso

#: meta key of the running break: {"started": iso, "until": iso}.
_BREAK = "care.break"


class CareStore(LabelStore):
    def care_checks(self) -> dict[str | None, CareCheck]:
        """The latest answers per person (None: everyone). Answers about a person who was
        merged away or removed count for everyone, so stepping back is never lost silently."""
        found: dict[str | None, set[str]] = {}
        when: dict[str | None, datetime | None] = {}
        rows = self.db.execute(
            "SELECT p.name, c.answers, c.checked_at FROM care_check c"
            " LEFT JOIN person p ON p.id = c.person_id ORDER BY c.id"
        )
        for name, answers, checked_at in rows:
            yes = (k for k in json.loads(answers) if k in QUESTION_KEYS)
            found.setdefault(name, set()).update(yes)
            when[name] = from_iso(checked_at)
        return {name: CareCheck(name, frozenset(yes), when[name]) for name, yes in found.items()}

    def save_care_check(self, person: str | None, yes: set[str] | frozenset[str]) -> CareCheck:
        """Replace the answers for `person` (None: everyone); unknown keys are refused."""
        unknown = set(yes) - QUESTION_KEYS
        if unknown:
            raise ValueError(f"unknown care question: {sorted(unknown)}")
        moment = now_utc()
        with self.transaction():
            person_id = self._id_for("person", person) if person else None
            self.db.execute("DELETE FROM care_check WHERE person_id IS ?", (person_id,))
            self.db.execute(
                "INSERT INTO care_check (person_id, answers, checked_at) VALUES (?, ?, ?)",
                (person_id, dumps(sorted(yes)), to_iso(moment)),
            )
        return CareCheck(person, frozenset(yes), moment)

    def safety_plan(self) -> dict[str, str]:
        row = self.db.execute("SELECT body FROM safety_plan WHERE id = 1").fetchone()
        return {k: v for k, v in json.loads(row[0]).items() if k in PLAN_KEYS} if row else {}

    def save_safety_plan(self, parts: dict[str, str]) -> None:
        """Keep the plan's answered parts (an empty plan is removed altogether)."""
        kept = {k: v for k, v in parts.items() if k in PLAN_KEYS and v.strip()}
        with self.transaction():
            if not kept:
                self.db.execute("DELETE FROM safety_plan")
                return
            self.db.execute(
                "INSERT INTO safety_plan (id, body, updated_at) VALUES (1, ?, ?) ON CONFLICT (id)"
                " DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
                (dumps(kept), to_iso(now_utc())),
            )

    def running_break(self) -> Break | None:
        """The break in progress, if any: it outlives a lock and a restart."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (_BREAK,)).fetchone()
        if not row:
            return None
        value = json.loads(row[0])
        return Break(
            datetime.fromisoformat(value["started"]), datetime.fromisoformat(value["until"])
        )

    def start_break(self, planned: Break) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value",
                (
                    _BREAK,
                    dumps({"started": to_iso(planned.started), "until": to_iso(planned.until)}),
                ),
            )

    def end_break(self) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM meta WHERE key = ?", (_BREAK,))

    def record_felt(self, check_in_id: int, felt: Felt) -> None:
        """Whether the commitment of this check-in made a difference to them."""
        with self.transaction():
            self.db.execute(
                "INSERT INTO check_in_felt (check_in_id, felt) VALUES (?, ?) ON CONFLICT"
                " (check_in_id) DO UPDATE SET felt = excluded.felt",
                (check_in_id, str(felt)),
            )

    def felt_answers(self) -> dict[int, Felt]:
        """check-in id -> the answer, for every check-in that has one."""
        rows = self.db.execute("SELECT check_in_id, felt FROM check_in_felt")
        return {check_in_id: Felt(felt) for check_in_id, felt in rows}
