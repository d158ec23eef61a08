"""Round 91, helper k91c: answers and services for someone else's situation.

Mohammed (robbed of his moped at knifepoint, not hurt), Joe (taxi broken into), Gloria (77,
agency carer took cash and used her card), Lucy (29, stalking, no care needs)."""

from __future__ import annotations

from tests.unit.known_answers import answer, answer_in_conversation, sendable

# Mohammed, a Deliveroo rider robbed of his moped and phone by two boys with a knife, not hurt.


def test_money_and_rent_without_injury_is_not_the_injury_scheme() -> None:
    for said in (
        "no first time. how i get money now? no moped no work, i have rent",
        "no. i am not hurt, only scared. i need moped back not compensation for hurt",
        "yes. but this phone is my friend Karim phone, not mine. and rent? nobody answer me about "
        "rent",
        "tomorrow? i not say time. any time ok. and still who help rent??",
    ):
        assert answer(said, "robbery") == "utter_lost_earnings", said


def test_lost_earnings_answer_names_no_bike() -> None:
    text = sendable("utter_lost_earnings")[0]
    assert "bike" not in text and "Universal Credit" in text and "convicted" in text


def test_rent_beside_the_insurance_question_is_answered_too() -> None:
    got = answer_in_conversation(
        "but what about my moped? insurance say they need crime number. and rent this month",
        "robbery",
        [],
    )
    assert got is not None
    assert got.response == "utter_insurance_crime_number"
    assert [also.response for also in got.then] == ["utter_lost_earnings"]


def test_fear_of_court_after_a_street_robbery_is_not_one_man_coming_in() -> None:
    said = "yes scared. they have knife, maybe they find me. and my english not good for court"
    assert answer(said, "robbery") == "utter_i6_court_special_measures"


# Joe, a taxi driver, car broken into, not reported yet.


def test_how_long_till_the_crime_number_gets_the_timescale() -> None:
    for said in (
        "SKIP. Just tell me where to report it and how long till I get the number",
        "no. you didnt answer, how long till I get the crime number",
    ):
        assert answer(said, "theft", reported_to_police=False) == "utter_l5_crime_number_online"
    text = sendable("utter_l5_crime_number_online")[0]
    assert "straight away or within a day or two" in text


def test_do_they_come_out_for_this_is_answered() -> None:
    assert answer("do they come out for this", "theft") == "utter_p4_will_police_come"
    got = answer_in_conversation(
        "no. so I have to report it online first? how long do police take to come out, do they "
        "come out for this",
        "theft",
        [],
    )
    assert got is not None
    names = [got.response, *(also.response for also in got.then)]
    assert "utter_p4_will_police_come" in names and "utter_how_long" not in names


# Gloria, 77, whose agency carer took cash from her purse and used her bank card.

GLORIA_EARLIER = [
    "It is about money going missing from my purse. The girl who comes to help me in the "
    "mornings, Precious, she is from the agency",
    "I told you already dear, it is Precious my carer from the agency",
]


def test_can_hourglass_talk_to_the_agency_and_will_i_get_the_money_back() -> None:
    got = answer_in_conversation(
        "Thank you. The Hourglass people, can they talk to the agency for me? And what about the "
        "money, will I get it back? I asked you before",
        "theft",
        GLORIA_EARLIER,
    )
    assert got is not None and got.response == "utter_k91c_agency_and_money_back"
    text = sendable("utter_k91c_agency_and_money_back")[0]
    assert "Hourglass" in text and "safeguarding" in text and "Cash" in text
    assert len(text) <= 320


def test_asked_again_with_when_they_ring() -> None:
    got = answer_in_conversation(
        "Thank you dear. How long before they ring me? And you did not say if the Hourglass people "
        "can speak to the agency for me, I don't want to do it myself",
        "theft",
        GLORIA_EARLIER,
        referral_consent=True,
        contact_method="call",
    )
    assert got is not None and got.response == "utter_k91c_agency_and_money_back"
    assert [also.response for also in got.then] == ["utter_u1_they_will_ring"]


def test_an_agency_that_is_not_a_care_agency_is_not_this_answer() -> None:
    said = "can they talk to the agency for me? it was my temp job"
    assert answer(said, "theft") != "utter_k91c_agency_and_money_back"


# Lucy, 29, stalked by a former colleague, no disability or illness.


def test_the_support_worker_who_will_text_her_is_not_a_carer() -> None:
    from actions.account import read_account

    said = (
        "what? i already reported it, and it's just me not my family. i meant the support worker "
        "should text before calling. yes it's safe, my phone"
    )
    assert "carer" not in read_account(said).details
    assert "carer" in read_account("the support worker took my bank card and uses it").details


def test_adult_safeguarding_not_offered_without_care_needs() -> None:
    from referrals.matching import match_organisations

    lucy = {
        "crime_type": "stalking_harassment",
        "age": 29,
        "borough": "wandsworth",
        "relationship_to_offender": "someone_known",
        "repeat_victimisation": True,
        "fear_of_giving_evidence": True,
        "needs": ["safety", "information"],
        "language": "english",
        "impairment": False,
        "account_details": ["stalking_described", "online", "carer"],
    }
    ids = [org.id for org in match_organisations(lucy)]
    assert "council-adult-safeguarding" not in ids and "paladin" in ids
    # Still for an older person whose carer took from her (Gloria, 77, no impairment told).
    gloria = {
        "crime_type": "theft",
        "age": 77,
        "borough": "lambeth",
        "impairment": False,
        "account_details": ["carer"],
    }
    assert "council-adult-safeguarding" in [org.id for org in match_organisations(gloria)]
