"""Round 82, helper q82f: how to be contacted, read right (Zainab, Ama, Lily, Hannah, Priya,
Pete)."""

from __future__ import annotations

import pytest

from actions import dialogue, service_answers
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.questions import l76_add_to_notes_answer, q82f_support_text_answer
from actions.reading import (
    contact_notes_said,
    corrections,
    q82f_contacts_them_myself,
    q82f_wording_wish,
)
from core import contact_notes
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


SX = dict(
    crime_type="sexual_offence", consent=True, in_danger=False, results_shown=True,
    referral_consent=True, borough="camden", age=22.0, gender="woman",
)  # fmt: skip


async def _form(dispatcher, domain, text, slots, requested):
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


def _after(dispatcher, domain, text, slots):
    slots = dict(slots, assessment_done=True, results_shown=True, case_reference="VC-TEST01")
    tracker = make_tracker(slots=slots, text=text, requested_slot=None, turn={}, active_loop=None)
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}, sent


# -- 1. Zainab, Ama: "dont say what its about" while being referred is the "plain" note --------

ZAINAB = "any time is fine for texts. just dont say what its about in the text pls"
AMA = "ok yes. text only. jay goes thru my phone sometimes tho so maybe dont say what its about"
LILY = (
    "yes its my phone nobody looks at it. but dont say rape in the text in case it shows on the "
    "lock screen"
)


@pytest.mark.parametrize(
    ("text", "slots", "requested"),
    [
        (ZAINAB, dict(SX, contact_safe=True, contact_method="text"), "contact_times"),
        (AMA, dict(SX, referral_consent=None), "referral_consent"),
        (LILY, dict(SX, contact_method="text"), "contact_safe"),
    ],
)
async def test_plain_wish_is_kept_with_the_request(dispatcher, domain, text, slots, requested):
    set_now, sent = await _form(dispatcher, domain, text, slots, requested)
    assert "plain" in set_now.get("contact_notes", [])
    assert set_now.get("discreet") is True
    assert "utter_q82f_plain_added" in sent
    assert "utter_discreet_ok" not in sent


async def test_plain_wish_before_any_referral_keeps_the_bots_own_words(dispatcher, domain):
    slots = dict(SX, referral_consent=None, results_shown=False)
    set_now, sent = await _form(dispatcher, domain, "please dont say what its about", slots, "age")
    assert "utter_discreet_ok" in sent
    assert "contact_notes" not in set_now


def test_asked_again_once_kept_says_it_is_kept():
    question = "wait will the text say like rape crisis or victim stuff on it?"
    assert q82f_support_text_answer({"discreet": True}) == "utter_q82f_plain_already"
    assert q82f_support_text_answer({"contact_notes": ["plain"]}) == "utter_q82f_plain_already"
    assert q82f_support_text_answer({}) == "utter_w6_support_text_plain"
    assert question  # the words Zainab used (r82a)


def test_zainab_asks_after_the_referral(dispatcher, domain):
    slots = dict(
        SX, discreet=True, contact_notes=["plain"], contact_safe=True,
        contact_method="text", contact_details="07700900815", contact_times="any time",
    )  # fmt: skip
    _, sent = _after(
        dispatcher, domain,
        "wait will the text say like rape crisis or victim stuff on it? my sister uses my phone "
        "sometimes", slots,
    )  # fmt: skip
    assert sent == ["utter_q82f_plain_already"]


# -- 2. Lily: "dont say rape in the text" is never a correction of the crime -----------------


@pytest.mark.parametrize(
    "text",
    [
        LILY,
        "dont say rape in the text",
        "dont mention the police in the text",
        "just dont say what its about in the text pls",
    ],
)
def test_wording_wish_is_a_plain_note(text):
    assert q82f_wording_wish(text)
    assert "plain" in contact_notes_said(text)
    assert "crime_type" not in corrections(text, SX)


@pytest.mark.parametrize(
    "text",
    [
        "he sent me messages saying he'd kill me",
        "i didnt say anything in the text to him",
        "he told me not to say anything on the phone",
        "no it wasnt rape, it was sexual assault",
        "i never said it was in the text",
    ],
)
def test_other_messages_are_not_wording_wishes(text):
    assert not q82f_wording_wish(text)


def test_a_crime_put_right_is_still_read():
    assert corrections("it wasnt rape it was an assault", SX).get("crime_type") == "assault"


def test_read_back_lists_the_plain_note():
    assert "plain" in contact_notes.SAID


# -- 3. Hannah: "ill just call cst myself" is not how to be contacted -------------------------

HATE = dict(crime_type="hate_crime", consent=True, referral_consent=True, contact_safe=True,
            contact_method="text", contact_details="07700900461")  # fmt: skip


@pytest.mark.parametrize(
    "text", ["ugh ok ill just call cst myself. thanks i guess", "i'll ring them myself tomorrow"]
)
def test_calling_a_service_myself_keeps_the_way(text):
    assert q82f_contacts_them_myself(text)
    assert "contact_method" not in corrections(text, HATE)


