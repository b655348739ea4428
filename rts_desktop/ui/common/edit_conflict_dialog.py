"""Someone else saved the record while she was editing it: show who and when, her value
and theirs per field, and let her choose (or keep all of theirs) before saving again.

``offer_merge(form, exc, labels, save_again)`` is a form's ``on_error``: for an
``EditConflict`` it opens the dialog and, when she confirms, calls
``save_again(chosen, version)`` with the value chosen per field and the record's current
version; her form keeps what she typed whatever she answers. ``names`` shows a field's
stored references by name (an organizer's id as her name, a case's as its code).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.errors import EditConflict, FieldClash
from rts_desktop.kernel.i18n import text_of
from rts_desktop.models.vocab import LABELS
from rts_desktop.ui.common.dates import format_day
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.common.text import WholeLabel

if TYPE_CHECKING:
    from rts_desktop.ui.common.field_errors import FieldErrors
    from rts_desktop.ui.ops import Ops

_translate = QCoreApplication.translate
ROME = ZoneInfo("Europe/Rome")

#: field -> stored value -> what a person reads (ids of people, cases, apartments), as a
#: table or a function (a list of codes, some of them not to be shown)
Names = Mapping[str, Mapping[Any, str] | Callable[[Any], str]]

#: longest value shown on one line (the whole of it is in the tooltip)
SHOWN_CHARS = 70


class EditConflictDialog(QDialog):
    """Per field both values as two choices; ``choice()`` is what she picked."""

    def __init__(
        self,
        conflict: EditConflict,
        labels: Mapping[str, str],
        parent: QWidget | None = None,
        names: Names | None = None,
    ) -> None:
        super().__init__(parent)
        self.names = names or {}
        self.setObjectName("edit_conflict")
        self.setWindowTitle(self.tr("Modifiche in conflitto"))
        self.conflict = conflict
        self.clashes = [c for c in conflict.fields if c.field in labels]
        layout = QVBoxLayout(self)
        who = QLabel(text_of(conflict.headline))
        who.setObjectName("conflict_who")
        who.setStyleSheet("font-weight: bold;")
        layout.addWidget(who)
        if self.clashes:
            hint = self.tr(
                "Mentre modificavi, qualcun altro ha salvato questi campi. Scegli per ogni "
                "campo quale valore tenere, poi salva di nuovo."
            )
        else:
            hint = self.tr(
                "Le modifiche dell'altra persona non toccano i campi che hai cambiato: "
                "salva di nuovo per tenere le une e le altre."
            )
        intro = WholeLabel(hint)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        for col, title in enumerate(
            (self.tr("Campo"), self.tr("Il tuo valore"), self.tr("Il loro valore"))
        ):
            head = QLabel(title)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
        self.groups: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        for row, clash in enumerate(self.clashes, start=1):
            grid.addWidget(QLabel(labels[clash.field].replace("&", "")), row, 0)
            mine, theirs = self._choice(clash, "mine"), self._choice(clash, "theirs")
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (mine if clash.mine_changed else theirs).setChecked(True)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.groups[clash.field] = (mine, theirs)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_box)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Salva con queste scelte"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save_merged")
        self.theirs_button = QPushButton(self.tr("&Tieni tutti i loro valori"))
        self.theirs_button.setObjectName("keep_theirs")
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.theirs_button.clicked.connect(self.keep_theirs)
        layout.addWidget(buttons)
        fit_to_screen(self, 720, min(560, self.sizeHint().height() + 40))

    def _choice(self, clash: FieldClash, side: str) -> QRadioButton:
        value = clash.mine if side == "mine" else clash.theirs
        full = described(self.names.get(clash.field), value)
        short = full if len(full) <= SHOWN_CHARS else full[: SHOWN_CHARS - 1] + "…"
        button = QRadioButton(short.replace("&", "&&").replace("\n", " "))
        button.setObjectName(f"{side}_{clash.field}")
        button.setToolTip(full)
        return button

    def keep_theirs(self) -> None:
        for _mine, theirs in self.groups.values():
            theirs.setChecked(True)
        self.accept()

    def choice(self) -> dict[str, Any]:
        """Field → the value she chose (fields not shown keep her value: she typed it)."""
        picked: dict[str, Any] = {}
        for clash in self.clashes:
            mine, _theirs = self.groups[clash.field]
            picked[clash.field] = clash.mine if mine.isChecked() else clash.theirs
        return picked


def described(known: Mapping[Any, str] | Callable[[Any], str] | None, value: Any) -> str:
    """``value`` through the field's names (a table or a function), else :func:`shown`."""
    if callable(known):
        return known(value)
    if known is not None and value in known:
        return known[value]
    return shown(value)


def shown(value: Any) -> str:
    """A stored value as a person reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        yes, no = _translate("EditConflictDialog", "Sì"), _translate("EditConflictDialog", "No")
        return yes if value else no
    if isinstance(value, dt.datetime):  # stored in UTC (naive on SQLite): Rome's clock
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        here = aware.astimezone(ROME)
        return f"{format_day(here.date())} {here:%H:%M}"
    if isinstance(value, dt.date):
        return format_day(value)
    if isinstance(value, str) and value in LABELS:  # a vocabulary code: its label
        return text_of(LABELS[value])
    return str(value)


def offer_merge(
    form: QWidget,
    exc: BaseException,
    labels: Mapping[str, str],
    save_again: Callable[[dict[str, Any], str], object],
    names: Names | None = None,
) -> bool:
    """Open the conflict dialog for an ``EditConflict`` (True: handled); on confirm save
    again with her choices over the record's current version."""
    if not isinstance(exc, EditConflict):
        return False
    dialog = EditConflictDialog(exc, labels, form, names)
    dialog.accepted.connect(lambda: save_again(dialog.choice(), exc.version))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return True


def save_with_merge(
    form: QWidget,
    ops: Ops,
    update: Callable[..., Any],
    record_id: str,
    data: Any,
    version: str,
    labels: Mapping[str, str],
    *,
    on_done: Callable[[Any], object],
    errors: FieldErrors,
    as_input: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    names: Names | None = None,
) -> None:
    """``update(db, ctx, record_id, data, expected_version=version)`` through ``ops``; when
    someone else saved first, offer the merge and save the merged input (``data`` with her
    choices, turned into input values by ``as_input``) over the current version."""

    def merged(chosen: dict[str, Any], current: str) -> None:
        values = as_input(chosen) if as_input is not None else chosen
        attempt(dataclasses.replace(data, **values), current)

    def attempt(payload: Any, expected: str) -> None:
        nonlocal data
        data = payload
        ops.write(
            form,
            update,
            record_id,
            payload,
            expected_version=expected,
            on_done=on_done,
            errors=errors,
            on_error=lambda exc: offer_merge(form, exc, labels, merged, names),
        )

    attempt(data, version)
