"""Round 97, helper i97c: Samira (her son killed), Alan (slapped by his boss), Chidi (an ex's
posts about her) and Ruby (a homophobic attack; her girlfriend Jess hurt), round 97."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import answer, answer_in_conversation, sendable

SAMIRA_FIRST = "hi. my son was killed a month ago. stabbed. i dont know who else to ask"


# -- 1. Samira: seeing the police's evidence is not putting up a camera at home -----------------


@pytest.mark.parametrize(
    "text",
    [
        "i wasnt there so i dont think im a witness. can i see the evidence? they have cctv i want "
        "to know what happened to him, nobody tells me anything",
        "what?? i dont want a camera. i asked can i see the police evidence about my sons murder",
    ],
)
def test_samira_asks_to_see_the_evidence(text):
    got = answer_in_conversation(text, "homicide", [SAMIRA_FIRST])
    assert got is not None and got.response == "utter_i97c_see_evidence_homicide"
    (said,) = sendable("utter_i97c_see_evidence_homicide")
    assert "FLO" in said and "08 08 16 89 111" in said and len(said) <= 320


def test_own_camera_question_still_gets_the_camera_answer():
    assert answer("can i put up cctv on my house?", "criminal_damage") == "utter_p4_own_cctv"


# -- 2. Samira: the FLO has stopped calling: what to do, not the definition again ---------------


@pytest.mark.parametrize(
    "text",
    [
        "the family liaison officer used to call every day and now nothing for 2 weeks, is that "
        "normal?",
        "should i call the police about the flo or will that make it worse",
    ],
)
def test_samira_flo_stopped_calling(text):
    assert answer(text, "homicide") == "utter_flo_not_calling"


def test_what_is_an_flo_still_gets_the_definition():
    assert answer("family liaison officer. what is it", "homicide") == "utter_family_liaison"


# -- 3. Alan: a slap is common assault; yes, he can go to the police ----------------------------


def test_alan_can_go_to_police_for_a_slap():
    assert answer("hello can i go police for a slap", None) == "utter_f1_force_is_assault"
    got = answer_in_conversation(
        "ok yes. but can i? its my boss he slap me in face in front of everybody at work",
        "assault",
        ["hello can i go police for a slap", "ok"],
    )
    assert got is not None and got.response == "utter_f1_force_is_assault"
