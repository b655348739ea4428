"""Operators' login roles made and re-keyed by two ``SECURITY DEFINER`` functions of the
server (migration 0018), so that no operator's role holds ``CREATEROLE``.

With ``CREATEROLE`` (PostgreSQL 15) a coordinator could change anyone's password from
``psql``, an administrator's included, and sign in as her. The functions run as the role
that migrated the schema and check who calls them (``session_user``; a ``SET ROLE`` does not
change it), as the app's permissions say (docs/permissions.md):

- ``rts_sync_login(username, app_role, active)``: a coordinator or an administrator makes or
  updates an operator's login role (LOGIN or NOLOGIN, the group of her app role, the sync
  device's group for managers); an administrator's login only an administrator;
- ``rts_set_login_password(username, verifier)``: an administrator for anyone, everyone for
  herself; only a SCRAM-SHA-256 verifier, never a clear password.

The migrating role itself (first run, the maintenance address) may do both. Nothing here
runs on SQLite.
"""

from __future__ import annotations

from sqlalchemy import Connection

from rts_desktop.migrations.server_security import (
    DEVICE_GROUP,
    GROUPS,
    LOGIN_PREFIX,
    OPERATOR_GROUP,
)

MANAGERS = ("amministratore", "coordinatore")
USERNAME = "^[a-z0-9._]+$"
SIGNATURES = ("rts_sync_login(text, text, boolean)", "rts_set_login_password(text, text)")


def _group_case() -> str:
    whens = " ".join(f"WHEN '{role}' THEN '{group}'" for role, group in GROUPS.items())
    return f"CASE app_role {whens} END"


def _sync_login(path: str) -> str:
    roles = ", ".join(f"'{r}'" for r in GROUPS)
    managers = ", ".join(f"'{r}'" for r in MANAGERS)
    ours = ", ".join(f"'{g}'" for g in (*GROUPS.values(), DEVICE_GROUP))
    admin = GROUPS["amministratore"]
    return f"""
CREATE OR REPLACE FUNCTION rts_sync_login(username text, app_role text, active boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
DECLARE
  target text := '{LOGIN_PREFIX}' || username;
  owner boolean := pg_has_role(session_user, current_user, 'MEMBER');
  admin boolean := pg_has_role(session_user, '{admin}', 'MEMBER');
  manager boolean := admin OR pg_has_role(session_user, '{GROUPS["coordinatore"]}', 'MEMBER');
  found record;
  wanted text[];
  g text;
BEGIN
  IF username IS NULL OR username !~ '{USERNAME}' OR app_role IS NULL
     OR app_role NOT IN ({roles}) OR active IS NULL THEN
    RAISE EXCEPTION 'rts_sync_login: not an operator''s login' USING ERRCODE = '22023';
  END IF;
  SELECT oid, rolsuper INTO found FROM pg_roles WHERE rolname = target;
  IF found.rolsuper THEN
    RAISE EXCEPTION 'rts_sync_login: % is a superuser', target USING ERRCODE = '42501';
  END IF;
  IF NOT owner THEN
    IF NOT manager THEN
      RAISE EXCEPTION 'rts_sync_login: only coordinators and administrators'
        USING ERRCODE = '42501';
    END IF;
    IF NOT admin AND (app_role = 'amministratore'
        OR (found.oid IS NOT NULL AND pg_has_role(target, '{admin}', 'MEMBER'))) THEN
      RAISE EXCEPTION 'rts_sync_login: an administrator''s login takes an administrator'
        USING ERRCODE = '42501';
    END IF;
  END IF;
  IF found.oid IS NULL THEN
    EXECUTE format('CREATE ROLE %I %s', target, CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  ELSE
    EXECUTE format('ALTER ROLE %I %s NOCREATEROLE', target,
                   CASE WHEN active THEN 'LOGIN' ELSE 'NOLOGIN' END);
  END IF;
  wanted := ARRAY[{_group_case()}]
            || CASE WHEN app_role IN ({managers}) THEN ARRAY['{DEVICE_GROUP}'] ELSE ARRAY[]::text[] END;
  FOR g IN
    SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
    JOIN pg_roles t ON t.oid = m.member
    WHERE t.rolname = target AND r.rolname IN ({ours}) AND NOT r.rolname = ANY (wanted)
  LOOP
    EXECUTE format('REVOKE %I FROM %I', g, target);
  END LOOP;
  FOREACH g IN ARRAY wanted LOOP
    EXECUTE format('GRANT %I TO %I', g, target);
  END LOOP;
END $$"""


def _set_password(path: str) -> str:
    return f"""
CREATE OR REPLACE FUNCTION rts_set_login_password(username text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
DECLARE
  target text := '{LOGIN_PREFIX}' || username;
BEGIN
  IF username IS NULL OR username !~ '{USERNAME}'
     OR verifier IS NULL OR left(verifier, 14) <> 'SCRAM-SHA-256$' THEN
    RAISE EXCEPTION 'rts_set_login_password: not a verifier for an operator'
      USING ERRCODE = '22023';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = target AND NOT rolsuper) THEN
    RAISE EXCEPTION 'rts_set_login_password: no login %', target USING ERRCODE = '42704';
  END IF;
  IF NOT (pg_has_role(session_user, current_user, 'MEMBER')
          OR session_user::text = target
          OR pg_has_role(session_user, '{GROUPS["amministratore"]}', 'MEMBER')) THEN
    RAISE EXCEPTION 'rts_set_login_password: only an administrator, or the operator herself'
      USING ERRCODE = '42501';
  END IF;
  EXECUTE format('ALTER ROLE %I PASSWORD %L', target, verifier);
END $$"""


def install(conn: Connection) -> None:
    """The two functions, callable by the operators' group only; ``CREATEROLE`` taken back
    from every operator's login role."""
    schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    path = f"SET search_path = {schema}, pg_temp"
    statements = [_sync_login(path), _set_password(path)]
    for signature in SIGNATURES:
        statements.append(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        statements.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {OPERATOR_GROUP}")
    for sql in statements:
        conn.exec_driver_sql(sql.replace("%", "%%"))  # the driver's placeholders
    for (name,) in conn.exec_driver_sql(
        "SELECT rolname FROM pg_roles WHERE rolcreaterole AND NOT rolsuper "
        f"AND left(rolname, {len(LOGIN_PREFIX)}) = '{LOGIN_PREFIX}'"
    ).all():
        conn.exec_driver_sql(f"ALTER ROLE {_quoted(name)} NOCREATEROLE")


def uninstall(conn: Connection) -> None:
    """Drop the functions and give managers' login roles ``CREATEROLE`` back, as the code
    before migration 0018 expects."""
    for signature in SIGNATURES:
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {signature}")
    managers = ", ".join(f"'{GROUPS[r]}'" for r in MANAGERS)
    for (name,) in conn.exec_driver_sql(
        "SELECT DISTINCT t.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles t ON t.oid = m.member WHERE g.rolname IN ({managers}) "
        f"AND left(t.rolname, {len(LOGIN_PREFIX)}) = '{LOGIN_PREFIX}'"
    ).all():
        conn.exec_driver_sql(f"ALTER ROLE {_quoted(name)} CREATEROLE")


def _quoted(name: str) -> str:
    """A role name as an SQL identifier (any name the cluster holds)."""
    return '"' + name.replace('"', '""') + '"'
