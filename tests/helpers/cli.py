"""Running the `healdesk` command as a real process, and what its errors must look like."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.helpers.paths import ROOT


def healdesk(*args: str, stdin: str = "", env: dict[str, str] | None = None):
    return subprocess.run(
        [sys.executable, "-m", "healdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def assert_one_line_error(result, contains: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("healdesk: "), result.stderr
    assert contains in lines[0]


def run_without_qt(*argv: str, stdin: str = "") -> str:
    """Run a sub-command in a fresh interpreter, assert it succeeded without loading Qt or
    reportlab (a headless command must work where neither is installed), return its stdout."""
    code = (
        "import sys\nfrom healdesk.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "assert code == 0, code\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'reportlab'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def passphrase_options(vault, folder) -> list[str]:
    """Lock `vault` and give the options that open it from a command (a passphrase file in
    `folder`)."""
    from tests.helpers.vaults import PASSPHRASE

    vault.lock()
    secret = folder / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    return ["--data-dir", str(vault.folder), "--passphrase-file", str(secret)]


def stats(options: list[str], *extra: str):
    result = healdesk("stats", *options, *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout
