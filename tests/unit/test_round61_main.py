"""Round 61 check, main: Pat, 79, whose carer takes money from her purse, got Samaritans and "If
you've taken something, call 999" three times for talking about her tablets as daily care and
for fearing the council would say she can't cope."""

from __future__ import annotations

import pytest

from bot import risk_words


@pytest.mark.parametrize(
    "text",
    [
        "No I havent told anybody. I dont want to get her into trouble and I am frightened they "
        "will say I cant cope and put me in a home",
        "English. But I dont want them to take her away, who will do my tablets? I only want her "
        "to stop",
        "Why do you keep giving me the Samaritans? I am not feeling like anything, I only asked "
        "about my tablets, I cant open the blister packs with my hands. I live in Bromley",
    ],
)
def test_tablets_as_care_and_others_judging_are_not_thoughts_of_suicide(text: str) -> None:
    assert risk_words.detect_risk(text) is None
    assert not risk_words.trusted_crisis(text, "self_harm")


@pytest.mark.parametrize(
    "text",
    [
        "i cant cope anymore",
        "they say i cant cope and honestly i cant cope anymore",
        "who will do my tablets if i take them all tonight",
        "who will do my tablets. i might just take the lot",
        "i have been saving my tablets",
    ],
)
def test_taking_them_or_not_coping_oneself_is_still_believed(text: str) -> None:
    assert risk_words.trusted_crisis(text, "self_harm")


def test_him_cutting_himself_is_someone_elses() -> None:
    """Marion, about her son: "is nobody going to say anything about him cutting himself??" got
    "I can't answer"."""
    text = (
        "no i dont know. theres a crime number on a bit of paper somewhere. is nobody going to "
        "say anything about him cutting himself??"
    )
    assert risk_words.detect_risk(text) is None
    assert risk_words.someone_else_at_risk(text)


@pytest.mark.parametrize(
    "text",
    ["i told her self harm helps me cope", "she made me cut myself", "i keep hurting myself"],
)
def test_the_writers_own_self_harm_beside_her_or_him_stays_theirs(text: str) -> None:
    assert risk_words.detect_risk(text) == "self_harm"
    assert not risk_words.someone_else_at_risk(text)
