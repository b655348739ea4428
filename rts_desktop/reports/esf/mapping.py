"""The indicator tables (``resources/fse/esf-<programme>.json``): data, so a new reporting
rule is a new file, checked on load against our vocabularies."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from rts_desktop.kernel import config
from rts_desktop.models.vocab import LabourStatus, OutcomeKind, ethos_category

FORMAT = 2
#: the art. 9 answers read by the mapping (yes / no / non risponde)
ANSWER_FIELDS = ("migrant_background", "minority", "disability")
ANSWERS = frozenset({"si", "no", "non_risponde"})
DISADVANTAGES = frozenset(
    {"senza_dimora", "esclusione_abitativa", "minoranza", "area_rurale", "altro_svantaggio"}
)
LABOUR_GROUPS = ("unemployed", "long_term", "inactive", "inactive_not_in_education", "employed")
HOUSEHOLD = ("jobless", "jobless_children", "single_adult_children")


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    label: str
    group: str  # output | result
    sensitive: bool
    removed_on: str | None
    computed: bool


@dataclass(frozen=True)
class EsfMapping:
    programme: str
    title: str
    source: str
    notes: tuple[str, ...]
    indicators: dict[str, Indicator]
    raw: dict[str, Any]

    def codes(self, group: str, *keys: str) -> tuple[str, ...]:
        """The codes of ``raw[group][key]`` for each key (missing keys give nothing)."""
        table = self.raw.get(group, {})
        return tuple(c for k in keys for c in table.get(k, ()))

    @property
    def total(self) -> str | None:
        return self.raw.get("total")

    @property
    def disadvantaged(self) -> frozenset[str]:
        return frozenset(self.raw.get("disadvantaged", ()))

    @property
    def eu(self) -> frozenset[str]:
        return frozenset(self.raw.get("eu_countries", ()))

    def label(self, code: str) -> str:
        return self.indicators[code].label


def _used_codes(data: dict[str, Any]) -> list[str]:
    used: list[str] = [data["total"]] if data.get("total") else []
    for group in ("labour", "isced", "household", "disadvantages", "ethos"):
        used += [c for codes in data[group].values() for c in codes]
    used += [c for table in data["answers"].values() for codes in table.values() for c in codes]
    used += [c for band in data["age"] for c in band["indicators"]]
    used += data["third_country"] + data["disadvantaged"]
    for rule in data["derived"]:
        used += [rule["indicator"], *rule.get("all", ()), *rule.get("any", ())]
    for part in data["results"].values():
        for rule in part["rules"]:
            used += [rule["indicator"], *rule.get("entry_any", ()), *rule.get("entry_none", ())]
    return [c for c in used if c != "disadvantaged"]


def check_mapping(data: dict[str, Any]) -> None:
    """Every code mapped from is one of ours; every indicator used is declared and every
    declared one is computed by some rule. Raises ValueError naming what is wrong."""
    if data.get("format") != FORMAT:
        raise ValueError(f"mapping format {data.get('format')!r}, expected {FORMAT}")
    unknown: list[str] = []
    unknown += [k for k in data["labour"] if k not in LABOUR_GROUPS]
    unknown += [k for k in data["household"] if k not in HOUSEHOLD]
    unknown += [k for k in data["isced"] if k not in {str(n) for n in range(9)}]
    unknown += [k for k in data["disadvantages"] if k not in DISADVANTAGES]
    unknown += [k for k in data["ethos"] if ethos_category(k) is None or "." in k]
    unknown += [k for k in data["answers"] if k not in ANSWER_FIELDS]
    unknown += [a for t in data["answers"].values() for a in t if a not in ANSWERS]
    unknown += [k for k in data["exit_sheet_events"] if k not in set(LabourStatus)]
    events = {str(k) for k in OutcomeKind}
    unknown += [e for e in data["exit_sheet_events"].values() if e not in events]
    for part in data["results"].values():
        unknown += [e for rule in part["rules"] for e in rule["events"] if e not in events]
    if unknown:
        raise ValueError(f"mapping {data.get('programme')}: unknown codes {sorted(unknown)}")
    declared, used = set(data["indicators"]), set(_used_codes(data))
    if used - declared:
        raise ValueError(f"mapping uses undeclared indicators {sorted(used - declared)}")
    if declared - used:
        raise ValueError(f"mapping declares indicators it never computes {sorted(declared - used)}")


@cache
def load_mapping(programme: str = "2021-2027") -> EsfMapping:
    """``resources/fse/esf-<programme>.json``, checked (cached). Unknown programme:
    FileNotFoundError."""
    path = config.resources_dir() / "fse" / f"esf-{programme}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    check_mapping(data)
    indicators = {
        code: Indicator(
            code,
            d["name"],
            d["label"],
            d["group"],
            bool(d.get("sensitive")),
            d.get("removed_on"),
            bool(d.get("computed")),
        )
        for code, d in data["indicators"].items()
    }
    return EsfMapping(
        data["programme"],
        data["title"],
        data["source"],
        tuple(data.get("notes", ())),
        indicators,
        data,
    )
