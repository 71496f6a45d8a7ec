"""Damaging one page of a real vault's database, the way a failing disk would."""

from __future__ import annotations

from pathlib import Path

from healdesk.vault.errors import NotAVault
from healdesk.vault.storage.database import DatabaseError, connect

PAGE = 4096


#: Every table that holds rows (not the search index's own tables), read from the schema.
ROW_TABLES_SQL = (
    "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
    " AND name NOT LIKE '%search%'"
)


def flip_byte_in_a_conflict_page(
    folder: Path, data_key: bytes, tmp_path: Path, rows_readable: bool = False
) -> int:
    """Damage one page that holds entries (found by trying pages on a scratch copy), or with
    `rows_readable` one whose damage spares every row (an index or search page)."""
    original = (folder / "journal.db").read_bytes()
    pages = len(original) // PAGE
    for page in [*range(pages // 2, pages), *range(2, pages // 2)]:
        damaged = bytearray(original)
        damaged[page * PAGE + 300] ^= 0x40
        probe = tmp_path / "probe.db"
        probe.write_bytes(damaged)
        try:
            db = connect(probe, data_key)
        except NotAVault:
            continue  # a page of the schema itself
        try:
            tables = [r[0] for r in db.execute(ROW_TABLES_SQL)] if rows_readable else ["conflict"]
            for table in tables:
                db.execute(f"SELECT * FROM {table} NOT INDEXED").fetchall()
            found = rows_readable
        except DatabaseError:
            found = not rows_readable
        finally:
            db.close()
        if found:
            (folder / "journal.db").write_bytes(damaged)
            return page
    raise AssertionError("no such page found")
