"""A section with hundreds of lines (a coordinator's day on a large service): the first
lines at once, the rest on the next turns of the event loop, in order, the place kept."""

from __future__ import annotations

from rts_desktop.ui.today.lines import Line
from rts_desktop.ui.today.section import FIRST_LINES, Section


def line(n: int) -> Line:
    return Line(f"riga {n}", f"suggerimento {n}", n)


def test_many_lines_come_in_batches_in_order(qtbot):
    section = Section("prova", "Prova", "Niente.")
    qtbot.addWidget(section)
    made: list[int] = []

    def make(n: int) -> Line:
        made.append(n)
        return line(n)

    section.show_items(list(range(500)), make)
    assert section.list.count() == FIRST_LINES and len(made) == FIRST_LINES
    assert section.heading.text() == "Prova (500)" and section.lines_shown == 500
    qtbot.waitUntil(lambda: section.list.count() == 500)
    assert [section.item_at(r) for r in range(500)] == list(range(500))
    assert made == list(range(500))  # each made once, when added


def test_a_reload_keeps_the_row_being_read_even_far_down(qtbot):
    section = Section("prova", "Prova", "Niente.")
    qtbot.addWidget(section)
    section.set_lines([line(n) for n in range(300)])
    section.complete()
    section.list.setCurrentRow(250)
    section.set_lines([line(n) for n in range(300)])
    assert section.list.count() == FIRST_LINES
    qtbot.waitUntil(lambda: section.list.count() == 300)
    assert section.list.currentRow() == 250


def test_a_new_list_replaces_batches_still_to_come(qtbot):
    section = Section("prova", "Prova", "Niente.")
    qtbot.addWidget(section)
    section.set_lines([line(n) for n in range(1000)])
    section.set_lines([line(n) for n in range(3)])
    qtbot.wait(50)
    assert [section.item_at(r) for r in range(section.list.count())] == [0, 1, 2]
    section.set_lines([])
    qtbot.wait(20)
    assert section.list.count() == 0 and section.list.isHidden() and not section.empty.isHidden()
