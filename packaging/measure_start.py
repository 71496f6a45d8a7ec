"""Start time of the PyInstaller bundle against a venv install, measured side by side.

    python packaging/measure_start.py [--bundle dist/healdesk/healdesk] [--venv DIR] [--runs N]

Runs `--help` (the cost of starting at all) and `--self-test` (imports Qt, SQLCipher,
reportlab, and does real work) alternately from the bundle and from the venv, so both see the
same machine load, and prints medians and the bundle/venv ratio (goal: <= 1.2x). Without
--venv, the venv is this interpreter running `-m healdesk` from the source tree. The bundle's
size is printed too (limit: 250 MB). Figures, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = (("--help",), ("--self-test",))
GOAL_RATIO = 1.2


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "healdesk" / "healdesk")
    parser.add_argument(
        "--venv", type=Path, help="a venv with HealDesk installed (its bin/healdesk)"
    )
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    venv = (
        [str(args.venv / "bin" / "healdesk")] if args.venv else [sys.executable, "-m", "healdesk"]
    )
    bundle = [str(args.bundle)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    floor = [sys.executable, "-c", "pass"]

    print(f"bundle size: {folder_size(args.bundle.parent) / 1e6:.0f} MB (limit 250 MB)")
    print(f"{'command':<14}{'venv ms':>9}{'bundle ms':>11}{'ratio':>7}   (goal <= {GOAL_RATIO}x)")
    floor_times = []
    for case in CASES:
        times: dict[str, list[float]] = {"venv": [], "bundle": []}
        for run in range(args.runs + 1):  # the first round warms the disk cache, not counted
            pair = {
                "venv": timed(venv + list(case), env),
                "bundle": timed(bundle + list(case), env),
            }
            floor_time = timed(floor, env)
            if run:
                for name, value in pair.items():
                    times[name].append(value)
                floor_times.append(floor_time)
        venv_ms = statistics.median(times["venv"]) * 1000
        bundle_ms = statistics.median(times["bundle"]) * 1000
        print(f"{' '.join(case):<14}{venv_ms:>9.0f}{bundle_ms:>11.0f}{bundle_ms / venv_ms:>6.2f}x")
    print(f"(floor: a bare `python -c pass` takes {statistics.median(floor_times) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
