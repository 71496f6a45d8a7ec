"""What Orca hears: the app runs on a real X display with the AT-SPI accessibility bus
(at-spi2-core), and a separate process (tests/helpers/atspi_reader.py, Debian's python3 with
pyatspi) reads its accessibility tree and hears its announcements, as a screen reader would.

The app goes through unlock, the journal, a new entry, one repair step and a lock; at each
window the reader lists what is showing (role and name); the saved entry and the lock must be
announced. Needs the Debian packages at-spi2-core, python3-pyatspi and dbus (.ci/run)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from tests.helpers.desktop import on_desktop
from tests.helpers.vaults import PASSPHRASE

READER = Path(__file__).parents[2] / "helpers" / "atspi_reader.py"
SYSTEM_PYTHON = "/usr/bin/python3"
A11Y_BUS_SERVICE = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")

SCENARIO = """
import faulthandler, json, os, subprocess, sys, tempfile
faulthandler.dump_traceback_later(100, exit=True)  # a hang fails with its stack, before 120 s
reader = ["/usr/bin/python3", sys.argv[3]]
# Listening before Qt starts: Qt asks at start-up which events anyone wants (see the reader).
listener = subprocess.Popen(
    [*reader, "listen", "Entry saved.", "Your journal is locked."],
    stdout=subprocess.PIPE, text=True,
)
assert listener.stdout.readline().strip() == "ready", "the AT-SPI listener did not start"

from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from healdesk.gui.app.launch import make_app
from healdesk.gui.app.session import Session
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.repair.repair_wizard import RepairWizard

app = make_app()


def wait_for(check, what):
    for _ in range(1600):  # up to 40 s; the event loop keeps answering the reader meanwhile
        if check():
            return
        QTest.qWait(25)
    raise SystemExit(f"gave up waiting for {what}")


def shown(kind):
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[0] if found else None


def read_tree(name, window):
    wait_for(lambda: window.windowHandle() is not None and window.windowHandle().isExposed(),
             name)
    QTest.qWait(0)
    with tempfile.TemporaryFile("w+") as out:
        tree = subprocess.Popen([*reader, "tree", str(os.getpid())], stdout=out, text=True)
        wait_for(lambda: tree.poll() is not None, "the tree reader")
        assert tree.returncode == 0, f"the tree reader failed on {name}"
        out.seek(0)
        print(json.dumps([name, [json.loads(line) for line in out]]))


session = Session(Path(sys.argv[1]), Preferences())
session.start()
unlock = session.unlock_window
read_tree("unlock", unlock)

unlock.passphrase.setText(sys.argv[2])
unlock.unlock_button.click()
wait_for(lambda: session.window is not None and session.window.isVisible(), "the journal")
read_tree("journal", session.window)

session.window.new_entry()
wait_for(lambda: shown(ConflictDialog), "the entry dialog")
entry = shown(ConflictDialog)
read_tree("entry", entry)
entry.ui.whatHappenedEdit.setPlainText("We talked past each other about the dishes.")
entry.save()

wait_for(lambda: session.window.pane.repairs is not None, "the saved entry's repairs")
repairs = session.window.pane.repairs
repairs.start(repairs.templates["repair-after-fight"])
wait_for(lambda: shown(RepairWizard), "the repair flow")
wizard = shown(RepairWizard)
wizard.next_button.click()  # from the welcome page to the first step
read_tree("repair", wizard)
wizard.save_for_later()

session.lock()
wait_for(lambda: listener.poll() is not None, "both announcements")
for line in listener.stdout:
    print(json.dumps(["heard", json.loads(line)]))
assert listener.returncode == 0, "the announcements never reached AT-SPI"
session.shutdown()
"""


def _screen_reader_parts() -> None:
    """A clear failure, never a skip, when the machine lacks what the test needs."""
    missing = [
        what
        for what, there in (
            ("dbus-run-session (Debian: dbus)", shutil.which("dbus-run-session")),
            ("the AT-SPI bus service (Debian: at-spi2-core)", A11Y_BUS_SERVICE.exists()),
            (
                "pyatspi for /usr/bin/python3 (Debian: python3-pyatspi)",
                subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], check=False).returncode
                == 0,
            ),
        )
        if not there
    ]
    assert not missing, "Install " + ", ".join(missing) + " (the list is in .ci/run)"


def _heard(vault_folder: Path) -> dict:
    _screen_reader_parts()
    output = on_desktop(
        SCENARIO, str(vault_folder), PASSPHRASE, str(READER), size="1280x720", screen_reader=True
    )
    trees, heard = {}, []
    for line in output.splitlines():
        name, rows = json.loads(line)
        if name == "heard":
            heard.append(rows)
        else:
            trees[name] = [(role, label) for _depth, role, label in rows]
    return {"trees": trees, "heard": heard}


#: Roles a person operates: Orca must have a name to say for each.
CONTROL_ROLES = {
    "push button",
    "check box",
    "radio button",
    "text",
    "password text",
    "combo box",
    "spin button",
    "slider",
    "page tab",
    "menu item",
    "table",
}


def test_a_screen_reader_hears_each_window_and_the_announcements(vault_folder):
    result = _heard(vault_folder)
    trees = result["trees"]
    for name, tree in trees.items():
        unnamed = [role for role, label in tree if role in CONTROL_ROLES and not label.strip()]
        assert unnamed == [], f"{name}: controls without a name: {unnamed}"

    assert {
        ("label", "Your journal is locked."),
        ("password text", "Passphrase"),
        ("push button", "Unlock"),
        ("push button", "Forgot it? Use the recovery key"),
    } <= set(trees["unlock"])
    assert {
        ("frame", "HealDesk"),
        ("menu item", "Journal"),
        ("page tab", "Entries"),
        ("page tab", "Timeline"),
        ("page tab", "Insights"),
        ("text", "Search entries"),
        ("push button", "Write an entry"),
    } <= set(trees["journal"])
    assert {
        ("dialog", "New entry — HealDesk"),
        ("spin button", "When it happened"),
        ("combo box", "Who it was with"),
        ("text", "What happened"),
        ("slider", "How intense it felt"),
        ("check box", "What I felt: hurt"),
        ("push button", "Save entry"),
        ("push button", "Close"),
    } <= set(trees["entry"])
    assert {
        ("dialog", "HealDesk"),  # a neutral title: the flow's name is never in the title bar
        ("label", "Step 1 of 10 · Mindset"),
        ("progress bar", "Progress through the steps"),
        ("push button", "Next"),
        ("push button", "Save and continue later"),
        # the saved entry, behind the flow: in the list, and said in the status bar
        ("table", "Entries"),
        ("status bar", "Entry saved."),
    } <= set(trees["repair"])
    assert any(role == "check box" for role, _name in trees["repair"])

    assert sorted(result["heard"]) == [
        ["object:announcement", "Entry saved."],
        ["object:announcement", "Your journal is locked."],
    ]
