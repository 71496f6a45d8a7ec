"""Vault benchmarks at a decade of entries (20,000; `--quick`: 2,000).

Floors are the bare SQL doing the same job on the same encrypted connection, so each ratio is
what the Journal layer (JSON bodies, links, ranking, snippets) costs on top of SQLCipher itself.
Run: python -m tests.bench.bench_vault [--quick]
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from healdesk.core.selection import Selection
from healdesk.vault import Vault
from tests.bench.timing import Row, bench_options, entries, median_time, percentile, report
from tests.helpers.bulk_journal import make_conflicts


def run(count: int) -> list[Row]:
    rows = []
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    vault, recovery = Vault.create(folder, "benchmark passphrase")
    journal, db = vault.journal, vault.journal.db
    conflicts = make_conflicts(count)

    started = time.perf_counter()
    with journal.transaction():
        for c in conflicts:
            journal.add_conflict(c)
    imported = time.perf_counter() - started
    db.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)")
    started = time.perf_counter()
    with journal.transaction():
        db.executemany(
            "INSERT INTO scratch (body) VALUES (?)", ((c.what_happened,) for c in conflicts)
        )
    rows.append(
        Row(
            f"import {count} entries",
            imported,
            "bare INSERT of the texts",
            time.perf_counter() - started,
        )
    )

    saves, floors = [], []
    for c in make_conflicts(200, seed=5):
        started = time.perf_counter()
        journal.add_conflict(c)
        saves.append(time.perf_counter() - started)
        started = time.perf_counter()
        with journal.transaction():
            db.execute("INSERT INTO scratch (body) VALUES (?)", (c.what_happened,))
        floors.append(time.perf_counter() - started)
    rows.append(
        Row(
            "save one entry (p95)",
            percentile(saves, 0.95),
            "bare INSERT+commit (p95)",
            percentile(floors, 0.95),
        )
    )
    vault.lock()

    def unlock_and_list() -> None:
        with Vault.unlock(folder, recovery_key=recovery) as opened:
            opened.journal.summaries()

    def unlock_and_read_rows() -> None:
        with Vault.unlock(folder, recovery_key=recovery) as opened:
            opened.journal.db.execute("SELECT id, happened_at FROM conflict").fetchall()

    rows.append(
        Row(
            "open + list all (after the KDF)",
            median_time(unlock_and_list),
            "open + bare SELECT of ids",
            median_time(unlock_and_read_rows),
            "<= 150 ms at 20k",
        )
    )

    vault = Vault.unlock(folder, recovery_key=recovery)
    journal, db = vault.journal, vault.journal.db
    rows.append(
        Row(
            "search top 50 with snippets",
            median_time(lambda: journal.search("kitchen budget")),
            "bare FTS MATCH, 50 ids",
            median_time(
                lambda: db.execute(
                    "SELECT rowid FROM conflict_search WHERE conflict_search MATCH"
                    ' \'"kitchen" "budget"\' LIMIT 50'
                ).fetchall()
            ),
        )
    )
    middle = conflicts[count // 2].happened_at
    month = (date(middle.year, middle.month, 1), date(middle.year, middle.month, 28))
    low = int(datetime(middle.year, middle.month, 1, tzinfo=UTC).timestamp())
    rows.append(
        Row(
            "month query (summaries)",
            median_time(lambda: journal.summaries(Selection(*month))),
            "bare count in the range",
            median_time(
                lambda: db.execute(
                    "SELECT count(*) FROM conflict WHERE happened_utc BETWEEN ? AND ?",
                    (low, low + 31 * 86400),
                ).fetchone()
            ),
        )
    )
    rows.append(
        Row(
            "theme-by-month statistics",
            median_time(journal.theme_month_counts),
            "bare count of theme links",
            median_time(lambda: db.execute("SELECT count(*) FROM conflict_theme").fetchone()),
        )
    )
    vault.lock()
    return rows


def main() -> None:
    args = bench_options("2,000 entries")
    count = entries(args)
    report(f"Vault at {count:,} entries", run(count), args)


if __name__ == "__main__":
    main()
