"""`healdesk --help` and every sub-command's parser load only what naming the commands needs:
pattern analysis, file readers, the vault and Qt load when a command runs, not before; the
list of commands loads no command module at all, and a command loads only its own. `--help`
itself, as a person runs it (no HEALDESK_* folders set), loads nothing beyond argparse and
gettext: it is typed to learn the commands and should answer at once (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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

#: Not loaded by `healdesk --help` either: each costs a large share of Python's own start
#: (platformdirs' Unix module brings tempfile, shutil, random, bz2 and lzma; argparse would
#: load shutil for the terminal's width; json is read only when a language was chosen).
NOT_FOR_HELP = (
    "pathlib",
    "typing",
    "datetime",
    "platformdirs",
    "tempfile",
    "shutil",
    "json",
    "sqlite3",
    "sqlcipher3",
    "PySide6",
)

#: `healdesk --help` as the installed script runs it.
HELP = "from healdesk.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass"


def modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    """The modules a fresh interpreter has loaded after `code` (json is imported only after
    they are listed)."""
    script = (
        f"import sys\n{code}\nloaded = sorted(sys.modules)\nimport json\nprint(json.dumps(loaded))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.splitlines()[-1]))


def user_env(home: Path) -> dict[str, str]:
    """A person's environment: no HEALDESK_* folders, the XDG folders (or, without them, the
    home folder) inside `home`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALDESK_", "XDG_"))}
    return {**env, "HOME": str(home)}


def loaded_of(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(f"{n}.") for m in modules)]


def test_help_loads_no_command_body():
    loaded = modules_after(HELP)
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


def test_help_as_a_person_runs_it_loads_only_argparse_and_gettext(tmp_path):
    with_xdg = {**user_env(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for env in (user_env(tmp_path), with_xdg):
        loaded = modules_after(HELP, env)
        assert {"argparse", "gettext", "healdesk.i18n"} <= loaded  # the probe saw --help
        assert loaded_of(loaded, NOT_FOR_HELP) == []


def test_the_guard_notices_a_loaded_module():
    assert loaded_of({"PySide6.QtCore", "json"}, NOT_FOR_HELP) == ["json", "PySide6"]
    assert loaded_of({"jsonschema"}, NOT_FOR_HELP) == []


def test_help_in_a_chosen_language_loads_json_and_nothing_else(tmp_path, monkeypatch):
    from healdesk import APP_ID, i18n

    monkeypatch.setenv("HEALDESK_CONFIG_DIR", str(tmp_path / "config" / APP_ID))
    i18n.save_language("de")  # as Preferences keeps it, in the person's XDG config folder
    env = {**user_env(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    loaded = modules_after(
        f"{HELP}\nfrom healdesk import i18n\nassert i18n.language() == 'de'", env
    )
    assert loaded_of(loaded, NOT_FOR_HELP) == ["json"]
