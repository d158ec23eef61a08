"""Round 55, helper C2: "will they find out" and contact-safety questions (Jay, Agnieszka, Chris,
Leah) got "I can't answer that one here"; Jay's "got shanked" was not understood."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn
from tests.unit.known_answers import (
    RESPONSES,
    numbers_not_in_directory,
    said_answer,
    sources_above,
)

JAY_SAID = [
    "im safe rn. but they know where i hang so idk",
    "got shanked in the arm outside the chicken shop 2 nights ago. hospital stitched it n sent "
    "me home",
]
JAY = dict(consent=True, age=19.0)
AGNIESZKA_SAID = [
    "my boss not pay me 3 months. she keep my ID card, she say for safety. I clean office and I "
    "sleep in office. she say she call immigration if I complain",
]
CHRIS_SAID = [
    "its hard to explain. my wife. shes not like violent violent but she does lose it. scratched "
    "my face last week. its not like proper abuse or anything",
    "no god no. who would believe me. im a 6ft bloke",
]
CHRIS = dict(consent=True, age=45.0, relationship_to_offender="partner_or_ex")
LEAH_SAID = [
    "hi. i have a crime number for stalking from 3 weeks ago and ive heard nothing from police "
    "since. he left flowers on my doorstep last night. what do i do",
    "i told you, my ex colleague. his name is ryan",
]
LEAH = dict(consent=True, age=23.0, reported_to_police=True)

NEW = (
    "utter_c2_feds_dont_get_your_name",
    "utter_c2_they_might_come_back_young",
    "utter_c2_they_might_come_back",
    "utter_c2_boss_wont_know",
    "utter_c2_they_wont_be_told",
    "utter_c2_who_calls_and_when",
    "utter_c2_kids_not_taken_man",
    "utter_c2_no_texts",
)


@pytest.mark.parametrize(
    "text",
    [
        "got shanked in the arm outside the chicken shop 2 nights ago. hospital stitched it n sent "
        "me home",
        "i got jooked in my leg last night",
        "man got chinged outside the shop, its me",
        "i got wetted up on the estate",
    ],
)
def test_street_words_for_stabbed_are_understood(text):
    assert read_account(text).crime_type == "serious_violence"


@pytest.mark.parametrize(
    "text", ["i got ripped off on ebay", "i shanked my drive into the trees at golf"]
)
def test_other_words_are_not_a_stabbing(text):
    assert read_account(text).crime_type != "serious_violence"


@pytest.mark.parametrize(
    "text",
    [
        "nah. no police. if i use this am i snitching? will the feds get my name",
        "if i say yes do the feds get my name or wat",
        "will the police get my details if i say yes",
        "is this snitching if i use this",
    ],
)
def test_feds_get_my_name_is_answered(text):
    assert said_answer(text, "serious_violence", JAY_SAID, **JAY) == (
        "utter_c2_feds_dont_get_your_name"
    )


@pytest.mark.parametrize(
    "text",
    [
        "nah first time. but they might come back innit, i aint been out since",
        "wouldnt go court anyway. can someone help me get out the area or sumn. they know my ends",
    ],
)
def test_they_might_come_back_gets_safety_advice(text):
    assert said_answer(text, "serious_violence", JAY_SAID, **JAY) == (
        "utter_c2_they_might_come_back_young"
    )
    older = said_answer(text, "assault", JAY_SAID, consent=True, age=40.0)
    assert older == "utter_c2_they_might_come_back"


@pytest.mark.parametrize(
    "text",
    [
        "I dont know. if I say yes, my boss will know? she check my phone sometimes",
        "thank you. she will not know it is from you?",
        "will you tell my boss?",
    ],
)
def test_boss_will_not_know(text):
    assert said_answer(text, "modern_slavery", AGNIESZKA_SAID, consent=True, age=38.0) == (
        "utter_c2_boss_wont_know"
    )


def test_kids_if_it_comes_out_for_a_man():
    text = "no. i just want to know if ill lose my kids if this comes out. 8 and 11"
    assert said_answer(text, "domestic_abuse", CHRIS_SAID, **CHRIS) == (
        "utter_c2_kids_not_taken_man"
    )
    # A woman abused by her husband keeps the older answer.
    her = ["my husband hits me"]
    assert said_answer(text, "domestic_abuse", her, **CHRIS) == "utter_children_not_taken"


@pytest.mark.parametrize(
    "text",
    [
        "ok. maybe. would it be a man or a woman calling. and they wouldnt ring when shes home "
        "would they",
        "they wont call when shes home will they",
        "can i have a man or a woman to talk to on the phone?",
    ],
)
def test_who_calls_and_when(text):
    assert said_answer(text, "domestic_abuse", CHRIS_SAID, **CHRIS) == (
        "utter_c2_who_calls_and_when"
    )


@pytest.mark.parametrize(
    "text",
    [
        "yes please. ideally someone who can push the police about the SPO. will ryan be told any "
        "of this?",
        "you didnt answer. will ryan find out im getting help?",
        "will he find out i came here?",
    ],
)
def test_will_the_stalker_be_told(text):
    assert said_answer(text, "stalking_harassment", LEAH_SAID, **LEAH) == (
        "utter_c2_they_wont_be_told"
    )


def test_no_texts_is_confirmed_not_plain_messages():
    answers = {"consent": True, "referral_consent": True}
    turn = Turn(text="only if its daytime on weekdays. she checks my phone so no texts",
                intent="affirm", requested="contact_safe", answers=answers)  # fmt: skip
    said = [say.response for say in read_turn(turn).say]
    assert "utter_c2_no_texts" in said and "utter_phone_seen" not in said


def test_phone_checked_without_no_texts_still_gets_plain_messages():
    answers = {"consent": True, "referral_consent": True}
    turn = Turn(text="yes its my phone. but my mum sometimes looks at it", intent="affirm",
                requested="contact_safe", answers=answers)  # fmt: skip
    assert [say.response for say in read_turn(turn).say] == ["utter_phone_seen"]


@pytest.mark.parametrize(
    ("text", "crime_type", "said", "answers"),
    [
        # Other people's near misses.
        ("is it snitching to tell a teacher?", "assault", [], dict(consent=True, age=15.0)),
        ("will the police tell my mum?", "assault", [], dict(consent=True, age=15.0)),
        ("he might come back tonight", "domestic_abuse", ["my husband hit me"], CHRIS),
        ("will my mum find out?", "stalking_harassment", [], dict(consent=True, age=15.0)),
        ("will the police find out who did it?", "stalking_harassment", [], LEAH),
        ("will my boss find out i was off sick?", "assault", ["a man hit me in the pub"], JAY),
        ("would it be a man or a woman doing the court case", "theft", [], JAY),
        ("the burglars might come back", "burglary", [], dict(consent=True, age=50.0)),
        ("can they take my kids abroad?", "domestic_abuse", ["my husband hits me"], CHRIS),
    ],
)
def test_near_misses_do_not_get_the_new_answers(text, crime_type, said, answers):
    assert said_answer(text, crime_type, said, **answers) not in NEW


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_message_with_sources(name):
    texts = [variant["text"] for variant in RESPONSES[name]]
    assert all(len(text) <= 320 for text in texts)
    assert "SOURCES" in sources_above(name)
    assert not numbers_not_in_directory(name)
