"""The export: pdf-summary.png and pdf-entry.png (pdftoppm) and the export dialog.

The PDF pages come from the sample journal the export tests use.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from healdesk.gui.base import appearance
from healdesk.gui.export.export_dialog import ExportDialog
from healdesk.vault import Vault
from tests.helpers import export_sample as sample


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
    written = [out / "pdf-summary.png", out / "pdf-entry.png", out / "export-dialog.png"]
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, _recovery = Vault.create(Path(folder) / "vault", "screenshot passphrase")
        sample.fill(vault.journal)
        pdf = Path(folder) / "sample.pdf"
        export_pdf(vault.journal, pdf, Selection(), ExportOptions())
        render_page(pdf, 1, written[0])
        render_page(pdf, 3, written[1])  # page 2 is the cycle page
        appearance.apply(app, "light")
        dialog = ExportDialog(vault.journal)
        dialog.show()
        app.processEvents()
        dialog.grab().save(str(written[2]))
        dialog.close()
        vault.lock()
    return written
