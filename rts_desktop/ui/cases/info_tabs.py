"""Anagrafica (household members) and Percorso (the case's path) tabs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import noop, text_of, translate, translator
from rts_desktop.models.vocab import label
from rts_desktop.services.cases.households import MemberDTO
from rts_desktop.ui.cases.case_data import CaseFileData
from rts_desktop.ui.cases.common_views import date, fill, table, value_label
from rts_desktop.ui.cases.lifecycle import outcome_text
from rts_desktop.ui.common.records_model import Column

#: the buttons a closed case keeps: the export of a person's data (art. 15), who sees the
#: case (access, not its data) and the follow-up (enabled by the case file when due)
STILL_ALLOWED = frozenset({"export_person", "share_case", "record_follow_up"})


_tr = translator("case_file")


def read_only_tip() -> str:
    return _tr("Caso concluso: solo consultazione.")


def set_buttons_read_only(box: QHBoxLayout, read_only: bool) -> None:
    """Disable the editing buttons in ``box`` (all but ``STILL_ALLOWED``) on a closed case."""
    for index in range(box.count()):
        widget = box.itemAt(index).widget()
        if isinstance(widget, QPushButton) and widget.objectName() not in STILL_ALLOWED:
            widget.setEnabled(not read_only)
            widget.setToolTip(read_only_tip() if read_only else "")


class AnagraficaTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.data: CaseFileData | None = None
        layout = QVBoxLayout(self)
        #: filled by the case file with its editing buttons
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.members = table(
            "members",
            self.tr("Componenti del nucleo"),
            [
                Column(self.tr("Nome"), lambda m: m.full_name),
                Column(self.tr("Codice"), lambda m: m.beneficiary_code),
                Column(self.tr("Nato/a il"), lambda m: m.birth_date),
                Column(self.tr("Relazione"), lambda m: text_of(label(m.relation))),
                Column(self.tr("Capofam."), lambda m: self.tr("sì") if m.is_head else ""),
                Column(self.tr("Identificativi"), self._identifiers),
                Column(self.tr("Telefono"), lambda m: self._person(m, "phone")),
                Column(self.tr("Email"), lambda m: self._person(m, "email")),
                Column(self.tr("Nel nucleo"), self._period),
            ],
            muted=lambda m: m.to_date is not None,
        )
        layout.addWidget(self.members)
        note = QLabel(
            self.tr(
                "I dati sanitari e giudiziari non sono mostrati qui: si aprono solo su "
                "richiesta e l'accesso viene registrato."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout.addWidget(note)

    def _person(self, m: MemberDTO, attr: str) -> str:
        assert self.data is not None
        person = next((p for p in self.data.people if p.id == m.beneficiary_id), None)
        return (getattr(person, attr) or "") if person else ""

    def _identifiers(self, m: MemberDTO) -> str:
        assert self.data is not None
        person = next((p for p in self.data.people if p.id == m.beneficiary_id), None)
        if person is None:
            return ""
        return "; ".join(f"{text_of(label(i.kind))} {i.value}" for i in person.identifiers)

    def _period(self, m: MemberDTO) -> str:
        if m.to_date:
            return (
                self.tr("dal %1 al %2")
                .replace("%1", date(m.from_date))
                .replace("%2", date(m.to_date))
            )
        return self.tr("dal %1").replace("%1", date(m.from_date))

    def show_data(self, data: CaseFileData) -> None:
        self.data = data
        fill(self.members, data.case.household.members)

    def set_read_only(self, read_only: bool) -> None:
        set_buttons_read_only(self.buttons, read_only)


class PercorsoTab(QWidget):
    FIELDS = (
        ("status", noop("PercorsoTab", "Stato:")),
        ("referral", noop("PercorsoTab", "Segnalazione:")),
        ("sst", noop("PercorsoTab", "Servizio sociale territoriale:")),
        ("ethos", noop("PercorsoTab", "Situazione all'ingresso (ETHOS):")),
        ("start", noop("PercorsoTab", "Inizio percorso:")),
        ("exit", noop("PercorsoTab", "Uscita:")),
        ("follow_up", noop("PercorsoTab", "Follow-up a 6 mesi:")),
        ("summary", noop("PercorsoTab", "Sintesi:")),
    )

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        #: filled by the case file with its editing buttons
        self.buttons = QHBoxLayout()
        outer.addLayout(self.buttons)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        box = QGroupBox(self.tr("Percorso"))
        form = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, text in self.FIELDS:
            value = value_label(f"percorso_{key}")
            self.values[key] = value
            form.addRow(QLabel(translate("PercorsoTab", text)), value)  # i18n: dynamic
        layout.addWidget(box, 3)
        right = QVBoxLayout()
        self.history = table(
            "status_history",
            self.tr("Storia degli stati"),
            [
                Column(self.tr("Data"), lambda c: c.date),
                Column(self.tr("Da"), lambda c: text_of(label(c.from_status)) or "—"),
                Column(self.tr("A"), lambda c: text_of(label(c.to_status))),
                Column(self.tr("Motivo"), lambda c: c.reason or ""),
            ],
        )
        self.educators = table(
            "educators",
            self.tr("Educatori"),
            [
                Column(self.tr("Educatore"), lambda e: e.full_name),
                Column(
                    self.tr("Ruolo"),
                    lambda e: self.tr("referente") if e.is_primary else self.tr("supporto"),
                ),
                Column(self.tr("Dal"), lambda e: e.from_date),
                Column(self.tr("Al"), lambda e: e.to_date),
            ],
            muted=lambda e: e.to_date is not None,
        )
        right.addWidget(QLabel(self.tr("<b>Storia degli stati</b>")))
        right.addWidget(self.history, 3)
        right.addWidget(QLabel(self.tr("<b>Educatori</b>")))
        right.addWidget(self.educators, 2)
        layout.addLayout(right, 4)

    def show_data(self, data: CaseFileData) -> None:
        c = data.case
        v = self.values
        v["status"].setText(text_of(c.status_label))
        v["referral"].setText(
            " – ".join(x for x in (date(c.referral_date), c.referral_source) if x)
        )
        mun = self.tr("Municipio %1").replace("%1", str(c.sst_municipio)) if c.sst_municipio else ""
        v["sst"].setText(
            ", ".join(x for x in (mun, c.sst_social_worker, c.sst_contact) if x) or "—"
        )
        v["ethos"].setText(text_of(label(c.ethos_entry)) or "—")
        v["start"].setText(date(c.start_date))
        if c.exit_date:
            where = " – ".join(
                x for x in (date(c.exit_date), text_of(label(c.exit_destination))) if x
            )
            if c.exit_outcome:
                where += " · " + self.tr("esito: %1").replace("%1", outcome_text(c.exit_outcome))
            v["exit"].setText(f"{where}\n{c.exit_reason or ''}".strip())
        else:
            v["exit"].setText("—")
        if c.follow_up_done:
            v["follow_up"].setText(
                self.tr("fatto il %1").replace("%1", date(c.follow_up_done))
                + (f": {c.follow_up_notes}" if c.follow_up_notes else "")
            )
        elif c.follow_up_due:
            v["follow_up"].setText(
                self.tr("previsto entro il %1").replace("%1", date(c.follow_up_due))
            )
        else:
            v["follow_up"].setText("—")
        v["summary"].setText(c.summary or "—")
        fill(self.history, list(reversed(c.status_history)))
        fill(self.educators, list(reversed(c.educators)))

    def set_read_only(self, read_only: bool) -> None:
        set_buttons_read_only(self.buttons, read_only)
