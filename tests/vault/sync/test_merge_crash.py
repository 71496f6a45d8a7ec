"""A merge killed at any moment leaves the journal as it was before it or as it is after it."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from healdesk.core.conflict import Conflict
from tests.helpers.copies import copy_vault, unlocked
from tests.helpers.paths import ROOT

NEW = 400

MERGER = r"""
import sys
from healdesk.vault import Vault
from healdesk.vault.sync.merge import merge_copy
vault = Vault.unlock(sys.argv[1], recovery_key=sys.argv[2])
print("merging", flush=True)
merge_copy(vault, sys.argv[3])
print("merged", flush=True)
vault.lock()
"""


def test_sigkill_during_a_merge_leaves_the_journal_before_or_after(
    vault_folder, recovery_key, tmp_path
):
    with unlocked(vault_folder, recovery_key) as vault:
        vault.journal.add_conflict(Conflict(datetime(2026, 1, 1, tzinfo=UTC), "Already here"))
    other = copy_vault(vault_folder, tmp_path / "other")
    with unlocked(other, recovery_key) as vault, vault.journal.transaction():
        for i in range(NEW):
            vault.journal.add_conflict(
                Conflict(datetime(2026, 2, 1, tzinfo=UTC) + timedelta(hours=i), f"apart {i} " * 40)
            )
    rng, outcomes = random.Random(7), set()
    for attempt in range(5):
        work = copy_vault(vault_folder, tmp_path / f"work{attempt}")
        process = subprocess.Popen(
            [sys.executable, "-c", MERGER, str(work), recovery_key, str(other)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert process.stdout.readline().strip() == "merging"
        time.sleep(rng.uniform(0.0, 0.6))
        os.kill(process.pid, signal.SIGKILL)
        finished = "merged" in process.communicate()[0]
        with unlocked(work, recovery_key) as vault:
            db = vault.journal.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            count = vault.journal.count()
            assert count in (1, 1 + NEW)
            assert finished <= (count == 1 + NEW)
            if count == 1 + NEW:
                assert len(vault.journal.search("apart", limit=None)) == NEW
            outcomes.add(count)
        shutil.rmtree(work)
    assert 1 in outcomes  # at least one kill landed before the merge committed
