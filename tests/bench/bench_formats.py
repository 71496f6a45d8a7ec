"""Open-format benchmarks at a decade of entries (20,000; `--quick`: 1,000).

Floors are the standard library doing the bare part of the same job on the same data:
json.loads of the file for reading, json.loads plus a bare INSERT of the texts for an
import, json.dumps of the finished document for writing. Each ratio is what checking,
mapping to journal objects, duplicates, links and search indexing cost on top.
Run: python -m tests.bench.bench_formats [--quick]
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from healdesk.core.bundle import JournalBundle
from healdesk.formats import healdesk_json, markdown, read_journal_file
from healdesk.vault import Vault
from healdesk.vault.stores.exporter import journal_bundle
from healdesk.vault.stores.importer import import_bundle
from tests.bench.timing import Row, bench_options, median_time, report
from tests.helpers.bulk_journal import THEMES, WORDS

BERLIN = ZoneInfo("Europe/Berlin")


def jrnl_document(count: int, seed: int = 7) -> dict:
    """A jrnl JSON export of `count` entries shaped like `jrnl --format json` writes it."""
    rng = random.Random(seed)
    start = date(2016, 1, 1)
    entries = []
    for i in range(count):
        tags = [f"@{t.lower().replace(' ', '-')}" for t in rng.sample(THEMES, rng.randint(0, 2))]
        body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 160)))
        entries.append(
            {
                "title": " ".join(rng.choice(WORDS) for _ in range(6)).capitalize() + ".",
                "body": body + " " + " ".join(tags),
                "date": (start + timedelta(days=i * 4.3 // 24)).isoformat(),
                "time": f"{rng.randint(0, 23):02}:{rng.randint(0, 59):02}",
                "tags": tags,
                "starred": rng.random() < 0.1,
            }
        )
    return {"tags": {}, "entries": entries}


def importer_on_top_of_the_journal(work: Path, bundle: JournalBundle) -> Row:
    """The importer's own cost (names, duplicates, stamps) over the Journal API it calls."""
    timings = []
    for name in ("importer", "plain"):
        vault, _ = Vault.create(work / name, "benchmark passphrase")
        started = time.perf_counter()
        if name == "importer":
            import_bundle(vault.journal, bundle)
        else:
            with vault.journal.transaction():
                for conflict in bundle.conflicts:
                    vault.journal.add_conflict(replace(conflict))
        timings.append(time.perf_counter() - started)
        vault.lock()
    return Row(
        f"import_bundle of {len(bundle.conflicts)}",
        timings[0],
        "add_conflict loop, one transaction",
        timings[1],
    )


def run(quick: bool) -> list[Row]:
    count = 1_000 if quick else 20_000
    rows: list[Row] = []
    work = Path(tempfile.mkdtemp(prefix="healdesk-bench-formats-"))
    try:
        source = work / "jrnl.json"
        source.write_text(json.dumps(jrnl_document(count), indent=2), encoding="utf-8")
        rows.append(
            Row(
                f"read a jrnl file of {count} entries",
                median_time(lambda: read_journal_file(source, "jrnl", BERLIN), repeat=3),
                "json.loads of the file",
                median_time(lambda: json.loads(source.read_text(encoding="utf-8")), repeat=3),
            )
        )
        vault, _ = Vault.create(work / "vault", "benchmark passphrase")
        journal, db = vault.journal, vault.journal.db

        started = time.perf_counter()
        bundle = read_journal_file(source, "jrnl", BERLIN)[1]
        report = import_bundle(journal, bundle)
        imported = time.perf_counter() - started
        assert report.conflicts == count
        db.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body TEXT)")
        started = time.perf_counter()
        document = json.loads(source.read_text(encoding="utf-8"))
        with journal.transaction():
            db.executemany(
                "INSERT INTO scratch (body) VALUES (?)",
                ((e["title"] + "\n" + e["body"],) for e in document["entries"]),
            )
        floor = time.perf_counter() - started
        rows.append(
            Row(f"import {count} jrnl entries", imported, "json.loads + bare INSERT", floor)
        )
        rows.append(importer_on_top_of_the_journal(work, bundle))
        started = time.perf_counter()
        again = import_bundle(journal, bundle)
        rows.append(
            Row(
                f"re-import {count} (all duplicates)",
                time.perf_counter() - started,
                "json.loads + bare INSERT",
                floor,
            )
        )
        assert again.duplicate_conflicts == count

        exported = journal_bundle(journal)
        out = work / "export.json"
        document = healdesk_json.to_document(exported)
        rows.append(
            Row(
                f"export-json {count} (vault -> file)",
                median_time(
                    lambda: out.write_text(healdesk_json.dumps(journal_bundle(journal))),
                    repeat=3,
                ),
                "json.dumps of the document",
                median_time(lambda: json.dumps(document, ensure_ascii=False, indent=2), repeat=3),
            )
        )
        rows.append(
            Row(
                f"HealDesk JSON text of {count}",
                median_time(lambda: healdesk_json.dumps(exported), repeat=3),
                "json.dumps of the document",
                rows[-1].floor_seconds,
            )
        )
        rows.append(
            Row(
                f"Markdown document of {count}",
                median_time(lambda: markdown.journal_markdown(exported), repeat=3),
                "f-string of time + text per entry",
                median_time(
                    lambda: "\n".join(
                        f"## {c.happened_at.isoformat()}\n\n{c.what_happened}\n"
                        for c in exported.conflicts
                    ),
                    repeat=3,
                ),
            )
        )
        vault.lock()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return rows


def main() -> None:
    args = bench_options("1,000 entries")
    report(f"Open formats at {1_000 if args.quick else 20_000:,} entries", run(args.quick), args)


if __name__ == "__main__":
    main()
