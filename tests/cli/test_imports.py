"""`healdesk --help` and every sub-command's parser load only what naming the commands needs:
pattern analysis, file readers, the vault and Qt load when a command runs, not before; the
list of commands loads no command module at all, and a command loads only its own."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers.paths import ROOT

#: Loaded only by the commands that use them.
HEAVY = (
    "healdesk.core.analysis.patterns",
    "healdesk.core.analysis.insights",
    "healdesk.formats.detect",
    "healdesk.vault",
    "healdesk.export",
    "PySide6",
    "sqlcipher3",
    "cryptography",
    "reportlab",
    "zipfile",
)


def modules_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def test_help_loads_no_command_body():
    loaded = modules_after(
        "from healdesk.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"
    )
    assert not [name for name in HEAVY if name in loaded]
    assert not [name for name in loaded if name.startswith("healdesk.cli.journal.stats")]
    assert "ctypes" not in loaded  # the process is hardened after parsing: no secret yet


def test_a_command_loads_only_its_own_module():
    loaded = modules_after(
        "from healdesk.cli import main\ntry:\n    main(['search', '--help'])\n"
        "except SystemExit:\n    pass"
    )
    assert "healdesk.cli.journal.search" in loaded
    assert not [
        name
        for name in ("healdesk.cli.journal.stats", "healdesk.cli.transfer.export_pdf")
        if name in loaded
    ]


def test_search_and_stats_parsers_load_no_command_body():
    loaded = modules_after(
        "from healdesk.cli import build_parser\n"
        "build_parser().parse_args(['search', 'dishes'])\n"
        "build_parser().parse_args(['stats'])"
    )
    assert not [name for name in HEAVY if name in loaded]
