"""Everything a case file shows, read through the services in one background call."""

from __future__ import annotations

from dataclasses import dataclass

from rts_desktop.context import ActingContext
from rts_desktop.db import Database
from rts_desktop.services import cases, documents, fse, notes, people, stays, timeline
from rts_desktop.services.cases import CaseDTO
from rts_desktop.services.documents import ChecklistItem, DocumentDTO
from rts_desktop.services.fse import SheetDTO
from rts_desktop.services.notes import NoteDTO
from rts_desktop.services.people import BeneficiaryDTO
from rts_desktop.services.stays import StayDTO
from rts_desktop.services.timeline import TimelineEntry


@dataclass(frozen=True)
class CaseFileData:
    case: CaseDTO
    people: tuple[BeneficiaryDTO, ...]
    stays: tuple[StayDTO, ...]
    notes: tuple[NoteDTO, ...]
    documents: tuple[DocumentDTO, ...]
    checklist: tuple[ChecklistItem, ...]
    sheets: tuple[SheetDTO, ...]
    timeline: tuple[TimelineEntry, ...]

    def person_name(self, beneficiary_id: str | None) -> str:
        return next((p.full_name for p in self.people if p.id == beneficiary_id), "")


def load_case_file(db: Database, ctx: ActingContext, case_id: str) -> CaseFileData:
    """The case (its opening is audited) and every tab's content."""
    case = cases.get_case(db, ctx, case_id)
    members = {m.beneficiary_id for m in case.household.members}
    return CaseFileData(
        case=case,
        people=tuple(people.get_beneficiary(db, ctx, b) for b in sorted(members)),
        stays=tuple(stays.case_stays(db, case_id)),
        notes=tuple(notes.list_notes(db, case_id)),
        documents=tuple(documents.list_documents(db, case_id=case_id)),
        checklist=tuple(documents.checklist(db, case_id, ctx.today())),
        sheets=tuple(fse.list_sheets(db, case_id)),
        timeline=tuple(timeline.case_timeline(db, case_id)),
    )
