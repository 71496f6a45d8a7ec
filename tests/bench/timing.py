"""Shared by the benchmarks: medians, percentiles and the ratio table every bench prints.

A benchmark never passes or fails: it prints each measurement as a ratio to a floor measured
in the same run on the same machine (the cheapest honest way to do the same job), plus the
absolute time and the issue's goal, so a slower machine does not hide a regression.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    name: str
    seconds: float
    floor_name: str
    floor_seconds: float
    goal: str = ""

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor_seconds if self.floor_seconds > 0 else float("inf")


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
        print(
            f"{row.name:34} {row.seconds * 1000:9.2f} {row.floor_name:>30} "
            f"{row.floor_seconds * 1000:9.2f} {row.ratio:7.2f}  {row.goal}"
        )


def quick_run(smaller: str) -> bool:
    """Whether `--quick` was given: the benchmark then measures `smaller` (said in --help)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help=f"{smaller} instead of 20,000")
    return parser.parse_args().quick
