"""Round 57 check (main): answers that carried a car to a man who has none (George, 70, whose
windows are egged and who is shouted at every night)."""

from __future__ import annotations

from tests.unit.known_answers import said_answer

GEORGE_SAID = [
    "The boys next door throw eggs at my windows and shout abuse at me most nights, for months now",
]
TOM_SAID = ["He scratched my car and said he'd smash my face in"]


def test_no_car_answer_for_someone_who_told_of_no_car():
    text = (
        "It is not only damage, it is abuse and harassment, every night for months. I have rung "
        "101 twice and the council once. Nothing has happened. What is the council obliged to do?"
    )
    said = said_answer(text, "criminal_damage", GEORGE_SAID)
    assert said not in ("utter_harassment_or_criminal_damage", "utter_p4_car_damage_repair")


def test_a_scratched_car_still_gets_its_answer():
    text = "He scratched my car. Is that harassment or is it criminal damage? I want the right word"
    assert said_answer(text, "criminal_damage", TOM_SAID) == "utter_harassment_or_criminal_damage"


def test_a_refusal_with_a_question_about_deleting_is_a_no():
    """Chloe, 16, at the offer to pass her details on, was asked again."""
    from actions.answers import read_referral_consent

    for text in (
        "no i dont want anyone contacting me. can u delete what i said",
        "no. i dont want anyone to call me. please delete it all",
    ):
        assert read_referral_consent(text).value is False


def test_a_yes_with_a_question_about_deleting_is_still_a_yes():
    from actions.answers import read_referral_consent

    assert read_referral_consent("yes. can you delete the chat after").value is True
