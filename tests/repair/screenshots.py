"""Screenshots of one step of each built-in flow for docs/screenshots (light, plus one dark).

`python -m tests.repair.screenshots` from the repository root; uses a throwaway vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).parents[2] / "docs" / "screenshots"

#: The step shown for each flow, and answers typed into it so the page looks in use.
SHOWN = {
    "prepare-conversation": (
        "their-wish-questions",
        {"questions": "How am I coming across right now?"},
    ),
    "repair-after-fight": (
        "impact",
        {"impact": "I can see how, when I walked out, it felt lonely to you."},
    ),
    "understand-together": ("feelings", {}),
}


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#24272b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1c1e21",
        QPalette.ColorRole.AlternateBase: "#2a2d31",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#303338",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#5b8fc7",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Mid: "#55595f",
        QPalette.ColorRole.Midlight: "#3a3e43",
        QPalette.ColorRole.PlaceholderText: "#9a9ea4",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    from healdesk.core.conflict import Conflict
    from healdesk.core.templates import load_catalog
    from healdesk.gui.repair_wizard import RepairWizard
    from healdesk.vault import Vault

    OUT.mkdir(parents=True, exist_ok=True)
    catalog = load_catalog().templates
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "screenshots only 1")
        journal = vault.journal
        conflict_id = journal.add_conflict(
            Conflict(
                datetime(2026, 3, 3, 20, 15, tzinfo=UTC),
                "About the dishes.",
                my_feelings=["hurt", "tired"],
                their_feelings=["dismissed"],
                my_part=["raising my voice", "walking away"],
                their_wish=["reassurance"],
            )
        )
        shots = [(tid, False) for tid in SHOWN] + [("repair-after-fight", True)]
        for template_id, dark in shots:
            app.setPalette(dark_palette() if dark else app.style().standardPalette())
            wizard = RepairWizard(journal, catalog[template_id], [conflict_id])
            step_id, typed = SHOWN[template_id]
            if template_id == "understand-together":
                wizard.pages[0].fields["first"].set_value("Sam")
                wizard.pages[0].fields["second"].set_value("Alex")
            index = next(i for i, p in enumerate(wizard.pages, 1) if p.step.id == step_id)
            for field_id, words in typed.items():
                wizard.pages[index - 1].fields[field_id].set_value(words)
            wizard.resize(760, 600)
            wizard.show()
            wizard.go_to(index)
            app.processEvents()
            name = f"repair-{template_id}{'-dark' if dark else ''}.png"
            wizard.grab().save(str(OUT / name))
            print(OUT / name)
            wizard.close()
        from datetime import date, timedelta

        from healdesk.core.repair import Commitment
        from healdesk.gui.commitments_panel import DueCommitmentsDialog

        app.setPalette(app.style().standardPalette())
        for text, days in (
            ("Put my phone away during dinner", -2),
            ("Plan Saturday morning together", 1),
        ):
            journal.add_commitment(Commitment(text, date.today() + timedelta(days=days)))
        dialog = DueCommitmentsDialog(journal)
        dialog.resize(600, 520)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(OUT / "commitments-due.png"))
        print(OUT / "commitments-due.png")
        dialog.close()
        vault.lock()
    return 0


if __name__ == "__main__":
    sys.exit(main())
