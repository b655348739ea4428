"""The house rules (DESIGN.md §1), read from the source's imports.

1. Floors: ``ui → services/<area> | sync | reports → db → models → kernel``; a module may
   import only from a lower floor or from its own unit. The service areas, ``sync`` and
   ``reports`` share a floor and never import each other; ``services/deadlines.py`` (the
   cross-area reader) and ``services/retention.py`` (which clears and erases across areas)
   sit above them, ``services/today/`` (the Oggi page) above the deadlines it reuses;
   ``demo`` is reached only from the command line.
   The kernel's audit writer (``kernel/access.py``) needs a model, so it sits above ``models``.
2. No import cycles between modules.
3. No ``_private`` name imported from another module.
4. Nothing outside ``ui/`` imports Qt (the command line starts the GUI lazily).

Each failure lists ``file:line`` and what to do about it.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

from tests.import_graph import PACKAGE_DIR, Edge, all_edges, cycles

ROOT = "rts_desktop"
SERVICE_AREAS = ("cases", "housing", "calendar", "plans")
#: (unit, floor): a unit is a dotted prefix below ``rts_desktop``; the longest prefix wins
FLOORS: dict[str, int] = {
    "": 0,  # the package itself: name and version
    "kernel": 0,
    "models": 1,
    "i18n": 1,  # the catalogues: extraction, .ts files, compilation (reads kernel.i18n)
    "kernel.access": 2,
    "documents": 2,
    "migrations": 2,
    "db": 3,
    **{f"services.{area}": 4 for area in SERVICE_AREAS},
    "services.operators": 4,
    "services.audit_log": 4,
    "services": 4,  # the package marker only
    "sync": 4,
    "reports": 4,
    "services.deadlines": 5,
    "services.retention": 5,
    "services.today": 6,  # the Oggi page's reader, above the deadlines it reuses
    "demo": 6,
    "ui": 7,
    "cli": 8,
    "__main__": 9,
}
QT = ("PySide6", "shiboken6", "rts_desktop.ui")


def unit_of(module: str) -> str:
    rest = module.removeprefix(ROOT).removeprefix(".")
    best = ""
    for unit in FLOORS:
        if unit and (rest == unit or rest.startswith(unit + ".")) and len(unit) > len(best):
            best = unit
    return best


def floor_violations(edges: list[Edge]) -> list[str]:
    bad = []
    for e in edges:
        src, dst = unit_of(e.source), unit_of(e.target)
        if src == dst or FLOORS[dst] < FLOORS[src]:
            continue
        why = "same floor, sibling units" if FLOORS[dst] == FLOORS[src] else "upward"
        bad.append(
            f"{e.where()}: {e.source} imports {e.target} ({why}: {src or ROOT} is on floor "
            f"{FLOORS[src]}, {dst or ROOT} on {FLOORS[dst]}); move the shared piece down"
        )
    return bad


def private_imports(edges: list[Edge]) -> list[str]:
    return [
        f"{e.where()}: {e.source} takes {name} from {e.target}; make it public or keep it home"
        for e in edges
        for name in e.names
        if name.startswith("_") and not name.startswith("__")
    ]


def qt_imports(root: Path = PACKAGE_DIR) -> list[str]:
    bad = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root)
        if rel.parts[0] == "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        nodes = tree.body if rel.parts[0] == "cli" else list(ast.walk(tree))
        for node in nodes:
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.module
                else []
            )
            bad += [
                f"{rel}:{node.lineno}: {n}"
                for n in names
                if any(n == q or n.startswith(q + ".") for q in QT)
            ]
    return bad


def house_rules(root: Path = PACKAGE_DIR) -> list[str]:
    edges = all_edges(root, skip=(f"{ROOT}.migrations.versions",))
    found = floor_violations(edges) + private_imports(edges)
    found += [f"import cycle: {' → '.join(group)}" for group in cycles(edges)]
    return found + [f"Qt outside ui/: {q}" for q in qt_imports(root)]


def test_the_house_keeps_its_rules():
    assert house_rules() == []


def test_every_module_has_a_floor():
    edges = all_edges(skip=(f"{ROOT}.migrations.versions",))
    modules = {e.source for e in edges} | {e.target for e in edges}
    assert not [m for m in modules if m != ROOT and unit_of(m) == ""]


def test_planted_violations_are_caught_with_their_line(tmp_path):
    copy = tmp_path / ROOT
    shutil.copytree(PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    notes = copy / "services" / "cases" / "notes.py"
    lines = notes.read_text(encoding="utf-8").splitlines()
    lines += [
        "from rts_desktop.services.plans.plan import create_draft",  # sibling area
        "from rts_desktop.ui.env import UiEnv",  # upward, and Qt
        "from rts_desktop.services.cases.case import _load_case",  # private
    ]
    notes.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (copy / "kernel" / "ids.py").write_text(
        "from rts_desktop.kernel import clock\n", encoding="utf-8"
    )
    (copy / "kernel" / "clock.py").write_text(
        "from rts_desktop.kernel import ids\n", encoding="utf-8"
    )
    found = "\n".join(house_rules(copy))
    n = len(lines)
    where = f"rts_desktop/services/cases/notes.py:{n - 2}"
    assert (
        f"{where}: rts_desktop.services.cases.notes imports rts_desktop.services.plans.plan"
        in found
    )
    assert "sibling units" in found
    assert f"notes.py:{n - 1}: rts_desktop.services.cases.notes imports rts_desktop.ui.env" in found
    assert f"notes.py:{n}: rts_desktop.services.cases.notes takes _load_case" in found
    assert "import cycle: rts_desktop.kernel.clock → rts_desktop.kernel.ids" in found
    assert f"services/cases/notes.py:{n - 1}: rts_desktop.ui.env" in found


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
