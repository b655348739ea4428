"""A recurrence rule in words, for where a person reads it rather than edits it (the
edit-conflict window): "Ogni settimana: lun, mer · 10 volte" instead of the RRULE text."""

from __future__ import annotations

import datetime as dt

from rts_desktop.kernel.i18n import translator
from rts_desktop.ui.calendar.recurrence_editor import DAY_CODES, rule_parts
from rts_desktop.ui.calendar.style import weekday_names
from rts_desktop.ui.common.dates import format_day

_tr = translator("RecurrenceWords")


def rule_in_words(rule: str | None) -> str:
    """The rule as the event form's "Ripetizione" would say it; a rule the form cannot make
    (another frequency, a malformed part) is given as it is stored."""
    if not rule:
        return _tr("Nessuna")
    parts = rule_parts(rule)
    try:
        every = int(parts.get("INTERVAL", "1"))
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        until = (
            dt.datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date() if "UNTIL" in parts else None
        )
    except ValueError:
        return rule
    freq = parts.get("FREQ")
    once, many = {
        "DAILY": (_tr("Ogni giorno"), _tr("Ogni %1 giorni")),
        "WEEKLY": (_tr("Ogni settimana"), _tr("Ogni %1 settimane")),
        "MONTHLY": (_tr("Ogni mese"), _tr("Ogni %1 mesi")),
    }.get(freq or "", (None, None))
    if once is None or many is None or every < 1:
        return rule
    words = once if every == 1 else many.replace("%1", str(every))
    names = dict(zip(DAY_CODES, weekday_names(), strict=True))
    days = [names[c] for c in parts.get("BYDAY", "").split(",") if c in names]
    if freq == "WEEKLY" and days:
        words += ": " + ", ".join(days)
    if count is not None:
        words += " · " + (
            _tr("una volta") if count == 1 else _tr("%1 volte").replace("%1", str(count))
        )
    elif until is not None:
        words += " · " + _tr("fino al %1").replace("%1", format_day(until))
    else:
        words += " · " + _tr("senza fine")
    return words
