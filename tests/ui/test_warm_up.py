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
