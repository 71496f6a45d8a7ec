"""The app's data actions driven like a person: real vault, real background tasks, prompts
answered by monkeypatching healdesk.gui.base.prompts."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QPushButton

from healdesk.gui.base import prompts
from healdesk.gui.base.background import jobs
from healdesk.gui.data.data_menu import DataActions
from healdesk.vault import Vault
from healdesk.vault.errors import WrongRecoveryKey
from healdesk.vault.safekeeping.restore import Secret, inspect_backup
from tests.helpers.data_actions import Answers, StandInSession
from tests.helpers.journal_data import fill, table_rows
from tests.helpers.paths import FORMAT_FILES
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    qtbot.addWidget(main)
    return main


def test_backup_now_writes_a_backup_that_opens(
    qtbot, window, vault, recovery_key, tmp_path, monkeypatch
):
    fill(vault.journal, 5)
    out = tmp_path / "chosen" / "b.healdesk-backup"
    answers = Answers(monkeypatch, save_path=out)
    actions = DataActions(window, StandInSession(vault))
    assert [a.text() or "--" for a in actions.actions()] == [
        "&Backup now…",
        "&Restore from a backup…",
        "--",
        "Change &passphrase…",
        "Replace the data &key…",
        "&New recovery key…",
        "Remember on this &device",
        "--",
        "&Import entries…",
        "Export as HealDesk &JSON…",
        "Export as &Markdown…",
        "--",
        "&Merge another copy…",
    ]
    actions.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert answers.said[0][0] == "inform" and str(out) in answers.said[0][1]
    assert inspect_backup(out, Secret(recovery_key=recovery_key)).entries == 5


def test_restore_checks_shows_asks_then_replaces_and_locks(
    qtbot, window, vault, recovery_key, tmp_path, monkeypatch
):
    fill(vault.journal, 7)
    before = table_rows(vault.journal.db)
    backup = tmp_path / "b.healdesk-backup"
    vault.backup_to(backup)
    for summary in vault.journal.summaries()[:5]:
        vault.journal.delete_conflict(summary.id)
    vault.journal.empty_trash()
    answers = Answers(monkeypatch, open_path=backup, ask_secret=recovery_key)
    session = StandInSession(vault)
    DataActions(window, session).restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert "7 entries from 1 January 2025 to 7 January 2025, and 1 repair." in answers.asked[0]
    assert session.locks == 1
    assert "was restored" in answers.said[0][1]
    with Vault.unlock(vault.folder, passphrase=PASSPHRASE) as restored:
        assert table_rows(restored.journal.db) == before
    assert list((vault.folder / "backups").glob("before-restore-*"))


def test_restore_declined_changes_nothing(
    qtbot, window, vault, recovery_key, tmp_path, monkeypatch
):
    backup = tmp_path / "b.healdesk-backup"
    vault.backup_to(backup)
    answers = Answers(monkeypatch, open_path=backup, ask_secret=recovery_key, confirm=False)
    session = StandInSession(vault)
    DataActions(window, session).restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30_000)
    assert session.locks == 0 and vault.is_unlocked and not answers.said


def test_replace_data_key_shows_the_new_recovery_key(
    qtbot, window, vault, recovery_key, monkeypatch
):
    fill(vault.journal, 5)
    answers = Answers(monkeypatch, ask_secret=PASSPHRASE)
    actions = DataActions(window, StandInSession(vault))
    actions.rekey_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    kind, text = answers.said[0]
    assert kind == "inform", text
    assert "anywhere else" in text  # backups elsewhere are named
    (new_key,) = answers.shown_keys
    assert vault.journal.count() == 5
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, recovery_key=new_key).lock()
    with pytest.raises(Exception, match="does not open"):
        Vault.unlock(folder, recovery_key=recovery_key)


def test_a_mistyped_passphrase_or_a_cancel_changes_no_key(qtbot, window, vault, monkeypatch):
    keys_before = (vault.folder / "keys.json").read_bytes()
    answers = Answers(monkeypatch, ask_secret="not my passphrase")
    actions = DataActions(window, StandInSession(vault))
    actions.rekey_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert answers.said == [
        ("warn", "That passphrase does not open this journal. Please try again.")
    ]

    qtbot.waitUntil(lambda: not actions.tasks and not window.findChildren(QProgressDialog))

    fill(vault.journal, 300)
    monkeypatch.setattr(prompts, "ask_secret", lambda *_a: PASSPHRASE)
    actions.rekey_action.trigger()
    (task,) = actions.tasks
    (dialog,) = window.findChildren(QProgressDialog)
    (cancel,) = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(task.cancelled, timeout=30_000):
        cancel.click()  # the person presses Cancel
    assert (vault.folder / "keys.json").read_bytes() == keys_before
    assert vault.journal.count() == 300


def test_automatic_backup_after_unlock_once_a_day_into_the_chosen_folder(
    qtbot, window, vault, tmp_path, monkeypatch
):
    answers = Answers(monkeypatch)
    actions = DataActions(window, StandInSession(vault))
    chosen = tmp_path / "Synced"
    for expected in (True, False):  # the second unlock the same day makes none
        task = actions.run_automatic_backup(chosen)
        with qtbot.waitSignal(task.succeeded, timeout=30_000) as made:
            pass
        assert (made.args[0] is not None) == expected
    assert len(list(chosen.glob("auto-*.healdesk-backup"))) == 1
    assert not answers.said


def test_automatic_backup_failure_is_said_plainly(qtbot, window, vault, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    blocker = tmp_path / "not a folder"
    blocker.write_text("x")
    task = DataActions(window, StandInSession(vault)).run_automatic_backup(blocker)
    with qtbot.waitSignal(task.failed, timeout=30_000):
        pass
    assert answers.said[0][0] == "warn" and "Your journal itself is unchanged" in answers.said[0][1]


DAYONE = FORMAT_FILES / "dayone_export.json"


def test_import_adds_entries_and_a_second_import_only_skips(qtbot, window, vault, monkeypatch):
    from healdesk.formats import read_journal_file

    expected = len(read_journal_file(DAYONE)[1].conflicts)
    answers = Answers(monkeypatch, open_path=DAYONE)
    actions = DataActions(window, StandInSession(vault))
    for round_ in (1, 2):
        actions.import_action.trigger()
        qtbot.waitUntil(lambda n=round_: len(answers.said) == n, timeout=30_000)
    assert answers.said[0] == ("inform", f"Added {expected} entries and 0 repairs.")
    assert answers.said[1] == (
        "inform",
        f"Added 0 entries and 0 repairs. {expected} already in the journal were skipped.",
    )
    assert vault.journal.count() == expected


def test_export_json_then_import_into_a_new_vault_gives_the_same_journal(
    qtbot, window, vault, tmp_path, monkeypatch
):
    fill(vault.journal, 12)
    out = tmp_path / "journal.json"
    answers = Answers(monkeypatch, save_path=out, open_path=out)
    DataActions(window, StandInSession(vault)).export_json_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert answers.asked[0].startswith("An export is not encrypted")
    assert answers.said[0] == ("inform", f"12 entries were written to {out}.")
    assert out.stat().st_mode & 0o077 == 0

    other, _ = Vault.create(tmp_path / "other", "another passphrase!")
    try:
        DataActions(window, StandInSession(other)).import_action.trigger()
        qtbot.waitUntil(lambda: len(answers.said) == 2, timeout=30_000)
        assert [c.what_happened for c in other.journal.conflicts()] == [
            c.what_happened for c in vault.journal.conflicts()
        ]
    finally:
        other.lock()


def test_export_markdown_declined_writes_nothing_and_a_bad_file_is_said_plainly(
    qtbot, window, vault, tmp_path, monkeypatch
):
    out = tmp_path / "journal.md"
    answers = Answers(monkeypatch, save_path=out, confirm=False)
    actions = DataActions(window, StandInSession(vault))
    actions.export_markdown_action.trigger()
    assert not out.exists() and not actions.tasks

    broken = tmp_path / "broken.json"
    broken.write_text('{"entries": [')
    monkeypatch.setattr(prompts, "open_path", lambda *_a: broken)
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    kind, text = answers.said[0]
    assert kind == "warn" and "Something went wrong" not in text
    assert vault.journal.count() == 0


def test_new_recovery_key_and_no_device_option_without_a_keychain(
    qtbot, window, vault, recovery_key, monkeypatch
):
    answers = Answers(monkeypatch)
    actions = DataActions(window, StandInSession(vault))
    with qtbot.waitSignal(actions.probe_keychain().succeeded, timeout=30_000):
        pass
    assert not actions.device_action.isVisible()
    actions.recovery_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    (new_key,) = answers.shown_keys
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, recovery_key=new_key).lock()
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock(folder, recovery_key=recovery_key)


def test_locking_during_a_backup_stops_it_cleanly(qtbot, window, vault, tmp_path, monkeypatch):
    fill(vault.journal, 300)
    out = tmp_path / "b.healdesk-backup"
    Answers(monkeypatch, save_path=out)
    actions = DataActions(window, StandInSession(vault))
    actions.backup_action.trigger()
    (task,) = actions.tasks
    jobs().finish(actions)  # what the session's lock does first
    assert not task.is_running()
    vault.lock()  # what the session does next
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(".healdesk-backup-")]
    assert not leftovers  # cancelled or finished: never a half-written backup


def test_a_new_recovery_key_is_shown_and_typed_back_before_it_is_saved(
    qtbot, window, vault, recovery_key, monkeypatch
):
    keys_before = (vault.folder / "keys.json").read_bytes()
    own = vault.folder / "backups" / "own.healdesk-backup"
    vault.backup_to(own)
    answers = Answers(monkeypatch)
    seen_on_disk: list[bytes] = []
    typed_back = prompts.retype

    def retype_and_look(*args):
        seen_on_disk.append((vault.folder / "keys.json").read_bytes())
        return typed_back(*args)

    monkeypatch.setattr(prompts, "retype", retype_and_look)
    DataActions(window, StandInSession(vault)).recovery_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.said), timeout=30_000)
    assert seen_on_disk == [keys_before]  # shown while the old key file was still in place
    (new_key,) = answers.shown_keys
    with pytest.raises(WrongRecoveryKey):
        inspect_backup(own, Secret(recovery_key=recovery_key))
    assert inspect_backup(own, Secret(recovery_key=new_key)).entries == 0
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, recovery_key=new_key).lock()


def test_a_mistyped_new_recovery_key_changes_nothing(
    qtbot, window, vault, recovery_key, monkeypatch
):
    keys_before = (vault.folder / "keys.json").read_bytes()
    answers = Answers(monkeypatch, retype="0000-0000-0000-0000-0000-0000-0000-0000")
    actions = DataActions(window, StandInSession(vault))
    actions.recovery_action.trigger()
    assert answers.said and answers.said[0][0] == "warn"
    assert "nothing was changed" in answers.said[0][1]
    assert not actions.tasks
    assert (vault.folder / "keys.json").read_bytes() == keys_before
    folder = vault.folder
    vault.lock()
    Vault.unlock(folder, recovery_key=recovery_key).lock()


def test_restoring_another_journals_backup_says_so_first(
    qtbot, window, vault, tmp_path, monkeypatch
):
    other, other_key = Vault.create(tmp_path / "other", "another journal's passphrase")
    backup = tmp_path / "other.healdesk-backup"
    other.backup_to(backup)
    other.lock()
    keys_before = (vault.folder / "keys.json").read_bytes()
    answers = Answers(monkeypatch, open_path=backup, ask_secret=other_key, confirm=False)
    session = StandInSession(vault)
    DataActions(window, session).restore_action.trigger()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30_000)
    assert "DIFFERENT journal" in answers.asked[0]
    assert session.locks == 0 and (vault.folder / "keys.json").read_bytes() == keys_before
