"""Round 86, helper u86c: the contact step and support requests left from rounds 84 and 85.

Femi, 27, robbed at knifepoint, his hand cut and his phone taken, texting from his friend Tunde's
phone; Stanley, 80, whose daughter is not to know; Wayne, 30, learning disability, whose support
worker Jo helps him with calls. Each test quotes their words.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

FEMI_TOLD = [
    "2 guys robbed me at knifepoint last night, they took my phone and my wallet. they cut my hand",
]
FEMI = {
    "age": 27,
    "account_details": ["weapon", "injured"],
    "referral_consent": True,
    "contact_safe": True,
    "results_shown": True,
}

# -- 2. a new phone after a robbery --------------------------------------------------------


def test_how_do_i_get_a_new_phone_is_answered_about_the_phone():
    said = answer_in_conversation("how do i get a new phone", "robbery", FEMI_TOLD, **FEMI)
    assert said is not None and said.response == "utter_u86c_new_phone"


@pytest.mark.parametrize(
    "text",
    ["can i get my phone back", "can i get compensation for the phone", "how do i stop my cards"],
)
def test_other_phone_questions_keep_their_answers(text):
    said = answer_in_conversation(text, "robbery", FEMI_TOLD, **FEMI)
    assert said is None or said.response != "utter_u86c_new_phone"


def test_a_new_phone_with_no_theft_is_not_this_answer():
    said = answer_in_conversation(
        "how do i get a new phone, he keeps texting me", "stalking_harassment", ["my ex"]
    )
    assert said is None or said.response != "utter_u86c_new_phone"


# -- 3. compensation for his cut hand: CICA, not "things taken" ------------------------------


@pytest.mark.parametrize(
    "text",
    ["can I get compensation for the hand", "can i get compensation for my phone and my hand"],
)
def test_compensation_for_the_hand_is_cica(text):
    said = answer_in_conversation(text, "robbery", FEMI_TOLD, **FEMI)
    assert said is not None and said.response == "utter_u86c_cica_for_injury"


def test_compensation_for_the_phone_alone_still_says_things_taken():
    said = answer_in_conversation("can i get compensation for the phone", "robbery", FEMI_TOLD)
    assert said is not None and said.response == "utter_robbery_things_taken"


def test_compensation_for_a_hand_after_a_burglary_is_not_cica():
    said = answer_in_conversation(
        "can I get compensation for the hand", "burglary", ["they broke in"]
    )
    assert said is None or said.response != "utter_u86c_cica_for_injury"


@pytest.mark.parametrize("name", ["utter_u86c_new_phone", "utter_u86c_cica_for_injury"])
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "u86c (round 86)")
    assert numbers_not_in_directory(name) == []


# -- 1. Femi on his friend Tunde's phone: not writing for someone else; number and name kept --

TUNDE = "this is my friend Tunde's phone, call this number and ask for Femi"
TUNDE_NUMBER = "this is my friend Tunde's phone 07700 900461, call this number and ask for Femi"


@pytest.mark.parametrize("text", [TUNDE, TUNDE_NUMBER, "im on my mates phone, ask for Femi"])
def test_a_borrowed_phone_is_not_writing_for_someone_else(text):
    from actions import account

    assert not account.read_account(text).for_someone_else


@pytest.mark.parametrize(
    "text", ["this is my friend, she was attacked", "its my friend tunde, he was robbed"]
)
def test_writing_for_a_friend_is_still_read(text):
    from actions import account

    assert account.read_account(text).for_someone_else


def _at(text, requested, **answers):
    from actions.reading import Turn, read_turn

    told = {"crime_type": "robbery", "age": 27, "referral_consent": True, **answers}
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=told))


def test_at_is_it_safe_the_borrowed_phone_is_a_yes_by_phone_with_the_number():
    reading = _at(TUNDE_NUMBER, "contact_safe")
    assert reading.slots.get("contact_safe") is True
    assert reading.slots.get("contact_method") == "call"
    assert reading.slots.get("contact_details") == "07700900461"
    assert "utter_about_them" not in [say.response for say in reading.say]
    assert _at(TUNDE, "contact_safe").slots.get("contact_safe") is True


def test_the_friends_phone_is_noted_for_the_worker():
    from actions.reading import contact_notes_said

    assert "friends_phone" in contact_notes_said(TUNDE)


def test_whose_phone_and_the_name_to_ask_for_are_said_back():
    from actions import wording
    from core.second_contact import borrowed_phone

    found = borrowed_phone(["yes", TUNDE])
    assert found is not None and found.ask_for == "Femi"
    line = wording.contact_line(
        {
            "contact_method": "call",
            "contact_details": "07700900461",
            "phone_owner": found.owner,
            "ask_for": found.ask_for,
        }
    )
    assert "your friend Tunde's number ending 461" in line and "asking for Femi" in line
    assert borrowed_phone(["call me on 07700 900461"]) is None


# -- 4. Stanley, 80: "not the house phone" kept as a contact note --------------------------

STANLEY = "07700 900388 thats my mobile. not the house phone"


def test_not_the_house_phone_is_a_contact_note():
    from actions.reading import contact_notes_said
    from core import contact_notes

    assert "not_house_phone" in contact_notes_said(STANLEY)
    assert "not_house_phone" in contact_notes_said("not the house phone")
    assert contact_notes.for_worker(["not_house_phone"])


@pytest.mark.parametrize(
    "text",
    ["020 8690 4417 thats the house phone", "the house phone is best", "ring the landline please"],
)
def test_the_house_phone_chosen_is_no_such_note(text):
    from actions.reading import contact_notes_said

    assert "not_house_phone" not in contact_notes_said(text)


def test_not_the_house_phone_said_during_the_questions_is_kept():
    from actions.assessment_form import u86c_notes_noted

    answers: dict = {"referral_consent": True, "said": ["yes", STANLEY]}
    u86c_notes_noted(answers)
    assert answers["contact_notes"] == ["not_house_phone"]


# -- 5. Wayne: "can they talk to jo too": Jo there too, noted and said back -----------------

WAYNE_REFERRED = {
    "consent": True,
    "assessment_done": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "07700900217",
    "crime_type": "human_trafficking",
}


def _run(action, slots, text, intent="inform", earlier=()):
    from rasa_sdk.executor import CollectingDispatcher

    from tests.unit.conftest import make_tracker

    tracker = make_tracker(slots, text=text, intent=intent, active_loop=None)
    for said in reversed(earlier):
        tracker.events.insert(0, {"event": "user", "text": said})
    dispatcher = CollectingDispatcher()
    events = action().run(dispatcher, tracker, {})
    return dispatcher.messages, events


def test_can_they_talk_to_jo_too_is_kept_and_said_back():
    from actions.dialogue import ActionWhileWaiting

    waiting = {**WAYNE_REFERRED, "waiting_for_person": True, "handoff": "waiting"}
    messages, events = _run(ActionWhileWaiting, waiting, "can they talk to jo too")
    said = [m.get("response") for m in messages]
    assert said == ["utter_u86c_supporter_too"] and messages[0].get("who") == "Jo"
    notes = [e["value"] for e in events if e.get("name") == "contact_notes"]
    assert notes == [["supporter_too"]]


def test_the_handover_line_says_jo_there_too():
    from actions.dialogue import ActionHandoff

    messages, _ = _run(
        ActionHandoff,
        WAYNE_REFERRED,
        "can i talk to a real person",
        intent="request_human",
        earlier=["can they talk to jo too"],
    )
    said = [m.get("response") for m in messages]
    assert "utter_u86c_will_ring_with_supporter" in said
    assert "utter_u1_they_will_ring" not in said and "utter_u1_phone_not_here" not in said


def test_without_jo_the_handover_line_stays():
    from actions.dialogue import ActionHandoff

    messages, _ = _run(
        ActionHandoff, WAYNE_REFERRED, "can i talk to a real person", "request_human"
    )
    assert "utter_u1_they_will_ring" in [m.get("response") for m in messages]


@pytest.mark.parametrize(
    "text", ["can they ring lisa too, the kids mum", "can they talk to my mum as well"]
)
def test_someone_else_to_contact_is_not_someone_with_him(text):
    from core.second_contact import supporter_too

    assert supporter_too(text) is None


def test_jo_too_said_during_the_questions_is_noted_for_the_worker():
    from actions.assessment_form import u86c_notes_noted
    from core import contact_notes

    answers: dict = {"referral_consent": True, "said": ["can they talk to jo too"]}
    u86c_notes_noted(answers)
    assert answers["contact_notes"] == ["supporter_too"]
    assert "with them" in contact_notes.FOR_WORKER["supporter_too"]


@pytest.mark.parametrize(
    "name", ["utter_u86c_supporter_too", "utter_u86c_will_ring_with_supporter"]
)
def test_jo_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "u86c (round 86)", ({"who": "Jo"},))
    assert numbers_not_in_directory(name) == []
