"""Round 83, helper s83c: Fatima (38, Newham), whose brother-in-law takes her wages and checks
her phone: her contact answer, the voicemail question, and her visa question."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm, z73d_settled
from tests.unit.conftest import make_tracker


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


DA = dict(
    crime_type="domestic_abuse", relationship_to_offender="family_member", consent=True,
    in_danger=False, reported_to_police=False, age=38.0, results_shown=True, borough="newham",
    referral_consent=True,
)  # fmt: skip

# -- 1. "evening is not safe he is home": a yes, with limits ------------------------------------

FATIMA_SAFE = (
    "i told you, only phone call weekday 10 to 2. not text not voicemail. evening is not safe he "
    "is home"
)
FATIMA_AGAIN = (
    "no no!! i want them to call me. phone is safe in daytime weekday 10 to 2. only evening not "
    "safe. please"
)


@pytest.mark.parametrize("text", [FATIMA_SAFE, FATIMA_AGAIN])
def test_a_not_safe_held_to_a_time_is_a_yes_with_limits(text):
    answer = read_answer("contact_safe", text)
    assert answer.value is True
    assert answer.extra["contact_method"] == "call"
    assert "10 to 2" in answer.extra["contact_times"]
    assert "not evening" in answer.extra["contact_times"]


def test_the_no_to_voicemail_in_it_is_kept():
    assert read_answer("contact_safe", FATIMA_SAFE).extra["voicemail_ok"] is False


@pytest.mark.parametrize(
    "text",
    [
        "not safe",
        "no its not safe he checks my phone",
        "no its not safe",
        "no he checks my phone",
        # A time limit beside a refusal is still a refusal.
        "no, nobody. evenings are not safe",
    ],
)
def test_not_safe_without_a_time_stays_no(text):
    assert read_answer("contact_safe", text).value is False


async def test_fatima_is_not_told_nobody_will_contact_her(dispatcher, domain):
    tracker = make_tracker(slots=DA, text=FATIMA_SAFE, requested_slot="contact_safe", turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now["contact_safe"] is True
    assert set_now["voicemail_ok"] is False
    assert "not evening" in set_now["contact_times"]
    assert set_now.get("requested_slot") != "voicemail_ok"
    assert "utter_no_contact" not in str(dispatcher.messages)


# -- 2. A no to voicemail said earlier is not asked again -------------------------------------


def test_a_no_to_voicemail_said_earlier_settles_it():
    answers = {
        "contact_method": "call",
        "said": [FATIMA_SAFE, FATIMA_AGAIN, "07700 900 482. my name Fatima"],
    }
    assert z73d_settled(answers).get("voicemail_ok") is False


def test_a_no_to_voicemail_taken_back_is_asked():
    answers = {
        "contact_method": "call",
        "said": ["call me, no voicemail", "actually voicemail is fine"],
    }
    assert "voicemail_ok" not in z73d_settled(answers)


def test_no_word_about_voicemail_is_asked():
    answers = {"contact_method": "call", "said": [FATIMA_AGAIN, "07700 900 482"]}
    assert "voicemail_ok" not in z73d_settled(answers)


async def test_fatima_is_not_asked_about_voicemail_again(dispatcher, domain):
    slots = {
        **DA, "contact_safe": True, "contact_method": "call",
        "contact_times": "daytime, weekday, 10 to 2, not evening",
    }  # fmt: skip
    text = "07700 900 482. my name Fatima"
    tracker = make_tracker(slots=slots, text=text, requested_slot="contact_details", turn={})
    for earlier in (FATIMA_AGAIN, FATIMA_SAFE):
        tracker.events.insert(0, {"event": "user", "text": earlier})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("voicemail_ok") is False
    assert set_now.get("requested_slot") != "voicemail_ok"


# -- 3. The visa: the abuse is by her husband's brother, not her husband -----------------------

FATIMA_FIRST = (
    "hello i need some help but i dont know if this is right place. my husbands brother he live "
    "with us and he is taking my wages every month, he say i will regret it if i tell my "
    "husband. i have two children 6 and 9 and i am scared"
)
EARLIER = [
    FATIMA_FIRST,
    "yes ok. but who is support team, my brother in law cannot see this no? he sometimes take my "
    "phone",
    "not right now he is at work. but when he come home in evening i dont know. he is very angry "
    "man",
]
VISA_FIRST = (
    "no police. i am worry about police because my visa is spouse visa, if police come maybe "
    "home office know and they send me back? and my children are born here. please tell me"
)
VISA_AGAIN = (
    "38. but my husband is not abusing me, is his brother. my husband dont know anything. so "
    "this concession is for me or not?"
)
VISA_THIRD = "you didnt answer me about the visa, is it for me if its brother in law not husband??"
FAMILY = dict(relationship_to_offender="family_member", repeat_victimisation=True)


def test_the_first_visa_answer_does_not_take_the_partner_as_the_abuser():
    from tests.unit.known_answers import responses_in_conversation

    got = responses_in_conversation(VISA_FIRST, "domestic_abuse", EARLIER, **FAMILY)
    assert got == ["utter_s83c_visa_abuse_by_family", "utter_immigration"]


@pytest.mark.parametrize(
    ("text", "earlier"),
    [(VISA_AGAIN, [*EARLIER, VISA_FIRST]), (VISA_THIRD, [*EARLIER, VISA_FIRST])],
)
def test_is_the_concession_for_me_is_answered(text, earlier):
    from tests.unit.known_answers import responses_in_conversation

    got = responses_in_conversation(text, "domestic_abuse", earlier, **FAMILY)
    assert got == ["utter_s83c_concession_abuse_by_family"]


def test_the_visa_answers_are_short_and_say_it_depends():
    from tests.unit.known_answers import sendable

    for name in ("utter_s83c_visa_abuse_by_family", "utter_s83c_concession_abuse_by_family"):
        (text,) = sendable(name)
        assert len(text) <= 320
        assert "depends" in text and "gov.uk/find-an-immigration-adviser" in text
        assert "a partner who abuses you" not in text


@pytest.mark.parametrize(
    ("text", "earlier", "facts", "expected"),
    [
        # Abused by her husband: the partner-visa answer stays.
        (
            "my husband hits me. i am on spouse visa, if i leave him will they send me back?",
            [],
            {"relationship_to_offender": "partner_or_ex"},
            "utter_partner_visa",
        ),
    ],
)
def test_a_partner_abuser_keeps_the_partner_visa_answer(text, earlier, facts, expected):
    from tests.unit.known_answers import responses_in_conversation

    assert responses_in_conversation(text, "domestic_abuse", earlier, **facts)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A visa from a job, abused by a family member: not the partner-visa help.
        "my visa is from my job at the care home. will the home office know if i report my uncle?",
        # No visa question.
        "my husbands brother takes my wages, what can i do?",
    ],
)
def test_other_visas_and_questions_do_not_get_it(text):
    from actions.situation_answers import s83c_visa_when_abuser_not_partner

    assert s83c_visa_when_abuser_not_partner(text, {**FAMILY, "said": []}) is None


def test_brother_in_law_not_husband_keeps_a_family_member():
    """It was taken as a correction ("Thank you, I've updated that") and wiped her answer."""
    from actions.reading import corrections

    answers = {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"}
    assert "relationship_to_offender" not in corrections(VISA_THIRD, answers)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("he isnt my boyfriend, he is a neighbour", "partner_or_ex"),
        ("its not family, it was a guy from work", "family_member"),
    ],
)
def test_a_denial_of_what_was_told_still_puts_it_right(text, known):
    from actions.reading import corrections

    answers = {"crime_type": "domestic_abuse", "relationship_to_offender": known}
    assert corrections(text, answers).get("relationship_to_offender") not in (None, known)


async def test_the_visa_question_at_the_hate_question_is_answered_and_changes_nothing(
    dispatcher, domain
):
    slots = {
        **DA, "relationship_to_offender": "family_member", "repeat_victimisation": True,
        "results_shown": None, "referral_consent": None, "borough": None,
    }  # fmt: skip
    tracker = make_tracker(slots=slots, text=VISA_THIRD, requested_slot="hate_motivated", turn={})
    for earlier in reversed([*EARLIER, VISA_FIRST, VISA_AGAIN]):
        tracker.events.insert(0, {"event": "user", "text": earlier})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    sent = [message.get("response") for message in dispatcher.messages]
    assert sent == ["utter_s83c_concession_abuse_by_family"]
    assert "relationship_to_offender" not in set_now
