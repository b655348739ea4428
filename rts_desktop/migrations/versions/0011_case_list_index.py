"""case list index: one row per case for paging in SQL, an FTS5 trigram index on its key

``case_list_rows`` holds what a case-list row shows (head of household, apartment,
educator, next deadline...) and its folded search key; ``case_list_fts`` (FTS5, trigram
tokenizer, external content) indexes that key, kept in step by triggers on the rows.
The rows are derived data, local to this database, never synced.

Triggers on every table a row is made from delete the rows they affect and note their
case ids in ``case_list_stale``, whoever writes (a service, a bundle import, a script):
the list service recomputes the noted rows (folded in Python, as before) before it reads.
A person's name or identifier therefore leaves the index in the transaction that changes
or erases it. Every existing case is noted here and computed at the first read.

PostgreSQL keeps the same rows and stale notes, by the same triggers written in PL/pgSQL
(one function per trigger), and searches the key with a ``pg_trgm`` GIN index (``LIKE``
on each word, which the index serves from three characters). The text sort keys there use
the "C" collation, so the list's order and its keyset are the bytes' order, as on SQLite,
whatever the server's locale.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:30:00.000000
"""

from __future__ import annotations

import re

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ROWS = """
CREATE TABLE case_list_rows (
    case_id VARCHAR(36) NOT NULL,
    code VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    referral_date DATE NOT NULL,
    household_name VARCHAR(150) NOT NULL,
    head_name VARCHAR(210) NOT NULL,
    head_sort VARCHAR(210) NOT NULL,
    apartment_id VARCHAR(36),
    apartment_code VARCHAR(20),
    apartment_sort VARCHAR(20) NOT NULL,
    municipio INTEGER,
    municipio_sort INTEGER NOT NULL,
    educator_id VARCHAR(36),
    educator_name VARCHAR(150),
    educator_sort VARCHAR(150) NOT NULL,
    start_date DATE,
    exit_date DATE,
    next_deadline DATE,
    next_deadline_kind VARCHAR(20),
    deadline_sort DATE NOT NULL,
    flags VARCHAR(300) NOT NULL,
    search_key TEXT NOT NULL,
    CONSTRAINT uq_case_list_rows_case_id UNIQUE (case_id)
)
"""

#: one index per sort of the list (its key, then the case id as the tie-breaker); the
#: default order's holds the search key too, so a search by words too short for the
#: trigram index scans that index alone
SORT_INDEXES = {
    "referral": "referral_date, code, case_id, search_key",
    "code": "code, case_id",
    "status": "status, case_id",
    "head": "head_sort, case_id",
    "apartment": "apartment_sort, case_id",
    "municipio": "municipio_sort, case_id",
    "educator": "educator_sort, case_id",
    "deadline": "deadline_sort, case_id",
}

FTS = (
    "CREATE VIRTUAL TABLE case_list_fts USING fts5(search_key, content='case_list_rows', "
    "content_rowid='rowid', tokenize='trigram')"
)

#: the FTS index follows the rows it is made from
FTS_TRIGGERS = {
    "case_list_rows_ai": "AFTER INSERT ON case_list_rows BEGIN "
    "INSERT INTO case_list_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END",
    "case_list_rows_ad": "AFTER DELETE ON case_list_rows BEGIN "
    "INSERT INTO case_list_fts(case_list_fts, rowid, search_key) "
    "VALUES ('delete', old.rowid, old.search_key); END",
}

_BY_HOUSEHOLD = "SELECT id FROM cases WHERE household_id = {ref}.household_id"
_BY_PERSON = (
    "SELECT c.id FROM cases c JOIN household_members m ON m.household_id = c.household_id "
    "WHERE m.beneficiary_id = {ref}"
)

#: trigger name → (event, the case ids it makes stale, as a select over NEW/OLD)
SOURCES: dict[str, tuple[str, list[str]]] = {
    "cases_ai": ("AFTER INSERT ON cases", ["SELECT new.id"]),
    "cases_au": ("AFTER UPDATE ON cases", ["SELECT old.id", "SELECT new.id"]),
    "households_au": (
        "AFTER UPDATE OF name ON households",
        ["SELECT id FROM cases WHERE household_id = new.id"],
    ),
    "household_members_ai": (
        "AFTER INSERT ON household_members",
        [_BY_HOUSEHOLD.format(ref="new")],
    ),
    "household_members_au": (
        "AFTER UPDATE ON household_members",
        [_BY_HOUSEHOLD.format(ref="old"), _BY_HOUSEHOLD.format(ref="new")],
    ),
    "household_members_ad": (
        "AFTER DELETE ON household_members",
        [_BY_HOUSEHOLD.format(ref="old")],
    ),
    "beneficiaries_au": (
        "AFTER UPDATE OF first_name, last_name, code ON beneficiaries",
        [_BY_PERSON.format(ref="new.id")],
    ),
    "identifiers_ai": (
        "AFTER INSERT ON identifiers",
        [_BY_PERSON.format(ref="new.beneficiary_id")],
    ),
    "identifiers_au": (
        "AFTER UPDATE ON identifiers",
        [_BY_PERSON.format(ref="old.beneficiary_id"), _BY_PERSON.format(ref="new.beneficiary_id")],
    ),
    "identifiers_ad": (
        "AFTER DELETE ON identifiers",
        [_BY_PERSON.format(ref="old.beneficiary_id")],
    ),
    "stays_ai": ("AFTER INSERT ON stays", ["SELECT new.case_id"]),
    "stays_au": ("AFTER UPDATE ON stays", ["SELECT old.case_id", "SELECT new.case_id"]),
    "stays_ad": ("AFTER DELETE ON stays", ["SELECT old.case_id"]),
    "apartments_au": (
        "AFTER UPDATE OF code, municipio ON apartments",
        ["SELECT case_id FROM stays WHERE apartment_id = new.id"],
    ),
    "case_educators_ai": ("AFTER INSERT ON case_educators", ["SELECT new.case_id"]),
    "case_educators_au": (
        "AFTER UPDATE ON case_educators",
        ["SELECT old.case_id", "SELECT new.case_id"],
    ),
    "case_educators_ad": ("AFTER DELETE ON case_educators", ["SELECT old.case_id"]),
    "operators_au": (
        "AFTER UPDATE OF full_name ON operators",
        ["SELECT case_id FROM case_educators WHERE operator_id = new.id"],
    ),
    "plans_ai": ("AFTER INSERT ON plans", ["SELECT new.case_id"]),
    "plans_au": (
        "AFTER UPDATE OF status, next_review_due, case_id ON plans",
        ["SELECT old.case_id", "SELECT new.case_id"],
    ),
    "plans_ad": ("AFTER DELETE ON plans", ["SELECT old.case_id"]),
}


