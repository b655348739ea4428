"""Assessment frameworks kept as data: ``resources/assessment/<key>-v<version>.json``.

A framework is a list of domains, each scored on one shared scale (e.g. 1–5) with an anchor
text per level written for that domain. Frameworks are versioned: an assessment records the
key and version it was scored against, so a later version never changes old scores' meaning.
The files are checked when loaded; a malformed file raises :class:`FrameworkError` naming the
file and the problem, never a bare ``KeyError``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from rts_desktop.kernel import config
from rts_desktop.kernel.errors import N_, RtsError
from rts_desktop.kernel.i18n import ASSESSMENT, Message

_KEY = re.compile(r"^[a-z][a-z0-9_]*$")


class FrameworkError(RtsError):
    """An assessment framework file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class ScaleStep:
    """One point of the shared scale, e.g. 1 = "Bisogno di supporto intensivo"."""

    score: int
    label: str
    description: str


@dataclass(frozen=True)
class Level:
    """One level of one domain: the scale step plus the domain-specific anchor text."""

    score: int
    label: str
    anchor: str


@dataclass(frozen=True)
class FrameworkDomain:
    code: str
    label: str
    description: str
    levels: tuple[Level, ...]

    def level(self, score: int) -> Level:
        return next(lv for lv in self.levels if lv.score == score)


@dataclass(frozen=True)
class Framework:
    key: str
    version: int
    title: str
    description: str
    scale: tuple[ScaleStep, ...]
    domains: tuple[FrameworkDomain, ...]

    @property
    def domain_codes(self) -> tuple[str, ...]:
        return tuple(d.code for d in self.domains)

    @property
    def min_score(self) -> int:
        return self.scale[0].score

    @property
    def max_score(self) -> int:
        return self.scale[-1].score

    def domain(self, code: str) -> FrameworkDomain | None:
        return next((d for d in self.domains if d.code == code), None)


def _fail(source: str, problem: str) -> FrameworkError:
    return FrameworkError(
        N_("Schema di valutazione non valido ({source}): {problem}").format(
            source=source, problem=problem
        )
    )


def _text(obj: dict[str, Any], name: str, where: str, source: str) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or not value.strip():
        raise _fail(source, f"{where}: '{name}' deve essere un testo non vuoto")
    return value.strip()


def _shown(obj: dict[str, Any], name: str, where: str, source: str) -> str:
    """A text people read, translated where shown (the catalogue's context ``assessment``)."""
    return Message(_text(obj, name, where, source), ASSESSMENT)


def _int(obj: dict[str, Any], name: str, where: str, source: str) -> int:
    value = obj.get(name)
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(source, f"{where}: '{name}' deve essere un numero intero")
    return value


def _list(obj: dict[str, Any], name: str, where: str, source: str) -> list[dict[str, Any]]:
    value = obj.get(name)
    if not isinstance(value, list) or not value:
        raise _fail(source, f"{where}: '{name}' deve essere un elenco non vuoto")
    if not all(isinstance(item, dict) for item in value):
        raise _fail(source, f"{where}: ogni elemento di '{name}' deve essere un oggetto")
    return value


def _scale(data: dict[str, Any], source: str) -> tuple[ScaleStep, ...]:
    steps = tuple(
        ScaleStep(
            score=_int(item, "score", f"scale[{i}]", source),
            label=_shown(item, "label", f"scale[{i}]", source),
            description=Message(str(item.get("description") or "").strip(), ASSESSMENT),
        )
        for i, item in enumerate(_list(data, "scale", "framework", source))
    )
    scores = [s.score for s in steps]
    if len(steps) < 2 or scores != list(range(scores[0], scores[0] + len(steps))):
        raise _fail(
            source, "i punteggi della scala devono essere consecutivi e crescenti (es. 1..5)"
        )
    return steps


