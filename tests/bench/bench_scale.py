"""The journal window and the command line at scale (issue 14): 20,000 entries (`--quick`:
2,000; `--entries 100000` for the decade-and-more case).

Every gui.* measure is taken with the Timeline and Insights tabs opened, in rounds of
unlock -> views -> search -> save -> lock. Floors are measured in the same run: the vault
work a measure cannot avoid (reading ids, adding a row, closing the vault), a bare
QTableView process for memory, and bare processes for the commands.
Run: python -m tests.bench.bench_scale [--quick] [--entries N] [--json FILE]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.bench.journals import PASSPHRASE, copied_journal
from tests.bench.timing import Row, bench_options, entries, installed_env, median_time, report
from tests.helpers.paths import ROOT

COMMON, RARE = "kitchen", "zephyrine"  # RARE is written into 1% of the entries below
ROUNDS = 3  # --quick: 1 (CI keeps the quick run well under a minute)


def child_table(folder: str, recovery: str) -> None:
    """The memory floor: the same summaries in a bare QTableView with the list's columns."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QTableView

    from healdesk.vault import Vault

    class Bare(QAbstractTableModel):
        def __init__(self, rows) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    app = QApplication(sys.argv[:1])
    with Vault.unlock(Path(folder), recovery_key=recovery) as vault:
        rows = vault.journal.summaries()
    view = QTableView()
    view.verticalHeader().setDefaultSectionSize(22)
    view.setModel(Bare(rows))
    view.show()
    app.processEvents()
    print(peak_mb())


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    process that started it)."""
    status = Path("/proc/self/status").read_text()
    if "VmHWM:" in status:
        return int(status.split("VmHWM:")[1].split()[0]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seconds_of(*command: str, stdin: str = "", rounds: int = ROUNDS) -> float:
    env = installed_env(_work() / "pycache")
    subprocess.run(command, input=stdin, text=True, capture_output=True, cwd=ROOT, env=env)
    samples = []  # the run above filled the bytecode cache, as an installed app has one
    for _ in range(rounds):
        started = time.perf_counter()
        subprocess.run(
            command, input=stdin, text=True, capture_output=True, cwd=ROOT, env=env, check=True
        )
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def alternating(
    command: list[str], floor: list[str], rounds: int, env: dict[str, str]
) -> tuple[float, float]:
    """Median seconds of `command` and of `floor`, run by turns: a start of a few tens of
    milliseconds moves with the machine's load, which then weighs on both alike."""
    samples: tuple[list[float], list[float]] = ([], [])
    for run in (command, floor):  # fills the bytecode cache, as an installed app has one
        subprocess.run(run, capture_output=True, cwd=ROOT, env=env, check=True)
    for _ in range(rounds):
        for run, taken in zip((command, floor), samples, strict=True):
            started = time.perf_counter()
            subprocess.run(run, capture_output=True, cwd=ROOT, env=env, check=True)
            taken.append(time.perf_counter() - started)
    return statistics.median(samples[0]), statistics.median(samples[1])


def _work() -> Path:
    """The bench's temporary folder (main() points the HEALDESK_* folders into it)."""
    return Path(os.environ["HEALDESK_CONFIG_DIR"]).parent


def person_env() -> dict[str, str]:
    """A person's environment: no HEALDESK_* folders (those skip finding the platform's own),
    the XDG folders inside the bench's temporary folder, so no real home folder is touched."""
    work = _work()
    env = installed_env(work / "pycache")
    env = {k: v for k, v in env.items() if not k.startswith("HEALDESK_")}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(work / "xdg" / variable.lower())
    return env


