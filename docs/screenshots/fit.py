"""The main windows as they open on a 1280x720 screen (what a 1920x1080 display at 150%
offers), with normal text and with 150% text (QT_FONT_DPI=144): journal, Insights, the entry
dialog, a repair step and the unlock window, each at the size the app itself picks there.

The screen and the text size are fixed when Qt starts, so each set is drawn by this file run
as a process of its own: fit-<window>.png and fit-<window>-150.png.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The offscreen platform's one screen: 1280x720 at 96 dpi.
SCREEN = HERE.parents[1] / "tests" / "helpers" / "offscreen-screen.json"
#: File name suffix -> QT_FONT_DPI.
SETS = {"": "96", "-150": "144"}


def shoot(_app, out: Path) -> list[Path]:
    """make.py's entry: both sets, each in a fresh process."""
    written = []
    for suffix, dpi in SETS.items():
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={SCREEN}",
            "QT_FONT_DPI": dpi,
        }
        made = subprocess.run(
            [sys.executable, __file__, str(out), suffix],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if made.returncode != 0:
            raise RuntimeError(made.stderr)
        written += [Path(line) for line in made.stdout.split()]
    return written


def settle(app) -> None:
    from healdesk.gui.base.background import jobs

    for _ in range(5):
        jobs().finish(cancel=False)  # views read the journal off the UI thread
        app.processEvents()


def shoot_set(out: Path, suffix: str) -> list[Path]:
    from entry import fill

    from healdesk.core.repairs.template_loader import load_catalog
    from healdesk.demo import DEMO_PASSPHRASE
    from healdesk.gui.app.launch import make_app, open_demo
    from healdesk.gui.app.session import Session
    from healdesk.gui.base import appearance
    from healdesk.gui.base.windows import present
    from healdesk.gui.data.preferences import Preferences
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.journal.journal_tabs import ENTRIES, INSIGHTS
    from healdesk.gui.repair.repair_wizard import RepairWizard

    app = make_app()
    appearance.apply(app, "light")
    written: list[Path] = []

    def save(window, name: str) -> None:
        settle(app)
        written.append(out / f"fit-{name}{suffix}.png")
        window.grab().save(str(written[-1]))

    session = Session(
        Path(tempfile.mkdtemp(prefix="healdesk-fit-")) / "journal",
        Preferences(),
        demo_passphrase=DEMO_PASSPHRASE,
    )
    open_demo(session, session.folder)
    window = session.window
    window.table.selectRow(1)
    save(window, "journal")
    window.tabs.setCurrentIndex(INSIGHTS)
    save(window, "insights")
    window.tabs.setCurrentIndex(ENTRIES)

    window.new_entry()
    dialog = next(w for w in app.topLevelWidgets() if isinstance(w, ConflictDialog))
    fill(dialog)
    save(dialog, "entry-dialog")
    dialog.close_for_lock()

    template = load_catalog().templates["repair-after-fight"]
    wizard = RepairWizard(window.journal, template, [window.current_id()], parent=window)
    present(wizard)
    wizard.go_to(next(i for i, p in enumerate(wizard.pages, 1) if p.step.id == "impact"))
    save(wizard, "repair")
    wizard.close_for_lock()

    session.lock()
    save(session.unlock_window, "unlock")
    session.shutdown()
    return written


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from make import prepare

    prepare()
    for path in shoot_set(Path(sys.argv[1]), sys.argv[2]):
        print(path)
