"""PostgreSQL roles, row-level security and the server-side audit chain (migration 0015).

The second wall behind the services' own checks (docs/server.md, "Ruoli, accesso e
sicurezza a livello di riga"): every operator signs in as her own login role
(``op_<username>``), member of one group role per app role; the groups hold the table
privileges; policies on every case-scoped table ask :data:`SEES_CASE`, a ``STABLE SECURITY
DEFINER`` function applying the rules of ``rts_desktop/db/visibility.py`` to the operator
behind ``current_user``. The audit chain is linked by a trigger under a table lock (no
fork between concurrent clients) and a deferred constraint trigger refuses an operator's
transaction that changes case data without an audit entry.

Nothing here runs on SQLite. The tables are not ``FORCE``d: their owner is the role that
migrates the schema (the office's database administrator), never an operator.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

#: the group role of each app role (``rts_desktop.kernel.roles.Role`` values)
GROUPS = {
    "amministratore": "rts_admin",
    "coordinatore": "rts_coordinator",
    "educatore": "rts_educator",
    "assistente_sociale": "rts_social_worker",
}
#: every operator group is a member of this one (schema usage, reads)
OPERATOR_GROUP = "rts_operator"
#: the sync "device": bundle imports on the server write every record as it (SET ROLE)
DEVICE_GROUP = "rts_device"
WRITER_GROUPS = ("rts_admin", "rts_coordinator", "rts_educator")
MANAGER_GROUPS = ("rts_admin", "rts_coordinator")
#: the prefix of an operator's login role: ``op_anna.rossi``
LOGIN_PREFIX = "op_"

#: how each case-scoped table reaches its case id (the policies' argument)
CASE_OF: dict[str, str] = {
    "cases": "id",
    **{
        t: "case_id"
        for t in (
            "case_status_changes",
            "case_educators",
            "case_shares",
            "notes",
            "participant_sheets",
            "participant_outcomes",
            "plans",
            "assessments",
            "agreements",
            "contributions",
            "contribution_payments",
        )
    },
    "goals": "(SELECT p.case_id FROM plans p WHERE p.id = plan_id)",
    "reviews": "(SELECT p.case_id FROM plans p WHERE p.id = plan_id)",
    "plan_actions": (
        "(SELECT p.case_id FROM goals g JOIN plans p ON p.id = g.plan_id WHERE g.id = goal_id)"
    ),
    "review_outcomes": (
        "(SELECT p.case_id FROM reviews r JOIN plans p ON p.id = r.plan_id WHERE r.id = review_id)"
    ),
    "assessment_scores": "(SELECT a.case_id FROM assessments a WHERE a.id = assessment_id)",
    "agreement_warnings": "(SELECT a.case_id FROM agreements a WHERE a.id = agreement_id)",
}
#: rows readable by everyone (occupancy: which bed is taken, never by whom), written only
#: on a visible case
OPEN_READ: dict[str, str] = {
    "stays": "case_id",
    "stay_extensions": "(SELECT s.case_id FROM stays s WHERE s.id = stay_id)",
}
#: a case or none: an event or a document with no case follows its person, or is open
CASE_OR_NONE: dict[str, str] = {
    "events": "case_id IS NULL OR rts_sees_case(case_id, current_user)",
    "documents": (
        "CASE WHEN case_id IS NOT NULL THEN rts_sees_case(case_id, current_user) "
        "WHEN beneficiary_id IS NOT NULL THEN rts_sees_person(beneficiary_id, current_user) "
        "ELSE true END"
    ),
}
_EVENT = "(SELECT e.case_id FROM events e WHERE e.id = event_id)"
for _child in ("event_exceptions", "participants", "attendance"):
    CASE_OR_NONE[_child] = (
        f"NOT EXISTS (SELECT 1 FROM events e WHERE e.id = event_id AND e.case_id IS NOT NULL) "
        f"OR rts_sees_case({_EVENT}, current_user)"
    )
_STAY = "(SELECT s.case_id FROM stays s WHERE s.id = stay_id)"
for _by_stay in ("handovers", "inspections"):  # a key handover, an inspection during a stay
    CASE_OR_NONE[_by_stay] = f"stay_id IS NULL OR rts_sees_case({_STAY}, current_user)"
PEOPLE: dict[str, str] = {
    "beneficiaries": "rts_sees_person(id, current_user)",
    "identifiers": "rts_sees_person(beneficiary_id, current_user)",
    "consents": "rts_sees_person(beneficiary_id, current_user)",
    "households": "rts_sees_household(id, current_user)",
    "household_members": "rts_sees_household(household_id, current_user)",
}
#: the audit log and its chain: insert through the trigger only, never changed
AUDIT, CHAIN = "audit_entries", "audit_chain"
#: keys of this device: only coordinators, administrators and the device read them
KEYS = "local_keys"
#: the operators table: everyone reads names, the managers write
OPERATORS = "operators"
#: schema objects of the server alone (no model declares them)
SERVER_ONLY = frozenset({"uq_audit_chain_prev_hash"})


def _functions(schema: str) -> list[str]:
    path = f"SET search_path = {schema}, pg_temp"
    return [
        # the active operator behind a role the session may act as (``who`` is the
        # policy's current_user; a session cannot ask about someone else's role)
        f"""
