"""Round 87, helper z87b: Yasmin (22, groped on a Central line train, told a TfL staff member)
and Nadia (29, her ex-husband messages her through their son's iPad during contact; a child
arrangements order)."""

from __future__ import annotations

import pytest

from actions.reading import Turn, corrections, read_turn
from referrals.matching import default_directory
from tests.unit.known_answers import (
    ALL_RESPONSES,
    ANSWERS_FILE,
    assert_one_sms_with_a_source,
    responses_in_conversation,
)

YASMIN_SAID = [
    "hi um something happened on the tube this morning and i dont really know what happens now",
    "no im at uni now. it was on the central line like 8.30 it was packed and this guy behind me"
    " was pressing against me and then he put his hand up my skirt. i froze for like a whole stop"
    " then i pushed through and got off at bethnal green and told a lady who works there in the"
    " hi vis",
]
YASMIN = {
    "consent": True,
    "crime_type": "sexual_offence",
    "reported_to_police": False,
    "relationship_to_offender": "stranger",
    "said": YASMIN_SAID,
}
NADIA_SAID = [
    "hi, i dont know if this is the right place but my ex keeps messaging me thru my sons ipad"
    " when he has him on his weekends",
]
NADIA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "repeat_victimisation": True,
    "said": NADIA_SAID,
}

# -- 1. Yasmin: "it wasnt rape" takes back the word, not the sexual assault ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "the havens is that for rape? it wasnt rape, i dont want to take a place from someone who"
        " needs it more",
        "it wasnt rape",
    ],
)
def test_yasmin_it_wasnt_rape_keeps_the_sexual_assault(text: str) -> None:
    assert "crime_type" not in corrections(text, YASMIN)


def test_it_wasnt_rape_with_nothing_sexual_told_still_takes_it_back() -> None:
    said = {**YASMIN, "said": ["my ex keeps messaging me"]}
    assert corrections("it wasnt rape", said) == {"crime_type": None}
    assert corrections("it wasnt rape, nobody touched me", YASMIN).get("crime_type") is None


# -- 6. Nadia: "hes my ex husband not family" is noted, and the crime kept ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "i told you hes my ex husband not a family member. can you fix that",
        "hes my ex husband not family really. no i havent called police, i dont want to make it"
        " worse. is he breaking the court order? theres a child arrangements order",
    ],
)
@pytest.mark.parametrize("crime", ["domestic_abuse", "stalking_harassment"])
def test_nadia_ex_husband_not_family_sticks(text: str, crime: str) -> None:
    changes = corrections(text, {**NADIA, "crime_type": crime})
    assert changes.get("relationship_to_offender") == "partner_or_ex"
    assert "crime_type" not in changes


def test_nadia_at_the_police_question_both_answers_kept() -> None:
    reading = read_turn(
        Turn(
            text="hes my ex husband not family really. no i havent called police, i dont want to"
            " make it worse. is he breaking the court order? theres a child arrangements order",
            requested="reported_to_police",
            answers={**NADIA, "crime_type": "stalking_harassment"},
            organisations=default_directory(),
        )
    )
    assert reading.slots.get("relationship_to_offender") == "partner_or_ex"
    assert reading.slots.get("reported_to_police") is False
    assert "crime_type" not in reading.slots


# -- 3. Yasmin: telling TfL staff is not telling the police ------------------------------------


def test_yasmin_no_reference_number_is_not_reported() -> None:
    reading = read_turn(
        Turn(
            text="22. i dont have a reference number tho, the tfl lady didnt give me one",
            requested="age",
            answers={**YASMIN, "reported_to_police": None},
            organisations=default_directory(),
        )
    )
    assert reading.slots.get("age") == 22.0
    assert "reported_to_police" not in reading.slots


def test_yasmin_only_told_tfl_puts_it_right() -> None:
    text = (
        "a stranger. wait so do i ring the met or btp?? you said btp before. im confused. and i"
        " only told tfl not the police actually"
    )
    assert corrections(text, {**YASMIN, "reported_to_police": True}) == {
        "reported_to_police": False
    }


def test_yasmin_tfl_woman_is_not_asking_for_a_woman() -> None:
    said = [
        *YASMIN_SAID,
        "i told the tfl woman, she wrote stuff down and said she'd pass it to british transport"
        " police. does that count as reporting it? will BTP contact me or do i have to do"
        " something",
    ]
    for text in (said[-1], "do i have to go to court if they catch him?"):
        got = responses_in_conversation(text, "sexual_offence", said[:-1], consent=True)
        assert "utter_z2_ask_for_a_woman" not in got
        assert "utter_sexual_assault_counts" not in got


