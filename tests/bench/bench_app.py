"""App start-up benchmarks.

1. Process start to an interactive unlock window, as a ratio to a bare QMainWindow process
   started the same way in the same run (goal <= 1.5x: reportlab, keyring and zxcvbn load
   only when needed, and SQLCipher and cryptography only when unlocking).
2. Unlock to the journal window shown with 20,000 entries (`--quick`: 2,000), beyond the KDF
   (the vault is opened with its recovery key: HKDF, about 1 ms), against opening the vault
   and reading the bare ids.
Run: python -m tests.bench.bench_app [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.timing import Row, bench_options, entries, installed_env, median_time, report
from tests.helpers.paths import ROOT

LAZY = ("reportlab", "keyring", "zxcvbn", "sqlcipher3", "cryptography")


def child_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(720, 520)
    window.show()
    app.processEvents()


def child_unlock(folder: str) -> None:
    from healdesk.gui.app.launch import make_app
    from healdesk.gui.app.session import Session
    from healdesk.gui.base import appearance
    from healdesk.gui.data.preferences import Preferences

    app = make_app()
    preferences = Preferences()
    appearance.apply(app, preferences.appearance)
    session = Session(Path(folder), preferences)
    session.start()
    app.processEvents()
    assert session.unlock_window is not None and session.unlock_window.isVisible()
    loaded = [name for name in LAZY if name in sys.modules]
    if loaded:
        print(f"imported at start-up although lazy: {', '.join(loaded)}", file=sys.stderr)
        sys.exit(2)


def process_time(*args: str) -> float:
    env = installed_env(Path(os.environ["HEALDESK_CONFIG_DIR"]).parent / "pycache")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tests.bench.bench_app", *args], cwd=ROOT, env=env, check=True
    )
    return time.perf_counter() - started


def start_up_row(folder: Path) -> Row:
    process_time("--child", "bare")  # warm the file and bytecode caches for both
    process_time("--child", "unlock", str(folder))
    # Interleaved, so a busy moment of the machine weighs on both sides alike.
    unlock, bare = [], []
    for _ in range(9):
        unlock.append(process_time("--child", "unlock", str(folder)))
        bare.append(process_time("--child", "bare"))
    return Row(
        "process start -> unlock window",
        statistics.median(unlock),
        "bare QMainWindow process",
        statistics.median(bare),
        "<= 1.5x",
    )


def open_rows(count: int, folder: Path, recovery: str) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from healdesk.gui.app.session import Session
    from healdesk.gui.data.preferences import Preferences
    from healdesk.gui.journal.entry_pages import LIST_PAGE
    from healdesk.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(folder, Preferences())

    def unlock_and_show() -> None:
        session.open(Vault.unlock(folder, recovery_key=recovery))
        app.processEvents()
        assert session.window.model.rowCount() == min(count, LIST_PAGE)  # a page at a time
        session.lock()
        app.processEvents()

    def unlock_and_list() -> None:
        with Vault.unlock(folder, recovery_key=recovery) as vault:
            vault.journal.summaries()

    def unlock_and_read_ids() -> None:
        with Vault.unlock(folder, recovery_key=recovery) as vault:
            vault.journal.db.execute("SELECT id, happened_at FROM conflict").fetchall()

    unlock_and_show()  # first window: Qt's own one-off start costs
    # Timed without the lock that follows each open: measure open only.
    samples = []
    for _ in range(5):
        started = time.perf_counter()
        session.open(Vault.unlock(folder, recovery_key=recovery))
        app.processEvents()
        samples.append(time.perf_counter() - started)
        session.lock()
        app.processEvents()
    samples.sort()
    session.shutdown()
    floor = median_time(unlock_and_read_ids)
    return [
        Row(
            f"unlock -> journal window ({count:,})",
            samples[len(samples) // 2],
            "open + bare SELECT of ids",
            floor,
            "<= 150 ms beyond the KDF",
        ),
        Row(
            "  of which open + Journal.summaries",
            median_time(unlock_and_list),
            "open + bare SELECT of ids",
            floor,
            "(the vault's share)",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = bench_options("2,000 entries", parser)
    if args.child:
        child_bare() if args.child[0] == "bare" else child_unlock(args.child[1])
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="healdesk-bench-app-"))
    os.environ["HEALDESK_CONFIG_DIR"] = str(work / "config")
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    count = entries(args)

    from healdesk.vault import Vault
    from tests.helpers.bulk_journal import make_conflicts

    folder = work / "journal"
    vault, recovery = Vault.create(folder, "benchmark passphrase")
    with vault.journal.transaction():
        for conflict in make_conflicts(count):
            vault.journal.add_conflict(conflict)
    vault.lock()
    rows = [start_up_row(folder), *open_rows(count, folder, recovery)]
    report(f"App start-up ({count:,} entries)", rows, args)


if __name__ == "__main__":
    main()
