"""The permission matrix: who may run what, one test per cell.

``rts_desktop/kernel/permissions.py`` is the table (permission → roles); every typed
operation names one permission, and service functions that are not operations check theirs
with ``require(ctx, "...")``. This module pins all of it:

- each role's permissions (``EXPECTED_HELD``): a change to the table is a change here too;
- each operation's permission (``EXPECTED_OPERATIONS``) and each ``require`` check
  (``EXPECTED_CHECKS``): a new one must be added, consciously;
- one test per (operation, role) and (check, role) cell: a denied role gets
  ``PermissionDenied`` before anything is written (database, files and hub untouched),
  an allowed role gets past the check (its dummy arguments may then fail otherwise);
- every function in ``services/`` and ``sync/`` that opens a write session for someone is an
  operation, calls ``require``, or is only reached from such functions;
- ``docs/permissions.md`` shows the same tables (regenerate with
  ``python -m tests.security.test_permission_matrix``).
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect as sa_inspect
from sqlalchemy import text

import rts_desktop
from rts_desktop.db import Database
from rts_desktop.db.operations import OPERATIONS, Operation, operation
from rts_desktop.kernel.access import may, require
from rts_desktop.kernel.changes import Changes
from rts_desktop.kernel.context import ActingContext
from rts_desktop.kernel.errors import PermissionDenied
from rts_desktop.kernel.permissions import (
    ENTITY_PERMISSIONS,
    PERMISSIONS,
    UnknownPermission,
    held_by,
)
from rts_desktop.kernel.roles import Role
from tests.accounts import shared_database
from tests.conftest import FIXED_NOW

PACKAGE = Path(rts_desktop.__file__).resolve().parent
DOCS = PACKAGE.parent / "docs" / "permissions.md"
#: where the checks live: every write of the core is in these two units
CHECKED_UNITS = ("services", "sync", "reports")

E, C, S, A = Role.EDUCATORE, Role.COORDINATORE, Role.ASSISTENTE_SOCIALE, Role.AMMINISTRATORE

# --- what is expected, written out -------------------------------------------------------

_READ_AND_PRINT = {"cases.read", "print", "account.password", "reports.read"}
_WRITE = {
    "person.special_categories",
    "cases.write",
    "plans.write",
    "housing.write",
    "calendar.write",
    "sync.exchange",
    "sync.resolve",
}
_COORDINATE = {
    "housing.manage",
    "operators.manage",
    "audit.read",
    "person.export",
    "person.erase",
    "sync.force",
    "devices.manage",
    "database.maintain",
    "reports.participants",
}
#: each role's permissions; the social worker reads, prints and changes her own password
EXPECTED_HELD: dict[Role, frozenset[str]] = {
    S: frozenset(_READ_AND_PRINT),
    E: frozenset(_READ_AND_PRINT | _WRITE),
    C: frozenset(_READ_AND_PRINT | _WRITE | _COORDINATE),
    A: frozenset(_READ_AND_PRINT | _WRITE | _COORDINATE | {"operators.passwords"}),
}
#: permission → the roles holding it, from ``EXPECTED_HELD`` (the pinned matrix, not the table)
EXPECTED_ROLES: dict[str, frozenset[Role]] = {
    name: frozenset(r for r in Role if name in EXPECTED_HELD[r])
    for name in frozenset().union(*EXPECTED_HELD.values())
}

#: every operation (``module.function`` below ``rts_desktop``) and its permission
EXPECTED_OPERATIONS: dict[str, str] = {
    "services.calendar.attendance.mark_attendance": "calendar.write",
    "services.calendar.attendance.mark_attendances": "calendar.write",
    "services.calendar.events.create_event": "calendar.write",
    "services.calendar.events.update_event": "calendar.write",
    "services.calendar.events.move_event": "calendar.write",
    "services.calendar.events.move_series": "calendar.write",
    "services.calendar.events.cancel_event": "calendar.write",
    "services.calendar.events.cancel_occurrence": "calendar.write",
    "services.calendar.events.move_occurrence": "calendar.write",
    "services.calendar.events.restore_occurrence": "calendar.write",
    "services.cases.households.create_household": "cases.write",
    "services.cases.households.add_member": "cases.write",
    "services.cases.households.end_membership": "cases.write",
    "services.cases.case.create_case": "cases.write",
    "services.cases.case.update_case": "cases.write",
    "services.cases.case.get_case": "cases.read",
    "services.cases.case.accept_referral": "cases.write",
    "services.cases.case.activate": "cases.write",
    "services.cases.case.suspend": "cases.write",
    "services.cases.case.resume": "cases.write",
    "services.cases.case.close": "cases.write",
    "services.cases.case.reopen": "cases.write",
    "services.cases.case.record_follow_up": "cases.write",
    "services.cases.case.assign_educator": "cases.write",
    "services.cases.notes.add_note": "cases.write",
    "services.cases.notes.correct_note": "cases.write",
    "services.cases.documents.attach_document": "cases.write",
    "services.cases.documents.document_path": "cases.read",
    "services.cases.fse.record_sheet": "cases.write",
    "services.cases.fse.record_outcome": "cases.write",
    "services.cases.fse.delete_outcome": "cases.write",
    "services.cases.people.create_beneficiary": "cases.write",
    "services.cases.people.update_beneficiary": "cases.write",
    "services.cases.people.reveal_special_categories": "person.special_categories",
    "services.cases.fse.reveal_sheet_special": "person.special_categories",
    "services.cases.consents.record_consent": "cases.write",
    "services.cases.fse.clear_special_categories": "person.erase",
    "services.cases.consents.withdraw_consent": "cases.write",
    "services.cases.people.add_identifier": "cases.write",
    "services.cases.people.remove_identifier": "cases.write",
    "services.cases.person_export.person_export": "person.export",
    "services.cases.sharing.share_case": "operators.manage",
    "services.cases.sharing.end_share": "operators.manage",
    "services.cases.sharing.set_case_social_worker": "operators.manage",
    "services.housing.agreements.create_agreement": "housing.write",
    "services.housing.agreements.add_warning": "housing.write",
    "services.housing.agreements.generate_contributions": "housing.write",
    "services.housing.agreements.record_payment": "housing.write",
    "services.housing.payment_printing.receipt_pdf": "print",
    "services.housing.payment_printing.arrears_letter_pdf": "print",
    "services.housing.apartments.create_apartment": "housing.manage",
    "services.housing.apartments.update_apartment": "housing.manage",
    "services.housing.apartments.add_room": "housing.manage",
    "services.housing.apartments.rename_room": "housing.manage",
    "services.housing.apartments.set_room_beds": "housing.manage",
    "services.housing.apartments.set_status": "housing.manage",
    "services.housing.upkeep._record_handover[handover_consegna]": "housing.write",
    "services.housing.upkeep._record_handover[handover_riconsegna]": "housing.write",
    "services.housing.upkeep.record_inspection": "housing.write",
    "services.housing.upkeep.open_request": "housing.write",
    "services.housing.upkeep.assign_request": "housing.write",
    "services.housing.upkeep.close_request": "housing.write",
    "services.housing.stays.plan_stay": "housing.write",
    "services.housing.stays.cancel_stay": "housing.write",
    "services.housing.stays.move_in": "housing.write",
    "services.housing.stays.extend_stay": "housing.write",
    "services.housing.stays.move_stay": "housing.write",
    "services.housing.stays.move_out": "housing.write",
    "services.operators.login.set_password": "operators.passwords",
    "services.operators.login.change_own_password": "account.password",
    "services.operators.login._recover_password": "operators.passwords",
    "services.operators.create_operator": "operators.manage",
    "services.operators.deactivate_operator": "operators.manage",
    "services.plans.assessments.record_assessment": "plans.write",
    "services.plans.reviews.add_review": "plans.write",
    "services.plans.plan.create_draft": "plans.write",
    "services.plans.plan.new_version": "plans.write",
    "services.plans.plan.discard_draft": "plans.write",
    "services.plans.plan.edit_plan": "plans.write",
    "services.plans.plan.agree": "plans.write",
    "services.plans.plan.add_goal": "plans.write",
    "services.plans.plan.update_goal": "plans.write",
    "services.plans.plan.remove_goal": "plans.write",
    "services.plans.plan.reorder_goals": "plans.write",
    "services.plans.plan.add_action": "plans.write",
    "services.plans.plan.update_action": "plans.write",
    "services.plans.plan.remove_action": "plans.write",
    "services.plans.printing.plan_pdf": "print",
    "services.plans.printing.agreement_pdf": "print",
    "services.plans.printing_batch.record_batch_prints": "print",
    "services.plans.printing_diary.diary_pdf": "print",
    "sync.resolve.resolve_conflict": "sync.resolve",
    "sync.api.erase_records": "person.erase",
}

#: every ``require(ctx, "...")`` in services/ and sync/: function → the permission it names
EXPECTED_CHECKS: dict[str, str] = {
    "services.audit_log.read_page": "audit.read",
    "services.audit_log.count_entries": "audit.read",
    "services.audit_log.actions": "audit.read",
    "services.plans.printing.plan_document": "print",
    "services.plans.printing.agreement_document": "print",
    "services.plans.printing_diary.diary_document": "print",
    "services.plans.printing_batch.print_plans": "print",
    "sync.api.export_bundle": "sync.exchange",
    "sync.api.import_bundle": "sync.exchange",
    "sync.devices.enrol_device": "devices.manage",
    "sync.devices.revoke_device": "devices.manage",
    "sync.devices.new_code_series": "devices.manage",
    "sync.pending.force_apply_pending": "sync.force",
    "services.operators.require_maintainer": "database.maintain",
    "services.retention.retention_due": "person.erase",
    "reports.registry.run_reports": "reports.read",
    "reports.participants.export_participants": "reports.participants",
}

#: entry points that reach a check through another function, tested cell by cell too
EXPECTED_ENTRY_POINTS: dict[str, str] = {
    "services.audit_log.read_all": "audit.read",  # a generator: read_page on first use
    "sync.api.erase_beneficiary": "person.erase",
    "sync.api.erase_beneficiary_report": "person.erase",
    "reports.registry.run_report": "reports.read",
}

#: functions that open a write session as the system (``db.session(None)``) outside an
#: operation: no operator acts, so no permission; each with why that is right
SYSTEM_WRITES: dict[str, str] = {
    "sync.devices.enrolment_data": "this device's own keys, created on first use",
    "sync.resolve.list_conflicts": "re-merges conflicts a hand edit settled (housekeeping)",
    "services.operators.login._verify_in_database": "re-hashes a password just verified (login)",
    "services.operators.login._store_password": "stores a password its caller was allowed to set",
    "services.cases.case_index.ensure_fresh": (
        "recomputes the derived case-list rows the triggers noted (no record changes)"
    ),
}
#: writes for the acting operator that need no permission, and why
UNCHECKED_BY_DESIGN: dict[str, str] = {
    "services.operators.login._audit_login": "the audit entry of a login: whoever logs in",
    "services.operators.server_login.forget_app_hash": (
        "drops one's own old password hash at one's login as a server role"
    ),
}


# --- what the code holds -----------------------------------------------------------------


def _import_checked_units() -> None:
    for unit in CHECKED_UNITS:
        pkg = importlib.import_module(f"rts_desktop.{unit}")
        for info in pkgutil.walk_packages(pkg.__path__, f"{pkg.__name__}."):
            importlib.import_module(info.name)


_import_checked_units()


def _short(key: str) -> str:
    return key.removeprefix("rts_desktop.")


def core_operations() -> dict[str, Operation[Any, Any]]:
    """Every operation of the core (the tests declare some of their own: not these)."""
    return {_short(k): op for k, op in OPERATIONS.items() if k.startswith("rts_desktop.")}


def resolve(short: str) -> Callable[..., Any]:
    module, _, name = f"rts_desktop.{short}".rpartition(".")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _cell_id(short: str) -> str:
    return short.rpartition(".")[2]


ROLES = list(Role)
OPERATION_CELLS = [
    pytest.param(short, role, id=f"{_cell_id(short)}-{role}")
    for short in EXPECTED_OPERATIONS
    for role in ROLES
]
CHECK_CELLS = [
    pytest.param(short, role, id=f"{_cell_id(short)}-{role}")
    for short in {**EXPECTED_CHECKS, **EXPECTED_ENTRY_POINTS}
    for role in ROLES
]


def acting(db: Database, role: Role | None) -> ActingContext:
    return ActingContext(device_id=db.device_id, role=role, clock=lambda: FIXED_NOW)


def dummy_call(fn: Callable[..., Any], skip: int) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for ``fn`` after its first ``skip`` parameters: ``"x"`` for each required
    one (nothing valid: an allowed role fails after the check, a denied one before it)."""
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    params = list(inspect.signature(fn).parameters.values())[skip:]
    for p in params:
        if p.default is not inspect.Parameter.empty:
            continue
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            args.append("x")
        elif p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = "x"
    return args, kwargs


