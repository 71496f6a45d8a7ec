"""Make the therapist PDF: read the chosen entries, lay them out, encrypt, write atomically.

The whole document is built in memory; the only file ever written is the finished (and, with
a password, already encrypted) PDF, through a temp file in the target folder that is renamed
into place. Cancelling or crashing leaves the target untouched and no plaintext elsewhere.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, PageBreak

from healdesk.core.progress import Cancelled, ProgressCallback, no_progress
from healdesk.core.selection import Selection
from healdesk.export.pdf.cycle_page import AGENDA_TITLE, TITLE_TEXT, agenda_page, cycle_page
from healdesk.export.pdf.document import TherapistDocument
from healdesk.export.pdf.entries import entry_story
from healdesk.export.pdf.flowables import Bookmark, EntryHeading
from healdesk.export.pdf.fonts import Markup, clean_text
from healdesk.export.pdf.material import ExportMaterial, gather
from healdesk.export.pdf.options import (
    ExportFailed,
    ExportOptions,
    ExportResult,
)
from healdesk.export.pdf.redact import Redactor
from healdesk.export.pdf.styles import long_date, period, short_date
from healdesk.export.pdf.summary import summarize
from healdesk.export.pdf.summary_page import summary_page
from healdesk.fileio import write_atomically
from healdesk.i18n import _

if TYPE_CHECKING:
    from healdesk.vault import Journal


class TargetNotWritable(ExportFailed):
    def __init__(self, path: Path) -> None:
        super().__init__(
            _("Cannot write {path}: the folder does not exist or is not writable.").format(
                path=path
            )
        )


def check_target(path: Path) -> None:
    """Fail before any work when the PDF could not be written where asked."""
    folder = path.parent
    if path.is_dir() or not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise TargetNotWritable(path)


def export_pdf(
    journal: Journal,
    path: Path,
    selection: Selection,
    options: ExportOptions | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportResult:
    """Write the chosen entries to `path`. Raises NothingToExport, TargetNotWritable,
    ExportFailed (never with entry text in the message) or Cancelled (nothing written)."""
    check_target(Path(path))
    return render_pdf(gather(journal, selection), path, options, progress)


def render_pdf(
    material: ExportMaterial,
    path: Path,
    options: ExportOptions | None = None,
    progress: ProgressCallback = no_progress,
) -> ExportResult:
    """The slow part of `export_pdf`, safe on a worker thread: it never touches the vault."""
    options = options or ExportOptions()
    path = Path(path)
    check_target(path)
    summaries = material.summaries
    steps = 2 * len(summaries) + 1  # each entry built, each entry laid out, then the write
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        progress(done, steps)

    progress(0, steps)
    redact = Redactor(material.people) if options.redact_names else str
    markup = Markup(redact)
    story: list[Flowable] = []
    if options.agenda.strip():
        story += [
            Bookmark("agenda", _(AGENDA_TITLE), lambda: None),
            *agenda_page(options.agenda, markup),
            PageBreak(),
        ]
    if options.include_summary:
        figures = summarize(
            summaries,
            material.repair_summaries,
            material.repair_times,
            material.commitment_summaries,
            {p.name: p.role for p in material.people},
        )
        story += [
            Bookmark("summary", _("Summary"), lambda: None),
            *summary_page(figures, summaries, material.theme_colours, markup),
            PageBreak(),
        ]
        if loops := cycle_page(figures.patterns, markup):
            story += [Bookmark("cycle", _(TITLE_TEXT), lambda: None), *loops, PageBreak()]
    commitments = material.commitments_of()
    printed: dict[int, date] = {}
    for index, conflict in enumerate(material.conflicts):
        linked = material.repairs_of.get(conflict.id, [])  # type: ignore[arg-type]
        story += entry_story(
            conflict,
            linked,
            {r.id: printed[r.id] for r in linked if r.id in printed},  # type: ignore[index]
            commitments,
            markup,
            options.include_private,
            _heading(index, conflict.happened_at, conflict.themes, redact, step),
            options.shows_answers,
        )
        for repair in linked:
            printed.setdefault(repair.id, conflict.happened_at.date())  # type: ignore[arg-type]
        step()

    buffer = BytesIO()
    first, last = summaries[0].happened_at.date(), summaries[-1].happened_at.date()
    document = TherapistDocument(buffer, period(first, last, short_date), period(first, last))
    try:
        pages = document.build_story(story)
    except Cancelled:
        raise
    except Exception as error:  # reportlab's messages quote the paragraph: keep them out
        raise ExportFailed(
            _("The PDF could not be laid out ({name__}).").format(name__=type(error).__name__)
        ) from None
    data = buffer.getvalue()
    if options.password:
        data = encrypt(data, options.password)
    step()  # the last point where cancelling leaves nothing behind
    write_atomically(path, data)
    return ExportResult(
        path, len(material.conflicts), pages, markup.missing, bool(options.password)
    )


def encrypt(data: bytes, password: str) -> bytes:
    """AES-256 (revision 6) via pikepdf: reportlab's own encryption is RC4 or flawed AES."""
    import pikepdf

    out = BytesIO()
    with pikepdf.open(BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=password, owner=password, R=6, aes=True))
    return out.getvalue()


def _heading(
    index: int,
    when: datetime,
    themes: list[str],
    redact: Callable[[str], str],
    step: Callable[[], None],
) -> EntryHeading:
    """The entry's heading; its bookmark is titled by date and themes (redacted as the text)."""
    title = short_date(when)
    if themes:
        title += " · " + clean_text(redact(", ".join(themes)))
    return EntryHeading(long_date(when), f"{when:%H:%M}", index > 0, f"entry-{index}", title, step)
