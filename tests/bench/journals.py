"""Bench journals made once per size and schema version, then copied for each run.

Filling 100,000 entries takes minutes; a benchmark copies a kept vault instead (the cache
lives in the temp folder and holds only invented bench text).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from healdesk.vault import Vault
from healdesk.vault.storage.schema import LATEST
from tests.helpers.bulk_journal import make_conflicts

PASSPHRASE = "benchmark passphrase"


def kept_journal(count: int) -> tuple[Path, str]:
    """(folder, recovery key) of a locked bench vault with `count` entries, made if missing."""
    folder = _kept(count, LATEST)
    key_path = folder.with_suffix(".recovery")
    older = [
        v for v in range(LATEST - 1, 0, -1) if _kept(count, v).with_suffix(".recovery").exists()
    ]
    if not key_path.exists() and older:
        # A journal kept for an older schema: migrating it costs far less than filling anew.
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(_kept(count, older[0]), folder)
        recovery = _kept(count, older[0]).with_suffix(".recovery").read_text()
        Vault.unlock(folder, recovery_key=recovery).lock()
        shutil.rmtree(folder / "backups", ignore_errors=True)
        (folder / "healdesk.lock").unlink(missing_ok=True)
        key_path.write_text(recovery)
    if not key_path.exists():
        shutil.rmtree(folder, ignore_errors=True)
        vault, recovery = Vault.create(folder, PASSPHRASE)
        conflicts = make_conflicts(count)
        for start in range(0, count, 5_000):
            with vault.journal.transaction():
                for conflict in conflicts[start : start + 5_000]:
                    vault.journal.add_conflict(conflict)
        vault.lock()
        (folder / "healdesk.lock").unlink(missing_ok=True)
        key_path.write_text(recovery)
    return folder, key_path.read_text()


def _kept(count: int, version: int) -> Path:
    return Path(tempfile.gettempdir()) / f"healdesk-bench-journal-{count}-v{version}"


def copied_journal(count: int, into: Path) -> tuple[Path, str]:
    """A fresh copy of the kept bench vault in `into` (benchmarks may write to it)."""
    folder, recovery = kept_journal(count)
    target = into / "journal"
    shutil.copytree(folder, target)
    return target, recovery
