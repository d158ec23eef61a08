"""Round 98, helper j98a: Ola (abused by her girlfriend, asking if services are for her) and
Callum (needle-spiked, asking about hepatitis and a clinic; /tmp/roleplay/out98/findings-a.md)."""

from __future__ import annotations

from tests.unit.known_answers import answer_in_conversation

OLA = [
    "my gf threw a phone charger at me last night, the plug end got my face. then she smashed "
    "my phone. its not the first time tbh",
    "no. do these services just do men hitting women? cos its my girlfriend",
    "27. but seriously is there anything for same sex couples or not, i dont want to be told to "
    "go to a womens refuge and explain it all",
    "whats galop. is that for people like me then? and would refuge help a woman whos gf did it",
]


def _ola(at: int, **answers: object) -> str | None:
    got = answer_in_conversation(
        OLA[at],
        "domestic_abuse",
        OLA[: at + 1],
        relationship_to_offender="partner_or_ex",
        **answers,
    )
    return None if got is None else got.response


def test_ola_same_sex_question_answered_not_refused() -> None:
    # S1: "do these services just do men hitting women? cos its my girlfriend" got "I can't
    # answer your question here"; the same-sex couples question got nothing.
    assert _ola(1) == "utter_r6_refuge_woman_abused_by_woman"
    assert _ola(2) == "utter_r6_refuge_woman_abused_by_woman"


def test_ola_galop_for_people_like_me_is_not_the_language_answer() -> None:
    # S2: "is that for people like me then?" got "no service for your community or in your
    # language" with Galop just listed.
    got = _ola(3, gender="woman", language="english", community=[])
    assert got == "utter_r6_refuge_woman_abused_by_woman"


def test_a_man_asking_about_his_girlfriend_is_not_a_woman_abused_by_a_woman() -> None:
    said = "do these services just do women hitting men? cos its my girlfriend"
    got = answer_in_conversation(said, "domestic_abuse", [said], gender="man")
    assert got is None or got.response != "utter_r6_refuge_woman_abused_by_woman"


def test_people_like_me_for_a_community_still_gets_the_none_answer() -> None:
    from actions.service_answers import s83f_none_for_their_community

    said = "is there anything for roma people like me"
    assert s83f_none_for_their_community(said, {"said": [said]}) is not None
    said = "is there a service for people like me, i speak urdu"
    assert s83f_none_for_their_community(said, {"said": [said], "gender": "woman"}) is not None
