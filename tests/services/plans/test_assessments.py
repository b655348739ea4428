"""The autonomy framework as data and assessments scored against it."""

from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import FrozenInstanceError, replace

import pytest
from sqlalchemy import func, select

from rts_desktop.kernel.errors import PermissionDenied, ValidationError
from rts_desktop.models import AuditEntry, Change
from rts_desktop.models.vocab import PlanDomain, Role
from rts_desktop.services.cases import case as cases
from rts_desktop.services.cases import households, people
from rts_desktop.services.cases.households import MemberInput
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.services.plans import assessments
from rts_desktop.services.plans import frameworks as fw
from rts_desktop.services.plans.assessments import AssessmentInput

D = dt.date


# --- the framework file -------------------------------------------------------------------


def test_autonomia_framework_covers_every_plan_domain():
    framework = fw.get_framework("autonomia")
    assert (framework.key, framework.version) == ("autonomia", 1)
    assert framework.domain_codes == tuple(d.value for d in PlanDomain)
    assert (framework.min_score, framework.max_score) == (1, 5)
    assert framework.scale[0].label == "Bisogno di supporto intensivo"
    assert framework.scale[-1].label == "Piena autonomia"
    anchors = [lv.anchor for d in framework.domains for lv in d.levels]
    assert len(anchors) == 45 and len(set(anchors)) == 45  # each anchor written for its domain
    for domain in framework.domains:
        assert domain.label and domain.description
        assert [lv.score for lv in domain.levels] == [1, 2, 3, 4, 5]
        assert all(len(lv.anchor) > 60 for lv in domain.levels)
    money = framework.domain("gestione_denaro").level(3)
    assert money.label == "Supporto periodico" and "affitto" in money.anchor
    with pytest.raises(FrozenInstanceError):
        framework.title = "x"  # type: ignore[misc]
    assert framework in fw.list_frameworks()


def _valid() -> dict:
    return {
        "key": "prova",
        "version": 2,
        "title": "Prova",
        "scale": [{"score": 1, "label": "Basso"}, {"score": 2, "label": "Alto"}],
        "domains": [
            {
                "code": "abitare",
                "label": "Abitare",
                "description": "Casa",
                "levels": [{"score": 1, "anchor": "a"}, {"score": 2, "anchor": "b"}],
            }
        ],
    }


def _broken(change):
    data = copy.deepcopy(_valid())
    change(data)
    return data


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        ([], "oggetto JSON"),
        (_broken(lambda d: d.pop("key")), "'key'"),
        (_broken(lambda d: d.update(key="Con Spazi")), "chiave"),
        (_broken(lambda d: d.update(version="1")), "'version'"),
        (_broken(lambda d: d.update(version=0)), "versione"),
        (
            _broken(
                lambda d: d.update(scale=[{"score": 1, "label": "a"}, {"score": 3, "label": "b"}])
            ),
            "consecutivi",
        ),
        (_broken(lambda d: d.update(domains=[])), "'domains'"),
        (_broken(lambda d: d["domains"][0]["levels"].pop()), "livelli"),
        (_broken(lambda d: d["domains"][0]["levels"][1].update(score=1)), "due volte"),
        (_broken(lambda d: d["domains"][0]["levels"][0].update(anchor=" ")), "'anchor'"),
        (_broken(lambda d: d["domains"][0].pop("label")), "'label'"),
        (_broken(lambda d: d["domains"].append(copy.deepcopy(d["domains"][0]))), "ripetuti"),
    ],
)
def test_malformed_framework_is_refused_clearly(data, hint):
    assert fw.parse_framework(_valid(), "ok.json").version == 2
    with pytest.raises(fw.FrameworkError) as err:
        fw.parse_framework(data, "prova-v2.json")
    assert "prova-v2.json" in err.value.message and hint in err.value.message


