"""Round 75, helper c75a: how people say how (and how not) to be contacted (Chloe, Daniel for
Frank, Olena, Tom, Precious, Liam, Mehmet), each with their words, the same in other words, and
ordinary messages that keep their reading."""

from __future__ import annotations

import json

import pytest
from rasa_sdk import Tracker

from actions.answers import (
    c75a_no_phone,
    c75a_way_asked,
    contact_said,
    read_answer,
)
from actions.assessment_form import ValidateNeedsAssessmentForm, answers_from
from actions.dialogue import ActionAnswerRight, ActionFinishAssessment, ActionOutsideQuestions
from actions.questions import known_answer
from actions.reading import Turn, contact_notes_said, corrections, read_turn, y73d_busy_times
from actions.wording import c75a_times_fitted, contact_line
from core import contact_notes, records, yaml_files
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import assert_one_sms_with_source, numbers_not_in_directory

ANCHOR = "round 75, helper c75a"
NEW = (
    "utter_c75a_way_email",
    "utter_c75a_way_text",
    "utter_c75a_way_call",
    "utter_c75a_no_phone",
    "utter_c75a_no_phone_borrowed",
    "utter_c75a_no_texts_added",
    "utter_c75a_no_texts_kept",
)
FORM = ValidateNeedsAssessmentForm()

# Everything asked before the referral question, answered.
SHOWN = {
    "consent": True, "in_danger": False,
    "crime_type": "sexual_offence", "reported_to_police": False, "age": 22.0, "under_18": False,
    "relationship_to_offender": "unknown", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": False,
    "needs": ["someone_to_talk_to"], "language": "english", "borough": "camden", "gender": "woman",
    "results_shown": True,
}  # fmt: skip
ASKED = ["utter_ask_referral_consent", "utter_referral_reminder"]


def form(text: str, requested: str, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def validate(dispatcher, domain, slots, text, requested="referral_consent", sent=ASKED):
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, sent=list(sent))
    return slots_of(await FORM.run(dispatcher, tracker, domain))


@pytest.mark.parametrize("name", NEW)
def test_each_new_response_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR)


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Chloe: "can they email me instead" at the referral question ----------------------------

CHLOE = (
    "its not like that my parents arent abusive lol. i just dont want them to know. can they "
    "email me instead"
)


def test_chloe_email_is_noted_and_the_question_stays_open():
    found = form(CHLOE, "referral_consent", **SHOWN)
    assert found.slots["contact_method"] == "email"
    assert "referral_consent" not in found.slots
    assert [said.response for said in found.say] == ["utter_c75a_way_email"]
    assert not found.reject and "referral_consent" not in found.skipped
    # "email me" is how to be contacted, not a crime told online.
    assert "online" not in (found.slots.get("account_details") or ())


async def test_chloe_in_the_form(dispatcher, domain):
    slots = await validate(dispatcher, domain, SHOWN, CHLOE)
    assert responses(dispatcher) == ["utter_c75a_way_email"]
    assert slots["contact_method"] == "email"
    assert slots["requested_slot"] == "referral_consent"


def test_chloe_read_as_a_rights_question(dispatcher, domain):
    tracker = make_tracker(
        slots=SHOWN, text=CHLOE, intent="ask_right", requested_slot="referral_consent"
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_way_email"]


def test_chloe_read_as_out_of_scope(dispatcher, domain):
    tracker = make_tracker(
        slots=SHOWN, text=CHLOE, intent="out_of_scope", requested_slot="referral_consent"
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_way_email"]


async def test_chloe_then_yes_but_email_only(dispatcher, domain):
    slots = await validate(
        dispatcher, domain, {**SHOWN, "contact_method": "email"}, "ok yes but email only"
    )
    assert slots["referral_consent"] is True
    assert slots.get("contact_method", "email") == "email"
    assert slots["requested_slot"] == "contact_safe"


@pytest.mark.parametrize(
    ("text", "way"),
    [
        (CHLOE, "email"),
        ("could they text me instead?", "text"),
        ("can someone just email me", "email"),
        ("cant they email me instead, my dad sees my phone bill", "email"),
        ("can they phone me after 6", "call"),
        ("can they email me, i dont want my parents to see texts", "email"),
    ],
)
def test_a_way_asked_for_in_other_words(text, way):
    assert c75a_way_asked(text) == way
    found = form(text, "referral_consent", **SHOWN)
    assert found.slots["contact_method"] == way
    assert f"utter_c75a_way_{way}" in [said.response for said in found.say]


@pytest.mark.parametrize(
    "text",
    [
        "can you text me the number for galop",
        "can they text me the details of the havens",
        "can u email me the link",
        "will they call the police?",
        "will they call me? i hate the phone",
        "can they call my mum",
        "they can call me whenever",
        "can they just write to me by post",
    ],
)
def test_no_way_asked_for(text):
    assert c75a_way_asked(text) is None
    assert form(text, "referral_consent", **SHOWN).slots.get("contact_method") != "text" or (
        text == "they can call me whenever"
    )


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("yes but text only", "text"),
        ("yes only text or email, I cannot hear phone", "text"),
        ("yes, by text or email only, no calls", "text"),
        ("yes but they cant call me. he will hear. only text. at work 12 to 1", "text"),
    ],
)
def test_a_way_told_beside_a_yes_is_kept_without_another_answer(text, way):
    found = form(text, "referral_consent", **SHOWN)
    assert found.slots["referral_consent"] is True
    assert found.slots["contact_method"] == way
    assert not any((said.response or "").startswith("utter_c75a") for said in found.say)


