"""`healdesk --self-test`: a real run from the source tree, and how a failure is reported."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from healdesk import selftest
from tests.helpers.paths import ROOT

CHECKS = 10


def test_self_test_passes_from_source_and_cleans_up(tmp_path):
    temp = tmp_path / "tmp"
    temp.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "healdesk", "--self-test"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(temp)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == CHECKS and all(line.startswith("ok   ") for line in lines), lines
    assert f"found in {ROOT}" in lines[0]
    assert "therapist PDF exported (2 pages) and its text read back with pypdf" in result.stdout
    assert "no -wal file left" in result.stdout
    assert "languages de, en: catalogues and date formats found" in result.stdout
    assert result.stderr == ""  # no Qt warnings, no SQLCipher chatter
    assert list(temp.iterdir()) == []  # the temporary vault and PDF are gone


def test_a_failing_step_is_reported_and_the_rest_of_the_chain_is_not_run(monkeypatch, capsys):
    def check_search(self):  # named like the real step: the label comes from the name
        raise selftest.SelfTestFailed("search found 0 hits instead of the entry")

    monkeypatch.setattr(selftest.SelfTest, "check_search", check_search)
    # Qt is checked by the real run above; here it would change this process's QApplication.
    monkeypatch.setattr(selftest.SelfTest, "check_qt", lambda self: "Qt not checked here")

    assert selftest.run_self_test() == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == CHECKS
    assert lines[6] == "FAIL search: SelfTestFailed: search found 0 hits instead of the entry"
    assert lines[7:] == [
        "FAIL pdf: not run, an earlier step failed",
        "FAIL lock: not run, an earlier step failed",
        "FAIL reopen: not run, an earlier step failed",
    ]
    assert all(line.startswith("ok   ") for line in lines[:6])


@pytest.fixture
def written(tmp_path):
    """A self-test that has made its vault and written its entry, as before the PDF step."""
    test = selftest.SelfTest(tmp_path)
    test.check_create()
    test.check_write()
    yield test
    test.close()


def test_the_pdf_is_read_back_with_pdftotext_when_pypdf_is_missing(written, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as in a plain wheel install
    assert written.check_pdf() == (
        "therapist PDF exported (2 pages) and its text read back with pdftotext"
    )


def test_with_no_text_reader_the_pdf_check_says_what_it_did_not_check(
    written, monkeypatch, tmp_path
):
    monkeypatch.setitem(sys.modules, "pypdf", None)
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))
    assert written.check_pdf() == (
        "therapist PDF exported (2 pages); its text was not checked "
        "(neither pypdf nor pdftotext is installed)"
    )


def test_the_pdf_check_fails_when_the_entry_is_not_in_the_pdf(written, monkeypatch):
    monkeypatch.setattr(selftest, "MARKER", "wordnotwritten")
    with pytest.raises(selftest.SelfTestFailed, match="pypdf does not find"):
        written.check_pdf()
