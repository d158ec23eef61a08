"""Round 45 (helper P1): Hannah, 16, a fake nude of her shared round school; Leo, 14, older boys
take his lunch money; Ricky, 17, jumped and robbed of his jacket.

- "will he get in trouble tho?" (three times) got "I can't answer"; "is what he did illegal?"
  got "threatening or grossly offensive messages"; her record said only "harm online".
- "does the school HAVE to tell my mum" got the court answer, "No, you don't have to" and "let's
  skip that one".
- "should i go back at him", "how do i get revenge on him" got the next question four times;
  "next time its worse... shook to leave the house" got "I can't do more with that here", then a
  child's "Stay inside... Call 999 now"; "would he know it was me" got the phone-privacy answer.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.questions import p1_danger_is_now
from actions.wording import summary_line

NEW = (
    "utter_p1_child_image_is_a_crime",
    "utter_p1_school_tells_parent",
    "utter_p1_dont_go_back_at_him",
    "utter_p1_threat_of_next_time",
)
HANNAH = {
    "age": 16,
    "under_18": True,
    "relationship_to_offender": "someone_known",
    "account_details": ["intimate_images"],
}
LEO = {"age": 14, "under_18": True, "relationship_to_offender": "someone_known"}
RICKY = {"age": 17, "under_18": True, "relationship_to_offender": "someone_known"}
ADULT = {"age": 34, "relationship_to_offender": "someone_known"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P1")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "will he get in trouble tho? everyone knows it was him",
        "merton. will he get in trouble tho? everyone knows it was him",
        "can u tell me if he will get in trouble",
        "maybe. but is what he did actually illegal? like can he get arrested for it or nah",
        "could he get arrested for it?",
        "will she get excluded for sending it round?",
    ],
)
def test_a_child_asks_what_happens_to_whoever_made_the_fake_image(said):
    assert answer(said, "online_abuse", **HANNAH) == "utter_p1_child_image_is_a_crime"


@pytest.mark.parametrize(
    "said",
    [
        "am i in trouble for sending it??",
        "will i get in trouble for this",
        "how do i get it taken down its everywhere",
        "no",
        "16",
        "Someone I know",
    ],
)
def test_not_the_childs_image_answer(said):
    assert answer(said, "online_abuse", **HANNAH) != "utter_p1_child_image_is_a_crime"
    assert answer(said, "online_abuse", **ADULT) != "utter_p1_child_image_is_a_crime"


def test_an_adult_or_another_crime_does_not_get_the_childs_image_answer():
    assert answer("will he get in trouble tho?", "assault", **LEO) != (
        "utter_p1_child_image_is_a_crime"
    )
    adult = {**ADULT, "account_details": ["intimate_images"]}
    assert answer("will he get in trouble tho?", "online_abuse", **adult) != (
        "utter_p1_child_image_is_a_crime"
    )


def test_her_record_says_what_happened_not_harm_online():
    line = summary_line({"crime_type": "online_abuse", **HANNAH})
    assert "a sexual image of you shared" in line
    assert "abuse online" not in line
    assert "abuse online" in summary_line({"crime_type": "online_abuse", **LEO})


@pytest.mark.parametrize(
    "said",
    [
        "no cos its not gonna go to court lol. if i tell a teacher do they have to tell my mum? "
        "she'll freak out and she's got enough going on",
        "ok but u didnt say, does the school HAVE to tell my mum",
        "not me, the SCHOOL. like if i tell mr patel will he ring her",
        "whats report remove? anyway. if a teacher finds out will the school call my parents",
        "will my head of year tell my dad?",
    ],
)
def test_a_child_asks_if_the_school_tells_a_parent(said):
    assert answer(said, "robbery", **LEO) == "utter_p1_school_tells_parent"


@pytest.mark.parametrize(
    "said",
    [
        "will the police tell my mum?",
        "if i ring childline do they tell my mum or the school",
        "should i tell my mum?",
        "do i have to tell my mum",
        "14. and no i havent told police or anyone its not that serious",
        "kinda? they go to my school. i know there faces not there names",
    ],
)
def test_not_the_school_answer(said):
    assert answer(said, "robbery", **LEO) != "utter_p1_school_tells_parent"


def test_an_adult_does_not_get_the_school_answer():
    assert answer("does the school have to tell my mum", "robbery", **ADULT) != (
        "utter_p1_school_tells_parent"
    )


@pytest.mark.parametrize(
    "said",
    [
        "none of that. my boys are sayin we should go round his ends and do him the same. should i",
        "english obv. but answer me, should i go back at him or what",
        "im askin if i should get him back. yes or no",
        "childline lol im not a kid. im askin if i should get him back. yes or no",
        "how do i get revenge on him",
        "should we jump them back?",
        "is it ok to get my own back on him?",
    ],
)
def test_revenge_asked_about_gets_a_plain_dont(said):
    assert answer(said, "robbery", **RICKY) == "utter_p1_dont_go_back_at_him"
    assert answer(said, "assault", **ADULT) == "utter_p1_dont_go_back_at_him"


@pytest.mark.parametrize(
    "said",
    [
        "how do i get my jacket back?",
        "my keys were taken, how do i get them back?",
        "can i get my money back?",
        "he hit me back when i pushed him off",
        "should i call him back?",
        "revenge porn helpline number?",
        "is revenge porn a crime?",
        "nah its cos of my ex innit",
        "yes",
    ],
)
def test_not_the_revenge_answer(said):
    assert answer(said, "robbery", **RICKY) != "utter_p1_dont_go_back_at_him"


@pytest.mark.parametrize(
    "said",
    [
        "tbh i aint really been out since sat. they said on snap next time its worse. im kinda "
        "shook to leave the house ngl. dont tell no one i said that",
        "they said theyll do me again",
        "im scared to go out now",
    ],
)
def test_a_threat_of_next_time_gets_calm_advice(said):
    assert answer(said, "robbery", **RICKY) == "utter_p1_threat_of_next_time"


@pytest.mark.parametrize(
    "said",
    [
        "thats it?? they basically said theyll do me again. can i get the snap vids took down",
        "next time its worse they said. im scared to go out",
    ],
)
def test_a_threat_of_next_time_is_not_danger_now_for_the_childs_lines(said):
    assert not p1_danger_is_now(said)


@pytest.mark.parametrize(
    "said",
    [
        "theres a car outside. i think its the same one. what do i do",
        "im really scared. hes just sitting there",
        "hes outside now and banging on the door",
        "they said theyll do me again and theyre outside right now",
    ],
)
def test_danger_now_keeps_the_childs_lines(said):
    assert p1_danger_is_now(said)


@pytest.mark.parametrize(
    "said",
    [
        "if i did tell the feds would they have to say it was me that told. like would he know",
        "nah i mean if i report it to police does HE find out it was me",
    ],
)
def test_would_he_know_it_was_me_gets_the_anonymity_answer_first(said):
    assert answer(said, "robbery", **RICKY) == "utter_j1_will_they_know_young"


@pytest.mark.parametrize(
    "said",
    ["would he know where i live?", "can anyone see this chat?"],
)
def test_not_the_would_he_know_answer(said):
    assert answer(said, "robbery", **RICKY) != "utter_j1_will_they_know_young"


def test_childlines_confidentiality_first_then_what_happens_to_him():
    from actions.questions import known_answer
    from tests.unit.known_answers import ORGANISATIONS

    said = known_answer(
        "if i use report remove does my school or mum find out?? will he get in trouble?",
        "online_abuse",
        ORGANISATIONS,
        answers={"crime_type": "online_abuse", **HANNAH},
    )
    assert said is not None
    assert said.response == "utter_childline_confidential"
    assert [then.response for then in said.then] == ["utter_p1_child_image_is_a_crime"]


@pytest.mark.parametrize(
    "said",
    [
        "childline lol im not a kid. im askin if i should get him back. yes or no",
        "im askin if i should get him back. yes or no",
        "should i report it or not? yes or no",
    ],
)
def test_a_question_asking_for_a_yes_or_no_is_not_a_yes_to_being_referred(said):
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text=said,
            intent="affirm",
            requested="referral_consent",
            answers={"crime_type": "robbery", "results_shown": True, **RICKY},
            asked={"referral_consent": 1},
        )
    )
    assert reading.slots.get("referral_consent") is None


@pytest.mark.parametrize("said", ["yes", "yes please", "yeah go on, text me", "no thanks"])
def test_a_plain_yes_or_no_to_being_referred_still_counts(said):
    from actions.answers import read_referral_consent

    assert read_referral_consent(said).value is not None
