"""Round 76, helper g76b: contact times, a referral yes, and what is passed on (Lucy, Pat,
Samira, Dev, Jade)."""

from __future__ import annotations

import dataclasses

import pytest

from actions import dialogue, questions
from actions.answers import contact_said, read_referral_consent
from actions.reading import corrections
from referrals.matching import default_directory
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses

LUCY = dict(
    crime_type="stalking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07700900771", contact_times="evenings, not after 8",
    voicemail_ok=True, assessment_done=True, results_shown=True, borough="wandsworth", age=31,
)  # fmt: skip
PAT = dict(
    LUCY, contact_details="07812665093", contact_times="between 9 and 11", voicemail_ok=False
)
JADE = dict(
    crime_type="stalking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700900415", borough="brent", age=15,
    contact_times="after school like after 4 not in lessons lol", assessment_done=True,
    results_shown=True, repeat_victimisation=True,
)  # fmt: skip
DEV = dict(
    crime_type="assault", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="dev.r.okoro@proton.me", contact_times="any time",
    assessment_done=True, results_shown=True, borough="hackney", age=26, hate_crime=True,
)  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _set(events, name):
    return [dict(e)["value"] for e in events if dict(e).get("name") == name]


# -- 1. Lucy: "after 8 cos I'm at work" is after 8; a change after the referral is taken -----


def test_lucy_after_8_with_its_reason_is_after_8():
    text = (
        "yes please. the stalking one would be good I think. my number is 07700 900 771, calls "
        "are fine but evenings after 8 cos I'm at work"
    )
    assert contact_said(text)["contact_times"] == "evenings, after 8"


@pytest.mark.parametrize(
    "text, times",
    [
        (
            "after 7 in evening is better, in day I am in shop busy",
            "after 7 in evening, not in the day",
        ),
        ("call me after 6 I'm driving in day", "after 6, not in the day"),
        ("mornings im at work, after 5 is fine", "after 5, not mornings"),
    ],
)  # fmt: skip
def test_busy_times_still_avoided(text, times):
    assert contact_said(text)["contact_times"] == times


@pytest.mark.parametrize(
    "text, times",
    [
        ("no sorry, AFTER 8, not before. I'm at work until 7 and then travelling home", "after 8"),
        ("can you change the contact time please. call me after 8pm", "after 8pm"),
        (
            "what? I don't have kids. I mean when the support worker phones me. it should be "
            "after 8pm not before",
            "after 8pm",
        ),
    ],
)
def test_lucy_times_changed_after_the_referral(text, times):
    assert corrections(text, LUCY)["contact_times"].startswith(times)


@pytest.mark.parametrize(
    "text",
    [
        "ok. and if I see him again tomorrow on the way home, do I ring 999 or 101?",
        "thanks, I finish work at 7",
        "it happened on monday evening",
        "what if he comes back tonight?",
    ],
)
def test_no_times_change_from_other_messages(text):
    assert "contact_times" not in corrections(text, LUCY)


@pytest.mark.parametrize("action", [dialogue.ActionAnswerRight, dialogue.ActionOutsideQuestions])
def test_lucy_change_the_contact_time_is_not_child_contact(dispatcher, action):
    text = "can you change the contact time please. call me after 8pm"
    tracker = make_tracker(slots=LUCY, text=text, active_loop=None, sent=["utter_referral_saved"])
    events = action().run(dispatcher, tracker, {})
    assert _set(events, "contact_times") == ["after 8pm"]
    assert not any("child" in str(name) for name in responses(dispatcher))


# -- 2. Pat: 9 to 11 in the morning kept; a read-back request answered ----------------------


def test_pat_first_times_keep_the_morning():
    text = (
        "Only in the mornings, he doesn't get up til after 12. Ring my mobile 07812 665 093 "
        "between 9 and 11. Please don't leave a message or text, he looks at my phone"
    )
    assert contact_said(text)["contact_times"] == "mornings, between 9 and 11"


def test_a_time_of_someone_else_without_only_is_not_wanted():
    text = "evenings, he is home then. ring me 07700 900111 after 10am"
    assert contact_said(text)["contact_times"] == "after 10am"


@pytest.mark.parametrize(
    "text, times",
    [
        (
            "Thank you. Just to say that's 9 to 11 in the morning, not at night. And what else "
            "have you written about him?",
            "9 to 11 in the morning",
        ),
        (
            "No sorry, the push was once, but the money and the shouting is most weeks, for a "
            "year. Between 9 and 11 in the morning for the phone please. I'll leave it there, "
            "thank you for your help",
            "between 9 and 11 in the morning",
        ),
    ],
)
def test_pat_morning_window_changed(text, times):
    assert corrections(text, PAT)["contact_times"] == times


@pytest.mark.parametrize(
    "text",
    [
        "Sorry one last thing, can you read back what you have, I want to be sure about the times",
        "wait what did u actually tell them about me",
        "like what info did u pass on. my name n stuff?",
    ],
)
def test_pat_jade_ask_what_was_passed_on(text):
    assert questions.g76b_asks_what_passed_on(text)


@pytest.mark.parametrize(
    "text",
    ["what did the police tell you", "what should i tell them", "can you read it to my mum"],
)
def test_other_questions_are_not_read_back(text):
    assert not questions.g76b_asks_what_passed_on(text)


# -- 5. Jade (and Pat, Dev): what the referral holds, with how they will be contacted --------


