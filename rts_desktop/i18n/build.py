"""Compile the ``.ts`` catalogues to the ``.qm`` files Qt reads, with the ``lrelease`` that
comes inside the PySide6 wheel (found without importing Qt)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from rts_desktop.i18n.paths import qm_path, stale, ts_path
from rts_desktop.kernel.i18n import LANGUAGES, SOURCE_LANGUAGE


class BuildError(RuntimeError):
    """The catalogues could not be compiled (no lrelease, or it refused a file)."""


def lrelease() -> Path:
    spec = importlib.util.find_spec("PySide6")
    folders = list(spec.submodule_search_locations or []) if spec else []
    names = ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",)
    for folder in folders:
        for name in names:
            if (Path(folder) / name).is_file():
                return Path(folder) / name
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found:
        return Path(found)
    raise BuildError("lrelease non trovato: reinstallare PySide6")


def build(folder: Path, out: Path | None = None, force: bool = False) -> list[Path]:
    """Compile each language's catalogue in ``folder`` into ``out`` (default: the same
    folder) when the ``.qm`` is missing or older; the compiled files' paths."""
    out = out or folder
    out.mkdir(parents=True, exist_ok=True)
    done = []
    for lang in LANGUAGES:
        source, target = ts_path(folder, lang), qm_path(out, lang)
        if not source.is_file():
            raise BuildError(f"catalogo mancante: {source.name}")
        if force or stale(source, target):
            partial = target.with_suffix(".qm.part")
            command = [str(lrelease()), "-silent", str(source), "-qm", str(partial)]
            if lang == SOURCE_LANGUAGE:
                command.insert(2, "-removeidentical")
            result = subprocess.run(command, capture_output=True, text=True, check=False)
            if result.returncode != 0 or not partial.is_file():
                partial.unlink(missing_ok=True)
                raise BuildError(f"lrelease ha rifiutato {source.name}: {result.stderr.strip()}")
            partial.replace(target)
        done.append(target)
    return done
