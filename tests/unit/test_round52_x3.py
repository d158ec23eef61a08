"""Round 52, helper X3: leftovers of Mariam, Ray, Hamid and Carl (rounds 50 and 51), with their
own words and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn
from actions.wording import about_them, changed_line

_MARIAM = {
    "crime_type": "assault",
    "for_someone_else": True,
    "for_child": True,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 16.0,
    "under_18": True,
    "hate_motivated": True,
    "borough": "harrow",
    "language": "english",
    "results_shown": True,
    "referral_consent": True,
}


def _at(text: str, requested: str, **answers: object):
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers=answers, asked={requested: 1})
    )


# -- Mariam: her Dari interpreter ----------------------------------------------------------------


def test_dari_better_for_me_at_the_language_question_is_dari():
    text = "English is ok. Dari better for me but my son speak English good"
    assert read_answer("language", text).value == "dari"


@pytest.mark.parametrize(
    "text",
    ["English is ok, I also speak Bengali", "English fine. Gujarati for my mother but not needed"],
)
def test_english_will_do_still_english(text):
    assert read_answer("language", text).value == "english"


@pytest.mark.parametrize(
    "text",
    [
        "no!! my son is 16. I am 39. and language Dari for me please",
        "I am not 16, my son is 16. Dari please for the phone call. you understand?",
        "you not write Dari. I need interpreter Dari",
        "ok yes, somebody call me please. Dari speaking if possible",
        "not morning! morning I am working. only after 3. and you write I need Dari?",
    ],
)
def test_dari_asked_for_after_english_was_kept(text):
    assert corrections(text, _MARIAM).get("language") == "dari"


@pytest.mark.parametrize(
    "text",
    ["yes ok", "after 3 o clock", "what you write about us now", "I am Afghan, from Kabul"],
)
def test_no_language_change_without_one_asked_for(text):
    assert "language" not in corrections(text, _MARIAM)


def test_a_second_language_keeps_the_first():
    answers = {**_MARIAM, "language": "dari"}
    assert "language" not in corrections("dari OR pashto, both ok", answers)


# -- Mariam: her son's age, not hers -------------------------------------------------------------


def test_not_me_my_son_he_is_16_is_about_her_child():
    reading = _at(
        "not me, my son. he is 16. no police yet. can I go to police for this? it is crime?",
        "reported_to_police",
        crime_type="assault",
        hate_motivated=True,
    )
    assert reading.slots.get("for_child") is True
    assert reading.slots.get("age") == 16.0


def test_her_own_age_kept_as_her_sons_is_put_right():
    answers = {**_MARIAM, "for_someone_else": None, "for_child": None, "age": 39.0}
    answers.pop("under_18")
    text = "it is not me, it is my son Ahmad, 16 years. so it is hate crime? police can come?"
    changes = corrections(text, answers)
    assert changes.get("for_child") is True and changes.get("age") == 16.0


def test_the_age_put_right_is_said_as_the_childs():
    line = changed_line({"age": 16.0, "under_18": True, "language": "dari"}, about_child=True)
    assert line is not None and "your child is 16" in line and "Dari" in line


# -- Ray: "hurts to breathe in" at the disability question ---------------------------------------


def test_ribs_hurting_to_breathe_at_the_disability_question_is_answered():
    reading = _at(
        "i got bad ribs thats it. hurts to breathe in",
        "impairment",
        crime_type="assault",
        relationship_to_offender="stranger",
    )
    assert [say.response for say in reading.say] == ["utter_s6_ribs_hurt_to_breathe"]


def test_no_at_the_disability_question_is_still_no():
    assert _at("no", "impairment", crime_type="assault").slots.get("impairment") is False


# -- Hamid: the knife and the threat to kill -----------------------------------------------------

_HAMID = {
    "crime_type": "assault",
    "language": "dari",
    "relationship_to_offender": "someone_known",
    "account_details": ["weapon"],
    "results_shown": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "dari OR pashto, both ok. and he have knife, he say he will kill me. not only punch",
        "is wrong. please write: threat with knife to kill me. and language pashto also",
    ],
)
def test_threat_to_kill_put_right_is_kept(text):
    changes = corrections(text, _HAMID)
    assert "threat_to_kill" in changes["account_details"]
    assert changed_line(changes) == "Thank you, I've changed that: a threat to kill."


def test_the_record_says_the_weapon():
    assert "an assault with a weapon" in (changed_line({**_HAMID, "language": None}) or "")


def test_a_question_about_a_knife_is_not_a_correction():
    assert corrections("what if he has a knife?", _HAMID) == {}


# -- Carl: who did it, whom it is about, and not domestic abuse ----------------------------------

_CARL = {
    "crime_type": "robbery",
    "for_someone_else": True,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
    "impairment": True,
    "age": 22.0,
    "hate_motivated": True,
    "results_shown": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "its not someone he doesnt know. he knows them, they call themselves his friends. ive "
        "said that already",
        "the offender is someone he knows, not a stranger",
        "he does know them, thats the problem",
    ],
)
def test_he_knows_them_is_someone_known(text):
    assert corrections(text, _CARL).get("relationship_to_offender") == "someone_known"


@pytest.mark.parametrize("text", ["he doesnt know them", "no idea who they are", "MORE"])
def test_not_knowing_them_is_not_a_change(text):
    assert "relationship_to_offender" not in corrections(text, _CARL)


def test_domestic_abuse_questioned_is_not_taken():
    text = (
        "domestic abuse? theyre not family or his girlfriend, theyre lads from an online game. "
        "ive read about something called mate crime, is that what this is?"
    )
    assert corrections(text, _CARL).get("crime_type") != "domestic_abuse"


def test_an_adult_son_put_right_is_said_of_him():
    changes = {"for_child": False, "relationship_to_offender": "someone_known"}
    line = changed_line(changes, about_others=about_them({"for_someone_else": True}))
    assert line is not None
    assert "someone they know" in line and "it's about you" not in line
