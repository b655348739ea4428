"""What a codice fiscale says about a person, and whether it agrees with their data.

A personal codice fiscale carries the birth date (two-digit year, month letter, day; +40
for women), the sex and the cadastral ("Belfiore") code of the comune or foreign country
of birth. Omocodia replaces digits with letters (``0`` → ``L`` ... ``9`` → ``V``) when two
people would get the same code; :func:`read` undoes it. The 11-digit temporary code says
nothing of the person and is never compared.

The Belfiore table (every comune since 1861 with its past names, and the foreign
countries) comes from the ``python-codicefiscale`` package's data files, loaded once on
the first comparison of a place.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import orjson
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.it import codicefiscale

from rts_desktop.kernel.errors import N_, ValidationError

_MONTHS = "ABCDEHLMPRST"
_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_PARTS = re.compile(r"[(),;/]| - ")
_NAME_KEYS = ("name", "name_alt", "name_trans", "name_alt_trans", "name_alt_en")


@dataclass(frozen=True)
class FiscalCodeFacts:
    """The person's data written in a valid personal codice fiscale."""

    code: str
    birth_date: dt.date  # the latest century not after the day it was read
    sex: str  # "M" or "F"
    place_code: str  # Belfiore code, e.g. "H501" (Roma), "Z330" (Marocco)

    def same_day(self, day: dt.date) -> bool:
        """``day`` has the code's day, month and two-digit year."""
        b = self.birth_date
        return (day.day, day.month, day.year % 100) == (b.day, b.month, b.year % 100)

    def birth_date_near(self, year: int) -> dt.date:
        """The code's birth date in the century closest to ``year``."""
        b = self.birth_date
        options = []
        for century in (year // 100 - 1, year // 100, year // 100 + 1):
            try:
                options.append(b.replace(year=century * 100 + b.year % 100))
            except ValueError:  # 29 February in a century year that is not a leap year
                continue
        return min(options, key=lambda d: abs(d.year - year), default=b)


def read(code: str | None, today: dt.date) -> FiscalCodeFacts | None:
    """The facts of a valid 16-character code; None for an empty, invalid or temporary one."""
    if not isinstance(code, str) or not code.strip():
        return None
    try:
        number = codicefiscale.validate(code)
    except StdnumError:
        return None
    if len(number) != 16:
        return None
    digits = number[:6] + number[6:8].translate(_OMOCODIA) + number[8]
    digits += number[9:11].translate(_OMOCODIA) + number[11] + number[12:15].translate(_OMOCODIA)
    yy, month, dd = int(digits[6:8]), _MONTHS.index(digits[8]) + 1, int(digits[9:11])
    sex = "F" if dd > 40 else "M"
    day = dd - 40 if dd > 40 else dd
    birth = None
    for year in (2000 + yy, 1900 + yy):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= today:
            birth = candidate
            break
    if birth is None:  # only possible for a date after ``today`` in both centuries
        return None
    return FiscalCodeFacts(number, birth, sex, digits[11:15])


# --- the Belfiore table -------------------------------------------------------------------
def normalise_place(text: str) -> str:
    """Lower case, no accents, words only: "Sant'Angelo Lodigiano" → "sant angelo lodigiano"."""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(_NOT_WORD.sub(" ", bare.lower()).split())


@dataclass(frozen=True)
class _Places:
    names: dict[str, str]  # Belfiore code → the place's latest name
    codes: dict[str, frozenset[str]]  # normalised name (any era, any language) → codes


def _records(filename: str) -> list[dict[str, object]]:
    # the package's own code (and what it imports) is not needed: only its data files
    spec = importlib.util.find_spec("codicefiscale")
    if spec is None or spec.origin is None:
        raise RuntimeError("python-codicefiscale is not installed")
    records: list[dict[str, object]] = orjson.loads(
        (Path(spec.origin).parent / "data" / filename).read_bytes()
    )
    return records


@functools.cache
def _places() -> _Places:
    names: dict[str, str] = {}
    codes: dict[str, set[str]] = {}
    normalised: dict[str, str] = {}  # a comune keeps its name through many records
    # deleted countries first, so a country's current name wins over a past one
    for filename in ("municipalities.json", "deleted-countries.json", "countries.json"):
        last: tuple[object, ...] = ()
        for record in _records(filename):
            code = str(record["code"]).upper()
            names[code] = str(record["name"])  # the records come oldest first
            seen = (code, *(record.get(k) for k in _NAME_KEYS))
            if seen == last:  # the same comune, names unchanged (a new province...)
                continue
            last = seen
            spellings = {str(record.get(k) or "") for k in _NAME_KEYS}
            spellings.update(str(s).replace("-", " ") for s in record.get("name_slugs") or [])  # type: ignore[attr-defined]
            for spelling in spellings:
                key = normalised.get(spelling)
                if key is None:
                    key = normalised[spelling] = normalise_place(spelling)
                if key:
                    codes.setdefault(key, set()).add(code)
    return _Places(names, {k: frozenset(v) for k, v in codes.items()})


def place_name(place_code: str) -> str | None:
    """The name of the comune or country with this Belfiore code (None when unknown)."""
    return _places().names.get(place_code.upper())


def place_codes(place: str) -> set[str] | None:
    """The Belfiore codes a typed place of birth may stand for; None when no part of it is
    a place the table knows ("Casablanca", "Milano (MI)" → {"F205"})."""
    table = _places().codes
    parts: Iterable[str] = [place, *_PARTS.split(place)]
    found: set[str] = set()
    known = False
    for part in parts:
        key = normalise_place(part)
        if key in table:
            known = True
            found |= table[key]
    return found if known else None


# --- the comparison -----------------------------------------------------------------------
def mismatches(
    facts: FiscalCodeFacts,
    *,
    birth_date: dt.date | None = None,
    sex: str | None = None,
    birth_place: str | None = None,
) -> list[tuple[str, str]]:
    """``(field, message)`` for each known part of the person the code contradicts."""
    found: list[tuple[str, str]] = []
    if birth_date is not None and not facts.same_day(birth_date):
        shown = facts.birth_date_near(birth_date.year)
        found.append(
            (
                "birth_date",
                N_("Il codice fiscale indica nascita il {code}, non il {given}.").format(
                    code=shown.strftime("%d/%m/%Y"), given=birth_date.strftime("%d/%m/%Y")
                ),
            )
        )
    if sex in ("M", "F") and sex != facts.sex:
        found.append(
            (
                "sex",
                N_("Il codice fiscale indica sesso {code}, non {given}.").format(
                    code=facts.sex, given=sex
                ),
            )
        )
    typed = " ".join((birth_place or "").split())
    if typed:
        codes = place_codes(typed)
        if codes is not None and facts.place_code not in codes:
            name = place_name(facts.place_code)
            where = f"{name.upper()} ({facts.place_code})" if name else facts.place_code
            message = (
                N_("Il codice fiscale indica nascita in {code}, non a {given}.")
                if facts.place_code.startswith("Z")  # a foreign country
                else N_("Il codice fiscale indica nascita a {code}, non a {given}.")
            )
            found.append(("birth_place", message.format(code=where, given=typed)))
    return found


def check(
    code: str | None,
    today: dt.date,
    *,
    birth_date: dt.date | None = None,
    sex: str | None = None,
    birth_place: str | None = None,
    field: str | None = None,
) -> None:
    """Raise a ValidationError when a valid personal code contradicts the person's known
    birth date, sex or place of birth: on the first field that disagrees (or ``field``),
    with a sentence for each part."""
    facts = read(code, today)
    if facts is None:
        return
    found = mismatches(facts, birth_date=birth_date, sex=sex, birth_place=birth_place)
    if found:
        raise ValidationError(field or found[0][0], " ".join(message for _, message in found))
