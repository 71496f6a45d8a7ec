"""Start-up stays light: the unlock window appears before anything heavy is imported.

A regression guard, not a timing test: a fresh interpreter builds the unlock window the way
`healdesk.gui.app.launch.run` does and reports which modules it loaded. PDF export, the keychain,
the strength meter, SQLCipher, cryptography and the journal window are all needed only after
unlocking (tests/bench/bench_app.py measures what that saves).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.helpers.paths import ROOT

#: Modules (and their submodules) that must not be loaded while the unlock window is shown.
HEAVY = (
    "reportlab",
    "keyring",
    "zxcvbn",
    "jeepney",
    "sqlcipher3",
    "cryptography",
    "healdesk.vault.vault",
    "healdesk.vault.stores.journal",
    "healdesk.gui.journal.main_window",
    "healdesk.gui.unlock.setup_wizard",
    "healdesk.gui.unlock.passphrase_form",
    "healdesk.gui.data.data_menu",
    "healdesk.export",
)

#: Builds the unlock window as launch.run does, then prints the loaded module names.
CHILD = """
import json, sys
from pathlib import Path
from healdesk.gui.base import appearance
from healdesk.gui.app.launch import make_app
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.app.session import Session

app = make_app()
preferences = Preferences()
appearance.apply(app, preferences.appearance)
session = Session(Path(sys.argv[1]), preferences)
session.start()
app.processEvents()
assert session.unlock_window is not None and session.unlock_window.isVisible()
print(json.dumps(sorted(sys.modules)))
session.shutdown()
"""


def modules_at_unlock_window(folder: Path) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return set(json.loads(result.stdout.splitlines()[-1]))


def loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(module.startswith(f"{name}.") for module in modules)


def test_unlock_window_appears_without_heavy_modules(vault_folder):
    modules = modules_at_unlock_window(vault_folder)
    # The probe really saw the start-up: the window's own modules are there.
    assert {
        "PySide6.QtWidgets",
        "healdesk.gui.unlock.unlock_window",
        "healdesk.vault.access.keyfile",
    } <= modules
    assert [name for name in HEAVY if loaded(modules, name)] == []


def test_the_guard_notices_a_heavy_module():
    assert loaded({"reportlab.pdfgen.canvas"}, "reportlab")
    assert loaded({"healdesk.gui.journal.main_window"}, "healdesk.gui.journal.main_window")
    assert not loaded({"healdesk.vault.access.keyfile"}, "healdesk.vault.vault")
