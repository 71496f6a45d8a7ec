"""The source tree stays as the next maintainer expects: lint-clean, forms compiled from ui/."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.paths import ROOT


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


#: The only modules that may start a thread (docs/architecture.md, "Threads").
THREAD_MAKERS = {
    "healdesk/gui/base/background.py",  # every background job of the app
    "healdesk/gui/app/system_lock.py",  # the D-Bus listener: no Qt object, no vault
    "healdesk/vault/access/device.py",  # a keychain call with a timeout, inside a job or a command
}


def test_threads_start_in_one_place():
    import re

    maker = re.compile(r"\b(QThread|BackgroundTask|_Runner|Thread|ThreadPoolExecutor)\(")
    found = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "healdesk").rglob("*.py")
        if maker.search(path.read_text(encoding="utf-8"))
    }
    assert found <= THREAD_MAKERS, sorted(found - THREAD_MAKERS)


def test_signals_are_blocked_only_through_quietly():
    """`blockSignals(True)` left on by an exception silences a widget for good; `quietly`
    (gui/base/quiet.py, QSignalBlocker) cannot leak (docs/contributing.md)."""
    found = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "healdesk").rglob("*.py")
        if "forms" not in path.parts and ".blockSignals(" in path.read_text(encoding="utf-8")
    ]
    assert found == []


def test_every_benchmark_imports():
    """The benchmarks run after the suite (.ci/test.sh); one that no longer imports after a
    refactor should fail here, in seconds, not at the end of CI."""
    import importlib

    for script in sorted((ROOT / "tests" / "bench").glob("bench_*.py")):
        module = importlib.import_module(f"tests.bench.{script.stem}")
        assert callable(module.main), script.name