@dataclass(frozen=True)
class Snapshot:
    rows: dict[str, list[tuple[Any, ...]]]
    files: list[str]


def snapshot(db: Database) -> Snapshot:
    """Every row of every table, and every file in the attachments folder."""
    rows: dict[str, list[tuple[Any, ...]]] = {}
    with db.session(write=False) as s:
        names = sorted(sa_inspect(s.connection()).get_table_names())
        for name in names:
            found = s.execute(text(f'SELECT * FROM "{name}"')).all()
            rows[name] = sorted((tuple(r) for r in found), key=repr)
    files_dir = db.files_dir
    files = (
        sorted(str(p.relative_to(files_dir)) for p in files_dir.rglob("*"))
        if files_dir.exists()
        else []
    )
    return Snapshot(rows, files)


def call_as(fn: Callable[..., Any], db: Database, ctx: ActingContext, skip: int) -> None:
    args, kwargs = dummy_call(fn, skip)
    result = fn(db, ctx, *args, **kwargs)
    if isinstance(result, Iterator):
        list(result)


@contextlib.contextmanager
def watching_require() -> Iterator[list[str]]:
    """The permissions ``require`` let through while the block runs (the check of the
    operations and of every function in ``EXPECTED_CHECKS``)."""
    passed: list[str] = []

    def spy(ctx: ActingContext, name: str) -> None:
        require(ctx, name)
        passed.append(name)

    modules = {"db.operations", *(short.rpartition(".")[0] for short in EXPECTED_CHECKS)}
    with pytest.MonkeyPatch.context() as mp:
        for module in modules:
            mp.setattr(importlib.import_module(f"rts_desktop.{module}"), "require", spy)
        yield passed