# -- 5. Nadia: the child arrangements order, never "Yes, stop contact" ---------------------------

NADIA_ORDER_SAID = [
    *NADIA_SAID,
    "hes my ex husband not family really. no i havent called police, i dont want to make it"
    " worse. is he breaking the court order? theres a child arrangements order",
]


@pytest.mark.parametrize(
    "text",
    [
        "hes my ex husband not family really. no i havent called police, i dont want to make it"
        " worse. is he breaking the court order? theres a child arrangements order",
        "no. but you didnt answer me. is he allowed to message me through my sons ipad? the order"
        " says contact goes through my mum",
        "no. ok so i could get a non molestation order. but can i stop him having contact with my"
        " son? im scared hes using him to get to me",
        "can i change the contact order or do i have to keep sending him my son",
    ],
)
def test_nadia_gets_the_contact_order_answer(text: str) -> None:
    got = responses_in_conversation(
        text, "domestic_abuse", NADIA_ORDER_SAID, relationship_to_offender="partner_or_ex"
    )
    assert got[:1] == ["utter_z87b_contact_order"]


def test_the_contact_order_answer_is_one_sms_with_sources() -> None:
    assert_one_sms_with_a_source("utter_z87b_contact_order", ANSWERS_FILE)
    (variant,) = ALL_RESPONSES["utter_z87b_contact_order"]
    assert "Don't stop contact on your own" in variant["text"]
    assert "999" in variant["text"]


def test_a_breach_without_a_contact_order_keeps_its_answer() -> None:
    got = responses_in_conversation(
        "is he breaking the order? he came to my house",
        "domestic_abuse",
        ["my ex has a non molestation order against him"],
        relationship_to_offender="partner_or_ex",
    )
    assert "utter_z87b_contact_order" not in got


# -- 4. Yasmin: "do i have to go to court?" with no threats told -------------------------------

YASMIN_COURT_SAID = [
    *YASMIN_SAID,
    "no never seen him before. will they be able to find him? there must be cctv right, i dont"
    " even know what he looked like properly i only saw him for a sec",
]


@pytest.mark.parametrize(
    "text",
    [
        "someone to talk to and information about what happens next. do i have to go to court if"
        " they catch him? also im scared to get the tube tomorrow, i have to get it for uni",
        "do i have to go to court if they catch him?",
        "can i get out of giving evidence?",
    ],
)
def test_yasmin_is_not_told_of_threats_or_contempt(text: str) -> None:
    got = responses_in_conversation(
        text, "sexual_offence", YASMIN_COURT_SAID, consent=True, fear_of_giving_evidence=True
    )
    assert "utter_c5_witness_not_attending" not in got
    assert got and got[0] in ("utter_court", "utter_will_i_give_evidence")


# -- 2. Yasmin: a crime on the Tube is for British Transport Police, not the Met ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "i told the tfl woman, she wrote stuff down and said she'd pass it to british"
            " transport police. does that count as reporting it? will BTP contact me or do i"
            " have to do something",
            "utter_z87b_staff_not_police",
        ),
        (
            "22. i dont have a reference number tho, the tfl lady didnt give me one",
            "utter_z87b_staff_not_police",
        ),
        (
            "why are you asking again?? i already told you. a man groped me on the tube. sexual"
            " assault i guess",
            "utter_z87b_sexual_assault_btp",
        ),
    ],
)
def test_yasmin_is_sent_to_btp_not_the_met(text: str, expected: str) -> None:
    got = responses_in_conversation(text, "sexual_offence", YASMIN_SAID, consent=True)
    assert got[:1] == [expected]
    for name in got:
        for variant in ALL_RESPONSES[str(name)]:
            assert "met.police.uk" not in variant["text"]


@pytest.mark.parametrize(
    "name",
    ["utter_z87b_staff_not_police", "utter_z87b_sexual_assault_btp", "utter_z87b_crime_number_btp"],
)
def test_btp_answers_are_one_sms_with_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, ANSWERS_FILE)
    assert "61016" in ALL_RESPONSES[name][0]["text"]


def test_groped_on_a_bus_is_still_the_met() -> None:
    got = responses_in_conversation(
        "is someone grabbing ur bum without asking actually a crime or am i being dramatic",
        "sexual_offence",
        ["a man groped me on the bus this morning"],
        consent=True,
    )
    assert "utter_z87b_sexual_assault_btp" not in got
