"""Shared by the benchmarks: medians, percentiles and the ratio table every bench prints.

A benchmark never passes or fails: it prints each measurement as a ratio to a floor measured
in the same run on the same machine (the cheapest honest way to do the same job), plus the
absolute time and the issue's goal, so a slower machine does not hide a regression.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def installed_env(cache: Path) -> dict[str, str]:
    """The environment for a timed child process: an installed app starts from compiled
    bytecode, so the children get a cache of their own (warm-up runs fill it) even where
    PYTHONDONTWRITEBYTECODE is set, as in CI."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


@dataclass(frozen=True)
class Row:
    name: str
    seconds: float
    floor_name: str
    floor_seconds: float
    goal: str = ""
    key: str = ""  # stable name in --json output (e.g. "gui.save_entry"); else the label
    unit: str = "ms"  # "MB" rows carry megabytes in `seconds` and `floor_seconds`

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor_seconds if self.floor_seconds > 0 else float("inf")

    def shown(self, value: float) -> float:
        return value if self.unit != "ms" else value * 1000

    def as_json(self) -> dict[str, object]:
        """One measure of `--json`: name, ms, floor_ms, ratio, goal (MB rows say so in unit)."""
        measure: dict[str, object] = {
            "name": self.key or self.name.strip(),
            "ms": round(self.shown(self.seconds), 3),
            "floor_ms": round(self.shown(self.floor_seconds), 3),
            "ratio": round(self.ratio, 3),
            "goal": self.goal,
        }
        if self.unit != "ms":
            measure["unit"] = self.unit
        return measure


def median_time(action: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n{title}")
    print(f"{'measurement':34} {'ms':>9} {'floor':>30} {'floor ms':>9} {'ratio':>7}  goal")
    for row in rows:
        unit = "" if row.unit == "ms" else f" {row.unit}"
        print(
            f"{row.name:34} {row.shown(row.seconds):9.2f} {row.floor_name:>30} "
            f"{row.shown(row.floor_seconds):9.2f} {row.ratio:7.2f}  {row.goal}{unit}"
        )


def bench_options(
    smaller: str, parser: argparse.ArgumentParser | None = None
) -> argparse.Namespace:
    """The options every benchmark takes: `--quick` (measures `smaller`, said in --help),
    `--entries N` (journal size, for benchmarks sized by entries) and `--json FILE`."""
    parser = parser or argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help=f"{smaller} instead of 20,000")
    parser.add_argument("--entries", type=int, help="journal entries to measure with")
    parser.add_argument("--json", type=Path, help="add one JSON object per measure to FILE")
    return parser.parse_args()


def entries(args: argparse.Namespace, quick: int = 2_000, full: int = 20_000) -> int:
    return args.entries or (quick if args.quick else full)


def report(title: str, rows: list[Row], args: argparse.Namespace) -> None:
    """Print the table; with --json, add the measures to the file's JSON list."""
    print_table(title, rows)
    if args.json:
        path = Path(args.json)
        measures = json.loads(path.read_text()) if path.exists() else []
        measures += [row.as_json() for row in rows]
        path.write_text(json.dumps(measures, indent=1) + "\n")
