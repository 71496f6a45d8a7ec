"""The layer rule of docs/architecture.md, read from the source: only healdesk/gui may use Qt.

Parsing instead of importing sees every import, lazy ones inside functions included, and
needs neither Qt nor a display. A subprocess test per command checks what actually loads.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "healdesk"

#: Layers that must work headless: a missing Qt must never break them.
HEADLESS = ("core", "vault", "formats", "cli", "export")

#: Imports of the app the `healdesk` command may make lazily, with the reason for each:
#: no sub-command opens the app, and --self-test checks the Qt part of an installation.
ALLOWED = {
    ("cli/__init__.py", "healdesk.gui.launch"),
    ("cli/__init__.py", "healdesk.selftest"),
}

#: healdesk.selftest is outside the gui package but imports Qt to test the installation.
FORBIDDEN = ("PySide6", "shiboken6", "healdesk.gui", "healdesk.selftest")


def imported_modules(tree: ast.AST, package: str = "healdesk") -> list[str]:
    """Every module (or name in a module) an import statement names, at any depth of the tree:
    `from a.b import c` gives `a.b.c`, since c may itself be a module. Relative imports are
    resolved against `package`, the dotted package of the parsed file."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            names += [f"{base}.{alias.name}" for alias in node.names]
    return names


def within(name: str, module: str) -> bool:
    return name == module or name.startswith(f"{module}.")


def forbidden_imports(package: Path, layers: tuple[str, ...]) -> list[str]:
    """'file: name' for each import of Qt or the GUI in the given layers, allowed ones aside."""
    found = []
    for layer in layers:
        for path in sorted((package / layer).rglob("*.py")):
            relative = path.relative_to(package).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            dotted = ".".join(["healdesk", *path.relative_to(package).parent.parts])
            for name in imported_modules(tree, dotted):
                allowed = any(f == relative and within(name, m) for f, m in ALLOWED)
                if any(within(name, m) for m in FORBIDDEN) and not allowed:
                    found.append(f"{relative}: {name}")
    return found


def test_headless_layers_never_import_qt_or_the_gui():
    for layer in ("core", "vault", "formats", "cli"):  # export/ comes with the PDF work
        assert list((PACKAGE / layer).glob("*.py")), f"healdesk/{layer} moved: update HEADLESS"
    assert forbidden_imports(PACKAGE, HEADLESS) == []


def test_every_allowed_exception_is_still_there():
    """An exception no longer needed is removed from ALLOWED, so it cannot excuse a later
    import."""
    for relative, module in ALLOWED:
        tree = ast.parse((PACKAGE / relative).read_text(encoding="utf-8"))
        assert any(within(name, module) for name in imported_modules(tree)), (relative, module)


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("from PySide6.QtWidgets import QWidget\n", "PySide6.QtWidgets.QWidget"),
        ("import PySide6\n", "PySide6"),
        ("import shiboken6 as sb\n", "shiboken6"),
        ("def later():\n    from healdesk.gui import prompts\n", "healdesk.gui.prompts"),
        ("from healdesk import gui\n", "healdesk.gui"),
        ("class A:\n    def b(self):\n        import healdesk.gui.launch\n", "healdesk.gui.launch"),
        ("from healdesk import selftest\n", "healdesk.selftest"),
        ("from .. import gui\n", "healdesk.gui"),
        ("from ..gui.prompts import ask\n", "healdesk.gui.prompts.ask"),
    ],
)
def test_the_check_finds_qt_and_gui_imports_however_written(tmp_path, source, name):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "sneaky.py").write_text(source, encoding="utf-8")
    assert forbidden_imports(tmp_path, ("core",)) == [f"core/sneaky.py: {name}"]


def test_the_check_leaves_look_alike_names_alone(tmp_path):
    (tmp_path / "core").mkdir()
    source = (
        "import guide\nfrom healdesk.guidance import x\nfrom . import gui\nfrom .gui import y\n"
    )
    (tmp_path / "core" / "fine.py").write_text(source, encoding="utf-8")
    assert forbidden_imports(tmp_path, ("core",)) == []


def test_an_allowed_import_is_allowed_only_where_listed(tmp_path):
    (tmp_path / "cli").mkdir()
    lazy = "def main():\n    from healdesk.gui.launch import run\n"
    (tmp_path / "cli" / "__init__.py").write_text(lazy, encoding="utf-8")
    (tmp_path / "cli" / "stats.py").write_text(lazy, encoding="utf-8")
    assert forbidden_imports(tmp_path, ("cli",)) == ["cli/stats.py: healdesk.gui.launch.run"]
