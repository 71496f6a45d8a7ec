"""Lock and unlock 60 times while a backup, the keychain probe and draft autosave run: the
app neither crashes nor leaves a job, a window or a half-written file behind.

60 cycles keep the default run short (200 took two and a half minutes of a ten-minute suite);
for a long run, `HEALDESK_STRESS_CYCLES=1000 tests/soak.sh 5 tests/gui/app/test_stress.py`."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from healdesk.gui.base.background import jobs
from healdesk.gui.entry.entry_dialog import ConflictDialog, open_entry
from healdesk.vault import Vault

CYCLES = int(os.environ.get("HEALDESK_STRESS_CYCLES", "60"))


def test_lock_and_unlock_again_and_again_while_jobs_and_autosave_run(
    make_session, vault_folder, recovery_key, tmp_path, monkeypatch
):
    monkeypatch.setattr(ConflictDialog, "autosave_interval_ms", 0)  # every change saves at once
    session = make_session(vault_folder)
    for cycle in range(CYCLES):
        session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
        # Session.open started the keychain probe and today's backup (due once a day): one
        # more backup into a fresh folder makes sure a backup runs in every cycle.
        session.data_actions.run_automatic_backup(tmp_path / "backups" / str(cycle))
        dialogs = session.window.findChildren(ConflictDialog)
        dialog = dialogs[0] if dialogs else open_entry(session.vault.journal, None, session.window)
        dialog.ui.whatHappenedEdit.setPlainText(f"words of cycle {cycle}")
        QCoreApplication.processEvents()  # the autosave runs while the jobs do
        session.lock()  # jobs are cancelled and waited for; the draft is kept
        assert not any(task.is_running() for task in jobs().running())
        QCoreApplication.processEvents()  # their reports arrive (to windows that are gone)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the loop does

    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    (dialog,) = session.window.findChildren(ConflictDialog)
    assert dialog.ui.whatHappenedEdit.toPlainText() == f"words of cycle {CYCLES - 1}"
    db = session.vault.journal.db
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA cipher_integrity_check").fetchall() == []
    session.lock()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert jobs().running() == []
    leftovers = [p for p in tmp_path.rglob(".healdesk-backup-*")]
    assert leftovers == []  # a cancelled backup leaves no temporary folder
    for backup in tmp_path.rglob("*.healdesk-backup"):
        assert backup.stat().st_size > 0  # whole backups only
    assert len(QApplication.topLevelWidgets()) < 10  # windows of past cycles are gone
