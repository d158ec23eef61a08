"""Round 62, helper H2: Deaf people (Yusuf, Stacey) and reading answers in context (Priti)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import h2_yes_to_other_news
from tests.unit.known_answers import RESPONSES, answer_in_conversation

YUSUF_SAID = [
    "hello. i deaf. my ex girlfriend send me message, she say she come my flat tonight. she "
    "angry. what i do",
    "i cant call. deaf. ok yes",
    "not now. she not here now. tonight maybe. what is emergencySMS? i not registered",
]
YUSUF = dict(consent=True, cannot_phone=True, offender="partner")
KEY = "feel safe. tonight. she have key maybe, i not sure she give back"
STACEY_SAID = [
    "hello. I need help please. my ex he send me message he kill me",
    "ok yes. but I am Deaf I cannot call 999. how I tell police?",
]
PRITI_SAID = [
    "hi. not sure if this is the right place. guy from hinge keeps sending me explicit stuff "
    "even after i unmatched and blocked him, now on insta. yesterday he turned up at the "
    "hospital where i work",
]


def _text(name: str) -> str:
    return str(RESPONSES[name][0]["text"])


@pytest.mark.parametrize(
    "text",
    [
        "she send many message. every day. she say she break my things, she say i will be "
        "sorry. we finish 2 month ago",
        "he send text many times every day. he say he come and kill me. I not have family here",
        "my ex girlfriend send many message every day",
    ],
)
def test_an_account_in_simple_english_is_an_account(text):
    assert read_account(text).crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "he sent me a message to say sorry",
        "she said she will come round tomorrow to fix the boiler",
        "my landlord texted me about the rent",
    ],
)
def test_ordinary_messages_are_not_harassment(text):
    assert read_account(text).crime_type != "stalking_harassment"


def test_news_after_yes_at_the_hate_question_is_not_a_yes():
    assert h2_yes_to_other_news(
        "yes. she message again 1 hour ago. she say tonight i see. i scared"
    )


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "yes he said it was because im black",
        "yes, they called me a paki again today",
        "yes because im deaf, she say deaf stupid",
        "yes. he text me again saying gay slurs",
        "yes i think so",
    ],
)
def test_real_yes_to_hate_stays_yes(text):
    assert not h2_yes_to_other_news(text)


def test_lock_advice_carries_the_deaf_route():
    said = answer_in_conversation("newham. what about key??", None, [*YUSUF_SAID, KEY], **YUSUF)
    assert said is not None and said.response == "utter_r6_stolen_key"
    assert said.then[-1].response == "utter_h2_no_voice_999"


def test_lock_advice_for_a_hearing_person_has_no_extra_line():
    said = answer_in_conversation(
        "newham. what about key??", None, [YUSUF_SAID[0], KEY], consent=True, offender="partner"
    )
    assert said is not None and not any(
        then.response and then.response.startswith("utter_h2_no_voice") for then in said.then
    )


def test_101_advice_carries_text_relay_for_stacey():
    said = answer_in_conversation(
        "yes. but only text or email. no phone. will police stop him?",
        "domestic_abuse",
        STACEY_SAID,
        consent=True,
        cannot_phone=True,
    )
    assert said is not None
    assert said.then[-1].response == "utter_h2_no_voice_101"
    assert "18001 101" in _text("utter_h2_no_voice_101")


def test_answers_with_their_own_deaf_variant_get_no_extra_line():
    said = answer_in_conversation(
        "any time. tonight what i do if she come and bang door", None, YUSUF_SAID, **YUSUF
    )
    assert said is not None and said.response == "utter_r7_door_banging"
    assert said.then == ()


def test_door_banging_does_not_call_the_offender_he():
    assert " he " not in f" {_text('utter_r7_door_banging')} "


def test_address_posts_are_not_taken_as_told():
    assert "posts with your address" not in _text("utter_q5_address_known")


@pytest.mark.parametrize("text", ["ok. how i register", "how do i register", "how register?"])
def test_how_to_register_for_emergencysms(text):
    said = answer_in_conversation(text, None, YUSUF_SAID, **YUSUF)
    assert said is not None and said.response == "utter_h2_emergencysms_register"


def test_how_to_register_without_emergencysms_is_not_this_answer():
    said = answer_in_conversation(
        "how do i register with a gp", "assault", ["he punched me"], consent=True
    )
    assert said is None or said.response != "utter_h2_emergencysms_register"


@pytest.mark.parametrize(
    "text",
    [
        "if i report to the police will they contact the hospital? genuinely need to know "
        "before i do anything",
        "feeling safe. and info on whether reporting means my trust gets told. i'm a junior "
        "doctor, i can't have HR involved",
        "will reporting tell my hospital?",
        "will the police tell the trust if i report",
    ],
)
def test_will_police_tell_work(text):
    said = answer_in_conversation(text, "stalking_harassment", PRITI_SAID, consent=True)
    assert said is not None and said.response == "utter_h2_police_and_employer"


@pytest.mark.parametrize(
    "text",
    [
        "will the police tell him i reported it",
        "can i get time off work to go to court",
        "will they tell my mum",
        "will the police tell my employer if i report?",
        "do the police contact your school if you report something",
    ],
)
def test_other_questions_are_not_about_work(text):
    said = answer_in_conversation(text, "assault", ["he hit me"], consent=True)
    assert said is None or said.response != "utter_h2_police_and_employer"


@pytest.mark.parametrize(
    "text",
    [
        PRITI_SAID[0],
        "yes. 3 weeks of it. dick pics, messages about what he'd do to me. then showed up at A&E "
        "reception asking for me by name",
    ],
)
def test_a_hospital_she_works_at_is_not_an_injury(text):
    assert "injured" not in read_account(text).details


@pytest.mark.parametrize(
    "text", ["he hit me and i went to a&e", "he punched me, i was in hospital overnight"]
)
def test_real_hospital_visits_are_still_injuries(text):
    assert "injured" in read_account(text).details
