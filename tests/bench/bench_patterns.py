"""Pattern and timeline benchmarks at a decade of entries (20,000; `--quick`: 2,000).

Floors, measured in the same run: a bare pass counting themes over the same summaries (for the
analysis), the bare `Journal.summaries` read (for analysis from the vault), and bare QPainter
work drawing the same number of circles on the same image (for a timeline frame). Ratios show
what pattern logic and layout cost on top.
Run: python -m tests.bench.bench_patterns [--quick]
"""

from __future__ import annotations

import os
import random
import tempfile
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from healdesk.core.analysis.patterns import analyse
from healdesk.core.conflict import Conflict, ConflictSummary
from healdesk.core.repairs.repair import (
    CheckInResult,
    CommitmentSummary,
    Repair,
    RepairStatus,
    RepairSummary,
)
from tests.bench.timing import Row, bench_options, entries, median_time, report

THEMES = ["Chores", "Money", "In-laws", "Phones", "Plans", "Intimacy", "Kids", "Work"]
PARTS = ["raising my voice", "walking away", "sarcasm", "going silent", "defending myself"]
THEIRS = ["went_quiet", "criticised", "walked_away", "pushed_to_talk"]
WISHES = ["appreciation", "rest", "fairness", "closeness"]
FEELINGS = ["hurt", "unheard", "tired", "angry"]
START = datetime(2016, 1, 3, 19, tzinfo=UTC)


def make_journal(count: int, seed: int = 11):
    """Summaries of `count` entries over about ten years, half of them repaired."""
    rng = random.Random(seed)
    step = timedelta(days=3650 / count)
    conflicts, repairs, commitments = [], [], []
    for i in range(count):
        when = START + step * i + timedelta(minutes=rng.randrange(600))
        repair_ids: tuple[int, ...] = ()
        if rng.random() < 0.5:
            repair_ids = (len(repairs) + 1,)
            repairs.append(
                RepairSummary(
                    repair_ids[0],
                    "repair-after-fight",
                    RepairStatus.TALKED,
                    when + timedelta(hours=rng.randint(1, 96)),
                    (i + 1,),
                )
            )
            if rng.random() < 0.5:
                commitments.append(
                    CommitmentSummary(
                        len(commitments) + 1,
                        repair_ids[0],
                        (when + timedelta(days=7)).date(),
                        when,
                        rng.choice([None, *CheckInResult]),
                    )
                )
        conflicts.append(
            ConflictSummary(
                i + 1,
                when,
                rng.choice(["Sam", "Mum"]),
                rng.randint(0, 10),
                rng.randint(1, 5),
                tuple(rng.sample(THEMES, rng.randint(1, 2))),
                tuple(rng.sample(PARTS, rng.randint(0, 2))),
                repair_ids,
                tuple(rng.sample(THEIRS, rng.randint(0, 2))),
                ("me:going silent", "them:went_quiet") if rng.random() < 0.3 else (),
                tuple(rng.sample(WISHES, rng.randint(0, 2))),
                tuple(rng.sample(WISHES, rng.randint(0, 1))),
                tuple(rng.sample(FEELINGS, rng.randint(0, 2))),
            )
        )
    return conflicts, repairs, commitments


def analysis_rows(count: int) -> list[Row]:
    conflicts, repairs, commitments = make_journal(count)
    repair_times = {r.id: r.created_at.timestamp() for r in repairs}

    def bare_pass() -> None:
        counts: Counter[str] = Counter()
        for conflict in conflicts:
            counts.update(conflict.themes)

    return [
        Row(
            f"pattern analysis, {count} entries",
            median_time(lambda: analyse(conflicts, repair_times, commitments)),
            "bare pass counting themes",
            median_time(bare_pass),
            "<= 100 ms at 20k",
        )
    ]


