"""A run that dies leaves its stack frames in the state folder; the next start knows."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

from healdesk.crashlog import CRASH_FILE, PREVIOUS, CrashLog
from healdesk.locations import state_dir

ROOT = Path(__file__).parents[1]
SECRET_WORDS = "Kettle argument again PRIVATE-NOTE-7731"

CRASHING_RUN = r"""
import faulthandler, sys
from healdesk.crashlog import CrashLog
from healdesk.locations import state_dir
CrashLog(state_dir()).open()
words = sys.argv[1]  # entry text in a local variable: it must never reach the file
faulthandler._sigsegv()
"""


def test_a_crash_leaves_stack_frames_only_and_the_next_start_knows():
    died = subprocess.run(
        [sys.executable, "-c", CRASHING_RUN, SECRET_WORDS],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert died.returncode != 0
    written = (state_dir() / CRASH_FILE).read_text()
    assert "Fatal Python error: Segmentation fault" in written and "<module>" in written
    assert "Kettle" not in written and "7731" not in written
    assert stat.S_IMODE((state_dir() / CRASH_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(state_dir().stat().st_mode) == 0o700

    next_start = CrashLog(state_dir())
    assert next_start.open() is True
    next_start.close()
    assert (state_dir() / PREVIOUS).read_text() == written  # kept for a bug report
    assert not (state_dir() / CRASH_FILE).exists()  # a clean exit leaves none


def test_a_clean_run_is_not_taken_for_a_crash():
    first = CrashLog(state_dir())
    assert first.open() is False
    first.close()
    second = CrashLog(state_dir())
    assert second.open() is False
    second.close()
