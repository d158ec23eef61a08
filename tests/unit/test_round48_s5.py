"""Round 48, helper S5: Zoe, 15, groomed online by a 22-year-old; Lena, 29, five days after a
spiking; Fatima, 34, asking who keeps the bus camera's footage."""

from __future__ import annotations

import pytest

from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import ORGANISATIONS, RESPONSES, answer, sources_above

ZOE = {"age": 15.0, "account_details": ("online", "intimate_images")}
SPIKED = {"age": 29.0, "account_details": ("spiked",)}
NEW = [name for name in RESPONSES if name.startswith("utter_s5_")]


def test_new_answers_are_short_and_sourced():
    assert len(NEW) == 10
    for name in NEW:
        assert len(RESPONSES[name][0]["text"]) <= 320
        assert "SOURCES" in sources_above(name)


@pytest.mark.parametrize(
    "text",
    [
        "did what?? idk. i mean hes kinda my boyfriend i guess. tbh sometimes he asks for pics and"
        " gets a bit moody when i say no and he told me not to tell my mum about him cos she"
        " wouldnt understand. is that normal",
        "ok but is it normal tho?? for a bf to ask for pics",
        "he wants me to keep it secret from my parents, is that ok?",
    ],
)
def test_grooming_signs_are_named(text):
    assert answer(text, "online_abuse", **ZOE) == "utter_s5_grooming_signs"


@pytest.mark.parametrize(
    "text",
    [
        "no. i didnt send any i swear 😳 hes not like that tho he said he'd never hurt me. he wants"
        " me to come to his flat on saturday, he said he'll pay for my uber. should i go?",
        "im not in danger omg. and hes not asking me for money 😂 i just asked if i should go to"
        " his flat or not. block him?? hes my bf",
        "no. ur not listening. SHOULD I GO TO HIS FLAT ON SATURDAY yes or no",
    ],
)
def test_should_i_go_to_his_flat_is_answered(text):
    assert answer(text, "online_abuse", **ZOE) == "utter_s5_dont_go_to_his_flat"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        (
            "no lol im in my room. its not like that. its just theres this guy i met on insta and"
            " hes really sweet and says he loves me and wants to meet up this weekend. hes 22. is"
            " it actually illegal for him to date me? my friend said it is but i think shes just"
            " jealous 😂",
            {},
        ),
        (
            "nooo why would i report him hes not a criminal 😭 you didnt answer tho is it illegal"
            " or not",
            ZOE,
        ),
    ],
)
def test_the_law_on_an_adult_and_a_child_is_said(text, answers):
    assert answer(text, "online_abuse" if answers else None, **answers) == "utter_s5_age_law"


def test_both_questions_answered_law_first():
    said = known_answer(
        "no not yet. can u just tell me straight, is it illegal for a 22 yr old to go out with a"
        " 15 yr old. and is it bad if i go to his flat",
        "online_abuse",
        ORGANISATIONS,
        answers={"crime_type": "online_abuse", **ZOE},
    )
    assert said is not None and said.response == "utter_s5_age_law"
    assert [then.response for then in said.then] == ["utter_s5_dont_go_to_his_flat"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "theres no image i told u. ok i think maybe i wont go. but what do i tell him, he'll"
            " be upset 😔",
            "utter_s5_what_to_tell_him",
        ),
        ("omg stop saying about pictures!! can i talk to an actual person", None),
        ("ok. its thursday today so will they message before saturday?", None),
    ],
)
def test_no_more_picture_advice_after_no_pictures(text, expected):
    said = answer(text, "online_abuse", **ZOE)
    assert said is not None and said.startswith("utter_s5_")
    if expected:
        assert said == expected


def test_no_pictures_corrects_the_record():
    assert corrections(
        "theres no image i told u", {"age": 15.0, "account_details": ["online", "intimate_images"]}
    ) == {"account_details": ["online"]}
    assert "account_details" not in corrections(
        "there are no pictures", {"age": 15.0, "account_details": ["online"]}
    )


def test_unease_is_heard_at_the_needs_question():
    reading = read_turn(
        Turn(
            text="someone to talk to i guess. but not my mum. tbh i feel a bit weird about"
            " saturday now. like my tummy feels funny when i think about it",
            intent="inform",
            requested="needs",
            answers={"crime_type": "online_abuse", **ZOE},
            asked={"needs": 1},
        )
    )
    assert reading.slots.get("needs") == ["emotional"]
    assert [say.response for say in reading.say] == ["utter_s5_trust_that_feeling"]


@pytest.mark.parametrize(
    "text",
    [
        "he keeps asking for pics, is that normal",
        "should i go to his flat on saturday?",
        "i feel weird about saturday",
    ],
)
def test_adults_do_not_get_the_child_answers(text):
    said = answer(text, "online_abuse", age=34.0)
    assert said is None or not said.startswith("utter_s5_")


def test_lena_pep_and_being_ok():
    assert (
        answer(
            "english. wait its been 5 days so the hiv thing is too late?? im freaking out now",
            "assault",
            **SPIKED,
        )
        == "utter_s5_pep_after_72_hours"
    )
    assert (
        answer(
            "hackney. you just said the same thing again. am i going to be ok", "assault", **SPIKED
        )
        == "utter_s5_going_to_be_ok"
    )
    assert answer("am i going to be ok", "burglary", age=40.0) != "utter_s5_going_to_be_ok"


@pytest.mark.parametrize(
    "text",
    [
        "Ok. About the CCTV, can I ask TfL myself to save it? In case I don't report to police"
        " straight away",
        "No I don't have any video. I mean the bus camera. Can I contact TfL to keep it?",
        "I don't understand. Not my home. The camera ON THE BUS. Who do I ask so it's not deleted?",
    ],
)
def test_bus_camera_is_not_a_doorbell(text):
    assert answer(text, "assault", age=34.0) == "utter_s5_bus_cctv_yourself"


def test_own_doorbell_camera_still_gets_its_answer():
    said = answer("can i put a doorbell camera on my house?", "burglary", age=50.0)
    assert said != "utter_s5_bus_cctv_yourself"
