"""Round 81, helper p81b: who the words are about (family, age, someone else's health, repeats).

- Ruth, 62 (r81d): her daughter Lucy, 30, uses drugs; "For your son, FRANK ..."; "it's my
  daughter, not my son" lost what happened; "Have you lost what I said?" got "I can't answer".
- Leanne, 34 (r81b): her youngest (9) is autistic, noted as her own condition; the threat to burn
  the house down read as nothing, so "What happened?" after she had told it.
- Des, 58 (r81a): "cant drive for 2 weeks the doc says" read as a repeat; "never seen him before
  in my life" then "Do you know who did it?".
- Pat typing for Dot, 85 (r81c): "Dot is 85" not taken.
- Grace, 29 (r81a): "and my son? hes 3. does it count for him too" got the under-18 answer.
- Kev, 52 (r81e): "52 years old and fell for that", "i sent money like 6 or 7 times".

Each test quotes the message as it was written; ordinary messages keep their reading.
"""

from __future__ import annotations

import pytest

from actions import account, topics
from actions.answers import read_answer
from actions.reading import Turn, read_turn
from tests.unit.known_answers import answer, assert_one_sms_with_a_source, sendable

RUTH = (
    "Hello, I'm not really sure if I should be writing to something like this, I hope it is the "
    "right place. My daughter is 30 and has had a problem with drugs for some years now. She has "
    "been taking money from my purse for a while, which I have mostly let go, but last week she "
    "pushed me and I hit my shoulder on the door frame. I don't want her arrested, I just want "
    "her to get some help. I keep thinking I must have done something wrong as a mother."
)
RUTH_FACTS = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "repeat_victimisation": True,
    "gender": "woman",
    "reported_to_police": False,
    "age": 62,
    "hate_motivated": False,
    "impairment": True,
    "needs": ["emotional", "information"],
    "said": [RUTH],
}


def _read(text: str, requested: str | None, answers: dict, **kw):
    return read_turn(Turn(text=text, requested=requested, answers=answers, **kw))


def test_ruth_drugs_answer_names_no_son():
    asked = (
        "Someone to talk to, I think, and really I'd like to know how I can get Lucy some help "
        "with the drugs. Is there anywhere that helps families of addicts? She won't go to the "
        "doctor herself."
    )
    assert answer(asked, "domestic_abuse", said=[RUTH]) == "utter_family_drugs_help"
    (text,) = sendable("utter_family_drugs_help")
    assert "son" not in text.replace("reason", "").split() and "your son" not in text
    assert "him" not in text.split()
    assert "Adfam" in text and "talktofrank.com" in text


def test_ruth_daughter_not_son_keeps_what_happened():
    reading = _read(
        "Thank you, but it's my daughter, not my son. English please.", "language", RUTH_FACTS
    )
    assert reading.slots == {"language": "english"}
    assert not reading.corrected


@pytest.mark.parametrize(
    "text",
    [
        "it wasn't my son",
        "no its not my son",
        "it was not family",
    ],
)
def test_a_relative_still_denied_outright(text):
    reading = _read(text, "language", RUTH_FACTS)
    assert reading.slots.get("relationship_to_offender", "kept") != "family_member"
    assert "relationship_to_offender" in reading.corrected


def test_ruth_lost_what_i_said_is_answered_with_what_is_noted():
    facts = {k: v for k, v in RUTH_FACTS.items() if k != "crime_type"}
    reading = _read(
        "I did explain at the start, my daughter pushed me into the door frame and she takes "
        "money from my purse. Have you lost what I said?",
        "crime_type",
        facts,
    )
    assert reading.slots.get("crime_type") == "domestic_abuse"
    (said,) = reading.say
    assert said.args.get("utter_action") == "utter_summary"
    assert "family member" in (said.text or "")


LEANNE = (
    "hiya so basically my neighbours son has been playing music like till 3 4 in the morning for "
    "months now and ive asked him nicely ive complained to the council nothing happens and my "
    "youngest is autistic he cant sleep its ruining him and then yesterday i went round again and "
    "he stood on his doorstep and shouted ill burn your house down with your kids in it in front "
    "of everyone so what am i meant to do now"
)


def test_leanne_childs_condition_is_not_hers_and_the_threat_is_read():
    told = account.read_account(LEANNE)
    assert told.impairment is None
    assert told.crime_type == "stalking_harassment"
    assert told.repeat is True


@pytest.mark.parametrize(
    "text",
    ["my youngest is autistic", "my eldest has adhd", "our little one is disabled"],
)
def test_a_child_by_place_in_family_has_their_own_condition(text):
    assert account.read_account(text).impairment is None


@pytest.mark.parametrize(
    "text", ["i have adhd", "i am autistic and he knows it", "im disabled, i use a wheelchair"]
)
def test_own_condition_still_noted(text):
    assert account.read_account(text).impairment is True


@pytest.mark.parametrize(
    "text",
    [
        "he threatened to burn my house down",
        "he said he'd burn my car",
    ],
)
def test_a_threat_to_burn_is_harassment(text):
    assert account.read_account(text).crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "they set fire to my car and threatened to burn the house next",
        "he burnt my shed down",
        "someone put petrol through my letterbox and set it alight",
        "my car was torched last night",
    ],
)
def test_a_fire_set_is_still_arson(text):
    assert account.read_account(text).crime_type == "arson"


