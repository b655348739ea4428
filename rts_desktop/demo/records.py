"""Case diary notes, FSE participant sheets, attached documents and a few audit entries."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random

from rts_desktop.demo import texts
from rts_desktop.demo.cases import CaseSim
from rts_desktop.demo.common import IdMaker, Rows, add_months, days, instant, weighted
from rts_desktop.demo.people import Person

NOTE_COLS = (
    "id", "case_id", "beneficiary_id", "kind", "date", "text", "author_id", "written_at",
    "corrects_id",
)  # fmt: skip
SHEET_COLS = (
    "id", "case_id", "beneficiary_id", "moment", "date", "labour_status", "isced_level",
    "household_situation", "disadvantages", "migrant_background", "disability", "homeless",
    "notes", "unemployed_months", "minority", "special_asked_on",
)  # fmt: skip
OUTCOME_COLS = ("id", "case_id", "beneficiary_id", "date", "kind", "notes", "recorded_by")
#: exit labour status → what the educator records in the weeks after (weights)
AFTER_EXIT = {
    "occupato": {"occupato_esito": 8, "situazione_migliorata": 2},
    "disoccupato": {"ricerca_lavoro": 6, "istruzione_formazione": 2, "occupato_esito": 2},
    "disoccupato_lunga_durata": {"ricerca_lavoro": 6, "istruzione_formazione": 3, "qualifica": 1},
    "inattivo": {"nessun_cambiamento": 6, "ricerca_lavoro": 4},
    "studente": {"istruzione_formazione": 6, "qualifica": 4},
    "non_risponde": {"nessun_cambiamento": 1},
}
DOCUMENT_COLS = (
    "id", "case_id", "beneficiary_id", "doc_type", "title", "filename", "sha256", "size",
    "mime_type", "issued_on", "expires_on", "uploaded_by", "uploaded_at",
)  # fmt: skip
AUDIT_COLS = (
    "id", "at", "operator_id", "device_id", "action", "entity", "entity_id", "purpose", "detail",
)  # fmt: skip

LABOUR = {
    "disoccupato": 38, "disoccupato_lunga_durata": 25, "occupato": 20, "inattivo": 10,
    "studente": 2, "non_risponde": 5,
}  # fmt: skip
ISCED = {"0": 8, "1": 22, "2": 35, "3": 25, "4": 3, "6": 7}


def situation_code(kind: str, labour: str) -> str:
    """The ESF household situation (codes of services.fse.HOUSEHOLD_SITUATIONS)."""
    if kind == "single_parent":
        return "genitore_solo_con_figli"
    if labour != "occupato":
        return (
            "nucleo_senza_occupati_con_figli"
            if kind == "couple_children"
            else "nucleo_senza_occupati"
        )
    return "altro"


HOMELESS_ETHOS = {"1", "2", "3"}
DOC_TITLES = {
    "permesso_soggiorno": "Permesso di soggiorno",
    "patto_accoglienza": "Patto di accoglienza firmato",
    "isee": "Attestazione ISEE",
    "relazione_sst": "Relazione dell'assistente sociale",
}


def placeholder_pdf(title: str) -> bytes:
    """A one-page PDF standing in for a scanned document (same bytes on every run)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(title)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, 760, title)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 736, "Documento dimostrativo – Residenzialità Temporanea Sociale")
    canvas.drawString(72, 720, "Nessun dato reale: file generato per i dati di prova.")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


