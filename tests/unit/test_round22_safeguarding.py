"""Safety questions role-players asked in round 22 that were ignored or met with "I can't answer
that one here": carrying a knife "for protection" after a robbery, calling 999 when deaf, an arm
that may be broken after a hammer blow, teenagers back at the windows tonight, somewhere to sleep
tonight after forced labour, a man who keeps messaging a sister, "do i have to tell my mum" (once
told how to hide this chat) and nudes about to be sent. Each answer is in
bot/domain/responses_safeguarding.yml with its sources; each is tested with the messages as they
were written, and with ordinary answers that must not get it."""

from __future__ import annotations

from pathlib import Path

import pytest
from known_answers import answer

from core import yaml_files
from tests.unit.conftest import responses
from tests.unit.test_assessment_form import run_validation

FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses_safeguarding.yml"
RESPONSES = yaml_files.load(FILE.read_text())["responses"]

ORDINARY = ["no", "yes", "35", "my boyfriend", "every night", "not sure", "yes every day", "38"]


def texts(name: str) -> list[str]:
    return [variant["text"] for variant in RESPONSES[name]]


NEW = [
    "utter_knife_for_protection",
    "utter_999_when_deaf",
    "utter_possible_broken_bone",
    "utter_asb_tonight",
    "utter_safe_tonight_exploitation",
    "utter_messages_still_coming",
    "utter_telling_a_parent",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_fits_one_message(name):
    for text in texts(name):
        assert len(text) <= 320, name
        assert "I promise" not in text and "will be fine" not in text


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize(
    "crime_type",
    ["robbery", "hate_crime", "stalking_harassment", "human_trafficking", "sexual_offence",
     "online_abuse"],
)  # fmt: skip
def test_ordinary_answers_get_none_of_these(text, crime_type):
    assert answer(text, crime_type) not in NEW
    assert answer(text, crime_type, for_someone_else=True, under_18=True) not in NEW


# -- Jamal, 20, robbed at knifepoint ------------------------------------------------------------

JAMAL = [
    "real talk im thinkin of carryin a blade now for protection innit. thats allowed if its for "
    "protection yeah?",
    "u never answered me tho. can i carry a knife if its just for protection",
    "bruh. is it legal to carry a knife or not",
    "so u just gonna ignore the knife ting? ... do i get nicked",
]


@pytest.mark.parametrize("text", JAMAL)
def test_carrying_a_knife_for_protection_is_answered(text):
    assert answer(text, "robbery") == "utter_knife_for_protection"
    assert answer(text, None) == "utter_knife_for_protection"


@pytest.mark.parametrize(
    "text",
    ["he had a knife", "he pulled a knife on me and took my phone", "robbed at knifepoint",
     "yes there was a knife", "he said he would stab me"],
)  # fmt: skip
def test_a_knife_in_the_account_is_not_a_question_about_carrying_one(text):
    assert answer(text, "robbery") != "utter_knife_for_protection"


def test_the_knife_answer_says_it_is_a_crime_even_for_protection_and_where_to_talk():
    young, adult = texts("utter_knife_for_protection")
    for message in (young, adult):
        assert "crime even if it's only for protection" in message
        assert "Criminal Justice Act 1988, s.139" in message and "more likely" in message
    assert "0800 1111" in young and "Fearless" in young
    assert "0800 1111" not in adult and "08 08 16 89 111" in adult
    assert RESPONSES["utter_knife_for_protection"][0]["condition"][0]["name"] == "under_18"


# -- Frank, 45, deaf BSL user -------------------------------------------------------------------

FRANK = [
    "not sure. neighbour maybe do it ... i cannot call 999 i am deaf",
    "how i call 999, i cannot hear",
    "how i call 999 if deaf",
]


@pytest.mark.parametrize("text", FRANK)
def test_how_to_call_999_when_deaf(text):
    assert answer(text, "hate_crime") == "utter_999_when_deaf"


@pytest.mark.parametrize(
    "text",
    ["i am deaf", "I'm deaf, neighbour did it", "not sure. neighbour maybe do it",
     "Hello. I am Deaf, use BSL. I was attacked in pub car park Saturday night. I cannot use "
     "phone. How I contact police by text?"],
)  # fmt: skip
def test_deafness_without_an_emergency_call_is_not_the_999_answer(text):
    assert answer(text, "assault") != "utter_999_when_deaf"


def test_the_999_answer_gives_the_app_the_textphone_and_emergency_sms():
    (message,) = texts("utter_999_when_deaf")
    assert "Relay UK app" in message and "18000" in message
    assert "texting 'register' to 999" in message


# -- Omar, hit on the arm with a hammer ---------------------------------------------------------

OMAR_ARM = [
    "My arm is very swollen, is it broken do you think?",
    "I am asking about my arm!!",
    "swollen and blue now near the elbow, I think maybe broken",
]


@pytest.mark.parametrize("text", OMAR_ARM)
def test_an_arm_that_may_be_broken_gets_the_broken_bone_answer_not_the_head_one(text):
    assert answer(text, "robbery") == "utter_possible_broken_bone"
    assert answer(text, "robbery", for_someone_else=True) == "utter_possible_broken_bone"


@pytest.mark.parametrize(
    "text",
    ["Last time I ask, should I go hospital", "should I go to hospital? It is hurting a lot"],
)
def test_going_to_hospital_is_answered(text):
    # Without the arm in the message, the general injury answer (no part named).
    assert answer(text, "robbery") == "utter_injury"


@pytest.mark.parametrize(
    "text",
    ["he grabbed my arm", "he hit me on the arm with a hammer", "my arm",
     "I'm pregnant and my arm is swollen, should I go hospital?",
     "he had his hands round my neck and my arm is swollen, is it broken?"],
)  # fmt: skip
def test_an_arm_only_mentioned_or_a_bigger_worry_is_not_the_broken_bone_answer(text):
    assert answer(text, "robbery") != "utter_possible_broken_bone"


def test_the_broken_bone_answer_says_where_today_and_when_to_call_999():
    for message in texts("utter_possible_broken_bone"):
        assert "urgent treatment centre" in message and "A&E" in message and "today" in message
        assert "NHS 111" in message and "999" in message
        assert "head" not in message
    assert "help them" in texts("utter_possible_broken_bone")[0]


# -- Paul, 48, teenagers at his windows every night ---------------------------------------------

PAUL = (
    "the council and the police have both ignored me. is there anything that makes them actually "
    "act? and what do i do at 10pm tonight when they're back"
)


def test_what_to_do_tonight_and_what_makes_them_act():
    assert answer(PAUL, "stalking_harassment") == "utter_asb_tonight"
    assert answer(PAUL, None) == "utter_asb_tonight"
    (message,) = texts("utter_asb_tonight")
    assert "999" in message and "ASB Case Review" in message and "3 times in 6 months" in message


@pytest.mark.parametrize(
    "text",
    ["every night", "they bang on my windows every night", "can the council stop the noise?",
     "what do i do tonight"],
)  # fmt: skip
def test_near_misses_are_not_the_tonight_answer(text):
    assert answer(text, "stalking_harassment") != "utter_asb_tonight"


# -- Marta, 44, forced labour at a car wash -----------------------------------------------------

MARTA = [
    "i want my passport back and leave this place. where i can sleep?",
    "if i call this helpline, they call police? and where i sleep tonight, i can not go back to "
    "boss",
    "please. tonight i have nowhere. he take my phone also sometimes",
    "so nobody help me? where i go tonight? i have no money",
]


@pytest.mark.parametrize("text", MARTA)
def test_somewhere_to_sleep_tonight_after_forced_labour(text):
    assert answer(text, "human_trafficking") == "utter_safe_tonight_exploitation"
    # From abuse by a partner or family, the refuge line (round 31), not "stay with family".
    assert answer(text, "domestic_abuse") == "utter_living_with_them"
    assert answer(text, "burglary") == "utter_somewhere_to_stay"


def test_the_helpline_answer_says_24_hours_and_the_police_only_with_consent():
    (message,) = texts("utter_safe_tonight_exploitation")
    assert "08000 121 700" in message and "any time" in message and "somewhere to stay" in message
    assert "ask you before telling the police" in message


@pytest.mark.parametrize(
    "text", ["where i work", "nowhere", "i have nowhere to turn", "boss keeps my passport"]
)
def test_near_misses_are_not_somewhere_to_sleep(text):
    assert answer(text, "human_trafficking") != "utter_safe_tonight_exploitation"


# -- Grace, for her sister Tina -----------------------------------------------------------------

GRACE = [
    "he knows where she lives and he keeps messaging her",
    "and he keeps messaging her what do we do about that",
    "what about the messages hes still sending her",
]


@pytest.mark.parametrize("text", GRACE)
def test_messages_still_coming_to_her(text):
    assert answer(text, "sexual_offence", for_someone_else=True) == "utter_messages_still_coming"


def test_the_messages_answer_speaks_of_them():
    (message,) = texts("utter_messages_still_coming")
    assert "Help them keep every message" in message and "not to reply" in message
    assert "101" in message and "999" in message and " you " not in message


@pytest.mark.parametrize(
    "text",
    ["my boyfriend", "he messaged her once", "is this stalking? he keeps messaging her",
     "he keeps messaging me saying hell send the pics unless i pay"],
)  # fmt: skip
def test_near_misses_are_not_the_messages_answer(text):
    assert answer(text, "sexual_offence") != "utter_messages_still_coming"


# -- Ellie, 15, sextortion ----------------------------------------------------------------------


def test_do_i_have_to_tell_my_mum_is_answered_not_told_to_delete_messages():
    assert answer("do i have to tell my mum", "online_abuse", under_18=True) == (
        "utter_telling_a_parent"
    )
    young, adult = texts("utter_telling_a_parent")
    assert "don't have to" in young and "0800 1111" in young and "isn't your fault" in young
    assert "delete" not in young and "0800 1111" not in adult
    assert RESPONSES["utter_telling_a_parent"][0]["condition"][0]["name"] == "under_18"


@pytest.mark.parametrize(
    "text",
    ["my mum", "i told my mum", "do i have to tell the police", "who sees this chat?",
     "will they tell my parents? and should i pay him or not"],
)  # fmt: skip
def test_near_misses_are_not_the_telling_a_parent_answer(text):
    assert answer(text, "online_abuse", under_18=True) != "utter_telling_a_parent"


@pytest.mark.parametrize(
    "text", ["hes gonna send them tonight pls just help", "stop him sending them"]
)
def test_images_about_to_be_sent_get_the_sextortion_answer(text):
    assert answer(text, "online_abuse", under_18=True) == "utter_sextortion"


async def test_tell_my_mum_at_the_police_question_gets_its_answer_not_the_privacy_one(
    dispatcher, domain
):
    await run_validation(
        dispatcher, domain, text="do i have to tell my mum", intent="inform",
        requested_slot="reported_to_police",
        slots={"consent": True, "in_danger": False, "crime_type": "online_abuse",
               "under_18": True},
    )  # fmt: skip
    said = responses(dispatcher)
    assert "utter_telling_a_parent" in said
    assert "utter_privacy_answer" not in said
