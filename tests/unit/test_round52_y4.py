"""Round 52, helper Y4: Ruth (her son's autism read as hers), Leon (on licence, stabbed) and Dan
(how to complain about the police), with their own words and messages that must not change."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import answer

RUTH_FIRST = (
    "Good evening. I came home from school today to find a swastika and some vile words sprayed "
    "on my front door, and a note pushed through the letterbox saying 'we know where you live "
    "Jew'. I'm shaking. My son Joel is 16 and autistic and he is beside himself, he won't come "
    "out of his room."
)
RUTH_CORRECTS = (
    "Not yet. And just to correct you, I don't have a disability, it's my son Joel who's "
    "autistic. Also it's not just damage, the note was a threat."
)


def test_a_sons_autism_is_not_the_writers_disability():
    reading = read_account(RUTH_FIRST)
    assert reading.impairment is None
    assert reading.for_child is None
    assert reading.hate is True


def test_her_correction_is_not_about_a_child_and_clears_the_disability():
    answers = {"crime_type": "criminal_damage", "hate_crime": True, "impairment": True}
    turn = Turn(
        text=RUTH_CORRECTS,
        intent="deny",
        requested="reported_to_police",
        answers=answers,
        asked={"reported_to_police": 1},
    )
    reading = read_turn(turn)
    assert not reading.slots.get("for_child")
    assert reading.slots.get("reported_to_police") is False
    assert corrections(RUTH_CORRECTS, answers).get("impairment") is False


@pytest.mark.parametrize(
    "text",
    [
        "I am autistic and my neighbour keeps shouting at me",
        "my son was beaten up at school, he is autistic",
    ],
)
def test_own_or_harmed_childs_condition_still_read(text):
    reading = read_account(text)
    assert reading.impairment or reading.for_child


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no. thats the thing. im on licence. if i tell feds will they recall me", "licence"),
        ("27. u didnt answer. if i report it can i get recalled", "licence"),
        ("skip. do i even count as a victim if im on licence", "licence"),
        ("am i still a victim even tho im on licence? yes or no", "licence"),
        (
            "no. I got out of jail 2 months ago. im on probation. if i tell police i got stabbed "
            "will my probation officer find out and send me back",
            "licence",
        ),
        (
            "no. my arm still bleeding a bit thru the bandage tho. i didnt go hospital cos they "
            "call police for stab wounds innit",
            "stab",
        ),
        ("but do hospital tell police or not", "stab"),
        ("victim support gonna tell police?", "support"),
        ("ok. and victim support, they grass to police or probation or nah", "support"),
    ],
)
def test_leon(text, expected):
    names = {
        "licence": "utter_y4_victim_on_licence",
        "stab": "utter_y4_stab_hospital",
        "support": "utter_y4_support_not_police",
    }
    assert answer(text, "assault") == names[expected]


@pytest.mark.parametrize(
    "text",
    [
        "so if they've been arresting people and not telling me, that's a breach? how do I "
        "actually complain, is it the IOPC or something",
        "what?? there's no non-molestation order, no school gates. I'm asking how to complain "
        "about the police not updating me",
        "Mate I think you've got me mixed up with someone else. Simple question: how do I make a "
        "complaint about the police?",
    ],
)
def test_dan_complaint_about_police(text):
    assert answer(text, "assault") == "utter_ask_right/complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Feeling safe, practical help. And help for Joel - how do I make him feel safe? He keeps "
        "asking if they're going to come in the house. He doesn't cope well with change or "
        "strangers, so police coming round could set him off too",
        "English. Can I ask the police to come without uniform or phone first, because of Joel?",
    ],
)
def test_ruth_police_visit(text):
    assert answer(text, "criminal_damage") == "utter_y4_police_adapt_visit"


@pytest.mark.parametrize(
    "text",
    [
        "is he on licence? will the victim contact scheme tell me",
        "what are his licence conditions",
        "my neighbour complained about the noise",
        "the police came round yesterday",
        "Yes",
        "Barnet",
    ],
)
def test_ordinary_messages_not_taken(text):
    assert answer(text, "assault") not in {
        "utter_y4_victim_on_licence",
        "utter_y4_stab_hospital",
        "utter_y4_support_not_police",
        "utter_y4_police_adapt_visit",
        "utter_ask_right/complaint",
    }
