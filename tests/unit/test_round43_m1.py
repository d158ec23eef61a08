"""Round 43 answers (helper M1): Malik, 17, Newham, made by older boys to hold a bag and drop
it somewhere (criminal exploitation); they threatened his brother, 11.

- "am i gonna get nicked?" got the adult forced-labour answer, with a passport he never
  mentioned and a promise ("It's very unlikely").
- "what passport? nobody took my passport lol. its not work" was not taken.
- "who can help me get out" and "whos gonna keep him safe" got "I can't answer".
- "if i tell the police do they arrest me for the bag stuff" got Right 6 (a suspect's arrest).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions.account import read_account
from actions.reading import Turn, read_turn

NEW = (
    "utter_m1_made_to_carry_arrest",
    "utter_m1_made_to_carry_arrest_adult",
    "utter_m1_not_labour_noted",
    "utter_m1_exploitation_way_out",
    "utter_m1_sibling_threatened",
)
TOLD = {"account_details": ["criminal_exploitation", "injured"]}
MALIK = {**TOLD, "age": 17.0, "under_18": True, "consent": True}
ACCOUNT = (
    "not sure. theres these older man dem made me hold a bag n drop it somewhere. they said if i "
    "stop they gonna hurt my little brother"
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 43, helper M1", ({}, {"consent": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_or_mentions_a_passport_or_work_he_never_spoke_of(name):
    for variant in RESPONSES[name]:
        text = variant["text"].lower()
        assert "unlikely" not in text and "won't be arrested" not in text
        if name != "utter_m1_not_labour_noted":
            assert "passport" not in text and "work" not in text.replace("youth worker", "")


# -- the account: criminal exploitation, not work -------------------------------------------


def test_his_account_is_read_as_criminal_exploitation_not_labour():
    details = read_account(ACCOUNT).details
    assert "criminal_exploitation" in details
    assert "labour_told" not in details


def test_a_worker_whose_passport_is_kept_is_read_as_labour():
    said = (
        "no danger now. i work car wash in hounslow. boss have my passport, he not give back. "
        "pay me very little, 20 pound one day. i sleep there in container"
    )
    details = read_account(said).details
    assert "labour_told" in details
    assert "criminal_exploitation" not in details


def test_his_account_at_the_danger_question_is_kept():
    reading = read_turn(
        Turn(
            text=ACCOUNT,
            intent="inform",
            requested="in_danger",
            answers={"consent": True},
            asked={"in_danger": 1},
        )
    )
    assert reading.slots.get("crime_type") == "human_trafficking"
    assert "criminal_exploitation" in reading.slots.get("account_details", [])


# -- 1 and 5. his own arrest -----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "nah. am i gonna get nicked? i didnt even know whats in the bag",
        "will i get arrested",
        "am i gonna get nicked",
        "if i tell the police do they arrest me for the bag stuff",
        "will the police arrest me for holding the bag?",
    ],
)
def test_his_own_arrest_gets_no_promise_and_no_passport(said):
    assert answer(said, "human_trafficking", **TOLD) == "utter_m1_made_to_carry_arrest"


def test_the_bag_question_after_his_age_is_not_right_6():
    said = "if i tell the police do they arrest me for the bag stuff"
    assert answer(said, "human_trafficking", **MALIK) == "utter_m1_made_to_carry_arrest"


@pytest.mark.parametrize(
    "said", ["am i in trouble for carrying it", "am i gonna get in trouble for carrying the bags?"]
)
def test_carrying_without_the_account_gets_a_victims_answer_not_the_workers(said):
    for answers in ({}, {"age": 17.0}):
        assert answer(said, "human_trafficking", **answers) in (
            "utter_m1_made_to_carry_arrest",
            "utter_exploited_not_blamed",
        )


def test_an_adult_made_to_carry_gets_the_helpline_not_childline():
    said = "will i get arrested for carrying the bags?"
    assert answer(said, "human_trafficking", **TOLD, age=30) == (
        "utter_m1_made_to_carry_arrest_adult"
    )


def test_the_forced_labour_answer_needs_work_pay_or_a_passport():
    said = "if i go police they arrest me?"
    assert answer(said, "human_trafficking", **TOLD) != "utter_g3_exploited_worker_not_arrested"
    assert answer(said, "human_trafficking", age=52) != "utter_g3_exploited_worker_not_arrested"
    assert (
        answer(said, "human_trafficking", age=52, account_details=["labour_told"])
        == "utter_g3_exploited_worker_not_arrested"
    )


@pytest.mark.parametrize(
    "said, crime, answers",
    [
        ("will he get arrested", "human_trafficking", TOLD),
        ("will they arrest him?", "assault", {"age": 40}),
        ("will i get arrested for hitting him back?", "assault", {"age": 30}),
        ("my passport was taken by my boss", "human_trafficking", {}),
        ("will i get arrested for the drugs i carried?", "human_trafficking", {"age": 15}),
    ],
)
def test_other_questions_do_not_get_the_arrest_answer(said, crime, answers):
    assert answer(said, crime, **answers) not in (
        "utter_m1_made_to_carry_arrest",
        "utter_m1_made_to_carry_arrest_adult",
    )


def test_drugs_named_by_a_child_keep_the_childs_answer():
    said = "will i get arrested? i had to carry drugs"
    assert answer(said, "human_trafficking", age=15) == "utter_exploited_not_blamed"


# -- 2. his correction -----------------------------------------------------------------------


def test_his_correction_is_taken_and_acknowledged():
    said = (
        "17. what passport? nobody took my passport lol. its not work its like they make me run "
        "stuff"
    )
    assert answer(said, "human_trafficking", **TOLD) == "utter_m1_not_labour_noted"
    reading = read_turn(
        Turn(
            text=said,
            intent="inform",
            requested="age",
            answers={"consent": True, "crime_type": "human_trafficking"},
            asked={"age": 1},
        )
    )
    assert reading.slots.get("age") == 17.0
    assert "criminal_exploitation" in reading.slots.get("account_details", [])
    assert [s.response for s in reading.say] == ["utter_m1_not_labour_noted"]


@pytest.mark.parametrize(
    "said",
    ["my passport was taken by my boss, is that allowed?", "can i get my passport back?"],
)
def test_a_worker_asking_about_a_passport_is_not_told_it_is_not_work(said):
    assert answer(said, "human_trafficking", age=40) != "utter_m1_not_labour_noted"


# -- 3. a way out ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "nah. look who can help me get out. i cant just stop they'll go for my bro he's 11",
        "no. did u read what i said?? who can help me get out",
        "who can help me get out",
        "is there anyone who can help me get out",
    ],
)
def test_who_can_help_him_get_out_is_answered(said):
    assert answer(said, "human_trafficking", **MALIK) == "utter_m1_exploitation_way_out"


WAY_OUT = "nah. look who can help me get out. i cant just stop they'll go for my bro he's 11"


def test_the_way_out_is_said_beside_his_no_at_the_hate_question():
    reading = read_turn(
        Turn(
            text=WAY_OUT,
            intent="deny",
            requested="hate_motivated",
            answers={"consent": True, "crime_type": "human_trafficking", **MALIK},
            asked={"hate_motivated": 1},
        )
    )
    assert reading.slots.get("hate_motivated") is False
    assert "utter_m1_exploitation_way_out" in [s.response for s in reading.say]


def test_getting_out_of_it_gets_an_exit_answer():
    assert answer("how do i get out of this", "human_trafficking", **MALIK) in (
        "utter_m1_exploitation_way_out",
        "utter_l5_young_exploited_get_out",
    )


def test_liam_keeps_his_answer_without_the_police():
    said = "no. why u asking all this. can someone get me out of it without the feds knowing"
    assert answer(said, "human_trafficking", age=16.0) == "utter_l5_young_exploited_get_out"


@pytest.mark.parametrize(
    "said, crime, answers",
    [
        ("how do i get out of my tenancy", "assault", {"age": 30}),
        ("who can help me get out", "domestic_abuse", {"age": 30}),
        ("i cant just stop thinking about it", "assault", {"age": 17}),
        ("who can help me get out", "human_trafficking", {**TOLD, "age": 30}),
    ],
)
def test_others_do_not_get_the_way_out_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_m1_exploitation_way_out"


# -- 4. his brother --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "wat about my little brother tho. whos gonna keep him safe",
        "what about my brother? they said they'd hurt him",
        "who will protect my little sister?",
        "is my little brother gonna be safe?",
    ],
)
def test_his_brother_under_threat_is_answered(said):
    assert answer(said, "human_trafficking", **MALIK) == "utter_m1_sibling_threatened"


def test_the_brother_answer_says_the_team_will_see_it_only_if_kept():
    kept = sendable("utter_m1_sibling_threatened", consent=True)
    not_kept = sendable("utter_m1_sibling_threatened", consent=False)
    assert len(kept) == 1 and "support team" in kept[0] and "999" in kept[0]
    assert len(not_kept) == 1 and "support team" not in not_kept[0]


@pytest.mark.parametrize(
    "said, crime",
    [
        ("what about my brother, he saw it too?", "assault"),
        ("my brother hit me, what about him?", "domestic_abuse"),
        ("will my brother be ok to come with me?", "assault"),
    ],
)
def test_other_brothers_do_not_get_the_threatened_child_answer(said, crime):
    assert answer(said, crime, age=30) != "utter_m1_sibling_threatened"
