"""The source tree stays as the next maintainer expects: lint-clean, forms compiled from ui/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_finds_nothing():
    result = run(sys.executable, "-m", "ruff", "check", "healdesk", "tests", "packaging", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_compiled_forms_match_their_ui_files():
    result = run(sys.executable, "packaging/compile_forms.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_translation_catalogues_match_the_source():
    result = run(sys.executable, "packaging/translations.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
