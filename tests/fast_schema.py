"""New SQLite test databases start from a copy of the migrated schema.

Running the migration chain on every new file costs ~0.35 s, and most tests make one. The
first new database of the session (plain and encrypted: one each) is migrated for real;
every later one is a copy of it, re-encrypted with its own key (``PRAGMA rekey``), so
each keeps its own data key, device and operators. A test about migrating a new file
itself is marked ``real_migrations`` and runs the chain.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rts_desktop.db import migrate
from rts_desktop.db.backup import connect_file
from rts_desktop.db.engine import key_pragma, make_engine

TEMPLATE_KEY = bytes(range(32))
_templates: dict[bool, Path] = {}
_real = migrate._migrate


def _template(encrypted: bool, head: str) -> Path:
    found = _templates.get(encrypted)
    if found is None:
        folder = Path(tempfile.mkdtemp(prefix="rts-schema-"))
        found = folder / "schema.db"
        key = TEMPLATE_KEY if encrypted else None
        engine = make_engine(f"sqlite:///{found}", key=key)
        try:
            _real(engine, found, None, True, head, key)
        finally:
            engine.dispose()
        _templates[encrypted] = found
    return found


def fast_migrate(
    engine: Any, path: Path | None, current: str | None, fresh: bool, head: str, key: Any = None
) -> None:
    """``migrate._migrate`` copying the session's migrated schema into a new SQLite file."""
    empty = path is not None and (not path.exists() or path.stat().st_size == 0)
    if not (fresh and current is None and empty):
        _real(engine, path, current, fresh, head, key)
        return
    assert path is not None
    engine.dispose()  # no connection holds the empty file that the copy replaces
    shutil.copyfile(_template(key is not None, head), path)
    if key is not None:
        con = connect_file(path, TEMPLATE_KEY)
        try:
            con.execute(key_pragma(key).replace("PRAGMA key", "PRAGMA rekey", 1))
        finally:
            con.close()


def installed(patch: Callable[[Any, str, Any], None]) -> None:
    patch(migrate, "_migrate", fast_migrate)
