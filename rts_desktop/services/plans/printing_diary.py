"""Printable case-diary extract (estratto del diario) for audits: notes in a date range,
optionally of some kinds only, corrections kept and pointing back to what they correct."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import select

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.documents.content import DiaryExtractDocument, DiaryNoteLine
from rts_desktop.kernel.access import require
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.models import Household, Note
from rts_desktop.models.vocab import NoteKind, label
from rts_desktop.services.plans.lookups import case_of, operator_names

# --- diary extract --------------------------------------------------------------------------


def _check_kinds(kinds: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    known = {str(k) for k in NoteKind}
    for kind in kinds:
        if kind not in known:
            raise ValidationError("kinds", N_("Tipo di nota sconosciuto: {k}.").format(k=kind))
    return tuple(kinds)


def diary_document(
    db: Database,
    ctx: ActingContext,
    case_id: str,
    date_from: dt.date,
    date_to: dt.date,
    kinds: tuple[str, ...] | list[str] = (),
    purpose: str = "",
) -> DiaryExtractDocument:
    """The case's notes between two dates (both included), oldest first, corrections kept."""
    require(ctx, "print")
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
    if date_from > date_to:
        raise ValidationError("date_to", N_("La data finale precede quella iniziale."))
    wanted = _check_kinds(kinds)
    with db.session(write=False) as s:
        case = case_of(s, case_id)
        household = s.get(Household, case.household_id)
        stmt = select(Note).where(
            Note.case_id == case_id, Note.date >= date_from, Note.date <= date_to
        )
        if wanted:
            stmt = stmt.where(Note.kind.in_(wanted))
        notes = list(s.scalars(stmt.order_by(Note.date, Note.written_at, Note.id)))
        corrected_ids = {n.corrects_id for n in notes if n.corrects_id}
        corrected = (
            dict(
                s.execute(select(Note.id, Note.written_at).where(Note.id.in_(corrected_ids))).all()
            )
            if corrected_ids
            else {}
        )
        authors = operator_names(s, {n.author_id for n in notes if n.author_id})
        requester = operator_names(s, {ctx.operator_id} if ctx.operator_id else set())
        return DiaryExtractDocument(
            case_code=case.code,
            date_from=date_from,
            date_to=date_to,
            printed_on=ctx.today(),
            household_name=household.name if household else "",
            kinds=tuple(label(k) for k in wanted),
            requested_by=requester.get(ctx.operator_id or "", ""),
            purpose=purpose,
            notes=tuple(
                DiaryNoteLine(
                    written_at=n.written_at,
                    kind=label(n.kind),
                    author=authors.get(n.author_id or "", ""),
                    text=n.text,
                    correction_of=corrected.get(n.corrects_id) if n.corrects_id else None,
                )
                for n in notes
            ),
        )


@operation("print", "diary", permission="print")
def diary_pdf(
    op: Op,
    case_id: str,
    date_from: dt.date,
    date_to: dt.date,
    kinds: tuple[str, ...] | list[str] = (),
    purpose: str = "",
) -> bytes:
    """The diary extract as PDF bytes; the extraction is written to the audit log."""
    from rts_desktop.documents.diary import render_diary

    doc = diary_document(op.db, op.ctx, case_id, date_from, date_to, kinds, purpose)
    buffer = io.BytesIO()
    render_diary(doc, buffer)
    op.audit(case_id, f"{date_from:%d/%m/%Y}–{date_to:%d/%m/%Y} ({len(doc.notes)} note)")
    return buffer.getvalue()
