"""Round 41 (helper J1): false alarms and risk flags.

- Tom, 15: "no. they said theyd jump me if i snitch" got the suicide reply; his "wat?? im not
  gonna hurt myself. jump me means beat me up" was not taken, and the goodbye still said "If
  those thoughts come back". "will the boys know it was me that snitched" got nothing.
- Jess, 23: "omg i cant breathe" in a message about her pictures online got the heart-attack
  999 line; "can u just delete the bridge bit" and "will the support person see what i said
  about the bridge?" got "I can't answer that one here".
- Dev, 40: "shoplifting ones we mostly dont bother, whats the point" got Samaritans.
- Patrick, 67: "I don't know. She's had bruises before but I put it down to her knocking into
  things" got the 999 screen.
- Bella, 45: "Can I report to someone outside the Met?" got the 999 screen.

Each test quotes the message as written, and the real crises beside them must still alarm.
"""

from __future__ import annotations

import pytest
from conftest import responses
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory
from rasa_sdk import Tracker

from actions import dialogue
from actions.questions import mentions_medical_emergency
from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, takes_back_self_harm, trusted_crisis
from core import records
from tests.unit.conftest import after_self_harm_alarm

NEW = (
    "utter_j1_self_harm_misread",
    "utter_j1_panic_breathing",
    "utter_j1_threat_if_you_tell",
    "utter_j1_will_they_know_young",
    "utter_j1_delete_one_part",
    "utter_j1_team_sees_it",
)
TOM = {"age": 15, "under_18": True, "reported_to_police": False}
JESS = {"age": 23, "consent": True, "referral_consent": True, "contact_safe": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name,
        "round 41, helper J1",
        ({}, {"under_18": True}, {"consent": False}, {"cannot_phone": True}),
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- false alarms -------------------------------------------------------------------------------

FALSE_ALARMS = [
    "no. they said theyd jump me if i snitch",
    "wat?? im not gonna hurt myself. jump me means beat me up",
    "yes the knife one we reported, police came and took cctv. shoplifting ones we mostly dont "
    "bother, whats the point",
    "I don't know. She's had bruises before but I put it down to her knocking into things. Now "
    "I wonder.",
    "Thank you, Galop is what I was looking for. But my main worry: if I report her, will it go "
    "to her own colleagues? Can I report to someone outside the Met?",
    "they jumped my mate last week and said theyd jump me next",
    "can i speak to someone outside the police about it",
    "he keeps banging into things when hes drunk",
]


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_no_keyword_alarm(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize("text", FALSE_ALARMS)
@pytest.mark.parametrize("intent", [IN_DANGER, SELF_HARM])
def test_the_classifiers_crisis_guess_is_not_believed(text, intent):
    assert not trusted_crisis(text, intent)


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about jumping off the bridge near mine",
        "im going to jump off the bridge",
        "whats the point of living",
        "whats the point of anything anymore",
        "honestly i keep thinking about jumping off the bridge near mine",
    ],
)
def test_real_thoughts_of_suicide_still_alarm(text):
    assert detect_risk(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "i just want to jump",
        "i dont bother eating anymore whats the point",
        "reported it and nothing happened. i just feel whats the point of living",
        "i feel like jumping",
    ],
)
def test_the_classifiers_suicide_guess_is_still_believed(text):
    assert trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        "hes knocking on the door right now",
        "someone is outside my house",
        "theres someone outside the door",
        "hes banging on the door",
        "they said theyd kill me if i snitch",
        "hes outside banging on the window",
    ],
)
def test_real_danger_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


# -- panic, not a heart attack ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my ex has put nudes of me on a website omg i cant breathe",
        "oh my god he posted the pics everywhere i cant breathe",
        "im panicking i cant breathe",
    ],
)
def test_panic_gets_calm_breathing_not_999(text):
    assert not mentions_medical_emergency(text)
    assert answer(text, None) == "utter_j1_panic_breathing"


@pytest.mark.parametrize(
    "text",
    [
        "i cant breathe",
        "i cant breathe my chest is tight",
        "omg i cant breathe and my chest hurts",
        "omg he punched me in the ribs i cant breathe",
        "omg pain in my left arm",
    ],
)
def test_real_medical_emergencies_still_get_999(text):
    assert mentions_medical_emergency(text)
    assert answer(text, None) == "utter_medical_emergency"


def test_panic_at_a_question_is_answered_and_the_questions_go_on():
    reading = read_turn(
        Turn(
            text="omg i cant breathe he posted them online",
            intent="inform",
            requested="age",
            answers={"consent": True},
        )
    )
    assert "utter_j1_panic_breathing" in [s.response for s in reading.say]
    assert "utter_medical_emergency" not in [s.response for s in reading.say]
    assert not reading.pause


# -- Tom --------------------------------------------------------------------------------------


