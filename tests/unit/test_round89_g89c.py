"""Round 89, helper g89c: Marcus (27, punched with homophobic abuse, not out to his family) and
Hannah (44, writing about her daughter Ellie, 14, groomed online)."""

from __future__ import annotations

import pytest

from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

ELLIE = {
    "crime_type": "sexual_offence",
    "for_child": True,
    "age": 14.0,
    "under_18": True,
    "consent": True,
    "in_danger": False,
    "reported": False,
}


# -- 1. Marcus: no sexual offence, so no lifelong anonymity; what is true of court and the papers

MARCUS = {"hate_motivated": True, "hate_strand": ["sexual_orientation"], "age": 27.0}
MARCUS_SAID = [
    "hi. got punched last night leaving a bar in soho, some guy calling me a f****t. is this the "
    "right place",
    "no im home now. lip is cut and my ribs are sore af",
]


@pytest.mark.parametrize(
    "text",
    [
        "no. not yet. if i report it will my name be in the papers? my family dont know im gay and "
        "they cant find out",
        "its not sexual tho?? he punched me. so does that mean my name can be printed",
        "i meant if it goes to court. would it be public, like could my name be in the news",
        "will my name be in the papers if I report it?",
    ],
)
def test_marcus_is_told_about_court_and_the_papers_not_sexual_offence_anonymity(text):
    said = answer_in_conversation(text, "assault", MARCUS_SAID, **MARCUS)
    assert said is not None and said.response == "utter_g89c_named_in_court", text


def test_the_named_in_court_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89c_named_in_court", "g89c (round 89)")
    assert numbers_not_in_directory("utter_g89c_named_in_court") == []
    (text,) = sendable("utter_g89c_named_in_court")
    assert "no automatic anonymity" in text and "court decides" in text


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("if i report the rape will my name be in the papers?", None, {}),
        ("will my name be in the papers if I report it?", "sexual_offence", {}),
        (
            "if i report would everyone find out its me, like would it be in the news",
            "online_abuse",
            {"relationship_to_offender": "partner_or_ex", "account_details": ["intimate_images"]},
        ),
    ],
)
def test_a_sexual_offence_still_gets_lifelong_anonymity(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_sexual_offence_anonymity", text


def test_other_questions_do_not_get_the_court_answer():
    for text in ("who can see this chat? i dont want it in the papers", "is the court far?"):
        assert answer(text, "assault") != "utter_g89c_named_in_court", text


# -- 2. The age someone claims for himself is not the child's ------------------------------------


def test_hannah_the_offenders_claimed_age_is_not_ellies():
    text = (
        "No idea. He says he's 16 on his profile but in one message he said he was 'older than "
        "the boys at your school' and he talks like an adult. Met her on a gaming app I think"
    )
    assert "age" not in corrections(text, ELLIE)
    reading = read_turn(
        Turn(text=text, intent="inform", requested="relationship_to_offender", answers=ELLIE)
    )
    assert "age" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "he claims hes 16",
        "he told her he is 16",
        "he's 16 on his profile but he's obviously older",
    ],
)
def test_other_claimed_ages_are_not_the_childs(text):
    assert "age" not in corrections(text, ELLIE), text


@pytest.mark.parametrize("text", ["No! Ellie is 14. HE claims to be 16", "no shes 14 not 16"])
def test_the_childs_age_put_right_still_counts(text):
    changes = corrections(text, {**ELLIE, "age": 16.0})
    assert changes.get("age") == 14, text


# -- 3. Hannah: will the police interview Ellie, and can she be with her ------------------------

HANNAH = {"for_child": True, "age": 14.0, "under_18": True, "reported": False}
HANNAH_EARLIER = [
    "Hello, I'm not sure if this is the right place. I found messages on my daughter's phone from "
    "a grown man asking her to send photos of herself. She is 14. I am absolutely sick about it. "
    "I have taken screenshots."
]


@pytest.mark.parametrize(
    "text",
    [
        "No we're fine, she's at school. Ellie doesn't know I've seen them yet. If I call the "
        "police will they interview her? She'll be mortified",
        "Not yet. Sorry that doesn't answer it, I'm her mum. I'm asking will the police need to "
        "question Ellie herself, and can I be with her",
        "Before I say yes, I still need to know. If we report it, will Ellie be interviewed by the "
        "police and am I allowed to sit in with her?",
        "will the police want to talk to my son?",
    ],
)
def test_hannah_is_told_about_her_daughters_interview(text):
    said = answer_in_conversation(text, "sexual_offence", HANNAH_EARLIER, **HANNAH)
    assert said is not None and said.response == "utter_g89c_child_interviewed", text


def test_the_child_interview_answer_is_one_sms_with_its_source():
    assert_one_sms_with_source("utter_g89c_child_interviewed", "g89c (round 89)")
    (text,) = sendable("utter_g89c_child_interviewed")
    assert "video" in text and "witness" in text and "officer decides" in text.lower()


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("will the police arrest him and interview him?", HANNAH),
        ("will the police interview me?", {"age": 15.0, "under_18": True}),
        ("will they interview her?", {"age": 30.0}),
        ("how long will the police take?", HANNAH),
    ],
)
def test_other_interview_questions_are_not_the_childs_interview(text, answers):
    said = answer_in_conversation(text, "sexual_offence", [], **answers)
    assert said is None or said.response != "utter_g89c_child_interviewed", text


# -- 4. Hannah's own phone is not her daughter's ------------------------------------------------

HANNAH_SAID = [
    "Hello, I'm not sure if this is the right place. I found messages on my daughter's phone from "
    "a grown man asking her to send photos of herself. She is 14. I am absolutely sick about it.",
    "Yes",
    "Yes it's my own phone, she doesn't see it. Please contact me, Hannah, her mum, not her",
    "Phone call is best, 07700 900 731",
]


def test_messages_found_on_the_daughters_phone_do_not_make_it_the_phone_to_call():
    from core.second_contact import borrowed_phone

    assert borrowed_phone(HANNAH_SAID[:1]) is None
    assert borrowed_phone(HANNAH_SAID) is None


def test_a_phone_said_later_to_be_their_own_is_not_borrowed():
    from core.second_contact import borrowed_phone

    assert borrowed_phone(["im on my mums phone", "actually its my own phone now"]) is None
    # Femi's borrowed phone is still his friend's.
    assert borrowed_phone(["im on my mates phone, ask for Femi"]) is not None


def test_hannah_puts_right_whose_number_it_is_after_the_referral(dispatcher, domain, records_db):
    import json

    from actions.dialogue import ActionFinishAssessment
    from core import records
    from tests.unit.conftest import make_tracker, responses

    text = (
        "It is NOT my daughter's number, it is MY number. Ellie mustn't get a call about this "
        "before I've talked to her. Can you correct that?"
    )
    slots = {
        **ELLIE,
        "assessment_done": True,
        "results_shown": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "voicemail_ok": False,
        "contact_details": "07700 900 731",
        "case_reference": "VC-UJPBE8",
    }
    tracker = make_tracker(slots=slots, text=text, intent="inform", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_g89c_own_number_kept"]
    assert dispatcher.messages[0]["ending"] == "731"
    assert [e["value"] for e in events if e.get("name") == "contact_notes"] == [["own_phone"]]
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert json.loads(case["answers"])["contact_notes"] == ["own_phone"]
