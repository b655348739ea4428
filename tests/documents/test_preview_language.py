"""The preview's "Lingua del documento": choosing a language makes the document again in it,
and the preview, the print and the saved file show the new one."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pypdf import PdfReader

from rts_desktop.documents import samples
from rts_desktop.documents.language import language_of
from rts_desktop.documents.plan import render_plan
from rts_desktop.ui.common.pdf_preview import PdfPreviewDialog, on_worker
from tests.documents.english import english_catalogue


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with english_catalogue():
        yield


def plan_pdf(lang: str | None = None) -> bytes:
    buffer = io.BytesIO()
    render_plan(samples.sample_plan(), buffer, lang=lang)
    return buffer.getvalue()


def shown_text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


class InlineRunner:
    """Runs the work at once, on the calling thread (as the tests' runner does)."""

    def run(self, work: Callable[[Any], Any], *, on_success: Any, on_error: Any, **_: Any) -> None:
        try:
            result = work(None)
        except Exception as exc:
            on_error(exc)
        else:
            on_success(result)


def test_choosing_english_renders_the_document_again(qtbot: Any) -> None:
    asked: list[str] = []

    def render(owner: Any, lang: str, ready: Callable[[bytes], None]) -> None:
        asked.append(lang)
        ready(plan_pdf(lang))

    dialog = PdfPreviewDialog(plan_pdf(), "Progetto", "progetto.pdf", render=render)
    qtbot.addWidget(dialog)
    assert not dialog.language.isHidden() and dialog.lang == "it"
    assert dialog.language.currentText() == "Italiano"
    assert "Progetto individualizzato" in shown_text(dialog.pdf)

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert asked == ["en"] and dialog.lang == "en"
    assert "Individual plan" in shown_text(dialog.pdf)
    assert dialog.page_count() == 3 and dialog.info.text() == "Pagine: 3"

    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    assert asked == ["en", "it"]
    assert "Progetto individualizzato" in shown_text(dialog.pdf)


def test_the_saved_file_is_the_one_shown(qtbot: Any, tmp_path: Any) -> None:
    dialog = PdfPreviewDialog(
        plan_pdf(), "Progetto", render=lambda owner, lang, ready: ready(plan_pdf(lang))
    )
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.save_to(tmp_path / "plan.pdf")
    assert "Individual plan" in shown_text((tmp_path / "plan.pdf").read_bytes())


def test_without_a_renderer_there_is_no_language_choice(qtbot: Any) -> None:
    dialog = PdfPreviewDialog(plan_pdf(), "Progetto")
    qtbot.addWidget(dialog)
    assert dialog.language.isHidden()


def test_on_worker_makes_the_document_in_the_language_chosen(qtbot: Any) -> None:
    made: list[str] = []

    def make() -> bytes:
        made.append(language_of())
        return plan_pdf()

    errors: list[BaseException] = []
    render = on_worker(InlineRunner(), make, errors.append)  # type: ignore[arg-type]
    dialog = PdfPreviewDialog(plan_pdf(), "Progetto", render=render)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert made == ["en"] and not errors
    assert "Individual plan" in shown_text(dialog.pdf)
