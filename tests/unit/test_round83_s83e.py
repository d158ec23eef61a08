"""Round 83, helper s83e: Rose's stolen pension money and her son's number; Kai's waiting for a
person. Their exact messages, with other people's that keep their answers."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.assessment_form import s83e_second_number_noted
from actions.law_answers import fears_court_if_reporting
from core.contact_notes import FOR_WORKER, SAID
from core.person_request import asks_if_the_person_still_replies
from core.second_contact import (
    asks_about_a_second_number,
    second_number_given,
    second_number_said,
)
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    ANSWERS_FILE,
    after_result,
    assert_one_sms_with_a_source,
    at_question,
    responses_in_conversation,
    sendable,
)

NEW = [
    "utter_s83e_stolen_cash_back",
    "utter_s83e_second_number_added",
    "utter_s83e_second_number_kept",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, ANSWERS_FILE)


@pytest.mark.parametrize(
    "name", ["utter_s83e_person_request_open", "utter_s83e_cannot_answer_person_asked"]
)
@pytest.mark.parametrize("cannot_phone", [True, None])
def test_the_person_answers_never_say_human(name, cannot_phone):
    from core.text import SMS_LIMIT

    (text,) = sendable(name, cannot_phone=cannot_phone)
    assert "say 'human'" not in text and len(text) <= SMS_LIMIT
    assert "still open" in text and "reply here" in text


# -- 1. Rose, 71: the £140 of pension taken from her purse -------------------------------------

ROSE = (
    "hello dear is this the victim help. a man came to my door said he was from the water board "
    "and now my purse is gone",
    "no hes gone, it was tuesday morning. I went to the kitchen to get him a glass of water for "
    "the meter reading and when I came back he was out the door and my purse off the hall table "
    "gone",
    "not yet. my son said he'd ring them he sorts my money and that, he was going to cancel the "
    "cards. is it a burglary though he didnt break in I let him in",
    "well I dont sleep much now. I keep checking the door chain. I live on my own since my "
    "husband passed. I'm not hurt no",
    "oh I dont know about court. I'd be frightened to see him again yes",
)
ROSE_NEEDS = (
    "feeling safe in my house and someone to talk to. and my pension money was in there £140 "
    "will I get it back"
)
ROSE_FACTS = {"age": 71, "relationship_to_offender": "stranger"}


def test_rose_at_the_needs_question_is_answered_and_her_needs_taken():
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    answers = {"crime_type": "burglary", "said": ROSE, **ROSE_FACTS}
    reading = read_turn(
        Turn(text=ROSE_NEEDS, requested="needs", answers=answers, organisations=default_directory())
    )
    assert {"safety", "emotional"} <= set(reading.slots["needs"])
    assert [say.response for say in reading.say] == ["utter_s83e_stolen_cash_back"]


@pytest.mark.parametrize(
    "text",
    [
        "english. you didnt say about my money",
        "lewisham. my husband died 4 years ago love that's not what I meant. I mean the £140 out "
        "my purse he took",
        "but will I get the money back?? thats my pension for the fortnight",
    ],
)
def test_rose_asking_again_about_the_money(text):
    got = responses_in_conversation(text, "burglary", (*ROSE, ROSE_NEEDS), **ROSE_FACTS)
    assert got == ["utter_s83e_stolen_cash_back"]


def test_the_cash_answer_promises_nothing_and_names_insurance_and_cica():
    (text,) = sendable("utter_s83e_stolen_cash_back")
    assert "can't promise" in text and "insurance" in text and "CICA is only for injuries" in text
    assert "08 08 16 89 111" in text and "crime number" in text


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("will i get my money back?", "fraud"),
        ("i sent the money to a safe account, will i get it back?", "fraud"),
        ("will i get my money back? they used my card", "burglary"),
        ("will i get my laptop back?", "burglary"),
        ("ok forget it. insurance: I'm not sure my contents policy covers the laptop outside the "
         "home. Is there any other way to get money back for the stuff?", "burglary"),
        ("will i get my money back?", "theft"),
        ("english", "burglary"),
    ],
)  # fmt: skip
def test_other_money_questions_keep_their_answers(text, crime_type):
    got = responses_in_conversation(text, crime_type, ())
    assert "utter_s83e_stolen_cash_back" not in got


def test_a_complaint_without_the_money_asked_before_is_not_the_cash_answer():
    text = "you didnt say about my money"
    assert "utter_s83e_stolen_cash_back" not in responses_in_conversation(text, "burglary", ROSE)


def test_at_another_question_a_plain_answer_is_not_the_cash_answer():
    assert "utter_s83e_stolen_cash_back" not in at_question(
        "feeling safe", "needs", {"crime_type": "burglary", "said": ROSE}
    )


# -- 2. Rose's second number: her son Gary ----------------------------------------------------

ROSE_CONTACT = (
    "020 8690 4417 thats the house phone. tell them to let it ring a long time I'm slow on my hip "
    "and speak up I'm a bit deaf. or my son Gary 07700 900312 if I dont answer"
)
OWN = "020 8690 4417"


def test_garys_number_is_read_as_a_second_number():
    found = second_number_given(ROSE_CONTACT, OWN)
    assert found is not None
    assert (found.whose, found.ending) == ("your son Gary's", "312")
    again = second_number_given("and garys number? 07700 900312", OWN)
    assert again is not None and again.ending == "312" and again.whose == "Gary's"
    assert asks_about_a_second_number("did you tell them about speaking up and my son garys number")


@pytest.mark.parametrize(
    "text",
    [
        "07700 900518. and its kai, they/them. my bank and stuff still has the old name so dont "
        "use that",
        "020 8690 4417",
        "thats my number 07700 900312",
        "my number is 07700 900312",
        "ring me on 07700 900312",
        "can karen ring them as well? shes in leeds. her number is 07700 900733. shes my daughter",
    ],
)
def test_own_numbers_are_not_second_numbers(text):
    assert second_number_given(text, "07700 900312") is None or "karen" in text


def test_a_relatives_number_given_as_their_own_is_not_a_second_one():
    assert second_number_given("my mums number is 07700 900111", "07700 900111") is None


def test_the_second_number_is_a_note_for_the_worker():
    assert "second_number" in SAID and "see the chat" in FOR_WORKER["second_number"]
    answers = {
        "referral_consent": True,
        "contact_details": OWN,
        "said": (*ROSE, ROSE_CONTACT),
        "contact_notes": ["speak_up"],
    }
    s83e_second_number_noted(answers)
    assert answers["contact_notes"] == ["speak_up", "second_number"]
    without = {"referral_consent": False, "contact_details": OWN, "said": (ROSE_CONTACT,)}
    s83e_second_number_noted(without)
    assert "contact_notes" not in without
    assert second_number_said((ROSE_CONTACT, "mornings"), OWN) is not None


ROSE_REFERRED = {
    "consent": True,
    "crime_type": "burglary",
    "age": 71,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": OWN,
    "contact_times": "mornings are best not before 10 though",
    "voicemail_ok": True,
    "assessment_done": True,
    "results_shown": True,
    "case_reference": "VC-XP22TX",
}


@pytest.fixture
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _after_referral(text: str, earlier: tuple[str, ...], **slots):
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={**ROSE_REFERRED, **slots},
        text=text,
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    return dispatcher


@pytest.mark.usefixtures("_no_saving")
def test_rose_asking_if_garys_number_was_passed_on():
    text = "did you tell them about speaking up and my son garys number"
    dispatcher = _after_referral(text, (*ROSE, ROSE_CONTACT), contact_notes=["speak_up"])
    assert responses(dispatcher) == ["utter_f5_note_kept", "utter_s83e_second_number_kept"]
    last = dispatcher.messages[-1]
    assert (last["whose"], last["ending"]) == ("your son Gary's", "312")


@pytest.mark.usefixtures("_no_saving")
def test_rose_giving_garys_number_after_the_referral():
    text = "and garys number? 07700 900312"
    dispatcher = _after_referral(text, ("yes its just me here", "020 8690 4417"))
    assert responses(dispatcher) == ["utter_s83e_second_number_added"]
    assert dispatcher.messages[0]["ending"] == "312"


@pytest.mark.usefixtures("_no_saving")
def test_garys_number_again_once_kept_is_said_to_be_there():
    dispatcher = _after_referral("and garys number? 07700 900312", (*ROSE, ROSE_CONTACT))
    assert responses(dispatcher) == ["utter_s83e_second_number_kept"]


# -- 3. Kai, 19: waiting for a person ---------------------------------------------------------

KAI = (
    "hi um someone shoved me at a bus stop last night and called me a tr*nny and stuff. my mate "
    "got it on her phone. idk if this is the right place",
    "no. wait if i report it does that mean i have to go to court? bc i really cant do that",
    "anxiety i guess. can i talk to an actual person instead of this",
    "hello?",
    "ugh fine carry on i guess",
)
KAI_SLOTS = {
    "consent": True,
    "crime_type": "assault",
    "hate_motivated": True,
    "age": 19,
    "cannot_phone": True,
    "flags": ["human"],
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "text",
    "contact_details": "07700 900518",
    "contact_times": "after 4 im in lectures before that",
    "case_reference": "VC-4WQBCU",
}


def test_kai_asking_if_the_person_is_still_coming():
    text = (
        "ok. so is the person who was meant to reply here still gonna? and ill think about "
        "reporting, i dont want to go to court tho"
    )
    assert after_result(text, KAI_SLOTS, KAI, {}) == [
        "utter_s83e_person_request_open",
        "utter_court",
    ]


def test_kai_saying_they_already_asked_then_bye():
    got = after_result("i already said human before?? whatever. thanks bye", KAI_SLOTS, KAI, {})
    assert got[0] == "utter_s83e_person_request_open"
    assert "utter_cannot_answer" not in got and len(got) == 2


def test_after_asking_for_a_person_the_fallback_never_says_human():
    got = after_result("what is the meaning of life?", KAI_SLOTS, KAI, {})
    assert "utter_cannot_answer" not in got


def test_without_asking_for_a_person_the_fallback_stays():
    slots = {**KAI_SLOTS, "flags": []}
    text = "ok. so is the person who was meant to reply here still gonna?"
    got = after_result(text, slots, (), {})
    assert "utter_s83e_person_request_open" not in got


@pytest.mark.parametrize(
    "text",
    [
        "are they still coming to my house?",
        "is he still gonna be there",
        "will the police still reply to my email",
        "i said no",
        "they said it was a hate crime",
    ],
)
def test_other_questions_are_not_about_the_person(text):
    assert not asks_if_the_person_still_replies(text)


@pytest.mark.parametrize(
    "text",
    [
        "so is the person who was meant to reply here still gonna?",
        "i already said human before??",
        "is someone still going to message me",
        "will a support worker ever reply",
    ],
)
def test_asking_after_the_person(text):
    assert asks_if_the_person_still_replies(text)


def test_the_court_worry_beside_it():
    assert fears_court_if_reporting("ill think about reporting, i dont want to go to court tho")
    assert not fears_court_if_reporting("he said dont go to court or else")
    assert not fears_court_if_reporting("i dont want to go to court")


def test_garys_number_said_back_with_the_referral():
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    slots = {**ROSE_REFERRED, "assessment_done": None, "results_shown": None}
    tracker = make_tracker(slots=slots, text="yes thats fine", active_loop=None)
    for index, message in enumerate((*ROSE, ROSE_CONTACT)):
        tracker.events.insert(index, {"event": "user", "text": message})
    dialogue.s83e_second_number_said_back(dispatcher, tracker)
    assert responses(dispatcher) == ["utter_s83e_second_number_added"]
    assert dispatcher.messages[0]["whose"] == "your son Gary's"
