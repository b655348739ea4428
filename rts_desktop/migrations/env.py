"""Alembic environment: run programmatically on a connection handed over by the app."""

from __future__ import annotations

from alembic import context

from rts_desktop.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only through rts_desktop.db.migrate
    raise RuntimeError("migrations run through rts_desktop.db.migrate, not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