CREATE OR REPLACE FUNCTION rts_operator_of(who name)
RETURNS TABLE (id varchar, role varchar)
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT o.id, o.role FROM operators o
  WHERE o.active AND '{LOGIN_PREFIX}' || o.username = who
    AND pg_has_role(session_user, who, 'MEMBER')
$$""",
        f"""
CREATE OR REPLACE FUNCTION rts_sees_all(who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT (pg_has_role(who, '{DEVICE_GROUP}', 'MEMBER')
          AND pg_has_role(session_user, who, 'MEMBER')
          AND left(who, {len(LOGIN_PREFIX)}) <> '{LOGIN_PREFIX}')
      OR EXISTS (SELECT 1 FROM rts_operator_of(who) o
                 WHERE o.role IN ('coordinatore', 'amministratore'))
$$""",
        # db/visibility.py: assigned (any dates) or shared today for an educator; referred
        # or shared for a social worker; everything for coordinators and administrators
        f"""
CREATE OR REPLACE FUNCTION rts_sees_case(case_id varchar, who name) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER {path} AS $$
DECLARE
  me record;
  today date := (now() AT TIME ZONE 'Europe/Rome')::date;
BEGIN
  IF rts_sees_all(who) THEN RETURN true; END IF;
  IF case_id IS NULL THEN RETURN false; END IF;
  SELECT * INTO me FROM rts_operator_of(who);
  IF NOT FOUND THEN RETURN false; END IF;
  IF EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = $1 AND s.operator_id = me.id
             AND s.from_date <= today AND (s.to_date IS NULL OR s.to_date >= today)) THEN
    RETURN true;
  END IF;
  IF me.role = 'educatore' THEN
    RETURN EXISTS (SELECT 1 FROM case_educators e WHERE e.case_id = $1
                   AND e.operator_id = me.id);
  ELSIF me.role = 'assistente_sociale' THEN
    RETURN EXISTS (SELECT 1 FROM cases c WHERE c.id = $1 AND c.sst_operator_id = me.id);
  END IF;
  RETURN false;
END $$""",
        # a case this very transaction created (its first rows are written before the
        # assignment that makes it visible)
        f"""
CREATE OR REPLACE FUNCTION rts_case_is_new(case_id varchar) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT EXISTS (SELECT 1 FROM cases c WHERE c.id = $1
                 AND c.xmin = pg_current_xact_id()::xid)
$$""",
        f"""
CREATE OR REPLACE FUNCTION rts_may_write_case(case_id varchar, who name) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT rts_sees_case($1, who) OR rts_case_is_new($1)
$$""",
        f"""
CREATE OR REPLACE FUNCTION rts_sees_household(household_id varchar, who name)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT rts_sees_all(who)
      OR NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = $1)
      OR EXISTS (SELECT 1 FROM cases c WHERE c.household_id = $1
                 AND rts_sees_case(c.id, who))
$$""",
        f"""
CREATE OR REPLACE FUNCTION rts_sees_person(beneficiary_id varchar, who name)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT rts_sees_all(who)
      OR NOT EXISTS (SELECT 1 FROM household_members m
                     JOIN cases c ON c.household_id = m.household_id
                     WHERE m.beneficiary_id = $1)
      OR EXISTS (SELECT 1 FROM household_members m
                 JOIN cases c ON c.household_id = m.household_id
                 WHERE m.beneficiary_id = $1 AND rts_sees_case(c.id, who))
$$""",
        _LINK_AUDIT.replace("{path}", path),
        _audited_here_sql(path),
        _require_audit_sql(path),
    ]


#: the canonical JSON of kernel/audit_chain.py (sorted keys, no spaces), hashed with sha256
#: after the last link, under a lock that makes concurrent clients take turns; an entry
#: written again with its id (a snapshot puts the laptop's own log back) keeps its link,
#: as on SQLite (``link_entries`` links only unlinked entries): verification then checks
#: the entry against the hash it had
_LINK_AUDIT = """
CREATE OR REPLACE FUNCTION rts_link_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
DECLARE
  prev text;
  body text;
