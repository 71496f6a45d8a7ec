"""Schema migration 2: a stable identity for everything two copies of a journal may both hold.

Copies of one vault written apart (two computers syncing one folder) are merged record by
record (vault/sync/merge.py). For that every conflict, repair, commitment, check-in, theme and
person carries:

- `uid`: random, the same in every copy. Rows that existed before this migration get one made
  from their row id and creation time, so two copies that parted before the upgrade still
  recognise the same entry (themes and people by a digest of row id and name). Conflicts and
  repairs written before keep NULL there and are given it when read (vault.identity.uid_sql),
  so migrating rewrites no entry.
- `revs`: the revision history, newest first: one random token per change, space separated,
  the last 40 kept. A copy whose newest token appears in the other's history is older; when
  neither history holds the other's newest token, both copies changed the record.
- `updated_at`: when it last changed (UTC), to pick the newer of two changes.

Triggers keep them, so every path that writes (stores, import, salvage) is covered and a save
costs one extra row update: a new row gets its uid and first token; a change to what the
record says adds a token (moving an entry to the trash is not such a change: it is merged by
its own time). A deleted row leaves a tombstone (uid, kind, when, history), purged after
`vault.merge.TOMBSTONE_DAYS`. Losing versions of a record changed on both sides are kept as
merge notes.

Frozen: this text is migration 2 as released; never edit it, add a new migration instead.
"""

from __future__ import annotations

#: SQL function (registered by vault.migrate) giving 32 hex digits of SHA-256: old themes and
#: people get a uid from their row id and name that every copy computes alike, without the
#: name being readable from the uid (tombstones keep uids after the name is gone).
DIGEST = "healdesk_digest"
_NOW = "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
_TOKEN = "lower(hex(randomblob(4)))"
_KEEP = 40 * 9 - 1  # 40 tokens of 8 characters, space separated

#: table -> (columns whose change is a new revision, uid of a row older than this migration,
#: whether old rows keep NULL and get their uid and first revision when read: for the big
#: tables, where rewriting every entry would make migrating 100,000 entries take minutes)
_TABLES = {
    "conflict": (
        "happened_utc, happened_at, person_id, intensity, settled, body, updated_at",
        "'c' || {row}.id || '.' || {row}.created_at",
        True,
    ),
    "repair": (
        "template_id, template_version, title, snapshot, answers, status, created_utc,"
        " created_at, updated_at, talked_at",
        "'r' || {row}.id || '.' || {row}.created_at",
        True,
    ),
    "commitment": (
        "repair_id, text, due, created_at, updated_at",
        "'k' || {row}.id || '.' || {row}.created_at",
        False,
    ),
    "check_in": (
        "commitment_id, at, result, note, updated_at",
        "'i' || {row}.id || '.' || {row}.at",
        False,
    ),
    "theme": (
        "name, colour, updated_at",
        f"{DIGEST}('t.' || {{row}}.id || '.' || lower({{row}}.name))",
        False,
    ),
    "person": (
        "name, role, updated_at",
        f"{DIGEST}('p.' || {{row}}.id || '.' || lower({{row}}.name))",
        False,
    ),
}


def _table_sql(table: str, columns: str, old_uid: str, lazy: bool) -> str:
    if lazy:  # has updated_at; old rows are read through vault.identity.uid_sql / revs_sql
        setup = ""
        old_revs = "CASE OLD.revs WHEN '' THEN 'm' || OLD.updated_at ELSE OLD.revs END"
        gone_uid = f"coalesce(OLD.uid, {old_uid.format(row='OLD')})"
    else:
        setup = f"""
    ALTER TABLE {table} ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
    UPDATE {table} SET uid = {old_uid.format(row=table)}, revs = 'm', updated_at = {_NOW};
    CREATE UNIQUE INDEX {table}_by_uid ON {table} (uid);"""
        old_revs, gone_uid = "OLD.revs", "OLD.uid"
    return f"""
    ALTER TABLE {table} ADD COLUMN uid TEXT;
    ALTER TABLE {table} ADD COLUMN revs TEXT NOT NULL DEFAULT '';{setup}
    CREATE TRIGGER {table}_new AFTER INSERT ON {table}
    WHEN NEW.uid IS NULL OR NEW.revs = '' OR NEW.updated_at = '' BEGIN
        UPDATE {table} SET
            uid = coalesce(NEW.uid, lower(hex(randomblob(16)))),
            revs = CASE NEW.revs WHEN '' THEN {_TOKEN} ELSE NEW.revs END,
            updated_at = CASE NEW.updated_at WHEN '' THEN {_NOW} ELSE NEW.updated_at END
        WHERE id = NEW.id;
    END;
    CREATE TRIGGER {table}_changed AFTER UPDATE OF {columns} ON {table}
    WHEN NEW.revs IS OLD.revs BEGIN
        UPDATE {table} SET
            revs = substr({_TOKEN} || ' ' || {old_revs}, 1, {_KEEP}),
            updated_at = CASE WHEN NEW.updated_at IS OLD.updated_at
                THEN {_NOW} ELSE NEW.updated_at END
        WHERE id = NEW.id;
    END;
    CREATE TRIGGER {table}_gone AFTER DELETE ON {table} BEGIN
        INSERT OR REPLACE INTO tombstone (uid, kind, deleted_at, revs)
        VALUES ({gone_uid}, '{table}', {_NOW}, {old_revs});
    END;
    """


IDENTITY = """
    CREATE TABLE tombstone (
        uid TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        revs TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE merge_note (
        uid TEXT PRIMARY KEY,           -- made from the record and the losing revision
        kind TEXT NOT NULL,
        record_uid TEXT NOT NULL,
        version_at TEXT NOT NULL,       -- when the losing version was written
        noted_at TEXT NOT NULL,
        body TEXT NOT NULL              -- JSON: the losing version, as merge.py reads records
    ) WITHOUT ROWID;
    CREATE INDEX merge_note_by_record ON merge_note (record_uid);
    """ + "".join(_table_sql(table, *spec) for table, spec in _TABLES.items())
