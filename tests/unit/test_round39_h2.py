"""Round 39 (helper H2): questions people asked in role-play round 38 that got "I can't answer
that one here", the wrong answer, or nothing.

- Tom, 40, at "If this went to court, would you feel scared or very worried about giving
  evidence?": "I would be very worried but not scared. Does that count as yes?" (read as a NO,
  for its "not scared") and "So is the answer yes and yes?" (nothing).
- Sam, 15: "do my parents have to know", about getting support.
- Ruth, older, whose relative collects her pension: "would the police take it seriously as he
  hands it over himself?" and "he is my appointee for DWP, can that be changed?".
- Sophie, harassed by messages from someone she doesn't know: "can the police find out who he
  is?".
- Imran, his car hit by an uninsured driver who drove off: the car damage and the Motor
  Insurers' Bureau, and "whiplash advice".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions.answers import read_answer
from actions.reading import Turn, read_turn

NEW = (
    "utter_worried_counts_as_yes",
    "utter_support_parents_young",
    "utter_change_dwp_appointee",
    "utter_trusted_money_taken_seriously",
    "utter_police_identify_sender",
    "utter_mib_car_damage",
    "utter_whiplash_advice",
)
TOM = {"consent": True, "in_danger": False, "age": 40, "relationship_to_offender": "stranger"}
# Round 38's other Tom (helper B5): his car scratched by a neighbour who threatened him.
TOM_B5 = {**TOM, "relationship_to_offender": "someone_known"}
SAM = {"consent": True, "in_danger": False, "age": 15, "under_18": True}
RUTH = {
    "consent": True,
    "age": 79,
    "gender": "woman",
    "relationship_to_offender": "family_member",
    "account_details": ["economic"],
}
SOPHIE = {"consent": True, "age": 31, "relationship_to_offender": "stranger"}
IMRAN = {"consent": True, "age": 38, "account_details": ["road_crash"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 39, helper H2", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Tom: does "very worried" count as yes? ------------------------------------------------

TOM_ASKED = "I would be very worried but not scared. Does that count as yes?"
TOM_AGAIN = "So is the answer yes and yes?"


def _at_the_court_question(text: str, answers: dict) -> object:
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="fear_of_giving_evidence",
            answers={"crime_type": "assault", **answers},
            organisations=ORGANISATIONS,
        )
    )


@pytest.mark.parametrize("answers", [TOM, TOM_B5])
def test_toms_very_worried_is_kept_as_a_yes_and_his_question_answered(answers):
    reading = _at_the_court_question(TOM_ASKED, answers)
    assert reading.slots["fear_of_giving_evidence"] is True
    assert [say.response for say in reading.say] == ["utter_worried_counts_as_yes"]


@pytest.mark.parametrize(
    "said",
    [
        "does very worried count as yes?",
        "very worried. is that a yes?",
        "is very worried a yes?",
        "I'm very worried, does that count?",
        "not scared but very worried, so yes?",
        "what if im worried but not scared",
    ],
)
def test_other_wordings_are_kept_as_a_yes_and_answered(said):
    reading = _at_the_court_question(said, TOM)
    assert reading.slots["fear_of_giving_evidence"] is True
    assert "utter_worried_counts_as_yes" in [say.response for say in reading.say]


def test_so_is_the_answer_yes_at_the_court_question_is_answered_and_asked_again():
    reading = _at_the_court_question(TOM_AGAIN, TOM)
    assert not reading.reject
    assert "fear_of_giving_evidence" not in reading.slots  # it says nothing about him
    assert [say.response for say in reading.say] == ["utter_worried_counts_as_yes"]


def test_so_is_the_answer_yes_just_after_the_court_question_is_answered():
    assert answer(TOM_AGAIN, "assault", **TOM, fear_of_giving_evidence=True) == (
        "utter_worried_counts_as_yes"
    )
    assert answer(TOM_ASKED, "stalking_harassment", **TOM_B5) == "utter_worried_counts_as_yes"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        (TOM_ASKED, True),
        ("very worried", True),
        ("a bit nervous but not scared", True),
        ("I wouldn't be scared but I'd be very nervous", True),
        ("not scared", False),
        ("no not scared or worried", False),
        ("not scared, I'd be fine", False),
        ("im not scared, not worried either", False),
        # Denied with a word between: not the yes of "worried" (it was read as one).
        ("not really worried", False),
        ("not very worried tbh", False),
        ("not very worried but id be scared", True),
        ("no", False),
        ("yes", True),
    ],
)
def test_the_court_question_reads_scared_or_very_worried_either_one(said, value):
    assert read_answer("fear_of_giving_evidence", said).value is value


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("yes", TOM),
        ("no he's a stranger", TOM),
        # At the danger question (no age yet), or in danger: not the court answer.
        ("I'm scared, does that count as yes?", {"consent": True}),
        ("I'm scared he'll come back, does that count as yes?", TOM),
        ("very worried, is that a yes?", {**TOM, "in_danger": True}),
        # The disability question, a need, a crime, a hate crime.
        ("I have anxiety, does that count as yes?", TOM),
        ("im worried about my kids, does that count?", TOM),
        ("he scared me, does that count?", TOM),
        ("does that count as a hate crime?", TOM),
        # "is that a yes?" with no worry, before the court question was answered.
        ("so is it yes?", TOM),
        (TOM_AGAIN, TOM),
        # Long after it: the needs were answered since.
        (TOM_AGAIN, {**TOM, "fear_of_giving_evidence": True, "needs": ["emotional"]}),
    ],
)
def test_ordinary_messages_are_not_the_worried_answer(said, answers):
    assert answer(said, "assault", **answers) != "utter_worried_counts_as_yes"


def test_the_worried_answer_says_either_one_is_a_yes_and_promises_nothing():
    text = sendable("utter_worried_counts_as_yes")[0]
    assert text.startswith("Yes: scared or very worried")
    assert "either one" in text and "The court decides" in text


# -- 2. Sam: do my parents have to know ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "do my parents have to know",
        "do my parents have to know?",
        "does my mum have to know if i get support",
        "will my mum and dad have to know?",
        "do my parents need to find out if i talk to someone",
        "can i get help without my parents knowing",
        "will my parents have to know if you pass my details on?",
    ],
)
@pytest.mark.parametrize("crime_type", [None, "assault", "sexual_offence"])
def test_a_young_person_asking_if_parents_must_know_gets_the_support_answer(said, crime_type):
    assert answer(said, crime_type, **SAM) == "utter_support_parents_young"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # The police, this chat, Childline by name, and telling them herself: their own answers.
        ("do my parents have to know if i go to the police", "utter_police_tell_parents_young"),
        ("will the police tell my parents?", "utter_police_tell_parents_young"),
        ("will you tell my parents?", "utter_who_we_tell"),
        ("will childline tell my parents?", "utter_childline_confidential"),
        ("do i have to tell my parents", "utter_telling_parents_your_choice"),
    ],
)
def test_other_questions_about_parents_keep_their_answers(said, expected):
    assert answer(said, "assault", **SAM) == expected


@pytest.mark.parametrize(
    "said", ["yes", "15", "my parents dont know", "i dont want my parents to know", "no"]
)
def test_ordinary_messages_are_not_the_parents_answer(said):
    assert answer(said, "assault", **SAM) != "utter_support_parents_young"


def test_an_adult_asking_about_parents_is_not_the_young_persons_answer():
    assert answer("do my parents have to know", "assault", age=34) != (
        "utter_support_parents_young"
    )


def test_the_parents_answer_names_childline_and_the_limit_of_confidentiality():
    text = sendable("utter_support_parents_young", under_18=True)[0]
    assert "Childline" in text and "0800 1111" in text and "serious harm" in text


# -- 3. Ruth: the pension he hands over, and her DWP appointee --------------------------------

RUTH_SERIOUSLY = "would the police take it seriously as he hands it over himself?"
RUTH_APPOINTEE = "he is my appointee for DWP, can that be changed?"


@pytest.mark.parametrize(
    "said",
    [
        RUTH_SERIOUSLY,
        "would the police do anything? he collects my pension",
        "will they take it seriously, i let him collect my pension",
        "would police take it seriously if i gave it to him?",
        "he collects my pension and keeps some, is that theft?",
    ],
)
@pytest.mark.parametrize("crime_type", ["domestic_abuse", "theft", "fraud"])
def test_money_handed_over_to_someone_trusted_gets_the_crime_answer(said, crime_type):
    assert answer(said, crime_type, **RUTH) == "utter_trusted_money_taken_seriously"


@pytest.mark.parametrize(
    "said",
    [
        RUTH_APPOINTEE,
        "can i have a different appointee?",
        "could the dwp change who my appointee is?",
        "how do i stop him being my appointee",
    ],
)
@pytest.mark.parametrize("crime_type", ["domestic_abuse", "theft", "fraud"])
def test_changing_an_appointee_gets_the_dwp_answer(said, crime_type):
    assert answer(said, crime_type, **RUTH) == "utter_change_dwp_appointee"


@pytest.mark.parametrize(
    ("said", "not_this"),
    [
        ("would the police take it seriously?", "utter_trusted_money_taken_seriously"),
        ("he takes my pension", "utter_trusted_money_taken_seriously"),
        ("yes he collects my pension", "utter_trusted_money_taken_seriously"),
        ("is it theft if he took my purse?", "utter_trusted_money_taken_seriously"),
        ("yes", "utter_trusted_money_taken_seriously"),
        ("how do i become her appointee?", "utter_change_dwp_appointee"),
        ("he is my appointee", "utter_change_dwp_appointee"),
        ("my grandson", "utter_change_dwp_appointee"),
    ],
)
def test_ordinary_messages_are_not_ruths_answers(said, not_this):
    assert answer(said, "domestic_abuse", **RUTH) != not_this


def test_the_appointee_answer_has_no_phone_number_and_is_written_for_someone_else_too():
    mine = sendable("utter_change_dwp_appointee")[0]
    theirs = sendable("utter_change_dwp_appointee", for_someone_else=True)[0]
    assert "you don't need their permission" in mine
    assert theirs.startswith("Yes. They, or you for them")


# -- 4. Sophie: can the police find out who he is -----------------------------------------------

SOPHIE_ASKED = "can the police find out who he is?"


@pytest.mark.parametrize(
    "said",
    [
        SOPHIE_ASKED,
        "can police find out who's sending them?",
        "will the police be able to trace the number?",
        "can the police trace who is texting me?",
        "could they find out who's behind the account",
        "will the police be able to find out whose number it is?",
    ],
)
@pytest.mark.parametrize("crime_type", ["stalking_harassment", "online_abuse"])
def test_asking_if_police_can_identify_the_sender_gets_the_answer(said, crime_type):
    assert answer(said, crime_type, **SOPHIE) == "utter_police_identify_sender"


@pytest.mark.parametrize(
    "said",
    [
        "yes",
        "no he's a stranger",
        "will he find out who reported him?",
        "will he find out its me?",
        "can they find out who i am?",
        "can i block him?",
        "does he know where i live?",
    ],
)
def test_ordinary_messages_are_not_the_identify_answer(said):
    assert answer(said, "stalking_harassment", **SOPHIE) != "utter_police_identify_sender"


def test_a_burglar_not_found_is_not_the_messages_answer():
    assert answer("can the police find out who did it?", "burglary", age=50) != (
        "utter_police_identify_sender"
    )


def test_the_identify_answer_makes_no_promise():
    text = sendable("utter_police_identify_sender")[0]
    assert text.startswith("They may be able to.") and "isn't always possible" in text


# -- 5. Imran: his car, the MIB, and whiplash ---------------------------------------------------


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("what about the damage to my car?", IMRAN),
        ("who pays for the damage?", IMRAN),
        ("can the motor insurers bureau pay for my car?", {"age": 38}),
        ("the other driver wasnt insured, who pays for my car?", {"age": 38}),
        ("who pays for the damage to my car if he had no insurance", {"age": 38}),
        ("he drove off, will my insurance cover it", {"age": 38}),
    ],
)
@pytest.mark.parametrize("crime_type", ["other", "criminal_damage", None])
def test_car_damage_from_an_uninsured_or_untraced_driver_gets_the_mib_answer(
    said, answers, crime_type
):
    assert answer(said, crime_type, **answers) == "utter_mib_car_damage"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # Injuries and the MIB in general: the hit-and-run injury answer.
        ("what is the MIB", "utter_hit_and_run_mib"),
        ("can I claim from the Motor Insurers' Bureau?", "utter_hit_and_run_mib"),
    ],
)
def test_the_mib_for_injuries_keeps_its_answer(said, expected):
    assert answer(said, "other", **IMRAN) == expected


def test_a_keyed_car_is_still_the_damage_answer():
    assert answer("my car was keyed, who pays for it?", "criminal_damage", age=38) == (
        "utter_damage_who_pays"
    )


def test_the_mib_answer_gives_only_the_web_address():
    text = sendable("utter_mib_car_damage")[0]
    assert "mib.org.uk" in text and "claim on it first" in text
    assert numbers_not_in_directory("utter_mib_car_damage") == []


@pytest.mark.parametrize(
    "said",
    [
        "whiplash advice",
        "any advice for whiplash?",
        "i think ive got whiplash, what should i do",
        "my neck's been stiff since the crash, should i see someone?",
    ],
)
@pytest.mark.parametrize("crime_type", ["other", "criminal_damage", "assault", None])
def test_whiplash_gets_the_gp_and_111_answer(said, crime_type):
    assert answer(said, crime_type, **IMRAN) == "utter_whiplash_advice"


@pytest.mark.parametrize(
    "said",
    [
        "he grabbed my neck, should i see a doctor",
        "he squeezed my neck, do i need to see a doctor?",
        "should i go to hospital?",
        "my neck is really sore",
        "yes",
    ],
)
def test_a_squeezed_neck_or_other_injury_is_not_the_whiplash_answer(said):
    for crime_type in ("assault", "domestic_abuse", "other"):
        assert answer(said, crime_type, age=30) != "utter_whiplash_advice"


def test_the_whiplash_answer_names_the_gp_111_and_999():
    text = sendable("utter_whiplash_advice")[0]
    assert "GP" in text and "111" in text and "999" in text
