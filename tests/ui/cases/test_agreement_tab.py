"""The "Patto e quote" tab, driven through the case file's widgets: a new agreement with
its validation messages, the monthly ledger, a payment typed as "12,50", a warning, the
arrears summary, the receipt and the arrears letter as PDFs (audited prints)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, ContributionPayment
from rts_desktop.services.cases import case as cases
from rts_desktop.services.housing import stays
from rts_desktop.ui.cases.agreement_dialogs import parse_euro
from rts_desktop.ui.cases.case_file import CaseFileWindow
from tests.services.housing.test_housing import make_apartment, room
from tests.ui.cases.helpers_edit import count, make_case

D = dt.date


def housed_case(db, ctx):
    """Amina Haddad's case, active and housed from 01/09/2026 to 28/02/2027."""
    case, head = make_case(db, ctx)
    cases.accept_referral(db, ctx, case.id, D(2026, 9, 1))
    cases.activate(db, ctx, case.id, D(2026, 9, 1))
    apt = make_apartment(db, ctx, since=D(2026, 1, 1))
    stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 1, D(2026, 9, 1), D(2027, 2, 28)
    )
    return case, head


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok(dialog):
    return dialog.buttons.buttons()[0]


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def cell(view, row, column):
    return view.model().index(row, column).data()


def test_amounts_are_read_as_italians_type_them():
    assert parse_euro("a", "12,50") == 1250
    assert parse_euro("a", " 1.234,5 € ") == 123450
    assert parse_euro("a", "80") == 8000
    assert parse_euro("a", "12.50") == 1250
    for bad in ("", "dodici", "12,505", "-3", "1.23.4"):
        with pytest.raises(ValidationError) as err:
            parse_euro("a", bad)
        assert err.value.message == "Importo non valido: scrivi ad esempio 12,50."


