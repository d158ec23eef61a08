"""Round 86, helper v86a2: Des (67, his car taken off his drive through the letterbox, partly
deaf), Tom (45, a cyclist knocked off by a van that drove off) and Priya (34, her in-laws take her
wages), with their words, and other people's that keep their answers."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import answer, answer_in_conversation, at_question

DES_FIRST = (
    "Hello. Someone has stolen my car off my drive last night. They got the keys through the "
    "letter box with a hook or something. I am partly deaf so I cant do phone calls well."
)
DES_FACTS = {
    "consent": True,
    "in_danger": False,
    "crime_type": "theft",
    "reported_to_police": True,
    "impairment": True,
    "said": [DES_FIRST],
}

# -- 1. Des: next door's doorbell camera that may have filmed the thieves ----------------------

DES_CAMERA = (
    "67. I already reported it I said. Will the police look at next doors ring doorbell camera? "
    "It points right at my drive"
)


def test_des_next_doors_camera_is_evidence_not_a_privacy_complaint() -> None:
    assert at_question(DES_CAMERA, "age", DES_FACTS) == ["utter_k3_neighbours_camera"]
    got = answer_in_conversation(DES_CAMERA, "theft", [DES_FIRST], reported_to_police=True)
    assert got is not None and got.response == "utter_k3_neighbours_camera"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("is my neighbour allowed to point his camera at my bedroom?", "stalking_harassment"),
        ("my neighbours camera points right at my garden, is that legal?", "other"),
        ("will the police look at next doors camera? it points into my bedroom window", "theft"),
    ],
)
def test_a_neighbours_camera_filming_you_keeps_the_privacy_answer(
    text: str, crime_type: str
) -> None:
    assert answer(text, crime_type) == "utter_w4_neighbour_camera"


# -- 2. Des and Tom: can the support worker chase the police for them? ------------------------

DES_REPORTED = (
    "Yes I reported it online this morning my son helped me. But I havent had a crime number yet "
    "and the insurance company keep asking for it. How do I get it?"
)
DES_REFERRED = {
    "consent": True,
    "crime_type": "theft",
    "reported_to_police": True,
    "impairment": True,
    "cannot_phone": True,
    "age": 67.0,
    "borough": "lewisham",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "email",
    "contact_details": "des.okafor59@btinternet.com",
    "case_reference": "VC-RUJFAV",
}
DES_DEAF_AND_CHASE = (
    "Thank you. Will they know I am deaf so they dont ring? And can they chase the police for my "
    "crime number, the insurance want it by friday"
)
DES_CHASE = "And the crime number? Can they chase it? Insurance need it by friday"


def test_des_deaf_note_kept_and_chasing_answered(domain) -> None:
    from tests.unit.known_answers import after_result

    sent = after_result(DES_DEAF_AND_CHASE, DES_REFERRED, (DES_FIRST, DES_REPORTED), domain)
    assert sent[0] == "utter_f5_note_added"
    assert sent[1:] == ["utter_v86a2_worker_asks_police", "utter_v86a2_chase_with_online_reference"]


def test_des_can_they_chase_it_gets_the_online_reference_not_give_your_crime_number(
    domain,
) -> None:
    from tests.unit.known_answers import after_result

    sent = after_result(DES_CHASE, DES_REFERRED, (DES_FIRST, DES_REPORTED), domain)
    assert sent == ["utter_v86a2_worker_asks_police", "utter_v86a2_chase_with_online_reference"]
    assert "utter_chase_the_police" not in sent


TOM_FIRST = (
    "Right, I'll be honest I don't expect much from this. Last Tuesday I was cycling down Camden "
    "Road about 8am, a white van pulled out of a side road without looking, clipped my back wheel "
    "and I went over the bars. Broken collarbone. The driver stopped for about two seconds, looked "
    "at me lying in the road and then drove off. I've got the whole thing on my helmet camera "
    "including the number plate, and I reported it and the police have done absolutely nothing. "
    "Nobody's even called me back."
)
TOM_REFERRED = {
    "consent": True,
    "crime_type": "other",
    "reported_to_police": True,
    "age": 45.0,
    "borough": "camden",
    "relationship_to_offender": "stranger",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "07700 900233",
    "case_reference": "VC-6GY3J4",
    "account_details": ["road_crash", "driver_uninsured_or_untraced"],
}


@pytest.mark.parametrize(
    ("text", "then"),
    [
        (
            "I know they're not the police. I'm asking can the support worker chase the police "
            "FOR me, because the police won't answer me",
            [],
        ),
        (
            "So will they actually chase the police about my case or just give me another phone "
            "number? And is there anyone for the nightmares thing, I mentioned it earlier and you "
            "ignored it",
            ["utter_low_mood"],
        ),
    ],
)
def test_tom_can_the_support_worker_chase_the_police(text: str, then: list[str], domain) -> None:
    from tests.unit.known_answers import after_result

    sent = after_result(text, TOM_REFERRED, (TOM_FIRST,), domain)
    assert sent == ["utter_v86a2_worker_asks_police", *then]


def test_the_chase_answers_are_one_sms_with_sources() -> None:
    from tests.unit.known_answers import DOMAIN, assert_one_sms_with_a_source

    for name in ("utter_v86a2_worker_asks_police", "utter_v86a2_chase_with_online_reference"):
        assert_one_sms_with_a_source(name, DOMAIN / "responses_answers.yml")


@pytest.mark.parametrize(
    "text",
    [
        "how do I chase it? I just have a crime number, no officer name",
        "will they contact the police?",
        "will you tell the police about this?",
        "can they chase the money he owes me?",
    ],
)
def test_other_questions_about_the_police_are_not_the_chasing_answer(text: str) -> None:
    assert answer(text, "burglary", reported_to_police=True) != "utter_v86a2_worker_asks_police"


# -- 3. Tom: his account read from his first message; "A stranger obviously" read ---------------


def test_toms_first_message_is_a_road_crash() -> None:
    from actions.account import read_account

    told = read_account(TOM_FIRST)
    assert told.crime_type == "other"
    assert "road_crash" in told.details


@pytest.mark.parametrize(
    "text",
    [
        "a car knocked me off my bike on the way to work",
        "I was cycling home and a taxi clipped my front wheel, I went over the handlebars",
    ],
)
def test_a_cyclist_knocked_off_by_a_vehicle_is_a_road_crash(text: str) -> None:
    from actions.account import read_account

    assert "road_crash" in read_account(text).details


def test_falling_off_a_bike_with_no_vehicle_is_no_road_crash() -> None:
    from actions.account import read_account

    told = read_account("some lads pushed me and I went over the handlebars, then took my bike")
    assert "road_crash" not in told.details


TOM_STRANGER = (
    "A stranger obviously. But I've got his number plate on video so the police could find him "
    "in five minutes if they could be bothered. Why haven't they done anything? It's been a week."
)


def test_tom_a_stranger_obviously_is_read() -> None:
    from actions.answers import read_answer

    assert read_answer("relationship_to_offender", TOM_STRANGER).value == "stranger"


def test_a_relatives_number_is_still_someone_elses() -> None:
    from core.second_contact import number_is_someone_elses

    assert number_is_someone_elses("her number is 07700 900733. shes my daughter")
    assert not number_is_someone_elses("I've got his number plate on video")


# -- 4. Tom: seeing the van every time he closes his eyes -------------------------------------

TOM_FLASHBACKS = (
    "Does a broken collarbone count? Otherwise no. I'm not sleeping great either, keep seeing the "
    "van every time I close my eyes, but that's not a condition is it"
)


def test_tom_keeps_seeing_the_van_gets_the_flashbacks_answer() -> None:
    facts = {**TOM_REFERRED, "in_danger": False, "said": [TOM_FIRST]}
    for slot in ("referral_consent", "contact_safe", "contact_method", "contact_details"):
        facts.pop(slot)
    assert at_question(TOM_FLASHBACKS, "impairment", facts) == ["utter_flashbacks_ptsd"]


@pytest.mark.parametrize(
    "text",
    [
        "I keep seeing the van every time I close my eyes",  # told, not asked: no answer here
        "keep seeing his face every time i close my eyes and i want to die",  # crisis words
    ],
)
def test_not_asked_or_crisis_is_not_the_flashbacks_answer(text: str) -> None:
    from actions.aftermath_answers import v86a2_asks_about_reliving_it

    assert not v86a2_asks_about_reliving_it(text)


# -- 5. Priya: someone Asian to talk to ------------------------------------------------------

PRIYA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 34.0,
    "gender": "woman",
    "borough": "hounslow",
    "language": "english",
    "repeat_victimisation": True,
}
PRIYA_ASIAN = "is there someone asian i can talk to. who understands about in laws. punjabi"


def test_priya_someone_asian_gets_the_honest_none_on_my_list(domain) -> None:
    from tests.unit.known_answers import after_result

    assert after_result(PRIYA_ASIAN, PRIYA, ("hi",), domain) == [
        "utter_s83f_none_for_community_helpline"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is there someone who speaks punjabi?", "utter_interpreter"),
        ("anyone who speaks polish?", "utter_interpreter"),
        ("are there any services for muslim women?", "utter_k78h_muslim_women"),
    ],
)
def test_a_language_or_muslim_women_keep_their_answers(text: str, expected: str) -> None:
    assert answer(text, "domestic_abuse", gender="woman") == expected
