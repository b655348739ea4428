"""The app's own start-up (``ui.app.start``): the frame, the sign-in, the attached window;
the attachment sweep waits until the first page and the Scadenze panel had the CPU."""

from __future__ import annotations

from rts_desktop.kernel.roles import Role
from rts_desktop.services.operators.login import Identity
from rts_desktop.ui import app as app_module


def test_the_sweep_runs_only_after_the_window_had_its_time(qtbot, db, monkeypatch):
    swept: list[object] = []
    monkeypatch.setattr(app_module, "SWEEP_DELAY_MS", 300)
    monkeypatch.setattr(app_module, "_sweep_in_background", lambda d, _r: swept.append(d))
    signed: list[object] = []

    def sign_in(window):  # type: ignore[no-untyped-def]
        signed.append(window)
        return db, Identity(None, "prova", "Prova", Role.COORDINATORE)

    _app, window, opened = app_module.start(sign_in)
    qtbot.addWidget(window)
    assert opened is db and signed == [window]
    assert swept == []  # not while the first page and the panel load
    qtbot.waitUntil(lambda: window.pages.currentWidget().is_loaded and window.deadlines.is_loaded)
    qtbot.waitUntil(lambda: swept == [db], timeout=3000)
    window.env.runner.wait()
