"""Bringing a journal's schema up to date, one numbered migration per transaction.

Apart from the Vault so that salvage (which the vault uses for `scan_damage`) can migrate
the journal it builds without importing the vault."""

from __future__ import annotations

from healdesk.vault import database, schema


def migrate(connection: database.Connection, current: int, target: int | None = None) -> None:
    """Apply each missing migration up to `target` (default: the latest) in its own
    transaction, numbering it in user_version."""
    for number in range(current + 1, (schema.LATEST if target is None else target) + 1):
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE;\n{schema.MIGRATIONS[number - 1]}\nPRAGMA user_version = {number};\nCOMMIT;"
            )
        except database.DatabaseError:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
