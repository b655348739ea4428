"""Individualized plans (versions, goals, actions, reviews) and autonomy assessments."""

from __future__ import annotations

import datetime as dt
import random

from rts_desktop.demo import texts
from rts_desktop.demo.cases import CaseSim
from rts_desktop.demo.common import IdMaker, Rows, add_months, days, weighted
from rts_desktop.models.vocab import PlanDomain

PLAN_COLS = (
    "id", "case_id", "version_no", "status", "summary", "agreed_on", "agreed_with",
    "valid_from", "next_review_due", "previous_plan_id",
)  # fmt: skip
GOAL_COLS = ("id", "plan_id", "domain", "title", "indicator", "target_date", "position")
ACTION_COLS = ("id", "goal_id", "description", "owner", "due_date", "status", "position")
REVIEW_COLS = ("id", "plan_id", "date", "operator_id", "notes")
OUTCOME_COLS = ("id", "review_id", "goal_id", "outcome", "comment")
ASSESSMENT_COLS = (
    "id", "case_id", "beneficiary_id", "framework_key", "framework_version", "date",
    "operator_id", "notes",
)  # fmt: skip
SCORE_COLS = ("id", "assessment_id", "domain", "score", "note")

DOMAIN_WEIGHTS = {
    "abitare": 14, "convivenza_condominio": 8, "gestione_denaro": 14, "lavoro_formazione": 14,
    "salute_benessere": 7, "documenti_pratiche": 10, "relazioni_rete": 6, "tempo_libero": 3,
    "progetto_uscita": 9,
}  # fmt: skip
OWNERS = {"beneficiario": 45, "educatore": 35, "sst": 12, "altro": 8}
OUTCOMES = {"raggiunto": 30, "parzialmente_raggiunto": 40, "non_raggiunto": 20, "sospeso": 10}
DOMAINS = [d.value for d in PlanDomain]
PLAN_SUMMARIES = [
    "Consolidare l'autonomia abitativa e preparare l'uscita.",
    "Stabilizzare il reddito e regolarizzare i documenti.",
    "Accompagnare il nucleo nella gestione della casa e delle spese.",
    "Sostenere la ricerca del lavoro e la costruzione della rete.",
]


