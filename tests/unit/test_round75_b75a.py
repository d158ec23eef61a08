"""Round 75, helper b75a: consent with a condition on who sees it (Sofia), a contact yes said in
a muddle with a joke in it (Bex), and "stop telling me to tell my manager" (Grace), all from
round 74."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from actions import dialogue
from actions.answers import read_answer, read_consent
from actions.assessment_form import ValidateNeedsAssessmentForm, b75a_reopened_by_consent
from actions.questions import Say, a74c_manager_out, a74c_refit, b75a_stop_telling_about_manager
from actions.reading import Turn, read_turn
from core import yaml_files
from core.privacy_question import b75a_condition_on_who_sees, gives_consent_after_all
from core.text import SMS_LIMIT
from core.vocabulary import without_jokes
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import ALL_RESPONSES, answer_in_conversation, said_answer

FORM = ValidateNeedsAssessmentForm()
DOMAIN = Path(__file__).parents[2] / "bot" / "domain"
NEW = ("utter_b75a_kept_who_sees", "utter_b75a_wont_mention_manager", "utter_b75a_no_social_media")


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def form_reading(text, requested, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


def said(reading):
    return [message.response for message in reading.say]


def test_new_answers_fit_one_sms():
    for name in NEW:
        for variant in ALL_RESPONSES[name]:
            assert len(variant["text"]) <= SMS_LIMIT, name


def test_who_sees_answer_says_only_what_the_privacy_text_says():
    # The privacy text: only the support team can see it; the messages stay on the phone.
    text = ALL_RESPONSES["utter_b75a_kept_who_sees"][0]["text"]
    privacy = ALL_RESPONSES["utter_privacy"][0]["text"]
    assert "Only the support team can see them" in privacy
    assert "only our support team can see it" in text
    assert "90 days" in text and "90 days" in privacy
    assert "unless someone is at serious risk" in text


# -- 1. Sofia: a yes with a condition on who sees it -------------------------------------------

SOFIA = "you can keep it. but only if nobody from the restaurant can find it"
SOFIA_FACTS = {"crime_type": "sexual_offence", "age": 33.0, "in_danger": False}

CONDITIONAL_YES = [
    SOFIA,
    "yes but only if nobody at work can see it",
    "ok as long as my husband cant see it",
    "fine, providing nobody from my work can read it",
    "you can keep it as long as the police dont see it",
    "yes keep it on condition my ex never sees it",
    "yeah keep it but only if he cant find it",
    "ok you can keep it providing my boss doesnt find out",
    "keep it, as long as nobody at the restaurant sees",
    "only if nobody from work can see it",
    "as long as my manager can't see it, yes",
    "ok so long as my family wont know",
    "yes as long as its private",
]


@pytest.mark.parametrize("text", CONDITIONAL_YES)
def test_a_yes_on_condition_of_who_sees_it_is_a_yes_and_answered(text):
    assert read_consent(text).value is True
    reading = form_reading(text, "consent")
    assert reading.slots.get("consent") is True
    assert "utter_b75a_kept_who_sees" in said(reading)


@pytest.mark.parametrize(
    "text",
    [
        "only if I have to, and I don't want to",
        "no. only if i have to",
        "id rather not unless i have to",
        "no not unless nobody can see it",
        "i dont want to",
    ],
)
def test_a_real_no_with_only_if_stays_a_no(text):
    assert read_consent(text).value is False
    reading = form_reading(text, "consent")
    assert reading.slots.get("consent") is not True
    assert "utter_b75a_kept_who_sees" not in said(reading)


def test_only_if_i_have_to_is_a_no_to_a_referral_too():
    assert read_answer("referral_consent", "only if I have to, and I don't want to").value is False


@pytest.mark.parametrize(
    "text",
    [
        "yes",
        "ok",
        "you can keep it",
        "yes as long as it doesnt take long",
        "ok as long as you dont call me",
        "only if you have to",
    ],
)
def test_no_condition_on_who_sees_no_answer_about_it(text):
    assert not b75a_condition_on_who_sees(text)
    assert "utter_b75a_kept_who_sees" not in said(form_reading(text, "consent"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("only if you have to", None),
        ("yes as long as it doesnt take long", True),
        ("ok as long as you dont call me", True),
    ],
)
def test_other_conditions_read_as_before(text, value):
    assert read_consent(text).value is value


def test_keep_it_with_a_condition_after_a_no_keeps_it_after_all():
    assert gives_consent_after_all(SOFIA)
    assert gives_consent_after_all("keep it, as long as nobody at the restaurant sees")
    # Without a word of keeping, a yes after a no could be the answer to another question.
    assert not gives_consent_after_all("yes as long as he doesnt find out")


async def test_sofia_kept_after_a_no_in_the_form(dispatcher, domain):
    slots = {**SOFIA_FACTS, "consent": False, "referral_consent": False}
    events = await FORM.run(
        dispatcher, make_tracker(slots=slots, text=SOFIA, requested_slot="borough"), domain
    )
    got = slots_of(events)
    assert got["consent"] is True
    assert "referral_consent" in got and got["referral_consent"] is None
    assert responses(dispatcher) == ["utter_b75a_kept_who_sees"]  # no "didn't catch that"


async def test_you_can_keep_it_after_a_no_in_the_form_says_it_is_kept(dispatcher, domain):
    slots = {**SOFIA_FACTS, "consent": False, "referral_consent": False}
    events = await FORM.run(
        dispatcher,
        make_tracker(slots=slots, text="ok you can keep it", requested_slot="borough"),
        domain,
    )
    got = slots_of(events)
    assert got["consent"] is True and got["referral_consent"] is None
    assert responses(dispatcher) == ["utter_consent_after_all"]


ALL_ASKED = {
    **SOFIA_FACTS,
    "reported_to_police": False, "under_18": False, "relationship_to_offender": "someone_known",
    "repeat_victimisation": True, "hate_motivated": False, "impairment": False,
    "fear_of_giving_evidence": True, "needs": ["emotional"], "language": "english",
    "gender": "woman",
}  # fmt: skip


async def test_sofia_is_asked_the_referral_question_once_kept(dispatcher, domain):
    slots = {**ALL_ASKED, "consent": False, "referral_consent": False}
    events = await FORM.run(
        dispatcher,
        make_tracker(slots=slots, text=f"lambeth. {SOFIA}", requested_slot="borough"),
        domain,
    )
    got = slots_of(events)
    assert got["consent"] is True and got["borough"] == "lambeth"
    assert got["requested_slot"] == "referral_consent"


def test_sofia_kept_after_a_no_outside_the_form(dispatcher, domain):
    slots = {**SOFIA_FACTS, "consent": False, "referral_consent": False}
    tracker = make_tracker(slots=slots, text=SOFIA, intent="out_of_scope", requested_slot="borough")
    events = dialogue.ActionOutsideQuestions().run(dispatcher, tracker, domain)
    got = slots_of(events)
    assert got["consent"] is True and got["referral_consent"] is None
    assert responses(dispatcher)[0] == "utter_b75a_kept_who_sees"


def test_after_the_result_the_referral_is_offered_with_the_answer(dispatcher, domain):
    slots = {**ALL_ASKED, "consent": False, "referral_consent": False, "borough": "lambeth",
             "assessment_done": True, "results_shown": True}  # fmt: skip
    tracker = make_tracker(slots=slots, text=SOFIA, intent="affirm", active_loop=None)
    events = dialogue.ActionOutsideQuestions().run(dispatcher, tracker, domain)
    got = slots_of(events)
    assert got["consent"] is True and got["referral_consent"] is None
    assert got["assessment_done"] is False
    assert responses(dispatcher) == ["utter_b75a_kept_who_sees"]


def test_only_what_was_said_while_nothing_was_kept_is_reopened():
    skipped = ["needs", "referral_consent", "contact_safe"]
    reopened = b75a_reopened_by_consent(
        {"consent": False, "referral_consent": False, "contact_safe": False}, skipped
    )
    assert reopened == {
        "referral_consent": None, "contact_safe": None, "skipped_slots": ["needs"]
    }  # fmt: skip
    # A no given while the chat was kept stands.
    assert b75a_reopened_by_consent({"consent": True, "referral_consent": False}, []) == {}
    assert b75a_reopened_by_consent({"consent": None, "referral_consent": None}, []) == {}


# -- 2. Bex: "someone can message me. not call … insta dm? jk. my number is ..." -----------------

BEX = "ok. yeh someone can message me. not call … insta dm? jk. my number is 07700 900 275"
BEX_FACTS = {"consent": True, "crime_type": "stalking_harassment", "age": 19.0}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (BEX, "07700900275"),
        ("yeah ok someone can text me. not a call. snap me lol jk. 07700 900 123", "07700900123"),
        (
            "fine. they can text me, dont ring. whatsapp? jk. my numbers 07700 900 456",
            "07700900456",
        ),
    ],
)
def test_bex_a_contact_yes_by_text_with_her_number(text, number):
    reading = form_reading(text, "referral_consent", **BEX_FACTS)
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "text"
    assert reading.slots["contact_details"] == number
    assert "utter_b75a_no_social_media" not in said(reading)
    assert not any((name or "").startswith("utter_reask_") for name in said(reading))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (BEX, "ok. yeh someone can message me. not call … my number is 07700 900 275"),
        ("yes jk", ""),
        ("im not kidding. yes", "im not kidding. yes"),
        ("its no joke, text me", "its no joke, text me"),
        ("email kyle.b@gmail.com. insta? jk", "email kyle.b@gmail.com."),
    ],
)
def test_what_a_jk_takes_back(text, kept):
    assert without_jokes(text) == kept


def test_a_jk_never_takes_back_danger():
    assert read_answer("in_danger", "hes outside. jk").value is True


@pytest.mark.parametrize(
    "text",
    [
        "can they dm me on insta instead?",
        "can someone message me on instagram",
        "could the support worker contact me on snapchat?",
    ],
)
@pytest.mark.parametrize("requested", ["referral_consent", "contact_method"])
def test_a_serious_ask_for_social_media_is_told_how_we_contact(text, requested):
    answers = {**BEX_FACTS, "referral_consent": True if requested != "referral_consent" else None}
    reading = form_reading(text, requested, **answers)
    assert "utter_b75a_no_social_media" in said(reading)
    assert "contact_method" not in reading.slots
    assert "referral_consent" not in reading.slots


def test_social_media_of_the_offender_is_not_about_our_contact():
    said_before = ["my ex keeps messaging me on insta from new accounts"]
    got = answer_in_conversation(
        "can he message me on instagram if i blocked him?", "stalking_harassment", said_before
    )
    assert got is None or got.response != "utter_b75a_no_social_media"


def test_a_text_yes_without_social_media_is_as_before():
    reading = form_reading("yes text me not call 07700900275", "referral_consent", **BEX_FACTS)
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "text"
    assert "utter_b75a_no_social_media" not in said(reading)


# -- 3. Grace: "stop telling me to tell my manager" ---------------------------------------------

GRACE = [
    "hi. something happened to me after work on tuesday and i dont know who to tell",
    "a patients son followed me to the bus stop, spat at me and called me racist names. "
    "im a nurse at the hospital",
    "not yet. it was racist, its not just assault",
]
GRACE_STOP = "stop telling me to tell my manager"


@pytest.mark.parametrize(
    "text",
    [
        GRACE_STOP,
        "stop telling me to tell my manager!! he is friendly with that family",
        "please stop saying tell my boss",
        "stop going on about my manager",
        "why do u keep telling me to talk to my manager",
        "enough about my manager",
        "stop mentioning my manager",
        "quit telling me to go to my boss",
        "stop telling me to go to hr",
    ],
)
def test_grace_is_told_sorry(text):
    assert b75a_stop_telling_about_manager(text)
    assert said_answer(text, "assault", GRACE) == "utter_b75a_wont_mention_manager"


@pytest.mark.parametrize(
    "text",
    [
        "should i tell my manager?",
        "dont tell my manager",
        "do i have to tell my boss",
        "he wont stop saying my manager fancies me",
        "my manager keeps telling me to stop",
        "my boss told me to stop complaining",
        "stop telling me to call the police",
    ],
)
def test_other_messages_about_a_manager_are_not_an_apology(text):
    assert not b75a_stop_telling_about_manager(text)
    assert said_answer(text, "assault", GRACE) != "utter_b75a_wont_mention_manager"


def test_grace_question_asked_again_after_the_apology():
    reading = form_reading(GRACE_STOP, "fear_of_giving_evidence", consent=True, said=tuple(GRACE))
    assert said(reading) == ["utter_b75a_wont_mention_manager"]
    assert "fear_of_giving_evidence" not in reading.slots


async def test_grace_form_asks_the_waiting_question_again(dispatcher, domain):
    slots = {"consent": True, "in_danger": False, "crime_type": "assault", "age": 29.0,
             "reported_to_police": False}  # fmt: skip
    events = await FORM.run(
        dispatcher,
        make_tracker(slots=slots, text=GRACE_STOP, requested_slot="relationship_to_offender"),
        domain,
    )
    assert responses(dispatcher) == ["utter_b75a_wont_mention_manager"]
    assert slots_of(events)["requested_slot"] == "relationship_to_offender"


def test_after_it_the_manager_is_kept_out_of_her_answers():
    answers = {"said": [*GRACE, GRACE_STOP]}
    assert a74c_manager_out("im scared to get the bus after my shift", answers)
    for name in ("utter_m3_leaving_work_tonight", "utter_p6_leaving_shift_tonight"):
        kept = a74c_refit([Say(response=name)], "what do i do tonight", answers)
        assert kept == [Say(response="utter_a74c_safe_journey_no_manager")]
    for name in ("utter_telling_work", "utter_s7_employer_must_act", "utter_support_through_work"):
        assert a74c_refit([Say(response=name)], "what can work do", answers) == []
    # Someone who never kept the manager out still gets the advice.
    others = {"said": ["a customer grabbed me at work"]}
    assert a74c_refit([Say(response="utter_telling_work")], "should i tell work", others) == [
        Say(response="utter_telling_work")
    ]


def test_grace_journey_answer_after_she_said_stop():
    told = [*GRACE, "court? i dont know. maybe. he knows where i work and which bus i take"]
    text = "feeling safe. i am scared to take the same bus now. and i want him to be punished"
    assert said_answer(text, "assault", told) == "utter_m1_safe_journey_hospital"
    got = said_answer(text, "assault", [*told, GRACE_STOP])
    assert got == "utter_a74c_safe_journey_no_manager"


# Answers that tell the person to tell or ask their manager: each is swapped or dropped once the
# manager is kept out (actions/questions.py, a74c_refit), or listed here with why it stays.
_TELLS_MANAGER = re.compile(
    r"\b(?:tell|telling|ask|asking|talk to|complaint to)\b[^.:]{0,25}\b(?:your|a) (?:line )?"
    r"manager\b|\byour manager (?:or|and)\b",
    re.I,
)
_STAYS = {
    "utter_q1_safe_at_work",  # "Tell another manager or HR": for a manager who did it
    "utter_a74c_safe_journey_no_manager",  # "You don't have to tell your manager"
    "utter_agency_carer_next_visit",  # a care agency's manager, not theirs at work
    "utter_who_to_tell_about_a_carer",  # a care home's manager
}


def test_every_answer_telling_them_to_tell_their_manager_is_kept_out():
    from actions import questions

    handled = questions._A74C_TELL_MANAGER | questions._A74C_MANAGER_ANSWERS
    unlisted = []
    for path in sorted(DOMAIN.glob("*.yml")):
        data = yaml_files.load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (data.get("responses") or {}).items():
            text = " ".join(str(v.get("text") or "") for v in variants)
            if _TELLS_MANAGER.search(text) and name not in handled and name not in _STAYS:
                unlisted.append(name)
    assert not unlisted, unlisted
