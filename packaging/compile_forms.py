"""Regenerate healdesk/gui/forms/ui_<name>.py from every ui/<name>.ui.

Run after editing a form in Qt Designer. CI runs it with --check and fails on a diff, which
is why the PySide6 version is pinned.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from generated import outcome, update

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "healdesk" / "gui" / "forms"


def _uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        sys.exit("pyside6-uic not found: install PySide6-Essentials")
    return found


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [_uic(), "--from-imports", str(ui_file.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail if a form is out of date")
    args = parser.parse_args()
    forms = {
        FORMS_DIR / f"ui_{ui_file.stem}.py": compile_form(ui_file).encode("utf-8")
        for ui_file in sorted(UI_DIR.glob("*.ui"))
    }
    return outcome(update(forms, args.check), args.check, "compile_forms.py")


if __name__ == "__main__":
    sys.exit(main())
