"""Round 68, helper N4: who it is about and who is typing (John, Zainab, Peter, Tyrone)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_consent
from actions.dialogue import _welcome
from actions.reading import Turn, n4_says_how_long, read_turn
from tests.unit.known_answers import said_answer, sendable

# -- 1. John, 45, whose wife hits him -----------------------------------------------------------
JOHN_FIRST = "Hello. Not sure this is the right place. It's about my wife"


@pytest.mark.parametrize(
    "text", [JOHN_FIRST, "it's about my husband", "its about my partner tbh", "It's about my ex"]
)
def test_about_my_partner_is_not_yet_for_someone_else(text):
    assert _welcome(text) != "utter_intro_for_them"
    opening = read_turn(Turn(text=text, requested="consent", answers={}, opening=True))
    assert opening.slots.get("for_someone_else") is not True


@pytest.mark.parametrize(
    "text",
    [
        "It's about my wife, she was attacked last night",
        "it's about my wife, someone attacked her",
        "I'm writing for my wife, she was mugged",
        "its my sister. her boyfriend hits her",
        "it's about my son, he is 25, he was attacked",
    ],
)
def test_someone_else_harmed_is_still_written_for(text):
    assert account.read_account(text).for_someone_else is True
    assert _welcome(text) == "utter_intro_for_them"


def test_about_my_son_attacked_is_still_for_them():
    got = account.read_account("it's about my son, he was attacked")
    assert got.for_child or got.for_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "No it's not about her being a victim. It's me. She's the one doing it",
        "no he's not here",
        "no it was my neighbour",
        "no its not about him, its me",
        "No, it's me he hurts",
    ],
)
def test_no_that_corrects_is_not_a_consent_answer(text):
    assert read_consent(text).value is None


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No",
        "no thanks",
        "nah",
        "no keep nothing",
        "no its not ok",
        "no dont keep it",
        "No. I don't want that",
        "no i dont want you to keep it",
        "no he reads my phone",
    ],
)
def test_plain_no_at_consent_is_still_no(text):
    assert read_consent(text).value is False


def test_no_correction_then_yes_is_yes():
    assert read_consent("no, it's me. ok you can keep it").value is True


JOHN_MONEY = (
    "This is embarrassing. She hits me. Slaps, punches sometimes, threw a mug at my head last "
    "month. And she has all the money, my wages go into her account, I get £20 a week. I know how "
    "that sounds for a grown man"
)


def test_wages_held_by_a_wife_are_not_unpaid_wages():
    got = said_answer(JOHN_MONEY, None, ["Hello. Not sure this is the right place."], age=45)
    assert got != "utter_d4_wages_owed"


def test_unpaid_wages_from_a_boss_still_answered():
    said = ["my supervisor punched me at the building site"]
    got = said_answer("and he not pay me money he owe, cash money. what i can do", "assault", said)
    assert got == "utter_d4_wages_owed"


def _read(text, requested, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


DA = dict(consent=False, crime_type="domestic_abuse", offender="partner_or_ex", age=45)


@pytest.mark.parametrize(
    "text",
    [
        "years. got worse since our youngest was born. shes 4, our boy is 9",
        "I just said. years",
        "for years",
        "been going on years",
        "its been going on for months",
        "months",
    ],
)
def test_how_long_it_has_gone_on_is_a_yes(text):
    assert _read(text, "repeat_victimisation", **DA).slots.get("repeat_victimisation") is True


@pytest.mark.parametrize("text", ["no", "just the once", "no, first time"])
def test_once_is_not_a_yes(text):
    assert _read(text, "repeat_victimisation", **DA).slots.get("repeat_victimisation") is not True


@pytest.mark.parametrize("text", ["it was years ago", "years ago", "3 weeks ago"])
def test_long_ago_is_not_how_long_it_went_on(text):
    # (the older reading of "it was years ago" stands; this fix adds no yes to it)
    assert not n4_says_how_long(text)


# -- 2. Zainab, 36, for her sister, 17 ----------------------------------------------------------
ZAINAB = dict(consent=True, for_someone_else=True, age=17, under_18=True, offender="family_member")
ZAINAB_SAID = [
    "Salam. I'm writing for my younger sister, she is sitting next to me. We think our parents are "
    "planning to take her to Pakistan next month and marry her to our cousin. She is 17.",
    "I told you. forced marriage. it hasn't happened yet, we want to stop it",
]


def test_writers_own_age_is_not_the_victims():
    text = (
        "stop her getting on the plane. and get her passport back. can she stay with me? I'm 36 "
        "I have my own flat"
    )
    got = _read(text, "support_needs", **ZAINAB, said=ZAINAB_SAID)
    assert "age" not in got.slots and "age" not in got.corrected


def test_own_age_typing_for_themself_is_their_age():
    assert _read("I'm 36", "age", consent=True).slots.get("age") == 36


def test_their_age_when_writing_for_them_still_read():
    got = _read("she is 16 actually", "age", **ZAINAB, said=ZAINAB_SAID)
    assert got.slots.get("age") == 16


@pytest.mark.parametrize(
    "text",
    [
        "No. If police come to the house my parents will know it was us. Can the police do "
        "something without coming to the house?",
        "what?? they would tell my parents?? it IS my parents doing this. she is crying now",
    ],
)
def test_family_offender_police_do_not_tell_family(text):
    got = said_answer(text, "domestic_abuse", ZAINAB_SAID, **ZAINAB)
    assert got == "utter_n4_police_wont_tell_family"


def test_young_person_hurt_by_a_stranger_keeps_parent_answer():
    got = said_answer(
        "will the police tell my mum?", "robbery", ["some man robbed my phone"], age=15
    )
    assert got != "utter_n4_police_wont_tell_family"


@pytest.mark.parametrize(
    "text",
    [
        "She says yes. But contact ME only, never her phone, never the house. Can she come and "
        "live with me, is that allowed at 17?",
        "can she stay with me?",
        "is she allowed to live with me?",
    ],
)
def test_can_she_live_with_me_at_17(text):
    assert said_answer(text, "domestic_abuse", ZAINAB_SAID, **ZAINAB) == (
        "utter_n4_live_with_relative_at_17"
    )


def test_live_with_me_not_for_a_young_child_or_adult():
    said = ["writing for my friend, her ex hits her"]
    got = said_answer(
        "can she stay with me?", "domestic_abuse", said, for_someone_else=True, age=30
    )
    assert got != "utter_n4_live_with_relative_at_17"


# -- 3. Peter, 83, and his son Martin ------------------------------------------------------------
MARTIN_FIRST = (
    "Hello this is Martin typing for my dad Peter he is 83. We think his carer has been stealing "
    "from him"
)
PETER = dict(
    consent=True, for_someone_else=True, crime_type="theft", offender="someone_known", age=83
)
MARTIN_ACCOUNT = (
    "Martin again sorry. Yes its been going on months, about £40-60 at a time from his wallet and "
    "£1,200 taken out on his card at cashpoints. Dad doesnt go out alone so it wasnt him. We "
    "havent told police yet, wanted advice first"
)


def test_this_is_peter_now():
    text = (
        "this is peter now. i dont want to get the girl in trouble she is kind to me. maybe i "
        "spent it myself i dont know"
    )
    got = _read(text, "reported", **PETER, said=[MARTIN_FIRST, "Dad says yes thats fine"])
    assert got.slots.get("for_someone_else") is False
    assert got.say[0].response == "utter_n4_now_the_person"
    assert "Peter" in got.say[0].args["greeting"]


def test_martin_again_with_his_account_answers_the_repeat_question():
    answers = {**PETER, "for_someone_else": False, "said": [MARTIN_FIRST, "this is peter now"]}
    got = read_turn(Turn(text=MARTIN_ACCOUNT, requested="repeat_victimisation", answers=answers))
    assert got.slots.get("repeat_victimisation") is True
    assert got.slots.get("for_someone_else") is True
    assert got.say[0].response == "utter_n4_writer_back"


@pytest.mark.parametrize("text", ["this is serious now", "its bad now"])
def test_not_a_name_is_not_a_takeover(text):
    got = _read(text, "reported", **PETER, said=[MARTIN_FIRST])
    assert "for_someone_else" not in got.slots


def test_a_name_not_in_the_chat_is_not_a_takeover():
    got = _read("this is dave now", "reported", **PETER, said=[MARTIN_FIRST])
    assert all(say.response != "utter_n4_now_the_person" for say in got.say)


# -- 4. Tyrone, 16, and his mum ------------------------------------------------------------------
TYRONE = dict(consent=True, age=16, under_18=True)
MUM = (
    "This is his mum now. He had a KNIFE held to him. He is shaking and wont tell me everything. "
    "We need to report this, he cant even walk to school. What do I do?"
)


def test_mum_taking_over_is_spoken_to_as_the_parent():
    got = _read(MUM, "repeat_victimisation", **TYRONE, crime_type="robbery")
    assert got.slots.get("for_child") is True
    assert got.say[0].response == "utter_n4_parent_takes_over"
    assert said_answer(MUM, "robbery", [], **TYRONE) == "utter_n4_parent_how_to_report"


def test_young_person_back_is_spoken_to_again():
    text = "its me again. mum went kitchen. nah nothing like that"
    answers = {**TYRONE, "for_child": True, "for_someone_else": True, "said": [MUM]}
    got = read_turn(Turn(text=text, requested="impairment", answers=answers))
    assert got.slots.get("for_child") is False
    assert got.say[0].response == "utter_k5_now_the_person"


def test_parent_word_from_an_adult_writer_is_not_a_takeover():
    got = _read("this is his mum now", "reported", consent=True, age=30)
    assert all(say.response != "utter_n4_parent_takes_over" for say in got.say)


@pytest.mark.parametrize(
    "text",
    [
        "is it feds tho? if its not feds yh. text me on mums number 07700 900188",
        "wtf i asked is the support ppl the police or not",
        "are the support people the police?",
    ],
)
def test_support_services_are_not_the_police(text):
    got = said_answer(text, "robbery", ["some man robbed me"], **TYRONE, results_shown=True)
    assert got == "utter_n4_support_not_police"


def test_is_it_the_police_before_any_support_talk_is_not_this_answer():
    got = said_answer("is it a crime if the police dont know", "robbery", [], **TYRONE)
    assert got != "utter_n4_support_not_police"


@pytest.mark.parametrize(
    "name",
    [
        "utter_n4_police_wont_tell_family",
        "utter_n4_live_with_relative_at_17",
        "utter_n4_support_not_police",
        "utter_n4_parent_how_to_report",
        "utter_n4_parent_takes_over",
    ],
)
def test_responses_are_short(name):
    for text in sendable(name):
        assert len(text) <= 320
