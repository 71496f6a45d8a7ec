"""The entry dialog with invented content, light and dark, in a throwaway vault."""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from healdesk.core.conflict import Conflict, Person
from healdesk.gui.base import appearance
from healdesk.gui.entry.entry_dialog import ConflictDialog
from healdesk.vault import Vault


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


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "screenshot only, thrown away")
        journal = vault.journal
        journal.add_person(Person("Sam", "Partner"))
        journal.add_conflict(
            Conflict(datetime.now().astimezone(), "earlier", themes=["time together", "chores"])
        )
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            dialog = ConflictDialog(journal)
            dialog.resize(760, 980)
            fill(dialog)
            dialog.show()
            app.processEvents()
            written.append(out / f"entry-dialog-{scheme}.png")
            dialog.grab().save(str(written[-1]))
            dialog.close_for_lock()
        vault.lock()
    return written
