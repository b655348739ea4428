"""Case diary (diario): dated notes by operators, append-only.

A note is never edited: a correction is a new note pointing at the one it corrects
(``corrects_id``); the old one stays readable for audits. Kinds come with Italian templates
(headings to fill in) for the structured notes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rts_desktop.db import Database
from rts_desktop.db.operations import Op, operation
from rts_desktop.db.records import get_or_fail
from rts_desktop.db.visibility import require_visible_case
from rts_desktop.kernel import validation as v
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import N_, ValidationError
from rts_desktop.kernel.text import fold
from rts_desktop.models import Case, HouseholdMember, Note, Operator, rules
from rts_desktop.models.vocab import NoteKind

NOTE_TEMPLATES: dict[str, str] = {
    NoteKind.COLLOQUIO_INGRESSO: (
        "Presenti:\n\n"
        "Situazione abitativa precedente:\n\n"
        "Composizione del nucleo:\n\n"
        "Lavoro e reddito:\n\n"
        "Salute e servizi di riferimento:\n\n"
        "Documenti in possesso e da regolarizzare:\n\n"
        "Bisogni e aspettative espressi:\n\n"
        "Accordi presi e prossimi passi:\n"
    ),
    NoteKind.VERIFICA: (
        "Presenti:\n\n"
        "Obiettivi del progetto esaminati:\n\n"
        "Risultati raggiunti:\n\n"
        "Difficoltà emerse:\n\n"
        "Modifiche al progetto:\n\n"
        "Prossima verifica:\n"
    ),
    NoteKind.DIMISSIONE: (
        "Data e motivo dell'uscita:\n\n"
        "Destinazione abitativa:\n\n"
        "Obiettivi raggiunti durante il percorso:\n\n"
        "Situazione lavorativa ed economica all'uscita:\n\n"
        "Servizi e reti di riferimento dopo l'uscita:\n\n"
        "Riconsegna dell'alloggio e delle chiavi:\n\n"
        "Follow-up concordato:\n"
    ),
    NoteKind.VISITA_DOMICILIARE: (
        "Presenti:\n\n"
        "Condizioni dell'alloggio:\n\n"
        "Gestione degli spazi comuni e rapporti con i vicini:\n\n"
        "Eventuali guasti o manutenzioni da segnalare:\n\n"
        "Osservazioni:\n\n"
        "Accordi presi:\n"
    ),
    NoteKind.MEDIAZIONE: (
        "Parti coinvolte:\n\n"
        "Oggetto del conflitto:\n\n"
        "Posizioni espresse:\n\n"
        "Accordo raggiunto:\n\n"
        "Impegni di ciascuna parte:\n\n"
        "Verifica dell'accordo (data):\n"
    ),
}


@dataclass(frozen=True)
class NoteDTO:
    id: str
    case_id: str
    beneficiary_id: str | None
    kind: NoteKind
    date: dt.date
    text: str
    author_id: str | None
    author_name: str | None
    written_at: dt.datetime
    corrects_id: str | None
    #: a later note corrects this one (the UI shows it struck through or hides it)
    superseded: bool


def template_for(kind: str) -> str:
    """The template text of a note kind ("" for a free note)."""
    return NOTE_TEMPLATES.get(kind, "")


def _dto(note: Note, authors: dict[str, str], superseded: set[str]) -> NoteDTO:
    return NoteDTO(
        id=note.id,
        case_id=note.case_id,
        beneficiary_id=note.beneficiary_id,
        kind=NoteKind(note.kind),
        date=note.date,
        text=note.text,
        author_id=note.author_id,
        author_name=authors.get(note.author_id or ""),
        written_at=note.written_at,
        corrects_id=note.corrects_id,
        superseded=note.id in superseded,
    )


def _authors(s: Session, notes: list[Note]) -> dict[str, str]:
    ids = {n.author_id for n in notes if n.author_id}
    if not ids:
        return {}
    return dict(
        s.execute(select(Operator.id, Operator.full_name).where(Operator.id.in_(ids))).all()
    )


def check_member(s: Session, case: Case, beneficiary_id: str | None) -> None:
    """Refuse a beneficiary who never belonged to the case's household."""
    if beneficiary_id is None:
        return
    member = s.scalar(
        select(HouseholdMember.id).where(
            HouseholdMember.household_id == case.household_id,
            HouseholdMember.beneficiary_id == beneficiary_id,
        )
    )
    if member is None:
        raise ValidationError("beneficiary_id", N_("La persona non fa parte del nucleo del caso."))