@pytest.mark.parametrize(
    ("text", "method"),
    [("no i said call me, not text", "call"), ("EMAIL?? no i said text", "text")],
)
def test_a_way_put_right_is_still_read(text, method):
    answers = dict(HATE, contact_method="email" if method == "text" else "text")
    assert corrections(text, answers).get("contact_method") == method


def test_hannah_after_the_referral(dispatcher, domain):
    set_now, sent = _after(
        dispatcher, domain, "ugh ok ill just call cst myself. thanks i guess", HATE
    )
    assert "contact_method" not in set_now
    assert "utter_ask_voicemail_ok" not in sent


# -- 4. Priya: "you didnt put that im pregnant" -----------------------------------------------


def test_priya_left_out_of_the_read_back():
    said = l76_add_to_notes_answer(
        "you didnt put that im pregnant. 7 months. thats important", {"consent": True}
    )
    assert said is not None and said.response == "utter_q82f_left_out"


def test_left_out_without_consent_says_nothing_is_kept():
    said = l76_add_to_notes_answer("you didnt put that im pregnant", {"consent": False})
    assert said is not None and said.response == "utter_l76_chat_not_kept"


def test_priya_after_the_referral(dispatcher, domain):
    slots = dict(
        crime_type="domestic_abuse", consent=True, referral_consent=True,
        contact_safe=True, contact_method="text", contact_details="07700900655",
    )  # fmt: skip
    _, sent = _after(
        dispatcher, domain, "you didnt put that im pregnant. 7 months. thats important", slots
    )
    assert sent == ["utter_q82f_left_out"]


# -- 5. Pete: "by letter or email only, NOT phone" ------------------------------------------

PETE = dict(crime_type="fraud", consent=True, in_danger=False, results_shown=True, age=74.0,
            impairment=True, cannot_phone=True, borough="sutton")  # fmt: skip


async def test_pete_email_not_letter(dispatcher, domain):
    text = (
        "Yes please, but by letter or email only, NOT phone. My email is "
        "pete.hollis52@btinternet.com. I check it in the mornings"
    )
    set_now, sent = await _form(dispatcher, domain, text, PETE, "referral_consent")
    assert set_now["contact_method"] == "email"
    assert "no_calls" in set_now["contact_notes"]
    assert "utter_q82f_email_not_letter" in sent


async def test_email_alone_gets_no_letter_line(dispatcher, domain):
    text = "Yes please, by email. My email is pete.hollis52@btinternet.com"
    _, sent = await _form(dispatcher, domain, text, PETE, "referral_consent")
    assert "utter_q82f_email_not_letter" not in sent


# -- 6. Lily: "is there anything i can do by typing" gets typed ways only -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "thats another phone number. i said i get stuck on phones. is there anything i can do by "
        "typing",
        "it was 2 weeks ago ive washed loads. you didnt say what i say to them when they pick up. "
        "i get really stuck on phones",
    ],
)
def test_lily_typed_ways_from_her_services(text):
    said = service_answers.answer(text, dict(SX, referral_consent=None), default_directory())
    assert said is not None and said.response == "utter_q82f_typed_ways"
    ways = said.args["ways"]
    assert "247sexualabusesupport.org.uk" in ways
    assert "call " not in ways and "0808" not in ways


@pytest.mark.parametrize(
    "text",
    [
        "ok if i say yes to passing my details can they text me only. no calls. i cant do calls",
        "can they text me only",
        "i cant use the phone",
        "he texts me every day",
        "can i report it online",
    ],
)
def test_other_messages_get_no_typed_ways(text):
    assert not service_answers.asks_for_typed_ways(text)


async def test_lily_text_only_at_the_referral_keeps_its_reading(dispatcher, domain):
    slots = dict(SX, referral_consent=None)
    text = (
        "why do you keep saying the same thing. ok if i say yes to passing my details can they "
        "text me only. no calls. i cant do calls"
    )
    set_now, sent = await _form(dispatcher, domain, text, slots, "referral_consent")
    assert set_now.get("contact_method") == "text"
    assert "utter_q82f_typed_ways" not in sent


def test_lily_read_back_lists_the_plain_note(dispatcher, domain):
    slots = dict(
        SX, discreet=True, contact_notes=["plain"], contact_safe=True, contact_method="text",
        contact_details="07700900412", contact_times="after 6pm weekdays",
    )  # fmt: skip
    _after(
        dispatcher, domain,
        "will they know not to write rape in the text. and is it still saved as what happened to "
        "me or did you change it. please tell me exactly what you saved", slots,
    )  # fmt: skip
    read_back = [
        m for m in dispatcher.messages if m.get("response") == "utter_g76b_contact_read_back"
    ]
    assert read_back and "every message will be plain" in read_back[0]["notes"]
