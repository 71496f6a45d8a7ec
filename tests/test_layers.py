"""The layer rules of docs/architecture.md, read from the source: only healdesk/gui may use
Qt, nothing below the app imports it, and core imports no other layer.

Parsing instead of importing sees every import, lazy ones inside functions included, and
needs neither Qt nor a display. What a command loads at run time (imports of imports) is
checked by running it: tests/cli/test_commands.py's `run_without_qt`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "healdesk"

#: Qt, and healdesk.selftest: outside the gui package, but it imports Qt to test an installation.
QT = ("PySide6", "shiboken6", "healdesk.gui", "healdesk.selftest")
#: The layers above core: core is the journal's vocabulary and depends on none of them.
ABOVE_CORE = ("healdesk.vault", "healdesk.formats", "healdesk.export", "healdesk.cli")
#: Storage engines: only the vault talks to a database.
DATABASE = ("sqlite3", "sqlcipher3")

#: What each layer must never import, by the files it is made of (a missing layer, e.g. export
#: before the PDF work, is simply skipped). All of them must work headless, without Qt.
RULES: dict[str, tuple[str, ...]] = {
    # The package root: every layer imports it, so it imports none of them.
    "__init__.py": (*QT, *ABOVE_CORE, *DATABASE, "reportlab"),
    "locations.py": (*QT, *ABOVE_CORE, *DATABASE, "reportlab"),
    "i18n.py": (*QT, *ABOVE_CORE, *DATABASE, "reportlab"),
    "core/**/*.py": (*QT, *ABOVE_CORE, *DATABASE, "reportlab"),
    "formats/**/*.py": (
        *QT,
        "healdesk.vault",
        "healdesk.export",
        "healdesk.cli",
        *DATABASE,
        "reportlab",
    ),
    "vault/**/*.py": (*QT, "healdesk.export", "healdesk.cli"),
    "export/**/*.py": (*QT, "healdesk.cli"),
    "cli/**/*.py": QT,
}

#: Imports of the app the `healdesk` command may make lazily, with the reason for each:
#: no sub-command opens the app, and --self-test checks the Qt part of an installation.
ALLOWED = {
    ("cli/__init__.py", "healdesk.gui.app.launch"),
    ("cli/__init__.py", "healdesk.selftest"),
}


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


def forbidden_imports(package: Path, rules: dict[str, tuple[str, ...]]) -> list[str]:
    """'file: name' for each import a layer's rule forbids, allowed exceptions aside."""
    found = []
    for files, forbidden in rules.items():
        for path in sorted(package.glob(files)):
            relative = path.relative_to(package).as_posix()
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            dotted = ".".join(["healdesk", *path.relative_to(package).parent.parts])
            for name in imported_modules(tree, dotted):
                allowed = any(f == relative and within(name, m) for f, m in ALLOWED)
                if any(within(name, m) for m in forbidden) and not allowed:
                    found.append(f"{relative}: {name}")
    return found


def test_every_layer_keeps_to_its_rule():
    for files in RULES:
        if not files.startswith("export/"):  # export/ comes with the PDF work
            assert list(PACKAGE.glob(files)), f"no healdesk/{files}: update RULES"
    assert forbidden_imports(PACKAGE, RULES) == []


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
        (
            "from healdesk.vault.stores.journal import Journal\n",
            "healdesk.vault.stores.journal.Journal",
        ),
        ("from ..formats import detect\n", "healdesk.formats.detect"),
        ("import sqlite3\n", "sqlite3"),
        ("from reportlab.platypus import Paragraph\n", "reportlab.platypus.Paragraph"),
    ],
)
def test_the_check_finds_forbidden_imports_however_written(tmp_path, source, name):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "sneaky.py").write_text(source, encoding="utf-8")
    assert forbidden_imports(tmp_path, {"core/**/*.py": RULES["core/**/*.py"]}) == [
        f"core/sneaky.py: {name}"
    ]


def test_the_check_leaves_look_alike_names_alone(tmp_path):
    (tmp_path / "core").mkdir()
    source = (
        "import guide\nfrom healdesk.guidance import x\nfrom . import gui\nfrom .gui import y\n"
    )
    (tmp_path / "core" / "fine.py").write_text(source, encoding="utf-8")
    assert forbidden_imports(tmp_path, {"core/**/*.py": RULES["core/**/*.py"]}) == []


def test_an_allowed_import_is_allowed_only_where_listed(tmp_path):
    (tmp_path / "cli").mkdir()
    lazy = "def main():\n    from healdesk.gui.app.launch import run\n"
    (tmp_path / "cli" / "__init__.py").write_text(lazy, encoding="utf-8")
    (tmp_path / "cli" / "stats.py").write_text(lazy, encoding="utf-8")
    assert forbidden_imports(tmp_path, {"cli/**/*.py": RULES["cli/**/*.py"]}) == [
        "cli/stats.py: healdesk.gui.app.launch.run"
    ]


def test_layers_above_core_may_use_core_and_the_vault(tmp_path):
    (tmp_path / "export").mkdir()
    source = "from healdesk.vault import Journal\nfrom ..core.conflict import Conflict\n"
    (tmp_path / "export" / "pdf.py").write_text(source, encoding="utf-8")
    assert forbidden_imports(tmp_path, {"export/**/*.py": RULES["export/**/*.py"]}) == []


def _runtime_imports(tree: ast.AST, package: str) -> list[str]:
    """Like `imported_modules`, lazy imports included, but without `if TYPE_CHECKING:` blocks
    (they never run, so they cannot make a circle)."""
    kept = ast.Module(body=[], type_ignores=[])
    todo = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo += node.orelse
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            kept.body.append(node)
        todo += ast.iter_child_nodes(node)
    return imported_modules(kept, package)


def import_circles(package: Path) -> list[list[str]]:
    """Groups of modules that import one another round in a circle (Tarjan's strongly
    connected components over every runtime import, lazy ones too)."""
    files = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path

    def module_of(name: str) -> str | None:
        while name and name not in files:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for module, path in files.items():
        home = module if path.name == "__init__.py" else module.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = {module_of(name) for name in _runtime_imports(tree, home)}
        graph[module] = sorted(t for t in targets if t and t != module)
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles = []

    def visit(module: str) -> None:
        order[module] = low[module] = len(order)
        stack.append(module)
        for target in graph[module]:
            if target not in order:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], order[target])
        if low[module] == order[module]:
            group = [stack.pop()]
            while group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                circles.append(sorted(group))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return circles


def test_no_module_imports_itself_round_a_circle():
    assert import_circles(PACKAGE) == []


def test_the_circle_check_sees_a_lazy_circle_but_not_a_type_only_one(tmp_path):
    package = tmp_path / "healdesk"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from healdesk.b import B\n")
    (package / "b.py").write_text("def later():\n    from healdesk import a\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from healdesk.a import A\n"
    )
    assert import_circles(package) == [["healdesk.a", "healdesk.b"]]
