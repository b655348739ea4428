"""The package's import graph read from source, and the house rules it must keep.

Every ``import`` and ``from ... import`` anywhere in a module counts (inside functions and
``TYPE_CHECKING`` blocks too): a lazy import still ties two modules together.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent / "rts_desktop"


@dataclass(frozen=True)
class Edge:
    source: str  # importing module, dotted
    target: str  # imported module, dotted
    path: str  # file of the importing module, relative to the package's parent
    line: int
    names: tuple[str, ...] = ()  # the names taken by ``from target import ...``

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def module_names(root: Path = PACKAGE_DIR) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _known(name: str, modules: dict[str, Path]) -> str | None:
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def edges_of(module: str, source: str, path: str, modules: dict[str, Path]) -> Iterator[Edge]:
    top = modules and next(iter(modules)).split(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _known(alias.name, modules)
                if target:
                    yield Edge(module, target, path, node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != top:
                continue
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in modules:  # ``from package import submodule``
                    yield Edge(module, full, path, node.lineno)
                else:
                    target = _known(node.module, modules)
                    if target:
                        yield Edge(module, target, path, node.lineno, (alias.name,))


def all_edges(root: Path = PACKAGE_DIR, *, skip: Iterable[str] = ()) -> list[Edge]:
    modules = module_names(root)
    skipped = tuple(skip)
    edges: list[Edge] = []
    for module, path in sorted(modules.items()):
        if module.startswith(skipped):
            continue
        rel = str(path.relative_to(root.parent))
        edges += [
            e
            for e in edges_of(module, path.read_text(encoding="utf-8"), rel, modules)
            if e.target != module
        ]
    return edges


def cycles(edges: Iterable[Edge]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iteratively)."""
    graph: dict[str, set[str]] = {}
    for e in edges:
        graph.setdefault(e.source, set()).add(e.target)
        graph.setdefault(e.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        top = stack.pop()
                        on_stack.discard(top)
                        group.append(top)
                        if top == node:
                            break
                    if len(group) > 1:
                        groups.append(sorted(group))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return groups
