"""Round 97, helper i97c: Samira (her son killed), Alan (slapped by his boss), Chidi (an ex's
posts about her) and Ruby (a homophobic attack; her girlfriend Jess hurt), round 97."""

from __future__ import annotations

import pytest

from actions import questions
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


# -- 4. Chidi: weeks of posts by her ex: yes, the police can act (harassment) --------------------

CHIDI_FIRST = (
    "Hi, I'm not sure this is the right place. My ex has been posting on Facebook for weeks "
    "saying I'm a thief and a liar, and yesterday he emailed my ward manager saying I steal drugs "
    "from the ward. None of it is true. I'm a nurse and I'm terrified I'll lose my registration. "
    "Can the police make him stop?"
)
CHIDI_AGAIN = "Yes that's fine. But can the police actually do anything about this?"


@pytest.mark.parametrize("crime_type", [None, "harassment", "domestic_abuse"])
def test_chidi_police_can_act_on_posts(crime_type):
    first = answer_in_conversation(CHIDI_FIRST, crime_type, [])
    again = answer_in_conversation(CHIDI_AGAIN, crime_type, [CHIDI_FIRST])
    assert first is not None and first.response == "utter_i97c_police_act_on_posts"
    assert again is not None and again.response == "utter_i97c_police_act_on_posts"
    (said,) = sendable("utter_i97c_police_act_on_posts")
    assert "not the police" not in said and len(said) <= 320


def test_chidi_question_is_not_the_updates_right():
    assert not questions.topic_fits("police_updates", CHIDI_AGAIN)
    assert questions.topic_fits("police_updates", "has he been arrested yet?")


def test_being_called_a_thief_once_still_gets_defamation():
    assert (
        answer("can they tell people I am thief? I clean for 4 other family", None)
        == "utter_w8_called_a_thief"
    )


# -- 5. Ruby: does Jess, hurt more, have to report it herself? ----------------------------------

RUBY_FIRST = (
    "me and my girlfriend jess got attacked on kingsland road, he called us dykes and hit jess"
)


@pytest.mark.parametrize(
    "text",
    [
        "ok ill take her to homerton. not reported yet. but you didnt say, does jess need to "
        "report it herself or can i do it for both of us?",
        "yes. can you put jess on it as well or does she have to do this whole thing herself",
        "should she report it too or just me?",
    ],
)
def test_ruby_asks_if_jess_reports_too(text):
    got = answer_in_conversation(text, "hate_crime", [RUBY_FIRST])
    assert got is not None and got.response == "utter_i97c_other_victim_reports_too"
    (said,) = sendable("utter_i97c_other_victim_reports_too")
    assert "0808 168 9291" in said and len(said) <= 320


def test_ruby_head_injury_still_comes_first():
    text = (
        "no we're home now. jess is ok ish, her head stopped bleeding but she keeps saying she's "
        "dizzy. should she report it too or just me? its her who got hurt more"
    )
    got = answer_in_conversation(text, "hate_crime", [RUBY_FIRST])
    assert got is not None and got.response == "utter_head_injury_now"


# -- 6. Chidi: her ex checking her phone and taking her bank card: is it relevant? --------------


@pytest.mark.parametrize(
    "text",
    [
        "He never hit me, but when we were together he checked my phone and took my bank card "
        "sometimes. I left in March. Is that relevant? Mostly I just want the posts taken down "
        "before Friday",
        "no. it's Facebook not instagram. and you didn't say if the controlling stuff matters",
    ],
)
def test_chidi_controlling_behaviour_is_relevant(text):
    got = answer_in_conversation(
        text, "domestic_abuse", [CHIDI_FIRST], relationship_to_offender="partner_or_ex"
    )
    assert got is not None and got.response == "utter_g3_coercive_control"
