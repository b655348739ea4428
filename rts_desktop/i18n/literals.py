"""Texts shown to people that bypass the catalogue: a string literal handed straight to a
widget (``QLabel("Nome")``, ``button.setToolTip("…")``, ``QMessageBox.warning(w, "…", …)``)
or to the command line's output, instead of through ``tr()`` / ``N_`` / a translator."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from itertools import pairwise
from pathlib import Path

from rts_desktop.i18n.extract import DYNAMIC_OK, Problem

#: calls whose text arguments are shown: name → the positions of the shown texts
SHOWN: dict[str, tuple[int, ...]] = {
    **{
        name: (0,)
        for name in (
            "QLabel",
            "QPushButton",
            "QToolButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QAction",
            "QMenu",
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setStatusTip",
            "setWhatsThis",
            "setPlaceholderText",
            "setTitle",
            "showMessage",
            "setAccessibleName",
            "setAccessibleDescription",
            "addMenu",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "addRow",
            "setHeaderText",
            "QTableWidgetItem",
            "QListWidgetItem",
            "QStandardItem",
            "setWindowIconText",
            "setCancelButtonText",
            "setOkButtonText",
        )
    },
    "drawText": (1, 2),
    "addItem": (0,),
    "addAction": (0, 1),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "addButton": (0,),
    "setItemText": (1,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getSaveFileName": (1,),
    "getOpenFileName": (1,),
    "getExistingDirectory": (1,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "addItems": (0,),
    "setHeaderLabels": (0,),
}
MARKUP = re.compile(r"<[^>]*>|&\w+;|#[0-9a-fA-F]{3,8}\b")


def _shown_texts(node: ast.expr) -> Iterable[ast.Constant]:
    """The literal texts in an argument (a literal, or a list/tuple of them)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant):
                yield part
    elif isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            yield from _shown_texts(item)


def is_words(text: str) -> bool:
    """A text a person reads: two letters in a row (not "…", "%", "·", "&&" or a number)."""
    text = MARKUP.sub(" ", text)
    return any(a.isalpha() and b.isalpha() for a, b in pairwise(text))


def _name(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)


def bypassing(path: Path, relative: str) -> list[Problem]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        for index in SHOWN.get(name or "", ()):
            arg = node.args[index] if len(node.args) > index else None
            if arg is None:
                continue
            for text in _shown_texts(arg):
                line = lines[node.lineno - 1]
                if is_words(text.value) and not line.rstrip().endswith(DYNAMIC_OK):
                    found.append(
                        Problem(
                            relative,
                            text.lineno,
                            f"{name}() shows {text.value!r} without translation",
                        )
                    )
    return found


def scan(package: Path, folders: Iterable[str] = ("ui",)) -> list[Problem]:
    found = []
    for folder in folders:
        for path in sorted((package / folder).rglob("*.py")):
            found += bypassing(path, path.relative_to(package.parent).as_posix())
    return found
