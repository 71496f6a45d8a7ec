"""Regenerate the export's screenshots in docs/screenshots from the sample journal.

`python -m tests.export.screenshots`: pdf-summary.png and pdf-entry.png (pdftoppm), and the
export dialog (Qt offscreen; `--dark` grabs it in a dark palette instead, to check by eye).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from healdesk.export.pdf import ExportOptions, Selection, export_pdf
from healdesk.vault import Vault
from tests.export import sample

OUT = Path(__file__).parents[2] / "docs" / "screenshots"


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


def grab_dialog(journal, dark: bool, target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from healdesk.gui.export_dialog import ExportDialog

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if dark:
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2d31"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
            (QPalette.ColorRole.Base, "#1f2023"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.Button, "#35373c"),
            (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        ):
            palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    dialog = ExportDialog(journal)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(target))
    dialog.close()


def main() -> None:
    import sys

    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="healdesk-shots-"))
    vault, _recovery = Vault.create(work / "vault", "screenshot passphrase")
    sample.fill(vault.journal)
    pdf = work / "sample.pdf"
    export_pdf(vault.journal, pdf, Selection(), ExportOptions())
    render_page(pdf, 1, OUT / "pdf-summary.png")
    render_page(pdf, 2, OUT / "pdf-entry.png")
    dark = "--dark" in sys.argv
    grab_dialog(vault.journal, dark, OUT / f"export-dialog{'-dark' if dark else ''}.png")
    vault.lock()
    print(f"written to {OUT}")


if __name__ == "__main__":
    main()
