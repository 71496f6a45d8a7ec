"""`healdesk` with no sub-command: start Qt, then setup or unlock, then the journal.

Start-up imports only what the unlock screen needs; reportlab, keyring and zxcvbn are
imported when first used. `--demo` makes a throwaway vault in a temp folder, fills it with
invented entries and deletes it on exit.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from healdesk.i18n import N_, _


def make_app():
    from PySide6.QtWidgets import QApplication

    from healdesk.gui.base import translator
    from healdesk.gui.base.identity import apply_identity

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_identity(app)
    translator.install(app)
    return app


def quit_on_signals(app, quit_app: Callable[[], None]) -> None:
    """Ctrl+C in the terminal or a SIGTERM locks and quits cleanly (and removes a demo
    journal). Installed before anything starts: the request waits for the event loop (a
    KeyboardInterrupt in the middle of opening the journal would leave a job's thread
    running at exit). Qt's event loop never hands control to Python on its own, so a short
    timer lets the interpreter notice the signal."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: QTimer.singleShot(0, quit_app))
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


#: Said at the start after a run that ended unexpectedly (healdesk.crashlog).
CLOSED_UNEXPECTEDLY = N_(
    "HealDesk closed unexpectedly last time. Your journal is safe, and anything you were "
    "still writing was kept as a draft: it opens again once you unlock."
)


def tell_about_last_crash(session) -> None:
    """Calmly, over the first window: the last run ended unexpectedly, the drafts were kept."""
    from healdesk import APP_NAME
    from healdesk.gui.base import prompts

    prompts.inform(session.unlock_window or session.window, APP_NAME, _(CLOSED_UNEXPECTEDLY))


def open_demo(session, folder: Path) -> None:
    """Create and fill the demo vault and show it at once (create leaves it unlocked)."""
    from healdesk import demo
    from healdesk.vault import Vault

    vault, _recovery = Vault.create(folder, demo.DEMO_PASSPHRASE, demo=True)
    demo.fill(vault.journal)
    session.open(vault)


def run(data_dir: Path | None, demo: bool) -> int:
    from PySide6.QtCore import QTimer

    from healdesk.crashlog import CrashLog
    from healdesk.gui.app.session import Session
    from healdesk.gui.app.system_lock import SystemLockWatcher
    from healdesk.gui.base import appearance
    from healdesk.gui.base.background import collect_on_ui_thread
    from healdesk.gui.data.preferences import Preferences
    from healdesk.locations import data_dir as default_data_dir
    from healdesk.locations import state_dir

    app = make_app()
    collect_on_ui_thread()  # before the first worker or D-Bus thread (docs: "Threads")
    crash_log = CrashLog(state_dir())
    crashed_last_time = crash_log.open()
    preferences = Preferences()
    appearance.apply(app, preferences.appearance)
    scratch = Path(tempfile.mkdtemp(prefix="healdesk-demo-")) if demo else None
    session = None

    def quit_app() -> None:
        if session is not None:
            session.quit()
        else:
            app.quit()

    quit_on_signals(app, quit_app)
    try:
        if scratch is not None:
            from healdesk.demo import DEMO_PASSPHRASE

            session = Session(scratch / "journal", preferences, demo_passphrase=DEMO_PASSPHRASE)
            open_demo(session, session.folder)
        else:
            folder = data_dir or preferences.vault_folder or default_data_dir()
            session = Session(folder, preferences)
            session.start()
        watcher = SystemLockWatcher()
        watcher.locking.connect(session.system_locking)
        # Connecting to D-Bus (and importing jeepney) takes tens of ms: let the first window
        # reach the screen before that, once the event loop runs.
        QTimer.singleShot(0, watcher.start)
        if crashed_last_time:
            QTimer.singleShot(0, lambda: tell_about_last_crash(session))
        app.aboutToQuit.connect(session.shutdown)
        app.aboutToQuit.connect(watcher.stop)
        return app.exec()
    finally:
        if session is not None:
            session.shutdown()  # also after an error: no job's thread outlives the app
        crash_log.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
