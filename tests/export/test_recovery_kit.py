"""The recovery kit PDF: one page with the key, read back."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

from pypdf import PdfReader

from healdesk.export.recovery_kit import write_recovery_kit

KEY = "7K2M-QX9D-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"


def test_one_page_with_every_group_and_no_passphrase_line(tmp_path):
    out = tmp_path / "kit.pdf"
    write_recovery_kit(out, KEY, date(2026, 5, 4))
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in KEY.split("-"):
        assert group in text
    assert "2026-05-04" in text and "not therapy" in text
    assert reader.metadata.title == "HealDesk recovery kit"


def test_the_page_renders(tmp_path):
    out = tmp_path / "kit.pdf"
    write_recovery_kit(out, KEY)
    assert shutil.which("pdftoppm"), "poppler-utils is listed in .ci/test.sh"
    subprocess.run(["pdftoppm", "-r", "30", "-png", str(out), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 1000
