"""Killed mid-write, repeatedly: every acknowledged save survives and both integrity checks pass;
a key file killed mid-write still opens with the old or the new passphrase."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from healdesk.vault import Vault
from healdesk.vault.access.keyfile import load
from healdesk.vault.access.slots import NewRecoveryKey
from tests.helpers.paths import ROOT

WRITER = r"""
import sys
from datetime import UTC, datetime
from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
vault = Vault.unlock(sys.argv[1], recovery_key=sys.argv[2])
for i in range(100000):
    cid = vault.journal.add_conflict(Conflict(datetime.now(UTC), f"entry {i} " + "x" * (i % 3000), themes=[f"t{i % 7}"]))
    print(cid, flush=True)
"""


def test_sigkill_during_saves_loses_no_acknowledged_entry(vault_folder, recovery_key):
    rng = random.Random(4)
    acknowledged: set[int] = set()
    for _ in range(5):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(vault_folder), recovery_key],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        # Killed after a number of acknowledged saves, not after a time: a busy machine
        # writes fewer per second, and the check must not depend on that.
        lines = [process.stdout.readline() for _ in range(rng.randint(5, 60))]
        os.kill(process.pid, signal.SIGKILL)
        rest, _ = process.communicate()
        acknowledged |= {int(x) for x in lines + rest.splitlines() if x.strip()}
        with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
            db = vault.journal.db
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
            stored = {s.id for s in vault.journal.summaries()}
            assert acknowledged <= stored
            assert vault.journal.search("entry")  # the index kept up
    assert len(acknowledged) > 20


KEY_WRITER = r"""
import sys
from pathlib import Path
from healdesk.vault.access import keyfile
folder = Path(sys.argv[1])
a = keyfile.KeyFile.decode(Path(sys.argv[2]).read_bytes())
b = keyfile.KeyFile.decode(Path(sys.argv[3]).read_bytes())
print("ready", flush=True)
while True:
    keyfile.save(folder, a)
    keyfile.save(folder, b)
"""


def test_sigkill_during_key_file_writes_leaves_old_or_new_working(
    vault_folder, recovery_key, tmp_path
):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        (tmp_path / "a.json").write_bytes((vault_folder / "keys.json").read_bytes())
        vault.set_recovery_key(NewRecoveryKey())
        (tmp_path / "b.json").write_bytes((vault_folder / "keys.json").read_bytes())
    contents = {(tmp_path / "a.json").read_bytes(), (tmp_path / "b.json").read_bytes()}
    rng = random.Random(9)
    for _ in range(8):
        process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                KEY_WRITER,
                str(vault_folder),
                str(tmp_path / "a.json"),
                str(tmp_path / "b.json"),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        process.stdout.readline()
        time.sleep(rng.uniform(0.01, 0.2))
        os.kill(process.pid, signal.SIGKILL)
        process.communicate()
        assert load(vault_folder).encode() in contents
        assert (vault_folder / "keys.json").read_bytes() in contents
        leftovers = [p.name for p in vault_folder.iterdir() if p.name.endswith(".tmp")]
        for (
            name
        ) in leftovers:  # a killed writer may leave its temp file; it never replaces anything
            (vault_folder / name).unlink()
