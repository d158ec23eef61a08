"""Round 66, helper l4: Sophie (strangled by her boyfriend, going home to him tonight), Winston
(80, his phone snatched, a cut hand, a bit hard of hearing) and Jordan (16, jumped and kicked,
his AirPods taken)."""

from __future__ import annotations

import pytest

from actions import account, reading
from actions.answers import read_impairment
from actions.questions import l4_right_not_rights
from bot.risk_words import detect_risk
from tests.unit.known_answers import assert_one_sms_with_source, said_answer

SOPHIE_SAID = [
    "hi um I dont really know if I should be on here. my boyfriend and me had a row last night "
    "and he kind of put his hands round my neck. it wasnt that bad, he cried after and said sorry",
    "i told you, his hands on my neck. its not like he punches me or anything. my throat is a bit "
    "sore thats all",
]
WINSTON_SAID = [
    "Hello. Two young lads on bicycles took my mobile phone yesterday afternoon on Lewisham High "
    "Street",
    "NO I AM AT HOME. They snatched it right out of my hand and I went over on the pavement. Cut "
    "my hand",
    "Doreen rang the police for me yesterday. They gave her a number. They said an officer would "
    "ring me but HOW CAN THEY RING ME they have got my phone!",
]
JORDAN_SAID = [
    "yo some mandem from another school rushed me at the bus stop n took my airpods",
    "nah im home. ribs kinda bruised tho they was kicking me when i was on the floor",
]
END = "# -- end of round 66, helper l4 --"


def sophie(text: str) -> str | None:
    return said_answer(text, "domestic_abuse", SOPHIE_SAID, consent=True, gender="woman")


def winston(text: str) -> str | None:
    return said_answer(text, "robbery", WINSTON_SAID, consent=True, age=80.0)


# -- Sophie ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ok thanks. what if he kicks off again tonight, i cant exactly ring 999 with him right "
        "there",
        "what?? im asking what to do if he does it again tonight and hes in the room",
        "what if he starts again tonight and i cant call anyone",
        "what do i do if he goes for me again later, i cant talk with him there",
    ],
)
def test_sophie_tonight_when_she_cant_speak(text):
    assert sophie(text) == "utter_l4_tonight_cant_speak"


def test_right_there_is_not_a_request_for_rights():
    assert l4_right_not_rights(
        "ok thanks. what if he kicks off again tonight, i cant exactly ring 999 with him right "
        "there"
    )
    assert l4_right_not_rights("all right, thats right")
    # Asking for rights stays RIGHTS.
    assert not l4_right_not_rights("RIGHTS")
    assert not l4_right_not_rights("what are my rights")
    assert not l4_right_not_rights("do i have a right to know if he is arrested")
    assert not l4_right_not_rights("what is right 4")


def test_right_there_after_result_is_answered_not_rights(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    slots = dict(
        consent=True,
        crime_type="domestic_abuse",
        relationship_to_offender="partner_or_ex",
        gender="woman",
        assessment_done=True,
        results_shown=True,
    )
    tracker = make_tracker(
        slots=slots,
        text="ok thanks. what if he kicks off again tonight, i cant exactly ring 999 with him "
        "right there",
        intent="show_rights",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    sent = [m.get("response") or m.get("utter_action") for m in dispatcher.messages]
    assert "utter_l4_tonight_cant_speak" in sent
    assert "utter_show_rights" not in sent


@pytest.mark.parametrize(
    "text",
    [
        "would they tell me to leave him? and he sometimes looks at my phone so idk",
        "thats not what i asked. the helpline people, do they just tell you to leave? because im "
        "not leaving him",
        "will the helpline make me leave him?",
    ],
)
def test_sophie_services_dont_make_you_leave(text):
    assert sophie(text) == "utter_l4_services_dont_make_you_leave"


@pytest.mark.parametrize(
    "text",
    [
        # Amira (round 49, forced marriage) and Edna (round 49, t5): "leave" of their own.
        "no its not that. its about honour. izzat. they say i brought shame. can i get some kind "
        "of order so they cant take me? i dont want to leave my job",
        "Can anyone help without me having to leave?",
    ],
)
def test_own_leaving_is_not_services_telling_to_leave(text):
    assert sophie(text) != "utter_l4_services_dont_make_you_leave"


def test_the_police_question_keeps_its_answer():
    assert (
        sophie("if i told the police would they make me leave him?")
        == "utter_k2_police_wont_make_you_leave"
    )


@pytest.mark.parametrize(
    "text, crime_type",
    [
        # Not a partner: no plan for tonight with him, no "services don't make you leave".
        ("what if they start again tonight, i cant call anyone", "burglary"),
        ("what if he comes back tonight", "domestic_abuse"),
        ("would they tell me to leave?", "theft"),
        ("do i have to leave my flat", "domestic_abuse"),
    ],
)
def test_others_do_not_get_sophies_answers(text, crime_type):
    got = said_answer(text, crime_type, [], consent=True)
    assert got not in ("utter_l4_tonight_cant_speak", "utter_l4_services_dont_make_you_leave")


# -- Winston --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Doreen rang the police for me yesterday. They gave her a number. They said an officer "
        "would ring me but HOW CAN THEY RING ME they have got my phone!",
        "80. You did not answer me. How will the police get hold of me",
        "And will the police ring me on the landline? they only have the mobile number which the "
        "thieves have got now",
    ],
)
def test_winston_how_the_police_reach_him(text):
    assert winston(text) == "utter_l4_police_reach_no_phone"


