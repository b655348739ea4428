"""Every write in ui/ goes through ui/ops (DESIGN.md §1: the UI writes only through ops).

A view may hand a write to ``env.ops.write(owner, fn, ...)``; it may not call it. The check
reads each ui module's calls, resolves ``module.function`` against the module's own names,
and flags a call of an ``Operation``, of a core function that opens a write session, or a
write session opened in ui/ itself.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path
from typing import Any

from rts_desktop.db.operations import Operation

UI = Path(__file__).resolve().parents[2] / "rts_desktop" / "ui"
#: ops.py runs the writes; sync/shots.py stages a conflict in a throwaway copy of the
#: database for the documentation's screenshots (no person's write); nothing else may
ALLOWED = {"ops.py", "sync/shots.py"}


def _dotted(node: ast.AST) -> list[str] | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        return [node.id, *reversed(parts)]
    return None


def _resolve(namespace: dict[str, Any], chain: list[str]) -> Any:
    obj: Any = namespace.get(chain[0])
    for name in chain[1:]:
        obj = getattr(obj, name, None)
    return obj


def _opens_write_session(fn: Any) -> bool:
    module = getattr(fn, "__module__", "") or ""
    if not module.startswith(("rts_desktop.services", "rts_desktop.sync")):
        return False
    try:
        source = inspect.getsource(fn)
    except (OSError, TypeError):
        return False
    return ".session(ctx" in source


def offenders(path: Path, namespace: dict[str, Any]) -> list[str]:
    rel = path.relative_to(UI.parent.parent)
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        chain = _dotted(node.func)
        if chain is None:
            continue
        if chain[-1] == "session":
            read_only = any(
                k.arg == "write" and isinstance(k.value, ast.Constant) and k.value.value is False
                for k in node.keywords
            )
            if node.args and not read_only:  # db.session(ctx): a view writing by itself
                found.append(f"{rel}:{node.lineno}: opens a write session")
            continue
        target = _resolve(namespace, chain)
        if isinstance(target, Operation) or (callable(target) and _opens_write_session(target)):
            found.append(f"{rel}:{node.lineno}: calls {'.'.join(chain)}; use env.ops.write")
    return found


def ui_modules() -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.relative_to(UI).as_posix() in ALLOWED:
            continue
        name = ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts)
        module = importlib.import_module(name.removesuffix(".__init__"))
        found.append((path, vars(module)))
    return found


def test_every_write_in_the_ui_goes_through_ops():
    bad = [line for path, namespace in ui_modules() for line in offenders(path, namespace)]
    assert bad == []


def test_the_check_sees_a_direct_write(tmp_path):
    from rts_desktop.services.cases import notes

    path = UI / "cases" / "planted.py"
    source = "def save(db, ctx):\n    notes.add_note(db, ctx, 'c', 'libera', None, 't')\n"
    source += "def raw(db, ctx):\n    with db.session(ctx) as s:\n        pass\n"
    path.write_text(source, encoding="utf-8")
    try:
        found = offenders(path, {"notes": notes})
    finally:
        path.unlink()
    assert found == [
        "rts_desktop/ui/cases/planted.py:2: calls notes.add_note; use env.ops.write",
        "rts_desktop/ui/cases/planted.py:4: opens a write session",
    ]


def test_no_bare_except_exception_in_the_ui():
    """Only the worker catches everything: it hands the error to the GUI thread."""
    bad = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "worker.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and (
                node.type is None
                or (
                    isinstance(node.type, ast.Name)
                    and node.type.id in ("Exception", "BaseException")
                )
            ):
                bad.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}")
    assert bad == []