class PlanWriter:
    def __init__(
        self, rng: random.Random, ids: IdMaker, rows: Rows, today: dt.date, review_bias: float
    ) -> None:
        self.rng, self.ids, self.today = rng, ids, today
        self.review_bias = review_bias
        self.plans = rows.table("plans", PLAN_COLS)
        self.goals = rows.table("goals", GOAL_COLS)
        self.actions = rows.table("plan_actions", ACTION_COLS)
        self.reviews = rows.table("reviews", REVIEW_COLS)
        self.outcomes = rows.table("review_outcomes", OUTCOME_COLS)
        self.assessments = rows.table("assessments", ASSESSMENT_COLS)
        self.scores = rows.table("assessment_scores", SCORE_COLS)

    def case(self, case: CaseSim) -> None:
        if case.start is None:
            return
        self._plans(case)
        self._assessments(case)

    def _plans(self, case: CaseSim) -> None:
        rng, today = self.rng, self.today
        last = min(case.actual_end or today, today)
        created = case.start + days(rng.randint(7, 20))  # type: ignore[operator]
        if created > last:
            return
        version, previous = 1, None
        open_case = case.actual_end is None
        agreed = created + days(rng.randint(10, 30))
        while True:
            if agreed > last:
                self._plan(case, version, "bozza", created, None, None, previous, [])
                return
            reviews: list[dt.date] = []
            day = agreed + days(rng.randint(80, 100))
            next_agreed = None
            while day <= last:
                reviews.append(day)
                if len(reviews) >= 2 and rng.random() < 0.45:
                    # a new version, agreed a little later, supersedes this one
                    next_agreed = day + days(rng.randint(5, 25))
                    if next_agreed <= last:
                        break
                    next_agreed = None
                day += days(rng.randint(80, 100))
            case.reviews.extend(reviews)
            due = None
            if open_case and next_agreed is None:
                due = add_months(reviews[-1] if reviews else agreed, 3)
                if rng.random() < self.review_bias:
                    due = today + days(rng.randint(3, 28))
            status = "superato" if next_agreed else "condiviso"
            previous = self._plan(case, version, status, agreed, agreed, due, previous, reviews)
            if next_agreed is None:
                if open_case and rng.random() < 0.15 and (today - agreed).days > 120:
                    draft_day = today - days(rng.randint(1, 30))
                    self._plan(case, version + 1, "bozza", draft_day, None, None, previous, [])
                return
            version += 1
            created, agreed = reviews[-1], next_agreed

    def _plan(
        self,
        case: CaseSim,
        version: int,
        status: str,
        created: dt.date,
        agreed: dt.date | None,
        due: dt.date | None,
        previous: str | None,
        reviews: list[dt.date],
    ) -> str:
        rng, ids, today = self.rng, self.ids, self.today
        pid = ids.on(created, 700)
        self.plans.append(
            (
                pid,
                case.id,
                version,
                status,
                rng.choice(PLAN_SUMMARIES),
                agreed.isoformat() if agreed else None,
                case.social_worker if agreed else None,
                agreed.isoformat() if agreed else None,
                due.isoformat() if due else None,
                previous,
            )
        )
        valid = agreed or created
        chosen = []
        while len(chosen) < rng.randint(2, 5):
            domain = weighted(rng, DOMAIN_WEIGHTS)
            if domain not in chosen:
                chosen.append(domain)
        goal_ids = []
        for pos, domain in enumerate(chosen):
            title, indicator = rng.choice(texts.GOALS[domain])
            gid = ids.on(created, 701)
            goal_ids.append(gid)
            target = add_months(valid, rng.randint(3, 9))
            self.goals.append((gid, pid, domain, title, indicator, target.isoformat(), pos))
            for apos in range(rng.randint(1, 3)):
                owner = weighted(rng, OWNERS)
                due_day = valid + days(rng.randint(20, 150))
                if status == "superato" or due_day < today:
                    state = weighted(rng, {"fatta": 70, "annullata": 8, "in_corso": 22})
                else:
                    state = rng.choice(["da_fare", "da_fare", "in_corso"])
                self.actions.append(
                    (
                        ids.on(created, 702),
                        gid,
                        rng.choice(texts.ACTIONS[owner]),
                        owner,
                        due_day.isoformat(),
                        state,
                        apos,
                    )
                )
        for n, day in enumerate(reviews):
            rid = ids.on(day, 710)
            self.reviews.append(
                (
                    rid,
                    pid,
                    day.isoformat(),
                    case.educator_on(day),
                    texts.note_text(rng, "verifica", case.household.head.first),
                )
            )
            for gid in goal_ids:
                outcome = weighted(rng, OUTCOMES)
                if n and outcome == "non_raggiunto" and rng.random() < 0.5:
                    outcome = "parzialmente_raggiunto"  # things tend to improve
                self.outcomes.append(
                    (
                        ids.on(day, 711),
                        rid,
                        gid,
                        outcome,
                        rng.choice(texts.REVIEW_COMMENTS[outcome]),
                    )
                )
        return pid

    def _assessments(self, case: CaseSim) -> None:
        rng, ids, today = self.rng, self.ids, self.today
        last = min(case.actual_end or today, today)
        day = case.start + days(rng.randint(10, 30))  # type: ignore[operator]
        adults = case.household.adults(case.start)[:2]  # type: ignore[arg-type]
        scores = {p.id: [rng.randint(1, 3) for _ in DOMAINS] for p in adults}
        dates = []
        while day <= last:
            dates.append(day)
            day += days(rng.randint(160, 200))
        if case.actual_end is not None and (not dates or (case.actual_end - dates[-1]).days > 45):
            dates.append(case.actual_end)
        for day in dates:
            for person in adults:
                aid = ids.on(day, 720)
                self.assessments.append(
                    (
                        aid,
                        case.id,
                        person.id,
                        "autonomia",
                        1,
                        day.isoformat(),
                        case.educator_on(day),
                        None,
                    )
                )
                current = scores[person.id]
                for i, domain in enumerate(DOMAINS):
                    self.scores.append((ids.on(day, 721), aid, domain, current[i], None))
                    step = rng.choices((-1, 0, 1), weights=(1, 5, 3))[0]
                    current[i] = min(5, max(1, current[i] + step))
