"""``python -m rts_desktop`` behaves like the ``rts-desktop`` command."""

import sys

from rts_desktop.cli import main

sys.exit(main())
