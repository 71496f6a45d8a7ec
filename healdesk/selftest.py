"""`healdesk --self-test`: proves an installation works end to end, without a display.

CI runs it from an installed wheel and from the PyInstaller bundle, where a missing data
folder, Qt plugin, keyring backend or native library shows up; a person can run it to see
whether their copy is sound. Everything happens in a temporary folder that is deleted
afterwards: the user's journal and keychain are never touched. Prints one line per check
("ok  ..." or "FAIL ...") and returns 0 only when every check passed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from healdesk import APP_ID

#: Synthetic entry text: a word no real file contains, so search and the plaintext scan can
#: look for it.
MARKER = "selftestzebra"
PASSPHRASE = "self-test passphrase 1"
NATIVE_KEYRING = {"linux": "SecretService", "darwin": "macOS", "win32": "Windows"}


class SelfTestFailed(Exception):
    """A check found something wrong; the message says what."""


class SelfTest:
    """The checks, in order, sharing one temporary folder and vault."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.folder = work / "vault"
        self.vault = None
        self.recovery_key = ""

    # --- what ships with the program -----------------------------------------------------
    def check_assets(self) -> str:
        from healdesk.locations import asset

        icon = asset("resources", "icons", f"{APP_ID}.svg")
        asset("ui")
        found = ["ui", "resources", "icon"]
        try:
            templates = asset("resources", "templates")
        except FileNotFoundError:
            pass  # a build without built-in repair templates: nothing to count
        else:
            found.append(f"{len(list(templates.glob('*.toml')))} templates")
        return f"{', '.join(found)} found in {icon.parents[2]}"

    def check_keychain_support(self) -> str:
        """The platform's keychain backend must load (PyInstaller drops entry points and
        hidden imports silently). Whether a keychain answers is the machine's business."""
        from importlib.metadata import entry_points

        wanted = NATIVE_KEYRING.get(sys.platform)
        points = {ep.name: ep for ep in entry_points(group="keyring.backends")}
        if wanted is None:
            return f"no native keychain backend known for {sys.platform}"
        if wanted not in points:
            raise SelfTestFailed(f"keyring backend {wanted} is not registered")
        points[wanted].load()
        return f"keyring backend {wanted} loads"

    def check_languages(self) -> str:
        """Each language on offer has a catalogue that loads and its CLDR data for dates and
        lists (the bundle keeps only those of babel's ~1,100 locales; a missing one would
        fall back to English dates without a word)."""
        import gettext

        from babel.dates import format_date

        from healdesk import i18n

        offered = i18n.available_languages()
        for tag in offered:
            if tag != i18n.SOURCE_LANGUAGE:
                gettext.translation(i18n.DOMAIN, i18n.locale_dir(), [tag])  # raises if broken
            format_date(datetime(2026, 12, 2), "long", locale=tag)  # its data, and root's
        return f"languages {', '.join(offered)}: catalogues and date formats found"

    def check_qt(self) -> str:
        from PySide6 import __version__ as qt_version
        from PySide6.QtWidgets import QApplication

        from healdesk.gui.base.identity import apply_identity

        # Offscreen unless QT_QPA_PLATFORM names a platform: CI also runs the bundle under
        # Xvfb with "xcb" to prove the real display plugin and its libraries load.
        argv = (
            ["healdesk"]
            if os.environ.get("QT_QPA_PLATFORM")
            else ["healdesk", "-platform", "offscreen"]
        )
        app = QApplication.instance() or QApplication(argv)
        apply_identity(app)
        if app.desktopFileName() != APP_ID:
            raise SelfTestFailed(f"desktop file name is {app.desktopFileName()!r}")
        for size in (16, 48, 1024):
            if app.windowIcon().pixmap(size, size).isNull():
                raise SelfTestFailed(f"the app icon does not render at {size} px")
        return f"Qt {qt_version} starts ({app.platformName()}), app icon renders"

    # --- the journal, end to end ------------------------------------------------------------
    def check_create(self) -> str:
        from healdesk.vault import Vault

        self.vault, self.recovery_key = Vault.create(self.folder, PASSPHRASE)
        version = self.vault.journal.db.execute("PRAGMA cipher_version").fetchone()[0]
        return f"encrypted vault created (SQLCipher {version})"

    def check_write(self) -> str:
        from healdesk.core.conflict import Conflict

        entry = Conflict(
            datetime(2026, 1, 2, 19, 30, tzinfo=UTC),
            f"We talked about the {MARKER} chores list and both felt heard.",
            person="Partner",
            themes=["Chores"],
        )
        entry_id = self.vault.journal.add_conflict(entry)
        if self.vault.journal.get_conflict(entry_id).what_happened != entry.what_happened:
            raise SelfTestFailed("the entry read back differs from what was written")
        return "entry written and read back"

    def check_search(self) -> str:
        hits = self.vault.journal.search(MARKER[:6])
        if len(hits) != 1 or MARKER not in hits[0].plain_snippet("", ""):
            raise SelfTestFailed(f"search found {len(hits)} hits instead of the entry")
        return "full-text search finds the entry"

    def check_pdf(self) -> str:
        """The real therapist export of the entry (fonts, layout, atomic write), into the
        temporary folder. Its text is read back with whatever this installation has: pypdf
        (a test extra), else poppler's pdftotext; with neither, only the header and the page
        count (pikepdf, a dependency) are checked, and the line says so."""
        import pikepdf

        from healdesk.core.selection import Selection
        from healdesk.export.pdf import export_pdf

        out = self.work / "self-test.pdf"
        result = export_pdf(self.vault.journal, out, Selection())
        if not out.read_bytes().startswith(b"%PDF-"):
            raise SelfTestFailed("the export does not start like a PDF")
        with pikepdf.open(out) as pdf:
            pages = len(pdf.pages)
        if pages < 2 or pages != result.pages:  # the summary page, then the entry
            raise SelfTestFailed(f"the PDF has {pages} pages, the exporter laid out {result.pages}")
        done = f"therapist PDF exported ({pages} pages)"
        read = _pdf_text(out)
        if read is None:
            return f"{done}; its text was not checked (neither pypdf nor pdftotext is installed)"
        reader, text = read
        if MARKER not in text:
            raise SelfTestFailed(f"{reader} does not find the entry's words in the PDF")
        return f"{done} and its text read back with {reader}"

    def check_lock(self) -> str:
        self.vault.lock()
        leftovers = [p.name for p in self.folder.iterdir() if p.name.endswith(("-wal", "-shm"))]
        if leftovers:
            raise SelfTestFailed(f"left after locking: {', '.join(leftovers)}")
        readable = [
            p.name
            for p in self.folder.rglob("*")
            if p.is_file() and MARKER.encode() in p.read_bytes()
        ]
        if readable:
            raise SelfTestFailed(f"entry text readable in {', '.join(readable)}")
        return "locked: no -wal file left, no readable entry text in the vault folder"

    def check_reopen(self) -> str:
        from healdesk.vault import Vault

        with Vault.unlock(self.folder, recovery_key=self.recovery_key) as vault:
            if vault.journal.count() != 1:
                raise SelfTestFailed("the entry is missing after unlocking again")
        return "unlocked again with the recovery key, entry still there"

    def close(self) -> None:
        if self.vault is not None:
            self.vault.lock()  # safe twice; frees the folder if a check failed midway


