"""Unsaved work and user templates: kept inside the vault, never in a temp file."""

from __future__ import annotations

import json
from typing import Any

from healdesk.vault.stores.store import Store, dumps, now_utc, to_iso


class DraftStore(Store):
    def save_draft(self, key: str, payload: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO draft (key, payload, saved_at) VALUES (?, ?, ?) ON CONFLICT (key)"
                " DO UPDATE SET payload = excluded.payload, saved_at = excluded.saved_at",
                (key, dumps(payload), to_iso(now_utc())),
            )

    def load_draft(self, key: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT payload FROM draft WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def drafts(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT key FROM draft ORDER BY saved_at DESC, key")]

    def discard_draft(self, key: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM draft WHERE key = ?", (key,))

    def save_user_template(self, template_id: str, source: str) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO user_template (id, source, saved_at) VALUES (?, ?, ?) ON CONFLICT (id)"
                " DO UPDATE SET source = excluded.source, saved_at = excluded.saved_at",
                (template_id, source, to_iso(now_utc())),
            )

    def user_templates(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, source FROM user_template ORDER BY id").fetchall())

    def delete_user_template(self, template_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM user_template WHERE id = ?", (template_id,))
