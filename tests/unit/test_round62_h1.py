"""Round 62, helper H1: Noreen's past visit read as danger now, Marion's son's self-harm, Hamza's
sister's forced marriage told without the words, and Dami, 15, threatened with a knife picture
and told of a debt he never had."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import corrections
from bot import risk_words
from tests.unit.known_answers import RESPONSES, answer

_NOREEN = (
    "Not this minute, he's not outside. But he was on Sunday banging on the door saying he'd ruin "
    "her. She won't even go to college now"
)


def test_noreen_not_now_with_a_past_visit_is_not_danger() -> None:
    assert risk_words.detect_risk(_NOREEN) is None
    assert not risk_words.trusted_crisis(_NOREEN, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "he's outside now",
        "he is here",
        "not right now but he's outside",
        "not this minute, hes outside",
        "not this minute but hes outside now",
        "hes not outside. but he was on sunday. hes coming back tonight",
        "not this minute. he was here on sunday and hes outside now",
        "he isnt outside, hes at the door",
        "not this minute hes on his way",
    ],
)
def test_someone_there_now_still_alarms(text: str) -> None:
    assert risk_words.detect_risk(text) == "in_danger"


_MARION = [
    "hi. its about my son not me. he got jumped on the way home from school last month, 3 lads "
    "took his phone and his trainers. hes 15. hes not been right since, ive found cuts on his "
    "arms twice now",
    "no just the once. but hes cutting. i found blood on his sheets again on tuesday. i cant "
    "sleep for checking on him",
    "no not physically, bit of a bruise on his face. but hes hurting himself since. thats what i "
    "need help with",
    "shes cutting again and i dont know what to do",
]


@pytest.mark.parametrize("text", _MARION)
def test_marions_son_self_harming_is_his(text: str) -> None:
    assert risk_words.detect_risk(text) is None
    assert risk_words.others_self_harm(text)
    assert answer(text, "robbery", for_child=True) == "utter_m60_someone_self_harming"


@pytest.mark.parametrize(
    "text",
    [
        "hes hurting me",
        "hes hurting himself right now",
        "hes hurting himself and he said hell kill me",
    ],
)
def test_danger_beside_or_now_still_alarms(text: str) -> None:
    assert risk_words.detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "hes hurting me",
        "he is cutting me",
        "he cut me",
        "hes cutting me",
        "hes cutting the grass",
        "he had cuts on his arms from the fight",
        "i found cuts on my arms",
        "I'm cutting",
    ],
)
def test_the_writers_own_hurt_is_not_someone_elses_self_harm(text: str) -> None:
    assert not risk_words.others_self_harm(text)


@pytest.mark.parametrize("text", ["I hurt myself", "im cutting myself again"])
def test_the_writers_self_harm_stays_theirs(text: str) -> None:
    assert risk_words.detect_risk(text) == "self_harm"
    assert not risk_words.someone_else_at_risk(text)


_HAMZA_1 = (
    "hi um i dont know if this is for me. its about my sister shes 19. my parents wont let her "
    "leave the house and they took her phone and they said shes marrying our cousin in pakistan "
    "in the summer. she doesnt want to"
)
_HAMZA_3 = (
    "idk. nobody hit her. but she cries all the time and mum locks her door at night. they "
    "booked the flights for july"
)


@pytest.mark.parametrize(
    "text",
    [
        _HAMZA_1,
        "they want her to marry a man in bangladesh and she doesnt want to",
        "my dad locks me in my room and says im marrying my cousin, the tickets are booked",
    ],
)
def test_a_forced_marriage_told_without_the_words(text: str) -> None:
    assert "forced_marriage" in read_account(text).details
    assert answer(text, None) == "utter_forced_marriage"


def test_will_they_arrest_my_dad_is_answered_honestly() -> None:
    text = (
        "no. if i tell police will they arrest my dad? i dont want that i just want her not to go"
    )
    said = [_HAMZA_1, _HAMZA_3]
    assert answer(text, None, said=said) == "utter_h1_forced_marriage_arrest"
    reply = RESPONSES["utter_h1_forced_marriage_arrest"][0]["text"]
    assert "020 7008 0151" in reply and "can't say" in reply


@pytest.mark.parametrize(
    "text",
    [
        "my sister is marrying her boyfriend and she doesnt want to tell mum",
        "my mum took my phone because im getting married next week",
        "we got married in pakistan last summer and he took my phone",
    ],
)
def test_other_marriages_are_not_forced(text: str) -> None:
    assert "forced_marriage" not in read_account(text).details
    assert answer(text, None) != "utter_forced_marriage"


def test_will_they_arrest_my_dad_without_a_marriage_is_not_this_answer() -> None:
    assert answer("will they arrest my dad for hitting me?", None) != (
        "utter_h1_forced_marriage_arrest"
    )


_DAMI = [
    "ye ok whatever. theres this older guy on snap saying i gotta carry a ting for him by friday "
    "or im getting wet. i aint tryna do it but im shook fr",
    "not rn im in my room. but friday man idk",
    "trafficking?? nah im not being trafficked bruv its one package. and no i aint telling feds "
    "they'll know i snitched",
    "15",
]


def test_dami_knife_picture() -> None:
    text = (
        "he been messaging me like all week. first it was jokes then he sent a pic of a shank. "
        "what do i do fam fr"
    )
    assert answer(text, "human_trafficking", age=15, said=_DAMI) == "utter_h1_knife_picture"


def test_dami_school() -> None:
    text = "ok but what if he pulls up friday n i aint got it. do i just not go school?"
    assert answer(text, "human_trafficking", age=15, said=_DAMI) == "utter_h1_school_under_threat"


def test_no_debt_told_no_debt_said() -> None:
    text = "nah. u aint answering me tho. what do i do about friday"
    assert answer(text, "human_trafficking", age=15, said=_DAMI) == (
        "utter_h1_exploited_threatened"
    )
    with_debt = [*_DAMI, "he says i owe him 200"]
    assert answer(text, "human_trafficking", age=15, said=with_debt) == (
        "utter_exploited_threatened"
    )
    assert "debt" not in RESPONSES["utter_h1_exploited_threatened"][0]["text"]


def test_not_being_trafficked_is_heard() -> None:
    assert corrections(_DAMI[2], {"crime_type": "human_trafficking"}).get("crime_type") == "other"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("my mate sent a pic of a knife he bought for cooking what do i do", []),
        ("do i have to go to school tomorrow?", []),
        ("can i miss school for my court date?", ["my bike was nicked"]),
    ],
)
def test_other_childrens_messages_do_not_get_these(text: str, said: list[str]) -> None:
    got = answer(text, None, age=15, said=said)
    assert got not in ("utter_h1_knife_picture", "utter_h1_school_under_threat")
