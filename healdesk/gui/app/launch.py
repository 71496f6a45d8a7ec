"""`healdesk` with no sub-command: start Qt, then setup or unlock, then the journal.

Start-up imports only what the unlock screen needs; reportlab, keyring and zxcvbn are
imported when first used. `--demo` makes a throwaway vault in a temp folder, fills it with
invented entries and deletes it on exit.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path


def make_app():
    from PySide6.QtWidgets import QApplication

    from healdesk.gui.base import translator
    from healdesk.gui.base.identity import apply_identity

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_identity(app)
    translator.install(app)
    return app


def quit_on_signals(app, session) -> None:
    """Ctrl+C in the terminal or a SIGTERM locks and quits cleanly (and removes a demo
    journal). Qt's event loop never hands control to Python on its own, so a short timer
    lets the interpreter notice the signal."""
    import signal

    from PySide6.QtCore import QTimer

    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_args: session.quit())
    wake = QTimer(app)
    wake.timeout.connect(lambda: None)
    wake.start(250)


def open_demo(session, folder: Path) -> None:
    """Create and fill the demo vault and show it at once (create leaves it unlocked)."""
    from healdesk import demo
    from healdesk.vault import Vault

    vault, _recovery = Vault.create(folder, demo.DEMO_PASSPHRASE, demo=True)
    demo.fill(vault.journal)
    session.open(vault)


def run(data_dir: Path | None, demo: bool) -> int:
    from PySide6.QtCore import QTimer

    from healdesk.gui.app.session import Session
    from healdesk.gui.app.system_lock import SystemLockWatcher
    from healdesk.gui.base import appearance
    from healdesk.gui.data.preferences import Preferences
    from healdesk.locations import data_dir as default_data_dir

    app = make_app()
    preferences = Preferences()
    appearance.apply(app, preferences.appearance)
    scratch = Path(tempfile.mkdtemp(prefix="healdesk-demo-")) if demo else None
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
        quit_on_signals(app, session)
        app.aboutToQuit.connect(session.shutdown)
        app.aboutToQuit.connect(watcher.stop)
        return app.exec()
    finally:
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