def test_framework_directory_loading(tmp_path):
    (tmp_path / "prova-v2.json").write_text(json.dumps(_valid()), encoding="utf-8")
    v3 = _broken(lambda d: d.update(version=3, title="Prova 3"))
    (tmp_path / "prova-v3.json").write_text(json.dumps(v3), encoding="utf-8")
    assert fw.get_framework("prova", directory=tmp_path).title == "Prova 3"
    assert fw.get_framework("prova", 2, directory=tmp_path).version == 2
    with pytest.raises(fw.FrameworkError):
        fw.get_framework("prova", 9, directory=tmp_path)

    (tmp_path / "copia.json").write_text(json.dumps(_valid()), encoding="utf-8")
    fw.clear_cache()
    with pytest.raises(fw.FrameworkError, match="due volte"):
        fw.list_frameworks(tmp_path)
    (tmp_path / "copia.json").write_text("{non è json", encoding="utf-8")
    fw.clear_cache()
    with pytest.raises(fw.FrameworkError, match=r"copia\.json"):
        fw.list_frameworks(tmp_path)
    fw.clear_cache()


# --- assessments --------------------------------------------------------------------------


def count(db, model, *where):
    with db.session(write=False) as s:
        return s.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def family(db, ctx):
    """A case for a mother and her son, plus a person outside the household."""

    def person(first, last, birth):
        data = BeneficiaryInput(first_name=first, last_name=last, birth_date=birth)
        return people.create_beneficiary(db, ctx, data)

    mother = person("Amina", "Diallo", D(1988, 2, 3))
    son = person("Moussa", "Diallo", D(2010, 7, 8))
    stranger = person("Marco", "Bianchi", D(1970, 1, 1))
    household = households.create_household(
        db,
        ctx,
        "Nucleo Diallo",
        [
            MemberInput(mother.id, "capofamiglia", D(2026, 1, 10), is_head=True),
            MemberInput(son.id, "figlio", D(2026, 1, 10)),
        ],
    )
    case = cases.create_case(
        db, ctx, cases.CaseInput(household_id=household.id, referral_date=D(2026, 1, 10))
    )
    return case, mother, son, stranger


def test_record_and_list(db, ctx, family):
    case, mother, son, _ = family
    first = assessments.record_assessment(
        db,
        ctx,
        AssessmentInput(
            case.id,
            mother.id,
            D(2026, 2, 1),
            {"progetto_uscita": 1, "gestione_denaro": 2, "abitare": 3},
            domain_notes={"gestione_denaro": "  bollette arretrate "},
            notes="Prima valutazione",
        ),
    )
    assert (first.framework_key, first.framework_version) == ("autonomia", 1)
    # stored in the framework's domain order, notes trimmed
    assert [(s.domain, s.score) for s in first.scores] == [
        ("abitare", 3),
        ("gestione_denaro", 2),
        ("progetto_uscita", 1),
    ]
    assert first.scores[1].note == "bollette arretrate" and first.score("lavoro_formazione") is None
    assessments.record_assessment(
        db, ctx, AssessmentInput(case.id, son.id, D(2026, 2, 1), {"tempo_libero": 2})
    )
    assert count(db, AuditEntry, AuditEntry.entity == "assessment") == 2
    listed = assessments.list_assessments(db, case.id)
    assert [a.beneficiary_name for a in listed] == ["Amina Diallo", "Moussa Diallo"]
    assert assessments.list_assessments(db, case.id, son.id)[0].score("tempo_libero") == 2
    assert listed[0] == first


INVALID_INPUTS = [
    ("scores", {"scores": {}}),
    ("scores", {"scores": {"cucina": 3}}),
    ("scores.abitare", {"scores": {"abitare": 0}}),
    ("scores.abitare", {"scores": {"abitare": 6}}),
    ("scores.abitare", {"scores": {"abitare": True}}),
    ("scores.abitare", {"scores": {"abitare": "3"}}),
    ("domain_notes", {"domain_notes": {"cucina": "x"}}),
    ("domain_notes", {"domain_notes": {"lavoro_formazione": "non valutato ma annotato"}}),
    ("date", {"date": D(2026, 11, 26)}),
    ("date", {"date": D(2025, 12, 31)}),
    ("date", {"date": None}),
    ("beneficiary_id", {"beneficiary_id": "STRANGER"}),
    ("beneficiary_id", {"beneficiary_id": "nessuno"}),
    ("case_id", {"case_id": "nessuno"}),
    ("framework_key", {"framework_key": "outcomes_star"}),
    ("framework_version", {"framework_version": 7}),
]


