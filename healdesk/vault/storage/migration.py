"""Bringing a journal's schema up to date, one numbered migration per transaction.

Apart from the Vault so that salvage (which the vault uses for `scan_damage`) can migrate
the journal it builds without importing the vault."""

from __future__ import annotations

import hashlib

from healdesk.vault.storage import database, schema
from healdesk.vault.storage.identity_schema import DIGEST


def migrate(connection: database.Connection, current: int, target: int | None = None) -> None:
    """Apply each missing migration up to `target` (default: the latest) in its own
    transaction, numbering it in user_version."""
    connection.create_function(DIGEST, 1, _digest, deterministic=True)
    for number in range(current + 1, (schema.LATEST if target is None else target) + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{schema.MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except database.DatabaseError:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _digest(text: str) -> str:
    """Stable ids for themes and people that existed before identities (see identity_schema)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]
