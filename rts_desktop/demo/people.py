"""Beneficiaries, their identifiers and households (with dated membership)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from stdnum.it.codicefiscale import calc_check_digit

from rts_desktop.demo.common import IdMaker, Rows, days, weighted
from rts_desktop.demo.names import (
    FOREIGN_PLACES,
    ITALIAN_PLACES,
    LANGUAGES,
    NATIONALITY_WEIGHTS,
    Pool,
)
from rts_desktop.kernel.text import fold, search_name

BENEFICIARY_COLS = (
    "id", "code", "first_name", "last_name", "search_name", "birth_date", "sex",
    "birth_place", "nationality", "languages", "phone", "email", "notes", "health_notes",
    "judicial_notes",
)  # fmt: skip
IDENTIFIER_COLS = ("id", "beneficiary_id", "kind", "value", "issued_by", "expires_on")
HOUSEHOLD_COLS = ("id", "name", "notes")
MEMBER_COLS = (
    "id", "household_id", "beneficiary_id", "relation", "is_head", "from_date", "to_date",
)  # fmt: skip

MONTH_LETTERS = "ABCDEHLMPRST"
HEALTH_NOTES = [
    "Seguito dal CPS di zona.",
    "Diabete di tipo 2 in terapia.",
    "Invalidità civile al 67%.",
    "In carico al SerD.",
]
JUDICIAL_NOTES = ["Misura alternativa in corso (UEPE).", "Procedimento penale pendente."]


@dataclass(slots=True)
class Person:
    id: str
    first: str
    last: str
    sex: str
    birth: dt.date
    nationality: str
    relation: str
    is_head: bool
    from_date: dt.date
    to_date: dt.date | None = None
    permit: tuple[str, dt.date, dt.date] | None = None  # permesso: row id, issued, expires


@dataclass(slots=True)
class HouseholdSim:
    id: str
    name: str
    kind: str  # single, couple, single_parent, couple_children
    members: list[Person] = field(default_factory=list)

    @property
    def head(self) -> Person:
        return self.members[0]

    def adults(self, on: dt.date) -> list[Person]:
        return [p for p in self.members if (on - p.birth).days >= 18 * 365]


def _letters(text: str) -> tuple[list[str], list[str]]:
    letters = [c for c in fold(text).upper() if "A" <= c <= "Z"]
    return [c for c in letters if c not in "AEIOU"], [c for c in letters if c in "AEIOU"]


def _plain(text: str) -> str:
    """Lower-case ASCII letters only, for e-mail addresses."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def codice_fiscale(first: str, last: str, birth: dt.date, sex: str, place_code: str) -> str:
    """The codice fiscale of a person (omocodia ignored), with a valid check character."""
    cons, vow = _letters(last)
    surname = "".join([*cons, *vow, "X", "X", "X"][:3])
    cons, vow = _letters(first)
    if len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    name = "".join([*cons, *vow, "X", "X", "X"][:3])
    day = birth.day + (40 if sex == "F" else 0)
    body = f"{surname}{name}{birth.year % 100:02d}{MONTH_LETTERS[birth.month - 1]}{day:02d}"
    body += place_code
    return body + calc_check_digit(body)


