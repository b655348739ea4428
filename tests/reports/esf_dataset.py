"""A small hand-made dataset whose ESF indicators are counted by hand in test_esf.py.

Period 2025, today 25/11/2026 (the ``ctx`` fixture):
- Anna (F, 34 at entry, C1 Municipio 3, ETHOS 1): unemployed 14 months, ISCED 0, disability
  "non risponde"; lives alone with her son Bruno (10, no sheet) → jobless household with a
  child, single adult. Left 1/10/2025 with a job on the exit sheet, then on 20/10 is
  recorded looking for work (the last event of the 4 weeks wins); employed on 5/4/2026.
- Carlo (M, 24 at entry, C2 Municipio 5, ETHOS 8.1): unemployed 7 months (long-term under
  25), ISCED 3, Moroccan, foreign background, minority "non risponde".
- Dana (non-binary, 57, C2 with Carlo): employed, ISCED 6, Romanian (EU), foreign
  background, disability; left 1/9/2025 unemployed (the household becomes jobless after
  entry: it never counts as jobless). Nothing recorded at six months.
- Elena (F, 74): first entry 1/6/2024 (C3) inactive, left 1/12/2024, re-entered 1/4/2025
  (C4) as a student: counted once, in 2024, with the data of her first entry.
- Fabio (M): entry 1/5/2025 without labour status → not counted, listed.
"""

from __future__ import annotations

import datetime as dt

from rts_desktop.models import (
    Beneficiary,
    Case,
    Household,
    HouseholdMember,
    ParticipantOutcome,
    ParticipantSheet,
)

D = dt.date


def build(db, ctx) -> dict[str, str]:
    """Writes the dataset; returns name → id (people and cases)."""
    ids: dict[str, str] = {}
    with db.session(ctx) as s:

        def person(name: str, sex: str | None, birth: D, nat: str, n: int) -> Beneficiary:
            b = Beneficiary(
                code=f"BEN-2025-{n:05d}",
                first_name=name,
                last_name="Prova",
                birth_date=birth,
                sex=sex,
                nationality=nat,
            )
            s.add(b)
            s.flush()
            ids[name] = b.id
            return b

        def household(name: str, *members: tuple[Beneficiary, str, D]) -> Household:
            h = Household(name=name)
            s.add(h)
            s.flush()
            for b, relation, since in members:
                s.add(
                    HouseholdMember(
                        household_id=h.id,
                        beneficiary_id=b.id,
                        relation=relation,
                        is_head=relation == "capofamiglia",
                        from_date=since,
                    )
                )
            return h

        def case(code: str, h: Household, municipio: int, ethos: str, start: D) -> Case:
            c = Case(
                code=code,
                household_id=h.id,
                status="attivo",
                referral_date=start - dt.timedelta(days=20),
                sst_municipio=municipio,
                ethos_entry=ethos,
                start_date=start,
            )
            s.add(c)
            s.flush()
            ids[code] = c.id
            return c

        def sheet(c: Case, b: Beneficiary, moment: str, day: D, labour: str, **kw) -> None:
            s.add(
                ParticipantSheet(
                    case_id=c.id,
                    beneficiary_id=b.id,
                    moment=moment,
                    date=day,
                    labour_status=labour,
                    **kw,
                )
            )

        anna = person("Anna", "F", D(1990, 5, 1), "IT", 1)
        bruno = person("Bruno", "M", D(2015, 1, 1), "IT", 2)
        carlo = person("Carlo", "M", D(2000, 8, 1), "MA", 3)
        dana = person("Dana", "X", D(1968, 1, 1), "RO", 4)
        elena = person("Elena", "F", D(1950, 1, 1), "IT", 5)
        fabio = person("Fabio", "M", D(1985, 1, 1), "IT", 6)
        since = D(2020, 1, 1)
        h1 = household("Nucleo Anna", (anna, "capofamiglia", since), (bruno, "figlio", since))
        h2 = household("Nucleo Carlo", (carlo, "capofamiglia", since), (dana, "coniuge", since))
        h3 = household("Nucleo Elena", (elena, "capofamiglia", since))
        h4 = household("Nucleo Fabio", (fabio, "capofamiglia", since))
        c1 = case("RTS-2025-0001", h1, 3, "1", D(2025, 2, 1))
        c2 = case("RTS-2025-0002", h2, 5, "8.1", D(2025, 3, 1))
        c3 = case("RTS-2024-0001", h3, 3, "2", D(2024, 6, 1))
        c4 = case("RTS-2025-0003", h3, 3, "2", D(2025, 4, 1))
        c5 = case("RTS-2025-0004", h4, 3, "3", D(2025, 5, 1))
        art9 = {"migrant_background": "no", "minority": "no", "special_asked_on": D(2025, 2, 1)}
        sheet(c1, anna, "ingresso", D(2025, 2, 1), "disoccupato", unemployed_months=14,
              isced_level=0, **art9 | {"disability": "non_risponde"})  # fmt: skip
        sheet(c1, anna, "uscita", D(2025, 10, 1), "occupato", isced_level=0)
        s.add(ParticipantOutcome(case_id=c1.id, beneficiary_id=anna.id, date=D(2025, 10, 20),
                                 kind="ricerca_lavoro"))  # fmt: skip
        s.add(ParticipantOutcome(case_id=c1.id, beneficiary_id=anna.id, date=D(2026, 4, 5),
                                 kind="occupato_esito"))  # fmt: skip
        sheet(c2, carlo, "ingresso", D(2025, 3, 1), "disoccupato", unemployed_months=7,
              isced_level=3, migrant_background="si", minority="non_risponde",
              disability="no", special_asked_on=D(2025, 3, 1))  # fmt: skip
        sheet(c2, dana, "ingresso", D(2025, 3, 1), "occupato", isced_level=6,
              migrant_background="si", minority="no", disability="si",
              special_asked_on=D(2025, 3, 1))  # fmt: skip
        sheet(c2, dana, "uscita", D(2025, 9, 1), "disoccupato", isced_level=6)
        sheet(c3, elena, "ingresso", D(2024, 6, 1), "inattivo", isced_level=1)
        sheet(c3, elena, "uscita", D(2024, 12, 1), "inattivo", isced_level=1)
        sheet(c4, elena, "ingresso", D(2025, 4, 1), "studente", isced_level=1)
        sheet(c5, fabio, "ingresso", D(2025, 5, 1), "non_risponde")
    return ids
