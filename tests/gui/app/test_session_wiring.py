"""The data actions inside the real app: a Data menu in the journal window, today's backup
made right after unlocking, and locking waits for running jobs."""

from __future__ import annotations


def test_unlocking_shows_the_data_menu_and_makes_todays_backup(open_session, qtbot):
    session = open_session
    menus = {a.text(): a.menu() for a in session.window.menuBar().actions()}
    assert list(menus) == ["&Journal", "&View", "&Data", "&Help"]
    texts = [a.text() for a in menus["&Data"].actions() if not a.isSeparator()]
    assert texts[:4] == [
        "&Backup now…",
        "&Restore from a backup…",
        "Change &passphrase…",
        "Replace the data &key…",
    ]
    qtbot.waitUntil(lambda: not session.data_actions.tasks, timeout=10_000)
    backups = list((session.folder / "backups").glob("auto-*.healdesk-backup"))
    assert len(backups) == 1
    session.lock()
    assert session.data_actions is None and session.vault is None
