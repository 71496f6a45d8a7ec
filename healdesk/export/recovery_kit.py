"""The recovery kit: one printable page holding the recovery key and what to do with it.

The key is the only secret on the page (never the passphrase, never entry text). It is
drawn with canvas calls, not Paragraph markup, so nothing on the page is interpreted.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from healdesk.i18n import N_, _

#: Two paragraphs, wrapped to the page in the shown language.
INSTRUCTIONS = (
    N_(
        "This key opens your HealDesk journal if you ever forget your passphrase. On the "
        "unlock screen choose \u201cUse recovery key\u201d, type the groups below (capital "
        "letters or not, dashes or not), then choose a new passphrase."
    ),
    N_(
        "Keep this page somewhere safe and private, away from the computer. Anyone who has "
        "this key and a copy of the journal files can read the journal. Without both your "
        "passphrase and this key, nobody can, not even you."
    ),
)


def write_recovery_kit(out: Path, recovery_key: str, created: date | None = None) -> None:
    """Write the one-page kit to `out` (A4): built in memory, then written whole or not at
    all."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    from healdesk.fileio import write_atomically

    buffer = io.BytesIO()
    width, height = A4
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
    canvas.setTitle(_("HealDesk recovery kit"))
    canvas.setAuthor("HealDesk")
    ink, soft, accent = HexColor("#26323d"), HexColor("#5b6b78"), HexColor("#3f7f74")
    left, top = 25 * mm, height - 30 * mm

    canvas.setFillColor(accent)
    canvas.setFont("Helvetica-Bold", 22)
    canvas.drawString(left, top, _("HealDesk recovery kit"))
    canvas.setFillColor(soft)
    canvas.setFont("Helvetica", 11)
    made = (created or date.today()).isoformat()  # unambiguous in every language
    canvas.drawString(left, top - 8 * mm, _("Made on {made} for your journal.").format(made=made))

    canvas.setFillColor(ink)
    canvas.setFont("Helvetica", 12)
    y = top - 24 * mm
    for paragraph in INSTRUCTIONS:
        for line in simpleSplit(_(paragraph), "Helvetica", 12, width - 2 * left):
            canvas.drawString(left, y, line)
            y -= 6.5 * mm
        y -= 6.5 * mm
    y += 6.5 * mm

    box_top = y - 6 * mm
    box_height = 34 * mm
    canvas.setStrokeColor(accent)
    canvas.setLineWidth(1.2)
    canvas.roundRect(left, box_top - box_height, width - 2 * left, box_height, 4 * mm)
    canvas.setFillColor(soft)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(left + 6 * mm, box_top - 8 * mm, _("Recovery key"))
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    canvas.setFillColor(ink)
    canvas.setFont("Courier-Bold", 20)
    for row, part in enumerate((groups[:half], groups[half:])):
        canvas.drawString(left + 6 * mm, box_top - (17 + row * 10) * mm, "  ".join(part))

    canvas.setFillColor(soft)
    canvas.setFont("Helvetica", 10)
    where = _("Where I keep this page:")
    canvas.drawString(left, box_top - box_height - 12 * mm, where)
    canvas.setStrokeColor(soft)
    canvas.setLineWidth(0.5)
    canvas.line(
        left + canvas.stringWidth(where, "Helvetica", 10) + 4 * mm,
        box_top - box_height - 12.5 * mm,
        width - left,
        box_top - box_height - 12.5 * mm,
    )
    canvas.drawString(
        left, 20 * mm, _("HealDesk is a private journal for reflection. It is not therapy.")
    )
    canvas.showPage()
    canvas.save()
    write_atomically(Path(out), buffer.getvalue())