def test_text_me_the_number_is_no_change_of_the_way():
    # At the number question, asking to be sent a service's number changes nothing.
    tom = {**SHOWN, "referral_consent": True, "contact_safe": True, "contact_method": "call"}
    found = form("07700 900418. can you text me the number for galop", "contact_details", **tom)
    assert "contact_method" not in found.slots
    assert contact_said("can you text me the number for galop") == {}


def test_not_asked_once_the_referral_is_refused():
    answers = {**SHOWN, "referral_consent": False, "requested_slot": "referral_consent"}
    assert known_answer(CHLOE, "sexual_offence", answers=answers) is None


def test_not_answered_at_other_questions():
    answers = {**SHOWN, "requested_slot": "needs"}
    said = known_answer("can they email me instead", "sexual_offence", answers=answers)
    assert said is None or said.response != "utter_c75a_way_email"


# -- 2. Daniel, for Frank (79, hard of hearing): a yes, by email, no phone ---------------------

FRANK = {
    **SHOWN, "crime_type": "fraud", "age": 79.0, "for_someone_else": True, "gender": "man",
    "cannot_phone": True, "borough": "bromley",
}  # fmt: skip
DANIEL = (
    "Yes please, but he cannot hear very well on the phone. Could they write to him or email me "
    "instead? This is his son, Daniel."
)


def test_daniel_yes_by_email_and_the_question_answered():
    found = form(DANIEL, "referral_consent", **FRANK)
    assert found.slots["referral_consent"] is True
    assert found.slots["contact_method"] == "email"
    said = [one.response for one in found.say]
    assert said == ["utter_c75a_way_email"]  # not "I can't answer your question here"


async def test_daniel_in_the_form(dispatcher, domain):
    slots = await validate(dispatcher, domain, FRANK, DANIEL)
    assert responses(dispatcher) == ["utter_c75a_way_email"]
    assert slots["referral_consent"] is True and slots["contact_method"] == "email"
    assert slots["requested_slot"] == "contact_safe"


