"""Text that fits and reads right: counts in the singular for one, month names on the board
never cut, people's codes whole in the search results, form labels whole ("Telefono"), the
apartment list in view beside the Scadenze panel.

Clipped labels and column headers of every window are checked in ``test_geometry.py``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from rts_desktop.kernel.i18n import translate
from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import BeneficiaryInput
from rts_desktop.ui.common.field_errors import FieldErrors
from rts_desktop.ui.common.text import WholeLabel
from rts_desktop.ui.housing import board_paint
from rts_desktop.ui.housing.page import HousingPage
from rts_desktop.ui.main_window import MainWindow
from rts_desktop.ui.plans.assessment_widget import AssessmentWidget
from rts_desktop.ui.plans.plan_editor import PlanEditor
from tests.services.housing.test_housing import make_apartment
from tests.services.plans.test_plans import make_case
from tests.ui.plans.test_plans_ui import add_goal

D = dt.date


def test_counts_are_singular_for_one_only():
    assert [translate("board", "%n liberi", n) for n in (0, 1, 2, 15000)] == [
        "0 liberi",
        "1 libero",
        "2 liberi",
        "15000 liberi",
    ]


def test_one_goal_and_one_assessment_read_in_the_singular(qtbot, env):
    case = make_case(env.db, env.ctx)
    editor = PlanEditor(env, case.id)
    qtbot.addWidget(editor)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    add_goal(qtbot, editor, "abitare", "Curare la casa", "Visite positive")
    assert editor.version.currentText().endswith("· 1 obiettivo")

    widget = AssessmentWidget(env, case.id)
    qtbot.addWidget(widget)
    scoring = widget.make_scoring_dialog()
    qtbot.addWidget(scoring)
    scoring.choose("abitare", 3)
    scoring.save()
    assert scoring.result is not None
    widget.reload()
    assert widget.summary.text().endswith("· 1 valutazione")
    assert widget.person.currentText().endswith("(1 valutazione)")


class RecordingPainter:
    """The board's painter, remembering the month names drawn in the header band."""

    def __init__(self, painter) -> None:  # type: ignore[no-untyped-def]
        self.painter = painter
        self.months: list[tuple[str, float, float]] = []

    def drawText(self, rect, flags, text):  # type: ignore[no-untyped-def]
        if rect.top() < 10:  # the month band
            advance = QFontMetricsF(self.painter.font()).horizontalAdvance(text)
            self.months.append((text, advance, rect.width()))
        return self.painter.drawText(rect, flags, text)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.painter, name)


def test_the_board_never_cuts_a_month_name(qtbot, env, db, ctx, monkeypatch):
    make_apartment(db, ctx)
    page = HousingPage(env)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    board = page.board.board
    seen: list[RecordingPainter] = []
    real = board_paint.paint_header

    def recording(p, g, today):  # type: ignore[no-untyped-def]
        seen.append(RecordingPainter(p))
        real(seen[-1], g, today)

    monkeypatch.setattr(board_paint, "paint_header", recording)
    names = set()
    for start, zoom in ((D(2026, 11, 28), "quarter"), (D(2026, 11, 24), "quarter"),
                        (D(2026, 11, 29), "month"), (D(2026, 10, 20), "quarter")):  # fmt: skip
        board.set_period(start, zoom)
        board.viewport().grab()
        months = seen[-1].months
        assert months, "the header was painted"
        for text, advance, room in months:
            assert advance <= room, (text, advance, room)
            names.add(text)
    assert "dicembre 2026" in names and "novembre 2026" in names
    assert {"nov 2026", "nov", ""} & names  # a few days of November: shortened, not cut


def test_search_results_show_names_and_codes_whole(qtbot, env, db, ctx):
    for first, last in (("Maria Guadalupe", "Fernández de la Concepción"), ("Mario", "Rossi")):
        people.create_beneficiary(
            db, ctx, BeneficiaryInput(first_name=first, last_name=last), confirm_new=True
        )
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(window.search, "mari")
    popup = window.search.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 2
    texts = [popup.model().index(r, 0).data() for r in range(2)]
    assert any("Fernández de la Concepción" in t and "BEN-" in t for t in texts)
    widest = max(popup.fontMetrics().horizontalAdvance(t) for t in texts)
    assert popup.viewport().width() >= widest + 4
    assert popup.screen().availableGeometry().contains(popup.geometry())


def test_form_labels_are_as_wide_as_their_letters(qtbot):
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    phone = QLineEdit()
    FieldErrors().add(layout, "&Telefono", phone, "phone")
    form.show()
    qtbot.waitExposed(form)
    label = layout.labelForField(layout.itemAt(0, QFormLayout.ItemRole.FieldRole).widget())
    assert isinstance(label, WholeLabel)
    ink = label.fontMetrics().boundingRect("Telefono").width()
    assert label.fontMetrics().horizontalAdvance("Telefono") < ink  # the last "o" overhangs
    assert label.width() >= ink


def test_the_apartment_list_fits_beside_the_deadlines_at_1280(qtbot, env, db, ctx):
    """At 1280×720 with the Scadenze panel open, every column of the Elenco alloggi is in
    view, the status whole ("Parzialmente occupato"), the address on one line."""
    from rts_desktop.services.housing import stays
    from tests.services.housing.test_housing import make_case, room

    apartment = make_apartment(db, ctx)
    stays.plan_stay(
        db, ctx, make_case(db, ctx).id, apartment.id, room(apartment, "Camera 2").id, 2,
        D(2026, 11, 1), D(2027, 2, 1),
    )  # fmt: skip
    window = MainWindow(env)
    qtbot.addWidget(window)
    window.resize(1280, 680)  # the screen less a title bar and a taskbar
    window.show()
    qtbot.waitExposed(window)
    assert window.deadlines_dock.isVisible()
    window.show_area("housing")
    page = window.pages.currentWidget()
    page.tabs.setCurrentWidget(page.apartments)
    table = page.apartments.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.wait(50)  # laid out
    assert table.horizontalScrollBar().maximum() == 0, "no column beyond the right edge"
    metrics = table.fontMetrics()
    for column, text in ((1, "Via Padova 12"), (7, "Parzialmente occupato")):
        assert table.model().index(0, column).data() == text
        assert table.columnWidth(column) >= metrics.horizontalAdvance(text) + 6, text
