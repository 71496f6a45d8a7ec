"""Repair benchmarks: loading templates, opening a flow, follow-through over years of promises.

Floors: parsing the same TOML without validation; a dialog holding as many plain line edits as
the flow has controls; one bare pass over the commitments. Commitments: 20,000 (`--quick`: 2,000).
Run: python -m tests.bench.bench_repair [--quick]
"""

from __future__ import annotations

import os
import random
import tempfile
import tomllib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from healdesk.core.repairs.followthrough import counts, needs_attention
from healdesk.core.repairs.repair import CheckIn, CheckInResult, Commitment
from healdesk.core.repairs.template_loader import builtin_folder, load_catalog
from tests.bench.timing import Row, bench_options, entries, median_time, report

TODAY = date(2026, 3, 10)


def make_commitments(count: int, seed: int = 7) -> list[Commitment]:
    rng = random.Random(seed)
    results = list(CheckInResult)
    found = []
    for i in range(count):
        due = TODAY + timedelta(days=rng.randint(-3000, 30)) if rng.random() < 0.9 else None
        check_ins = [
            CheckIn(datetime(2026, 1, 1, tzinfo=UTC), rng.choice(results))
            for _ in range(rng.randint(0, 2))
        ]
        found.append(Commitment(f"promise {i}", due, None, check_ins, i))
    return found


def run(count: int) -> list[Row]:
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

    from healdesk.core.conflict import Conflict
    from healdesk.gui.repair.repair_wizard import RepairWizard
    from healdesk.vault import Vault

    rows = []
    texts = [p.read_text(encoding="utf-8") for p in sorted(builtin_folder().glob("*.toml"))]
    rows.append(
        Row(
            "load + validate built-in templates",
            median_time(load_catalog, 20),
            "tomllib.loads of the same files",
            median_time(lambda: [tomllib.loads(t) for t in texts], 20),
        )
    )

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "benchmark passphrase")
        journal = vault.journal
        conflict_id = journal.add_conflict(
            Conflict(datetime(2026, 3, 3, tzinfo=UTC), "x", my_part=["sarcasm"])
        )
        template = load_catalog().templates["repair-after-fight"]
        probe = RepairWizard(journal, template, [conflict_id])
        controls = len(probe.findChildren(QLineEdit)) + len(
            probe.findChildren(type(probe.next_button))
        )
        probe.deleteLater()

        def plain_dialog() -> None:
            dialog = QDialog()
            layout = QVBoxLayout(dialog)
            for _ in range(controls):
                layout.addWidget(QLineEdit(dialog))
            dialog.deleteLater()

        def wizard() -> None:
            RepairWizard(journal, template, [conflict_id]).deleteLater()

        rows.append(
            Row(
                "open 'Repair after a fight'",
                median_time(wizard, 7),
                f"dialog of {controls} line edits",
                median_time(plain_dialog, 7),
                "< 150 ms",
            )
        )
        app.processEvents()
        vault.lock()

    commitments = make_commitments(count)

    def bare() -> int:
        return sum(1 for c in commitments if c.due is not None and c.check_ins is not None)

    rows.append(
        Row(
            f"counts + due list, {count:,} promises",
            median_time(lambda: (counts(commitments, TODAY), needs_attention(commitments, TODAY))),
            "one bare pass over them",
            median_time(bare),
            "< 50 ms",
        )
    )
    return rows


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args = bench_options("2,000 commitments")
    report("Guided repair", run(entries(args)), args)


if __name__ == "__main__":
    main()