@operation("create", "note")
def add_note(
    op: Op,
    case_id: str,
    kind: str,
    date: dt.date,
    text: str,
    beneficiary_id: str | None = None,
) -> NoteDTO:
    """Append a diary note to a case (optionally about one member of the household)."""
    chosen = v.choice("kind", kind, NoteKind)
    v.required_date("date", date)
    v.not_future("date", date, op.ctx.today())
    body = rules.check("notes", "text", text)
    if body.strip() == template_for(str(chosen)).strip():
        raise ValidationError("text", N_("Compila il modello prima di salvare la nota."))
    s = op.s
    require_visible_case(s, op.ctx, case_id)
    case = s.get(Case, case_id)
    if case is None:
        raise ValidationError("case_id", N_("Caso non trovato."))
    check_member(s, case, beneficiary_id)
    note = Note(
        case_id=case.id,
        beneficiary_id=beneficiary_id,
        kind=str(chosen),
        date=date,
        text=body,
        author_id=op.ctx.operator_id,
        written_at=op.ctx.now(),
    )
    s.add(note)
    s.flush()
    op.audit(note.id)
    return _dto(note, _authors(s, [note]), set())


@operation("correct", "note")
def correct_note(op: Op, note_id: str, new_text: str) -> NoteDTO:
    """Correct a note with a new one (same case, kind, date); the original stays."""
    body = rules.check("notes", "text", new_text)
    s = op.s
    old = get_or_fail(s, Note, note_id, N_("Nota"))
    require_visible_case(s, op.ctx, old.case_id)
    newer = s.scalar(select(Note.id).where(Note.corrects_id == old.id))
    if newer is not None:
        raise ValidationError(
            "note_id", N_("La nota è già stata corretta: correggi la versione più recente.")
        )
    if body == old.text:
        raise ValidationError("text", N_("Il testo non è cambiato."))
    note = Note(
        case_id=old.case_id,
        beneficiary_id=old.beneficiary_id,
        kind=old.kind,
        date=old.date,
        text=body,
        author_id=op.ctx.operator_id,
        written_at=op.ctx.now(),
        corrects_id=old.id,
    )
    s.add(note)
    s.flush()
    op.audit(note.id, f"corregge {old.id}")
    return _dto(note, _authors(s, [note]), set())


def list_notes(
    db: Database,
    case_id: str,
    *,
    kinds: tuple[str, ...] | list[str] = (),
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    search: str | None = None,
    include_superseded: bool = False,
    ctx: ActingContext | None = None,
) -> list[NoteDTO]:
    """A case's diary, newest first; ``search`` ignores case and accents ("citta" = "città").

    Corrected notes are left out unless ``include_superseded`` (the audit extract wants them).
    """
    if search is not None and not isinstance(search, str):
        raise ValidationError("search", N_("Deve essere un testo."))
    for name, bound in (("date_from", date_from), ("date_to", date_to)):
        v.day(name, bound, first=dt.date.min, last=dt.date.max)  # a filter: any real day
    with db.session(write=False) as s:
        require_visible_case(s, ctx, case_id)
        stmt = select(Note).where(Note.case_id == case_id)
        if kinds:
            stmt = stmt.where(Note.kind.in_(list(kinds)))
        if date_from is not None:
            stmt = stmt.where(Note.date >= date_from)
        if date_to is not None:
            stmt = stmt.where(Note.date <= date_to)
        notes = list(
            s.scalars(stmt.order_by(Note.date.desc(), Note.written_at.desc(), Note.id.desc()))
        )
        superseded = set(
            s.scalars(
                select(Note.corrects_id).where(
                    Note.case_id == case_id, Note.corrects_id.is_not(None)
                )
            )
        )
        if not include_superseded:
            notes = [n for n in notes if n.id not in superseded]
        if search and search.strip():
            needle = fold(search)
            notes = [n for n in notes if needle in fold(n.text)]
        authors = _authors(s, notes)
        return [_dto(n, authors, superseded) for n in notes]
