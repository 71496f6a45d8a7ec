"""No core file and no memory access for other processes: RLIMIT_CORE soft and hard 0 and, on
Linux, not dumpable, in every command and in the app, from before any secret is read."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="/proc and prctl are Linux's"
)

#: Prints the process's own state: dumpable flag, core soft and hard limits. Read from inside:
#: the suite runs as root, for whom /proc looks the same either way.
REPORT = r"""
import ctypes, resource
def report(tag):
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    print(tag, dumpable, soft, hard, flush=True)
"""

#: `healdesk verify`, reporting just before the passphrase is read and after the command.
CLI = (
    REPORT
    + r"""
import sys
from healdesk.cli import common, main
asked = common.SecretReader.ask
def ask_and_report(prompt):
    report("before-secret")
    return asked(prompt)
common.SecretReader.ask = staticmethod(ask_and_report)
main(["verify", "--data-dir", sys.argv[1]])
report("after-unlock")
"""
)

#: The app on its demo journal, reporting once the journal window is open, then quitting.
APP = (
    REPORT
    + r"""
from PySide6.QtCore import QTimer
from healdesk.gui.app.session import Session
opened = Session.open
def open_and_report(self, vault):
    opened(self, vault)
    report("after-unlock")
    QTimer.singleShot(0, self.quit)  # once the event loop runs
Session.open = open_and_report
from healdesk.cli import main
main(["--demo"])
"""
)


def run(script: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )


def test_a_command_is_protected_before_it_reads_the_passphrase_and_after_unlock(vault_folder):
    result = run(CLI, str(vault_folder), stdin=PASSPHRASE + "\n")
    assert "before-secret 0 0 0" in result.stdout, result.stderr
    assert "after-unlock 0 0 0" in result.stdout, result.stderr


def test_the_app_is_protected_after_unlock():
    result = run(APP)
    assert "after-unlock 0 0 0" in result.stdout, result.stderr
