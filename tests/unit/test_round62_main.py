"""Round 62 fixes made at merge: a car driven at someone is an attack, a van into a parked car
is not terrorism."""

import pytest

from actions.account import read_account

DEE = (
    "Hi. Yesterday evening in the Tesco car park in Peckham a man started shouting racist abuse "
    "at me, called me the n word, then got in his car and drove straight at me. I had to jump "
    "out the way. My wrist is swollen up where I landed on it. Is that attempted murder?"
)


@pytest.mark.parametrize(
    "text",
    [
        DEE,
        "a man drove his car at me in the car park, i jumped clear",
        "he drove straight at me on purpose",
        "she swerved at us on the pavement",
    ],
)
def test_a_car_driven_at_the_writer_is_an_assault(text: str) -> None:
    assert read_account(text).crime_type == "assault"


def test_dees_question_is_not_her_account_but_her_hurt_wrist_and_the_racism_are() -> None:
    account = read_account(DEE)
    assert account.crime_type != "attempted_murder"
    assert "injured" in account.details
    assert account.hate and "race" in account.hate_strands


@pytest.mark.parametrize(
    "text",
    ["i drove to my mums house", "he drove me home after", "my dad drove us to the hospital"],
)
def test_driving_somewhere_or_someone_is_not_an_attack(text: str) -> None:
    assert read_account(text).crime_type != "assault"


def test_someone_who_tried_to_run_me_over_is_still_an_attempt_to_kill() -> None:
    assert read_account("he tried to run me over").crime_type == "attempted_murder"


@pytest.mark.parametrize(
    "text", ["a van drove into my parked car", "a van drove into my parked car outside my house"]
)
def test_a_van_into_a_parked_car_is_not_terrorism(text: str) -> None:
    assert read_account(text).crime_type != "terrorism"


@pytest.mark.parametrize(
    "text",
    [
        "I was hit when a van drove into people on the bridge last year.",
        "a van ploughed into the crowd at the market",
    ],
)
def test_a_van_into_a_crowd_is_still_terrorism(text: str) -> None:
    assert read_account(text).crime_type == "terrorism"


# -- "What happened?" answered with who did it (Nadia, round 62) --
from actions.answers import read_answer  # noqa: E402
from actions.assessment_form import ValidateNeedsAssessmentForm  # noqa: E402
from tests.unit.conftest import make_tracker  # noqa: E402


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("i tell you. my husband", "partner_or_ex"),
        ("my husband", "partner_or_ex"),
        ("it was my ex", "partner_or_ex"),
        ("my boyfriend again", "partner_or_ex"),
        ("MY HUSBAND. i say 3 time", "partner_or_ex"),
        ("it was my dad", "family_member"),
        ("it was my son", "family_member"),
    ],
)
def test_naming_only_a_partner_or_relative_at_what_happened_is_harm_at_home(text, who):
    found = read_answer("crime_type", text)
    assert found.value == "domestic_abuse"
    assert found.extra == {"relationship_to_offender": who}


@pytest.mark.parametrize(
    "text",
    ["my son", "my daughter", "me and my husband", "my husband. and my kids saw", "a man"],
)
def test_a_relative_who_may_be_the_victim_is_not_taken_as_who_did_it(text):
    assert read_answer("crime_type", text).value is None


@pytest.mark.parametrize(
    ("text", "crime"),
    [("my husband was attacked", "assault"), ("my husband and i were burgled", "burglary")],
)
def test_a_relative_in_an_account_is_read_as_the_account(text, crime):
    found = read_answer("crime_type", text)
    assert found.value == crime
    assert "relationship_to_offender" not in found.extra


async def test_nadias_answer_fills_the_crime_and_who_so_neither_is_asked_again(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True, "in_danger": False},
        text="i tell you. my husband",
        requested_slot="crime_type",
        sent=["utter_ask_crime_type"],
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["crime_type"] == "domestic_abuse"
    assert slots["relationship_to_offender"] == "partner_or_ex"
    assert slots["requested_slot"] != "relationship_to_offender"


# -- Amira (round 62): a hijab grabbed, the label she denied, the hate she kept --
from known_answers import answer  # noqa: E402

from actions.account import named_crimes  # noqa: E402
from actions.reading import corrections  # noqa: E402

AMIRA_ACCOUNT = (
    "no im home now. a man on the jubilee line grabbed my hijab and pulled it and called me a "
    "terrorist. like loads of people saw and no one did anything. is that a hate crime?"
)


def test_a_grabbed_hijab_does_not_get_the_groping_answer():
    assert answer(AMIRA_ACCOUNT, "assault", consent=True, age=19.0, hate_motivated=True) != (
        "utter_n5_groping_is_sexual_assault"
    )
    assert answer(AMIRA_ACCOUNT, None, consent=True) != "utter_n5_groping_is_sexual_assault"


def test_groping_is_still_answered_as_sexual_assault():
    text = "is someone grabbing ur bum without asking actually a crime or am i being dramatic"
    assert answer(text, None, consent=True) == "utter_n5_groping_is_sexual_assault"


@pytest.mark.parametrize(
    "text",
    [
        "wait before that. what have u actually written down about what happened? bc u said "
        "something about sexual assault before and thats not what happened",
        "NO its not a sexual offence!! take that off. he pulled my hijab, its a hate thing",
    ],
)
def test_a_label_the_bot_said_or_she_denied_is_not_her_account(text):
    assert read_account(text).crime_type != "sexual_offence"
    assert "sexual_offence" not in named_crimes(text)


@pytest.mark.parametrize(
    "text",
    [
        "he says it wasnt rape but i said no and he didnt stop",
        "he raped me",
        "it was a sexual assault",
        "sexual assault",
    ],
)
def test_a_sexual_offence_told_is_still_read(text):
    assert read_account(text).crime_type == "sexual_offence" or named_crimes(text) == [
        "sexual_offence"
    ]


def test_a_denied_label_leaves_what_was_told():
    assert read_account("its not domestic abuse, a stranger punched me").crime_type == "assault"
    assert read_account("it was not a robbery, they broke in while we were out").crime_type == (
        "burglary"
    )


def test_keeping_the_hate_crime_is_not_taking_it_off():
    text = "NO its not a sexual offence!! take that off. he pulled my hijab, its a hate thing"
    got = answer(text, "sexual_offence", consent=True, hate_motivated=True)
    assert got != "utter_t1_hate_taken_off"
    assert corrections(text, {"crime_type": "sexual_offence", "hate_motivated": True}).get(
        "hate_motivated", True
    )


def test_taking_the_hate_crime_off_still_works():
    for text in (
        "can you take that off, i never said it was cos im trans",
        "dont want the police told its a hate crime. take it off",
    ):
        assert answer(text, "harassment", consent=True, hate_motivated=True) == (
            "utter_t1_hate_taken_off"
        )