def _healdesk_command() -> list[str]:
    """The installed `healdesk` script beside this Python (what a person types), else
    `python -m healdesk` (which adds runpy's own imports)."""
    script = Path(sys.executable).with_name("healdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "healdesk"]


def cli_rows(folder: Path, rounds: int) -> list[Row]:
    python, data = sys.executable, ["--data-dir", str(folder)]
    bare = (
        "import sys; from healdesk.vault import Vault\n"
        "with Vault.unlock(sys.argv[1], passphrase=sys.stdin.readline().strip()) as v:\n"
        "    v.journal.db.execute(sys.argv[2]).fetchall()"
    )
    fts = "SELECT rowid FROM conflict_search WHERE conflict_search MATCH 'kitchen' LIMIT 50"
    secret = PASSPHRASE + "\n"
    help_, bare_start = alternating(
        [*_healdesk_command(), "--help"], [python, "-c", "pass"], 7 * rounds, person_env()
    )
    return [
        Row("healdesk --help", help_, "python -c pass", bare_start, "<= 3x", key="cli.help"),
        Row(
            "healdesk search (KDF included)",
            seconds_of(
                python, "-m", "healdesk", *data, "search", COMMON, stdin=secret, rounds=rounds
            ),
            "unlock + bare FTS MATCH",
            seconds_of(python, "-c", bare, str(folder), fts, stdin=secret, rounds=rounds),
            "flat 20k -> 100k (<= 1.2x)",
            key="cli.search",
        ),
        Row(
            "healdesk stats (KDF included)",
            seconds_of(python, "-m", "healdesk", *data, "stats", stdin=secret, rounds=rounds),
            "unlock + bare count",
            seconds_of(
                python,
                "-c",
                bare,
                str(folder),
                "SELECT count(*) FROM conflict",
                stdin=secret,
                rounds=rounds,
            ),
            "",
            key="cli.stats",
        ),
    ]


def mark_rare_entries(folder: Path, recovery: str, count: int) -> None:
    from healdesk.core.selection import Selection
    from healdesk.vault import Vault

    with Vault.unlock(folder, recovery_key=recovery) as vault:
        journal = vault.journal
        with journal.transaction():
            for conflict in journal.conflicts(Selection.of(range(1, count + 1, 100))):
                conflict.what_happened += f" {RARE}"
                journal.update_conflict(conflict)


def gui_rows(count: int, folder: Path, recovery: str, rounds: int) -> list[Row]:
    from PySide6.QtCore import QCoreApplication, QDateTime, QEvent
    from PySide6.QtWidgets import QApplication

    from healdesk.core.conflict import Conflict
    from healdesk.gui.app.session import Session
    from healdesk.gui.base.background import jobs
    from healdesk.gui.data.preferences import Preferences
    from healdesk.gui.entry.entry_dialog import ConflictDialog
    from healdesk.gui.journal.journal_tabs import INSIGHTS, TIMELINE
    from healdesk.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(folder, Preferences())
    taken: dict[str, list[float]] = {}

    def timed(name: str, action) -> None:
        started = time.perf_counter()
        action()
        taken.setdefault(name, []).append(time.perf_counter() - started)

    def settle() -> None:
        """What the event loop does between two actions, deferred deletions included (a
        bare processEvents leaves every deleteLater'd window alive, and each lock then
        scrubbed all the windows of the rounds before)."""
        app.processEvents()
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def open_journal() -> None:
        session.open(Vault.unlock(folder, recovery_key=recovery))
        app.processEvents()

    def search(word: str) -> None:
        window = session.window
        window.filters.search.setText(word)
        window.filters.search_now()  # first page shown; the count follows on a timer
        window.table.viewport().repaint()

    def filled(view) -> None:
        """Until the view's reads off the UI thread arrived and were shown."""
        while view.reads.pending:
            app.processEvents()
            time.sleep(0.001)

    def save() -> None:
        dialog.save()
        app.processEvents()

    hidden_at: list[float] = []
    session.windows_hidden.connect(lambda: hidden_at.append(time.perf_counter()))
    for round_ in range(rounds + 1):  # the first round warms Qt and takes the daily backup
        timed("unlock", open_journal)
        if round_ == 0:  # a lock cancels a running backup: let the day's backup finish first
            jobs().finish(cancel=False)
            settle()
        window = session.window
        timed("timeline", lambda w=window: w.tabs.setCurrentIndex(TIMELINE))
        timed("timeline_filled", lambda w=window: filled(w.tabs.views[TIMELINE]))
        timed("insights", lambda w=window: w.tabs.setCurrentIndex(INSIGHTS))
        timed("insights_filled", lambda w=window: filled(w.tabs.views[INSIGHTS]))
        window.tabs.setCurrentIndex(0)
        settle()
        timed("search_common", lambda: search(COMMON))
        settle()
        timed("search_rare", lambda: search(RARE))
        settle()
        window.filters.search.setText("")
        window.filters.search_now()
        dialog = ConflictDialog(window.journal, parent=window)
        window.watch_entry_dialog(dialog)
        dialog.ui.whatHappenedEdit.setPlainText(f"bench save {round_}")
        # Written now, so the newest entry (the bench journal's dates run decades ahead).
        newest = window.journal.date_range()[1] + timedelta(minutes=round_ + 1)
        dialog.ui.happenedEdit.setDateTime(QDateTime(newest.astimezone().replace(tzinfo=None)))
        dialog.show()  # opened and laid out before the person presses Save, as in the app
        settle()
        timed("save", save)
        dialog.deleteLater()
        settle()
        started = time.perf_counter()
        timed("lock", session.lock)
        taken.setdefault("lock_hidden", []).append(hidden_at[-1] - started)
        settle()
    peak = peak_mb()
    session.shutdown()

    def median(name: str) -> float:
        return statistics.median(taken[name][1:])

    def bare_ids() -> None:
        with Vault.unlock(folder, recovery_key=recovery) as vault:
            vault.journal.db.execute("SELECT id, happened_at FROM conflict").fetchall()

    with Vault.unlock(folder, recovery_key=recovery) as vault:
        journal = vault.journal
        read_all = median_time(journal.summaries, rounds)
        add_one = median_time(lambda: journal.add_conflict(Conflict(datetime.now(UTC), "x")), 5)
        bare_fts = median_time(
            lambda: journal.db.execute(
                "SELECT rowid FROM conflict_search WHERE conflict_search MATCH ? LIMIT 200",
                (COMMON,),
            ).fetchall(),
            5,
        )
    close_floor = median_time(lambda: Vault.unlock(folder, recovery_key=recovery).lock(), rounds)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    table_mb = float(
        subprocess.run(
            [sys.executable, "-m", "tests.bench.bench_scale", "--child", str(folder), recovery],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        ).stdout.split()[-1]
    )
    reads = "Journal.summaries (all)"
    return [
        Row(
            "save one entry",
            median("save"),
            "Journal.add_conflict",
            add_one,
            "<= 50 ms",
            key="gui.save_entry",
        ),
        Row(
            "lock: every window hidden",
            median("lock_hidden"),
            "open + close the vault",
            close_floor,
            "<= 16 ms",
            key="gui.lock_hidden",
        ),
        Row(
            "lock: complete",
            median("lock"),
            "open + close the vault",
            close_floor,
            "<= 100 ms",
            key="gui.lock",
        ),
        Row(
            "search, common word (first page)",
            median("search_common"),
            "bare FTS MATCH, 200 ids",
            bare_fts,
            "<= 100 ms",
            key="gui.search_common",
        ),
        Row(
            "search, word in 1% (first page)",
            median("search_rare"),
            "bare FTS MATCH, 200 ids",
            bare_fts,
            "<= 100 ms",
            key="gui.search_rare",
        ),
        Row(
            "unlock -> journal window",
            median("unlock"),
            "open + bare SELECT of ids",
            median_time(bare_ids, rounds),
            "<= 300 ms beyond the KDF",
            key="gui.unlock_to_window",
        ),
        Row(
            "Timeline tab, first view",
            median("timeline"),
            reads,
            read_all,
            "<= 300 ms",
            key="gui.timeline_first_view",
        ),
        Row(
            "Insights tab, first view",
            median("insights"),
            reads,
            read_all,
            "<= 300 ms",
            key="gui.insights_first_view",
        ),
        Row(
            "Timeline: marks shown (read off the UI thread)",
            median("timeline") + median("timeline_filled"),
            reads,
            read_all,
            "",
            key="gui.timeline_filled",
        ),
        Row(
            "Insights: figures shown (read off the UI thread)",
            median("insights") + median("insights_filled"),
            reads,
            read_all,
            "",
            key="gui.insights_filled",
        ),
        Row(
            "peak memory, all tabs",
            peak,
            "bare QTableView process",
            table_mb,
            "<= 1.5x",
            key="gui.peak_rss_mb",
            unit="MB",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = bench_options("2,000 entries", parser)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.child:
        child_table(*args.child)
        return
    work = Path(tempfile.mkdtemp(prefix="healdesk-bench-scale-"))
    os.environ["HEALDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["HEALDESK_DATA_DIR"] = str(work / "data")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    count = entries(args)
    folder, recovery = copied_journal(count, work)
    mark_rare_entries(folder, recovery, count)
    rounds = 1 if args.quick else ROUNDS
    rows = gui_rows(count, folder, recovery, rounds) + cli_rows(folder, rounds)
    report(f"The journal at scale ({count:,} entries, Timeline and Insights opened)", rows, args)


if __name__ == "__main__":
    main()
