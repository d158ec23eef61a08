"""Round 103, helper n103f: Anjali (son killed), Nadia (forced marriage), Terry (jaw wired)."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.questions import asks_for_discreet_words
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import responses_in_conversation, sendable

ANJALI_FIRST = (
    "Hello. My son Rohan was stabbed last month, he was 20. He died in hospital the same night. "
    "I don't really know why I'm writing here, the police liaison officer gave me some leaflets "
    "but I can't read them, I can't take anything in. There is going to be an inquest and a "
    "trial and I don't understand any of it."
)


def test_anjali_cannot_read_leaflets_is_no_wish_for_plain_words() -> None:
    assert not asks_for_discreet_words(ANJALI_FIRST)
    # A real wish for plain words is still read.
    assert asks_for_discreet_words(
        "please dont send me anything that says police or abuse, he checks my phone"
    )


def test_anjali_why_would_someone_look_is_not_fear_of_being_watched() -> None:
    said = responses_in_conversation(
        "yes that's ok. Why would someone look at my messages? nobody is watching me. I just "
        "meant I can't concentrate to read the leaflets.",
        "homicide",
    )
    assert "utter_v5_could_he_see_chat" not in said
    assert responses_in_conversation("could he see these messages?", "domestic_abuse") == [
        "utter_v5_could_he_see_chat"
    ]


def test_anjali_funeral_answered_beside_the_inquest() -> None:
    said = responses_in_conversation(
        "I didn't see it happen, I was at home, so I don't think I give evidence? The inquest, "
        "the coroner opened it and then stopped it, they said because of the trial. What does "
        "that mean, will it start again? When can we have his funeral, they still have his body",
        "homicide",
    )
    assert said[0] == "utter_q6_inquest_after_trial"
    assert "utter_body_release" in said


def test_anjali_you_did_not_answer_about_the_funeral() -> None:
    said = responses_in_conversation(
        "No. But you didn't answer about the funeral. It has been 5 weeks and we can't bury "
        "him. His grandmother is asking me every day.",
        "homicide",
    )
    assert said and said[0] == "utter_body_release"


NADIA_FIRST = (
    "hi i dont know if this is the right place. my brothers have took my passport and they said "
    "they will sort me out because they found out about my boyfriend. im at my friends now"
)


def test_nadia_police_will_not_go_to_her_family() -> None:
    said = responses_in_conversation(
        "ok yes. but will police tell my family? they cant know im doing this",
        None,
        [NADIA_FIRST],
    )
    assert said and said[0] == "utter_n103f_police_wont_tell_family_you"
    text = sendable("utter_n103f_police_wont_tell_family_you")[0]
    assert "safety" not in text and len(text) <= 320
    # Without family abuse, the general answer stays.
    assert responses_in_conversation(
        "will police tell my family? they cant know", "assault", ["a man hit me in the pub"]
    )[:1] == ["utter_n6_police_tell_family"]


def test_nadia_is_my_boyfriend_safe_is_answered() -> None:
    said = responses_in_conversation(
        "english. but what about my boyfriend is he safe? they didnt hit me by the way they just "
        "threatened",
        None,
        [
            NADIA_FIRST,
            "feeling safe and someone to talk to. my boyfriend wants me to go to police but hes "
            "not muslim and if my brothers find him i dont know what they do",
        ],
    )
    assert said and said[0] == "utter_n103f_partner_safe_from_family"


TERRY_FIRST = (
    "some bloke glassed me outside the pub saturday night. jaw broke in 2 places its wired shut "
    "so i cant talk on the phone dont bother giving me phone numbers"
)


def test_terry_how_long_compensation_takes_is_about_cica_not_police() -> None:
    said = responses_in_conversation(
        "how long does the compensation take. i need money now for rent not in a year",
        "serious_violence",
        [TERRY_FIRST],
    )
    assert said and said[0] == "utter_n103f_cica_takes_months"
    text = sendable("utter_n103f_cica_takes_months", cannot_phone=True)[0]
    assert len(text) <= 320 and not re.search(r"\d{4} ?\d{3}", text)
    # The police's timescales still answer "how long will the trial take".
    assert responses_in_conversation("how long will the trial take", "serious_violence")[:1] == [
        "utter_how_long"
    ]


def test_terry_cannot_phone_gets_no_numbers_in_the_cica_answer() -> None:
    assert read_account(TERRY_FIRST).cannot_phone
    texts = sendable("utter_cica_rules", cannot_phone=True)
    assert texts and all(not re.search(r"\d{4} ?\d{3}", text) for text in texts)
    assert all(len(text) <= 320 for text in texts)


def _form(domain: Any, text: str, slots: dict, requested: str) -> tuple:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    events = asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    sent = [m.get("response") or m.get("utter_action") for m in dispatcher.messages]
    return sent, events


def test_terry_whatever_yes_put_me_through_is_a_yes(domain: Any) -> None:
    text = "thats not what i asked. whatever yes put me through but TEXT ONLY i cant talk"
    assert read_answer("referral_consent", text).value is True
    slots = {
        "consent": True,
        "crime_type": "serious_violence",
        "in_danger": False,
        "reported_to_police": True,
        "age": 41.0,
        "cannot_phone": True,
        "borough": "Hackney",
        "language": "English",
    }
    _sent, events = _form(domain, text, slots, "referral_consent")
    assert any(
        e.get("name") == "referral_consent" and e.get("value") is True
        for e in events
        if isinstance(e, dict)
    )
