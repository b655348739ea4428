"""The warm-up imports, on its own thread, every module the attached window needs first."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import sys
from rts_desktop.ui.login.warm_up import MODULES, start_warm_up
assert not any(name in sys.modules for name in MODULES)
start_warm_up().join()
missing = [name for name in MODULES if name not in sys.modules]
import rts_desktop.models as models
print(missing, models.Case.__mapper__.configured)
"""


def test_the_warm_up_imports_the_window_modules_and_configures_the_mappers():
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split("\n")[-2]
    assert out == "[] True"


FRAME = """
import sys
import rts_desktop.ui.app, rts_desktop.ui.main_window, rts_desktop.ui.login.session
print(sorted({name.split('.')[0] for name in sys.modules} & {'sqlalchemy', 'alembic', 'reportlab'}))
"""


def test_the_frame_and_the_login_window_load_no_database_or_pdf_library():
    """What shows first stays light: SQLAlchemy and the rest load while she types."""
    out = subprocess.run(
        [sys.executable, "-c", FRAME], capture_output=True, text=True, check=True, timeout=120
    ).stdout.split("\n")[-2]
    assert out == "[]"