def vault_rows(count: int) -> list[Row]:
    """Analysis as the app runs it: summaries read from a real encrypted vault, then analysed."""
    from healdesk.core.analysis.patterns import analyse_journal
    from healdesk.vault import Vault

    conflicts, repairs, _ = make_journal(count)
    folder = Path(tempfile.mkdtemp(prefix="healdesk-bench-")) / "vault"
    vault, _ = Vault.create(folder, "benchmark passphrase")
    journal = vault.journal
    with journal.transaction():
        for c in conflicts:
            journal.add_conflict(
                Conflict(
                    c.happened_at,
                    "words",
                    c.person,
                    c.intensity,
                    themes=list(c.themes),
                    my_part=list(c.my_part),
                    their_moves=list(c.their_moves),
                    move_order=list(c.move_order),
                    my_wish=list(c.my_wish),
                    their_wish=list(c.their_wish),
                    my_feelings=list(c.my_feelings),
                    settled=c.settled,
                )
            )
        for r in repairs:
            journal.add_repair(
                Repair(
                    r.template_id,
                    1,
                    "Repair",
                    (),
                    conflict_ids=list(r.conflict_ids),
                    created_at=r.created_at,
                )
            )
    rows = [
        Row(
            f"summaries + analysis, {count}",
            median_time(lambda: analyse_journal(journal)),
            "Journal.summaries alone",
            median_time(journal.summaries),
        )
    ]
    vault.lock()
    return rows


def frame_rows(count: int) -> list[Row]:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from healdesk.gui.patterns.timeline_canvas import TimelineCanvas
    from healdesk.gui.patterns.timeline_entries import TimelineEntries
    from healdesk.gui.patterns.timeline_layout import ZOOMS, build_data
    from healdesk.vault.stores.labels import THEME_COLOURS

    app = QApplication.instance() or QApplication([])
    conflicts, repairs, commitments = make_journal(count)
    colours = dict(zip(THEMES, THEME_COLOURS, strict=False))  # the colours new themes get
    canvas = TimelineCanvas()
    canvas.resize(1100, 400)
    repair_times = {r.id: r.created_at.timestamp() for r in repairs}
    entries = TimelineEntries.of(conflicts)
    canvas.set_data(build_data(entries, colours, repair_times, commitments))
    image = QImage(canvas.size(), QImage.Format.Format_ARGB32_Premultiplied)
    rows = [
        Row(
            "timeline lanes after a filter change",
            median_time(
                lambda: build_data(
                    TimelineEntries.of(conflicts), colours, repair_times, commitments
                )
            ),
            "bare pass over the timestamps",
            median_time(lambda: [c.happened_at.timestamp() for c in conflicts]),
        )
    ]
    for zoom in ("Year", "5 years"):
        canvas.set_zoom([z.name for z in ZOOMS].index(zoom))
        canvas.centre_on(conflicts[len(conflicts) // 2].happened_at.timestamp())

        def frame() -> None:
            canvas.pan(1)  # a new view: layout is computed afresh, as when panning
            canvas.render(image)

        frame()
        drawn = [
            (m.x, canvas.lane_centre(m.lane), m.radius)
            for lane in canvas.frame().marks
            for m in lane
        ]

        def bare_paint(drawn: list[tuple[float, float, float]] = drawn) -> None:
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(image.rect(), QColor("#ffffff"))
            painter.setBrush(QColor("#f28e2b"))
            for x, y, r in drawn:
                painter.drawEllipse(QPointF(x, y), r, r)
            painter.end()

        rows.append(
            Row(
                f"timeline frame, {zoom.lower()} zoom ({len(drawn)} marks)",
                median_time(frame, repeat=15),
                "bare QPainter: fill + circles",
                median_time(bare_paint, repeat=15),
                "<= 16 ms at 20k",
            )
        )
    app.processEvents()
    return rows


def main() -> None:
    args = bench_options("2,000 entries")
    count = entries(args)
    report(
        f"Patterns and timeline at {count:,} entries ({date.today()})",
        analysis_rows(count) + vault_rows(count) + frame_rows(count),
        args,
    )


if __name__ == "__main__":
    main()
