"""Round 102 (helper m103a): Maureen, 63, whose daughter Kelly's boyfriend threatens Kelly."""

from __future__ import annotations

import pytest

from actions.reading import M103A_REMINDER, Turn, read_turn
from bot.risk_words import detect_risk
from tests.unit.known_answers import sendable

# Her messages after "I'm safe, I'm at home with the door locked".
KELLY_THREATENED = (
    "Yes that's fine. Is this for me or for my daughter though? She's 34, it's really her he's "
    "been threatening, texts saying he'll hurt her if she leaves him. I'm just so worried about her"
)
PROTECT_KELLY = (
    "No nothing like that. What can I actually do to protect Kelly? She's staying with me some "
    "nights now and I'm frightened he'll hurt her"
)
# Her first message got the 999 lines; she then said "I'm safe, I'm at home with the door locked".
DANGER_SCREEN_SENT = frozenset({"utter_emergency", "utter_when_safe"})
SAFE = {"in_danger": False, "consent": True, "crime_type": "stalking_harassment"}


def _read(text: str, requested: str, **answers: object):
    return read_turn(
        Turn(
            text=text,
            intent=detect_risk(text) or "in_danger",
            requested=requested,
            answers={**SAFE, **answers},
            asked={"in_danger": 1},
            said=DANGER_SCREEN_SENT,
        )
    )


def test_threat_to_her_daughter_after_safe_gets_one_line_and_her_consent_kept():
    reading = _read(KELLY_THREATENED, "consent", consent=None)
    said = [say.response for say in reading.say]
    assert said[0] == M103A_REMINDER
    assert "utter_emergency" not in said
    assert "safety_check" not in reading.slots and "in_danger" not in reading.slots
    assert reading.slots.get("consent") is True
    assert not reading.pause
    # Her question is still met (the honest "can't answer here" at the least).
    assert len(said) >= 2
    assert "in_danger" in reading.flags  # the support team still sees it


def test_fear_for_her_daughter_after_safe_is_answered_not_the_danger_screen():
    reading = _read(PROTECT_KELLY, "hate_motivated")
    said = [say.response for say in reading.say]
    assert said[0] == M103A_REMINDER
    assert "utter_emergency" not in said
    assert "safety_check" not in reading.slots
    assert reading.slots.get("hate_motivated") is False
    assert len(said) >= 2


def test_the_reminder_is_sent_once():
    reading = read_turn(
        Turn(
            text=PROTECT_KELLY,
            intent="in_danger",
            requested="hate_motivated",
            answers=SAFE,
            said=DANGER_SCREEN_SENT | {M103A_REMINDER},
        )
    )
    assert M103A_REMINDER not in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "He's outside my door now",
        "he's here",
        "hes kicking the door in",
        "someone is trying to get in",
        "he's back and banging on the window",
        "hes coming round",
    ],
)
def test_danger_now_after_safe_still_stops_everything(text):
    reading = _read(text, "hate_motivated")
    said = [say.response for say in reading.say]
    assert said[0] == "utter_emergency"
    assert reading.pause and reading.slots.get("in_danger") is True


@pytest.mark.parametrize(
    "text",
    [
        "he's breaking the door",
        "he is hitting her",
        "he's got a knife",
        "I'm not safe",
        "he will kill me tonight",
        "he just punched me",
        "he's been threatening her for weeks and he's still texting her right now",
    ],
)
def test_danger_now_after_safe_still_gets_the_999_screen(text):
    reading = _read(text, "hate_motivated")
    assert reading.say[0].response == "utter_emergency"
    assert M103A_REMINDER not in [say.response for say in reading.say]


def test_before_safe_is_said_the_screen_is_unchanged():
    reading = read_turn(
        Turn(text=KELLY_THREATENED, intent="in_danger", requested="consent", answers={})
    )
    assert reading.say[0].response == "utter_emergency"


def test_safe_said_only_at_the_forms_danger_question_keeps_one_more_safety_check():
    # No 999 lines sent yet: the first threat after the form's "No" still gets them, once.
    reading = read_turn(
        Turn(
            text=PROTECT_KELLY,
            intent="in_danger",
            requested="hate_motivated",
            answers=SAFE,
            asked={"in_danger": 1},
        )
    )
    assert reading.say[0].response == "utter_emergency"
    assert reading.slots.get("safety_check") == "in_danger"


def test_the_reminder_is_one_sms():
    for text in sendable(M103A_REMINDER) + sendable(M103A_REMINDER, cannot_phone=True):
        assert len(text) <= 320 and "999" in text


# -- S3: her services: a domestic abuse service, not Hourglass (abuse of older people) --------

MAUREEN_FIRST = (
    "Hello, I'm not sure if this is the right place. My daughter's boyfriend came to my house "
    "last night shouting and banging on the door, he's been threatening her for weeks and now "
    "he's at mine"
)
MAUREEN_ANSWERS = {
    "consent": True, "crime_type": "stalking_harassment", "repeat_victimisation": True,
    "reported_to_police": True, "age": 63, "hate_motivated": False, "impairment": False,
    "needs": ["safety", "emotional"], "borough": "greenwich", "language": "english",
    # "Yes it's Kelly's boyfriend, Darren ... He's not my partner obviously!" (read as partner)
    "relationship_to_offender": "partner_or_ex",
}  # fmt: skip


def test_her_account_tells_of_her_daughters_partner():
    from actions.account import read_account

    assert "relative_partner_abuse" in read_account(MAUREEN_FIRST).details
    burgled = "my house was burgled, my daughters husband drove me to the station"
    assert "relative_partner_abuse" not in read_account(burgled).details


def test_her_services_have_a_domestic_abuse_service_and_no_elder_abuse_service():
    from actions.account import read_account
    from referrals.matching import match_organisations

    details = sorted(read_account(MAUREEN_FIRST).details | {"injured", "online"})
    for relationship in ("partner_or_ex", "someone_known", None):
        answers = {
            **MAUREEN_ANSWERS,
            "account_details": details,
            "relationship_to_offender": relationship,
        }
        ids = [org.id for org in match_organisations(answers)]
        assert "national-domestic-abuse-helpline" in ids, ids
        assert "hourglass-helpline" not in ids
        assert len(ids) == len(set(ids))


def test_an_older_person_abused_by_her_own_partner_keeps_hourglass():
    from referrals.matching import match_organisations

    answers = {**MAUREEN_ANSWERS, "age": 72, "crime_type": "domestic_abuse"}
    assert "hourglass-helpline" in [org.id for org in match_organisations(answers)]
