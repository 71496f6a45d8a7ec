"""`healdesk --demo` as a real process: it starts, fills a throwaway journal, and on Ctrl+C
locks, quits and leaves nothing behind."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from tests.helpers.paths import ROOT


def test_demo_process_starts_and_cleans_up_on_ctrl_c(tmp_path, monkeypatch):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    process = subprocess.Popen(
        [sys.executable, "-m", "healdesk", "--demo"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not list(scratch.glob("healdesk-demo-*/journal/journal.db")):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the demo journal never appeared"
            time.sleep(0.1)
        time.sleep(1.0)  # let it reach the event loop with the journal window shown
        assert process.poll() is None
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert (out, err) == ("", "")
    assert list(scratch.iterdir()) == []