@pytest.mark.parametrize(
    "text",
    [
        "That is not what I asked young man. Never mind. My hand is still sore from when I fell, "
        "should I do anything about it",
        "MY HAND. it is red and sore today",
        "the cut on my hand is hot and swollen",
        "my hand is throbbing and red, should i get it looked at",
    ],
)
def test_winston_sore_cut(text):
    assert winston(text) == "utter_l4_cut_may_be_infected"


@pytest.mark.parametrize(
    "text, said",
    [
        # No phone taken: how the police contact them is another answer.
        ("how will the police contact me", ["someone broke into my shed"]),
        # No cut told: a sore hand is not an infected cut.
        ("my hand is red and sore today", ["he grabbed my wrist and took my bag"]),
        # Someone else's cut, swollen (round 56, Imran): a possible broken bone.
        (
            "Imran has a cut on his arm, it is swollen. Should he see a doctor",
            ["my son imran was attacked, he has a cut on his arm"],
        ),
        # A sore neck after strangling keeps its own answer.
        ("my neck is still sore and red, should i do anything", [*SOPHIE_SAID, "i cut my hand"]),
    ],
)
def test_others_do_not_get_winstons_answers(text, said):
    got = said_answer(text, "robbery", said, consent=True)
    assert got not in ("utter_l4_police_reach_no_phone", "utter_l4_cut_may_be_infected")


def test_a_bit_hard_of_hearing_can_still_phone():
    text = "I am a bit hard of hearing. Otherwise fit as a fiddle, I drove the 36 bus for 30 years"
    got = read_impairment(text)
    assert got.value is True
    assert "cannot_phone" not in got.extra
    assert "deaf" not in (got.extra.get("community") or [])
    assert not account.read_account("I am a bit hard of hearing").cannot_phone


@pytest.mark.parametrize(
    "text",
    [
        "I'm hard of hearing so I can only do text please, no phone calls",
        "I am rather hard of hearing and I find the telephone very difficult",
        "I am deaf",
    ],
)
def test_hard_of_hearing_without_a_bit_still_cannot_phone(text):
    assert account.read_account(text).cannot_phone


# -- Jordan ---------------------------------------------------------------------------------


def test_jordan_home_and_kicked_before_is_not_danger():
    assert detect_risk(JORDAN_SAID[1]) is None


@pytest.mark.parametrize(
    "text",
    [
        "help they are kicking me",
        "he was kicking me and hes still here",
        "help they was kicking me and theyre still outside",
        "hes kicking the door",
    ],
)
def test_kicking_now_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    ["also u put theft, it wasnt like pickpocket they jumped me n kicked me", "its not theft"],
)
def test_jordan_theft_put_right_as_robbery(text):
    answers = {"crime_type": "theft", "said": JORDAN_SAID}
    assert reading.corrections(text, answers).get("crime_type") == "robbery"


def test_not_theft_without_force_is_not_robbery():
    answers = {"crime_type": "theft", "said": ["someone took my bike from outside the shop"]}
    assert reading.corrections("its not theft", answers).get("crime_type") != "robbery"


@pytest.mark.parametrize(
    "name, slot_sets",
    [
        ("utter_l4_tonight_cant_speak", ({}, {"gender": "man"})),
        ("utter_l4_services_dont_make_you_leave", ({}, {"gender": "man"})),
        ("utter_l4_police_reach_no_phone", ({},)),
        ("utter_l4_cut_may_be_infected", ({},)),
    ],
)
def test_new_answers_are_one_sms_with_source(name, slot_sets):
    assert_one_sms_with_source(name, END, slot_sets)
