"""Where a language's catalogue and its compiled file are, and whether the compiled one is
older: what the app needs at start, without the catalogue tools (XML, compiler)."""

from __future__ import annotations

from pathlib import Path


def ts_path(folder: Path, lang: str) -> Path:
    return folder / f"rts_desktop_{lang}.ts"


def qm_path(folder: Path, lang: str) -> Path:
    return folder / f"rts_desktop_{lang}.qm"


def stale(source: Path, target: Path) -> bool:
    return not target.is_file() or target.stat().st_mtime < source.stat().st_mtime
