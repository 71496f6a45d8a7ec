"""Numbered schema migrations. Append new ones; never edit a released one.

Each migration runs in one transaction; the vault takes a backup before migrating an existing
journal. PRAGMA user_version holds the number of the last migration applied.
"""

from __future__ import annotations

from healdesk.vault.storage.identity_schema import IDENTITY

#: A table whose presence says the entry search index must be refilled from the entries.
SEARCH_INDEX_DUE = "search_index_due"

MIGRATIONS: tuple[str, ...] = (
    # 1: the first journal format.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE theme (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        colour TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE conflict (
        id INTEGER PRIMARY KEY,
        happened_utc INTEGER NOT NULL,      -- epoch seconds: ordering and ranges
        happened_at TEXT NOT NULL,          -- ISO 8601 with the writer's offset
        person_id INTEGER REFERENCES person(id),
        intensity INTEGER CHECK (intensity BETWEEN 0 AND 10),
        settled INTEGER CHECK (settled BETWEEN 1 AND 5),
        body TEXT NOT NULL,                 -- JSON: every free text and picker list
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        trashed_at TEXT
    );
    -- Covering index: lists and statistics never touch the body.
    CREATE INDEX conflict_by_time ON conflict
        (trashed_at, happened_utc, happened_at, person_id, intensity, settled);
    CREATE INDEX conflict_by_person ON conflict (person_id);
    CREATE TABLE conflict_theme (
        conflict_id INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES theme(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (conflict_id, position),  -- read in order without a sort
        UNIQUE (conflict_id, theme_id)
    ) WITHOUT ROWID;
    CREATE INDEX conflict_theme_by_theme ON conflict_theme (theme_id, conflict_id);
    CREATE TABLE conflict_behaviour (
        conflict_id INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        behaviour TEXT NOT NULL,
        PRIMARY KEY (conflict_id, position)
    ) WITHOUT ROWID;
    CREATE TABLE repair (
        id INTEGER PRIMARY KEY,
        template_id TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        title TEXT NOT NULL,
        snapshot TEXT NOT NULL,             -- JSON: steps and labels as written
        answers TEXT NOT NULL,              -- JSON: field key -> answer
        status TEXT NOT NULL,
        created_utc INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        talked_at TEXT
    );
    CREATE INDEX repair_by_time ON repair (created_utc, status, template_id, created_at, talked_at);
    CREATE TABLE repair_conflict (
        repair_id INTEGER NOT NULL REFERENCES repair(id) ON DELETE CASCADE,
        conflict_id INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
        PRIMARY KEY (repair_id, conflict_id)
    ) WITHOUT ROWID;
    CREATE INDEX repair_conflict_by_conflict ON repair_conflict (conflict_id, repair_id);
    CREATE TABLE commitment (
        id INTEGER PRIMARY KEY,
        repair_id INTEGER REFERENCES repair(id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        due TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX commitment_by_repair ON commitment (repair_id);
    CREATE TABLE check_in (
        id INTEGER PRIMARY KEY,
        commitment_id INTEGER NOT NULL REFERENCES commitment(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        result TEXT NOT NULL CHECK (result IN ('kept', 'partly', 'not_yet')),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX check_in_by_commitment ON check_in (commitment_id, id);
    CREATE TABLE draft (key TEXT PRIMARY KEY, payload TEXT NOT NULL, saved_at TEXT NOT NULL);
    CREATE TABLE user_template (id TEXT PRIMARY KEY, source TEXT NOT NULL, saved_at TEXT NOT NULL);
    -- Full-text search; rowid = conflict.id / repair.id, kept in sync by the Journal.
    CREATE VIRTUAL TABLE conflict_search USING fts5 (
        text, tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE repair_search USING fts5 (
        text, tokenize = 'unicode61 remove_diacritics 2'
    );
    """,
    # 2: the entry search index keeps only its index (no second copy of every text): the
    # words live once, in the entries; snippets are cut from the entries of a page of hits.
    """
    DROP TABLE conflict_search;
    CREATE VIRTUAL TABLE conflict_search USING fts5 (
        text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO conflict_search (rowid, text)
    SELECT c.id, concat_ws(char(10),
        (SELECT group_concat(j.value, char(10)) FROM json_tree(c.body) j WHERE j.type = 'text'),
        (SELECT group_concat(b.behaviour, char(10)) FROM conflict_behaviour b
         WHERE b.conflict_id = c.id))
    FROM conflict c;
    """,
    # 3: the picked words the pattern views need (their moves and the order of moves, wishes,
    # my feelings) move out of the entry body into an indexed link table, so the cycle map,
    # the underneath lists and the signs are computed without reading any entry body.
    """
    CREATE TABLE conflict_word (
        conflict_id INTEGER NOT NULL REFERENCES conflict(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                 -- a Conflict field: their_moves, move_order, ...
        position INTEGER NOT NULL,
        word TEXT NOT NULL,
        PRIMARY KEY (conflict_id, kind, position)
    ) WITHOUT ROWID;
    INSERT INTO conflict_word (conflict_id, kind, position, word)
        SELECT c.id, f.kind, j.key, j.value
        FROM conflict c
        JOIN (SELECT 'my_feelings' AS kind UNION ALL SELECT 'my_wish' UNION ALL SELECT 'their_wish') f
        JOIN json_each(c.body, '$.' || f.kind) j
        WHERE j.type = 'text';
    UPDATE conflict SET body = json_remove(body, '$.my_feelings', '$.my_wish', '$.their_wish');
    """,
    # 4: stable identity for merging copies written apart (see vault/sync/merge.py).
    IDENTITY,
    # 5: couple mode. This vault's partner keys (secret halves: they live only in here and in
    # its backups), paired partners (one per person), repairs shared with a partner under a
    # uid both journals know, the partner's side as received, commitments made together, and
    # the ids of share files already opened (a replayed file changes nothing).
    """
    CREATE TABLE partner_keys (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        partner_id TEXT NOT NULL,
        age_secret TEXT NOT NULL,
        signing_secret BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE TABLE partner (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL UNIQUE REFERENCES person(id) ON DELETE CASCADE,
        partner_id TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL,
        paired_at TEXT NOT NULL
    );
    CREATE TABLE shared_repair (
        repair_id INTEGER PRIMARY KEY REFERENCES repair(id) ON DELETE CASCADE,
        uid TEXT NOT NULL UNIQUE,
        partner INTEGER REFERENCES partner(id) ON DELETE SET NULL
    );
    CREATE TABLE partner_side (
        repair_id INTEGER PRIMARY KEY REFERENCES repair(id) ON DELETE CASCADE,
        payload TEXT NOT NULL,              -- JSON: the partner's answers as they sent them
        sent_at TEXT NOT NULL,
        received_at TEXT NOT NULL
    );
    CREATE TABLE shared_commitment (
        commitment_id INTEGER PRIMARY KEY REFERENCES commitment(id) ON DELETE CASCADE,
        uid TEXT NOT NULL UNIQUE
    );
    CREATE TABLE share_seen (
        share_id TEXT PRIMARY KEY,
        partner INTEGER REFERENCES partner(id) ON DELETE SET NULL,
        opened_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 6: care. The answers of "Is this conflict, or something else?" per person (NULL: for
    # everyone; a removed or merged person's answers fold into everyone's, never lost), and
    # the private safety plan the person writes (one row), and whether a check-in's
    # commitment made a difference to them (being felt, not only doing).
    """
    CREATE TABLE care_check (
        id INTEGER PRIMARY KEY,
        person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
        answers TEXT NOT NULL,              -- JSON: keys of the questions answered yes
        checked_at TEXT NOT NULL
    );
    CREATE INDEX care_check_by_person ON care_check (person_id);
    CREATE TABLE safety_plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL,                 -- JSON: plan part -> the person's words
        updated_at TEXT NOT NULL
    );
    CREATE TABLE check_in_felt (          -- "Did it make a difference to them?"
        check_in_id INTEGER PRIMARY KEY REFERENCES check_in(id) ON DELETE CASCADE,
        felt TEXT NOT NULL CHECK (felt IN ('yes', 'a_little', 'not_yet', 'unknown'))
    );
    """,
    # 7: the entry index also keeps word beginnings of one to three letters (prefix index): a
    # search typed a letter at a time made FTS5 merge the lists of every word so begun ("d":
    # did, do, door, ...), 0.2 s a keystroke at 100,000 entries, now one list read in ms.
    # An entry's searchable text is made in Python (search.SearchStore.rebuild_search_index),
    # so the new index is filled at the first open after this, while SEARCH_INDEX_DUE exists.
    f"""
    DROP TABLE conflict_search;
    CREATE VIRTUAL TABLE conflict_search USING fts5 (
        text, content = '', contentless_delete = 1, prefix = '1 2 3',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE {SEARCH_INDEX_DUE} (id INTEGER PRIMARY KEY CHECK (id = 1));
    """,
    # 8: unlock history. When the journal was opened and when an unlock failed (time only;
    # failures wait in unlock-attempts.json beside the vault until the next opening). The
    # meta key 'unlock.seen' holds the last event the person was shown.
    """
    CREATE TABLE unlock_event (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,                   -- UTC, ISO 8601 with microseconds
        opened INTEGER NOT NULL CHECK (opened IN (0, 1))
    );
    """,
)

LATEST = len(MIGRATIONS)
