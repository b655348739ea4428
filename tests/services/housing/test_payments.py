"""Payments with method and receipt number, the case ledger, the receipt and the arrears
letter (audited prints), and the refusals on a closed case."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.models import AuditEntry, ContributionPayment
from rts_desktop.services.cases import case as cases
from rts_desktop.services.housing import agreements, ledger, payment_printing, stays
from rts_desktop.services.housing.agreements import AgreementInput
from rts_desktop.services.housing.upkeep import HandoverInput
from tests.services.housing.test_housing import count, make_apartment, make_case, room
from tests.services.housing.test_upkeep_agreements import refused

D = dt.date


@pytest.fixture
def ledger_case(db, ctx):
    """A case housed from 10/03/2026 to 05/06/2026 with a 50,00 € agreement and its rows."""
    apt = make_apartment(db, ctx)
    case = make_case(db, ctx)
    stay = stays.plan_stay(
        db, ctx, case.id, apt.id, room(apt, "Camera 2").id, 2, D(2026, 3, 10), D(2026, 6, 5)
    )
    agreement = agreements.create_agreement(
        db, ctx, AgreementInput(case.id, D(2026, 3, 10), 12, 5_000, "2026.1", stay_id=stay.id)
    )
    rows = agreements.generate_contributions(db, ctx, agreement.id)
    return case, stay, agreement, rows


def text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def test_payment_keeps_method_and_receipt(db, ctx, ledger_case):
    case, _stay, agreement, (march, april, *_rest) = ledger_case
    assert ledger.next_receipt_no(db, 2026) == "2026/0001"
    agreements.record_payment(
        db, ctx, march.id, 1_250, D(2026, 3, 31), method="bonifico", receipt_no=" 2026/0001 "
    )
    agreements.record_payment(db, ctx, march.id, 3_750, D(2026, 4, 2), receipt_no="2026/0002")
    assert ledger.next_receipt_no(db, 2026) == "2026/0003"
    assert ledger.next_receipt_no(db, 2027) == "2027/0001"
    message = refused(
        db,
        lambda: agreements.record_payment(
            db, ctx, april.id, 100, D(2026, 4, 2), receipt_no="2026/0002"
        ),
        "receipt_no",
    )
    assert message == "La ricevuta n. 2026/0002 è già stata registrata (pagamento del 02/04/2026)."
    refused(
        db,
        lambda: agreements.record_payment(db, ctx, april.id, 100, D(2026, 4, 2), method="assegno"),
        "method",
    )

    book = ledger.case_ledger(db, case.id, D(2026, 11, 25), ctx=ctx)
    assert [(p.amount_cents, p.method, p.receipt_no, p.period) for p in book.payments] == [
        (1_250, "bonifico", "2026/0001", D(2026, 3, 1)),
        (3_750, "contanti", "2026/0002", D(2026, 3, 1)),
    ]
    assert book.of(agreement.id)[0].paid_cents == 5_000
    assert (book.arrears_cents, book.unpaid_months) == (15_000, 3)  # April, May, June
    assert book.payments_of(agreement.id) == list(book.payments)


def test_receipt_and_letter_are_audited_prints(db, ctx, ledger_case):
    case, _stay, _agreement, (march, *_rest) = ledger_case
    agreements.record_payment(
        db, ctx, march.id, 1_250, D(2026, 3, 31), method="pos", receipt_no="2026/0001"
    )
    [payment] = ledger.case_ledger(db, case.id, ctx.today()).payments
    receipt = text(payment_printing.receipt_pdf(db, ctx, payment.id))
    assert "Ricevuta di pagamento n. 2026/0001" in receipt
    assert "€ 12,50" in receipt and "Carta o bancomat (POS)" in receipt
    assert "marzo 2026" in receipt and "restano da versare € 37,50" in receipt
    letter = text(payment_printing.arrears_letter_pdf(db, ctx, case.id))
    assert "4 mensilità" in letter and "€ 187,50" in letter
    assert "Marzo 2026" in letter and "Giugno 2026" in letter
    with db.session(write=False) as s:
        entries = s.execute(
            select(AuditEntry.entity, AuditEntry.entity_id).where(AuditEntry.action == "print")
        ).all()
    assert ("contribution", payment.id) in entries and ("arrears", case.id) in entries


def test_no_letter_without_arrears(db, ctx, ledger_case):
    case, _stay, _agreement, rows = ledger_case
    for row in rows:
        agreements.record_payment(db, ctx, row.id, 5_000, D(2026, 6, 10))
    with pytest.raises(ValidationError) as err:
        payment_printing.arrears_letter_pdf(db, ctx, case.id)
    assert "Non ci sono quote arretrate" in err.value.message


def test_a_closed_case_keeps_its_agreement_as_it_was(db, ctx, ledger_case):
    case, stay, agreement, (march, *_rest) = ledger_case
    agreements.record_payment(db, ctx, march.id, 1_000, D(2026, 3, 31), receipt_no="A-1")
    stays.move_out(db, ctx, stay.id, D(2026, 6, 5), HandoverInput())
    cases.close(db, ctx, case.id, D(2026, 6, 5), "Uscita in autonomia", "affitto_libero")
    before = count(db, ContributionPayment)
    for call, field in (
        (lambda: agreements.record_payment(db, ctx, march.id, 100, D(2026, 7, 1)), "case_id"),
        (lambda: agreements.add_warning(db, ctx, agreement.id, D(2026, 7, 1), "X"), "case_id"),
        (lambda: agreements.generate_contributions(db, ctx, agreement.id), "case_id"),
        (
            lambda: agreements.create_agreement(
                db, ctx, AgreementInput(case.id, D(2026, 6, 1), 6, 0, "2026.1")
            ),
            "case_id",
        ),
    ):
        message = refused(db, call, field)
        assert message.startswith("Il caso è concluso")
    assert count(db, ContributionPayment) == before
    # printing is reading: still possible
    [payment] = ledger.case_ledger(db, case.id, ctx.today()).payments
    assert payment_printing.receipt_pdf(db, ctx, payment.id).startswith(b"%PDF")
    assert payment_printing.arrears_letter_pdf(db, ctx, case.id).startswith(b"%PDF")
    # reopened, the case takes payments again
    cases.reopen(db, ctx, case.id, D(2026, 7, 1), "Nuova segnalazione")
    agreements.record_payment(db, ctx, march.id, 100, D(2026, 7, 1))
    assert count(db, ContributionPayment) == before + 1
