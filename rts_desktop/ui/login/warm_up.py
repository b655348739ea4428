"""While the person types her password, import what the attached window needs.

The login window waits for her anyway; the modules the main window builds right after it
(the Oggi page, the Scadenze panel, the search, the session's lock and account button,
the sync badge) and SQLAlchemy's mapper set-up are most of what stood between "Entra" and
a window with data. A plain thread imports them meanwhile; ``sign_in`` waits for it before
the window is attached, so nothing is imported by two threads at once after that.
"""

from __future__ import annotations

import importlib
import logging
import threading

#: what ``MainWindow.attach`` and ``start_session`` import, first page first
MODULES = (
    "rts_desktop.ui.today.page",
    "rts_desktop.services.today",
    "rts_desktop.ui.common.deadlines_panel",
    "rts_desktop.ui.common.deadlines_feed",
    "rts_desktop.ui.common.global_search",
    "rts_desktop.ui.common.hub_listener",
    "rts_desktop.ui.login.account",
    "rts_desktop.ui.login.lock",
    "rts_desktop.sync.api",
    "rts_desktop.sync.badge",
    "rts_desktop.db.attachments",
)


def _work() -> None:
    try:
        from sqlalchemy.orm import configure_mappers

        import rts_desktop.models  # noqa: F401 - the mappers configured below

        configure_mappers()
        for name in MODULES:
            importlib.import_module(name)
    except ImportError:  # the GUI thread imports them again and says what fails
        logging.getLogger("rts_desktop").warning("warm-up import failed", exc_info=True)


def start_warm_up() -> threading.Thread:
    """The imports, started on a daemon thread; join it before using the window."""
    thread = threading.Thread(target=_work, name="rts-warm-up", daemon=True)
    thread.start()
    return thread
