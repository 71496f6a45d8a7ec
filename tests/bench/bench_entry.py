"""Entry dialog benchmarks: how quickly the dialog is ready to type into, and what a save and
a draft cost, in a journal with many people and themes (`--quick`: fewer).

Floors: the bare generated form (setupUi on a QDialog: what Qt itself needs for the layout),
and the Journal calls the dialog makes, so each ratio is what the dialog's own logic adds.
Run: python -m tests.bench.bench_entry [--quick]
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QDialog

from healdesk.core.conflict import Conflict, Person
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.gui.forms.ui_conflict_entry import Ui_ConflictDialog
from healdesk.vault import Vault
from tests.bench.timing import Row, bench_options, median_time, report


def sample(index: int) -> Conflict:
    return Conflict(
        datetime.now().astimezone(),
        "We talked past each other again about the weekend. " * 8,
        person=f"Person {index % 40}",
        intensity=index % 11,
        my_feelings=["hurt", "tired"],
        my_part=["going silent"],
        themes=[f"theme {index % 60}", "plans"],
        settled=1 + index % 5,
    )


def run(labels: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    vault, _ = Vault.create(folder, "benchmark passphrase")
    journal = vault.journal
    with journal.transaction():
        for i in range(labels):
            journal.add_person(Person(f"Person {i}", "Friend"))
            journal.add_theme(f"theme {i}")
        existing = journal.add_conflict(sample(1))

    def bare_form() -> None:
        dialog = QDialog()
        Ui_ConflictDialog().setupUi(dialog)
        dialog.deleteLater()
        app.processEvents()

    def open_dialog(conflict_id: int | None) -> None:
        dialog = ConflictDialog(journal, conflict_id)
        dialog.close_for_lock()
        dialog.deleteLater()
        app.processEvents()

    floor_form = median_time(bare_form, 7)
    rows = [
        Row(
            "open a new entry",
            median_time(lambda: open_dialog(None), 7),
            "bare form",
            floor_form,
            "<= 100 ms",
        ),
        Row(
            "open an existing entry",
            median_time(lambda: open_dialog(existing), 7),
            "bare form",
            floor_form,
            "<= 100 ms",
        ),
    ]

    dialog = ConflictDialog(journal)
    dialog.ui.whatHappenedEdit.setPlainText("We talked past each other. " * 150)
    dialog.ui.themePicker.set_themes(["plans"])
    payload = {"fields": {"what_happened": dialog.ui.whatHappenedEdit.toPlainText()}}
    rows.append(
        Row(
            "autosave a draft",
            median_time(dialog.save_draft, 9),
            "Journal.save_draft",
            median_time(lambda: journal.save_draft("bench", payload), 9),
        )
    )
    journal.discard_draft(dialog.draft_key)

    def save_through_dialog() -> None:
        entry = ConflictDialog(journal)
        entry.ui.whatHappenedEdit.setPlainText("We talked past each other. " * 20)
        entry.ui.themePicker.set_themes(["plans", "theme 3"])
        entry.save()
        entry.deleteLater()

    rows.append(
        Row(
            "save a new entry (dialog)",
            median_time(save_through_dialog, 7),
            "open + Journal.add_conflict",
            median_time(lambda: open_dialog(None), 7)
            + median_time(lambda: journal.add_conflict(sample(2)), 7),
        )
    )
    vault.lock()
    return rows


def main() -> None:
    args = bench_options("100 people and themes")
    labels = 100 if args.quick else 1_000
    report(f"Entry dialog with {labels:,} people and {labels:,} themes", run(labels), args)


if __name__ == "__main__":
    main()
