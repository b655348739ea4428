"""Scoring an autonomy assessment together with the beneficiary, one domain at a time.

Left: the domains with the score chosen so far. Right: the domain's description and every
level of the scale with its anchor text, large enough to read together across the table.
The previous score of the domain is shown as a reference, never pre-selected.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from rts_desktop.kernel.i18n import text_of
from rts_desktop.services.plans.assessments import AssessmentDTO, AssessmentInput, record_assessment
from rts_desktop.services.plans.frameworks import Framework
from rts_desktop.services.plans.listing import CaseMember
from rts_desktop.ui.common.dates import DateEdit, shows_date_errors
from rts_desktop.ui.common.field_errors import FieldErrors, error_label
from rts_desktop.ui.common.geometry import fit_to_screen
from rts_desktop.ui.env import UiEnv

UNSCORED = 0


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit()
        super().mousePressEvent(event)


class ScoringDialog(QDialog):
    def __init__(
        self,
        env: UiEnv,
        case_id: str,
        members: tuple[CaseMember, ...],
        framework: Framework,
        history: list[AssessmentDTO],
        beneficiary_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Valutazione dell'autonomia"))
        self.setObjectName("scoring_dialog")
        self.env, self.case_id, self.framework, self.history = env, case_id, framework, history
        self.scores: dict[str, int] = {}
        self.notes_by_domain: dict[str, str] = {}
        self.result: AssessmentDTO | None = None
        self._current = framework.domains[0].code
        self._build(members, beneficiary_id)
        self.domains.setCurrentRow(0)
        fit_to_screen(self, 980, 640)

    # --- layout ---------------------------------------------------------------------------
    def _build(self, members: tuple[CaseMember, ...], beneficiary_id: str | None) -> None:
        top = QFormLayout()
        self.general = error_label()
        self.errors = FieldErrors(self.general)
        self.person = QComboBox()
        self.person.setObjectName("person")
        for m in members:
            self.person.addItem(m.name, m.beneficiary_id)
        if beneficiary_id:
            self.person.setCurrentIndex(max(0, self.person.findData(beneficiary_id)))
        self.errors.add(top, self.tr("&Persona"), self.person, "beneficiary_id")
        self.date = DateEdit(self.env.ctx.today(), name="date")
        self.errors.add(top, self.tr("&Data"), self.date, "date")
        self.person.currentIndexChanged.connect(lambda _i: self._show_domain(self._current))

        self.domains = QListWidget()
        self.domains.setObjectName("domains")
        self.domains.setAccessibleName(self.tr("Ambiti"))
        self.domains.setMinimumWidth(250)
        for domain in self.framework.domains:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, domain.code)
            self.domains.addItem(item)
        self._refresh_list()
        self.domains.currentRowChanged.connect(self._row_changed)

        right = QVBoxLayout()
        self.domain_title = QLabel()
        self.domain_title.setObjectName("domain_title")
        self.domain_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.domain_text = QLabel()
        self.domain_text.setWordWrap(True)
        self.domain_text.setStyleSheet("color: #444;")
        self.previous = QLabel()
        self.previous.setObjectName("previous_score")
        self.previous.setStyleSheet("color: #555; font-style: italic;")
        right.addWidget(self.domain_title)
        right.addWidget(self.domain_text)
        right.addWidget(self.previous)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(6)
        self.levels = QButtonGroup(self)
        self.anchor_labels: dict[int, QLabel] = {}
        for row, step in enumerate(self.framework.scale):
            radio = QRadioButton(f"&{step.score}  {step.label}")
            radio.setObjectName(f"level_{step.score}")
            radio.setStyleSheet("font-weight: 600;")
            anchor = _ClickLabel()
            anchor.setWordWrap(True)
            anchor.setObjectName(f"anchor_{step.score}")
            anchor.clicked.connect(radio.click)
            self.levels.addButton(radio, step.score)
            self.anchor_labels[step.score] = anchor
            grid.addWidget(radio, row * 2, 0, 1, 2)
            grid.addWidget(anchor, row * 2 + 1, 1)
            grid.setColumnMinimumWidth(0, 24)
        none = QRadioButton(self.tr("&Non valutato (ambito non pertinente o non affrontato)"))
        none.setObjectName("level_none")
        self.levels.addButton(none, UNSCORED)
        grid.addWidget(none, len(self.framework.scale) * 2, 0, 1, 2)
        right.addLayout(grid)
        self.domain_note = QLineEdit()
        self.domain_note.setObjectName("domain_note")
        self.domain_note.setPlaceholderText(
            self.tr("Che cosa avete osservato insieme (facoltativo)")
        )
        note_row = QFormLayout()
        self.errors.add(note_row, self.tr("N&ota sull'ambito"), self.domain_note, "domain_notes")
        right.addLayout(note_row)
        right.addStretch(1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Ambito p&recedente"))
        self.next_button = QPushButton(self.tr("Ambito &successivo ▶"))
        self.prev_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(nav)
        self.levels.idClicked.connect(self._level_chosen)
        self.domain_note.textEdited.connect(self._note_edited)

        body = QHBoxLayout()
        body.addWidget(self.domains)
        panel = QWidget()
        panel.setLayout(right)
        body.addWidget(panel, 1)
        self.notes = QLineEdit()
        self.notes.setObjectName("notes")
        bottom = QFormLayout()
        self.errors.add(bottom, self.tr("Note &generali"), self.notes, "notes", "scores")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sa&lva valutazione"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    # --- behaviour ------------------------------------------------------------------------
    def _refresh_list(self) -> None:
        for row in range(self.domains.count()):
            item = self.domains.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            domain = self.framework.domain(code)
            assert domain is not None
            score = self.scores.get(code)
            mark = f"●  {score}" if score else "○  —"
            item.setText(f"{mark}   {domain.label}")

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self._show_domain(self.domains.item(row).data(Qt.ItemDataRole.UserRole))

    def _show_domain(self, code: str) -> None:
        self._current = code
        domain = self.framework.domain(code)
        assert domain is not None
        self.domain_title.setText(text_of(domain.label))
        self.domain_text.setText(text_of(domain.description))
        for level in domain.levels:
            self.anchor_labels[level.score].setText(text_of(level.anchor))
        self.levels.button(self.scores.get(code, UNSCORED)).setChecked(True)
        self.domain_note.setText(self.notes_by_domain.get(code, ""))
        last = self._last_score(code)
        self.previous.setText(
            self.tr("Valutazione precedente: %1 (%2)")
            .replace("%1", str(last[1]))
            .replace("%2", last[0].strftime("%d/%m/%Y"))
            if last
            else self.tr("Nessuna valutazione precedente per questo ambito.")
        )
        row = self.domains.currentRow()
        self.prev_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.domains.count() - 1)

    def _last_score(self, code: str) -> tuple[dt.date, int] | None:
        person = self.person.currentData()
        for a in reversed(self.history):
            if a.beneficiary_id == person and (score := a.score(code)) is not None:
                return a.date, score
        return None

    def _level_chosen(self, score: int) -> None:
        if score == UNSCORED:
            self.scores.pop(self._current, None)
        else:
            self.scores[self._current] = score
        self._refresh_list()

    def _note_edited(self, text: str) -> None:
        self.notes_by_domain[self._current] = text

    def _move(self, step: int) -> None:
        row = self.domains.currentRow() + step
        if 0 <= row < self.domains.count():
            self.domains.setCurrentRow(row)

    def choose(self, code: str, score: int) -> None:
        """Select ``score`` for domain ``code`` as a click would (tests, keyboard)."""
        codes = [d.code for d in self.framework.domains]
        self.domains.setCurrentRow(codes.index(code))
        self.levels.button(score).click()

    @shows_date_errors
    def save(self) -> None:
        data = AssessmentInput(
            case_id=self.case_id,
            beneficiary_id=self.person.currentData(),
            date=self.date.value(),
            scores=dict(self.scores),
            domain_notes={k: v for k, v in self.notes_by_domain.items() if v.strip()},
            notes=self.notes.text() or None,
            framework_key=self.framework.key,
            framework_version=self.framework.version,
        )
        self.env.ops.write(self, record_assessment, data, on_done=self._finish, errors=self.errors)

    def _finish(self, assessment: AssessmentDTO) -> None:
        self.result = assessment
        self.accept()

    def reject(self) -> None:
        if self.scores and self.result is None:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("I punteggi inseriti non sono stati salvati. Chiudere e perderli?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
