"""The global search box (Ctrl+F): people by name, code or codice fiscale, as you type.

The query runs on the background runner (a rare name scans the whole table: ~20 ms on 20,000
people, more than a frame); while one runs, keystrokes only remember the latest text, which
is looked up when the running query answers (answers for older text are dropped)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from rts_desktop.services.cases import people
from rts_desktop.services.cases.people import PersonHit
from rts_desktop.ui.env import UiEnv

MIN_CHARS = 2


class GlobalSearch(QLineEdit):
    """Emits ``person_chosen(beneficiary id)`` when a hit is picked (Enter or click)."""

    person_chosen = Signal(str)

    def __init__(self, env: UiEnv) -> None:
        super().__init__()
        self.env = env
        self.hits: list[PersonHit] = []
        self._running = False
        self._pending: str | None = None
        self.setObjectName("global_search")
        self.setPlaceholderText(self.tr("Cerca persona: nome, codice, codice fiscale (Ctrl+F)"))
        self.setAccessibleName(self.tr("Cerca persona"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(220)
        self.resize(360, self.height())
        self.list_model = QStringListModel(self)
        self.completer_ = QCompleter(self.list_model, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self._picked_text)
        self.textEdited.connect(self.lookup)
        self.returnPressed.connect(self._enter)

    def lookup(self, text: str) -> None:
        if len(text.strip()) < MIN_CHARS:
            self.hits = []
            self._pending = None
            self.list_model.setStringList([])
            self.completer_.popup().hide()
            return
        if self._running:
            self._pending = text
            return
        self._running = True
        db = self.env.db
        self.env.runner.run(
            lambda _p: people.search_people(db, text, limit=15, ctx=self.env.ctx),
            on_success=lambda hits: self._answered(text, hits),
            on_error=lambda _exc: self._answered(text, []),
        )

    def _answered(self, text: str, hits: list[PersonHit]) -> None:
        self._running = False
        pending, self._pending = self._pending, None
        if pending is not None and pending != text:
            self.lookup(pending)
            return
        if self.text() != text:  # cleared or changed without an edit (e.g. a pick)
            return
        self.hits = hits
        self.list_model.setStringList([self.describe(h) for h in self.hits])
        if self.hits:
            self.completer_.complete(self.popup_rect())
        else:
            self.completer_.popup().hide()

    def popup_rect(self) -> QRect:
        """Under the box, as wide as the longest hit (name, code and birth date are never
        cut), at least as wide as the box; Qt keeps it on the screen."""
        popup = self.completer_.popup()
        frame = popup.frameWidth() * 2
        bar = popup.verticalScrollBar().sizeHint().width()
        wanted = popup.sizeHintForColumn(0) + frame + bar + 8
        return QRect(0, 0, max(self.width(), wanted), self.height())

    def describe(self, hit: PersonHit) -> str:
        born = hit.birth_date.strftime("%d/%m/%Y") if hit.birth_date else "—"
        return f"{hit.full_name} · {hit.code} · {born}"

    def _picked_text(self, text: str) -> None:
        for hit in self.hits:
            if self.describe(hit) == text:
                self.choose(hit)
                return

    def _enter(self) -> None:
        if len(self.hits) == 1 or (self.hits and not self.completer_.popup().isVisible()):
            self.choose(self.hits[0])

    def choose(self, hit: PersonHit) -> None:
        self.completer_.popup().hide()
        self.clear()
        self.hits = []
        self.person_chosen.emit(hit.id)
