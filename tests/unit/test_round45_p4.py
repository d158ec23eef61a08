"""Round 45 answers and corrections (helper P4).

- Mrs Okoro, 70, racist leaflets and dog mess at her door for a year: "someone you know" could
  not be taken out; "does this legally count as harassment?" and her CCTV question were never
  answered, and the camera answer said "as it's a council block" (she owns her house).
- Gwen, 66, Bromley, car scratched with an anti-Ukrainian slur: "is it a hate crime when I'm
  targeted for supporting Ukraine?" got the list of strands; her car got Bexley's graffiti team.
- Abdul, 52, Tower Hamlets shopkeeper: "police come or not?" never answered; "window broken"
  read as a skip; his mistaken "yes" to the race question could not be put right.
"""

from __future__ import annotations

import pytest
from known_answers import RESPONSES, answer, assert_one_sms_with_source, numbers_not_in_directory

from actions import account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn
from core.code_rules import assess
from referrals.matching import match_organisations

NEW = (
    "utter_p4_racist_harassment_law",
    "utter_p4_own_cctv",
    "utter_p4_hate_nationality",
    "utter_p4_car_damage_repair",
    "utter_p4_will_police_come",
)
OKORO = {
    "age": 70,
    "relationship_to_offender": "someone_known",
    "hate_motivated": True,
    "repeat_victimisation": True,
    "borough": "Lewisham",
}
GWEN = {"age": 66, "hate_motivated": True, "borough": "Bromley"}
ABDUL = {
    "age": 52,
    "relationship_to_offender": "stranger",
    "hate_motivated": True,
    "borough": "Tower Hamlets",
    "consent": True,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P4", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_no_answer_assumes_a_council_block_or_names_bexley():
    assert "council block" not in RESPONSES["utter_ask_council_for_a_camera"][0]["text"]
    assert "Bexley" not in RESPONSES["utter_j6_graffiti_before_cleaning"][0]["text"]


# -- 1. Mrs Okoro: who did it is not known --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "One correction. I do not know for certain who it is. I only suspect a neighbour.",
        "Yes. But first please confirm you have corrected that I do not know who did it.",
        "Yes they may leave a message. And for the third time, I do NOT know who did it. "
        "Please remove 'someone you know'.",
        "please take out someone you know",
        "I only suspect him, I don't know for sure",
    ],
)
def test_who_did_it_put_back_to_not_known(said):
    assert corrections(said, {"crime_type": "stalking_harassment", **OKORO}) == {
        "relationship_to_offender": "unknown"
    }


@pytest.mark.parametrize(
    "said",
    [
        "It was my neighbour, I know who it is",
        "Yes",
        "Phone call",
        "Lewisham.",
        "I know him",
        "i dont know who did it",
    ],
)
def test_ordinary_messages_leave_who_did_it(said):
    assert "relationship_to_offender" not in corrections(said, OKORO)


def test_the_correction_is_taken_while_the_referral_is_asked():
    turn = Turn(
        text="One correction. I do not know for certain who it is. I only suspect a neighbour.",
        requested="referral_consent",
        answers={"consent": True, "crime_type": "stalking_harassment", **OKORO},
    )
    assert read_turn(turn).slots["relationship_to_offender"] == "unknown"


def test_only_suspecting_a_neighbour_is_not_knowing_who():
    said = "I have my suspicions about a neighbour a few doors down, but I have no proof."
    assert read_answer("relationship_to_offender", said).value == "unknown"
    assert read_answer("relationship_to_offender", "my neighbour").value == "someone_known"


# -- 2. Mrs Okoro: is it harassment in law --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Two questions please. First, does this legally count as harassment? The "
        "officer said leaflets are just leaflets.",
        "That does not answer my question. Is repeated racist leafleting harassment in law, yes "
        "or no?",
        "would racist leaflets count as harassment?",
    ],
)
def test_her_harassment_question_gets_the_law(said):
    assert answer(said, "stalking_harassment", **OKORO) == "utter_p4_racist_harassment_law"


def test_without_race_it_is_the_harassment_answer():
    said = "does this legally count as harassment?"
    assert answer(said, "stalking_harassment", age=40) == "utter_harassment_crime"


# -- 3. Mrs Okoro: her own camera ------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Practical help. I would like to put a CCTV camera above my front door. Am I allowed to "
        "do so, and is there any help with the cost?",
        "It is not a council block. I own my house, my late husband and I bought it in 1993. So "
        "may I put up my own camera?",
        "Thank you, that is useful. Now, the camera. I own my home. May I install my own CCTV "
        "camera covering my front door and path?",
        "can i put a ring doorbell on my house?",
    ],
)
def test_her_camera_question_gets_the_own_cctv_answer(said):
    assert answer(said, "stalking_harassment", **OKORO) == "utter_p4_own_cctv"


