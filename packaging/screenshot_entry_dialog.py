"""Render docs/screenshots/entry-dialog-{light,dark}.png: the entry dialog with invented
content, offscreen, in a throwaway vault. Run after changing the entry dialog's looks."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from healdesk.core.conflict import Conflict, Person  # noqa: E402
from healdesk.gui.entry_dialog import ConflictDialog  # noqa: E402
from healdesk.vault import Vault  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#24262b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1c1e22"),
        (QPalette.ColorRole.AlternateBase, "#2a2d33"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#2f3238"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#6f9fd8"),
        (QPalette.ColorRole.HighlightedText, "#101214"),
        (QPalette.ColorRole.PlaceholderText, "#8a8d93"),
        (QPalette.ColorRole.Mid, "#45484f"),
        (QPalette.ColorRole.Midlight, "#3a3d44"),
        (QPalette.ColorRole.Dark, "#15171a"),
        (QPalette.ColorRole.Light, "#4a4e56"),
        (QPalette.ColorRole.Shadow, "#0b0c0e"),
        (QPalette.ColorRole.ToolTipBase, "#2f3238"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def fill(dialog: ConflictDialog) -> None:
    ui = dialog.ui
    when = datetime.now().astimezone().replace(hour=21, minute=40, second=0) - timedelta(days=1)
    fields = {
        "happened_at": when.isoformat(),
        "person": "Sam",
        "role": "Partner",
        "intensity": 6,
        "settled": 2,
        "what_happened": (
            "Sam came home late again without texting. Dinner had gone cold and I said "
            "\u201cyou always do this\u201d. He said I never let anything go. We went to bed "
            "without talking."
        ),
        "themes": ["time together", "communication"],
        "my_feelings": ["hurt", "lonely", "unheard", "invisible"],
        "my_feelings_note": "Like I was waiting for someone who forgot I was there.",
        "my_part": ["raising my voice", "bringing up the past"],
        "my_part_note": "",
        "their_feelings": ["tired", "frustrated"],
        "their_feelings_note": "",
        "my_wish": ["connection", "reassurance"],
        "their_wish": ["appreciation", "rest"],
        "private_notes": "",
    }
    dialog._write(fields)
    ui.scrollArea.verticalScrollBar().setValue(0)


def main() -> int:
    app = QApplication(sys.argv)
    app.setStyle(QStyleFactory.create("Fusion"))
    light = app.palette()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "screenshot only, thrown away")
        journal = vault.journal
        journal.add_person(Person("Sam", "Partner"))
        journal.add_conflict(
            Conflict(datetime.now().astimezone(), "earlier", themes=["time together", "chores"])
        )
        for name, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            dialog = ConflictDialog(journal)
            dialog.resize(760, 980)
            fill(dialog)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(OUT / f"entry-dialog-{name}.png"))
            dialog.close_for_lock()
        vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