def test_invalid_assessment_names_field_and_writes_nothing(db, ctx, family):
    case, mother, _, stranger = family
    valid = AssessmentInput(case.id, mother.id, D(2026, 3, 1), {"abitare": 3})
    for field, change in INVALID_INPUTS:
        if change.get("beneficiary_id") == "STRANGER":
            change = {"beneficiary_id": stranger.id}
        before = count(db, Change), count(db, AuditEntry)
        with pytest.raises(ValidationError) as err:
            assessments.record_assessment(db, ctx, replace(valid, **change))
        assert err.value.field == field, change
        assert (count(db, Change), count(db, AuditEntry)) == before
    assert assessments.list_assessments(db, case.id) == []


def test_membership_is_checked_on_the_assessment_date(db, ctx, family):
    case, _, son, _ = family
    household = households.get_household(db, case.household.id)
    member = next(m for m in household.members if m.beneficiary_id == son.id)
    households.end_membership(db, ctx, member.id, D(2026, 6, 30))
    ok = assessments.record_assessment(
        db, ctx, AssessmentInput(case.id, son.id, D(2026, 6, 1), {"tempo_libero": 3})
    )
    assert ok.date == D(2026, 6, 1)
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        assessments.record_assessment(
            db, ctx, AssessmentInput(case.id, son.id, D(2026, 7, 1), {"tempo_libero": 3})
        )
    assert err.value.field == "beneficiary_id" and "in quella data" in err.value.message.lower()
    assert count(db, Change) == before


def test_one_assessment_per_person_per_day(db, ctx, family):
    case, mother, _, _ = family
    data = AssessmentInput(case.id, mother.id, D(2026, 3, 1), {"abitare": 3})
    assessments.record_assessment(db, ctx, data)
    before = count(db, Change)
    with pytest.raises(ValidationError) as err:
        assessments.record_assessment(db, ctx, replace(data, scores={"abitare": 4}))
    assert err.value.field == "date"
    assert count(db, Change) == before


def test_social_worker_cannot_record(db, ctx, family):
    case, mother, _, _ = family
    reader = replace(ctx, role=Role.ASSISTENTE_SOCIALE)
    with pytest.raises(PermissionDenied):
        assessments.record_assessment(
            db, reader, AssessmentInput(case.id, mother.id, D(2026, 3, 1), {"abitare": 3})
        )


def test_progress_series_and_comparison(db, ctx, family):
    case, mother, son, _ = family
    assert assessments.compare_last(db, case.id, mother.id) is None
    for day, scores in [
        (D(2026, 2, 1), {"abitare": 2, "gestione_denaro": 1, "lavoro_formazione": 1}),
        (D(2026, 6, 1), {"abitare": 3, "gestione_denaro": 3, "progetto_uscita": 2}),
        (D(2026, 10, 1), {"abitare": 3, "gestione_denaro": 4, "progetto_uscita": 3}),
    ]:
        assessments.record_assessment(db, ctx, AssessmentInput(case.id, mother.id, day, scores))
    assessments.record_assessment(
        db, ctx, AssessmentInput(case.id, son.id, D(2026, 3, 1), {"abitare": 5})
    )

    progress = assessments.progress(db, case.id, mother.id)
    assert progress.dates == (D(2026, 2, 1), D(2026, 6, 1), D(2026, 10, 1))
    assert (progress.min_score, progress.max_score) == (1, 5)
    by_domain = {s.domain: s for s in progress.series}
    assert [s.domain for s in progress.series] == [
        "abitare",
        "gestione_denaro",
        "lavoro_formazione",
        "progetto_uscita",
    ]
    assert by_domain["gestione_denaro"].label == "Gestione del denaro"
    assert [(p.date, p.score) for p in by_domain["gestione_denaro"].points] == [
        (D(2026, 2, 1), 1),
        (D(2026, 6, 1), 3),
        (D(2026, 10, 1), 4),
    ]
    assert len(by_domain["lavoro_formazione"].points) == 1

    comparison = assessments.compare_last(db, case.id, mother.id)
    assert (comparison.before_date, comparison.after_date) == (D(2026, 6, 1), D(2026, 10, 1))
    assert [(d.domain, d.before, d.after, d.delta) for d in comparison.deltas] == [
        ("abitare", 3, 3, 0),
        ("gestione_denaro", 3, 4, 1),
        ("progetto_uscita", 2, 3, 1),
    ]
    assert assessments.progress(db, case.id, son.id).series[0].points[0].score == 5
