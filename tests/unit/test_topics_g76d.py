"""Round 76, helper g76d: questions answered wrongly or not at all (Tomasz, Marcus, Nia, Samira,
Lucy, Ahmed, Harold), each with their words, the same asked in other words, and other people's
messages that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn
from referrals.matching import match_organisations
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    ORGANISATIONS,
    answer,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    topic_answered,
)

ANSWERS_FILE = DOMAIN / "responses_answers.yml"
TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = {
    "utter_g76d_damage_is_a_crime": ANSWERS_FILE,
    "utter_g76d_images_not_in_trouble_adult": ANSWERS_FILE,
    "utter_g76d_images_not_in_trouble_any": ANSWERS_FILE,
    "utter_g76d_tenancy_safe": ANSWERS_FILE,
    "utter_g76d_costs_compensation_order": ANSWERS_FILE,
    "utter_g76d_safe_getting_home": TOPICS_FILE,
    "utter_g76d_stolen_things_back_unreported": TOPICS_FILE,
}


@pytest.mark.parametrize("name", sorted(NEW))
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, NEW[name])
    assert "g76d" in name and name in ALL_RESPONSES


def form(text: str, requested: str | None, **answers: Any) -> list[str]:
    reading = read_turn(
        Turn(text=text, requested=requested, answers=answers, organisations=ORGANISATIONS)
    )
    return [say.response for say in reading.say]


# -- 1. Tomasz: a neighbour's camera that may have filmed the theft ----------------------------

TOMASZ = {
    "consent": True, "in_danger": False, "reported_to_police": True, "age": 41.0,
    "under_18": False,
}  # fmt: skip
TOMASZ_CAMERA = "no idea. maybe camera from neighbour see something. does police look at CCTV??"


@pytest.mark.parametrize("crime", ["criminal_damage", "other", None])
def test_tomasz_police_and_cctv_gets_tell_the_police_and_save_it(crime):
    said = form(TOMASZ_CAMERA, "relationship_to_offender", crime_type=crime, **TOMASZ)
    assert said[:1] == ["utter_k3_neighbours_camera"]


def test_tomasz_asked_again_gets_the_same():
    text = (
        "what?? neighbour is not problem, he is nice man. I ask if POLICE check the cameras to "
        "find thief. first time this happen"
    )
    said = form(
        text,
        "repeat_victimisation",
        crime_type="criminal_damage",
        relationship_to_offender="unknown",
        **TOMASZ,
    )
    assert said[:1] == ["utter_k3_neighbours_camera"]


def test_tomasz_after_the_result_tell_the_police_himself():
    got = answer_in_conversation(
        "ok. so camera I tell police myself? thanks",
        "criminal_damage",
        [TOMASZ_CAMERA],
        relationship_to_offender="unknown",
        **TOMASZ,
    )
    assert got is not None and got.response == "utter_k3_neighbours_camera"


@pytest.mark.parametrize(
    "text",
    [
        TOMASZ_CAMERA,
        "what?? neighbour is not problem, he is nice man. I ask if POLICE check the cameras",
        "why anti social team? is theft not neighbour. and you not answer me",
    ],
)
def test_a_neighbour_who_only_filmed_or_saw_it_is_not_the_one_doing_it(text):
    assert "neighbour" not in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour keeps banging on my door and leaving notes",
        "the neighbours kids smashed my car window",
        "my neighbour's camera is pointing into my garden",
        "its the bloke next door, he keeps filming me with his camera",
    ],
)
def test_a_neighbour_doing_it_is_still_read(text):
    assert "neighbour" in read_account(text).details


def test_tomasz_is_not_given_the_council_asb_team():
    details = sorted(read_account(TOMASZ_CAMERA).details)
    answers = {
        "crime_type": "criminal_damage", "age": 41, "borough": "ealing",
        "relationship_to_offender": "unknown", "account_details": details,
        "needs": ["compensation", "information"], "language": "english",
    }  # fmt: skip
    assert "council-asb-team" not in [o.id for o in match_organisations(answers, ORGANISATIONS)]


JOY = {
    "age": 68, "relationship_to_offender": "someone_known", "repeat_victimisation": True,
    "said": ("my neighbour has put a camera pointing into my garden and bedroom window",),
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "is my neighbour allowed to have a camera pointing into my garden?",
        "next door's doorbell camera is filming me every time i go out",
        "can i complain to the ico about his cctv?",
    ],
)
def test_a_camera_filming_the_person_keeps_the_data_protection_answer(text):
    assert answer(text, "stalking_harassment", **JOY) == "utter_w4_neighbour_camera"


# -- 2. Marcus: his own doorbell's footage, for his crime report -------------------------------

MARCUS = {
    "consent": True, "in_danger": False, "reported_to_police": True, "repeat_victimisation": True,
    "relationship_to_offender": "someone_known", "age": 38.0, "hate_motivated": False,
}  # fmt: skip


@pytest.mark.parametrize(
    "text, requested",
    [
        (
            "no. for fucks sake. ok different question. my ring doorbell might have caught him, "
            "can i give that to the police? do they even want it",
            "impairment",
        ),
        (
            "i already HAVE the doorbell. im asking if i can send the footage to the police for "
            "my crime report. and no im not scared of him, id happily stand up in court",
            "fear_of_giving_evidence",
        ),
    ],
)
def test_marcus_own_footage_gets_save_it_and_give_it_to_the_police(text, requested):
    said = form(text, requested, crime_type="criminal_damage", **MARCUS)
    assert said[:1] == ["utter_own_cctv_save"]
    assert "utter_k3_neighbours_camera" not in said


def test_own_footage_in_other_words():
    text = "my cctv caught the guy, can i send it to the police?"
    assert answer(text, "criminal_damage", **MARCUS) == "utter_own_cctv_save"


@pytest.mark.parametrize(
    "text, crime, expected",
    [
        ("can i put a camera above my own front door?", "criminal_damage", "utter_p4_own_cctv"),
        (
            "my neighbour's ring doorbell might have caught it, can i ask them for the footage?",
            "burglary",
            None,
        ),
    ],
)
def test_other_cameras_keep_their_answers(text, crime, expected):
    got = answer(text, crime, **MARCUS)
    assert got != "utter_own_cctv_save"
    if expected:
        assert got == expected


# -- 3. Marcus: is criminal damage a crime or ASB ----------------------------------------------


@pytest.mark.parametrize(
    "text, requested",
    [
        ("38. and you still havent answered me. crime or ASB?", "age"),
        (
            "no. its about a parking space not my race. so its ASB then not a crime? slashing 4 "
            "tyres isnt a crime?",
            "hate_motivated",
        ),
    ],
)
def test_marcus_crime_or_asb_gets_yes_a_crime(text, requested):
    said = form(text, requested, crime_type="criminal_damage", **MARCUS)
    assert said[:1] == ["utter_g76d_damage_is_a_crime"]
    assert "utter_council_asb" not in said


def test_marcus_after_the_misread_gets_the_apology_then_the_answer():
    text = (
        "what?? samaritans?? mate im not suicidal im pissed off. just answer the question, is "
        "criminal damage a crime or not"
    )
    first = "Some scumbag has keyed my car and slashed my tyres AGAIN. third time in 2 months"
    got = answer_in_conversation(text, "criminal_damage", [first], **MARCUS)
    assert got is not None and got.response == "utter_j1_self_harm_misread"
    assert [then.response for then in got.then] == ["utter_g76d_damage_is_a_crime"]


def test_brenda_firework_keeps_its_answer():
    text = "Is a firework through the door a crime or just kids being silly?"
    assert answer(text, "criminal_damage", age=70) == "utter_damage_is_a_crime"


# -- 4. Nia: in trouble for having sent the pictures -------------------------------------------

NIA = {
    "consent": True, "in_danger": False, "relationship_to_offender": "partner_or_ex",
    "account_details": ["intimate_images", "online"],
}  # fmt: skip


def test_nia_before_her_age_gets_the_adult_route_and_childline():
    said = form(
        "no. will i get in trouble tho?? bc i sent them to him in the first place",
        "reported_to_police",
        crime_type="online_abuse",
        **NIA,
    )
    assert said[:1] == ["utter_g76d_images_not_in_trouble_any"]


@pytest.mark.parametrize(
    "text",
    [
        "its snapchat not insta. and pls just answer, am i gonna get in trouble with police if i "
        "report bc i sent them",
        "will i get in trouble tho?? bc i sent them to him in the first place",
    ],
)
def test_nia_at_19_gets_a_plain_no(text):
    got = answer(text, "online_abuse", age=19.0, under_18=False, **NIA)
    assert got == "utter_g76d_images_not_in_trouble_adult"


def test_nia_two_questions_get_both_answers():
    text = (
        "can the revenge porn ppl actually get them off snap? and u never said if i get in "
        "trouble. like legally"
    )
    got = answer(text, "online_abuse", age=19.0, under_18=False, **NIA)
    assert got == "utter_n3_images_take_down"
    from actions.questions import matching_answers

    found = [s.response for s in matching_answers(text, "online_abuse", ORGANISATIONS, False, {
        "crime_type": "online_abuse", "age": 19.0, "under_18": False, **NIA})]  # fmt: skip
    assert "utter_g76d_images_not_in_trouble_adult" in found


def test_a_child_keeps_the_childline_answer():
    got = answer(
        "will i get in trouble?? i sent them to him first",
        "online_abuse",
        age=15.0,
        under_18=True,
        **NIA,
    )
    assert got not in ("utter_g76d_images_not_in_trouble_adult",
                       "utter_g76d_images_not_in_trouble_any")  # fmt: skip


def test_nia_he_wont_find_out_right():
    got = answer_in_conversation(
        "ok ty. he wont find out about this right",
        "online_abuse",
        ["my ex put pics of me in a snap group"],
        age=19.0,
        under_18=False,
        referral_consent=True,
        **NIA,
    )
    assert got is not None and got.response == "utter_h6_they_wont_know"


# -- 5. Samira: losing her council flat for reporting ------------------------------------------

SAMIRA = {
    "consent": True, "in_danger": False, "repeat_victimisation": True, "hate_motivated": True,
}  # fmt: skip


def test_samira_reporting_does_not_lose_her_flat_and_status_kept():
    said = form(
        "no. if I report police, is problem for my status? and my flat is council, they can "
        "move me out?",
        "reported_to_police",
        crime_type="other",
        **SAMIRA,
    )
    assert said == ["utter_g76d_tenancy_safe", "utter_immigration"]


def test_samira_asked_again():
    text = (
        "yes?? they move me out?? I dont want move, my son school is here. I only ask if I lose "
        "my flat if I complain"
    )
    assert answer(text, "other", reported_to_police=False, **SAMIRA) == "utter_g76d_tenancy_safe"


def test_a_tenant_asking_for_a_move_keeps_the_move_answer():
    text = "i want to move, can the council rehouse me because of the racist neighbour?"
    assert answer(text, "other", **SAMIRA) != "utter_g76d_tenancy_safe"


# -- 6. Lucy: feeling safe getting home --------------------------------------------------------

LUCY = {
    "crime_type": "stalking_harassment", "age": 31.0, "under_18": False,
    "relationship_to_offender": "stranger", "reported_to_police": False,
}  # fmt: skip
LUCY_ASKS = (
    "feeling safe mostly. what can I actually do to feel safe getting home from the station? I "
    "finish work at 7 and it's dark"
)


def test_lucy_gets_the_safe_way_home_answer():
    assert form(LUCY_ASKS, "needs", consent=True, in_danger=False, **LUCY)[:1] == [
        "utter_g76d_safe_getting_home"
    ]
    assert topic_answered(LUCY_ASKS, LUCY) == "utter_g76d_safe_getting_home"
    assert topic_answered("how do i stay safe walking home at night?", LUCY) == (
        "utter_g76d_safe_getting_home"
    )


def test_the_car_park_at_work_keeps_its_answer():
    text = "I need to get to my car tonight without him there, I finish work at 6"
    assert answer(text, "stalking_harassment", age=40) == "utter_m3_leaving_work_tonight"
    assert topic_answered("how do I get to my car safely when I go home?", LUCY) is None


# -- 7. Ahmed: lost days, the dentist's bill and the fare --------------------------------------

AHMED = {
    "consent": True, "in_danger": False, "reported_to_police": True, "age": 52.0,
    "under_18": False, "relationship_to_offender": "stranger",
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "cica pay my 3 days money? and the fare he not pay £38",
        "dentist say £280 for tooth. who pay this",
    ],
)
def test_ahmed_who_pays_gets_cica_and_a_compensation_order(text):
    assert answer(text, "assault", **AHMED) == "utter_g76d_costs_compensation_order"


def test_a_broken_tooth_without_money_keeps_the_dentist_answer():
    assert answer("my tooth is broken, where do i go?", "assault", **AHMED) != (
        "utter_g76d_costs_compensation_order"
    )


# -- 8. Harold: the ring back, not yet reported ------------------------------------------------

HAROLD = {
    "crime_type": "theft", "age": 84.0, "under_18": False, "reported_to_police": False,
    "relationship_to_offender": "stranger",
}  # fmt: skip


def test_harold_gets_what_to_do_for_the_ring():
    text = (
        "I would like to feel safe in my own home again. And the ring is the thing that matters "
        "to me, it was Margaret's. Is there any chance of getting it back? Harold"
    )
    said = (
        "A man came to the door on Tuesday and said he was from the water board. After he left "
        "my wallet was gone and my late wife's ring from the dresser. Harold",
    )
    got = topic_answered(text, {**HAROLD, "said": said})
    assert got == "utter_g76d_stolen_things_back_unreported"
    reported = {**HAROLD, "reported_to_police": True, "said": (*said, "yes i reported it")}
    assert topic_answered(text, reported) == "utter_topic_stolen_things_back"
