"""Round 98, helper j98a: Ola (abused by her girlfriend, asking if services are for her) and
Callum (needle-spiked, asking about hepatitis and a clinic; /tmp/roleplay/out98/findings-a.md)."""

from __future__ import annotations

from tests.unit.known_answers import (
    ANSWERS_FILE,
    answer_in_conversation,
    assert_one_sms_with_a_source,
)

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


CALLUM = [
    "hey um not sure if this is the right place. i think i got spiked at a club on saturday",
    "yeah ok. its like with a needle i think, ive got this sore red mark on my arm and i felt "
    "awful and cant remember the end of the night. do i need a test?? like for hiv",
    "no im safe im at my uni halls. wait it wasnt sexual i dont think?? nothing like that. and "
    "what about hepatitis, my mate said you can get that from needles",
    "no. but do i go to a clinic or not??",
    "i said my health tho, none of these are about getting tested. and if i report it now is it "
    "too late, like would there still be anything in my blood",
]


def _callum(text: str, earlier: list[str]) -> list[str | None]:
    got = answer_in_conversation(text, "assault", [*earlier, text], account_details=("spiked",))
    return [] if got is None else [got.response, *(then.response for then in got.then)]


def test_callum_hepatitis_and_clinic_questions_answered() -> None:
    # S3: both got "I can't answer your question here ... Victim Support".
    assert _callum(CALLUM[2], CALLUM[:2]) == ["utter_j98a_needle_spiking_health"]
    assert _callum(CALLUM[3], CALLUM[:3]) == ["utter_j98a_needle_spiking_health"]
    assert_one_sms_with_a_source("utter_j98a_needle_spiking_health", ANSWERS_FILE)
    # Without a needle, or after a feared sexual assault, this answer isn't given.
    drink = "someone spiked my drink at a club"
    assert "utter_j98a_needle_spiking_health" not in _callum(CALLUM[3], [drink])
    raped = "i think i was spiked with a needle and raped"
    assert "utter_j98a_needle_spiking_health" not in _callum(CALLUM[3], [raped])


def test_callum_not_sexual_too_late_test_is_the_police_test_not_the_havens() -> None:
    # S4: "would there still be anything in my blood" got the Havens' morning-after pill line
    # after he said twice nothing sexual happened.
    assert _callum(CALLUM[4], CALLUM[:4]) == ["utter_spiking_test"]
    # Still the Havens for someone spiked who feared a sexual assault.
    feared = [CALLUM[0], "i think he might have done something to me, i woke up in his flat"]
    assert "utter_spiking_test" not in _callum(CALLUM[4], feared)
