"""The Linux desktop integration files: validated by the real freedesktop tools."""

from __future__ import annotations

import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from healdesk import APP_ID
from healdesk.gui.base.identity import ICON_SIZES
from tests.helpers.paths import ROOT

LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = LINUX / f"{APP_ID}.json"
SCREENSHOTS = ("journal-light", "unlock-light", "entry-dialog-light", "timeline-year-light")


def desktop_entry(path: Path) -> dict[str, str]:
    return dict(
        line.split("=", 1) for line in path.read_text(encoding="utf-8").splitlines() if "=" in line
    )


def test_desktop_file_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry = desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == "healdesk"
    assert entry["StartupWMClass"] == "HealDesk"  # Qt's WM_CLASS class: the application name


def test_metainfo_passes_appstreamcli_validate():
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "errors" not in result.stdout and "warnings" not in result.stdout, result.stdout


def test_metainfo_names_the_app_its_promise_screenshots_and_rating():
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    description = " ".join(component.find("description").itertext())
    assert "Nothing is ever sent anywhere" in description
    assert "encrypted" in description
    images = [Path(image.text) for image in component.iter("image")]
    assert [image.stem for image in images] == list(SCREENSHOTS)
    assert all(image.parent.as_posix().endswith("docs/screenshots") for image in images)
    assert component.find("content_rating").get("type") == "oars-1.1"


def test_flatpak_manifest_needs_no_network_and_installs_existing_files():
    manifest = json.loads(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["id"] == APP_ID
    assert not any("network" in arg for arg in manifest["finish-args"])
    assert not any(arg.startswith("--filesystem") for arg in manifest["finish-args"])
    assert manifest["command"] in ("healdesk", "healdesk-app")
    (healdesk,) = [m for m in manifest["modules"] if isinstance(m, dict)]
    commands = " ".join(healdesk["build-commands"])
    sources = set(re.findall(r"(?:packaging|resources)/\S+", commands))
    assert len(sources) >= 4
    for source in sources:
        for size in ICON_SIZES if "${size}" in source else (None,):
            path = source.replace("${size}", str(size)) if size else source
            assert (ROOT / path).is_file(), path


@pytest.fixture
def fake_bundle(tmp_path):
    """A stand-in for dist/healdesk: the installer only copies it and links its launcher."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    launcher = bundle / "healdesk"
    launcher.write_text("#!/bin/sh\necho HealDesk from the bundle\n")
    launcher.chmod(0o755)
    return bundle


def test_bundle_installer_adds_a_valid_menu_entry_and_uninstalls_cleanly(
    fake_bundle, isolated_user_dirs
):
    home = isolated_user_dirs
    share = home / ".local" / "share"
    journal = share / APP_ID / "journal.db"
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"ciphertext stand-in")
    script = str(LINUX / "install-bundle.sh")

    subprocess.run(["sh", script, str(fake_bundle)], check=True, capture_output=True)
    installed = share / "applications" / DESKTOP.name
    result = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True)
    assert result.returncode == 0, result.stdout
    launcher = home / ".local" / "opt" / "healdesk" / "healdesk"
    assert desktop_entry(installed)["Exec"] == f'"{launcher}"'
    ran = subprocess.run([str(home / ".local" / "bin" / "healdesk")], capture_output=True)
    assert ran.stdout == b"HealDesk from the bundle\n"
    for size in ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()

    subprocess.run(["sh", script, "--uninstall"], check=True, capture_output=True)
    assert not installed.exists() and not launcher.exists()
    assert not list((share / "icons").rglob(f"{APP_ID}.*"))
    assert journal.read_bytes() == b"ciphertext stand-in"
