"""The codice fiscale against the person's birth date, sex and place of birth."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.it.codicefiscale import calc_check_digit

from rts_desktop.kernel.errors import ValidationError
from rts_desktop.services.cases import fiscal_code, people
from rts_desktop.services.cases.people import BeneficiaryInput

D = dt.date
TODAY = D(2026, 11, 25)
ROMA_M = "RSSMRA85D03H501M"  # 03/04/1985, man, Roma
ROMA_F = "RSSMRA85D43H501Q"  # 03/04/1985, woman, Roma
MAROCCO_F = "MRTFTM90A41Z330M"  # 01/01/1990, woman, Marocco
CHILD = "BNCLCU12H15F205G"  # 15/06/2012, boy, Milano


def omocode(body: str) -> str:
    return body + calc_check_digit(body)


def test_reads_birth_date_sex_and_place():
    facts = fiscal_code.read(ROMA_F, TODAY)
    assert facts is not None
    assert (facts.birth_date, facts.sex, facts.place_code) == (D(1985, 4, 3), "F", "H501")
    assert fiscal_code.read(CHILD, TODAY).birth_date == D(2012, 6, 15)  # the 2000s
    assert fiscal_code.place_name("H501") == "Roma"
    assert fiscal_code.place_name("Z330") == "Marocco"


def test_empty_invalid_and_temporary_codes_say_nothing():
    for code in (None, "", "  ", "RSSMRA85D03H501X", "00743110157"):
        assert fiscal_code.read(code, TODAY) is None
        fiscal_code.check(code, TODAY, birth_date=D(1970, 1, 1), sex="F", birth_place="Napoli")


@pytest.mark.parametrize(
    "code",
    [
        omocode("RSSMRA85D03H50M"),  # the last place digit replaced
        omocode("RSSMRA85D03H5LM"),
        omocode("RSSMRAURD03H501"),  # the year digits replaced
        omocode("RSSMRA85DLPH501"),  # the day digits replaced
    ],
)
def test_omocodia_reads_the_same_person(code):
    facts = fiscal_code.read(code, TODAY)
    assert facts is not None
    assert (facts.birth_date, facts.sex, facts.place_code) == (D(1985, 4, 3), "M", "H501")
    fiscal_code.check(code, TODAY, birth_date=D(1985, 4, 3), sex="M", birth_place="Roma")


def test_agreeing_data_passes():
    fiscal_code.check(ROMA_F, TODAY, birth_date=D(1985, 4, 3), sex="F", birth_place="ROMA (RM)")
    fiscal_code.check(MAROCCO_F, TODAY, birth_date=D(1990, 1, 1), sex="F", birth_place="Marocco")
    fiscal_code.check(CHILD, TODAY, sex="X", birth_place="Milano")  # "altro" is not compared


def test_birth_date_mismatch_names_both_dates():
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_M, TODAY, birth_date=D(1985, 3, 4))
    assert err.value.field == "birth_date"
    assert err.value.message == "Il codice fiscale indica nascita il 03/04/1985, non il 04/03/1985."


def test_only_two_digits_of_the_year_are_compared():
    fiscal_code.check(ROMA_M, TODAY, birth_date=D(1885, 4, 3))
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_M, TODAY, birth_date=D(1986, 4, 3))
    assert "nascita il 03/04/1985, non il 03/04/1986" in err.value.message


def test_sex_mismatch():
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_F, TODAY, birth_date=D(1985, 4, 3), sex="M")
    assert err.value.field == "sex"
    assert err.value.message == "Il codice fiscale indica sesso F, non M."


def test_place_mismatch_names_the_comune_and_its_code():
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_M, TODAY, birth_place="Milano")
    assert err.value.field == "birth_place"
    assert err.value.message == "Il codice fiscale indica nascita a ROMA (H501), non a Milano."
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(MAROCCO_F, TODAY, birth_place="Tunisia")
    assert err.value.message == (
        "Il codice fiscale indica nascita in MAROCCO (Z330), non a Tunisia."
    )


def test_places_the_table_does_not_know_are_not_questioned():
    for place in ("Casablanca", "un paesino vicino a Tirana", "Reggio Emilia"):
        fiscal_code.check(MAROCCO_F, TODAY, birth_place=place)
    # a known place in the text is enough to agree
    fiscal_code.check(MAROCCO_F, TODAY, birth_place="Casablanca (Marocco)")
    fiscal_code.check(ROMA_M, TODAY, birth_place="  roma ")


def test_accents_and_old_names_of_a_comune_match():
    assert fiscal_code.place_codes("Forlì") == fiscal_code.place_codes("forli")
    assert fiscal_code.place_codes("Sant'Angelo Lodigiano") is not None


def test_several_mismatches_in_one_message_on_the_first_field():
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_M, TODAY, birth_date=D(1985, 3, 4), sex="F", birth_place="Milano")
    assert err.value.field == "birth_date"
    assert "03/04/1985" in err.value.message
    assert "sesso M, non F" in err.value.message
    assert "ROMA (H501)" in err.value.message


def test_the_field_can_be_named_by_the_caller():
    with pytest.raises(ValidationError) as err:
        fiscal_code.check(ROMA_M, TODAY, sex="F", field="value")
    assert err.value.field == "value"


# --- through the people service -----------------------------------------------------------
def test_create_refuses_a_code_that_contradicts_the_person(db, ctx):
    data = BeneficiaryInput(
        first_name="Maria",
        last_name="Rossi",
        birth_date=D(1985, 4, 3),
        sex="M",
        codice_fiscale=ROMA_F,
    )
    with pytest.raises(ValidationError) as err:
        people.create_beneficiary(db, ctx, data)
    assert (err.value.field, err.value.message) == (
        "sex",
        "Il codice fiscale indica sesso F, non M.",
    )
    data.sex = "F"
    data.birth_place = "Roma"
    assert people.create_beneficiary(db, ctx, data).codice_fiscale == ROMA_F


def test_update_and_new_identifier_are_checked_too(db, ctx):
    person = people.create_beneficiary(
        db, ctx, BeneficiaryInput(first_name="Maria", last_name="Rossi", birth_date=D(1985, 4, 3))
    )
    with pytest.raises(ValidationError) as err:
        people.add_identifier(db, ctx, person.id, "codice_fiscale", CHILD)
    assert err.value.field == "value"
    assert "nascita il 15/06/2012, non il 03/04/1985" in err.value.message
    people.add_identifier(db, ctx, person.id, "codice_fiscale", ROMA_F)
    person = people.get_beneficiary(db, ctx, person.id)
    edited = BeneficiaryInput(
        first_name="Maria", last_name="Rossi", birth_date=D(1985, 4, 3), birth_place="Torino"
    )
    with pytest.raises(ValidationError) as err:
        people.update_beneficiary(db, ctx, person.id, edited, expected_version=person.version)
    assert err.value.field == "birth_place"
    assert "ROMA (H501), non a Torino" in err.value.message