def test_a_threat_for_telling_is_answered_as_intimidation():
    assert answer("no. they said theyd jump me if i snitch", "robbery", **TOM) == (
        "utter_j1_threat_if_you_tell"
    )
    reading = read_turn(
        Turn(
            text="no. they said theyd jump me if i snitch",
            intent="deny",
            requested="reported_to_police",
            answers={"crime_type": "robbery", **TOM, "reported_to_police": None},
        )
    )
    assert reading.slots.get("reported_to_police") is False
    assert "utter_j1_threat_if_you_tell" in [s.response for s in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "and if i do tell police will the boys know it was me that snitched",
        "will they know it was me who told",
        "would the olders find out i snitched",
    ],
)
def test_will_they_know_it_was_me_young(text):
    assert answer(text, "robbery", **TOM) == "utter_j1_will_they_know_young"


def test_an_adult_keeps_the_adults_answer():
    said = answer(
        "will the police tell him i reported it", "assault", age=30, reported_to_police=False
    )
    assert said == "utter_will_they_know"


@pytest.mark.parametrize(
    "text",
    [
        "wat?? im not gonna hurt myself. jump me means beat me up",
        "lol no mate im fine, i meant reporting shoplifting is pointless. im 40",
        "i'm not suicidal, I meant the police are pointless",
    ],
)
def test_a_misread_suicide_reply_is_taken_back(text):
    assert takes_back_self_harm(text)
    assert answer(text, "robbery") == "utter_j1_self_harm_misread"


@pytest.mark.parametrize(
    "text",
    [
        "im at home not at the bridge. i dont think id actually do it. i just want them gone",
        "no im not going to hurt myself yet",
        "im fine",
        "i havent hurt myself but i want to die",
        "no i meant i want to die",
        "not gonna hurt myself but i might",
        "no. i wont hurt myself tonight",
    ],
)
def test_these_do_not_take_it_back(text):
    assert not takes_back_self_harm(text)
    assert answer(text, "robbery") != "utter_j1_self_harm_misread"


def _tracker(trigger: str, then: str, consent: bool = True) -> Tracker:
    return after_self_harm_alarm("tom", trigger, then, consent)


TOM_SAID = "no. they said theyd jump me if i snitch"
TOM_PUT_RIGHT = "wat?? im not gonna hurt myself. jump me means beat me up"


def test_the_flag_comes_off_and_the_goodbye_has_no_samaritans(dispatcher, domain):
    db = records.open_db()
    records.raise_flag(db, "tom", "self_harm")
    events = dialogue.ActionOutsideQuestions().run(
        dispatcher, _tracker(TOM_SAID, TOM_PUT_RIGHT), domain
    )
    assert {"event": "slot", "name": "flags", "value": []} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events
    ]
    assert "self_harm" not in records.flags_for(db, "tom")
    goodbye = new_dispatcher()
    dialogue._f5_goodbye(goodbye, _tracker(TOM_SAID, TOM_PUT_RIGHT), "ok thx")
    assert responses(goodbye) == ["utter_f5_goodbye_referred"]


def test_words_of_suicide_keep_the_flag(dispatcher, domain):
    db = records.open_db()
    records.raise_flag(db, "tom", "self_harm")
    said = "i want to kill myself"
    tracker = _tracker(said, TOM_PUT_RIGHT)
    assert not dialogue.j1_self_harm_taken_back(tracker)
    dialogue.ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert "self_harm" in records.flags_for(db, "tom")
    goodbye = new_dispatcher()
    dialogue._f5_goodbye(goodbye, tracker, "ok thx")
    assert responses(goodbye) == ["utter_f5_goodbye_samaritans_referred"]


def new_dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


# -- Jess -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wait actually can u delete what i told u. i dont want the bridge thing written down "
        "anywhere, what if it gets back to my work or my mum",
        "can u just delete the bridge bit and keep the rest so they still text me about the pics?",
        "can you delete my last message",
        "please remove that part",
    ],
)
def test_deleting_one_part_is_explained(text):
    assert answer(text, "online_abuse", **JESS) == "utter_j1_delete_one_part"


def test_who_sees_what_i_said_about_the_bridge():
    text = "will the support person see what i said about the bridge?"
    assert answer(text, "online_abuse", **JESS) == "utter_j1_team_sees_it"


@pytest.mark.parametrize(
    "text",
    [
        "how do i get the pics deleted from the website",
        "can they delete the photos",
        "please delete it all",
        "delete my data",
        "should i delete his messages",
    ],
)
def test_other_deletions_are_not_one_part(text):
    assert answer(text, "online_abuse", **JESS) not in (
        "utter_j1_delete_one_part",
        "utter_j1_team_sees_it",
    )


def test_keep_the_rest_never_deletes_everything(dispatcher, domain, records_db):
    text = (
        "can u just delete the bridge bit and keep the rest so they still text me about the pics?"
    )
    latest = {"text": text, "intent": {"name": "delete_my_data", "confidence": 0.9}}
    tracker = Tracker.from_dict(
        {
            "sender_id": "jess",
            "slots": {"consent": True},
            "latest_message": latest,
            "events": [{"event": "user", "text": text, "parse_data": latest}],
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )
    events = dialogue.ActionDeleteMyData().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_j1_delete_one_part"]
    assert events == []


# -- ordinary messages keep their answers -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "15",
        "they took my phone and my money",
        "some older boys keep taking my money n my phone when i walk to school. 3rd time now",
        "what do i do tmrw tho. walking to school. theyll be there",
        "is childline like a real person",
        "no chest pain just bruises",
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text):
    assert answer(text, "robbery", **TOM) not in NEW
