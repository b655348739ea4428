"""Storage lifecycle: engines, sessions, migrations, backups, checks."""

from rts_desktop.db import dialects  # noqa: F401  (registers the per-engine SQL)
from rts_desktop.db.database import Database
from rts_desktop.db.init import init_database
from rts_desktop.db.migrate import open_database

__all__ = ["Database", "init_database", "open_database"]
