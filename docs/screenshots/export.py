"""The export: pdf-summary.png, pdf-entry.png and pdf-right-to-left.png (pdftoppm) and the
export dialog.

The PDF pages come from the sample journal the export tests use, plus entries written in
Hebrew and Arabic for the right-to-left page.
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from healdesk.core.conflict import Conflict
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from healdesk.gui.base import appearance
from healdesk.gui.export.export_dialog import ExportDialog
from healdesk.vault import Vault
from tests.helpers import export_sample as sample

#: Entries written in Hebrew, in Arabic and in English with Hebrew words.
RIGHT_TO_LEFT = (
    Conflict(
        datetime(2026, 3, 10, 21, 5, tzinfo=UTC),
        "דיברנו על הכסף שוב. אמרתי שלום, ואז הלכתי לחדר השני (בשקט) ולא עניתי.",
        themes=["money"],
        my_feelings=["hurt"],
        my_feelings_note="עייפה, ולא מובנת.",
        intensity=6,
    ),
    Conflict(
        datetime(2026, 3, 12, 19, 40, tzinfo=UTC),
        "قلت له: لماذا تأخرت؟ قال إنه كان في العمل حتى الساعة 9. رفعت صوتي ثم ندمت.",
        themes=["time together"],
        my_part=["raising my voice"],
        my_part_note="أريد أن أبدأ الحديث بهدوء في المرة القادمة.",
        intensity=5,
    ),
    Conflict(
        datetime(2026, 3, 14, 9, 15, tzinfo=UTC),
        "Grandma said שבת שלום, and we were late again. Next time: leave at 4 (really).",
        themes=["family and in-laws"],
        intensity=3,
    ),
)


def render_page(pdf: Path, page: int, target: Path) -> None:
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "90",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf),
            str(target.with_suffix("")),
        ],
        check=True,
    )


def shoot(app, out: Path) -> list[Path]:
    written = [
        out / "pdf-summary.png",
        out / "pdf-entry.png",
        out / "export-dialog.png",
        out / "pdf-right-to-left.png",
    ]
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, _recovery = Vault.create(Path(folder) / "vault", "screenshot passphrase")
        sample.fill(vault.journal)
        pdf = Path(folder) / "sample.pdf"
        export_pdf(vault.journal, pdf, Selection(), ExportOptions(include_repairs=True))
        render_page(pdf, 1, written[0])
        render_page(pdf, 3, written[1])  # page 2 is the cycle page
        appearance.apply(app, "light")
        dialog = ExportDialog(vault.journal)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(written[2]))
        dialog.close()
        right_to_left = [vault.journal.add_conflict(c) for c in RIGHT_TO_LEFT]
        pdf = Path(folder) / "right-to-left.pdf"
        export_pdf(
            vault.journal,
            pdf,
            Selection(ids=tuple(right_to_left)),
            ExportOptions(include_summary=False),
        )
        render_page(pdf, 1, written[3])
        vault.lock()
    return written
