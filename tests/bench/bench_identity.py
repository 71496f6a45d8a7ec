"""Migration 2 (stable identity) at a decade of entries (20,000; `--quick`: 2,000).

The journal is written at schema 1, then unlocked with today's code: the floor is the same
unlock of a journal already at the latest schema, so the ratio shows what migrating costs
(the backup taken before migrating included).
Run: python -m tests.bench.bench_identity [--quick]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from unittest import mock

from healdesk.vault import Vault
from healdesk.vault import vault as vault_module
from healdesk.vault.schema import MIGRATIONS
from tests.bench.bench_vault import make_conflicts
from tests.bench.timing import Row, print_table, quick_run


def run(count: int) -> list[Row]:
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    with (
        mock.patch.object(vault_module, "LATEST", 1),
        mock.patch.object(vault_module, "MIGRATIONS", MIGRATIONS[:1]),
    ):
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
    count = 2_000 if quick_run("2,000 entries") else 20_000
    print_table(f"Identity migration at {count:,} entries", run(count))


if __name__ == "__main__":
    main()
