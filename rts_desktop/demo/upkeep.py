"""Agreements with monthly contributions (and arrears), key handovers, inspections, repairs."""

from __future__ import annotations

import datetime as dt
import random

from rts_desktop.demo import texts
from rts_desktop.demo.cases import CaseSim
from rts_desktop.demo.common import Firsts, IdMaker, Rows, days, month_starts, weighted
from rts_desktop.demo.housing import Housing, union_spans
from rts_desktop.demo.staff import StaffRoster

AGREEMENT_COLS = (
    "id", "case_id", "stay_id", "signed_on", "duration_months", "monthly_contribution_cents",
    "house_rules_version", "notes",
)  # fmt: skip
WARNING_COLS = ("id", "agreement_id", "date", "reason")
CONTRIBUTION_COLS = (
    "id", "agreement_id", "case_id", "period", "due_cents", "paid_cents", "paid_on", "notes",
)  # fmt: skip
HANDOVER_COLS = (
    "id", "stay_id", "apartment_id", "kind", "date", "operator_id", "keys_count", "keys_notes",
    "meter_electricity", "meter_gas", "meter_water", "inventory", "condition",
)  # fmt: skip
INSPECTION_COLS = ("id", "apartment_id", "stay_id", "date", "operator_id", "outcome", "notes")
MAINTENANCE_COLS = (
    "id", "apartment_id", "room_id", "opened_on", "description", "reported_by", "assignee",
    "status", "cost_cents", "closed_on",
)  # fmt: skip
PAYMENT = {"full": 80, "late": 8, "partial": 6, "none": 6}


def house_rules(day: dt.date) -> str:
    return "2019.1" if day.year < 2021 else "2021.2" if day.year < 2024 else "2024.1"


