"""The commands that are about a SQLite file say what to do on a server instead."""

from __future__ import annotations

import pytest

from rts_desktop.cli import main
from tests import engines

pytestmark = pytest.mark.skipif(not engines.on_postgresql(), reason="a server database")


@pytest.mark.parametrize(("command", "tool"), [("backup", "pg_dump"), ("restore", "pg_restore")])
def test_file_backups_of_a_server_point_to_its_tools(db, tmp_path, capsys, command, tool):
    extra = [str(tmp_path / "copia.rtsbackup")] if command == "restore" else []
    code = main([command, "--db-url", db.url, *extra])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and tool in err, err
    assert "Traceback" not in err
