"""The interface in English shows no Italian left over, in every window and dialog, on
every page of the main window and every tab of the case file; and every text 40% longer
(``RTS_TRANS_SCALE``, as a long translation would be) is still shown whole at 1366×768."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from rts_desktop.i18n.catalogue import read_ts, ts_path
from rts_desktop.ui import translations
from rts_desktop.ui.areas import areas
from tests.ui.windows_catalogue import OPENERS, demo_scene, open_window, settle

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "i18n"
TAG = re.compile(r"<[^>]*>|&nbsp;")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d")


def plain(text: str) -> str:
    text = TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip(" :…")


class ItalianTexts:
    """The catalogue's Italian texts whose English differs (and that are not English
    somewhere else): a whole text, or for a text with placeholders its longest fixed part."""

    def __init__(self) -> None:
        english = read_ts(ts_path(FOLDER, "en"))
        self.whole: set[str] = set()
        self.parts: set[str] = set()
        english_words: set[str] = set()
        for key, (_, translation) in english.items():
            english_words.update(plain(form) for form in translation.forms)
            if plain(translation.text) == plain(key.source):
                continue
            pieces = [plain(p) for p in PLACEHOLDER.split(key.source)]
            if len(pieces) == 1:
                self.whole.add(pieces[0])
                continue
            longest = max(pieces, key=len)
            if len(longest) >= 12 and " " in longest and longest not in plain(translation.text):
                self.parts.add(longest)
        self.whole -= english_words  # "Area", "Password", "Note": English words too

    def leftover(self, text: str) -> str | None:
        shown = plain(text)
        if not shown:
            return None
        if shown in self.whole:
            return shown
        return next((p for p in self.parts if p in shown), None)


def shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) of what ``window`` shows: titles, labels, buttons, tabs, headers,
    lists, placeholders and tooltips of its visible widgets."""
    found = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        name = type(widget).__name__
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            found += [(name, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model, orientation = widget.model(), widget.orientation()
            count = model.columnCount() if orientation.name == "Horizontal" else 0
            found += [(name, str(model.headerData(i, orientation) or "")) for i in range(count)]
        for action in QWidget.actions(widget):  # a view may name an attribute "actions"
            found.append((f"{name} action", action.text()))
    return found


def leftovers(window: QWidget, italian: ItalianTexts) -> list[str]:
    return [
        f"{where}: «{text}» (Italian «{hit}»)"
        for where, text in shown_texts(window)
        if (hit := italian.leftover(text))
    ]


@pytest.fixture(scope="module")
def english_scene(tmp_path_factory, qapp):
    translations.install(qapp, "en")
    try:
        with demo_scene(tmp_path_factory.mktemp("english")) as made:
            yield made
    finally:
        translations.install(qapp, "it")


@pytest.fixture(scope="module")
def italian():
    return ItalianTexts()


def test_the_italian_index_finds_a_known_text(italian):
    assert italian.leftover("&Salva") or italian.leftover("Salva:")


@pytest.mark.parametrize("cls", list(OPENERS), ids=lambda c: c.__name__)
def test_every_window_is_english(english_scene, italian, cls):
    window = open_window(english_scene, cls)
    try:
        found = leftovers(window, italian)
        assert not found, f"{cls.__name__}:\n" + "\n".join(found)
    finally:
        if window not in english_scene.kept:
            window.hide()
            window.deleteLater()
            settle()


def test_every_page_and_case_file_tab_is_english(english_scene, italian):
    window = english_scene.window
    found = []
    for area in areas():
        window.show_area(area.key)
        settle()
        found += [f"{area.key} {line}" for line in leftovers(window, italian)]
    file = english_scene.case_file
    for index in range(file.tabs.count()):
        file.tabs.setCurrentIndex(index)
        settle()
        found += [
            f"case file {file.tabs.tabText(index)} {line}" for line in leftovers(file, italian)
        ]
    assert not found, "\n".join(found)


def test_stretch_makes_texts_longer_without_touching_markup_or_placeholders():
    assert translations.stretch("Salva", 1.4) == "SalvaSa"
    assert translations.stretch("Caso {code}", 1.4).startswith("Caso {code}")
    assert "{" not in translations.stretch("Caso {code}", 1.4)[len("Caso {code}") :]
    assert translations.stretch("<b>Nome</b>", 1.4) == "<b>Nome</b>"


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("RTS_TRANS_SCALE")), reason="this is the stretched run")
def test_every_window_fits_with_texts_40_percent_longer_at_1366x768():
    environment = {
        **os.environ,
        "RTS_TEST_SCREEN": "1366x768",
        "RTS_TRANS_SCALE": "1.4",
        "QT_QPA_PLATFORM": "offscreen",
    }
    geometry = Path(__file__).with_name("test_geometry.py")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(geometry),
            "-k",
            "fits",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]


def test_switching_back_to_italian_leaves_no_english_behind(qapp):
    from PySide6.QtCore import QCoreApplication

    from rts_desktop.kernel.i18n import translate

    try:
        translations.install(qapp, "en")
        assert QCoreApplication.translate("board", "Alloggio / stanza") == "Apartment / room"
        assert translate("board", "%n liberi", 1) == "1 free"
    finally:
        translations.install(qapp, "it")
    assert QCoreApplication.translate("board", "Alloggio / stanza") == "Alloggio / stanza"
    assert QCoreApplication.translate("board", "%n liberi", None, 1) == "1 libero"
    assert translate("board", "%n liberi", 3) == "3 liberi"
