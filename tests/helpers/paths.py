"""Where the source tree and the committed sample files are."""

from __future__ import annotations

from pathlib import Path

#: The source tree's root (tests run from it, and the command runs with it as cwd).
ROOT = Path(__file__).resolve().parents[2]
#: Real exports from other journal apps and damaged files, read by the format tests.
FORMAT_FILES = ROOT / "tests" / "formats" / "data"
