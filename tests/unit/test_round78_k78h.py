"""Round 78, helper k78h: services asked for by name or need, "why is X listed", and giving up
(Derek for his son Ryan, Fatima, Margaret, Gary)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.account import read_account
from actions.dialogue import ActionOutsideQuestions
from actions.questions import k78h_gives_up, known_answer
from actions.reading import Turn, read_turn
from referrals.matching import match_organisations
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import ORGANISATIONS, answer, sendable


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _said(text, crime_type, **answers):
    said = known_answer(
        text, crime_type, ORGANISATIONS, answers={"crime_type": crime_type, **answers}
    )
    names = []
    while said is not None:
        names.append(said.response or said.args.get("utter_action"))
        said = said.then[0] if said.then else None
    return names


def _text(text, crime_type, **answers):
    said = known_answer(
        text, crime_type, ORGANISATIONS, answers={"crime_type": crime_type, **answers}
    )
    assert said is not None
    return said.text or ""


# 1. Derek, for his son Ryan, 34, a brain injury after an assault.
RYAN = {"for_someone_else": True, "relationship_to_offender": "stranger", "age": 34}
DEREK_FAMILY = (
    "Compensation and information mainly. He's self employed plasterer so no work no money. "
    "And what about me and his mum, can we get any support? It's been a hell of a week."
)


def test_derek_family_support_is_answered_beside_compensation():
    assert _said(DEREK_FAMILY, "assault", **RYAN) == [
        "utter_cica_rules",
        "utter_support_for_family",
    ]


def test_can_we_get_support_is_about_the_family_only_for_someone_else():
    assert answer("can we get any support?", "assault", **RYAN) == "utter_support_for_family"
    assert answer("can we get any support?", "burglary") != "utter_support_for_family"
    # The earlier wording keeps its answer.
    assert answer("Is there anything for family?", "assault", **RYAN) == (
        "utter_support_for_family"
    )


@pytest.mark.parametrize(
    "text",
    [
        "MORE. Is there anything for the brain injury side? We don't know what we're doing with "
        "that.",
        "I asked about his head injury. Is there a charity or anything for people with brain "
        "injuries and their families?",
    ],
)
def test_derek_brain_injury_help_is_headway(text):
    assert "utter_k78h_headway" in _said(text, "assault", **RYAN)
    for said in sendable("utter_k78h_headway"):
        assert "0808 800 2244" in said and len(said) <= 320


def test_not_headway_for_a_head_injury_question_about_care():
    assert "utter_k78h_headway" not in _said(
        "he has a head injury, should he go to A&E?", "assault", **RYAN
    )


def test_derek_brain_injury_told_gets_headway_in_the_result():
    told = read_account(
        "Not before this. The doctors say the head injury is serious, they're talking about a "
        "brain injury, memory problems. We don't know yet how he'll be."
    )
    assert "brain_injury" in told.details
    person = {
        "crime_type": "assault", **RYAN, "borough": "barking and dagenham",
        "needs": ["compensation", "information"], "reported_to_police": True,
    }  # fmt: skip
    ids = [o.id for o in match_organisations({**person, "account_details": sorted(told.details)})]
    assert "headway" in ids
    without = [
        o.id for o in match_organisations({**person, "account_details": ["injured", "hospital"]})
    ]
    assert "headway" not in without


@pytest.mark.parametrize("text", ["he has no head injury, just bruises", "punched in the face"])
def test_no_brain_injury_told(text):
    assert "brain_injury" not in read_account(text).details


# 2. Fatima, whose niqab was pulled on a bus.
FATIMA = {"hate_crime": True, "gender": "woman"}


def test_fatima_services_for_muslim_women_are_answered():
    text = (
        "Someone to talk to, and feeling safe. Are there services for Muslim women? I would "
        "prefer to talk to a woman."
    )
    assert _said(text, "assault", **FATIMA)[0] == "utter_k78h_muslim_women_woman_worker"


def test_fatima_is_tell_mama_for_muslim_women():
    text = (
        "Thank you. What is Tell MAMA? Is it for Muslim women? I asked if there is a service for "
        "Muslim women."
    )
    assert _said(text, "assault", **FATIMA) == ["utter_k78h_muslim_women"]
    for name in ("utter_k78h_muslim_women", "utter_k78h_muslim_women_woman_worker"):
        for said in sendable(name):
            assert "0800 456 1226" in said and "women and men" in said and len(said) <= 320


def test_what_is_tell_mama_keeps_its_description():
    assert _text("What is Tell MAMA?", "assault", **FATIMA).startswith("Tell MAMA:")
    assert answer("i would prefer a woman please", "assault") == "utter_worker_gender"


# 3. Margaret, 80, whose grandson takes her money, given the stalking helpline.
MARGARET = {"relationship_to_offender": "family_member", "age": 80, "gender": "woman"}
MARGARET_WHY = (
    "If I say yes, will they tell the police about my grandson? I do not want that. And why is "
    "there a stalking helpline, nobody is stalking me."
)


def test_margaret_why_the_stalking_helpline_says_sorry_and_why():
    said = known_answer(
        MARGARET_WHY, "domestic_abuse", ORGANISATIONS,
        answers={"crime_type": "domestic_abuse", **MARGARET},
    )  # fmt: skip
    texts = []
    while said is not None:
        texts.append(said.text or said.response or "")
        said = said.then[0] if said.then else None
    why = next(text for text in texts if "Stalking" in text)
    assert why.startswith("I'm sorry")
    # Round 78's replay: with her account put right the helpline was no longer on her list, and
    # "It was listed because of how I read what you told me" was untrue; this is true either way.
    assert "doesn't fit what you've told me now" in why and "leave it" in why and "wrongly" in why
    assert len(why) <= 320


def test_why_a_service_is_there_says_what_it_matched():
    why = _text("why is there a stalking helpline?", "stalking_harassment", borough="hackney")
    assert "listed because it fits what you told me: specialist in stalking" in why
    assert not why.startswith("I'm sorry")


def test_what_is_the_stalking_helpline_keeps_its_description():
    said = _text("what is the stalking helpline?", "stalking_harassment")
    assert said.endswith("Call 0808 802 0300.") and "listed" not in said


# 4. Gary, 58, hit by his wife, at "What happened?" a second time.
GARY_GIVES_UP = "i just told you. forget it, this was a daft idea"


@pytest.mark.parametrize(
    "text", [GARY_GIVES_UP, "this is pointless", "ok this is a waste of time", "why do i bother"]
)
def test_giving_up(text):
    assert k78h_gives_up(text)


@pytest.mark.parametrize(
    "text",
    [
        "forget it its NOT forced marriage",
        "forget it. I'll ring Tell MAMA myself tomorrow.",
        "i think it was a bad idea to leave the door open",
        "it was a waste of time calling the police",
        "was it a stupid idea to go back?",
        "i just told you",
    ],
)
def test_not_giving_up(text):
    assert not k78h_gives_up(text)


def test_gary_giving_up_at_a_question_is_not_skipped():
    reading = read_turn(
        Turn(
            text=GARY_GIVES_UP, intent="deny", requested="crime_type",
            answers={"consent": True, "in_danger": False}, missed={"crime_type": 1},
            organisations=ORGANISATIONS,
        )
    )  # fmt: skip
    assert reading.pause
    assert [say.response for say in reading.say] == ["utter_k78h_giving_up"]
    assert "crime_type" not in reading.skipped


def test_giving_up_at_the_referral_question_keeps_its_reading():
    reading = read_turn(
        Turn(
            text="this is pointless", intent="deny", requested="referral_consent",
            answers={"consent": True}, organisations=ORGANISATIONS,
        )
    )  # fmt: skip
    assert "utter_k78h_giving_up" not in [say.response for say in reading.say]


def test_gary_outside_the_questions_gets_one_kind_reply(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True, "in_danger": False},
        text=GARY_GIVES_UP,
        intent="deny",
        requested_slot="crime_type",
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_k78h_giving_up"]
    for said in sendable("utter_k78h_giving_up") + sendable(
        "utter_k78h_giving_up", cannot_phone=True
    ):
        assert "daft" in said and "carry on" in said and len(said) <= 320
