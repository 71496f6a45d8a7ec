"""Locking cancels running jobs at their next safe point instead of waiting them out."""

from __future__ import annotations

import threading

from healdesk.gui.base.background import jobs
from healdesk.vault.storage import layout


def test_lock_during_a_backup_cancels_it_and_leaves_no_file(open_session, qtbot, tmp_path):
    session = open_session
    vault = session.vault
    out = tmp_path / "backups" / f"today{layout.BACKUP_SUFFIX}"
    running = threading.Event()
    outcome: list[str] = []

    def job(progress):
        running.set()
        progress.wait(60)  # a long step: it ends only when the job is cancelled
        vault.backup_to(out, progress)

    task = jobs().start(
        job,
        succeeded=lambda _r: outcome.append("succeeded"),
        cancelled=lambda: outcome.append("cancelled"),
        failed=lambda e: outcome.append(f"failed: {e!r}"),
    )
    qtbot.waitUntil(running.is_set)
    session.lock()
    assert not task.is_running()
    assert session.vault is None
    qtbot.waitUntil(lambda: outcome != [])
    assert outcome == ["cancelled"]
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
