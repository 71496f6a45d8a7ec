"""Output into a closed pipe, and Ctrl+C during a command: a clean exit, never a traceback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

from healdesk.core.conflict import Conflict
from healdesk.vault import Vault
from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE


def _sigint_default() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def healdesk(folder: Path, secret: Path, *args: str, **popen) -> subprocess.Popen:
    env = dict(os.environ, HEALDESK_DATA_DIR=str(folder))
    return subprocess.Popen(
        [sys.executable, "-m", "healdesk", *args, "--passphrase-file", str(secret)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        # As from a terminal: a suite started in the background (`pytest &`) passes SIGINT on
        # ignored, and Python then installs no Ctrl+C handler at all.
        preexec_fn=_sigint_default,
        **popen,
    )


def wait_until_reading_a_pipe(pid: int) -> None:
    """Wait until the process sleeps inside read(): a SIGINT that lands between its open()
    and its read() only sets Python's flag, which a C-level read never looks at (a second
    Ctrl+C would be needed), so the test signals only once the read has begun."""
    wchan = Path(f"/proc/{pid}/wchan")
    for _ in range(3000):  # a guard against waiting forever, not a time limit on the command
        if wchan.read_text().endswith("pipe_read"):
            return
        time.sleep(0.01)
    raise AssertionError(f"the command never started reading its passphrase ({wchan.read_text()})")


def test_search_into_a_closed_pipe_ends_quietly(vault_folder, recovery_key, tmp_path):
    with Vault.unlock(vault_folder, recovery_key=recovery_key) as vault:
        for n in range(30):
            vault.journal.add_conflict(Conflict(datetime.now().astimezone(), f"kettle {n}"))
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE)
    process = healdesk(vault_folder, secret, "search", "kettle", stdout=subprocess.PIPE)
    process.stdout.close()  # like `| head -1` having read its line: every write now fails
    _out, err = process.communicate(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert err == ""
    assert process.returncode == 141


def test_ctrl_c_while_a_command_waits_ends_with_130_and_no_traceback(vault_folder, tmp_path):
    fifo = tmp_path / "passphrase-fifo"
    os.mkfifo(fifo)  # the command blocks reading its passphrase until the signal comes
    process = healdesk(vault_folder, fifo, "verify", stdout=subprocess.PIPE)
    with open(fifo, "w"):  # opened: the command is now opening the file, soon reading it
        wait_until_reading_a_pipe(process.pid)
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "Traceback" not in err and "Interrupted." in err
