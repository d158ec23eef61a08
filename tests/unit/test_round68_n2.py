"""Round 68, helper N2: compensation, reporting and what happened (Hamza, Bilal, Gary, Derek)."""

from __future__ import annotations

import pytest

from actions import reading, wording
from actions.account import read_account
from actions.answers import read_reported_to_police
from actions.questions import rights_answer
from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation

HAMZA_SAID = [
    "yo. got stabbed in my leg last week, police keep ringing me for a statement. is this the "
    "right place",
]
BILAL_SAID = [
    "hi, is this for if someone attacks you? passenger hit me in my cab last night",
    "no im home now. face still swollen tho",
]
GARY_SAID = [
    "some c*nt lamped me in the pub friday night for no f***ing reason. chipped my front tooth. "
    "police wont give a sh*t will they",
    "nah. whats the point. i'd had a few pints, theyll just say i started it. which i didnt",
]
DEREK_FIRST = (
    "whats the point of this. same lot nicking from my shop every week, police never come. last "
    "week one of them pulled a needle on me"
)
KWABENA_SAID = ["two lads robbed my bike while i was doing deliveries, i wasnt hurt"]


def said(text: str, crime_type: str | None, earlier: list[str], **answers) -> str | None:
    got = answer_in_conversation(text, crime_type, earlier, consent=True, **answers)
    return None if got is None else got.response


# -- 1. money answers follow the facts --


@pytest.mark.parametrize(
    ("text", "earlier", "age"),
    [
        (
            "wait what about the money tho. can i get paid back for the shifts i missed",
            HAMZA_SAID,
            21.0,
        ),
        ("wait what about the money i lost. can i claim that", BILAL_SAID, 27.0),
        ("can i get paid for the work i missed?", HAMZA_SAID, 21.0),
        ("what about the wages i lost, can i claim them?", BILAL_SAID, 27.0),
    ],
)
def test_hurt_person_asking_about_lost_earnings_gets_cica(text, earlier, age):
    assert said(text, "assault", earlier, age=age) == "utter_n2_cica_lost_earnings"


def test_lost_earnings_text_says_the_facts():
    text = RESPONSES["utter_n2_cica_lost_earnings"][0]["text"]
    assert "28 weeks" in text and "police" in text and "conduct" in text
    assert "only covers injuries" not in text and len(text) <= 320


def test_not_hurt_still_gets_the_not_injured_answer():
    got = said(
        "i wasnt injured tho so thats no good? what about the wages i lost", "robbery", KWABENA_SAID
    )
    assert got != "utter_n2_cica_lost_earnings"


def test_damage_and_earnings_without_injury_keeps_its_answer():
    got = said(
        "The seats cost £650 to reupholster and I lost 3 days work, about £450. Who pays that?",
        "criminal_damage",
        ["someone slashed the seats in my taxi"],
    )
    assert got == "utter_l6_damage_and_lost_earnings"


@pytest.mark.parametrize("age", [50.0, 27.0, 62.0])
def test_adults_do_not_get_the_under_18_time_limit(age):
    said_text = rights_answer("compensation", {"age": age, "crime_type": "assault"}).text or ""
    assert "until age 20" not in said_text and "within 2 years" in said_text


@pytest.mark.parametrize("answers", [{"age": 16.0, "under_18": True}, {"under_18": True}, {}])
def test_under_18_or_unknown_age_keeps_the_under_18_time_limit(answers):
    said_text = rights_answer("compensation", {"crime_type": "assault", **answers}).text or ""
    assert "until age 20 if reported before you were 18" in said_text


def test_gary_choosing_compensation_gets_no_under_18_clause():
    got = answer_in_conversation(
        "compensation. who pays for my f***ing tooth. dentist wants 600 quid for a crown",
        "assault",
        GARY_SAID,
        consent=True,
        age=50.0,
    )
    assert got is not None and "until age 20" not in (got.text or "")


# -- 2. Gary --


@pytest.mark.parametrize(
    "text",
    [
        "english obviously. so i gotta go to the old bill then to get that? and will they bin it "
        "cos i was drinking",
        "i asked you a question. if i was drunk do i still get the compo",
        "if i was drunk do i still get the compo",
        "does it count if i was drinking? can i still claim",
    ],
)
def test_gary_drink_questions(text):
    assert said(text, "assault", GARY_SAID, age=50.0) == "utter_n2_drink_and_cica"


def test_must_i_go_to_police_for_the_compensation():
    got = said("so i gotta go to the old bill then to get that?", "assault", GARY_SAID, age=50.0)
    assert got == "utter_cica_rules"


@pytest.mark.parametrize(
    "text",
    [
        "can i report it on here or not",
        "no i dont want no one ringing me. can i just report it on here then",
        "can i report it here",
        "can you report it for me",
    ],
)
def test_cannot_report_here(text):
    assert said(text, "assault", GARY_SAID, age=50.0) == "utter_n2_cant_report_here"


@pytest.mark.parametrize(
    "text", ["police wont give a sh*t will they", "the police wont care will they"]
)
def test_police_wont_care_gets_the_code_rights(text):
    assert said(text, "assault", GARY_SAID[:1]) == "utter_n2_police_must_record"


def test_police_text_names_the_rights():
    text = RESPONSES["utter_n2_police_must_record"][0]["text"]
    assert "Rights 2, 6 and 12" in text