class Records:
    def __init__(
        self, rng: random.Random, ids: IdMaker, rows: Rows, today: dt.date, device_id: str
    ) -> None:
        self.rng, self.ids, self.today, self.device_id = rng, ids, today, device_id
        self.notes = rows.table("notes", NOTE_COLS)
        self.sheets = rows.table("participant_sheets", SHEET_COLS)
        self.outcomes = rows.table("participant_outcomes", OUTCOME_COLS)
        self.documents = rows.table("documents", DOCUMENT_COLS)
        self.audit = rows.table("audit_entries", AUDIT_COLS)
        #: sha256 → content of the placeholder files the documents point at
        self.files: dict[str, bytes] = {}
        self._blobs: dict[str, tuple[str, int]] = {}

    def case(self, case: CaseSim, free_notes_per_month: float) -> None:
        rng, today = self.rng, self.today
        head = case.household.head
        if case.assessed is not None:
            self._note(case, head, "colloquio_ingresso", case.assessed)
        for day in case.reviews:
            self._note(case, head, "verifica", day)
        for day in case.visits:
            if day <= today and rng.random() < 0.6:
                self._note(case, head, "visita_domiciliare", day)
        for day in case.mediations:
            self._note(case, head, "mediazione", day)
        if case.start is not None:
            last = min(case.actual_end or today, today)
            span = (last - case.start).days + 1
            adults = case.household.adults(case.start)
            for _ in range(int(span / 30.44 * free_notes_per_month + rng.random())):
                who = head if rng.random() < 0.8 else rng.choice(adults or [head])
                self._note(case, who, "libera", case.start + days(rng.randrange(span)))
            if case.actual_end is not None:
                self._note(case, head, "dimissione", case.actual_end)
            self._sheets(case)
            self._documents(case)

    def _note(self, case: CaseSim, person: Person, kind: str, day: dt.date) -> None:
        rng = self.rng
        # written during office hours, and never later than the generators' noon today
        minute = 540 + rng.randrange(180 if day >= self.today else 540)
        nid = self.ids.on(day, minute)
        author = case.educator_on(day)
        text = texts.note_text(rng, kind, person.first)
        self.notes.append(
            (
                nid,
                case.id,
                person.id,
                kind,
                day.isoformat(),
                text,
                author,
                instant(day, minute),
                None,
            )
        )
        if rng.random() < 0.01:
            fix_day = min(day + days(rng.randint(0, 5)), self.today)
            fix = f"Correzione della nota del {day.strftime('%d/%m/%Y')}: {text}"
            fix_minute = minute + 1 if fix_day < self.today else min(minute + 1, 719)
            self.notes.append(
                (
                    self.ids.on(fix_day, fix_minute),
                    case.id,
                    person.id,
                    kind,
                    day.isoformat(),
                    fix,
                    author,
                    instant(fix_day, fix_minute),
                    nid,
                )
            )

    def _sheets(self, case: CaseSim) -> None:
        rng, ids = self.rng, self.ids
        start = case.start
        assert start is not None
        for person in case.household.adults(start):
            labour = weighted(rng, LABOUR)
            situation = situation_code(case.household.kind, labour)
            isced = int(weighted(rng, ISCED))
            migrant = "no" if person.nationality == "IT" else "si"
            if rng.random() < 0.05:
                migrant = "non_risponde"
            disability = weighted(rng, {"no": 85, "si": 8, "non_risponde": 7})
            # codes of services.fse.DISADVANTAGES: everyone here is in housing exclusion
            flags = ["esclusione_abitativa"]
            if case.ethos in HOMELESS_ETHOS:
                flags.insert(0, "senza_dimora")
            homeless = case.ethos in HOMELESS_ETHOS
            # the fields added for the ESF indicators come from their own generator, so
            # the rest of the demo keeps its course
            own = random.Random(f"fse-{case.id}-{person.id}")
            months = None
            if labour == "disoccupato":
                months = own.randint(1, 11)
            elif labour == "disoccupato_lunga_durata":
                months = own.randint(13, 48)
            minority = weighted(own, {"no": 85, "si": 7, "non_risponde": 8})
            extra = (months, minority, start.isoformat())
            self.sheets.append(
                (
                    ids.on(start, 800),
                    case.id,
                    person.id,
                    "ingresso",
                    start.isoformat(),
                    labour,
                    isced,
                    situation,
                    ",".join(flags),
                    migrant,
                    disability,
                    homeless,
                    None,
                    *extra,
                )
            )
            if case.actual_end is not None:
                if labour != "occupato" and rng.random() < 0.35:
                    labour = "occupato"
                self.sheets.append(
                    (
                        ids.on(case.actual_end, 800),
                        case.id,
                        person.id,
                        "uscita",
                        case.actual_end.isoformat(),
                        labour,
                        isced,
                        situation,
                        ",".join(f for f in flags if f != "senza_dimora"),
                        migrant,
                        disability,
                        False,
                        None,
                        None if labour == "occupato" else months,
                        minority,
                        start.isoformat(),
                    )
                )
                self._outcomes(case, person.id, labour, own)

    def _outcomes(self, case: CaseSim, person_id: str, labour: str, own: random.Random) -> None:
        """What happened after leaving: often noted in the following weeks, and at the
        six-month follow-up once it has come."""
        end = case.actual_end
        assert end is not None
        moments = []
        if own.random() < 0.6:
            moments.append(end + dt.timedelta(days=own.randint(3, 27)))
        later = add_months(end, 6) + dt.timedelta(days=own.randint(-20, 20))
        if later <= self.today and own.random() < 0.75:
            moments.append(later)
        for day in moments:
            if day > self.today:
                continue
            self.outcomes.append(
                (
                    self.ids.on(day, 810),
                    case.id,
                    person_id,
                    day.isoformat(),
                    weighted(own, AFTER_EXIT.get(labour, {"nessun_cambiamento": 1})),
                    None,
                    None,
                )
            )

    def _blob(self, doc_type: str) -> tuple[str, int]:
        if doc_type not in self._blobs:
            content = placeholder_pdf(DOC_TITLES[doc_type])
            sha = hashlib.sha256(content).hexdigest()
            self.files[sha] = content
            self._blobs[doc_type] = (sha, len(content))
        return self._blobs[doc_type]

    def document(
        self,
        case: CaseSim,
        person: Person | None,
        doc_type: str,
        issued: dt.date,
        expires: dt.date | None,
    ) -> None:
        sha, size = self._blob(doc_type)
        uploaded = min(issued + days(self.rng.randint(0, 10)), self.today)
        stem = f"{doc_type}_{(person or case.household.head).last}".replace(" ", "_").lower()
        self.documents.append(
            (
                self.ids.on(uploaded, 820),
                case.id,
                person.id if person else None,
                doc_type,
                DOC_TITLES[doc_type],
                f"{stem}.pdf",
                sha,
                size,
                "application/pdf",
                issued.isoformat(),
                expires.isoformat() if expires else None,
                case.educator_on(uploaded),
                instant(uploaded, 820),
            )
        )

    def _documents(self, case: CaseSim) -> None:
        rng, today = self.rng, self.today
        start = case.start
        assert start is not None
        self.document(case, case.household.head, "patto_accoglienza", start, None)
        if rng.random() < 0.5:
            self.document(case, None, "relazione_sst", case.referral, None)
        last = min(case.actual_end or today, today)
        for year in range(start.year, last.year + 1):
            issued = dt.date(year, 1, 15) + days(rng.randint(0, 60))
            if start <= issued <= last:
                self.document(case, case.household.head, "isee", issued, dt.date(year, 12, 31))

    def permit(self, case: CaseSim, person: Person, issued: dt.date, expires: dt.date) -> None:
        self.document(case, person, "permesso_soggiorno", issued, expires)

    def audit_case(self, case: CaseSim, coordinator: str) -> None:
        """The case's creation and, now and then, a read of its file with a purpose."""
        rng = self.rng
        self.audit.append(
            (
                self.ids.on(case.referral, 900),
                instant(case.referral, 900),
                coordinator,
                self.device_id,
                "create",
                "case",
                case.id,
                None,
                None,
            )
        )
        if case.start is not None and rng.random() < 0.5:
            day = min(case.start + days(rng.randint(0, 90)), self.today)
            self.audit.append(
                (
                    self.ids.on(day, 930),
                    instant(day, 930),
                    case.educator_on(day),
                    self.device_id,
                    "view",
                    "case",
                    case.id,
                    rng.choice(["colloquio", "verifica SST", "stampa progetto"]),
                    None,
                )
            )