def _source_trigger(name: str, event: str, selects: list[str]) -> str:
    body = []
    for ids in selects:
        body.append(f"INSERT OR IGNORE INTO case_list_stale (case_id) {ids};")
        body.append(f"DELETE FROM case_list_rows WHERE case_id IN ({ids});")
    return f"CREATE TRIGGER case_list_{name} {event} BEGIN {' '.join(body)} END"


CASE_DELETED = (
    "CREATE TRIGGER case_list_cases_ad AFTER DELETE ON cases BEGIN "
    "DELETE FROM case_list_rows WHERE case_id = old.id; "
    "DELETE FROM case_list_stale WHERE case_id = old.id; END"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    op.execute(ROWS)
    for name, columns in SORT_INDEXES.items():
        op.execute(f"CREATE INDEX ix_case_list_rows_{name} ON case_list_rows ({columns})")
    op.execute("CREATE INDEX ix_case_list_rows_educator_id ON case_list_rows (educator_id)")
    op.execute("CREATE INDEX ix_case_list_rows_apartment_id ON case_list_rows (apartment_id)")
    op.execute(
        "CREATE TABLE case_list_stale (case_id VARCHAR(36) NOT NULL PRIMARY KEY) WITHOUT ROWID"
    )
    op.execute(FTS)
    for name, sql in FTS_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {sql}")
    for name, (event, selects) in SOURCES.items():
        op.execute(_source_trigger(name, event, selects))
    op.execute(CASE_DELETED)
    op.execute("INSERT INTO case_list_stale (case_id) SELECT id FROM cases")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
        return
    for name in SOURCES:
        op.execute(f"DROP TRIGGER case_list_{name}")
    op.execute("DROP TRIGGER case_list_cases_ad")
    for name in FTS_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
    op.execute("DROP TABLE case_list_fts")
    op.execute("DROP TABLE case_list_stale")
    op.execute("DROP TABLE case_list_rows")


#: the text sort keys compare as bytes on PostgreSQL too (``~`` after every letter)
_C_COLLATED = ("code", "status", "head_sort", "apartment_sort", "educator_sort")


def _rows_postgresql() -> str:
    sql = ROWS
    for column in _C_COLLATED:
        sql = re.sub(rf"(\n    {column} VARCHAR\(\d+\))", r'\1 COLLATE "C"', sql)
    return sql


def _source_function(name: str, selects: list[str]) -> str:
    body = []
    for ids in selects:
        body.append(f"INSERT INTO case_list_stale (case_id) {ids} ON CONFLICT DO NOTHING;")
        body.append(f"DELETE FROM case_list_rows WHERE case_id IN ({ids});")
    return (
        f"CREATE FUNCTION case_list_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN {' '.join(body)} RETURN NULL; END $$"
    )


def _upgrade_postgresql() -> None:
    op.execute(_rows_postgresql())
    for name, columns in SORT_INDEXES.items():
        if name == "referral":  # the trigram index serves every search on PostgreSQL
            columns = "referral_date, code, case_id"
        op.execute(f"CREATE INDEX ix_case_list_rows_{name} ON case_list_rows ({columns})")
    op.execute("CREATE INDEX ix_case_list_rows_educator_id ON case_list_rows (educator_id)")
    op.execute("CREATE INDEX ix_case_list_rows_apartment_id ON case_list_rows (apartment_id)")
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        "CREATE INDEX ix_case_list_rows_search ON case_list_rows "
        "USING gin (search_key gin_trgm_ops)"
    )
    op.execute("CREATE TABLE case_list_stale (case_id VARCHAR(36) PRIMARY KEY)")
    for name, (event, selects) in SOURCES.items():
        op.execute(_source_function(name, selects))
        op.execute(
            f"CREATE TRIGGER case_list_{name} {event} "
            f"FOR EACH ROW EXECUTE FUNCTION case_list_{name}()"
        )
    op.execute(
        "CREATE FUNCTION case_list_cases_ad() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "DELETE FROM case_list_rows WHERE case_id = old.id; "
        "DELETE FROM case_list_stale WHERE case_id = old.id; RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER case_list_cases_ad AFTER DELETE ON cases "
        "FOR EACH ROW EXECUTE FUNCTION case_list_cases_ad()"
    )
    op.execute("INSERT INTO case_list_stale (case_id) SELECT id FROM cases")


def _downgrade_postgresql() -> None:
    for name in [*SOURCES, "cases_ad"]:
        table = "cases" if name == "cases_ad" else SOURCES[name][0].split(" ON ")[1]
        op.execute(f"DROP TRIGGER case_list_{name} ON {table}")
        op.execute(f"DROP FUNCTION case_list_{name}()")
    op.execute("DROP TABLE case_list_stale")
    op.execute("DROP TABLE case_list_rows")