class PeopleFactory:
    """Makes households and their members, writing beneficiary and identifier rows."""

    def __init__(
        self, rng: random.Random, ids: IdMaker, pools: dict[str, Pool], rows: Rows
    ) -> None:
        self.rng = rng
        self.ids = ids
        self.pools = pools
        self.beneficiaries = rows.table("beneficiaries", BENEFICIARY_COLS)
        self.identifiers = rows.table("identifiers", IDENTIFIER_COLS)
        self.households = rows.table("households", HOUSEHOLD_COLS)
        self.members = rows.table("household_members", MEMBER_COLS)
        self.codes: dict[int, int] = {}
        self.all: list[HouseholdSim] = []

    def household(self, referral: dt.date, size: int) -> HouseholdSim:
        """A new household referred on ``referral``: head first, then partner and children."""
        rng = self.rng
        nat = weighted(rng, NATIONALITY_WEIGHTS)
        pool = self.pools[nat]
        last = rng.choice(pool.last)
        if size == 1:
            kind = "single"
        elif size == 2:
            kind = rng.choice(["couple", "single_parent"])
        else:
            kind = "couple_children" if rng.random() < 0.55 else "single_parent"
        if kind == "single":
            head_sex = "M" if rng.random() < 0.68 else "F"
        else:
            head_sex = "F" if kind == "single_parent" and rng.random() < 0.85 else "M"
        age = (
            int(rng.triangular(19, 72, 42)) if kind == "single" else int(rng.triangular(20, 55, 34))
        )
        hid = self.ids.on(referral)
        hh = HouseholdSim(hid, f"Nucleo {last}", kind)
        hh.members.append(
            self._person(nat, pool, head_sex, last, referral, age, "capofamiglia", True, referral)
        )
        if kind.startswith("couple"):
            sex = "F" if head_sex == "M" else "M"
            partner_age = max(19, age + rng.randint(-6, 4))
            partner_last = rng.choice(pool.last) if rng.random() < 0.6 else last
            hh.members.append(
                self._person(
                    nat, pool, sex, partner_last, referral, partner_age, "coniuge", False, referral
                )
            )
        while len(hh.members) < size:
            child_age = rng.randint(0, min(17, max(0, age - 18)))
            sex = rng.choice("FM")
            hh.members.append(
                self._person(nat, pool, sex, last, referral, child_age, "figlio", False, referral)
            )
        self.households.append((hid, hh.name, None))
        self.all.append(hh)
        return hh

    def add_baby(self, hh: HouseholdSim, born: dt.date) -> Person:
        """A baby born during the stay joins the household from the birth date."""
        mother = next((p for p in hh.members if p.sex == "F"), hh.head)
        pool = self.pools[mother.nationality]
        sex = self.rng.choice("FM")
        baby = self._person(
            mother.nationality, pool, sex, hh.head.last, born, 0, "figlio", False, born, birth=born
        )
        hh.members.append(baby)
        return baby

    def renew_permit(self, person: Person, expires: dt.date) -> None:
        """Move a permesso's expiry (the small demo wants some expiring soon)."""
        assert person.permit is not None
        pid, issued, _ = person.permit
        for i, row in enumerate(self.identifiers):
            if row[0] == pid:
                self.identifiers[i] = (*row[:5], expires.isoformat())
                person.permit = (pid, issued, expires)
                return

    def finish(self) -> dict[str, int]:
        """Write the membership rows (dates are final now); returns the BEN-year counters."""
        for hh in self.all:
            for p in hh.members:
                mid = self.ids.on(p.from_date, 601)
                self.members.append(
                    (
                        mid,
                        hh.id,
                        p.id,
                        p.relation,
                        p.is_head,
                        p.from_date.isoformat(),
                        p.to_date.isoformat() if p.to_date else None,
                    )
                )
        return {f"BEN-{year}": n for year, n in sorted(self.codes.items())}

    def _person(
        self,
        nat: str,
        pool: Pool,
        sex: str,
        last: str,
        created: dt.date,
        age: int,
        relation: str,
        is_head: bool,
        member_from: dt.date,
        birth: dt.date | None = None,
    ) -> Person:
        rng = self.rng
        first = rng.choice(pool.male if sex == "M" else pool.female)
        if birth is None:
            birth = created - days(age * 365 + rng.randint(0, 364))
        pid = self.ids.on(created)
        year = created.year
        self.codes[year] = self.codes.get(year, 0) + 1
        code = f"BEN-{year}-{self.codes[year]:05d}"
        born_here = nat == "IT" or (age < 10 and rng.random() < 0.5)
        if born_here:
            place = (
                "Milano" if rng.random() < 0.5 or nat != "IT" else rng.choice(list(ITALIAN_PLACES))
            )
            place_code = ITALIAN_PLACES[place]
        else:
            place_code, cities = FOREIGN_PLACES[nat]
            place = rng.choice(cities)
        adult = age >= 18
        phone = email = None
        if adult and rng.random() < 0.7:
            phone = f"+39 3{rng.randint(20, 93)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        if adult and rng.random() < 0.2:
            email = f"{_plain(first)}.{_plain(last)}{rng.randint(1, 99)}@example.com"
        health = rng.choice(HEALTH_NOTES) if adult and rng.random() < 0.1 else None
        judicial = rng.choice(JUDICIAL_NOTES) if adult and rng.random() < 0.03 else None
        self.beneficiaries.append(
            (
                pid,
                code,
                first,
                last,
                search_name(first, last),
                birth.isoformat(),
                sex,
                place,
                nat,
                LANGUAGES[nat],
                phone,
                email,
                None,
                health,
                judicial,
            )
        )
        person = Person(pid, first, last, sex, birth, nat, relation, is_head, member_from)
        self._identifiers(person, place_code, born_here, created)
        return person

    def _identifiers(self, p: Person, place_code: str, born_here: bool, created: dt.date) -> None:
        rng = self.rng
        rows = self.identifiers

        def add(kind: str, value: str, issued_by: str | None, expires: dt.date | None) -> str:
            iid = self.ids.on(created, 602)
            rows.append(
                (iid, p.id, kind, value, issued_by, expires.isoformat() if expires else None)
            )
            return iid

        def cf() -> None:
            add(
                "codice_fiscale",
                codice_fiscale(p.first, p.last, p.birth, p.sex, place_code),
                None,
                None,
            )

        if p.nationality == "IT":
            if rng.random() < 0.96:
                cf()
            if (created - p.birth).days > 18 * 365 and rng.random() < 0.5:
                add(
                    "carta_identita",
                    f"CA{rng.randint(10000, 99999)}{rng.choice('ABCDEFGH')}"
                    f"{rng.choice('ABCDEFGH')}",
                    "Comune di Milano",
                    created + days(rng.randint(200, 3500)),
                )
            return
        if born_here:
            cf()
        roll = rng.random()
        if p.nationality == "RO":
            add(
                "carta_identita",
                f"{rng.choice(['RX', 'IS', 'CT', 'DJ', 'BC'])} {rng.randint(100000, 999999)}",
                "România",
                created + days(rng.randint(100, 2500)),
            )
            if not born_here and roll < 0.6:
                cf()
            elif roll < 0.85:
                add(
                    "eni",
                    f"ENI030308{rng.randint(1000000, 9999999)}",
                    "ATS Milano",
                    created + days(rng.randint(-100, 180)),
                )
            return
        if roll < 0.7:
            issued = created - days(rng.randint(0, 500))
            expires = issued + days(365 * rng.choice([1, 2, 2, 5]))
            pid = add(
                "permesso_soggiorno",
                f"I{rng.randint(10000000, 99999999)}",
                "Questura di Milano",
                expires,
            )
            p.permit = (pid, issued, expires)
            if not born_here and rng.random() < 0.8:
                cf()
        elif roll < 0.9:
            add(
                "stp",
                f"STP030308{rng.randint(1000000, 9999999)}",
                "ATS Milano",
                created + days(rng.randint(30, 180)),
            )
        if rng.random() < 0.35:
            letters = "".join(rng.choice("ABCDEFGHKLMNPRSTUVZ") for _ in range(2))
            add(
                "passaporto",
                f"{letters}{rng.randint(1000000, 9999999)}",
                None,
                created + days(rng.randint(-200, 3000)),
            )
