""" "Partecipanti pseudonimizzati…": the per-participant list for the municipality's
statistics (coordinators), written as CSV on the runner, with the office's export key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QPushButton

from rts_desktop.kernel.access import may
from rts_desktop.kernel.i18n import translator
from rts_desktop.ui.common import files

#: the Report page (``page.ReportsPage``: env, filters, status, error, ``_ask_path``);
#: not imported, the page imports this module
ReportsPage = Any

CSV = "CSV (*.csv)"
#: the texts are the Report page's
_tr = translator("ReportsPage")


def participants_button(page: ReportsPage) -> QPushButton | None:
    """The button, or None for a role that may not export the list."""
    if not may(page.env.ctx, "reports.participants"):
        return None
    button = QPushButton(_tr("&Partecipanti pseudonimizzati…"))
    button.setObjectName("report_participants")
    button.setAccessibleName(_tr("Esporta l'elenco pseudonimizzato dei partecipanti"))
    button.setToolTip(
        _tr(
            "Un file CSV per le statistiche del Comune: un pseudonimo stabile per persona, "
            "nessun nome, identificativo o testo libero."
        )
    )
    button.clicked.connect(lambda: export_participants_list(page))
    return button


def export_participants_list(page: ReportsPage) -> None:
    flt = page.filters.value()
    name = _tr("Partecipanti pseudonimizzati {start} {end}.csv").format(
        start=flt.start.isoformat(), end=flt.end.isoformat()
    )
    path = page._ask_path(
        _tr("Esporta i partecipanti pseudonimizzati"),
        files.start_folder(files.REPORT) / name,
        [CSV],
    )
    if path is None:
        return
    if path.suffix.lower() != ".csv":
        path = path.with_suffix(".csv")
    db, ctx = page.env.db, page.env.ctx
    page.error.hide()
    page.status.setText(_tr("Salvataggio di %1…").replace("%1", path.name))

    def work(_p: object) -> tuple[int, Path | None]:
        from rts_desktop.reports import participants

        key_file = participants.default_key_file()
        key, created = participants.read_key(key_file)
        count = participants.export_participants(db, ctx, flt, path, key)
        return count, key_file if created else None

    def done(result: Any) -> None:
        count, new_key = result
        saved = _tr("%n partecipanti", n=count)
        if new_key is None:
            text = _tr("Salvato in {path} ({saved})").format(path=path, saved=saved)
        else:
            text = _tr(
                "Salvato in {path} ({saved}) — nuova chiave di pseudonimizzazione in {key}: "
                "conservala"
            ).format(path=path, saved=saved, key=new_key)
        page.status.setText(text)

    page.env.runner.run(work, on_success=done, on_error=page._export_failed)
