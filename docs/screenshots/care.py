"""Care and safety: the check, the page that steps the repair flows back (with the safety
plan), the break companion, the listening turn of "Understand a fight together", and the
notice and list of the unlock history."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from healdesk.core.conflict import Conflict
from healdesk.core.repairs.template_loader import load_catalog
from healdesk.core.safety import unlock_history
from healdesk.gui.base import appearance
from healdesk.gui.care.break_companion import BreakCompanion
from healdesk.gui.care.care_check import CareCheckDialog
from healdesk.gui.care.safety_page import SafetyPage
from healdesk.gui.care.unlock_history import UnlockHistoryDialog, UnlockNotice
from healdesk.gui.repair.repair_wizard import RepairWizard
from healdesk.vault import Vault
from healdesk.vault.stores.unlock_history import record_failure


def _grab(app, window, size: tuple[int, int], target: Path) -> Path:
    window.resize(*size)
    window.show()
    app.processEvents()
    window.grab().save(str(target))
    window.close()
    window.deleteLater()
    return target


def _listening_turn(journal, conflict_id: int) -> RepairWizard:
    wizard = RepairWizard(journal, load_catalog().templates["understand-together"], [conflict_id])
    wizard.pages[0].fields["first"].set_value("Sam")
    wizard.pages[0].fields["second"].set_value("Alex")
    index = next(i for i, p in enumerate(wizard.pages, 1) if p.step.id == "listen-to-first")
    wizard.pages[index - 1].fields["heard"].set_value(
        "You felt alone with the dishes, and tired after a long day."
    )
    wizard.go_to(index)
    return wizard


def _unlock_history(app, folder: Path, recovery_key: str, out: Path) -> list[Path]:
    """Three attempts that did not open the journal one night, then an opening."""
    for minute in (10, 11, 13):
        record_failure(folder, datetime(2026, 3, 4, 2, minute, tzinfo=UTC))
    written = []
    with Vault.unlock(folder, recovery_key=recovery_key) as vault:
        text = unlock_history.notice(vault.journal.unseen_failures()) or ""
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            notice = UnlockNotice(vault.journal, text)
            written.append(_grab(app, notice, (560, 220), out / f"care-unlock-notice-{scheme}.png"))
            history = UnlockHistoryDialog(vault.journal)
            written.append(
                _grab(app, history, (620, 440), out / f"care-unlock-history-{scheme}.png")
            )
    return written


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, recovery_key = Vault.create(Path(folder) / "care", "screenshots only")
        journal = vault.journal
        conflict_id = journal.add_conflict(
            Conflict(datetime(2026, 3, 3, 20, 15, tzinfo=UTC), "About the dishes.", person="Sam")
        )
        journal.save_care_check("Sam", {"eggshells"})
        journal.save_safety_plan({"people": "Jo next door (0161 496 0000)"})
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            check = CareCheckDialog(journal, "Sam")
            written.append(_grab(app, check, (640, 500), out / f"care-check-{scheme}.png"))
            page = SafetyPage(journal, stepped_back=True)
            written.append(_grab(app, page, (680, 760), out / f"care-safety-page-{scheme}.png"))
            companion = BreakCompanion(
                journal, lambda: datetime(2026, 3, 3, 21, 0, tzinfo=UTC).astimezone()
            )
            companion.start()
            written.append(_grab(app, companion, (560, 420), out / f"care-break-{scheme}.png"))
            journal.end_break()
            wizard = _listening_turn(journal, conflict_id)
            written.append(
                _grab(app, wizard, (760, 640), out / f"repair-listening-turn-{scheme}.png")
            )
        vault.lock()
        written += _unlock_history(app, Path(folder) / "care", recovery_key, out)
    return written
