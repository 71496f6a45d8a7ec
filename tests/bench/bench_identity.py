"""The stable-identity migration at a decade of entries (20,000; `--quick`: 2,000).

The journal is written at the schema just before identities, then unlocked with today's
code: the floor is the same unlock of a journal already at the latest schema, so the ratio
shows what migrating costs (the backup taken before migrating included).
Run: python -m tests.bench.bench_identity [--quick] [--entries N] [--json FILE]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from unittest import mock

from healdesk.vault import Vault
from healdesk.vault.storage import schema
from healdesk.vault.storage.identity_schema import IDENTITY
from tests.bench.bench_vault import make_conflicts
from tests.bench.timing import Row, bench_options, entries, report

BEFORE_IDENTITY = schema.MIGRATIONS.index(IDENTITY)


def run(count: int) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    with mock.patch.object(schema, "LATEST", BEFORE_IDENTITY):
        vault, recovery = Vault.create(folder, "benchmark passphrase")
        with vault.journal.transaction():
            for c in make_conflicts(count):
                vault.journal.add_conflict(c)
        vault.lock()
    started = time.perf_counter()
    Vault.unlock(folder, recovery_key=recovery).lock()
    migrating = time.perf_counter() - started
    started = time.perf_counter()
    Vault.unlock(folder, recovery_key=recovery).lock()
    return [
        Row(
            f"unlock + migrate {count} entries",
            migrating,
            "unlock, nothing to migrate",
            time.perf_counter() - started,
        )
    ]


def main() -> None:
    args = bench_options("2,000 entries")
    count = entries(args)
    report(f"Identity migration at {count:,} entries", run(count), args)


if __name__ == "__main__":
    main()
