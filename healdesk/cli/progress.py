"""Progress of a long command on a terminal: a percentage on stderr, nothing when piped."""

from __future__ import annotations

import sys

from healdesk.core.progress import ProgressCallback, no_progress


def terminal_progress(label: str) -> ProgressCallback:
    if not sys.stderr.isatty():
        return no_progress
    shown = -1

    def show(done: int, total: int) -> None:
        nonlocal shown
        percent = 100 * done // total if total else 100
        if percent != shown:
            shown = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label}: {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return show
