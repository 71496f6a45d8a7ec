"""Regenerate the README screenshots from the demo journal (offscreen, no display needed).

Run from the repository root: python docs/screenshots/make.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SCRATCH = Path(tempfile.mkdtemp(prefix="healdesk-shots-"))
os.environ["HEALDESK_CONFIG_DIR"] = str(SCRATCH / "config")
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"


def settle(app) -> None:
    for _ in range(10):
        app.processEvents()


def main() -> None:
    from healdesk.demo import DEMO_PASSPHRASE
    from healdesk.gui import appearance
    from healdesk.gui.launch import make_app, open_demo
    from healdesk.gui.preferences import Preferences
    from healdesk.gui.session import Session
    from healdesk.gui.setup_wizard import SetupWizard
    from healdesk.gui.windows import present

    app = make_app()
    for scheme in ("light", "dark"):
        appearance.apply(app, scheme)
        session = Session(SCRATCH / scheme, Preferences(), demo_passphrase=DEMO_PASSPHRASE)
        open_demo(session, session.folder)
        window = session.window
        window.resize(1180, 720)
        window.table.selectRow(3)
        settle(app)
        window.grab().save(str(HERE / f"journal-{scheme}.png"))
        if scheme == "light":
            session.lock()
            session.unlock_window.resize(760, 520)
            settle(app)
            session.unlock_window.grab().save(str(HERE / "unlock-light.png"))
        session.shutdown()
    appearance.apply(app, "light")
    wizard = SetupWizard(SCRATCH / "new", rng=random.Random(1))
    present(wizard)
    settle(app)
    wizard.grab().save(str(HERE / "setup-light.png"))
    wizard.reject()


if __name__ == "__main__":
    main()
