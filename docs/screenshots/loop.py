"""The loop between us, from the demo journal: insights-loop-light/dark.png (the cycle map,
its sentences, what lies underneath and the gentle notes) and pdf-cycle-page.png."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time
from pathlib import Path

from export import render_page

from healdesk.core.selection import Selection
from healdesk.demo import fill
from healdesk.export.pdf import ExportOptions, export_pdf
from healdesk.gui.base import appearance
from healdesk.gui.patterns.insights_panel import InsightsPanel
from healdesk.vault import Vault

TODAY = date(2026, 11, 30)
AGENDA = "The Sunday chores fight: why I keep pushing, and what Alex needs when it starts."


def shoot(app, out: Path) -> list[Path]:
    written = []
    with tempfile.TemporaryDirectory(prefix="healdesk-shots-") as folder:
        vault, _ = Vault.create(Path(folder) / "vault", "screenshot passphrase")
        fill(vault.journal, TODAY)
        for scheme in ("light", "dark"):
            appearance.apply(app, scheme)
            panel = InsightsPanel(
                vault.journal, today=datetime.combine(TODAY, time(22)).astimezone()
            )
            panel.resize(900, 900)
            panel.show()
            app.processEvents()
            written.append(out / f"insights-loop-{scheme}.png")
            section = panel.loop_section
            section.grab().save(str(written[-1]))
            written.append(out / f"insights-signs-{scheme}.png")
            notes = panel.notes.parentWidget() if panel.notes.parentWidget() else panel.content
            notes.grab(panel.notes.geometry()).save(str(written[-1]))
            panel.close()
        pdf = Path(folder) / "demo.pdf"
        export_pdf(vault.journal, pdf, Selection(), ExportOptions(agenda=AGENDA))
        written.append(out / "pdf-cycle-page.png")
        render_page(pdf, 3, written[-1])  # agenda, summary, then the cycle page
        vault.lock()
    return written
