"""Reading what is still readable from a damaged journal.

SQLCipher authenticates every page: a damaged page makes every read that touches it fail,
and it breaks the connection. So each table is read in key order on a fresh connection after
every error; when reading stops at the same place twice, the damaged stretch is stepped over
by probing for the next key that can be reached. What was skipped is reported by key (and for
entries by date, from an index that does not live on the damaged page when possible).

`scan` only reads (for `healdesk verify`); `salvage` copies every readable row into a fresh
vault folder with the same key file, so the same passphrase and recovery key open it.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from healdesk.core.progress import ProgressCallback, no_progress
from healdesk.i18n import N_, _
from healdesk.vault.access import keyfile, slots
from healdesk.vault.errors import NotAVault, VaultExists, VaultNotFound
from healdesk.vault.storage import database, layout
from healdesk.vault.storage.instance_lock import InstanceLock
from healdesk.vault.storage.layout import DB_NAME, WAL_NAME
from healdesk.vault.storage.migration import migrate
from healdesk.vault.stores.journal import Journal

#: What each table holds, in the words of the report.
LABELS = {
    "meta": N_("journal settings"),
    "person": "people",
    "theme": "themes",
    "conflict": "entries",
    "conflict_theme": N_("entry themes"),
    "conflict_behaviour": N_("entry behaviours"),
    "conflict_word": N_("entry words"),
    "repair": "repairs",
    "repair_conflict": N_("repair links"),
    "commitment": "commitments",
    "check_in": "check-ins",
    "draft": "drafts",
    "user_template": "your templates",
    "care_check": N_("safety check answers"),
    "safety_plan": N_("safety plan"),
    "check_in_felt": N_("check-in answers"),
}
_LAST_KEY = 1 << 62


@dataclass(frozen=True, slots=True)
class Loss:
    """A stretch of one table that could not be read: keys strictly between `after` and
    `before` (None: from the start / to the end), with what is known of it."""

    table: str
    after: Any
    before: Any
    detail: str = ""

    def describe(self) -> str:
        label = LABELS.get(self.table, self.table)
        start = _("the start") if self.after is None else f"#{self.after}"
        end = _("the end") if self.before is None else f"#{self.before}"
        where = _("between {start} and {end}").format(start=start, end=end)
        return f"{label} {where}" + (f": {self.detail}" if self.detail else "")


@dataclass(slots=True)
class SalvageReport:
    copied: dict[str, int] = field(default_factory=dict)
    lost: list[Loss] = field(default_factory=list)
    dropped_links: dict[str, int] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.lost and not any(self.dropped_links.values())


class _Reader:
    """Reads one database, reopening it after each error (a damaged page spoils the rest of
    a connection's reads)."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        self._path, self._key = path, data_key
        self.connection = self._open()

    def _open(self) -> database.Connection:
        return database.connect(self._path, self._key)

    def reopen(self) -> None:
        self.connection.close()
        self.connection = self._open()

    def try_one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | bool | None:
        """The first row (None if no row), or False when the read failed."""
        try:
            return self.connection.execute(sql, params).fetchone()
        except database.DatabaseError:
            self.reopen()
            return False

    def close(self) -> None:
        self.connection.close()


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    key: str
    integer_key: bool
    columns: tuple[str, ...]


def scan(path: Path, data_key: bytes) -> list[Loss]:
    """What could not be read in the database at `path` (read-only; for verify)."""
    reader = _Reader(path, data_key)
    try:
        return [loss for table in _tables(reader) for loss in _copy(reader, table, None)[1]]
    finally:
        reader.close()


def salvage_vault(
    folder: Path, out: Path, secret: slots.Secret, progress: ProgressCallback = no_progress
) -> SalvageReport:
    """`salvage` for a person: the vault's lock is held and `secret` opens its key file."""
    folder = Path(folder)
    if not layout.present(folder):
        raise VaultNotFound(folder)
    lock = InstanceLock(folder)
    lock.acquire()
    try:
        opened = slots.open_folder(folder, secret)
        try:
            return salvage(folder, out, opened.data_key, progress)
        finally:
            slots.wipe(opened.data_key)
    finally:
        lock.release()


def salvage(
    folder: Path, out: Path, data_key: bytes | bytearray, progress: ProgressCallback = no_progress
) -> SalvageReport:
    """Copy every readable row of the vault in `folder` into a new vault in `out`.

    The damaged files are never opened in place: they are copied (ciphertext) into a work
    folder first, so the original stays byte-for-byte as it was.
    """
    out = Path(out)
    if keyfile.exists(out) or (out / DB_NAME).exists():
        raise VaultExists(out)
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_file = keyfile.load(folder)
    report = SalvageReport()
    with tempfile.TemporaryDirectory(prefix=layout.WORK_PREFIX, dir=out) as work:
        for name in (DB_NAME, WAL_NAME):
            if (folder / name).exists():
                shutil.copyfile(folder / name, Path(work) / name)
        reader = _Reader(Path(work) / DB_NAME, data_key)
        target = database.connect(out / DB_NAME, data_key)
        try:
            version = reader.connection.execute("PRAGMA user_version").fetchone()[0]
            migrate(target, 0, version)  # its own format; the next unlock upgrades it
            tables = _tables(reader)
            target.execute("BEGIN")
            for done, table in enumerate(tables):
                progress(done, len(tables))
                copied, lost = _copy(reader, table, target)
                report.copied[table.name] = copied
                report.lost += lost
            report.dropped_links = _drop_orphans(target)
            target.execute("COMMIT")
            Journal(target).rebuild_search_index()
            progress(len(tables), len(tables))
        except BaseException:
            target.close()
            (out / DB_NAME).unlink(missing_ok=True)
            raise
        finally:
            reader.close()
        database.configure(target)
        database.close(target)
    keyfile.save(out, key_file)  # last: the new vault exists once it is complete
    return report


def _tables(reader: _Reader) -> list[_Table]:
    """Ordinary tables in creation order (parents before children); search indexes are
    rebuilt rather than copied."""
    rows = reader.try_one("SELECT count(*) FROM sqlite_master")
    if rows is False:
        raise NotAVault
    schema = reader.connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY rowid"
    ).fetchall()
    virtual = [
        r[0]
        for r in reader.connection.execute(
            "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'"
        )
    ]
    tables = []
    for name, sql in schema:
        if any(name.startswith(f"{v}_") for v in virtual):
            continue  # FTS5 shadow tables
        info = reader.connection.execute(f"PRAGMA table_info({name})").fetchall()
        columns = tuple(r[1] for r in info)
        if "WITHOUT ROWID" in sql.upper():
            first = min((r for r in info if r[5]), key=lambda r: r[5])
            tables.append(_Table(name, first[1], "INT" in first[2].upper(), columns))
        else:
            tables.append(_Table(name, "rowid", True, columns))
    return tables


