"""Round 86 fixes (helper v86c3): Daniel, 28, threatened by an app date with his pictures unless
he pays by Friday, and Aisha, 26, raped by a man from work two weeks ago (r86c-daniel.txt,
r86c-aisha.txt, findings-c.md people 3 and 5)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from core.text import SMS_LIMIT
from tests.unit.known_answers import answer_in_conversation, said_answer, sendable

DANIEL = (
    "hi i need help asap, a guy i met on an app is saying he'll send pics of me to my family "
    "unless i pay him 500 by friday. i dont know what to do",
    "ok yes. but if i dont pay hell send them. my family dont know im gay. my dad will literally "
    "kill me",
)
AISHA_FIRST = (
    "im not in danger. its just. something happened 2 weeks ago with a guy from work. he raped "
    "me. i havent told anyone. i still see him at work sometimes and i feel sick every time"
)
AISHA = (AISHA_FIRST,)
HAVENS_ASKED = (
    "can i talk to someone at the havens without it going to police? like just talk. i dont "
    "know if i want to report yet. sorry i know im being difficult"
)


# -- 1. Daniel: "i met him once" is an answer, not a question asked again -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "kind of, i met him once. i only know his first name and his profile. he blocked me on "
        "the app but hes texting my number now",
        "i just told you?? a guy from the app, i met him one time",
    ],
)
def test_daniel_met_him_once_is_someone_known(text: str) -> None:
    assert read_answer("relationship_to_offender", text).value == "someone_known"


def test_met_only_that_night_stays_a_stranger() -> None:
    assert read_answer("relationship_to_offender", "i only met him that night").value == "stranger"


# -- 2. Daniel: "yeah probably?? he knows im not out" is a yes, for his sexuality ---------------
def test_daniel_yeah_probably_is_a_hate_yes() -> None:
    got = read_answer(
        "hate_motivated",
        "i mean yeah probably?? he knows im not out, thats literally why hes doing it",
    )
    assert got.value is True
    assert got.extra.get("hate_strand") == ["sexual_orientation"]


def test_a_maybe_with_i_dunno_stays_unsure() -> None:
    got = read_answer("hate_motivated", "yeah maybe. i dunno if its about being gay")
    assert got.value is None and got.declined


# -- 3. Daniel: a call before Friday, not the police visiting his family --------------------------
@pytest.mark.parametrize(
    "text,consent",
    [
        ("ok thats good. yes pass my details, galop maybe? can they call before friday", None),
        (
            "what?? i dont want police at my family. i asked if someone can call ME before friday",
            True,
        ),
    ],
)
def test_daniel_call_before_friday(text: str, consent: bool | None) -> None:
    said = answer_in_conversation(
        text, "sexual_offence", DANIEL, age=28.0, referral_consent=consent
    )
    assert said is not None
    assert said.response == "utter_v86c3_call_before_images_lgbt"
    sent = sendable(said.response)[0].format(**said.args)
    assert "before Friday" in sent and "can't promise" in sent
    assert "0800 999 5428" in sent and "0345 6000 459" in sent
    assert "plain clothes" not in sent and len(sent) <= SMS_LIMIT


def test_asking_police_to_phone_first_still_gets_the_visit_answer() -> None:
    text = "can i ask the police to phone first before they come round? my dad is strict"
    assert said_answer(text, None, ()) == "utter_y4_police_adapt_visit"


# -- 4. Aisha: seeing him is not "more than once"; no invented Monday; HR is her choice -----------
def test_aisha_once_not_repeat() -> None:
    assert read_account(AISHA_FIRST).repeat is not True
    assert read_account("i feel sick every time he hits me").repeat is True


def test_aisha_work_answer_has_no_invented_day() -> None:
    assert said_answer(AISHA_FIRST, "sexual_offence", ()) == "utter_p81f_abuser_at_work"
    for text in sendable("utter_p81f_abuser_at_work"):
        assert "Monday" not in text


def test_aisha_no_hr_and_sorry_for_monday() -> None:
    text = (
        "no it only happened once. and i dont want HR to know, thats the whole thing. why did "
        "you say monday"
    )
    said = answer_in_conversation(text, "sexual_offence", AISHA)
    assert said is not None and said.response == "utter_v86c3_sorry_day_no_hr"
    sent = sendable(said.response)[0].format(**said.args)
    assert sent.startswith("Sorry, I shouldn't have said Monday")
    assert "don't have to tell HR" in sent and len(sent) <= SMS_LIMIT
    assert said_answer("i dont want HR to know", "sexual_offence", AISHA) == "utter_v86c3_no_hr"


# -- 5. Aisha: the Havens / Rape Crisis, not the Stalking Helpline --------------------------------
def test_aisha_police_at_work_without_stalking_helpline() -> None:
    text = (
        "someone to talk to i think. but if i report it will my work find out? like would police "
        "go to my work and interview people? everyone would know. he's kind of popular there and "
        "i'm new"
    )
    name = said_answer(text, "sexual_offence", AISHA)
    assert name == "utter_v86c3_police_not_at_work_sexual"
    sent = sendable(name)[0]
    assert "Stalking" not in sent and "Havens" in sent and len(sent) <= SMS_LIMIT


def test_stalking_victim_keeps_the_stalking_helpline() -> None:
    text = "what does it mean if i report it then. would the police go to my work?"
    said = ("my ex keeps turning up at my work and following me home",)
    assert said_answer(text, "stalking_harassment", said) == "utter_w70c_police_not_at_work"


def test_aisha_not_stalking_gets_a_sorry() -> None:
    text = "english. why stalking helpline hes not stalking me"
    assert said_answer(text, "sexual_offence", AISHA) == "utter_v86c3_not_stalking_sorry"


# -- 6. Aisha: "can i talk to someone at the havens without it going to police?" is a yes -------
def test_aisha_havens_yes() -> None:
    name = said_answer(HAVENS_ASKED, "sexual_offence", AISHA)
    assert name == "utter_v86c3_havens_yes_without_police"
    assert all(text.startswith("Yes") for text in sendable(name))


def test_do_the_havens_tell_police_keeps_no() -> None:
    text = "if i call the havens do they tell the police?"
    assert said_answer(text, "sexual_offence", AISHA) == "utter_havens_police_only_if_you_want"


def test_aisha_confused_gets_yes_you_can() -> None:
    text = "wait no i cant? or yes i can? im confused"
    for said in ((*AISHA, HAVENS_ASKED), (*AISHA, HAVENS_ASKED, text)):
        name = said_answer(text, "sexual_offence", said)
        assert name == "utter_v86c3_havens_yes_you_can"
        assert "Yes, you can" in sendable(name)[0]
