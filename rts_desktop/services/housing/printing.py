"""Printable content of the housing area: the key handover / return report (verbale).

Builds a ``HandoverDocument`` from the database (labels in Italian, plain data); the
renderer in ``rts_desktop.documents.handover`` only draws it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.documents.content import (
    HandoverDocument,
    InventoryItem,
    KeyItem,
    MeterReading,
    Person,
    SignatureParty,
)
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, NotFound
from rts_desktop.kernel.fileio import write_atomically
from rts_desktop.models import (
    Apartment,
    Beneficiary,
    Case,
    Handover,
    HouseholdMember,
    Operator,
    Room,
    Stay,
)
from rts_desktop.models.vocab import LABELS

_QTY = re.compile(r"^(\d{1,3})\s+(.+)$")


def parse_inventory(text: str | None) -> tuple[InventoryItem, ...]:
    """Free-text inventory to rows: one line per room ("Cucina: tavolo, 4 sedie") or a list.

    A leading number is the quantity; without a "Room:" prefix the room stays empty.
    """
    items: list[InventoryItem] = []
    for line in (text or "").splitlines():
        line = line.strip().rstrip(".")
        if not line:
            continue
        room, _, rest = line.partition(":") if ":" in line else ("", "", line)
        for part in rest.split(","):
            part = part.strip().rstrip(".")
            if not part:
                continue
            quantity = 1
            match = _QTY.match(part)
            if match:
                quantity, part = int(match.group(1)), match.group(2)
            items.append(
                InventoryItem(
                    room=room.strip(), item=part[:1].upper() + part[1:], quantity=quantity
                )
            )
    return tuple(items)


def _relation(code: str) -> str:
    return LABELS.get(code, code.replace("_", " ").capitalize()) if code else ""


def handover_document(
    db: Database, handover_id: str, printed_on: dt.date, *, ctx: ActingContext | None = None
) -> HandoverDocument:
    """What the report of one handover says (members in the household on that day); a
    handover of a case ``ctx`` does not see is not found."""
    with db.session(write=False) as s:
        h = s.get(Handover, handover_id)
        if h is None:
            raise NotFound(N_("Verbale non trovato."))
        if h.stay_id:
            found = s.get(Stay, h.stay_id)
            if found is not None:
                require_visible_case(s, ctx, found.case_id)
        apartment = s.get(Apartment, h.apartment_id)
        assert apartment is not None
        stay = s.get(Stay, h.stay_id) if h.stay_id else None
        room = s.get(Room, stay.room_id) if stay else None
        case = s.get(Case, stay.case_id) if stay else None
        operator = s.get(Operator, h.operator_id) if h.operator_id else None
        members: list[Person] = []
        if case is not None:
            rows = s.execute(
                select(Beneficiary.first_name, Beneficiary.last_name, Beneficiary.birth_date)
                .add_columns(HouseholdMember.relation, HouseholdMember.is_head)
                .join(HouseholdMember, HouseholdMember.beneficiary_id == Beneficiary.id)
                .where(
                    HouseholdMember.household_id == case.household_id,
                    HouseholdMember.from_date <= h.date,
                    (HouseholdMember.to_date.is_(None)) | (HouseholdMember.to_date > h.date),
                )
                .order_by(HouseholdMember.is_head.desc(), Beneficiary.birth_date)
            ).all()
            members = [
                Person(f"{first} {last}", birth, _relation(relation))
                for first, last, birth, relation, _head in rows
            ]
        address = apartment.address + (
            f", {apartment.postcode} Milano" if apartment.postcode else ""
        )
        kind_label = LABELS.get(h.kind, h.kind.capitalize())
        keys = (KeyItem(h.keys_notes or "Chiavi", h.keys_count),) if h.keys_count else ()
        meters = tuple(
            MeterReading(meter, reading=value)
            for meter, value in (
                ("Energia elettrica", h.meter_electricity),
                ("Gas", h.meter_gas),
                ("Acqua", h.meter_water),
            )
            if value
        )
        operator_name = operator.full_name if operator else ""
        head = members[0].name if members else ""
        return HandoverDocument(
            kind=kind_label,
            date=h.date,
            printed_on=printed_on,
            apartment_code=apartment.code,
            apartment_address=address,
            room=room.name if room else "",
            case_code=case.code if case else "",
            household=tuple(members),
            operator=operator_name,
            keys=keys,
            meters=meters,
            inventory=parse_inventory(h.inventory),
            condition_notes=h.condition or "",
            signatures=(
                SignatureParty("Beneficiario/a", head),
                SignatureParty("Operatore", operator_name),
            ),
        )


def handover_pdf(
    db: Database,
    handover_id: str,
    printed_on: dt.date,
    out: Path | BinaryIO | None = None,
    *,
    ctx: ActingContext | None = None,
) -> bytes:
    """Render the report; returns the PDF bytes (and writes them to ``out`` if given)."""
    from rts_desktop.documents.handover import render_handover

    buffer = io.BytesIO()
    render_handover(handover_document(db, handover_id, printed_on, ctx=ctx), buffer)
    data = buffer.getvalue()
    if isinstance(out, Path):
        write_atomically(out, data)  # 0600: it names people
    elif out is not None:
        out.write(data)
    return data
