"""Round 50, helper U5: people the bot placed wrongly. Pat, 59, hit by her husband who has
dementia (round 47); Dorothy, 86, burgled, nobody came for three days, and Derek, 66, a brick
through his window after racist abuse over the fence (round 48)."""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.questions import known_answer
from actions.reading import Turn, read_turn
from referrals.directory import load_directory

NEW = ("utter_u5_crime_when_ill", "utter_u5_police_not_come", "utter_u5_earlier_abuse_counts")
PAT = {"relationship_to_offender": "partner_or_ex"}
DOROTHY = {"reported_to_police": True, "age": 86}
DEREK = {"reported_to_police": True, "hate_motivated": True, "age": 66}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source(name):
    assert_one_sms_with_source(name, "round 50, helper U5")


@pytest.mark.parametrize("name", NEW)
def test_numbers_are_in_the_directory(name):
    assert numbers_not_in_directory(name) == []


# -- Pat: is it a crime when he doesn't know what he's doing ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No and I don't want to. I don't want him punished, he's not a bad man, it's the illness. "
        "Is it even a crime if he doesn't know what he's doing?",
        "Is it a crime when he doesn't know what he's doing?",
        "is it still a crime if she doesnt remember doing it",
        "Can he be charged? It's his dementia, he can't help it",
    ],
)
def test_is_it_a_crime_when_he_is_ill_gets_an_honest_answer(said):
    for crime in ("assault", "domestic_abuse"):
        assert answer(said, crime, **PAT) == "utter_u5_crime_when_ill", (said, crime)


def test_pats_second_ask_also_answers_the_police_question():
    said = known_answer(
        "Thank you. But you still haven't said. Is it a crime when he doesn't know what he's "
        "doing? Would the police take him away if I told anyone? That's what frightens me",
        "domestic_abuse",
        load_directory(),
        answers={"crime_type": "domestic_abuse", **PAT},
    )
    assert said is not None
    assert said.response == "utter_u5_crime_when_ill"
    assert [then.response for then in said.then] == ["utter_police_take_him_away"]


@pytest.mark.parametrize(
    "said",
    [
        # the one who is ill is the one harmed, or no question of a crime
        "My mum has dementia and doesn't know what she's doing, the carer took her money. Is "
        "that a crime?",
        "Is it a crime?",
        "Is it abuse if he is ill?",
        "He doesn't even remember doing it",
        "No, he's asleep in his chair now. He's calm today. He doesn't even remember doing it",
    ],
)
def test_other_messages_do_not_get_the_illness_answer(said):
    assert answer(said, "domestic_abuse", **PAT) != "utter_u5_crime_when_ill"


def _turn(text: str, requested: str, **answers: object) -> Turn:
    return Turn(
        text=text,
        requested=requested,
        answers={"crime_type": "domestic_abuse", **PAT, **answers},
        asked={requested: 1},
    )


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "I don't have a condition, HE does. Dementia. Alzheimer's they said 2 years ago. I'm "
            "fine apart from being tired. And yes he's grabbed me before, twice maybe",
            "repeat_victimisation",
        ),
        (
            "I did NOT tell you I have a condition. My husband has dementia, not me. Please get "
            "that right. And he doesn't target me, he's ill",
            "referral_consent",
        ),
    ],
)
def test_her_husbands_dementia_is_never_noted_as_her_condition(text, requested):
    reading = read_turn(_turn(text, requested, results_shown=True))
    assert reading.slots.get("impairment") is not True


def test_her_own_condition_is_still_noted():
    reading = read_turn(
        _turn("Yes he has hit me before. I have a heart condition too", "repeat_victimisation")
    )
    assert reading.slots.get("impairment") is True


# -- Dorothy: nobody has come after the burglary -----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I am 86. Is it normal for them not to come?",
        "Thank you. Now Lucy wants to know, should we ring the police again because nobody has "
        "come to look at the back door? We haven't touched it.",
        "is that normal? no one has been round yet",
        "should I call 101 again, they haven't come",
    ],
)
def test_nobody_came_after_a_burglary_gets_ring_101_again(said):
    assert answer(said, "burglary", **DOROTHY) == "utter_u5_police_not_come"


@pytest.mark.parametrize(
    "said",
    [
        "Will the police come round? Nobody has been yet.",  # the fingerprints answer
        "should we ring the police again if they come back?",
        "Is it normal to feel this scared?",
    ],
)
def test_other_burglary_questions_do_not_get_it(said):
    assert answer(said, "burglary", **DOROTHY) != "utter_u5_police_not_come"


def test_are_they_breaking_the_rules_gets_the_code_times():
    said = (
        "Goodness that is a lot, Lucy read it out. So it has been three days and no one has "
        "contacted us. Are they breaking the rules? I don't want to make a fuss."
    )
    assert answer(said, "burglary", **DOROTHY) == "utter_t7_update_times"
    # a landlord or neighbour breaking rules is not about the police
    assert answer("is my landlord breaking the rules?", "harassment") != "utter_t7_update_times"


# -- Derek: does the earlier shouting count ----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. I should say I do not consider my diabetes a disability, it does not stop me "
        "giving an account. Does the shouting over the fence count as well, or only the brick? I "
        "did not report the shouting at the time.",
        "Should I tell the police about the name calling as well then? I did not want to make a "
        "fuss at the time.",
        "does the abuse before count too",
    ],
)
def test_earlier_abuse_counts(said):
    assert answer(said, "criminal_damage", **DEREK) == "utter_u5_earlier_abuse_counts"


@pytest.mark.parametrize(
    "said",
    [
        "Who pays for the window?",
        "should I ring 999 or 101?",
        "Does this count as a hate crime?",
        "I am a type 1 diabetic. I would not call it a disability",
    ],
)
def test_dereks_other_questions_do_not_get_it(said):
    assert answer(said, "criminal_damage", **DEREK) != "utter_u5_earlier_abuse_counts"


# -- Maria (round 46): unpaid wages, read as trafficking; already answered, kept so ------------


@pytest.mark.parametrize(
    "said",
    [
        "No. But is crime or no? She owe me 1,400 pound. I need the money for rent",
        "thank you. but you not tell me, is crime or not? not pay me",
    ],
)
def test_marias_is_it_a_crime_gets_the_employment_answer(said):
    assert answer(said, "human_trafficking") == "utter_q4_unpaid_wages_crime"


@pytest.mark.parametrize(
    "said",
    [
        "please take away the trafficking. is not true. is only she not pay me and she threaten me",
        "human trafficking?? no no. nobody bring me here, I come from Portugal myself 2015. I have "
        "settled status. I just want she pay me",
    ],
)
def test_her_correction_takes_the_trafficking_off(said):
    reading = read_turn(
        Turn(
            text=said,
            requested="referral_consent",
            answers={"crime_type": "human_trafficking", "results_shown": True},
            asked={"referral_consent": 1},
        )
    )
    assert reading.slots.get("crime_type") not in (None, "human_trafficking")
