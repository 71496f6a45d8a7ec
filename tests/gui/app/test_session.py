"""From start to the journal: setup on a new folder, unlock on an existing one, the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.helpers.paths import ROOT
from tests.helpers.vaults import PASSPHRASE


def test_new_folder_starts_the_setup_wizard(make_session, tmp_path):
    session = make_session(tmp_path / "nothing-here-yet")
    session.start()
    assert session.setup_wizard is not None and session.setup_wizard.isVisible()
    assert session.unlock_window is None


def test_unlock_then_the_journal_window(make_session, vault_folder, qtbot):
    session = make_session(vault_folder)
    session.start()
    unlock = session.unlock_window
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(session.opened, timeout=15_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert session.window.isVisible() and session.unlock_window is None
    assert session.window.windowTitle() == "HealDesk"
    assert session.idle.active


def test_demo_journal_is_full_and_clearly_marked(make_session, tmp_path):
    from healdesk.demo import DEMO_PASSPHRASE
    from healdesk.gui.app.launch import open_demo

    session = make_session(tmp_path / "demo", demo_passphrase=DEMO_PASSPHRASE)
    open_demo(session, session.folder)
    window = session.window
    assert window.model.rowCount() > 50
    assert window.windowTitle() == "Demo journal — HealDesk"
    banners = [
        w.text() for w in window.findChildren(QLabel) if w.accessibleName() == "Demo journal"
    ]
    assert banners and banners[0].startswith("DEMO")
    session.lock()
    assert DEMO_PASSPHRASE in " ".join(w.text() for w in session.unlock_window.findChildren(QLabel))


def test_start_up_leaves_sqlcipher_reportlab_keyring_and_zxcvbn_unloaded(vault_folder):
    import subprocess
    import sys

    root = ROOT
    code = (
        "import sys\n"
        "from healdesk.gui.app.launch import make_app\n"
        "from healdesk.gui.data.preferences import Preferences\n"
        "from healdesk.gui.app.session import Session\n"
        "app = make_app()\n"
        f"session = Session({str(vault_folder)!r}, Preferences())\n"
        "session.start()\n"
        "app.processEvents()\n"
        "assert session.unlock_window.isVisible()\n"
        "heavy = ('sqlcipher3', 'reportlab', 'keyring', 'zxcvbn', 'cryptography')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_quitting_during_setup_waits_for_its_workers(make_session, tmp_path, qtbot):
    session = make_session(tmp_path / "new")
    session.start()
    wizard = session.setup_wizard
    session.shutdown()
    assert session.setup_wizard is None and not wizard.isVisible()
    assert not wizard._probe.is_running()
