"""The app icon: every PNG size exists, is square, matches the SVG; the app applies it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from healdesk import APP_ID
from healdesk.gui.base.identity import ICON_SIZES, apply_identity, settings
from healdesk.locations import asset, config_dir
from tests.helpers.paths import ROOT


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_size_exists_and_is_square(size):
    image = QImage(
        str(asset("resources", "icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png"))
    )
    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent, not a white box
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255 and centre.lightness() > 180  # the pale heart is drawn


def test_pngs_and_platform_icons_match_a_fresh_render_of_the_svg():
    result = subprocess.run(
        [sys.executable, "packaging/render_icons.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def restored_identity(qapp):
    """apply_identity changes process-wide names: give them back for the other tests."""
    before = (
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.organizationName(),
        qapp.organizationDomain(),
        qapp.desktopFileName(),
        qapp.windowIcon(),
    )
    yield qapp
    name, display, org, domain, desktop, icon = before
    qapp.setApplicationName(name)
    qapp.setApplicationDisplayName(display)
    qapp.setOrganizationName(org)
    qapp.setOrganizationDomain(domain)
    qapp.setDesktopFileName(desktop)
    qapp.setWindowIcon(icon)


def test_apply_identity_names_the_app_after_app_id_and_sets_the_icon(restored_identity):
    app = restored_identity
    apply_identity(app)
    assert app.desktopFileName() == APP_ID
    assert (app.applicationName(), app.organizationDomain()) == ("HealDesk", "healdesk.org")
    for size in (*ICON_SIZES, 1000):  # 1000: beyond the PNGs, the SVG still draws it
        pixmap = app.windowIcon().pixmap(size, size)
        assert (pixmap.width(), pixmap.height()) == (size, size)


def test_settings_live_in_the_app_id_config_folder():
    store = settings()
    store.setValue("ui/theme", "dark")
    store.sync()
    assert Path(store.fileName()) == config_dir() / "settings.ini"
    assert "theme=dark" in (config_dir() / "settings.ini").read_text(encoding="utf-8")


def test_the_icon_check_allows_rasteriser_rounding_but_not_a_changed_icon(qapp):
    """Another CPU's render differed by 1/255 on a few pixels: still the same icon. A real
    change to the SVG moves whole areas far beyond the stated tolerance."""
    import importlib.util

    from PySide6.QtGui import QColor

    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    fresh = icons.render(64)
    rounded = QImage(fresh)
    for x in range(20, 28):
        colour = rounded.pixelColor(x, 32)
        rounded.setPixelColor(
            x, 32, QColor(min(colour.red() + 1, 255), colour.green(), colour.blue(), colour.alpha())
        )
    assert rounded != fresh and icons.same_picture(rounded, fresh)
    changed = QImage(fresh)
    for x in range(16, 48):
        changed.setPixelColor(x, 32, QColor(0, 0, 0, 255))
    assert not icons.same_picture(changed, fresh)
    assert not icons.same_picture(icons.render(32), fresh)
