"""Two people saved the same FSE sheet: what the conflict window shows of it (labels, the
lists' texts, the disadvantages without the art. 9 ones while those are hidden) and how a
chosen stored value goes back into the form's input."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox

from rts_desktop.services.cases.fse import SPECIAL_DISADVANTAGES, SheetInput
from rts_desktop.ui.common.edit_conflict_dialog import Names

#: the sheet's fields a conflict can show; the art. 9 ones only once revealed
PLAIN_FIELDS = (
    "date",
    "labour_status",
    "unemployed_months",
    "isced_level",
    "household_situation",
    "disadvantages",
    "homeless",
    "notes",
)
SPECIAL_FIELDS = ("migrant_background", "disability", "minority", "special_asked_on")


def merge_labels(labels: Mapping[str, str], special: bool) -> dict[str, str]:
    """The form's labels of the fields a conflict may show (without "&" and "*")."""
    fields = PLAIN_FIELDS + (SPECIAL_FIELDS if special else ())
    return {f: labels[f].replace("&", "").rstrip(" *") for f in fields if f in labels}


def merge_names(
    combos: Mapping[str, QComboBox], boxes: Mapping[str, QCheckBox], special: bool
) -> Names:
    """Codes as the form's lists name them; the disadvantages as their boxes' texts."""
    names: dict[str, Mapping[Any, str] | Callable[[Any], str]] = {
        field: {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        for field, combo in combos.items()
    }

    def disadvantages(value: Any) -> str:
        codes = [c for c in str(value or "").split(",") if c]
        shown = [c for c in codes if special or c not in SPECIAL_DISADVANTAGES]
        return ", ".join(boxes[c].text() if c in boxes else c for c in shown) or "—"

    names["disadvantages"] = disadvantages
    return names


def merged_input(data: SheetInput, chosen: Mapping[str, Any]) -> SheetInput:
    """``data`` with the stored values she chose (the disadvantages a list again)."""
    values = dict(chosen)
    if "disadvantages" in values:
        text = str(values["disadvantages"] or "")
        values["disadvantages"] = tuple(c for c in text.split(",") if c)
    return dataclasses.replace(data, **values)