@pytest.mark.parametrize(
    "said",
    [
        "can the council put a camera up or something",
        "were there any cameras where it happened?",
        "Practical help",
    ],
)
def test_other_camera_messages_are_not_the_own_cctv_answer(said):
    assert answer(said, "criminal_damage", age=26) != "utter_p4_own_cctv"


# -- 4. Gwen: nationality -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. Before I do, I should like to know something. I'm not Ukrainian myself, I'm "
        "English born and bred. I put a Ukraine flag in my front window in support, and the word "
        "they scratched is a slur against Ukrainians, I suppose aimed at me because of the flag. "
        "Does that actually count as a hate crime when it's my support for a country that's the "
        "target, rather than my own race?",
        "That doesn't quite answer my question, I'm afraid. They weren't targeting MY race. They "
        "targeted me because I support Ukraine. Is that covered or isn't it? I'm 66, since you "
        "ask.",
        "Very well. When I ring the police, should I say it is a hate crime? I don't want to be "
        "told I'm making a fuss. The word was an anti-Ukrainian slur, nationality rather than "
        "race.",
        "is it a hate crime if it's about my nationality?",
    ],
)
def test_her_nationality_question_gets_the_nationality_answer(said):
    assert answer(said, "criminal_damage", **GWEN) == "utter_p4_hate_nationality"


@pytest.mark.parametrize("said", ["what is a hate crime?", "is this a hate crime?"])
def test_a_plain_hate_crime_question_is_not_the_nationality_answer(said):
    assert answer(said, "criminal_damage", **GWEN) != "utter_p4_hate_nationality"


# -- 5. Gwen: her car ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Practical help and information. Specifically: will the council clean it off or repair "
        "it? It's scratched into the paintwork, not sprayed, so I rather doubt they can, but I "
        "understand some councils remove offensive graffiti free of charge.",
        "English, obviously. But I said BROMLEY, not Bexley. And it's my car bonnet, not a door, "
        "and it's scratched into the paint. What use is a graffiti team to a scratched car?",
        "who will repair my car? they keyed it",
    ],
)
def test_her_car_gets_the_car_answer(said):
    assert answer(said, "criminal_damage", **GWEN) == "utter_p4_car_damage_repair"


def test_graffiti_on_a_door_keeps_the_graffiti_answer():
    said = "should I clean it off before the police come and look?"
    assert answer(said, "criminal_damage", hate_motivated=True) == (
        "utter_j6_graffiti_before_cleaning"
    )


# -- 6. Abdul: will the police come ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "police come or not? i call police first time nobody come. only give number",
        "i am safe. police come or not??",
        "i ask 3 time. POLICE COME OR NOT? ami ki police ke abar phone korbo?",
        "will the police come out to see me?",
    ],
)
def test_his_police_question_gets_an_answer(said):
    assert answer(said, "criminal_damage", **ABDUL) == "utter_p4_will_police_come"


@pytest.mark.parametrize(
    "said",
    [
        "the police came yesterday",
        "Yes",
        "window fix. glass cost £400 two time",
        "will the police come round to look for fingerprints?",
        "i dont want police come to my house. will they?",
    ],
)
def test_ordinary_messages_are_not_the_police_visit_answer(said):
    assert answer(said, "criminal_damage", **ABDUL) != "utter_p4_will_police_come"


# -- 7. Abdul: what happened ------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "window broken",
        "i tell you already!! shop window smash, 2 time. and boy with bottle threat me. "
        "Whitechapel road",
        "Salam. my shop window broken again. 2 time this month. amar dokan. please help",
    ],
)
def test_a_broken_window_is_criminal_damage(said):
    assert account.read_account(said).crime_type == "criminal_damage"
    turn = Turn(text=said, requested="crime_type", answers={"consent": True})
    assert read_turn(turn).slots.get("crime_type") == "criminal_damage"


def test_racist_leaflets_and_dog_mess_are_harassment():
    said = (
        "Racist leaflets through my door for a year, and dog mess on my doorstep. I would call it "
        "a hate crime, though the officer I spoke to did not seem to think so."
    )
    assert account.read_account(said).crime_type == "stalking_harassment"


# -- 8. Abdul: the race answer put right -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "sorry i press wrong. race i dont know. they not say anything about race. only money "
        "and break",
        "one more. before i say yes for race by mistake. not race. please change",
        "race answer is NO",
    ],
)
def test_the_race_answer_is_put_right(said):
    changes = corrections(said, {"crime_type": "criminal_damage", **ABDUL})
    assert changes["hate_motivated"] is False
    after = {"crime_type": "criminal_damage", **ABDUL, **changes}
    after["fear_of_giving_evidence"] = True
    assert "most_serious" not in assess(after).categories
    assert "stop-hate-uk" not in [org.id for org in match_organisations(after)]


@pytest.mark.parametrize("said", ["Yes", "race", "they said racist things to me", "52"])
def test_ordinary_messages_keep_the_race_answer(said):
    assert "hate_motivated" not in corrections(said, {"crime_type": "criminal_damage", **ABDUL})
