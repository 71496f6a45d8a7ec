"""Therapist PDF benchmark at 1,000 entries (`--quick`: 200).

The floor is a bare reportlab document holding the same text (one escaped paragraph per
field, same embedded font, no headings, summary, fallback runs, bookmarks or vault reads),
built in the same run, so the ratio is what the export itself costs on top of reportlab.
Times are CPU seconds of this process (the fsync of the finished file is not counted).
Run: python -m tests.bench.bench_export [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, SimpleDocTemplate

from healdesk.core.conflict import Conflict
from healdesk.export.pdf import ExportOptions, Selection, export_pdf
from healdesk.export.pdf.fonts import font_chain
from healdesk.export.pdf.styles import BODY
from healdesk.vault import Vault
from tests.bench.timing import Row, print_table
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="200 entries instead of 1,000")
    quick = parser.parse_args().quick
    print_table("Therapist PDF export", run(quick))


if __name__ == "__main__":
    main()
