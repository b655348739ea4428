"""The rows of the case list, read from the case-list index (``case_index``).

Each row carries a folded ``search_key`` (names of all members, person codes, identifiers
such as the codice fiscale, case code, apartment): the index searches it with FTS5, and
:func:`filter_rows` applies the same rule to rows in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.visibility import only_visible
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_
from rts_desktop.kernel.progress import Progress
from rts_desktop.kernel.text import fold
from rts_desktop.models import Case, HouseholdMember
from rts_desktop.models.vocab import CaseStatus
from rts_desktop.services.cases.case_index import ensure_fresh, rows_table
from rts_desktop.services.cases.case_index import search_fold as search_fold

#: deadline kinds shown in the "Prossima scadenza" column
DEADLINE_LABELS = {
    "verifica": N_("Verifica del progetto"),
    "fine_inserimento": N_("Fine inserimento"),
    "follow_up": N_("Follow-up a 6 mesi"),
}


@dataclass(frozen=True)
class CaseRow:
    id: str
    code: str
    status: CaseStatus
    household_name: str
    head_name: str
    apartment_id: str | None
    apartment_code: str | None
    municipio: int | None
    educator_id: str | None
    educator_name: str | None
    days_in_service: int | None
    next_deadline: dt.date | None
    next_deadline_kind: str | None
    flags: tuple[str, ...]
    search_key: str

    @property
    def closed(self) -> bool:
        """The case is concluded (the list shows it greyed)."""
        return self.status == CaseStatus.CONCLUSO

    def matches(self, tokens: Iterable[str]) -> bool:
        key = self.search_key
        return all(t in key for t in tokens)


def to_row(r: Any, today: dt.date) -> CaseRow:
    """A list row from a ``case_list_rows`` row (days in service counted to ``today``)."""
    days = ((r.exit_date or today) - r.start_date).days if r.start_date else None
    return CaseRow(
        id=r.case_id,
        code=r.code,
        status=CaseStatus(r.status),
        household_name=r.household_name,
        head_name=r.head_name,
        apartment_id=r.apartment_id,
        apartment_code=r.apartment_code,
        municipio=r.municipio,
        educator_id=r.educator_id,
        educator_name=r.educator_name,
        days_in_service=days,
        next_deadline=r.next_deadline,
        next_deadline_kind=r.next_deadline_kind,
        flags=tuple(f for f in r.flags.split(",") if f),
        search_key=r.search_key,
    )


def list_case_rows(
    db: Database,
    today: dt.date,
    progress: Progress | None = None,
    *,
    ctx: ActingContext | None = None,
) -> list[CaseRow]:
    """Every case ``ctx`` sees as a list row, newest referral first (the whole list, for
    exports and checks; the Casi page reads pages, ``case_pages``)."""
    ensure_fresh(db)
    if progress:
        progress.step(1, 2, "Indice aggiornato")
    t = rows_table
    with db.session(write=False) as session:
        found = session.connection().execute(
            only_visible(
                select(t).order_by(t.c.referral_date.desc(), t.c.code.desc(), t.c.case_id.desc()),
                ctx,
                t.c.case_id,
            )
        )
        rows = [to_row(r, today) for r in found]
    if progress:
        progress.step(2, 2, "Elenco pronto")
    return rows


def filter_rows(rows: list[CaseRow], text: str) -> list[CaseRow]:
    """Rows whose search key holds every word of ``text`` (case- and accent-insensitive)."""
    tokens = fold(text).split()
    if not tokens:
        return rows
    return [r for r in rows if r.matches(tokens)]


def cases_of_person(
    db: Database, beneficiary_id: str, *, ctx: ActingContext | None = None
) -> list[str]:
    """Ids of the cases ``ctx`` sees whose household the person belongs (or belonged) to,
    newest first."""
    with db.session(write=False) as s:
        stmt = (
            select(Case.id)
            .join(HouseholdMember, HouseholdMember.household_id == Case.household_id)
            .where(HouseholdMember.beneficiary_id == beneficiary_id)
            .order_by(Case.referral_date.desc())
        )
        return list(s.scalars(only_visible(stmt, ctx, Case.id)))
