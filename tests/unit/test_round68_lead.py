"""Round 68, lead: facts that come in two answers.

The suite's cleaner (52, not paid for three months by the family she cleans for) says the pay in
one answer and the threat to call immigration in a later one; round 68 N5 made unpaid wages alone
an employment matter (Magda), so the two together must still read as forced work."""

import pytest

from actions.reading import Turn, read_turn
from tests.unit.known_answers import answer

CLEANER_SAID = (
    "hello. help please. no money",
    "no danger. family i clean not pay me 3 month",
    "they not pay me. i work",
)


def _crime(text: str, said: tuple[str, ...], requested: str = "reported_to_police") -> object:
    turn = Turn(text=text, intent="inform", requested=requested, answers={"said": said})
    return read_turn(turn).slots.get("crime_type")


def test_threat_told_after_the_unpaid_months_is_forced_work():
    text = "no police. they say they call immigration on me"
    assert _crime(text, CLEANER_SAID) == "human_trafficking"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # Magda: unpaid and pushed, never a word of immigration.
        ("no police. i am scared for my job", ("Family not pay me 2 month", "he push me to wall")),
        # The threat without work kept unpaid.
        ("my ex says he will call immigration on me", ("he hit me last night",)),
    ],
)
def test_not_forced_work_without_both(text, said):
    assert _crime(text, said) != "human_trafficking"


def test_too_late_for_a_test_keeps_the_test_answers():
    assert (
        answer("is it too late for a test? do i have to report to get one?", "sexual_offence")
        != "utter_n6_not_too_late_rape"
    )
    assert (
        answer("is it too late to report now? I washed everything", "sexual_offence")
        == "utter_n6_not_too_late_rape"
    )
