"""The demo journal as a person first meets it, on a 1280x720 screen, in the app's language
(`make.py --lang de` for German): tour-journal, tour-entry, tour-repair-step, tour-insights
and tour-export. The demo writes its entries in that language too; each dialog is drawn
centred over the journal window, as the app opens it.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from healdesk.core.repairs.template_loader import load_catalog
from healdesk.demo import DEMO_PASSPHRASE
from healdesk.gui.app.launch import open_demo
from healdesk.gui.app.session import Session
from healdesk.gui.base import appearance
from healdesk.gui.base.windows import FRAME_ROOM, pin_minimum_size
from healdesk.gui.data.preferences import Preferences
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.export.export_dialog import ExportDialog
from healdesk.gui.journal.journal_tabs import INSIGHTS
from healdesk.gui.repair.repair_wizard import RepairWizard

SCREEN = QSize(1280, 720)
#: The step of "Repair after a fight" shown: it offers the entry's own words to own.
REPAIR_STEP = "my-part"


def wait_for(app: QApplication, done, seconds: float = 20.0) -> None:
    """Let off-thread reads land (the insights read the whole journal off the UI thread)."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()


def entry_to_show(journal) -> int:
    """The newest entry with a repair and a noted order of moves: the most to read."""
    for summary in reversed(journal.summaries()):
        conflict = journal.get_conflict(summary.id)
        if conflict.move_order and journal.repairs(summary.id):
            return summary.id
    return journal.summaries()[-1].id


def over(app: QApplication, window: QWidget, dialog: QWidget, target: Path) -> None:
    """`dialog` as opened over `window` (its own size, at most the screen's), drawn centred."""
    pin_minimum_size(dialog)
    room = SCREEN - FRAME_ROOM  # as fit_to_screen leaves it on a 1280x720 screen
    dialog.setMinimumSize(dialog.minimumSize().boundedTo(room))
    dialog.resize(dialog.size().boundedTo(room))
    dialog.show()
    wait_for(app, lambda: False, 0.2)
    picture = window.grab()
    painter = QPainter(picture)
    shown = dialog.grab()
    corner = QPoint((SCREEN.width() - shown.width()) // 2, (SCREEN.height() - shown.height()) // 2)
    painter.drawPixmap(corner, shown)
    painter.setPen(dialog.palette().color(QPalette.ColorRole.Mid))  # the window's edge
    painter.drawRect(QRect(corner, shown.size()).adjusted(-1, -1, 0, 0))
    painter.end()
    picture.save(str(target))
    dialog.close()


def shoot(app, out: Path) -> list[Path]:
    appearance.apply(app, "light")
    scratch = Path(tempfile.mkdtemp(prefix="healdesk-shots-tour-"))
    session = Session(scratch / "tour", Preferences(), demo_passphrase=DEMO_PASSPHRASE)
    open_demo(session, session.folder)
    window, journal = session.window, session.window.journal
    window.resize(SCREEN)
    window.show()
    wait_for(app, lambda: False, 1.0)  # the follow-through reminder comes a moment later
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    conflict_id = entry_to_show(journal)
    window.show_entry(conflict_id)
    wait_for(app, lambda: window.current_id() == conflict_id)
    written = [out / f"tour-{name}.png" for name in ("journal", "entry", "repair-step")]
    window.grab().save(str(written[0]))

    over(app, window, ConflictDialog(journal, conflict_id, window), written[1])
    wizard = RepairWizard(
        journal, load_catalog().templates["repair-after-fight"], [conflict_id], parent=window
    )
    wizard.go_to(next(i for i, p in enumerate(wizard.pages, 1) if p.step.id == REPAIR_STEP))
    over(app, window, wizard, written[2])
    export = ExportDialog(journal, None, window)
    written += [out / "tour-insights.png", out / "tour-export.png"]

    window.tabs.setCurrentIndex(INSIGHTS)
    panel = window.tabs.widget(INSIGHTS)
    wait_for(app, lambda: panel.body.isVisibleTo(panel))
    window.grab().save(str(written[3]))
    window.tabs.setCurrentIndex(0)
    over(app, window, export, written[4])
    session.shutdown()
    return written