class Upkeep:
    """Writes the money and building side of each case and apartment."""

    def __init__(
        self,
        rng: random.Random,
        ids: IdMaker,
        rows: Rows,
        today: dt.date,
        rare: float = 1.0,
        firsts: Firsts | None = None,
    ) -> None:
        self.rng, self.ids, self.today, self.rare = rng, ids, today, rare
        self.firsts = firsts or Firsts()
        self.agreements = rows.table("agreements", AGREEMENT_COLS)
        self.warnings = rows.table("agreement_warnings", WARNING_COLS)
        self.contributions = rows.table("contributions", CONTRIBUTION_COLS)
        self.handovers = rows.table("handovers", HANDOVER_COLS)
        self.inspections = rows.table("inspections", INSPECTION_COLS)
        self.maintenance = rows.table("maintenance_requests", MAINTENANCE_COLS)
        self._meters: dict[str, int] = {}

    def case(self, case: CaseSim) -> None:
        """Agreement, contributions, warnings and key handovers of a case that had a stay."""
        if case.start is None:
            return
        rng, ids, today = self.rng, self.ids, self.today
        start = case.start
        first = case.placements[0]
        months = max(
            1,
            round(
                (case.extensions[0][0] if case.extensions else case.planned_end)  # type: ignore[operator]
                .toordinal()
                - start.toordinal()
            )
            // 30,
        )
        monthly = 0 if rng.random() < 0.3 else rng.randrange(3000, 25001, 500)
        aid = ids.on(start, 620)
        self.agreements.append(
            (
                aid,
                case.id,
                first.stay_id,
                start.isoformat(),
                months,
                monthly,
                house_rules(start),
                None if monthly else "Esenzione dalla quota per reddito assente",
            )
        )
        last = min(case.actual_end or today, today)
        warned = rng.random() < min(0.4, 0.1 * self.rare)
        if (last - start).days > 60 and (warned or self.firsts("warning")):
            when = start + days(rng.randint(30, (last - start).days))
            self.warnings.append((ids.on(when), aid, when.isoformat(), rng.choice(texts.WARNINGS)))
        if monthly:
            # the first open case with a quota shows arrears for sure (the Scadenze panel)
            must_owe = (
                case.actual_end is None and (last - start).days > 70 and self.firsts("arrears")
            )
            self._contributions(aid, case.id, monthly, start, last, must_owe)
        self._handover(first.stay_id, first.apartment.id, "consegna", start, case)
        if case.actual_end is not None:
            self._handover(first.stay_id, first.apartment.id, "riconsegna", case.actual_end, case)

    def _contributions(
        self, aid: str, case_id: str, monthly: int, a: dt.date, b: dt.date, must_owe: bool = False
    ) -> None:
        rng, ids, today = self.rng, self.ids, self.today
        troubled = rng.random() < 0.2  # some households fall into arrears repeatedly
        last_month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        for period in month_starts(a, b):
            kind = weighted(rng, PAYMENT) if troubled else "full"
            if kind == "full" and rng.random() < 0.03:
                kind = "late"
            if must_owe and period == last_month:
                kind = "none"
            paid, paid_on, note = monthly, period + days(rng.randint(0, 12)), None
            if kind == "late":
                paid_on = period + days(rng.randint(35, 80))
                note = "Pagata in ritardo"
            elif kind == "partial":
                paid = rng.randrange(0, monthly, 500) or 500
                note = "Pagamento parziale: concordato piano di rientro"
            elif kind == "none":
                paid, paid_on, note = 0, None, None
            if paid_on is not None and paid_on > today:
                paid, paid_on, note = 0, None, None  # not paid yet
            self.contributions.append(
                (
                    ids.on(period, 630),
                    aid,
                    case_id,
                    period.isoformat(),
                    monthly,
                    paid,
                    paid_on.isoformat() if paid_on else None,
                    note,
                )
            )

    def _handover(self, stay_id: str, apt_id: str, kind: str, day: dt.date, case: CaseSim) -> None:
        rng = self.rng
        meter = self._meters.get(apt_id, rng.randint(1000, 20000)) + rng.randint(300, 3000)
        self._meters[apt_id] = meter
        keys = rng.choice([2, 2, 3, 4])
        self.handovers.append(
            (
                self.ids.on(day, 640),
                stay_id,
                apt_id,
                kind,
                day.isoformat(),
                case.educator_on(day),
                keys,
                "Chiavi portone, appartamento e cassetta postale",
                f"{meter:06d}",
                f"{meter // 3:05d}",
                f"{meter // 7:05d}",
                texts.INVENTORY,
                rng.choice(texts.CONDITIONS),
            )
        )

    def apartments(self, housing: Housing, staff: StaffRoster, first_day: dt.date) -> None:
        """Periodic inspections of occupied apartments and maintenance requests."""
        rng, ids, today = self.rng, self.ids, self.today
        for apt in housing.apartments:
            for s, e in union_spans(apt.spans):
                day = dt.date.fromordinal(s) + days(rng.randint(60, 200))
                last = min(dt.date.fromordinal(e), today)
                while day <= last:
                    op = staff.educator(day).id
                    self.inspections.append(
                        (
                            ids.on(day, 650),
                            apt.id,
                            None,
                            day.isoformat(),
                            op,
                            rng.choice(texts.INSPECTION_OUTCOMES),
                            None,
                        )
                    )
                    day += days(rng.randint(150, 240))
            begin = max(apt.open_from, first_day.toordinal())
            end = min(today.toordinal(), apt.closed_from or today.toordinal())
            if end <= begin:
                continue
            for _ in range(int((end - begin) / 365 * 1.2 + rng.random())):
                opened = dt.date.fromordinal(rng.randint(begin, end))
                room = rng.choice(apt.rooms)
                age = (today - opened).days
                status = "chiusa" if age > 60 else rng.choice(["aperta", "in_corso", "chiusa"])
                closed = opened + days(rng.randint(1, min(age, 45) or 1))
                closed_ok = status == "chiusa" and closed <= today
                self.maintenance.append(
                    (
                        ids.on(opened, 660),
                        apt.id,
                        room.id if rng.random() < 0.5 else None,
                        opened.isoformat(),
                        rng.choice(texts.MAINTENANCE),
                        rng.choice(["Ospite", "Educatore", "Amministratore di condominio"]),
                        rng.choice(texts.ASSIGNEES),
                        status if closed_ok or status != "chiusa" else "in_corso",
                        rng.randrange(0, 90000, 500) if closed_ok else None,
                        closed.isoformat() if closed_ok else None,
                    )
                )
