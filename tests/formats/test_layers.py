"""The formats package reads and writes files only: no vault, no SQL, no Qt."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.paths import ROOT


def test_formats_import_neither_the_vault_nor_qt():
    code = (
        "import sys, pkgutil, importlib, healdesk.formats as f\n"
        "for m in pkgutil.iter_modules(f.__path__):\n"
        "    importlib.import_module(f'healdesk.formats.{m.name}')\n"
        "bad = [m for m in sys.modules if m.startswith(('healdesk.vault', 'healdesk.cli',"
        " 'healdesk.gui', 'PySide6', 'sqlcipher3', 'sqlite3'))]\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
