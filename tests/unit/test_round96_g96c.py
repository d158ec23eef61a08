"""Round 96, helper g96c: Shauna, Kiran, Siobhan and Harry (findings-c.md)."""

from __future__ import annotations

from tests.unit.known_answers import answer_in_conversation, sendable

SIOBHAN = [
    "right, lets see if a robot can do better than the council and the police. the people "
    "upstairs have been making my life hell for a year and NOBODY does anything",
    "not in danger no, just knackered. im a nurse on nights and they play music til 5am every "
    "night, they chucked rubbish all over my balcony and when i knocked to complain he said "
    "youll regret it. reported it 5 times to council and police, nothing",
    "what dog?? there is no dog. are you even reading this. its antisocial behaviour, noise, "
    "rubbish and a threat",
]


def _response(text: str, said: list[str], crime_type: str | None = None) -> str | None:
    got = answer_in_conversation(text, crime_type, said)
    return None if got is None else got.response


def test_siobhan_threat_answer_has_no_dog() -> None:
    got = _response(SIOBHAN[1], SIOBHAN[:1])
    assert got == "utter_g96c_threat_not_to_report"
    assert all("dog" not in text for text in sendable(got))


def test_siobhan_what_forces_the_council_gets_the_case_review_not_the_dog() -> None:
    text = (
        "52. is there anything that actually FORCES the council or police to do something, "
        "because 5 reports in a year and ive had one letter"
    )
    assert _response(text, SIOBHAN) == "utter_g4_asb_case_review"


def test_siobhan_what_makes_them_act_gets_the_case_review() -> None:
    text = (
        "no. im irish but i dont think its that, theyre just like that with everyone. you "
        "still havent answered my question. what makes them act"
    )
    assert _response(text, SIOBHAN) == "utter_g4_asb_case_review"


def test_a_dog_told_still_gets_the_dog_answers() -> None:
    dean = ["my neighbours dog attacked me and he said if I say anything Ill regret it"]
    got = _response("and him threatening me? if I report the dog he'll know it was me", dean)
    assert got == "utter_d7_threat_not_to_report"
    beata = ["my neighbour's dog bit me, 6 stitches"]
    assert _response("Who do I tell, police or the council?", beata) == "utter_o5_dog_who_to_tell"