def check_cell(db: Database, fn: Callable[..., Any], role: Role, name: str, skip: int) -> None:
    """Call ``fn`` as ``role`` with dummy arguments: refused with nothing written if the
    role does not hold ``name``, let past the check of ``name`` if it does."""
    ctx = acting(db, role)
    heard: list[Changes] = []
    db.hub.subscribe(heard.append)
    before = snapshot(db)
    if role not in EXPECTED_ROLES[name]:
        with pytest.raises(PermissionDenied):
            call_as(fn, db, ctx, skip)
        assert snapshot(db) == before, "a denied call wrote something"
        assert heard == []
        return
    with watching_require() as passed:
        try:
            call_as(fn, db, ctx, skip)
        except PermissionDenied as exc:
            pytest.fail(f"{role} may run {fn.__name__}, but it was refused: {exc}")
        except Exception:  # dummy arguments: any other failure is past the check
            pass
    assert name in passed, f"{fn.__name__} failed before checking {name}"


# --- the table ---------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES, ids=str)
def test_each_role_holds_exactly_the_expected_permissions(role: Role) -> None:
    assert held_by(role) == EXPECTED_HELD[role]


def test_every_permission_is_held_described_and_used() -> None:
    used = set(EXPECTED_OPERATIONS.values()) | set(EXPECTED_CHECKS.values())
    assert set(PERMISSIONS) == used, "a permission nobody checks, or a check of no permission"
    for name, p in PERMISSIONS.items():
        assert p.name == name
        assert p.roles, f"{name}: held by nobody"
        assert p.description.strip() and "\n" not in p.description
        assert A in p.roles, f"{name}: the administrator holds every permission"


