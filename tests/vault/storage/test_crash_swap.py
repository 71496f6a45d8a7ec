"""Killed while replacing the data key or writing a backup, repeatedly: the vault opens with
exactly one valid key (both key-file copies agree and open the database) and every
acknowledged entry. Real processes, real SIGKILLs, like tests/vault/test_crash.py."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from healdesk.vault import Vault
from healdesk.vault.access import keyfile
from healdesk.vault.safekeeping.restore import Secret, inspect_backup
from healdesk.vault.storage.layout import BACKUP_FOLDER
from tests.helpers.journal_data import fill
from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE

#: Child prelude: a fixed scrypt cost instead of a calibration run in every child process.
PRELUDE = r"""
import os, sys
from datetime import UTC, datetime
from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from healdesk.vault.access import keys, slots
from healdesk.vault.storage import swap
slots.scrypt_params = lambda: keys.ScryptParams(keys.SCRYPT_MIN_LOG2_N)
folder, passphrase, recovery_key = sys.argv[1], sys.argv[2], sys.argv[3]
vault = Vault.unlock(folder, recovery_key=recovery_key) if recovery_key else Vault.unlock(folder, passphrase=passphrase)

def save(i):
    cid = vault.journal.add_conflict(Conflict(datetime.now(UTC), f"entry {i} " + "x" * 900))
    print(cid, flush=True)
"""

REKEYER = (
    PRELUDE
    + r"""
for i in range(100000):
    save(i)
    if i % 3 == 2:
        print("rekeying", flush=True)
        vault.replace_data_key(passphrase, slots.NewRecoveryKey())
"""
)

BACKER = (
    PRELUDE
    + r"""
for i in range(100000):
    save(i)
    if i:  # the first backup is complete before the parent starts its kill timer
        print("backing-up", flush=True)
    vault.backup_to(vault.folder / "backups" / f"b{i % 3}.healdesk-backup")
"""
)

#: Dies (no cleanup, like SIGKILL) at one named step of a key replacement.
CRASH_AT = (
    PRELUDE
    + r"""
step = sys.argv[4]
from healdesk.vault.access import keyfile
def die(*_a, **_k):
    os._exit(9)
if step == "after-copy":
    swap.stage_keys = die
elif step == "after-staging":
    swap.commit = die
elif step == "after-database-swap":
    swap._finish_keys = die
elif step == "between-key-copies":
    real = keyfile.write_atomically
    keyfile.write_atomically = lambda path, data: die() if path.name == keyfile.SPARE else real(path, data)
save(0)
vault.replace_data_key(passphrase, slots.NewRecoveryKey())
"""
)


def child(script: str, folder: Path, recovery_key: str = "", *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(folder), PASSPHRASE, recovery_key, *extra],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def acknowledged_after_kill(process: subprocess.Popen[str], marker: str, delay: float) -> set[int]:
    """Read until `marker` is printed, wait `delay`, SIGKILL; the ids it acknowledged."""
    lines = []
    while True:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.strip() == marker:
            break
    time.sleep(delay)
    os.kill(process.pid, signal.SIGKILL)
    rest, _ = process.communicate()
    return {int(x) for x in [*lines, *rest.splitlines()] if x.strip().isdigit()}


def assert_one_valid_key_and(
    folder: Path, acknowledged: set[int], recovery_key: str | None = None
) -> None:
    """The key file opens the database, its two copies are the same (so no second key is
    around), nothing is pending and every acknowledged entry is there."""
    secret = {"recovery_key": recovery_key} if recovery_key else {"passphrase": PASSPHRASE}
    with Vault.unlock(folder, **secret) as vault:
        db = vault.journal.db
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert acknowledged <= {s.id for s in vault.journal.summaries()}
    assert (folder / keyfile.PRIMARY).read_bytes() == (folder / keyfile.SPARE).read_bytes()
    assert not [p.name for p in folder.iterdir() if ".next" in p.name]


@pytest.mark.slow
def test_sigkill_during_key_replacement_repeatedly(vault_folder):
    rng = random.Random(11)
    acknowledged: set[int] = set()
    for _ in range(3):
        process = child(REKEYER, vault_folder)
        acknowledged |= acknowledged_after_kill(process, "rekeying", rng.uniform(0.0, 0.25))
        assert_one_valid_key_and(vault_folder, acknowledged)
    assert len(acknowledged) >= 3


@pytest.mark.parametrize(
    "step", ["after-copy", "after-staging", "after-database-swap", "between-key-copies"]
)
def test_death_at_each_step_of_a_key_replacement(vault_folder, recovery_key, step):
    process = child(CRASH_AT, vault_folder, recovery_key, step)
    out, _ = process.communicate(timeout=60)
    assert process.returncode == 9
    assert_one_valid_key_and(vault_folder, {int(out.split()[0])})


@pytest.mark.slow
def test_sigkill_during_backups_repeatedly(vault_folder, recovery_key):
    rng = random.Random(5)
    acknowledged: set[int] = set()
    for _ in range(5):
        process = child(BACKER, vault_folder, recovery_key)
        acknowledged |= acknowledged_after_kill(process, "backing-up", rng.uniform(0.0, 0.05))
        assert_one_valid_key_and(vault_folder, acknowledged, recovery_key)
    finished = sorted((vault_folder / BACKUP_FOLDER).glob("*.healdesk-backup"))
    assert finished
    for backup in finished:  # a backup file is whole or absent, never half
        assert inspect_backup(backup, Secret(recovery_key=recovery_key)).entries > 0


RESTORE_DYING = r"""
import os, sys
from healdesk.vault.storage import swap
from healdesk.vault.safekeeping.restore import Secret, restore_backup
folder, backup, recovery_key, step = sys.argv[1:5]
def die(*_a, **_k):
    os._exit(9)
if step == "after-staging":
    swap.commit = die
else:
    swap._finish_keys = die
restore_backup(backup, folder, Secret(recovery_key=recovery_key))
"""


@pytest.mark.parametrize("step, entries", [("after-staging", 4), ("after-database-swap", 2)])
def test_death_during_a_restore_leaves_the_old_or_the_restored_journal(
    vault, recovery_key, tmp_path, step, entries
):
    """The backup has 2 entries, the live journal 4: after the crash exactly one of them
    opens, whole, with a key file that matches it."""
    fill(vault.journal, 2)
    backup = tmp_path / "b.healdesk-backup"
    vault.backup_to(backup)
    fill(vault.journal, 2)
    folder = vault.folder
    vault.lock()
    died = subprocess.run(
        [sys.executable, "-c", RESTORE_DYING, str(folder), str(backup), recovery_key, step],
        cwd=ROOT,
        timeout=60,
    )
    assert died.returncode == 9
    with Vault.unlock(folder, recovery_key=recovery_key) as opened:
        assert opened.journal.count() == entries
    assert (folder / keyfile.PRIMARY).read_bytes() == (folder / keyfile.SPARE).read_bytes()
    assert not [p.name for p in folder.iterdir() if ".next" in p.name]
