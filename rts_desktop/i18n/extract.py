"""Find the translatable texts of the source by reading its syntax tree."""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rts_desktop.kernel.i18n import ASSESSMENT, MESSAGES

#: names under which Qt's ``translate(context, source, disambiguation, n)`` is called
QT_TRANSLATE = {"QCoreApplication", "QApplication", "QGuiApplication"}
#: a line ending in this comment may pass a non-literal text (a value already translated)
DYNAMIC_OK = "# i18n: dynamic"


@dataclass(frozen=True, order=True)
class Key:
    context: str
    source: str
    comment: str = ""


@dataclass
class Entry:
    key: Key
    numerus: bool = False
    files: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.what}"


@dataclass
class Catalogue:
    entries: dict[Key, Entry] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def add(self, key: Key, numerus: bool, path: str) -> None:
        entry = self.entries.setdefault(key, Entry(key))
        entry.numerus = entry.numerus or numerus
        entry.files.add(path)


def literal(node: ast.expr | None) -> str | None:
    """The text of a string literal (implicit and ``+`` concatenations included)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = literal(node.left), literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _arg(call: ast.Call, index: int, name: str) -> ast.expr | None:
    return call.args[index] if len(call.args) > index else _keyword(call, name)


def _is_none(node: ast.expr | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value is None)


def _func_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(owner, name) of ``owner.name(...)`` or (None, name) of ``name(...)``."""
    func = call.func
    if isinstance(func, ast.Name):
        return None, func.id
    if isinstance(func, ast.Attribute):
        owner = func.value
        if isinstance(owner, ast.Name):
            return owner.id, func.attr
        if isinstance(owner, ast.Attribute):
            return owner.attr, func.attr
        return "?", func.attr
    return None, None


def module_translators(tree: ast.Module) -> dict[str, str]:
    """``NAME = translator("Ctx")`` at the top of a module → {NAME: Ctx}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
            continue
        _, name = _func_name(node.value)
        context = literal(node.value.args[0]) if node.value.args else None
        if name == "translator" and context is not None:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = context
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, catalogue: Catalogue, path: str, lines: list[str], tree: ast.Module):
        self.catalogue, self.path, self.lines = catalogue, path, lines
        self.translators = module_translators(tree)
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        owner, name = _func_name(node)
        if name == "tr" and owner is not None and owner != "?":
            if owner[:1].isupper():
                self._problem(
                    node,
                    f"{owner}.tr() translates in the context {owner!r} at run "
                    'time: use self.tr() or translator("Context")',
                )
                return
            if not self.classes:
                self._problem(node, 'tr() outside a class: use translator("Context")')
                return
            self._take(
                node,
                self.classes[-1],
                _arg(node, 0, "sourceText"),
                _arg(node, 1, "disambiguation"),
                _arg(node, 2, "n"),
            )
        elif name == "translate" and owner in QT_TRANSLATE:
            context = literal(_arg(node, 0, "context"))
            if context is None:
                self._problem(node, "translate() needs a literal context")
                return
            self._take(
                node,
                context,
                _arg(node, 1, "sourceText"),
                _arg(node, 2, "disambiguation"),
                _arg(node, 3, "n"),
            )
        elif name == "N_" and owner in (None, "i18n", "errors"):
            self._take(node, MESSAGES, _arg(node, 0, "message"), None, None)
        elif name == "noop" and owner in (None, "i18n"):
            context = literal(_arg(node, 0, "context"))
            if context is None:
                self._problem(node, "noop() needs a literal context")
                return
            self._take(node, context, _arg(node, 1, "source"), None, None)
        elif owner is None and name in self.translators:
            self._take(
                node, self.translators[name], _arg(node, 0, "source"), None, _arg(node, 1, "n")
            )

    def _take(
        self,
        call: ast.Call,
        context: str,
        source: ast.expr | None,
        comment: ast.expr | None,
        n: ast.expr | None,
    ) -> None:
        text = literal(source)
        if text is None:
            if not self.lines[call.lineno - 1].rstrip().endswith(DYNAMIC_OK):
                self._problem(
                    call,
                    "the text is not a literal, so it cannot be in the "
                    "catalogue: pass the literal, or text_of() a marked message",
                )
            return
        note = "" if _is_none(comment) else literal(comment)
        if note is None:
            self._problem(call, "the disambiguation must be a literal")
            return
        self.catalogue.add(Key(context, text, note), not _is_none(n), self.path)

    def _problem(self, node: ast.AST, what: str) -> None:
        self.catalogue.problems.append(Problem(self.path, getattr(node, "lineno", 0), what))


def python_files(package: Path) -> Iterator[Path]:
    for path in sorted(package.rglob("*.py")):
        if "i18n" not in path.relative_to(package).parts[:1]:
            yield path


def framework_texts(data: dict[str, object]) -> Iterator[str]:
    """The texts people read in an assessment framework's JSON (not its codes)."""
    yield from (str(data[k]) for k in ("title", "description") if data.get(k))
    for step in data.get("scale") or []:  # type: ignore[attr-defined]
        yield from (str(step[k]) for k in ("label", "description") if step.get(k))
    for domain in data.get("domains") or []:  # type: ignore[attr-defined]
        yield from (str(domain[k]) for k in ("label", "description") if domain.get(k))
        yield from (str(level["anchor"]) for level in domain.get("levels") or [])


def extract(package: Path, files: Iterable[Path] | None = None) -> Catalogue:
    """Every translatable text under ``package`` (a folder of Python sources) and, for the
    whole package, in the assessment frameworks of ``resources/``."""
    catalogue = Catalogue()
    base = package.parent
    for path in files if files is not None else python_files(package):
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, filename=str(path))
        relative = path.relative_to(base).as_posix()
        _Visitor(catalogue, relative, source.splitlines(), tree).visit(tree)
    if files is None:
        for path in sorted((base / "resources" / "assessment").glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            for text in framework_texts(data):
                catalogue.add(
                    Key(ASSESSMENT, text.strip()), False, path.relative_to(base).as_posix()
                )
    return catalogue