def test_the_social_worker_never_writes() -> None:
    writes = {
        short
        for short, op in core_operations().items()
        if S in op.allowed and op.permission not in {"cases.read", "print", "account.password"}
    }
    assert writes == set()


def test_a_system_action_holds_every_permission() -> None:
    system = ActingContext(device_id="d", role=None)
    for name in PERMISSIONS:
        assert may(system, name)
        require(system, name)


def test_an_unknown_permission_fails_at_import_and_at_call() -> None:
    with pytest.raises(UnknownPermission):
        operation("create", "note", permission="cases.wirte")
    with pytest.raises(UnknownPermission):
        operation("create", "no_such_entity")
    with pytest.raises(TypeError):
        operation("create", "note", allowed=frozenset({C, A}))  # disagrees with cases.write
    with pytest.raises(UnknownPermission):
        require(ActingContext(device_id="d", role=E), "audit.raed")


def test_every_entity_maps_to_a_known_permission() -> None:
    assert set(ENTITY_PERMISSIONS.values()) <= set(PERMISSIONS)


# --- the operations ----------------------------------------------------------------------


def test_every_operation_is_pinned_with_its_permission() -> None:
    found = {short: op.permission for short, op in core_operations().items()}
    assert found == EXPECTED_OPERATIONS


def test_the_registry_knows_each_operation_by_its_key() -> None:
    for key, op in OPERATIONS.items():
        assert op.key == key
        assert op.allowed == PERMISSIONS[op.permission].roles


