"""Round 92, helper m92a: danger and crisis read wrong (Zara, Wes, Abi, Jess)."""

from __future__ import annotations

from tests.unit.known_answers import at_question

# Zara, 16: her older cousin touches her when he babysits her little brother.
ZARA = {
    "consent": True,
    "crime_type": "sexual_offence",
    "relationship_to_offender": "family_member",
    "age": 16,
    "under_18": True,
    "reported_to_police": False,
}


def test_zara_he_is_coming_again_on_friday_gets_the_safety_answer_at_once() -> None:
    said = at_question(
        "yeh loads. since like summer. hes coming again on friday", "repeat_victimisation", ZARA
    )
    assert said == ["utter_young_person_his_visit"]


def test_a_court_date_is_not_his_visit() -> None:
    said = at_question("yes. hes back in court on friday", "repeat_victimisation", ZARA)
    assert "utter_young_person_his_visit" not in said