DES = "hello. some pisshead headbutted me in my cab last night and did a runner. brokn nose"


@pytest.mark.parametrize(
    "text",
    [
        "im fine. at home with a nose like a tomato. cant drive for 2 weeks the doc says. who "
        "pays for that then",
        "im off work for 2 weeks",
        "signed off for 3 weeks",
        "arm in a sling for 6 weeks",
    ],
)
def test_how_long_an_injury_lasts_is_no_repeat(text):
    assert account.read_account(text).repeat is None
    reading = _read(text, "in_danger", {"crime_type": "assault", "said": [DES]})
    assert "repeat_victimisation" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "he has been hitting me for weeks",
        "hes been texting me for 3 weeks",
        "i have been off work for weeks because he keeps following me",
        "my ex has been harassing me for 2 weeks and i cant work",
    ],
)
def test_a_crime_going_on_for_weeks_is_still_a_repeat(text):
    assert account.read_account(text).repeat is True


def test_des_never_seen_him_is_a_stranger():
    reading = _read(
        "whoa it happened once mate, never seen him before in my life. and you didnt answer, "
        "who pays me for 2 weeks off",
        "reported_to_police",
        {"crime_type": "assault", "repeat_victimisation": True, "said": [DES]},
    )
    assert reading.slots.get("repeat_victimisation") is False
    assert reading.slots.get("relationship_to_offender") == "stranger"


def test_a_stranger_not_read_before_any_crime():
    reading = _read("i didnt know him", "in_danger", {"said": ["hello"]})
    assert "relationship_to_offender" not in reading.slots


DOT = (
    "hello, im typing for Dot, shes my neighbour and shes next to me. she got burgled last night "
    "while she was asleep in bed"
)


def test_pat_types_for_dot_and_her_age_is_taken():
    assert account.read_account(DOT).for_someone_else is True
    opening = _read(DOT, None, {}, opening=True)
    facts = {**opening.slots, "said": [DOT]}
    reading = _read(
        "yes thats ok. its Pat by the way, Dot is 85 she cant do the phone very well",
        "consent",
        facts,
    )
    assert reading.slots.get("age") == 85
    asked = _read("me or Dot? Dot is 85 like i said", "age", {**facts, "consent": True})
    assert asked.slots.get("age") == 85


@pytest.mark.parametrize(
    "text", ["im typing for ages and he wont stop", "im writing for advice, he hit me"]
)
def test_typing_for_something_is_not_someone_else(text):
    assert account.read_account(text).for_someone_else is None


GRACE = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 29,
    "under_18": False,
    "repeat_victimisation": True,
    "reported_to_police": False,
}


@pytest.mark.parametrize(
    "text",
    [
        "no. bit anxious all the time but thats it. do i need to say about my son? hes 3",
        "and my son? hes 3. does it count for him too",
    ],
)
def test_grace_is_told_her_son_counts(text):
    facts = {k: v for k, v in GRACE.items() if k != "crime_type"}
    assert answer(text, "domestic_abuse", **facts) != "utter_under_18_enhanced_service"
    said = topics.topic_answer(text, GRACE)
    assert said is not None and said.response == "utter_p81b_child_counts_too"
    (reply,) = sendable("utter_p81b_child_counts_too")
    assert "Childline" not in reply and "there for you" not in reply


def test_the_new_answer_is_one_sms_with_sources():
    from pathlib import Path

    assert_one_sms_with_a_source(
        "utter_p81b_child_counts_too", Path("bot/domain/responses_topics.yml")
    )


def test_a_young_person_still_gets_the_under_18_answer():
    asked = "im 15, does being under 18 change anything?"
    assert answer(asked, "assault", age=15, under_18=True) == "utter_under_18_enhanced_service"


KEV = (
    "hello. not sure if this is the right place. ive been scammed i think. met a woman on a "
    "dating site, Sandra, we talked for 4 months and i sent her money, about 12 grand all in."
)


def test_kev_age_in_passing_is_taken():
    reading = _read(
        "no not yet. am i stupid? honestly. 52 years old and fell for that. she said she was "
        "stuck in ghana with her daughter and needed money for the hospital",
        "reported_to_police",
        {"crime_type": "fraud", "said": [KEV]},
    )
    assert reading.slots.get("age") == 52


@pytest.mark.parametrize(
    "text", ["my 15 year old son was hit", "she is 40 years old", "it was 10 years ago"]
)
def test_other_ages_are_not_the_writers(text):
    reading = _read(text, "reported_to_police", {"crime_type": "assault", "said": ["hi"]})
    assert reading.slots.get("age") in (None, 15)
    assert reading.slots.get("age") != 40


def test_kev_money_sent_many_times_is_more_than_once():
    sent = (
        "well i sent money like 6 or 7 times over the months if thats what you mean. will the "
        "bank give it back? its barclays. i transferred it myself"
    )
    assert read_answer("repeat_victimisation", sent).value is True
    assert read_answer("repeat_victimisation", "i paid him once").value is not True
