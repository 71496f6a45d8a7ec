"""Files made from sources (compiled forms, translation catalogues, icons): written when they
differ, or only reported with --check, which CI runs so a stale file fails the build."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def update(files: Mapping[Path, bytes], check: bool) -> list[str]:
    """The files whose bytes differ from `files`, as paths from the checkout's root; each is
    written (its folder made) unless `check`."""
    stale = []
    for path, content in files.items():
        if path.exists() and path.read_bytes() == content:
            continue
        stale.append(path.relative_to(ROOT).as_posix())
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    return stale


def outcome(stale: list[str], check: bool, script: str) -> int:
    """The exit status: 1 with one line naming what is out of date when checking, else 0."""
    if check and stale:
        print(f"out of date (run packaging/{script}):", ", ".join(stale))
        return 1
    return 0
