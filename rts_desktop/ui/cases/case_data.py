"""Everything a case file shows, read through the services in one background call."""

from __future__ import annotations

from dataclasses import dataclass

from rts_desktop.db import Database
from rts_desktop.kernel.context import ActingContext
from rts_desktop.services.cases import documents, fse, notes, people, timeline
from rts_desktop.services.cases.case import CaseDTO
from rts_desktop.services.cases.documents import ChecklistItem, DocumentDTO
from rts_desktop.services.cases.fse import SheetDTO
from rts_desktop.services.cases.notes import NoteDTO
from rts_desktop.services.cases.people import BeneficiaryDTO
from rts_desktop.services.cases.timeline import TimelineEntry
from rts_desktop.services.housing import stays
from rts_desktop.services.housing.stays import StayDTO


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


def load_case_file(db: Database, ctx: ActingContext, case: CaseDTO) -> CaseFileData:
    """Every tab's content around ``case`` (read with ``get_case``: its opening is audited)."""
    case_id = case.id
    members = {m.beneficiary_id for m in case.household.members}
    return CaseFileData(
        case=case,
        people=tuple(people.get_beneficiary(db, ctx, b) for b in sorted(members)),
        stays=tuple(stays.case_stays(db, case_id, ctx=ctx)),
        notes=tuple(notes.list_notes(db, case_id, ctx=ctx)),
        documents=tuple(documents.list_documents(db, case_id=case_id, ctx=ctx)),
        checklist=tuple(documents.checklist(db, case_id, ctx.today(), ctx=ctx)),
        sheets=tuple(fse.list_sheets(db, case_id, ctx=ctx)),
        timeline=tuple(timeline.case_timeline(db, case_id, ctx=ctx)),
    )