def test_agreement_payment_warning_arrears_and_prints(qtbot, env, db, ctx):
    case, _head = housed_case(db, ctx)
    window = CaseFileWindow(env, case.id)
    qtbot.addWidget(window)
    tab = window.agreement_tab
    index = window.tabs.indexOf(tab)
    assert window.tabs.tabText(index) == "&0 Patto e quote"
    window.tabs.setCurrentWidget(tab)
    assert "Nessun patto" in tab.terms.text()
    assert tab.new_button.isEnabled() and not tab.warning_button.isEnabled()
    assert not tab.letter_button.isEnabled()

    # --- a new agreement: Italian messages for what is wrong, then recorded
    dialog = tab.make_agreement_dialog()
    qtbot.addWidget(dialog)
    dialog.signed_on.set_value(QDate(2026, 9, 1))
    qtbot.keyClicks(dialog.quota, "ottanta euro")
    click(qtbot, ok(dialog))
    assert dialog.errors.message("monthly_contribution_cents") == (
        "Importo non valido: scrivi ad esempio 12,50."
    )
    dialog.quota.clear()
    qtbot.keyClicks(dialog.quota, "80,00")
    dialog.rules.clear()
    click(qtbot, ok(dialog))
    assert dialog.errors.message("house_rules_version") == "Campo obbligatorio."
    assert dialog.result_agreement is None
    qtbot.keyClicks(dialog.rules, "2026.1")
    click(qtbot, ok(dialog))
    assert dialog.result_agreement is not None
    qtbot.waitUntil(lambda: tab.ledger.model().rowCount() == 6)  # September..February
    assert "Firmato il 01/09/2026 · 12 mesi, da settembre 2026 a agosto 2027" in tab.terms.text()
    assert "quota mensile 80,00\xa0€" in tab.terms.text()
    assert [cell(tab.ledger, r, 0) for r in (0, 5)] == ["settembre 2026", "febbraio 2027"]
    assert tab.arrears.text() == "Arretrati: 2 mensilità, 160,00\xa0€"
    assert tab.letter_button.isEnabled()

    # --- a payment of 12,50 for September, by bank transfer, receipt 2026/0001
    assert not tab.pay_button.isEnabled()  # no month chosen yet
    tab.ledger.selectRow(0)
    assert tab.pay_button.isEnabled()
    pay = tab.make_payment_dialog()
    qtbot.addWidget(pay)
    assert pay.amount.text() == "80,00" and pay.receipt.text() == "2026/0001"
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "12,5O")
    click(qtbot, ok(pay))
    assert pay.errors.message("amount_cents") == "Importo non valido: scrivi ad esempio 12,50."
    pay.amount.clear()
    qtbot.keyClicks(pay.amount, "12,50")
    pay.method.setCurrentIndex(pay.method.findData("bonifico"))
    click(qtbot, ok(pay))
    assert pay.result_month is not None and pay.result_month.paid_cents == 1250
    qtbot.waitUntil(lambda: tab.payments.model().rowCount() == 1)
    assert [cell(tab.payments, 0, c) for c in range(1, 5)] == [
        "settembre 2026",
        "12,50\xa0€",
        "Bonifico bancario",
        "2026/0001",
    ]
    assert [cell(tab.ledger, 0, c) for c in range(1, 4)] == [
        "80,00\xa0€",
        "12,50\xa0€",
        "67,50\xa0€",
    ]
    assert tab.arrears.text() == "Arretrati: 2 mensilità, 147,50\xa0€"
    assert count(db, ContributionPayment) == 1

    # the same receipt number again is refused next to its field
    tab.ledger.selectRow(1)
    again = tab.make_payment_dialog()
    qtbot.addWidget(again)
    assert again.receipt.text() == "2026/0002"  # the next number is suggested
    again.receipt.setText("2026/0001")
    click(qtbot, ok(again))
    assert "La ricevuta n. 2026/0001 è già stata registrata" in again.errors.message("receipt_no")
    assert count(db, ContributionPayment) == 1

    # --- a warning (richiamo)
    warn = tab.make_warning_dialog()
    qtbot.addWidget(warn)
    click(qtbot, ok(warn))
    assert warn.errors.message("reason") == "Campo obbligatorio."
    warn.on.set_value(QDate(2026, 11, 20))
    qtbot.keyClicks(warn.reason, "Ritardo nel pagamento delle quote")
    click(qtbot, ok(warn))
    assert warn.result_agreement is not None
    qtbot.waitUntil(lambda: tab.warnings.model().rowCount() == 1)
    assert cell(tab.warnings, 0, 1) == "Ritardo nel pagamento delle quote"

    # --- the receipt of the selected payment
    tab.payments.selectRow(0)
    click(qtbot, tab.receipt_button)
    qtbot.waitUntil(lambda: tab.preview is not None)
    receipt = pdf_text(tab.preview.pdf)
    for words in (
        "Ricevuta di pagamento n. 2026/0001",
        "Amina Haddad",
        "€ 12,50",
        "Bonifico bancario",
        "settembre 2026",
        f"Caso {case.code}",
        "restano da versare € 67,50",
        "Pagina 1 di 1",
    ):
        assert words in receipt, words
    assert tab.preview.page_count() == 1
    tab.preview.close()
    tab.preview = None

    # --- the arrears letter
    click(qtbot, tab.letter_button)
    qtbot.waitUntil(lambda: tab.preview is not None)
    letter = pdf_text(tab.preview.pdf)
    for words in (
        "Sollecito di pagamento",
        "Gentile Amina Haddad",
        "2 mensilità",
        "€ 147,50",
        "Settembre 2026",
        "Ottobre 2026",
        "Ritardo nel pagamento delle quote",
        "Pagina 1 di 1",
    ):
        assert words in letter, words
    assert "Novembre 2026" not in letter  # the current month is not late yet
    tab.preview.close()

    with db.session(write=False) as s:
        prints = s.execute(
            select(AuditEntry.entity, AuditEntry.detail).where(AuditEntry.action == "print")
        ).all()
    assert ("contribution", "ricevuta 2026/0001") in prints
    assert ("arrears", "sollecito 2 mesi") in prints
