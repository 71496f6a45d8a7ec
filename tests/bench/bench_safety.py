"""Safety benchmarks at a decade of entries (20,000; `--quick`: 2,000): backup, restore check,
replacing the data key, and the salvage scan.

Floors are the bare operations underneath on the same files: a plain file copy for a backup,
SQLCipher's backup API into a file with a new key for a key replacement, a bare read of every
row for the salvage scan. Run: python -m tests.bench.bench_safety [--quick]
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from healdesk.vault import Vault
from healdesk.vault.access.keys import new_data_key
from healdesk.vault.access.slots import NewRecoveryKey
from healdesk.vault.safekeeping.restore import Secret, inspect_backup
from healdesk.vault.storage.database import connect
from tests.bench.timing import Row, bench_options, report
from tests.helpers.bulk_journal import make_conflicts

PASSPHRASE = "benchmark passphrase"


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def run(quick: bool) -> list[Row]:
    count = 2_000 if quick else 20_000
    work = Path(tempfile.mkdtemp(prefix="healdesk-bench-safety-"))
    vault, recovery = Vault.create(work / "vault", PASSPHRASE)
    with vault.journal.transaction():
        for conflict in make_conflicts(count):
            vault.journal.add_conflict(conflict)
    db = vault.journal.db
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_mb = (vault.folder / "journal.db").stat().st_size / 1e6
    rows = []

    backup = work / "b.healdesk-backup"
    rows.append(
        Row(
            f"backup ({size_mb:.0f} MB, verified)",
            timed(lambda: vault.backup_to(backup)),
            "plain file copy",
            timed(lambda: shutil.copyfile(vault.folder / "journal.db", work / "copy.db")),
            "unlock stays responsive (runs in the background)",
        )
    )
    rows.append(
        Row(
            "check a backup before restore",
            timed(lambda: inspect_backup(backup, Secret(recovery_key=recovery))),
            "unzip the backup",
            timed(lambda: shutil.unpack_archive(backup, work / "unzipped", "zip")),
        )
    )

    def bare_reencrypt() -> None:
        target = connect(work / "rekeyed.db", new_data_key())
        vault.journal.db.backup(target)
        target.close()

    rows.append(
        Row(
            "replace the data key",
            timed(lambda: vault.replace_data_key(PASSPHRASE, NewRecoveryKey())),
            "bare backup API to a new key",
            timed(bare_reencrypt),
            "includes one passphrase KDF (~0.35 s)",
        )
    )

    def bare_read() -> None:
        for table in ("conflict", "conflict_theme", "conflict_behaviour", "person", "theme"):
            vault.journal.db.execute(f"SELECT * FROM {table}").fetchall()

    rows.append(
        Row(
            "salvage scan (verify on damage)",
            timed(vault.scan_damage),
            "bare read of every row",
            timed(bare_read),
        )
    )
    vault.lock()
    shutil.rmtree(work)
    return rows


def main() -> None:
    args = bench_options("2,000 entries (always 20,000 otherwise)")
    report(f"Safety at {2_000 if args.quick else 20_000:,} entries", run(args.quick), args)


if __name__ == "__main__":
    main()
