"""The core never imports Qt: only rts_desktop/ui may (and cli.py, lazily, inside functions)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "rts_desktop"
FORBIDDEN = ("PySide6", "shiboken6", "rts_desktop.ui")


def imported_modules(tree: ast.AST, *, top_level_only: bool) -> list[str]:
    nodes = tree.body if top_level_only and isinstance(tree, ast.Module) else list(ast.walk(tree))
    names: list[str] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def offenders(names: list[str]) -> list[str]:
    return [n for n in names if any(n == f or n.startswith(f + ".") for f in FORBIDDEN)]


def test_nothing_outside_ui_imports_qt():
    bad = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_only = rel.parts[0] == "cli"  # the CLI starts the GUI lazily
        bad += [
            f"{rel}: {name}" for name in offenders(imported_modules(tree, top_level_only=top_only))
        ]
    assert bad == []


def test_the_checker_catches_a_forbidden_import():
    tree = ast.parse("def f():\n    from PySide6.QtCore import QObject\n")
    assert offenders(imported_modules(tree, top_level_only=False)) == ["PySide6.QtCore"]


def test_core_runs_without_loading_qt():
    code = (
        "import sys, pkgutil, importlib, rts_desktop\n"
        "for m in pkgutil.walk_packages(rts_desktop.__path__, 'rts_desktop.'):\n"
        "    if not m.name.startswith(('rts_desktop.ui', 'rts_desktop.migrations', 'rts_desktop.__main__')):\n"
        "        importlib.import_module(m.name)\n"
        "print([m for m in sys.modules if m.startswith('PySide6')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
