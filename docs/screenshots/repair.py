"""One step of each built-in repair flow (light, plus one dark) and the due-commitments dialog."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from shots import grab

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.repair import Commitment
from healdesk.core.repairs.template_loader import load_catalog
from healdesk.gui.base import appearance
from healdesk.gui.repair.commitments_panel import DueCommitmentsDialog
from healdesk.gui.repair.repair_wizard import RepairWizard
from healdesk.vault import Vault
from healdesk.vault.stores.journal import Journal

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


def shoot_wizard(app, journal: Journal, conflict_id: int, template_id: str, target: Path) -> None:
    wizard = RepairWizard(journal, load_catalog().templates[template_id], [conflict_id])
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
    wizard.grab().save(str(target))
    wizard.close()


def shoot_commitments(app, journal: Journal, target: Path) -> None:
    for text, days in (
        ("Put my phone away during dinner", -2),
        ("Plan Saturday morning together", 1),
    ):
        journal.add_commitment(Commitment(text, date.today() + timedelta(days=days)))
    grab(app, DueCommitmentsDialog(journal), (600, 520), target)


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
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
        shots = [(tid, "light") for tid in SHOWN] + [("repair-after-fight", "dark")]
        for template_id, scheme in shots:
            appearance.apply(app, scheme)
            suffix = "-dark" if scheme == "dark" else ""
            written.append(out / f"repair-{template_id}{suffix}.png")
            shoot_wizard(app, journal, conflict_id, template_id, written[-1])
        appearance.apply(app, "light")
        written.append(out / "commitments-due.png")
        shoot_commitments(app, journal, written[-1])
        vault.lock()
    return written
