"""Asking why special-category data (GDPR art. 9/10) is about to be shown: the answer goes
into the audit log with the reading."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from rts_desktop.kernel.i18n import translator

_tr = translator("reason")


def usual_reasons() -> list[str]:
    return [
        _tr("Aggiornamento della scheda con la persona"),
        _tr("Colloquio o visita programmata"),
        _tr("Richiesta del servizio sociale territoriale"),
        _tr("Compilazione della scheda FSE"),
    ]


def ask_reason(parent: QWidget | None) -> str | None:
    """The reason chosen or typed; None when the person gives up."""
    reason, ok = QInputDialog.getItem(
        parent,
        _tr("Dati particolari (art. 9 GDPR)"),
        _tr("Perché servono questi dati? La ragione va nel registro accessi."),
        usual_reasons(),
        0,
        True,
    )
    text = " ".join(reason.split()) if ok else ""
    return text or None