def _copy(
    reader: _Reader, table: _Table, target: database.Connection | None
) -> tuple[int, list[Loss]]:
    """Rows of `table` into `target` (or only counted when None), stepping over damage."""
    columns = ", ".join(table.columns)
    select = f"SELECT {table.key}, {columns} FROM {table.name}"
    insert = (
        f"INSERT OR IGNORE INTO {table.name} ({'rowid, ' if table.key == 'rowid' else ''}"
        f"{columns}) VALUES ({', '.join('?' * (len(table.columns) + (table.key == 'rowid')))})"
    )
    copied, lost = 0, []
    lower: Any = None  # read keys after this one (None: from the start)
    inclusive = False  # ... or from this one on, when a probe found it reachable
    while True:
        last: Any = None
        try:
            op = ">=" if inclusive else ">"
            where = "" if lower is None else f" WHERE {table.key} {op} ?"
            cursor = reader.connection.execute(
                f"{select}{where} ORDER BY {table.key}", () if lower is None else (lower,)
            )
            for row in cursor:
                last = row[0]
                if target is not None:
                    copied += target.execute(
                        insert, row if table.key == "rowid" else row[1:]
                    ).rowcount
                else:
                    copied += 1
            return copied, lost
        except database.DatabaseError:
            reader.reopen()
        if last is not None:  # progress was made: go on right after the last row read
            lower, inclusive = last, False
            continue
        # Nothing past `lower` could be read: step over the damage.
        after = lower - 1 if inclusive and table.integer_key else lower
        resume = _next_readable(reader, table, lower) if table.integer_key else None
        if resume is None or after is None or resume - after > 1:
            lost.append(Loss(table.name, after, resume, _lost_detail(reader, table, after, resume)))
        if resume is None:
            return copied, lost
        lower, inclusive = resume, True


def _next_readable(reader: _Reader, table: _Table, after: int | None) -> int | None:
    """The smallest key after `after` that a seek can reach, or None (none can).

    A seek fails while it lands on the damaged page and succeeds past it: step out
    exponentially, then narrow down by bisection."""
    probe = (
        f"SELECT {table.key} FROM {table.name} WHERE {table.key} > ? ORDER BY {table.key} LIMIT 1"
    )
    bad = -1 if after is None else after  # invariant: a seek past `bad` fails
    step = 1
    while True:
        good = min(bad + step, _LAST_KEY)
        if reader.try_one(probe, (good,)) is not False:
            break
        if good >= _LAST_KEY:
            return None
        bad, step = good, step * 2
    while good - bad > 1:  # a seek past `good` succeeds
        middle = (bad + good) // 2
        if reader.try_one(probe, (middle,)) is False:
            bad = middle
        else:
            good = middle
    # Seeking past `bad` lands on the damaged page; seeking from `good` lands after it.
    found = reader.try_one(probe.replace("> ?", ">= ?"), (good,))
    return None if not found else int(found[0])


def _lost_detail(reader: _Reader, table: _Table, after: Any, before: Any) -> str:
    """For entries: their ids and dates from the covering index, which usually survived."""
    if table.name != "conflict":
        return ""
    bounds = [f"id > {int(after)}"] if after is not None else []
    bounds += [f"id < {int(before)}"] if before is not None else []
    where = " AND ".join(bounds) or "1"
    try:
        rows = reader.connection.execute(
            f"SELECT id, happened_at FROM conflict INDEXED BY conflict_by_time WHERE {where}"
            " ORDER BY id"
        ).fetchall()
    except database.DatabaseError:
        reader.reopen()
        return _("which ones is unknown")
    return (
        ", ".join(
            _("#{i} of {replace}").format(i=i, replace=at[:16].replace("T", " ")) for i, at in rows
        )
        or "none"
    )


def _drop_orphans(target: database.Connection) -> dict[str, int]:
    """Links to rows that were lost: optional ones are cleared, required ones removed."""
    dropped: dict[str, int] = {}
    tables = [r[0] for r in target.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for table in tables:
        nullable = {r[1]: not r[3] for r in target.execute(f"PRAGMA table_info({table})")}
        for fk in target.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            parent, child_col, parent_col = fk[2], fk[3], fk[4] or "rowid"
            orphan = f"{child_col} IS NOT NULL AND {child_col} NOT IN (SELECT {parent_col} FROM {parent})"
            if nullable.get(child_col, False):
                changed = target.execute(f"UPDATE {table} SET {child_col} = NULL WHERE {orphan}")
            else:
                changed = target.execute(f"DELETE FROM {table} WHERE {orphan}")
            if changed.rowcount:
                dropped[table] = dropped.get(table, 0) + changed.rowcount
    return dropped