@pytest.fixture(scope="module")
def cells_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One database for every cell: a cell's dummy arguments are never valid, so an allowed
    call fails past its check and a refused one writes nothing (both are asserted)."""
    with shared_database(tmp_path_factory.mktemp("cells")) as db:
        yield db


@pytest.mark.parametrize(("short", "role"), OPERATION_CELLS)
def test_operation_cell(cells_db: Database, short: str, role: Role) -> None:
    db = cells_db
    op = core_operations()[short]
    check_cell(db, op, role, EXPECTED_OPERATIONS[short], skip=1)


# --- the require() checks ----------------------------------------------------------------


def _modules(units: tuple[str, ...] = CHECKED_UNITS) -> Iterator[tuple[str, ast.Module]]:
    """``(rts_desktop.dotted.module, its syntax tree)`` for each module of ``units``
    (``""``: the whole package)."""
    for unit in units:
        for path in sorted((PACKAGE / unit).rglob("*.py")):
            dotted = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
            yield dotted.removesuffix(".__init__"), ast.parse(path.read_text(encoding="utf-8"))


def _functions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node
        elif isinstance(node, ast.ClassDef):
            yield from (
                n for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            )


def _name(call: ast.Call) -> str | None:
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None


def _require_calls(fn: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(fn) if isinstance(n, ast.Call) and _name(n) == "require"]


def found_checks() -> dict[str, str]:
    found: dict[str, str] = {}
    for module, tree in _modules():
        for fn in _functions(tree):
            for call in _require_calls(fn):
                arg = call.args[1] if len(call.args) > 1 else None
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), (
                    f"{module}.{fn.name}: require() names its permission as a literal"
                )
                found[_short(f"{module}.{fn.name}")] = arg.value
    return found


def test_every_require_is_pinned_and_names_a_known_permission() -> None:
    found = found_checks()
    assert found == EXPECTED_CHECKS
    assert set(found.values()) <= set(PERMISSIONS)


@pytest.mark.parametrize(("short", "role"), CHECK_CELLS)
def test_check_cell(cells_db: Database, short: str, role: Role) -> None:
    db = cells_db
    fn = resolve(short)
    assert not isinstance(fn, Operation)
    name = {**EXPECTED_CHECKS, **EXPECTED_ENTRY_POINTS}[short]
    check_cell(db, fn, role, name, skip=2)


# --- every write is checked --------------------------------------------------------------


@dataclass
class Fn:
    name: str
    checked: bool  # an operation (or its body), or calls require()
    acting_write: bool  # opens a write session for the acting context
    system_write: bool  # opens a write session as the system (ctx None)
    users: set[str] = dataclasses.field(default_factory=set)  # functions naming it


def _sessions(fn: ast.AST) -> tuple[bool, bool]:
    acting = system = False
    for node in ast.walk(fn):
        if not (isinstance(node, ast.Call) and _name(node) == "session"):
            continue
        if any(
            k.arg == "write" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in node.keywords
        ):
            continue
        first = node.args[0] if node.args else None
        if first is None or (isinstance(first, ast.Constant) and first.value is None):
            system = True
        else:
            acting = True
    return acting, system


def write_functions() -> dict[str, Fn]:
    """Every function of services/ and sync/, with the functions (anywhere in the package)
    that call or name it; a call from module level counts as an unchecked user."""
    bodies = {op.body for op in OPERATIONS.values()}
    table: dict[str, Fn] = {}
    for module, tree in _modules():
        namespace = vars(importlib.import_module(module))
        for fn in _functions(tree):
            obj = namespace.get(fn.name)
            is_op = isinstance(obj, Operation) or obj in bodies
            acting, system = _sessions(fn)
            name = _short(f"{module}.{fn.name}")
            checked = is_op or bool(_require_calls(fn)) or name in UNCHECKED_BY_DESIGN
            table[name] = Fn(name, checked, acting, system)
    by_bare: dict[str, list[Fn]] = {}
    for entry in table.values():
        by_bare.setdefault(entry.name.rpartition(".")[2], []).append(entry)
    for module, tree in _modules(("",)):
        for node in tree.body:
            owners = (
                list(_functions(ast.Module(body=[node], type_ignores=[])))
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                else []
            )
            for owner in owners or [node]:
                user = _short(f"{module}.{getattr(owner, 'name', '<module>')}")
                for ref in ast.walk(owner):
                    bare = (
                        ref.id
                        if isinstance(ref, ast.Name)
                        else ref.attr
                        if isinstance(ref, ast.Attribute)
                        else None
                    )
                    for entry in by_bare.get(bare or "", []):
                        if entry.name != user:
                            entry.users.add(user)
    return table


def unchecked_writes(table: dict[str, Fn]) -> list[str]:
    """The acting writes neither checked nor reached only from checked functions."""
    ok = {name for name, f in table.items() if f.checked}
    changed = True
    while changed:
        changed = False
        for name, f in table.items():
            if name in ok or not f.users:
                continue
            if f.users <= ok:
                ok.add(name)
                changed = True
    return sorted(
        f"{name} (reached from {sorted(f.users - ok) or 'nowhere'})"
        for name, f in table.items()
        if f.acting_write and name not in ok
    )


def test_every_write_session_in_services_and_sync_is_checked() -> None:
    assert unchecked_writes(write_functions()) == []


def test_system_writes_are_the_known_ones() -> None:
    table = write_functions()
    found = {_short(name) for name, f in table.items() if f.system_write and not f.checked}
    assert found == set(SYSTEM_WRITES)
    assert set(UNCHECKED_BY_DESIGN) <= {name for name, f in table.items() if f.acting_write}


def test_the_scan_sees_an_unchecked_write() -> None:
    table = {
        "m.export": Fn("m.export", checked=True, acting_write=False, system_write=False),
        "m.helper": Fn("m.helper", checked=False, acting_write=True, system_write=False),
        "m.bypass": Fn("m.bypass", checked=False, acting_write=True, system_write=False),
    }
    table["m.helper"].users = {"m.export"}
    table["m.bypass"].users = {"m.export", "ui.view.save"}
    assert unchecked_writes(table) == ["m.bypass (reached from ['ui.view.save'])"]


# --- docs/permissions.md -----------------------------------------------------------------

_ROLE_COLUMNS = [A, C, E, S]


def permissions_table() -> str:
    head = "| Permesso | Cosa consente | " + " | ".join(str(r) for r in _ROLE_COLUMNS) + " |"
    rule = "|---|---|" + "|".join(":-:" for _ in _ROLE_COLUMNS) + "|"
    rows = [
        f"| `{name}` | {p.description} | "
        + " | ".join("✓" if r in p.roles else "–" for r in _ROLE_COLUMNS)
        + " |"
        for name, p in PERMISSIONS.items()
    ]
    return "\n".join([head, rule, *rows])


def entities_table() -> str:
    rows = [f"| `{entity}` | `{name}` |" for entity, name in sorted(ENTITY_PERMISSIONS.items())]
    return "\n".join(["| Entità | Permesso |", "|---|---|", *rows])


def checks_table() -> str:
    """The checks that do not follow from the entity: operations naming their own
    permission, and the ``require`` calls."""
    where: dict[str, list[str]] = {name: [] for name in PERMISSIONS}
    for short, op in sorted(core_operations().items()):
        if ENTITY_PERMISSIONS.get(op.entity) != op.permission:
            where[op.permission].append(f"`{short}` (operazione)")
    for short, name in sorted(found_checks().items()):
        where[name].append(f"`{short}`")
    rows = [f"| `{name}` | {', '.join(found)} |" for name, found in where.items() if found]
    return "\n".join(["| Permesso | Dove si controlla |", "|---|---|", *rows])


SECTIONS: dict[str, Callable[[], str]] = {
    "permissions": permissions_table,
    "entities": entities_table,
    "checks": checks_table,
}


def _section(name: str) -> re.Pattern[str]:
    """A generated section: its text between the markers is group 1."""
    return re.compile(rf"<!-- {name}:start -->\n(.*?)\n?<!-- {name}:end -->", flags=re.DOTALL)


def regenerated(doc: str) -> str:
    for name, render in SECTIONS.items():
        block = f"<!-- {name}:start -->\n{render()}\n<!-- {name}:end -->"
        doc, n = _section(name).subn(lambda _m, b=block: b, doc)
        assert n == 1, f"docs/permissions.md: section {name} missing"
    return doc


@pytest.mark.parametrize("name", list(SECTIONS))
def test_the_docs_show_the_table(name: str) -> None:
    doc = DOCS.read_text(encoding="utf-8")
    match = _section(name).search(doc)
    assert match is not None, f"docs/permissions.md: section {name} missing"
    assert match[1] == SECTIONS[name](), (
        "docs/permissions.md is out of date: python -m tests.security.test_permission_matrix"
    )


if __name__ == "__main__":
    DOCS.write_text(regenerated(DOCS.read_text(encoding="utf-8")), encoding="utf-8")
    sys.stdout.write(f"{DOCS} regenerated\n")
