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
