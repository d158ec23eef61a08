"""Round 65, helper K2: safety answers that were missing (Sophie, strangled by her boyfriend;
Samira, controlled by her husband and his mother; Liam, 15, robbed by boys from round his
school; Ade, burgled, his door won't lock)."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionResumeAssessment
from actions.reading import Turn, read_turn
from referrals.directory import load_directory
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

ORGANISATIONS = load_directory()
SOPHIE_SAID = [
    "no im at work. we had a row and he kind of put his hands round my neck for a sec. then he "
    "cried and said sorry. it wasnt that bad honestly, hes not like that usually",
]
SAMIRA_SAID = [
    "not sure. they not hit me now. but they take my gold and my passport. i cannot go out alone",
    "husband and his mother. she is more bad",
]
LIAM_SAID = [
    "nah im home. but they go my school or near it, they had a knife and took my phone and my "
    "jacket. im on my mates old phone",
]
NEW = (
    "utter_k2_police_wont_make_you_leave",
    "utter_k2_tonight_after_strangling",
    "utter_k2_someone_near",
    "utter_k2_door_wont_lock",
)


def _read(text, requested, **answers):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, **answers},
            organisations=ORGANISATIONS,
        )
    )


# 1a. Sophie: a sore throat when swallowing after being strangled, though "my neck is fine".
@pytest.mark.parametrize(
    "text",
    [
        "i just told you?? its not a crime crime, he didnt mean it. my neck is fine just a bit "
        "sore when i swallow",
        "my neck is fine just a bit sore when i swallow",
        "my neck is ok but my voice has gone croaky",
        "neck looks fine but it hurts to breathe a bit",
    ],
)
def test_sophie_throat_signs_get_the_a_and_e_answer(text):
    assert said_answer(text, None, SOPHIE_SAID) == "utter_neck_warning_signs"
    assert said_answer(text, "domestic_abuse", SOPHIE_SAID) == "utter_neck_warning_signs"


def test_sophie_throat_signs_are_said_at_the_what_happened_question():
    text = (
        "i just told you?? its not a crime crime, he didnt mean it. my neck is fine just a bit "
        "sore when i swallow"
    )
    reading = _read(text, "crime_type", said=SOPHIE_SAID)
    assert "utter_neck_warning_signs" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text, crime_type, said",
    [
        ("my neck is fine", None, SOPHIE_SAID),  # nothing of the throat
        ("my neck is fine just a bit sore when i swallow", "theft", ["someone stole my bike"]),
        ("bit sore when i swallow, i think its a cold", None, SOPHIE_SAID),
    ],
)
def test_not_the_throat_answer_without_strangling_or_signs(text, crime_type, said):
    assert said_answer(text, crime_type, said) != "utter_neck_warning_signs"


# 1b. Sophie: would the police make her leave him, or arrest him when she doesn't want it.
@pytest.mark.parametrize(
    "text",
    [
        "no. if i did would they make me leave him? i dont want him arrested i love him",
        "27. but seriously would they make me leave him, thats what i want to know",
        "you still havent answered. if the police find out do they make me leave him or arrest "
        "him even if i dont want?",
        "will the police force me to leave my husband",
    ],
)
def test_sophie_is_told_the_police_cannot_make_her_leave(text):
    assert said_answer(text, "domestic_abuse", SOPHIE_SAID) == (
        "utter_k2_police_wont_make_you_leave"
    )


def test_make_me_leave_is_said_beside_the_reported_answer():
    text = "no. if i did would they make me leave him? i dont want him arrested i love him"
    reading = _read(text, "reported_to_police", crime_type="domestic_abuse", said=SOPHIE_SAID)
    assert reading.slots.get("reported_to_police") is False
    assert "utter_k2_police_wont_make_you_leave" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text, crime_type",
    [
        ("will the police arrest him?", "burglary"),
        ("my landlord wants to make me leave the flat, can he?", "burglary"),
        ("i dont want him arrested, he is only 12", "criminal_damage"),
    ],
)
def test_not_the_leave_him_answer_outside_abuse_at_home(text, crime_type):
    assert answer(text, crime_type) != "utter_k2_police_wont_make_you_leave"


# 1c. Sophie: going home to him tonight, after being strangled.
@pytest.mark.parametrize(
    "text",
    [
        "english. i have to go home to him tonight anyway we live together",
        "ok. should i be worried tonight? he said sorry",
        "is it safe to go home tonight",
    ],
)
def test_sophie_gets_a_plan_for_tonight(text):
    assert said_answer(text, "domestic_abuse", SOPHIE_SAID) == "utter_k2_tonight_after_strangling"


def test_tonight_plan_is_said_beside_the_language_answer():
    text = "english. i have to go home to him tonight anyway we live together"
    reading = _read(text, "language", crime_type="domestic_abuse", said=SOPHIE_SAID)
    assert reading.slots.get("language") == "english"
    assert "utter_k2_tonight_after_strangling" in [say.response for say in reading.say]


def test_not_the_strangling_plan_without_strangling():
    said = ["my husband shouts at me and takes my money"]
    got = said_answer("should i be worried tonight? he said sorry", "domestic_abuse", said)
    assert got != "utter_k2_tonight_after_strangling"
    got = said_answer("i have to go home to him tonight", "burglary", SOPHIE_SAID)
    assert got != "utter_k2_tonight_after_strangling"


# 2. Samira: her mother-in-law in the next room; where she can go.
@pytest.mark.parametrize(
    "text",
    ["wait her mother is in next room", "he is coming", "she is coming", "wait my husband is here"],
)
def test_samira_someone_near_is_answered(text):
    assert said_answer(text, "domestic_abuse", SAMIRA_SAID) == "utter_k2_someone_near"


def test_someone_near_pauses_and_is_not_an_answer():
    reading = _read(
        "wait her mother is in next room", "impairment", crime_type="domestic_abuse",
        said=SAMIRA_SAID,
    )  # fmt: skip
    assert reading.pause
    assert [say.response for say in reading.say] == ["utter_k2_someone_near"]
    assert "impairment" not in reading.slots
    assert reading.slots.get("in_danger") is None  # not a 999 emergency


def test_paused_for_someone_near_holds_the_questions(dispatcher, domain):
    tracker = make_tracker(
        slots={"crime_type": "domestic_abuse", "consent": True},
        text="hello?",
        intent="greet",
        requested_slot=None,
        active_loop=None,
        sent=["utter_ask_impairment", "utter_k2_someone_near"],
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said and not any(name.startswith("utter_ask_") for name in said)


@pytest.mark.parametrize(
    "text, crime_type, answers",
    [
        # An adult burgled: her mum nearby is no one who hurt her.
        ("my mum is in the next room", "burglary", {}),
        # A young person whose mum's partner hurts her mum: mum may just overhear.
        ("my mum is in the next room", "domestic_abuse", {"age": 14.0, "said": ["my mum"]}),
        # Told in passing, not now.
        ("he is coming on sunday to get his stuff, what do i do", "domestic_abuse", {}),
        ("he was in the next room when it happened", "domestic_abuse", {}),
    ],
)
def test_not_someone_near(text, crime_type, answers):
    assert answer(text, crime_type, **answers) != "utter_k2_someone_near"
    assert not _read(text, "impairment", crime_type=crime_type, **answers).pause


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "money. i have no money, they keep all. and where i can go? can i go somewhere",
            "utter_living_with_them",
        ),
        ("tower hamlets. you not tell me where i go", "utter_living_with_them"),
    ],
)
def test_samira_where_can_i_go_gets_refuge(text, expected):
    assert said_answer(text, "domestic_abuse", SAMIRA_SAID) == expected


def test_where_can_i_go_is_not_cica_at_the_needs_question():
    text = "money. i have no money, they keep all. and where i can go? can i go somewhere"
    reading = _read(text, "needs", crime_type="domestic_abuse", said=SAMIRA_SAID)
    said = [say.response for say in reading.say]
    assert "utter_living_with_them" in said
    assert "utter_compensation_not_violent" not in said


@pytest.mark.parametrize(
    "text, crime_type",
    [("where can i go to report it?", "domestic_abuse"), ("where i can go, no money", "fraud")],
)
def test_not_the_refuge_line_outside_abuse_at_home_or_for_reporting(text, crime_type):
    assert answer(text, crime_type) not in ("utter_m4_leaving_no_money", "utter_living_with_them")


# 3. Liam, 15: will the police tell his school; what to do about Monday.
@pytest.mark.parametrize(
    "text, answers",
    [
        (
            "no. i kinda know who they are tho from round school, year 11s or older. if i tell "
            "police will they tell my school",
            {},
        ),
        ("15. i dont have a job bruv i said school", {}),
        ("will the police tell my school", {"age": 15.0}),
    ],
)
def test_liam_is_told_about_the_police_and_his_school(text, answers):
    assert said_answer(text, "robbery", LIAM_SAID, **answers) == "utter_police_tell_school_young"


def test_an_adult_asking_about_work_keeps_the_employer_answer():
    got = answer("if i tell police will they tell my work", "assault", age=34.0)
    assert got == "utter_n7_dbs_and_employer"
    assert answer("will they tell my school", "assault", age=34.0) != (
        "utter_police_tell_school_young"
    )


@pytest.mark.parametrize(
    "text",
    [
        "wat do i do about monday tho they gonna be there",
        "what do i do about school tomorrow",
        "they will be there at school, what do i do?",
    ],
)
def test_liam_gets_what_to_do_before_school(text):
    got = said_answer(text, "robbery", LIAM_SAID, age=15.0, under_18=True)
    assert got == "utter_school_worry"


@pytest.mark.parametrize(
    "text, answers",
    [
        ("wat do i do about monday tho they gonna be there", {"age": 40.0}),
        ("what do i do about monday", {"age": 15.0, "said": ["someone hacked my instagram"]}),
    ],
)
def test_not_the_school_plan_for_adults_or_without_school(text, answers):
    assert answer(text, "robbery", **answers) != "utter_school_worry"


# 4. Ade: the door won't lock after the burglary.
@pytest.mark.parametrize(
    "text",
    [
        "Practical. The door won't lock properly now. Who fixes that, me or landlord? I rent",
        "Still need an answer on the door. I'm sleeping here tonight and it doesn't lock",
        "the lock is broken, who pays to fix it?",
    ],
)
def test_ade_door_that_wont_lock(text):
    assert answer(text, "burglary") == "utter_k2_door_wont_lock"


@pytest.mark.parametrize(
    "text, crime_type",
    [
        ("the door won't lock, who fixes it?", "assault"),
        ("I locked the door and went to work", "burglary"),
        ("they came in through the back door tonight", "burglary"),
    ],
)
def test_not_the_door_answer(text, crime_type):
    assert answer(text, crime_type) != "utter_k2_door_wont_lock"


@pytest.mark.parametrize("name", NEW)
def test_new_responses_fit_one_message_with_sources(name):
    assert_one_sms_with_source(name, "# -- end of round 65, helper k2 --")
    assert not numbers_not_in_directory(name)


def test_will_a_service_tell_the_police_keeps_its_answer():
    # Gloria (round 40): whether a service tells the police, not the police making her leave.
    text = "If I say yes, will they tell the police? I dont want him arrested"
    assert answer(text, "domestic_abuse") != "utter_k2_police_wont_make_you_leave"
