"""The extractor finds every kind of marked text, under the right context, and reports the
texts it cannot put in the catalogue."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rts_desktop.i18n.extract import Key, extract
from rts_desktop.i18n.literals import bypassing

SOURCE = """
from PySide6.QtCore import QCoreApplication
from rts_desktop.kernel.i18n import N_, noop, translator

_tr = translator("Moduli")
LABELS = {"a": noop("Etichette", "Affitto")}


class Finestra(QWidget):
    def build(self, n, value):
        self.tr("Salva")
        self.tr("Apri", "menu")
        self.tr("%n obiettivi", "", n)
        self.tr("Nuovo " "caso")
        QCoreApplication.translate("Altro", "Chiudi")
        self.tr(value)
        self.tr(value)  # i18n: dynamic

    class Interna:
        def f(self):
            return self.tr("Dentro")


def funzione(n):
    _tr("Uscita")
    _tr("%n posti", n=n)
    N_("Il caso {code} è chiuso.").format(code="X")
    other("Non marcato")
    QWidget.tr("Statico")
"""


def catalogue(tmp_path: Path):  # type: ignore[no-untyped-def]
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "mod.py").write_text(textwrap.dedent(SOURCE), encoding="utf-8")
    return extract(package)


def test_every_kind_of_marked_text_is_found_under_its_context(tmp_path):
    found = catalogue(tmp_path)
    keys = set(found.entries)
    assert keys == {
        Key("Finestra", "Salva"),
        Key("Finestra", "Apri", "menu"),
        Key("Finestra", "%n obiettivi"),
        Key("Finestra", "Nuovo caso"),
        Key("Altro", "Chiudi"),
        Key("Interna", "Dentro"),
        Key("Moduli", "Uscita"),
        Key("Moduli", "%n posti"),
        Key("Etichette", "Affitto"),
        Key("errors", "Il caso {code} è chiuso."),
    }
    numerus = {k.source for k, e in found.entries.items() if e.numerus}
    assert numerus == {"%n obiettivi", "%n posti"}
    assert found.entries[Key("Finestra", "Salva")].files == {"pkg/mod.py"}


def test_a_text_that_is_not_a_literal_is_reported_unless_declared(tmp_path):
    found = catalogue(tmp_path)
    assert len(found.problems) == 2
    problem, static = found.problems
    assert "QWidget.tr() translates in the context 'QWidget'" in static.what
    assert problem.path == "pkg/mod.py" and "not a literal" in problem.what
    assert str(problem).startswith("pkg/mod.py:16:")


def test_a_literal_shown_by_a_widget_without_translation_is_found(tmp_path):
    path = tmp_path / "view.py"
    path.write_text(
        textwrap.dedent("""
        label = QLabel("Nome del nucleo")
        box.setToolTip(self.tr("Tradotto"))
        QMessageBox.warning(self, "Attenzione", text)
        button = QPushButton("…")
        html.setText("<b>" + value + "</b>")
        shot.setText("Amina")  # i18n: dynamic
        """),
        encoding="utf-8",
    )
    found = [p.what for p in bypassing(path, "view.py")]
    assert found == [
        "QLabel() shows 'Nome del nucleo' without translation",
        "warning() shows 'Attenzione' without translation",
    ]
