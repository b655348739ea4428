"""Table models of the Sync view: thin ``RecordsModel`` columns over the sync DTOs."""

from __future__ import annotations

from rts_desktop.kernel.i18n import noop, text_of, translate, translator
from rts_desktop.sync.api import DeviceDTO
from rts_desktop.sync.view import CandidateView, ConflictRow, ImportedRow
from rts_desktop.ui.common.records_model import Column, RecordsModel, display

tr = translator("sync")


def who_when(c: CandidateView) -> str:
    """ "Laptop via Padova · Giulia Rossi · 24/11/2026 18:02"."""
    parts = [c.device_name, text_of(c.author_name), display(c.when)]
    return " · ".join(p for p in parts if p)


def _candidate(row: ConflictRow, i: int) -> str:
    return text_of(row.candidates[i].text) if i < len(row.candidates) else ""


def _candidate_tip(row: ConflictRow, i: int) -> str:
    if i >= len(row.candidates):
        return ""
    c = row.candidates[i]
    return f"{text_of(c.action)}: {who_when(c)}"


def _others(row: ConflictRow) -> str:
    return "; ".join(f"{c.letter}: {text_of(c.text)}" for c in row.candidates[2:])


def conflicts_model(rows: list[ConflictRow] | None = None) -> RecordsModel[ConflictRow]:
    return RecordsModel(
        [
            Column(tr("Dato"), lambda r: text_of(r.table_label)),
            Column(tr("Record"), lambda r: text_of(r.record_label)),
            Column(tr("Campo"), lambda r: text_of(r.field_label)),
            Column(tr("Valore di partenza"), lambda r: text_of(r.base_text)),
            Column(tr("A"), lambda r: _candidate(r, 0), lambda r: _candidate_tip(r, 0)),
            Column(tr("B"), lambda r: _candidate(r, 1), lambda r: _candidate_tip(r, 1)),
            Column(tr("Altri valori"), _others),
        ],
        rows or [],
    )


def _device_name(d: DeviceDTO) -> str:
    return tr("%1 (questo portatile)").replace("%1", d.name) if d.is_self else d.name


def devices_model(rows: list[DeviceDTO] | None = None) -> RecordsModel[DeviceDTO]:
    return RecordsModel(
        [
            Column(tr("Dispositivo"), _device_name),
            Column(tr("Impronta"), lambda d: d.fingerprint or ""),
            Column(tr("Registrato il"), lambda d: d.enrolled_at),
            Column(tr("Revocato il"), lambda d: d.revoked_at),
            Column(tr("Ultimo pacchetto inviato"), lambda d: d.last_sent_at),
            Column(tr("Ultimo pacchetto ricevuto"), lambda d: d.last_received_at),
        ],
        rows or [],
        muted=lambda d: d.revoked_at is not None,
    )


KINDS = {"incremental": noop("sync", "Modifiche"), "snapshot": noop("sync", "Completo (snapshot)")}


def _kind(kind: str) -> str:
    return translate("sync", KINDS[kind]) if kind in KINDS else kind  # i18n: dynamic


def imported_model(rows: list[ImportedRow] | None = None) -> RecordsModel[ImportedRow]:
    return RecordsModel(
        [
            Column(tr("Importato il"), lambda r: r.imported_at),
            Column(tr("Da"), lambda r: r.origin_name),
            Column(tr("Tipo"), lambda r: _kind(r.kind)),
            Column(tr("Nuovi"), lambda r: r.new),
            Column(tr("Aggiornati"), lambda r: r.updated),
            Column(tr("Eliminati"), lambda r: r.deleted),
            Column(tr("Invariati"), lambda r: r.unchanged),
            Column(tr("Conflitti"), lambda r: r.conflicts),
            Column(tr("In attesa"), lambda r: r.pending),
        ],
        rows or [],
    )