BEGIN
  LOCK TABLE audit_chain IN SHARE ROW EXCLUSIVE MODE;
  IF EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_id = NEW.id) THEN
    RETURN NULL;
  END IF;
  SELECT c.hash INTO prev FROM audit_chain c ORDER BY c.seq DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  body := '{"action":' || coalesce(to_json(NEW.action)::text, 'null')
    || ',"at":' || coalesce(to_json(to_char(NEW.at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
                            'null')
    || ',"detail":' || coalesce(to_json(NEW.detail)::text, 'null')
    || ',"device_id":' || coalesce(to_json(NEW.device_id)::text, 'null')
    || ',"entity":' || coalesce(to_json(NEW.entity)::text, 'null')
    || ',"entity_id":' || coalesce(to_json(NEW.entity_id)::text, 'null')
    || ',"id":' || coalesce(to_json(NEW.id)::text, 'null')
    || ',"operator_id":' || coalesce(to_json(NEW.operator_id)::text, 'null')
    || ',"prev_hash":' || to_json(prev)::text
    || ',"purpose":' || coalesce(to_json(NEW.purpose)::text, 'null')
    || '}';
  INSERT INTO audit_chain (entry_id, prev_hash, hash)
  VALUES (NEW.id, prev, encode(sha256(convert_to(body, 'UTF8')), 'hex'));
  RETURN NULL;
END $$"""


def _require_audit_sql(path: str) -> str:
    """At commit: an operator's transaction that changed case data wrote an audit entry
    too (its link is then the chain's last one: the trigger's lock is held until the
    commit). Invoker's rights: ``current_user`` is who acts."""
    return f"""
CREATE OR REPLACE FUNCTION rts_require_audit() RETURNS trigger
LANGUAGE plpgsql {path} AS $$
BEGIN
  IF left(current_user, {len(LOGIN_PREFIX)}) <> '{LOGIN_PREFIX}' THEN RETURN NULL; END IF;
  IF NOT rts_audited_here() THEN
    RAISE EXCEPTION 'a change to % without an audit entry', TG_TABLE_NAME
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NULL;
END $$"""


def _audited_here_sql(path: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION rts_audited_here() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {path} AS $$
  SELECT coalesce((SELECT c.xmin = pg_current_xact_id()::xid FROM audit_chain c
                   ORDER BY c.seq DESC LIMIT 1), false)
$$"""


def _policies(table: str, read: str, write: str, insert: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS rts_read ON {table}",
        f"DROP POLICY IF EXISTS rts_insert ON {table}",
        f"DROP POLICY IF EXISTS rts_update ON {table}",
        f"DROP POLICY IF EXISTS rts_delete ON {table}",
        f"CREATE POLICY rts_read ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY rts_insert ON {table} FOR INSERT WITH CHECK ({insert})",
        f"CREATE POLICY rts_update ON {table} FOR UPDATE USING ({write}) WITH CHECK ({write})",
        f"CREATE POLICY rts_delete ON {table} FOR DELETE USING ({write})",
    ]


def policy_statements() -> list[str]:
    out: list[str] = []
    for table, case_id in CASE_OF.items():
        sees = f"rts_sees_case({case_id}, current_user)"
        may = f"rts_may_write_case({case_id}, current_user)"
        # a new case is written before the assignment that makes it visible
        out += _policies(table, sees, sees, "true" if table == "cases" else may)
    for table, case_id in OPEN_READ.items():
        out += _policies(
            table,
            "true",
            f"rts_sees_case({case_id}, current_user)",
            f"rts_may_write_case({case_id}, current_user)",
        )
    for table, rule in {**CASE_OR_NONE, **PEOPLE}.items():
        out += _policies(table, rule, rule, "true" if table in PEOPLE else rule)
    # everyone reads the names; a manager changes anyone, an operator only her own row
    own = f"rts_sees_all(current_user) OR '{LOGIN_PREFIX}' || username = current_user"
    out += _policies(OPERATORS, "true", own, "true")
    return out


def audited_tables() -> list[str]:
    """Tables whose changes by an operator need an audit entry in the same transaction."""
    return sorted({*CASE_OF, *OPEN_READ, *CASE_OR_NONE, *PEOPLE, OPERATORS})


def _grants(tables: Iterable[str]) -> list[str]:
    every = sorted(tables)
    plain = [t for t in every if t not in (AUDIT, CHAIN, KEYS, OPERATORS)]
    out = [f"GRANT USAGE ON SCHEMA {{schema}} TO {OPERATOR_GROUP}, {DEVICE_GROUP}"]
    out.append(f"GRANT SELECT ON {', '.join([*plain, OPERATORS])} TO {OPERATOR_GROUP}")
    # a read of a case file is audited: the entry, its change row and the clock tick
    out.append(f"GRANT INSERT ON {AUDIT} TO {OPERATOR_GROUP}, {DEVICE_GROUP}")
    out.append(f"GRANT INSERT, UPDATE ON changes, devices, counters TO {OPERATOR_GROUP}")
    writable = [t for t in plain if t != "alembic_version"]
    out.append(
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(writable)} TO {', '.join(WRITER_GROUPS)}"
    )
    managers = ", ".join(MANAGER_GROUPS)
    out.append(f"GRANT INSERT, UPDATE ON {OPERATORS} TO {managers}")
    # one's own password (the policy below: one's own row); the hash goes, the role keeps it
    out.append(f"GRANT UPDATE (password_hash, version) ON {OPERATORS} TO {OPERATOR_GROUP}")
    out.append(f"GRANT SELECT ON {AUDIT}, {CHAIN}, {KEYS} TO {managers}")
    out.append(f"GRANT INSERT, UPDATE, DELETE ON {KEYS} TO {managers}")
    out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(writable)} TO {DEVICE_GROUP}")
    out.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {KEYS}, {OPERATORS} TO {DEVICE_GROUP}")
    out.append(f"GRANT SELECT ON {AUDIT}, {CHAIN}, alembic_version TO {DEVICE_GROUP}")
    out.append(
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {{schema}} TO {OPERATOR_GROUP}, {DEVICE_GROUP}"
    )
    return out


_ROLES = """
DO $$
DECLARE g text;
BEGIN
  FOREACH g IN ARRAY ARRAY[{names}] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', g);
    END IF;
  END LOOP;
END $$"""


def link_function(conn: Connection) -> None:
    """(Re)create the server's audit-linking function alone (migration 0016)."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    sql = _LINK_AUDIT.replace("{path}", f"SET search_path = {schema}, pg_temp")
    conn.exec_driver_sql(sql.replace("%", "%%"))


def install(conn: Connection) -> None:
    """Roles, grants, policies and triggers on the connected PostgreSQL database."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    names = ", ".join(f"'{n}'" for n in (OPERATOR_GROUP, DEVICE_GROUP, *GROUPS.values()))
    statements = [_ROLES.format(names=names)]
    statements += [f"GRANT {OPERATOR_GROUP} TO {g}" for g in GROUPS.values()]
    tables = [
        r[0]
        for r in conn.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        )
    ]
    statements.append(f"REVOKE ALL ON {', '.join(sorted(tables))} FROM PUBLIC")
    statements += [g.replace("{schema}", schema) for g in _grants(tables)]
    statements += _functions(schema)
    statements += policy_statements()
    # one link per previous hash: a forked chain cannot even be written
    statements.append(
        "CREATE UNIQUE INDEX IF NOT EXISTS uq_audit_chain_prev_hash ON audit_chain (prev_hash)"
    )
    statements.append("DROP TRIGGER IF EXISTS rts_audit_chain ON audit_entries")
    statements.append(
        "CREATE TRIGGER rts_audit_chain AFTER INSERT ON audit_entries "
        "FOR EACH ROW EXECUTE FUNCTION rts_link_audit()"
    )
    for table in audited_tables():
        statements.append(f"DROP TRIGGER IF EXISTS rts_require_audit ON {table}")
        statements.append(
            f"CREATE CONSTRAINT TRIGGER rts_require_audit AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
            f"EXECUTE FUNCTION rts_require_audit()"
        )
    for sql in statements:
        conn.exec_driver_sql(sql.replace("%", "%%"))  # the driver's placeholders


def uninstall(conn: Connection) -> None:
    """Undo :func:`install` on this database (the cluster's group roles stay: other
    databases may use them)."""
    for table in audited_tables():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS rts_require_audit ON {table}")
    conn.exec_driver_sql("DROP TRIGGER IF EXISTS rts_audit_chain ON audit_entries")
    conn.exec_driver_sql("DROP INDEX IF EXISTS uq_audit_chain_prev_hash")
    for table in sorted({*CASE_OF, *OPEN_READ, *CASE_OR_NONE, *PEOPLE, OPERATORS}):
        for name in ("rts_read", "rts_insert", "rts_update", "rts_delete"):
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS {name} ON {table}")
        conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for signature in (
        "rts_require_audit()",
        "rts_audited_here()",
        "rts_link_audit()",
        "rts_sees_person(varchar, name)",
        "rts_sees_household(varchar, name)",
        "rts_may_write_case(varchar, name)",
        "rts_case_is_new(varchar)",
        "rts_sees_case(varchar, name)",
        "rts_sees_all(name)",
        "rts_operator_of(name)",
    ):
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature}")