def test_daniel_read_as_a_rights_question(dispatcher, domain):
    tracker = make_tracker(
        slots=FRANK, text=DANIEL, intent="ask_right", requested_slot="referral_consent"
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_way_email"]


@pytest.mark.parametrize(
    "text",
    [
        "yes please, can someone phone me",
        "yes",
        "Yes please. He would like that.",
        "yes. text is best",
    ],
)
def test_other_yeses_keep_their_reading(text):
    found = form(text, "referral_consent", **FRANK)
    assert found.slots["referral_consent"] is True
    assert not any(one.response == "utter_c75a_way_email" for one in found.say)


# -- 3. Olena: "Text message. My English in speak is bad" is text -----------------------------

OLENA = {**SHOWN, "crime_type": "hate_crime", "referral_consent": True, "contact_safe": True}


@pytest.mark.parametrize(
    "text",
    [
        "Text message. My English in speak is bad",
        "text message, my english speaking is not good",
        "I cant speak english well, text me",
        "message please. my spoken english is poor",
        "whatsapp or call",
    ],
)
def test_olena_text_not_a_call(text):
    assert read_answer("contact_method", text).value == "text"
    assert form(text, "contact_method", **OLENA).slots["contact_method"] == "text"


@pytest.mark.parametrize(
    ("text", "way"),
    [
        ("phone call please, my english is good", "call"),
        ("call or text", "call"),
        ("phone me, i dont speak to him", "call"),
        ("Telephone please, I don't do the email.", "call"),
        ("dont call. email only my work email", "email"),
        ("text but dont say what its about", "text"),
        ("call. my english is bad but my son can translate", "call"),
        ("text please, not calls", "text"),
    ],
)
def test_other_ways_unchanged(text, way):
    assert read_answer("contact_method", text).value == way


# -- 4. Tom: "07700 900418. text first pls" at the number question is text --------------------

TOM = {**SHOWN, "referral_consent": True, "contact_safe": True, "contact_method": "call"}


@pytest.mark.parametrize(
    "text",
    [
        "07700 900418. text first pls, im in class most of the day",
        "07700 900418 text me first",
        "07700900418, texts only",
        "07700 900563. Please text, not call",
    ],
)
def test_tom_text_first_at_the_number(text):
    found = form(text, "contact_details", **TOM)
    assert found.slots["contact_details"].startswith("07700")
    assert found.slots["contact_method"] == "text"
    assert "contact_method" in found.corrected


async def test_tom_in_the_form_is_told_it_changed(dispatcher, domain):
    text = "07700 900418. text first pls, im in class most of the day"
    slots = await validate(dispatcher, domain, TOM, text, "contact_details", ["utter_ask_details"])
    assert slots["contact_method"] == "text"
    assert "by text" in dispatcher.messages[0]["text"]


@pytest.mark.parametrize("text", ["07700 900418", "07700 900418 thats my mobile"])
def test_a_number_alone_keeps_the_call(text):
    assert "contact_method" not in form(text, "contact_details", **TOM).slots


def test_tom_my_phone_is_fine_is_safe_not_a_call():
    text = "yeah my phone is fine. just dont email my work address obviously"
    found = form(text, "contact_safe", **{**SHOWN, "referral_consent": True})
    assert found.slots["contact_safe"] is True
    assert "contact_method" not in found.slots
    assert not {"labour_told", "online"} & set(found.slots.get("account_details") or ())


@pytest.mark.parametrize(
    ("text", "way"),
    [("phone is fine", "call"), ("calls are fine", "call"), ("email is best", "email")],
)
def test_a_way_said_fine_is_still_the_way(text, way):
    assert contact_said(text).get("contact_method") == way


# -- 5. Precious: "they wont text me will they?" after a referral by phone, no voicemail -------

PRECIOUS_SAID = [
    "ok. yes but they cant contact me at home. ever. he cant know",
    "only when im at work. he checks my phone at night so no texts, a call is ok if its during "
    "my shift and they dont leave messages",
    "07700 900772",
    "mon tue thurs between 10 and 4. NOT evenings or weekends hes home",
]
PRECIOUS = {
    **SHOWN, "crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex",
    "age": 29.0, "borough": "croydon", "assessment_done": True, "referral_consent": True,
    "contact_safe": True, "contact_method": "call", "voicemail_ok": False,
    "contact_details": "07700900772", "contact_times": PRECIOUS_SAID[-1],
    "case_reference": "VC-2PVHNW",
}  # fmt: skip


def after_messages(earlier: list[str], **kwargs) -> Tracker:
    """A tracker whose person said ``earlier`` before the latest message."""
    state = make_tracker(**kwargs).current_state()
    said = [{"event": "user", "text": text, "parse_data": {}} for text in earlier]
    return Tracker.from_dict({**state, "events": [*said, *state["events"]]})


@pytest.mark.parametrize(
    "text",
    [
        "they wont text me will they? not even to say theyre calling",
        "please just make sure it says no texts. phone call only",
    ],
)
@pytest.mark.parametrize("action", [ActionOutsideQuestions, ActionFinishAssessment])
def test_precious_no_texts_said_back_from_what_is_kept(
    dispatcher, domain, records_db, text, action
):
    tracker = after_messages(
        PRECIOUS_SAID, slots=PRECIOUS, text=text, intent="inform", active_loop=None
    )
    events = action().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_no_texts_kept"]
    how = dispatcher.messages[0]["contact_how"]
    assert how.startswith("by phone (no voicemail)")
    assert "NOT evenings or weekends hes home" in how
    assert "no_texts" in slots_of(events)["contact_notes"]
    case = records.case_for(records.open_db(records_db), "test-person")
    assert case is not None
    assert "no_texts" in json.loads(case["answers"])["contact_notes"]


def test_precious_asked_without_having_said_it_before(dispatcher, domain, records_db):
    text = "they wont text me will they? not even to say theyre calling"
    tracker = make_tracker(slots=PRECIOUS, text=text, intent="ask_right", active_loop=None)
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_no_texts_added"]


def test_no_texts_said_in_the_questions_reaches_the_referral():
    tracker = after_messages(PRECIOUS_SAID, slots=PRECIOUS, text="ok", active_loop=None)
    assert "no_texts" in answers_from(tracker)["contact_notes"]
    assert contact_notes.FOR_WORKER["no_texts"]
    assert len(contact_notes.SAID["no_texts"]) < 80


def test_the_no_texts_reply_fits_one_text():
    with open("bot/domain/responses_answers.yml", encoding="utf-8") as handle:
        found = yaml_files.load(handle)["responses"]
    contact = {
        "contact_method": "call", "voicemail_ok": False, "contact_details": "07911 123456",
        "contact_times": "weekdays between 10 and 2 when hes at work, never weekends " * 3,
        "worker_gender": "woman", "language": "portuguese",
    }  # fmt: skip
    line = contact_line(contact)
    for name in ("utter_c75a_no_texts_added", "utter_c75a_no_texts_kept"):
        for variant in found[name]:
            assert len(variant["text"].format(contact_how=line)) <= SMS_LIMIT


@pytest.mark.parametrize(
    "text",
    [
        "they wont text me will they? not even to say theyre calling",
        "please just make sure it says no texts. phone call only",
        "no texts please",
        "dont text me, calls only",
        "nobody will text me right?",
    ],
)
def test_no_texts_in_other_words(text):
    assert contact_notes_said(text) == ["no_texts"]


@pytest.mark.parametrize(
    "text",
    [
        "texts are fine",
        "he wont stop texting me",
        "they will text me right?",
        "no voicemail",
        "dont leave messages",
        "can you text me the number for galop",
    ],
)
def test_not_no_texts(text):
    assert "no_texts" not in contact_notes_said(text)


def test_no_texts_to_someone_texted_is_not_a_note(dispatcher, domain):
    slots = {**PRECIOUS, "contact_method": "text"}
    tracker = make_tracker(slots=slots, text="no texts please", intent="inform", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "utter_c75a_no_texts_added" not in responses(dispatcher)
    assert "utter_c75a_no_texts_kept" not in responses(dispatcher)


# -- 6. Liam (16): no phone, writing on a friend's ---------------------------------------------

LIAM = {**SHOWN, "crime_type": "robbery", "age": 16.0, "under_18": None, "gender": "man"}
LIAM_MAYBE = "maybe. but i aint got a phone they took it. this is my boy's phone"
LIAM_HOW = "how they gonna contact me if i got no phone"


def test_liam_maybe_kept_open_with_the_ways_without_a_phone():
    found = form(LIAM_MAYBE, "referral_consent", **LIAM)
    assert "referral_consent" not in found.slots
    assert [said.response for said in found.say] == ["utter_c75a_no_phone_borrowed"]
    assert found.slots["contact_notes"] == ["not_this_phone"]
    assert found.aside and not found.reject and "referral_consent" not in found.skipped


async def test_liam_in_the_form(dispatcher, domain):
    slots = await validate(dispatcher, domain, LIAM, LIAM_MAYBE)
    assert responses(dispatcher) == ["utter_c75a_no_phone_borrowed"]
    assert slots["requested_slot"] == "referral_consent"
    assert slots["contact_notes"] == ["not_this_phone"]


def test_liam_how_without_a_phone(dispatcher, domain):
    found = form(LIAM_HOW, "referral_consent", **LIAM)
    assert [said.response for said in found.say] == ["utter_c75a_no_phone"]
    tracker = make_tracker(
        slots=LIAM, text=LIAM_HOW, intent="ask_right", requested_slot="referral_consent"
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c75a_no_phone"]


@pytest.mark.parametrize(
    "text",
    [
        "i got no phone, they took it",
        "dont have a phone",
        "my phone was stolen so how do they contact me",
        "they nicked my phone, im on my mates phone",
    ],
)
def test_no_phone_in_other_words(text):
    assert c75a_no_phone(text)
    found = form(text, "referral_consent", **LIAM)
    assert found.say[-1].response in ("utter_c75a_no_phone", "utter_c75a_no_phone_borrowed")


@pytest.mark.parametrize(
    "text",
    [
        "i dont have a phone number for him",
        "no phone calls please",
        "i have no phone credit",
        "i dont have my phone on me",
        "dont phone me",
        "yes but dont phone me, text",
        "no he has my phone password",
        "he has my phone number",
    ],
)
def test_not_without_a_phone(text):
    assert not c75a_no_phone(text)


def test_no_phone_with_an_email_given_is_the_email():
    text = "yes. they took my phone so email me at liamk2009@example.com"
    found = form(text, "referral_consent", **LIAM)
    assert found.slots["referral_consent"] is True
    assert not any((said.response or "").startswith("utter_c75a_no_phone") for said in found.say)


def test_no_phone_at_how_to_contact_is_not_a_call():
    answers = {**LIAM, "referral_consent": True, "contact_safe": True}
    found = form("i aint got a phone they took it", "contact_method", **answers)
    assert found.slots.get("contact_method") is None
    assert [said.response for said in found.say] == ["utter_c75a_no_phone"]


def test_no_phone_told_at_another_question_is_not_this_answer():
    found = form("they took my phone and my trainers", "crime_type", consent=True)
    assert not any((said.response or "").startswith("utter_c75a") for said in found.say)


# -- 7. Times said back: Mehmet's "in day I am in shop busy", Precious's NOT cut -------------

MEHMET = "phone call. 07700 900 461. after 7 in evening is better, in day I am in shop busy"


def test_mehmet_busy_in_the_day_is_not_a_time_to_call():
    answers = {**SHOWN, "referral_consent": True, "contact_safe": True}
    found = form(MEHMET, "contact_method", **answers)
    assert found.slots["contact_method"] == "call"
    assert found.slots["contact_times"] in (
        "after 7 in evening, not in day",
        "after 7 in evening, not in the day",
    )
    assert contact_said(MEHMET)["contact_times"] == "after 7 in evening, not in the day"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "after 7 in evening is better, in day I am in shop busy",
            "after 7 in evening, not in the day",
        ),
        ("mornings im at work, after 5 is fine", "after 5, not mornings"),
        ("Evening after 7. Morning I work", "evening, after 7, not morning"),
        ("in the day i work, evenings ok", "evenings, not in the day"),
        # Unchanged: busy said before a time, or nothing busy.
        ("call me after 6 I'm driving in day", "after 6, not in the day"),
        ("evenings are best i am busy in the day", "evenings, not in the day"),
        ("after 6 im not busy", "after 6"),
        ("Weekdays after 5, I work days", "weekdays, after 5"),
        ("weekdays after 6, weekends any time", "weekdays, after 6, weekends"),
    ],
)
def test_busy_times_in_other_words(text, times):
    assert contact_said(text).get("contact_times") == times