# -- 3. Derek --


def test_derek_needle_threat_is_recorded_and_said_back():
    account = read_account(DEREK_FIRST)
    assert account.crime_type == "robbery"
    assert {"weapon", "needle_threat"} <= set(account.details)
    line = wording.summary_line(
        {"crime_type": "robbery", "account_details": list(account.details), "age": 62.0}
    )
    assert "needle" in line and "a theft" not in line


@pytest.mark.parametrize(
    "text",
    [
        "course i have, about 20 times. got a crime number for some. nobody came. what about the "
        "needle, you didnt say nothing about that",
        "what have you got down. make sure the needle is on there",
        "thats wrong. its not just theft, he threatened me with a needle, said hed stab me with it",
        "im safe, it was LAST WEEK. just write down the needle",
    ],
)
def test_derek_needle_put_right(text):
    answers = {"crime_type": "theft", "account_details": [], "said": (DEREK_FIRST,)}
    changes = reading.corrections(text, answers)
    assert changes.get("crime_type") == "robbery"
    assert "needle_threat" in changes["account_details"]


@pytest.mark.parametrize(
    "text",
    [
        "im scared of needles, do i need a blood test",
        "i think i was spiked with a needle at the club",
        "make sure the needle is on there",  # no needle threat was ever told
    ],
)
def test_needles_that_are_not_a_threat(text):
    assert "needle_threat" not in read_account(text).details
    changes = reading.corrections(text, {"crime_type": "assault", "said": ()})
    assert "needle_threat" not in (changes.get("account_details") or ())


def test_derek_reported_twenty_times_is_yes():
    text = (
        "course i have, about 20 times. got a crime number for some. nobody came. what about the "
        "needle, you didnt say nothing about that"
    )
    assert read_reported_to_police(text).value is True


def test_reported_then_whats_the_point_gets_no_if_you_report_text():
    got = said(
        "im not going to top myself mate, i mean whats the point of reporting when nobody comes",
        "robbery",
        [DEREK_FIRST],
        age=62.0,
        reported_to_police=True,
    )
    assert got == "utter_n2_reported_rights"
    assert "If you report" not in RESPONSES["utter_n2_reported_rights"][0]["text"]


def test_not_reported_whats_the_point_keeps_worth_reporting():
    got = said("whats the point of reporting it", "assault", GARY_SAID, reported_to_police=False)
    assert got == "utter_worth_reporting"


@pytest.mark.parametrize(
    "text",
    [
        "none of that gets the police to come. can i complain about them? and can i get money "
        "for the stock, its thousands",
        "and the stock money?",
        "who pays for the stock they took?",
    ],
)
def test_derek_stock_money(text):
    assert said(text, "robbery", [DEREK_FIRST], age=62.0) == "utter_n2_stock_loss"


def test_derek_complaint_still_answered_with_the_stock():
    got = answer_in_conversation(
        "none of that gets the police to come. can i complain about them? and can i get money "
        "for the stock, its thousands",
        "robbery",
        [DEREK_FIRST],
        consent=True,
    )
    assert got is not None
    assert "utter_ask_right/complaint" in [then.response for then in got.then]


def test_burglary_property_question_keeps_its_answer():
    assert answer("who pays for my window?", "burglary") == "utter_compensation_not_violent"


@pytest.mark.parametrize(
    "text",
    [
        "fine. yes have someone ring me. 07700 900845, shop hours 9 till 6 but not 4 oclock",
        "i told you, 9 till 6 but not round 4",
    ],
)
def test_derek_hour_left_out_is_kept(text):
    part = text.split(", ", 1)[-1] if "07700" in text else text
    kept = reading.times_given(part) or reading._f5_times_in(part)
    assert kept is not None and "9 till 6" in kept and "not around 4" in kept


def test_times_without_an_hour_left_out_unchanged():
    assert reading.times_given("after 6 but not on fridays") == "after 6 but not on fridays"
    assert reading.times_given("after 5pm") == "after 5pm"


# -- 4. Bilal --


@pytest.mark.parametrize(
    "text",
    [
        "ok. last thing if i go police do they tell uber or tfl? my licence is from tfl",
        "if i report it will tfl find out? i dont want to lose my licence",
        "do the police tell tfl if i report it?",
    ],
)
def test_driver_asks_if_police_tell_tfl(text):
    got = said(text, "assault", BILAL_SAID, age=27.0)
    assert got == "utter_n2_police_and_driver_licence"


def test_driver_operator_question_keeps_the_uber_answer():
    got = said("so uber do i need to tell them or not? they might ban him", "assault", BILAL_SAID)
    assert got == "utter_k1_driver_tell_operator"


def test_passenger_licence_question_not_the_driver_answer():
    got = said(
        "will the police tell tfl about the driver? he should lose his licence",
        "sexual_offence",
        ["the uber driver touched me in the back of the car"],
    )
    assert got != "utter_n2_police_and_driver_licence"


def test_new_texts_are_short_and_sourced():
    for name in (
        "utter_n2_cica_lost_earnings",
        "utter_n2_drink_and_cica",
        "utter_n2_cant_report_here",
        "utter_n2_police_must_record",
        "utter_n2_reported_rights",
        "utter_n2_stock_loss",
        "utter_n2_police_and_driver_licence",
    ):
        text = RESPONSES[name][0]["text"]
        assert len(text) <= 320, name
