"""``python -m rts_desktop`` behaves like the ``rts-desktop`` command."""

import multiprocessing
import sys

from rts_desktop.cli import main

if __name__ == "__main__":
    # batch printing starts worker processes: a frozen (PyInstaller) build needs this first
    multiprocessing.freeze_support()
    sys.exit(main())
