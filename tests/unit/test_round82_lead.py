"""Round 82, found by the lead: Sanjay (58), a Sikh shopkeeper called "bin laden" by the boys who
smash his window, was given Tell MAMA (an anti-Muslim hate service) first, and again after he
said he is not Muslim."""

from __future__ import annotations

import pytest

from actions.account import denied_communities, read_hate
from actions.reading import corrections

SANJAY_FIRST = (
    "No. Listen. Two weeks ago they put a brick through my shop window. Every evening same boys "
    "shout paki, call me bin laden because of my turban, I am Sikh not even muslim. I reported "
    "4 times."
)


def test_not_even_muslim_is_no_muslim_community():
    hate, strands, communities = read_hate(SANJAY_FIRST)
    assert hate is True and "religion" in strands
    assert "muslim" not in communities


def test_a_community_denied_after_the_results_is_taken_off():
    text = (
        "Tell MAMA?? I told you I am Sikh not muslim. Why you give me muslim service. This is "
        "same thing the boys do"
    )
    answers = {"community": ["muslim"], "hate_motivated": True}
    assert corrections(text, answers) == {"community": []}


@pytest.mark.parametrize(
    ("text", "denied"),
    [("im not gay if thats what ur asking", {"lgbt"}), ("i am not a jew", {"jewish"})],
)
def test_denied_communities(text, denied):
    assert denied_communities(text) == denied


def test_a_community_told_stays():
    assert corrections("my friend is muslim too", {"community": ["muslim"]}) == {}
    assert "muslim" in read_hate("they pulled my hijab and called me a terrorist, im muslim")[2]


def test_a_husband_who_died_years_ago_is_no_bereavement_money_question():
    """Round 83, Rose (71), robbed by a bogus water-board caller, had said "I live on my own
    since my husband passed": "but will I get the money back?? thats my pension for the
    fortnight" got Bereavement Support Payment and CICA for families bereaved by crime."""
    from actions.practical_answers import asks_about_money_after_a_partner_died

    earlier = [
        "a man said he was from the water board and took my purse while i was in the kitchen",
        "I keep checking the door chain. I live on my own since my husband passed. I'm not hurt no",
    ]
    text = "but will I get the money back?? thats my pension for the fortnight"
    assert not asks_about_money_after_a_partner_died(
        text, {"crime_type": "burglary", "said": earlier}
    )
    claire = ["hi. my husband was killed three weeks ago. hit and run."]
    money = "money honestly. dan was the one working. the mortgage is due. is there anything"
    assert asks_about_money_after_a_partner_died(money, {"crime_type": "homicide", "said": claire})