def _domain(
    item: dict[str, Any], index: int, scale: tuple[ScaleStep, ...], source: str
) -> FrameworkDomain:
    where = f"domains[{index}]"
    code = _text(item, "code", where, source)
    if not _KEY.match(code):
        raise _fail(
            source, f"{where}: il codice '{code}' deve essere in minuscolo_con_trattini_bassi"
        )
    where = f"ambito '{code}'"
    raw_levels = _list(item, "levels", where, source)
    anchors: dict[int, str] = {}
    for j, raw in enumerate(raw_levels):
        score = _int(raw, "score", f"{where} levels[{j}]", source)
        if score in anchors:
            raise _fail(source, f"{where}: il livello {score} compare due volte")
        anchors[score] = _shown(raw, "anchor", f"{where} levels[{j}]", source)
    expected = [s.score for s in scale]
    if sorted(anchors) != expected:
        raise _fail(
            source,
            f"{where}: i livelli devono essere esattamente i punteggi della scala {expected}",
        )
    return FrameworkDomain(
        code=code,
        label=_shown(item, "label", where, source),
        description=_shown(item, "description", where, source),
        levels=tuple(Level(s.score, s.label, anchors[s.score]) for s in scale),
    )


def parse_framework(data: Any, source: str = "<data>") -> Framework:
    """Check and convert one framework's JSON data (``source`` names it in errors)."""
    if not isinstance(data, dict):
        raise _fail(source, "il file deve contenere un oggetto JSON")
    key = _text(data, "key", "framework", source)
    if not _KEY.match(key):
        raise _fail(source, f"la chiave '{key}' deve essere in minuscolo_con_trattini_bassi")
    version = _int(data, "version", "framework", source)
    if version < 1:
        raise _fail(source, "la versione deve essere almeno 1")
    scale = _scale(data, source)
    domains = tuple(
        _domain(item, i, scale, source)
        for i, item in enumerate(_list(data, "domains", "framework", source))
    )
    codes = [d.code for d in domains]
    duplicated = sorted({c for c in codes if codes.count(c) > 1})
    if duplicated:
        raise _fail(source, f"codici di ambito ripetuti: {', '.join(duplicated)}")
    return Framework(
        key=key,
        version=version,
        title=_shown(data, "title", "framework", source),
        description=Message(str(data.get("description") or "").strip(), ASSESSMENT),
        scale=scale,
        domains=domains,
    )


def load_file(path: Path) -> Framework:
    """Read and check one framework file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _fail(path.name, f"JSON illeggibile ({exc})") from exc
    return parse_framework(data, path.name)


def _default_dir() -> Path:
    return config.resources_dir() / "assessment"


@cache
def _load_dir(directory: Path) -> dict[tuple[str, int], Framework]:
    found: dict[tuple[str, int], Framework] = {}
    for path in sorted(directory.glob("*.json")):
        framework = load_file(path)
        ident = (framework.key, framework.version)
        if ident in found:
            raise _fail(
                path.name, f"'{framework.key}' versione {framework.version} definita due volte"
            )
        found[ident] = framework
    return found


def list_frameworks(directory: Path | None = None) -> list[Framework]:
    """Every framework version available, sorted by key then version."""
    frameworks = _load_dir((directory or _default_dir()).resolve())
    return [frameworks[k] for k in sorted(frameworks)]


def get_framework(key: str, version: int | None = None, directory: Path | None = None) -> Framework:
    """One framework version (the newest when ``version`` is None); ``FrameworkError`` if absent."""
    candidates = [f for f in list_frameworks(directory) if f.key == key]
    if version is not None:
        candidates = [f for f in candidates if f.version == version]
    if not candidates:
        suffix = "" if version is None else f" v{version}"
        raise FrameworkError(
            N_("Schema di valutazione non disponibile: {name}.").format(name=f"{key}{suffix}")
        )
    return candidates[-1]


def clear_cache() -> None:
    """Forget loaded files (tests, or after installing a new framework version)."""
    _load_dir.cache_clear()
