"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 11:13:18.891607
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from rts_desktop.migrations.postgresql import deferrable_foreign_keys

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: milliseconds and byte counts: BIGINT on PostgreSQL (SQLite's INTEGER is 64-bit already)
BIG_INT = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "apartments",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=True),
        sa.Column("municipio", sa.Integer(), nullable=False),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("lift", sa.Boolean(), nullable=False),
        sa.Column("accessible", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apartments")),
    )
    with op.batch_alter_table("apartments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_apartments_code"), ["code"], unique=False)

    op.create_table(
        "beneficiaries",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=True),
        sa.Column("birth_place", sa.String(length=100), nullable=True),
        sa.Column("nationality", sa.String(length=2), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("health_notes", sa.Text(), nullable=True),
        sa.Column("judicial_notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_beneficiaries")),
    )
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_beneficiaries_code"), ["code"], unique=False)
        batch_op.create_index(
            "ix_beneficiaries_name_birth", ["last_name", "first_name", "birth_date"], unique=False
        )

    op.create_table(
        "changes",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("base_version", sa.String(length=36), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("old", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_changes")),
        sa.UniqueConstraint("origin_device", "seq", name=op.f("uq_changes_origin_device_seq")),
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index("ix_changes_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=True),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("candidates", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_hlc", sa.String(length=64), nullable=False),
        sa.Column("resolved_by_change", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflicts")),
    )
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.create_index("ix_conflicts_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_counters")),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_self", sa.Boolean(), nullable=False),
        sa.Column("signing_public_key", sa.String(length=100), nullable=True),
        sa.Column("age_recipient", sa.String(length=200), nullable=True),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("hlc_wall_ms", BIG_INT, nullable=False),
        sa.Column("hlc_counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    op.create_table(
        "erasures",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_erasures")),
    )
    op.create_table(
        "households",
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_households")),
    )
    op.create_table(
        "imported_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_imported_bundles")),
    )
    op.create_table(
        "knowledge",
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("max_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("origin_device", name=op.f("pk_knowledge")),
    )
    op.create_table(
        "operators",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=150), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_operators")),
    )
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_operators_username"), ["username"], unique=False)

    op.create_table(
        "pending_changes",
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("origin_device", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_pending_changes")),
    )
    op.create_table(
        "tombstones",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_tombstones")),
    )
    op.create_table(
        "apartment_status",
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"],
            ["apartments.id"],
            name=op.f("fk_apartment_status_apartment_id_apartments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_apartment_status")),
    )
    with op.batch_alter_table("apartment_status", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_apartment_status_apartment_id"), ["apartment_id"], unique=False
        )

    op.create_table(
        "audit_entries",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.Column("purpose", sa.String(length=200), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_audit_entries_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entries_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "cases",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("referral_date", sa.Date(), nullable=False),
        sa.Column("referral_source", sa.String(length=150), nullable=True),
        sa.Column("sst_municipio", sa.Integer(), nullable=True),
        sa.Column("sst_social_worker", sa.String(length=150), nullable=True),
        sa.Column("sst_contact", sa.String(length=200), nullable=True),
        sa.Column("ethos_entry", sa.String(length=20), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("exit_date", sa.Date(), nullable=True),
        sa.Column("exit_reason", sa.Text(), nullable=True),
        sa.Column("exit_destination", sa.String(length=30), nullable=True),
        sa.Column("follow_up_due", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Date(), nullable=True),
        sa.Column("follow_up_notes", sa.Text(), nullable=True),
        sa.Column("flags", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"], ["households.id"], name=op.f("fk_cases_household_id_households")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_status"), ["status"], unique=False)

    op.create_table(
        "household_members",
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("relation", sa.String(length=30), nullable=False),
        sa.Column("is_head", sa.Boolean(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_household_members_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["households.id"],
            name=op.f("fk_household_members_household_id_households"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_members_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_members_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "identifiers",
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("value", sa.String(length=60), nullable=False),
        sa.Column("issued_by", sa.String(length=100), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_identifiers_beneficiary_id_beneficiaries"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identifiers")),
    )
    with op.batch_alter_table("identifiers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identifiers_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_identifiers_value"), ["value"], unique=False)

    op.create_table(
        "rooms",
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("beds", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"], ["apartments.id"], name=op.f("fk_rooms_apartment_id_apartments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rooms")),
    )
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rooms_apartment_id"), ["apartment_id"], unique=False)

    op.create_table(
        "sent_bundles",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("target_device", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("vector", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["target_device"], ["devices.id"], name=op.f("fk_sent_bundles_target_device_devices")
        ),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sent_bundles")),
    )
    op.create_table(
        "assessments",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("framework_key", sa.String(length=40), nullable=False),
        sa.Column("framework_version", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_assessments_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_assessments_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_assessments_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
    )
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessments_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_assessments_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_educators",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_educators_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_case_educators_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_educators")),
    )
    with op.batch_alter_table("case_educators", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_educators_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_educators_operator_id"), ["operator_id"], unique=False
        )

    op.create_table(
        "case_status_changes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_status_changes_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"],
            ["operators.id"],
            name=op.f("fk_case_status_changes_operator_id_operators"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_status_changes")),
    )
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_status_changes_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "documents",
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("doc_type", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", BIG_INT, nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("uploaded_by", sa.String(length=36), nullable=True),
        sa.Column("uploaded_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_documents_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_documents_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["uploaded_by"], ["operators.id"], name=op.f("fk_documents_uploaded_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_documents_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_expires_on"), ["expires_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_sha256"), ["sha256"], unique=False)

    op.create_table(
        "events",
        sa.Column("area", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("series_until", sa.DateTime(), nullable=True),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("rrule", sa.String(length=300), nullable=True),
        sa.Column("apartment_id", sa.String(length=36), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("case_id", sa.String(length=36), nullable=True),
        sa.Column("organizer_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("mediation_parties", sa.Text(), nullable=True),
        sa.Column("mediation_agreement", sa.Text(), nullable=True),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"], ["apartments.id"], name=op.f("fk_events_apartment_id_apartments")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_events_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["organizer_id"], ["operators.id"], name=op.f("fk_events_organizer_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_apartment_id"), ["apartment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_organizer_id"), ["organizer_id"], unique=False)
        batch_op.create_index("ix_events_range", ["starts_at", "series_until"], unique=False)

    op.create_table(
        "maintenance_requests",
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("room_id", sa.String(length=36), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(length=150), nullable=True),
        sa.Column("assignee", sa.String(length=150), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("cost_cents", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"],
            ["apartments.id"],
            name=op.f("fk_maintenance_requests_apartment_id_apartments"),
        ),
        sa.ForeignKeyConstraint(
            ["room_id"], ["rooms.id"], name=op.f("fk_maintenance_requests_room_id_rooms")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_requests")),
    )
    with op.batch_alter_table("maintenance_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_requests_apartment_id"), ["apartment_id"], unique=False
        )

    op.create_table(
        "notes",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=True),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.Column("corrects_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["operators.id"], name=op.f("fk_notes_author_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_notes_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_notes_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["corrects_id"], ["notes.id"], name=op.f("fk_notes_corrects_id_notes")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index("ix_notes_case_date", ["case_id", "date"], unique=False)

    op.create_table(
        "participant_sheets",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("moment", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("labour_status", sa.String(length=40), nullable=False),
        sa.Column("isced_level", sa.Integer(), nullable=True),
        sa.Column("household_situation", sa.String(length=60), nullable=True),
        sa.Column("disadvantages", sa.String(length=300), nullable=False),
        sa.Column("migrant_background", sa.String(length=20), nullable=True),
        sa.Column("disability", sa.String(length=20), nullable=True),
        sa.Column("homeless", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_participant_sheets_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_participant_sheets_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_sheets")),
    )
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_sheets_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_participant_sheets_case_id"), ["case_id"], unique=False
        )

    op.create_table(
        "plans",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("version_no", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("agreed_on", sa.Date(), nullable=True),
        sa.Column("agreed_with", sa.String(length=150), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("next_review_due", sa.Date(), nullable=True),
        sa.Column("previous_plan_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_plans_case_id_cases")),
        sa.ForeignKeyConstraint(
            ["previous_plan_id"], ["plans.id"], name=op.f("fk_plans_previous_plan_id_plans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plans_next_review_due"), ["next_review_due"], unique=False
        )

    op.create_table(
        "stays",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("room_id", sa.String(length=36), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("planned_end", sa.Date(), nullable=False),
        sa.Column("actual_end", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"], ["apartments.id"], name=op.f("fk_stays_apartment_id_apartments")
        ),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], name=op.f("fk_stays_case_id_cases")),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_stays_room_id_rooms")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stays")),
    )
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stays_apartment_id"), ["apartment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stays_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            "ix_stays_room_dates", ["room_id", "start_date", "planned_end"], unique=False
        )

    op.create_table(
        "agreements",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("stay_id", sa.String(length=36), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("duration_months", sa.Integer(), nullable=False),
        sa.Column("monthly_contribution_cents", sa.Integer(), nullable=False),
        sa.Column("house_rules_version", sa.String(length=20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_agreements_case_id_cases")
        ),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stays.id"], name=op.f("fk_agreements_stay_id_stays")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_case_id"), ["case_id"], unique=False)

    op.create_table(
        "assessment_scores",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
            name=op.f("fk_assessment_scores_assessment_id_assessments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_scores")),
    )
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assessment_scores_assessment_id"), ["assessment_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("occurrence_start", sa.DateTime(), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("marked_at", sa.DateTime(), nullable=False),
        sa.Column("marked_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_attendance_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_attendance_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["marked_by"], ["operators.id"], name=op.f("fk_attendance_marked_by_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_exceptions",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("original_start", sa.DateTime(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("new_start", sa.DateTime(), nullable=True),
        sa.Column("new_end", sa.DateTime(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_exceptions_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_exceptions")),
    )
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_exceptions_event_id"), ["event_id"], unique=False
        )

    op.create_table(
        "goals",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("domain", sa.String(length=40), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=True),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_goals_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goals")),
    )
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goals_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "handovers",
        sa.Column("stay_id", sa.String(length=36), nullable=True),
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("keys_count", sa.Integer(), nullable=False),
        sa.Column("keys_notes", sa.Text(), nullable=True),
        sa.Column("meter_electricity", sa.String(length=30), nullable=True),
        sa.Column("meter_gas", sa.String(length=30), nullable=True),
        sa.Column("meter_water", sa.String(length=30), nullable=True),
        sa.Column("inventory", sa.Text(), nullable=True),
        sa.Column("condition", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"], ["apartments.id"], name=op.f("fk_handovers_apartment_id_apartments")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_handovers_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["stay_id"], ["stays.id"], name=op.f("fk_handovers_stay_id_stays")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handovers")),
    )
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handovers_apartment_id"), ["apartment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_handovers_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "inspections",
        sa.Column("apartment_id", sa.String(length=36), nullable=False),
        sa.Column("stay_id", sa.String(length=36), nullable=True),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["apartment_id"], ["apartments.id"], name=op.f("fk_inspections_apartment_id_apartments")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_inspections_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stays.id"], name=op.f("fk_inspections_stay_id_stays")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
    )
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspections_apartment_id"), ["apartment_id"], unique=False
        )

    op.create_table(
        "participants",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=60), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["beneficiary_id"],
            ["beneficiaries.id"],
            name=op.f("fk_participants_beneficiary_id_beneficiaries"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_participants_event_id_events")
        ),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_participants_operator_id_operators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participants_beneficiary_id"), ["beneficiary_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_participants_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_participants_operator_id"), ["operator_id"], unique=False
        )

    op.create_table(
        "reviews",
        sa.Column("plan_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("operator_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name=op.f("fk_reviews_operator_id_operators")
        ),
        sa.ForeignKeyConstraint(["plan_id"], ["plans.id"], name=op.f("fk_reviews_plan_id_plans")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "stay_extensions",
        sa.Column("stay_id", sa.String(length=36), nullable=False),
        sa.Column("previous_end", sa.Date(), nullable=False),
        sa.Column("new_end", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["stay_id"], ["stays.id"], name=op.f("fk_stay_extensions_stay_id_stays")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay_extensions")),
    )
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stay_extensions_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "agreement_warnings",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_warnings_agreement_id_agreements"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_warnings")),
    )
    with op.batch_alter_table("agreement_warnings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_warnings_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "contributions",
        sa.Column("agreement_id", sa.String(length=36), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("due_cents", sa.Integer(), nullable=False),
        sa.Column("paid_cents", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_contributions_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_contributions_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributions")),
    )
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contributions_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            "ix_contributions_agreement_period", ["agreement_id", "period"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_contributions_case_id"), ["case_id"], unique=False)

    op.create_table(
        "plan_actions",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=20), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_plan_actions_goal_id_goals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_actions")),
    )
    with op.batch_alter_table("plan_actions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_actions_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "review_outcomes",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goals.id"], name=op.f("fk_review_outcomes_goal_id_goals")
        ),
        sa.ForeignKeyConstraint(
            ["review_id"], ["reviews.id"], name=op.f("fk_review_outcomes_review_id_reviews")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_outcomes")),
    )
    with op.batch_alter_table("review_outcomes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_outcomes_review_id"), ["review_id"], unique=False
        )
    deferrable_foreign_keys()


def downgrade() -> None:
    with op.batch_alter_table("review_outcomes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_outcomes_review_id"))

    op.drop_table("review_outcomes")
    with op.batch_alter_table("plan_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_actions_goal_id"))

    op.drop_table("plan_actions")
    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contributions_case_id"))
        batch_op.drop_index("ix_contributions_agreement_period")
        batch_op.drop_index(batch_op.f("ix_contributions_agreement_id"))

    op.drop_table("contributions")
    with op.batch_alter_table("agreement_warnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_warnings_agreement_id"))

    op.drop_table("agreement_warnings")
    with op.batch_alter_table("stay_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_extensions_stay_id"))

    op.drop_table("stay_extensions")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_plan_id"))

    op.drop_table("reviews")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_operator_id"))
        batch_op.drop_index(batch_op.f("ix_participants_event_id"))
        batch_op.drop_index(batch_op.f("ix_participants_beneficiary_id"))

    op.drop_table("participants")
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspections_apartment_id"))

    op.drop_table("inspections")
    with op.batch_alter_table("handovers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handovers_stay_id"))
        batch_op.drop_index(batch_op.f("ix_handovers_apartment_id"))

    op.drop_table("handovers")
    with op.batch_alter_table("goals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goals_plan_id"))

    op.drop_table("goals")
    with op.batch_alter_table("event_exceptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_exceptions_event_id"))

    op.drop_table("event_exceptions")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_event_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_beneficiary_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("assessment_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessment_scores_assessment_id"))

    op.drop_table("assessment_scores")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_case_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.drop_index("ix_stays_room_dates")
        batch_op.drop_index(batch_op.f("ix_stays_case_id"))
        batch_op.drop_index(batch_op.f("ix_stays_apartment_id"))

    op.drop_table("stays")
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plans_next_review_due"))
        batch_op.drop_index(batch_op.f("ix_plans_case_id"))

    op.drop_table("plans")
    with op.batch_alter_table("participant_sheets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_sheets_case_id"))
        batch_op.drop_index(batch_op.f("ix_participant_sheets_beneficiary_id"))

    op.drop_table("participant_sheets")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index("ix_notes_case_date")

    op.drop_table("notes")
    with op.batch_alter_table("maintenance_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_requests_apartment_id"))

    op.drop_table("maintenance_requests")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_range")
        batch_op.drop_index(batch_op.f("ix_events_organizer_id"))
        batch_op.drop_index(batch_op.f("ix_events_case_id"))
        batch_op.drop_index(batch_op.f("ix_events_apartment_id"))

    op.drop_table("events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_sha256"))
        batch_op.drop_index(batch_op.f("ix_documents_expires_on"))
        batch_op.drop_index(batch_op.f("ix_documents_case_id"))
        batch_op.drop_index(batch_op.f("ix_documents_beneficiary_id"))

    op.drop_table("documents")
    with op.batch_alter_table("case_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_status_changes_case_id"))

    op.drop_table("case_status_changes")
    with op.batch_alter_table("case_educators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_educators_operator_id"))
        batch_op.drop_index(batch_op.f("ix_case_educators_case_id"))

    op.drop_table("case_educators")
    with op.batch_alter_table("assessments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assessments_case_id"))
        batch_op.drop_index(batch_op.f("ix_assessments_beneficiary_id"))

    op.drop_table("assessments")
    op.drop_table("sent_bundles")
    with op.batch_alter_table("rooms", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rooms_apartment_id"))

    op.drop_table("rooms")
    with op.batch_alter_table("identifiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identifiers_value"))
        batch_op.drop_index(batch_op.f("ix_identifiers_beneficiary_id"))

    op.drop_table("identifiers")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_members_household_id"))
        batch_op.drop_index(batch_op.f("ix_household_members_beneficiary_id"))

    op.drop_table("household_members")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_status"))
        batch_op.drop_index(batch_op.f("ix_cases_household_id"))
        batch_op.drop_index(batch_op.f("ix_cases_code"))

    op.drop_table("cases")
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entries_entity")

    op.drop_table("audit_entries")
    with op.batch_alter_table("apartment_status", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_apartment_status_apartment_id"))

    op.drop_table("apartment_status")
    op.drop_table("tombstones")
    op.drop_table("pending_changes")
    with op.batch_alter_table("operators", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_operators_username"))

    op.drop_table("operators")
    op.drop_table("knowledge")
    op.drop_table("imported_bundles")
    op.drop_table("households")
    op.drop_table("erasures")
    op.drop_table("devices")
    op.drop_table("counters")
    with op.batch_alter_table("conflicts", schema=None) as batch_op:
        batch_op.drop_index("ix_conflicts_record")

    op.drop_table("conflicts")
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index("ix_changes_record")

    op.drop_table("changes")
    with op.batch_alter_table("beneficiaries", schema=None) as batch_op:
        batch_op.drop_index("ix_beneficiaries_name_birth")
        batch_op.drop_index(batch_op.f("ix_beneficiaries_code"))

    op.drop_table("beneficiaries")
    with op.batch_alter_table("apartments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_apartments_code"))

    op.drop_table("apartments")
