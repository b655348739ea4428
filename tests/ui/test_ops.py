"""ui/ops: the one way a view writes — off the GUI thread, errors shown once, changes told."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QFormLayout, QLineEdit, QMessageBox, QWidget

from rts_desktop.kernel.changes import Aggregate, Changes
from rts_desktop.kernel.roles import Role
from rts_desktop.ui.common.field_errors import FieldErrors
from rts_desktop.ui.common.hub_listener import HubListener
from rts_desktop.ui.env import UiEnv
from rts_desktop.ui.worker import ThreadRunner
from tests.db.test_operations import add_apartment


def test_a_write_tells_the_views_who_made_it(qtbot, env):
    owner, other = QWidget(), QWidget()
    qtbot.addWidget(owner)
    qtbot.addWidget(other)
    heard: list[Changes] = []
    HubListener(other, env.db, (Aggregate.APARTMENTS,), heard.append)
    seen_enabled: list[bool] = []
    results: list[str] = []

    def write(db, ctx, code):
        seen_enabled.append(owner.isEnabled())
        return add_apartment(db, ctx, code)

    env.ops.write(owner, write, "ALL-1", on_done=results.append)
    qtbot.waitUntil(lambda: bool(heard))
    assert seen_enabled == [False]  # no second click while it runs
    assert owner.isEnabled()
    assert heard[0].initiator is owner
    assert heard[0].ids_of(Aggregate.APARTMENTS) == set(results)


def test_a_field_error_goes_next_to_its_field(qtbot, env, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    errors = FieldErrors()
    errors.add(layout, "Codice", QLineEdit(), "code")
    done: list[object] = []
    env.ops.write(form, add_apartment, "ALL-2", fail=True, on_done=done.append, errors=errors)
    assert errors.message("code") == "no"
    assert boxes == [] and done == []
    assert form.isEnabled()


def test_any_other_error_is_one_message_box(qtbot, env, monkeypatch):
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: boxes.append(a[2]))
    owner = QWidget()
    qtbot.addWidget(owner)
    social_worker = UiEnv(
        env.db, dataclasses.replace(env.ctx, role=Role.ASSISTENTE_SOCIALE), env.runner
    )
    social_worker.ops.write(owner, add_apartment, "ALL-3")
    assert boxes == ["Il tuo ruolo non consente questa operazione."]
    handled: list[BaseException] = []
    social_worker.ops.write(owner, add_apartment, "ALL-3", on_error=lambda e: not handled.append(e))
    assert len(handled) == 1 and len(boxes) == 1


def test_the_write_runs_on_a_worker_thread_in_the_app(qtbot, env):
    import threading

    threaded = UiEnv(env.db, env.ctx, ThreadRunner())
    owner = QWidget()
    qtbot.addWidget(owner)
    threads: list[str] = []
    done: list[str] = []

    def write(db, ctx):
        threads.append(threading.current_thread().name)
        return add_apartment(db, ctx, "ALL-4")

    threaded.ops.write(owner, write, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert threads and threads[0] != threading.main_thread().name
    assert owner.isEnabled()


def test_a_window_closed_while_its_write_runs_is_not_touched_but_others_hear(qtbot, env):
    import shiboken6

    owner, other = QWidget(), QWidget()
    qtbot.addWidget(other)
    heard: list[Changes] = []
    HubListener(other, env.db, (Aggregate.APARTMENTS,), heard.append)
    done: list[str] = []

    def write(db, ctx):
        value = add_apartment(db, ctx, "ALL-5")
        shiboken6.delete(owner)  # the person closed the window meanwhile
        return value

    env.ops.write(owner, write, on_done=done.append)
    assert done == []
    assert len(heard) == 1


def test_a_dialog_cannot_be_closed_while_its_save_runs(qtbot, env):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    visible_after_close: list[bool] = []

    def write(db, ctx):
        dialog.close()  # the title-bar X while the save runs
        visible_after_close.append(dialog.isVisible())
        return add_apartment(db, ctx, "ALL-6")

    env.ops.write(dialog, write, on_done=lambda _v: dialog.accept())
    assert visible_after_close == [True]
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.show()
    dialog.close()  # afterwards it closes as usual
    assert not dialog.isVisible()


def test_the_owner_gets_back_the_state_it_had(qtbot, env):
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.setEnabled(False)  # e.g. a button with nothing selected
    env.ops.write(owner, add_apartment, "ALL-7")
    assert not owner.isEnabled()


def test_what_committed_before_a_failure_is_still_told(qtbot, env, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[Changes] = []
    env.db.hub.subscribe(heard.append)

    def two_steps(db, ctx):
        add_apartment(db, ctx, "ALL-8")
        raise RuntimeError("the second step failed")

    env.ops.write(owner, two_steps)
    assert len(heard) == 1 and heard[0].touches(Aggregate.APARTMENTS)