def _pdf_text(path: Path) -> tuple[str, str] | None:
    """(reader, text) from pypdf if installed, else pdftotext if on PATH, else None."""
    try:
        from pypdf import PdfReader
    except ImportError:
        pass
    else:
        return "pypdf", " ".join(page.extract_text() or "" for page in PdfReader(path).pages)
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    done = subprocess.run(
        [tool, "-q", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return "pdftotext", done.stdout


def _run(checks: list[Callable[[], str]], *, chained: bool) -> bool:
    """Run and print each check; in a chain, a failure leaves the later steps not run."""
    passed = True
    for check in checks:
        label = check.__name__.removeprefix("check_").replace("_", " ")
        if chained and not passed:
            print(f"FAIL {label}: not run, an earlier step failed")
            continue
        try:
            print(f"ok   {check()}")
        except Exception as error:  # any breakage becomes one line, not a traceback
            passed = False
            print(f"FAIL {label}: {type(error).__name__}: {error}")
        sys.stdout.flush()
    return passed


def run_self_test() -> int:
    with tempfile.TemporaryDirectory(prefix="healdesk-self-test-") as work:
        test = SelfTest(Path(work))
        try:
            shipped = _run(
                [
                    test.check_assets,
                    test.check_keychain_support,
                    test.check_languages,
                    test.check_qt,
                ],
                chained=False,
            )
            journal = _run(
                [
                    test.check_create,
                    test.check_write,
                    test.check_search,
                    test.check_pdf,
                    test.check_lock,
                    test.check_reopen,
                ],
                chained=True,
            )
        finally:
            test.close()
    return 0 if shipped and journal else 1