def test_a_time_said_to_suit_is_not_marked_busy():
    text = "mornings im at work, after 5 is fine"
    assert y73d_busy_times(text, text) == text  # kept in their words, nothing marked "not"
    text = "Weekdays after 5, I work days. Will they be able to explain the inquest?"
    assert y73d_busy_times(text, "Weekdays after 5, I work days") == "Weekdays after 5, I work days"


PRECIOUS_CONTACT = {
    "contact_method": "call", "voicemail_ok": False, "contact_details": "07700900772",
    "contact_times": "mon tue thurs between 10 and 4. NOT evenings or weekends hes home",
}  # fmt: skip


def test_precious_times_said_whole():
    line = contact_line(PRECIOUS_CONTACT)
    assert '("mon tue thurs between 10 and 4. NOT evenings or weekends hes home")' in line
    assert "..." not in line
    with open("bot/domain/responses.yml", encoding="utf-8") as handle:
        variants = yaml_files.load(handle)["responses"]["utter_referral_saved"]
    for variant in variants:
        assert len(variant["text"].format(contact_how=line, case_reference="VC-2PVHNW")) <= 320


def test_the_number_stays_when_the_times_fit():
    line = contact_line({**PRECIOUS_CONTACT, "contact_times": "weekdays 10 to 4"})
    assert "on the number ending 772" in line


@pytest.mark.parametrize(
    "times",
    [
        "weekdays between 10 and 2 when hes at work, never weekends. " * 3,
        "tuesdays and thursdays in the morning from 9 until about 11. not after 3 as the kids are "
        "home and he is back from 4",
    ],
)
def test_a_limit_is_never_cut(times):
    line = contact_line({**PRECIOUS_CONTACT, "contact_times": times, "language": "portuguese"})
    assert "..." not in line
    assert line.count('"') in (0, 2)
    if '"' in line:
        assert times.strip() in line


def test_times_without_a_limit_may_be_cut_at_a_sentence():
    times = (
        "weekdays after 6pm. saturdays from 10 in the morning until about 4 in the afternoon. "
        "sundays any time really"
    )
    assert c75a_times_fitted(times, 40) == "weekdays after 6pm..."
    assert c75a_times_fitted("mon tue between 10 and 4. NOT evenings or weekends", 40) == ""


def test_corrections_keep_their_times():
    answers = {"referral_consent": True, "contact_safe": True, "contact_times": "after 6"}
    assert corrections("can you change it to after 6pm weekdays only", answers)["contact_times"]