@pytest.mark.parametrize(
    "text",
    [
        "wait what did u actually tell them about me",
        "like what info did u pass on. my name n stuff?",
    ],
)
def test_jade_told_what_was_passed_on(dispatcher, text):
    tracker = make_tracker(slots=JADE, text=text, active_loop=None, sent=["utter_referral_saved"])
    dialogue.ActionAnswerRight().run(dispatcher, tracker, {})
    assert responses(dispatcher)[-1] == "utter_g76b_contact_read_back"
    assert "you are 15" in dispatcher.messages[0]["text"]
    assert "the borough is Brent" in dispatcher.messages[0]["text"]
    how = dispatcher.messages[-1]["contact_how"]
    assert "by text on the number ending 415" in how and "after 4" in how


# -- 4. Dev: a service named in the chat, asked for ------------------------------------------

GALOP_SAID = "Yes: Galop is the national LGBT+ helpline for victims of abuse and violence."


@pytest.mark.parametrize(
    "text",
    [
        "are u sending it to galop or not",
        "will it go to galop tho? and what have u got down about me, i want to check u havent put "
        "anything weird",
    ],
)
def test_dev_asks_if_it_goes_to_galop(dispatcher, text):
    tracker = make_tracker(slots=DEV, text=text, active_loop=None, sent=[GALOP_SAID])
    dialogue.ActionOutsideQuestions().run(dispatcher, tracker, {})
    assert "utter_z73d_referral_via_team" in responses(dispatcher)
    said = next(
        m for m in dispatcher.messages if m.get("response") == "utter_z73d_referral_via_team"
    )
    assert said["service"].startswith("Galop") and "0800 999 5428" in said["contact"]


def test_dev_confirmation_says_galop(dispatcher):
    answers = dict(crime_type="assault", consent=True, referral_consent=True)
    tracker = make_tracker(
        slots=answers, text="yeah ok, to galop if u can", active_loop=None, sent=[GALOP_SAID]
    )
    other = next(o for o in default_directory() if o.id != "galop-lgbt-helpline")
    result = dataclasses.replace(build_result(answers), organisations=[other])
    dialogue.z73d_named_service(dispatcher, tracker, result)
    assert responses(dispatcher) == ["utter_z73d_referral_via_team"]


def test_no_galop_line_when_the_bot_never_named_it(dispatcher):
    answers = dict(crime_type="assault", consent=True, referral_consent=True)
    tracker = make_tracker(slots=answers, text="yeah ok, to galop if u can", active_loop=None)
    other = next(o for o in default_directory() if o.id != "galop-lgbt-helpline")
    result = dataclasses.replace(build_result(answers), organisations=[other])
    dialogue.z73d_named_service(dispatcher, tracker, result)
    assert responses(dispatcher) == []


# -- 3. Samira: "yes I said yes" is a yes; her number kept and said back ---------------------


@pytest.mark.parametrize("text", ["yes I said yes", "I already said yes", "ive said yes"])
def test_samira_said_yes_again(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize("text", ["i said yes to the police", "did i say yes?"])
def test_said_yes_to_something_else(text):
    assert read_referral_consent(text).value is not True


def test_samira_number_kept_and_said_back(dispatcher):
    slots = dict(
        crime_type="hate_crime", consent=True, referral_consent=True, contact_safe=True,
        contact_method="call", contact_times="9 to 12", assessment_done=True, results_shown=True,
    )  # fmt: skip
    text = "you have my number right? 07700 900 655. and please tell me the terrorism is removed"
    tracker = make_tracker(slots=slots, text=text, active_loop=None)
    events = dialogue.ActionAnswerRight().run(dispatcher, tracker, {})
    assert _set(events, "contact_details") == ["07700900655"]
    assert responses(dispatcher) == ["utter_g76b_number_kept"]
    assert "ending 655" in dispatcher.messages[0]["contact_how"]


# -- 6. Ahmed: the way and times beside a yes are kept when the language is put right too ----


def test_ahmed_way_and_times_kept_beside_a_language_change():
    from actions.reading import Turn, read_turn

    text = "yes. call me 07700 900 562. only after 9pm i am driving in day. punjabi speaker please"
    answers = dict(crime_type="assault", consent=True, results_shown=True, language="english")
    found = read_turn(
        Turn(text=text, intent="inform", requested="referral_consent", answers=answers)
    )
    assert found.slots["referral_consent"] is True
    assert found.slots["contact_method"] == "call"
    assert found.slots["contact_times"] == "after 9pm, not in the day"
    assert found.slots["language"] == "punjabi"


def test_a_plain_yes_sets_no_way_or_times():
    from actions.reading import Turn, read_turn

    answers = dict(crime_type="assault", consent=True, results_shown=True)
    found = read_turn(
        Turn(text="yes please", intent="affirm", requested="referral_consent", answers=answers)
    )
    assert "contact_method" not in found.slots and "contact_times" not in found.slots


# -- 6. Bisi: "or text if I don't pick up" is kept for the support worker ---------------------


def test_bisi_text_if_no_answer_noted():
    from actions.assessment_form import g76b_text_if_no_answer_noted
    from core import contact_notes

    said = ("Phone call is best, or text if I don't pick up, I am on shift sometimes",)
    answers = dict(contact_method="call", referral_consent=True, said=said)
    g76b_text_if_no_answer_noted(answers)
    assert answers["contact_notes"] == ["text_if_no_answer"]
    assert contact_notes.for_worker(answers["contact_notes"])


@pytest.mark.parametrize(
    "said, method",
    [
        (("dont text if i dont pick up",), "call"),
        (("call me, i will call back if i dont pick up",), "call"),
        (("Phone call is best, or text if I don't pick up",), "text"),
    ],
)
def test_no_text_fallback_note_otherwise(said, method):
    from actions.assessment_form import g76b_text_if_no_answer_noted

    answers = dict(contact_method=method, referral_consent=True, said=said)
    g76b_text_if_no_answer_noted(answers)
    assert "contact_notes" not in answers
