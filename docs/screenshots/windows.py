"""The app's windows from the demo journal: journal (light, dark), unlock, first-run setup and
preferences."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from healdesk.demo import DEMO_PASSPHRASE
from healdesk.gui.app.launch import open_demo
from healdesk.gui.app.session import Session
from healdesk.gui.base import appearance
from healdesk.gui.base.windows import present
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.data.preferences_dialog import PreferencesDialog
from healdesk.gui.unlock.setup_wizard import SetupWizard


def settle(app) -> None:
    for _ in range(10):
        app.processEvents()


def shoot(app, out: Path) -> list[Path]:
    written = []
    scratch = Path(tempfile.mkdtemp(prefix="healdesk-shots-windows-"))
    for scheme in ("light", "dark"):
        appearance.apply(app, scheme)
        session = Session(scratch / scheme, Preferences(), demo_passphrase=DEMO_PASSPHRASE)
        open_demo(session, session.folder)
        window = session.window
        window.resize(1180, 720)
        window.table.selectRow(3)
        settle(app)
        written.append(out / f"journal-{scheme}.png")
        window.grab().save(str(written[-1]))
        if scheme == "light":
            session.lock()
            session.unlock_window.resize(760, 520)
            settle(app)
            written.append(out / "unlock-light.png")
            session.unlock_window.grab().save(str(written[-1]))
        session.shutdown()
    appearance.apply(app, "light")
    wizard = SetupWizard(scratch / "new", rng=random.Random(1))
    present(wizard)
    settle(app)
    written.append(out / "setup-light.png")
    wizard.grab().save(str(written[-1]))
    wizard.reject()
    preferences = PreferencesDialog(Preferences())
    present(preferences)
    settle(app)
    written.append(out / "preferences-light.png")
    preferences.grab().save(str(written[-1]))
    preferences.reject()
    return written
