"""Merging in the app: Data > Merge another copy…, the one-line offer at unlock for copies a
sync service left, the other version shown on the entry, and a stale lock of another computer
opened only when the person says so."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from healdesk.core.conflict import Conflict
from healdesk.gui.base.windows import present
from healdesk.gui.unlock.unlock_window import UnlockWindow
from healdesk.vault import Vault
from healdesk.vault.storage.instance_lock import LOCK_NAME
from healdesk.vault.storage.lock_holder import STALE_AFTER, LockHolder
from tests.helpers.copies import Clock, copy_vault, unlocked
from tests.helpers.vaults import PASSPHRASE

SYNCTHING = "journal.sync-conflict-20261201-140233-ABCDEFG.db"
NEXTCLOUD = "journal (conflicted copy 2026-12-01 140233).db"


def write(folder, recovery_key, text: str, day: int = 1) -> int:
    with unlocked(folder, recovery_key) as vault:
        return vault.journal.add_conflict(Conflict(datetime(2026, 5, day, tzinfo=UTC), text))


def finished(session) -> bool:
    return not session.data_actions.tasks


def test_merge_another_copy_shows_the_plan_then_merges(
    qtbot, answers, make_session, vault_folder, recovery_key, tmp_path
):
    other = copy_vault(vault_folder, tmp_path / "other")
    write(other, recovery_key, "Written on the other computer")
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    answers.update(open_path=other / "journal.db", confirm=True, inform=None)
    session.data_actions.merge.action.trigger()
    qtbot.waitUntil(lambda: any(a[0] == "inform" for a in answers["asked"]), timeout=20_000)
    qtbot.waitUntil(lambda: finished(session), timeout=5_000)
    (plan_text,) = [a[1][2] for a in answers["asked"] if a[0] == "confirm"]
    assert "New from the other copy: 1 entry." in plan_text
    assert [c.what_happened for c in session.vault.journal.conflicts()] == [
        "Written on the other computer"
    ]


def test_conflict_copies_are_offered_at_unlock_merged_and_put_away(
    qtbot, answers, make_session, vault_folder, recovery_key, tmp_path
):
    for name in (SYNCTHING, NEXTCLOUD):
        other = copy_vault(vault_folder, tmp_path / name)
        write(other, recovery_key, f"From {name[:12]}")
        shutil.copy(other / "journal.db", vault_folder / name)
    answers.update(confirm=True, inform=None)
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    qtbot.waitUntil(lambda: any(a[0] == "inform" for a in answers["asked"]), timeout=20_000)
    (offer,) = [a[1][2] for a in answers["asked"] if a[0] == "confirm"]
    assert "copies that a sync service kept" in offer
    assert len(session.vault.journal.conflicts()) == 2
    assert sorted(p.name for p in (vault_folder / "merged").iterdir()) == sorted(
        [SYNCTHING, NEXTCLOUD]
    )


def test_a_declined_offer_changes_nothing(
    qtbot, answers, make_session, vault_folder, recovery_key, tmp_path
):
    other = copy_vault(vault_folder, tmp_path / "other")
    write(other, recovery_key, "Not merged yet")
    shutil.copy(other / "journal.db", vault_folder / SYNCTHING)
    answers.update(confirm=False)
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    assert session.vault.journal.count() == 0 and (vault_folder / SYNCTHING).exists()


def test_the_other_version_is_shown_on_the_entry(
    qtbot, answers, make_session, vault_folder, recovery_key, tmp_path, monkeypatch
):
    Clock(monkeypatch)
    entry_id = write(vault_folder, recovery_key, "First words")
    other = copy_vault(vault_folder, tmp_path / "other")
    for folder, text in ((vault_folder, "As written here"), (other, "As written there, later")):
        with unlocked(folder, recovery_key) as vault:
            changed = vault.journal.get_conflict(entry_id)
            changed.what_happened = text
            vault.journal.update_conflict(changed)
    session = make_session(vault_folder)
    session.open(Vault.unlock(vault_folder, recovery_key=recovery_key))
    answers.update(open_path=other / "journal.db", confirm=True, inform=None)
    session.data_actions.merge.action.trigger()
    qtbot.waitUntil(lambda: any(a[0] == "inform" for a in answers["asked"]), timeout=20_000)
    session.window.pane.show_conflict(entry_id)
    shown = session.window.pane.detail.toPlainText()
    assert "As written there, later" in shown
    assert "Another version, from the other copy" in shown and "As written here" in shown


def test_a_stale_lock_of_another_computer_opens_only_after_asking(qtbot, answers, vault_folder):
    since = datetime.now(UTC).replace(microsecond=0) - STALE_AFTER - timedelta(hours=1)
    (vault_folder / LOCK_NAME).write_bytes(LockHolder("Laptop", 7, since).encode())
    window = UnlockWindow(vault_folder)
    qtbot.addWidget(window)
    present(window)
    answers.update(confirm=False)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.message.isVisible(), timeout=15_000)
    assert "open on Laptop since" in window.message.text()
    answers.update(confirm=True)
    qtbot.keyClicks(window.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.opened, timeout=15_000) as opened:
        qtbot.keyClick(window.passphrase, Qt.Key.Key_Return)
    opened.args[0].lock()
