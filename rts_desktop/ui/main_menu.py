"""The main window's menu bar: File, Modifica, Visualizza (with Lingua), Aiuto, with the usual
shortcuts.

The window gives what the actions do (``MenuTarget``); the areas come from ``areas()``, so a
new area gets its entry and its Ctrl+number in Visualizza without touching this module.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QMenu, QMessageBox

from rts_desktop import APP_NAME
from rts_desktop.kernel import config
from rts_desktop.kernel.i18n import (
    LANGUAGES,
    current_language,
    noop,
    translate,
    translator,
    using_language,
)
from rts_desktop.ui.areas import Area
from rts_desktop.ui.help_dialogs import AboutDialog, ShortcutsDialog


class MenuTarget(Protocol):
    """What the menus ask of the main window."""

    nav: QListWidget

    def new_case(self) -> None: ...
    def print_current(self) -> None: ...
    def can_print(self) -> bool: ...
    def focus_search(self) -> None: ...


#: Modifica's entries: (text, shown keys, the widget's slot, the key it answers to); they
#: are shown but not bound, so a field or a table keeps handling its own Ctrl+C
EDIT_ENTRIES = (
    (noop("MainMenu", "&Annulla"), QKeySequence.StandardKey.Undo, "undo", Qt.Key.Key_Z),
    (noop("MainMenu", "&Ripeti"), QKeySequence.StandardKey.Redo, "redo", Qt.Key.Key_Y),
    (noop("MainMenu", "Ta&glia"), QKeySequence.StandardKey.Cut, "cut", Qt.Key.Key_X),
    (noop("MainMenu", "&Copia"), QKeySequence.StandardKey.Copy, "copy", Qt.Key.Key_C),
    (noop("MainMenu", "&Incolla"), QKeySequence.StandardKey.Paste, "paste", Qt.Key.Key_V),
    (
        noop("MainMenu", "&Seleziona tutto"),
        QKeySequence.StandardKey.SelectAll,
        "selectAll",
        Qt.Key.Key_A,
    ),
)

_tr = translator("MainMenu")


def save_language(lang: str) -> None:
    """Keep ``lang`` for the next start (the setting ``ui.language``)."""
    settings = config.Settings()
    settings.set(config.LANGUAGE, lang)
    settings.save()


def language_changed_text(lang: str) -> str:
    """What the person is told after choosing ``lang``, in that language's words."""
    with using_language(lang):
        return _tr("La lingua cambierà al prossimo avvio.")


def forward_to_focus(slot: str, key: Qt.Key) -> None:
    """Copy, paste...: to the field that has the focus (its slot, else its Ctrl+key)."""
    widget = QApplication.focusWidget()
    if widget is None:
        return
    method = getattr(widget, slot, None)
    if callable(method):
        method()
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.ControlModifier))


class MainMenu:
    """Builds the menus on ``window``; ``attached`` enables what needs the database."""

    def __init__(self, window: QMainWindow, target: MenuTarget, areas: Sequence[Area]) -> None:
        self.window, self.target = window, target
        bar = window.menuBar()
        bar.setObjectName("main_menu")
        self.file_menu = bar.addMenu(_tr("&File"))
        self.edit_menu = bar.addMenu(_tr("&Modifica"))
        self.view_menu = bar.addMenu(_tr("&Visualizza"))
        self.help_menu = bar.addMenu(_tr("A&iuto"))
        self.new_case = self._action(self.file_menu, _tr("&Nuovo caso…"), "Ctrl+N", target.new_case)
        self.print = self._action(self.file_menu, _tr("S&tampa…"), "Ctrl+P", target.print_current)
        self.file_menu.addSeparator()
        self.quit = self._action(
            self.file_menu, _tr("&Esci"), "Ctrl+Q", QApplication.closeAllWindows
        )
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self._build_edit()
        self._build_view(areas)
        self.shortcuts = self._action(
            self.help_menu, _tr("&Scorciatoie da tastiera"), "F1", self.show_shortcuts
        )
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.about = self._action(
            self.help_menu,
            _tr("&Informazioni su %1").replace("%1", APP_NAME),
            None,
            self.show_about,
        )
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in (self.new_case, self.print, self.find):
            action.setEnabled(False)  # until the database is attached

    def _action(
        self, menu: QMenu, text: str, keys: str | None, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.window.addAction(action)  # the shortcut works with the menu bar hidden too
        return action

    def _build_edit(self) -> None:
        self.edit_actions: list[QAction] = []
        for text, standard, slot, key in EDIT_ENTRIES:
            shown = QKeySequence(standard).toString(QKeySequence.SequenceFormat.NativeText)
            label = translate("MainMenu", text)  # i18n: dynamic
            action = QAction(f"{label}\t{shown}", self.window)
            action.triggered.connect(lambda _c=False, s=slot, k=key: forward_to_focus(s, k))
            self.edit_menu.addAction(action)
            self.edit_actions.append(action)
        self.edit_menu.addSeparator()
        self.find = self._action(self.edit_menu, _tr("C&erca…"), "Ctrl+F", self.target.focus_search)

    def _build_view(self, areas: Sequence[Area]) -> None:
        self.area_group = QActionGroup(self.window)
        self.area_group.setExclusive(True)
        self.area_actions: list[QAction] = []
        nav = self.target.nav
        for index, area in enumerate(areas):
            keys = f"Ctrl+{index + 1}" if index < 9 else None
            action = self._action(
                self.view_menu, area.title, keys, lambda i=index: nav.setCurrentRow(i)
            )
            action.setCheckable(True)
            action.setData(area.key)
            self.area_group.addAction(action)
            self.area_actions.append(action)
        nav.currentRowChanged.connect(self._check_area)
        self._check_area(nav.currentRow())
        self.view_menu.addSeparator()
        self._build_language()

    def _build_language(self) -> None:
        """Lingua: one radio entry per language, each named in its own language."""
        self.language_menu = self.view_menu.addMenu(_tr("&Lingua"))
        self.language_menu.setObjectName("language_menu")
        self.language_group = QActionGroup(self.window)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGES.items():
            action = QAction(name, self.window)
            action.setCheckable(True)
            action.setChecked(lang == current_language())
            action.setData(lang)
            action.triggered.connect(lambda _c=False, chosen=lang: self.choose_language(chosen))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.view_menu.addSeparator()

    def choose_language(self, lang: str) -> None:
        """Save the language for the next start and say so in that language."""
        self.language_actions[lang].setChecked(True)
        save_language(lang)
        QMessageBox.information(self.window, LANGUAGES[lang], language_changed_text(lang))

    def _check_area(self, row: int) -> None:
        if 0 <= row < len(self.area_actions):
            self.area_actions[row].setChecked(True)
        self.refresh()

    def attached(self, deadlines_toggle: QAction) -> None:
        """The database is there: new case, search and print work; Scadenze in Visualizza."""
        deadlines_toggle.setText(_tr("Sca&denze"))
        self.view_menu.addAction(deadlines_toggle)
        self.new_case.setEnabled(True)
        self.find.setEnabled(True)
        self.refresh()

    def refresh(self) -> None:
        """Stampa… is there when the page shown can print."""
        if self.find.isEnabled():  # attached
            self.print.setEnabled(self.target.can_print())

    def show_shortcuts(self) -> ShortcutsDialog:
        actions = self.window.menuBar().actions() + self.window.actions()
        self.shortcuts_dialog = ShortcutsDialog(actions, self.window)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    def show_about(self) -> AboutDialog:
        self.about_dialog = AboutDialog(self.window)
        self.about_dialog.open()
        return self.about_dialog
