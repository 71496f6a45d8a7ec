"""The wheel carries ui/ and resources/, and an installed copy finds and uses them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from healdesk import APP_ID
from healdesk.gui.base.identity import ICON_SIZES
from tests.helpers.paths import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from this tree, offline (hatchling from the test extra)."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("healdesk-*.whl")
    return built


def shipped(folder: str) -> set[str]:
    """Every file under ROOT/folder, as the wheel should name it (healdesk/<folder>/...)."""
    return {
        f"healdesk/{path.relative_to(ROOT).as_posix()}"
        for path in (ROOT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_wheel_contains_ui_resources_icons_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert shipped("ui") <= names
    assert shipped("resources") <= names
    assert f"healdesk/resources/icons/{APP_ID}.svg" in names
    for size in ICON_SIZES:
        assert f"healdesk/resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in names
    if (ROOT / "resources" / "templates").is_dir():
        assert any(name.startswith("healdesk/resources/templates/") for name in names)
    assert not any(name.startswith(("tests/", "packaging/", "healdesk/tests/")) for name in names)


def test_installed_wheel_passes_its_self_test_using_its_own_files(wheel, tmp_path):
    """Installed beside (not over) the shared venv's dependencies, run from an empty folder so
    the source tree cannot be imported or found by accident."""
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "healdesk", "--self-test"],
        cwd=elsewhere,
        env={**os.environ, "PYTHONPATH": str(target), "PYTHONSAFEPATH": "1"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"found in {target / 'healdesk'}" in result.stdout
