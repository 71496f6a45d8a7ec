"""Therapist PDF benchmarks: 1,000 entries (`--quick`: 200), and one entry of 1 MB and
10 MB (`--quick`: 1 MB only), which must cost time in proportion to their length.

The floor is a bare reportlab document holding the same text (one escaped paragraph per
field, same embedded font, no headings, summary, fallback runs, bookmarks or vault reads),
built in the same run, so the ratio is what the export itself costs on top of reportlab.
Times are CPU seconds of this process (the fsync of the finished file is not counted).
The long entries' floor is a bare reportlab document of the same text cut into the same
pieces (healdesk.export.pdf.pieces), so the ratio is the export's own cost; their seconds
per MB show whether the cost grows with the length alone.
Run: python -m tests.bench.bench_export [--quick]
"""

from __future__ import annotations

import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, SimpleDocTemplate

from healdesk.core.conflict import Conflict
from healdesk.core.selection import Selection
from healdesk.export.pdf import ExportOptions, export_pdf
from healdesk.export.pdf.fonts import escaped, font_chain
from healdesk.export.pdf.pieces import pieces
from healdesk.export.pdf.styles import BODY
from healdesk.vault import Vault
from tests.bench.timing import Row, bench_options, report
from tests.helpers.bulk_journal import make_conflicts


def bare_document(conflicts: list[Conflict]) -> bytes:
    """The cheapest honest PDF of the same words."""
    font_chain()  # the same registered, embedded font
    story = []
    for c in conflicts:
        for text in (
            c.what_happened,
            ", ".join(c.my_feelings),
            ", ".join(c.my_part),
            ", ".join(c.themes),
            c.person or "",
        ):
            story.append(Paragraph(escape(text), BODY))
    out = BytesIO()
    SimpleDocTemplate(out).build(story)
    return out.getvalue()


def run(quick: bool) -> list[Row]:
    count = 200 if quick else 1_000
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    vault, _recovery = Vault.create(folder, "benchmark passphrase")
    conflicts = make_conflicts(count)
    with vault.journal.transaction():
        for c in conflicts:
            vault.journal.add_conflict(c)
    target = folder.parent / "therapist.pdf"
    jobs = {
        "floor": lambda: bare_document(conflicts),
        "plain": lambda: export_pdf(vault.journal, target, Selection()),
        "encrypted": lambda: export_pdf(
            vault.journal, target, Selection(), ExportOptions(password="x")
        ),
    }
    # Interleaved, and CPU time of this process (the machine is often shared with other
    # jobs; wall time swung 2x between identical runs), so load falls on floor and export alike.
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(3 if quick else 5):
        for name, job in jobs.items():
            started = time.process_time()
            job()
            samples[name].append(time.process_time() - started)
    floor = statistics.median(samples["floor"])
    rows = [
        Row(
            f"export {count:,} entries + summary",
            statistics.median(samples["plain"]),
            "bare reportlab, same text",
            floor,
            "<= 1.3x",
        ),
        Row(
            f"export {count:,}, AES-256 password",
            statistics.median(samples["encrypted"]),
            "bare reportlab, same text",
            floor,
        ),
    ]
    vault.lock()
    return rows


#: A writer's long entry: sentences, line breaks and blank lines between paragraphs.
PARAGRAPH = "We argued about the dishes again and I walked out of the kitchen. " * 6 + "\n\n"


def long_entry(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def bare_long_document(text: str) -> bytes:
    """The cheapest honest PDF of the same long text: the same pieces, bare paragraphs."""
    font_chain()
    out = BytesIO()
    SimpleDocTemplate(out).build([Paragraph(escaped(p), BODY) for p in pieces(text)])
    return out.getvalue()


def run_long(quick: bool) -> list[Row]:
    rows = []
    for megabytes in (1,) if quick else (1, 10):
        folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
        vault, _recovery = Vault.create(folder, "benchmark passphrase")
        text = long_entry(megabytes * 1_000_000)
        vault.journal.add_conflict(Conflict(make_conflicts(1)[0].happened_at, text))
        target = folder.parent / "therapist.pdf"
        started = time.process_time()
        bare_long_document(text)
        floor = time.process_time() - started
        started = time.process_time()
        export_pdf(vault.journal, target, Selection())
        seconds = time.process_time() - started
        rows.append(
            Row(
                f"one {megabytes} MB entry ({seconds / megabytes:.1f} s/MB)",
                seconds,
                "bare reportlab, same pieces",
                floor,
                "in proportion to length",
            )
        )
        vault.lock()
    return rows


def main() -> None:
    args = bench_options("200 entries, no 10 MB entry (always 1,000 otherwise)")
    report("Therapist PDF export", run(args.quick) + run_long(args.quick), args)


if __name__ == "__main__":
    main()
