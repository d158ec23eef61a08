"""Reading an account of what happened: only what the words make clear (actions/account.py)."""

from __future__ import annotations

import pytest

from actions.account import read_account, read_age

CASES = [
    # (message, facts that must be read, slots that must NOT be read)
    (
        "my wife told me to report it but two lads punched me outside the chippy",
        {"crime_type": "assault"},
        ("relationship_to_offender",),
    ),
    (
        "a random guy i'd never seen before punched me",
        {"relationship_to_offender": "stranger"},
        (),
    ),
    (
        "my dad doesnt know yet, i got mugged on the bus",
        {"crime_type": "robbery"},
        ("relationship_to_offender",),
    ),
    ("me and my girlfriend were attacked by some youths", {"crime_type": "assault"}, ("age",)),
    ("two lads on bikes grabbed my phone out of my hand", {"crime_type": "robbery"}, ("age",)),
    (
        "my ex keeps turning up at my work and messaging me from new accounts",
        {
            "crime_type": "stalking_harassment",
            "relationship_to_offender": "partner_or_ex",
            "repeat_victimisation": True,
        },
        (),
    ),
    (
        "my husband hits me when hes been drinking",
        {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
        (),
    ),
    (
        "hit by my stepdad again last night",
        {
            "crime_type": "domestic_abuse",
            "relationship_to_offender": "family_member",
            "repeat_victimisation": True,
        },
        (),
    ),
    (
        "my boyfriend takes my bank card and gives me an allowance",
        {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
        (),
    ),
    (
        "my daughter was stabbed and died in hospital",
        {"crime_type": "homicide", "bereaved": True},
        (),
    ),
    (
        "i was stabbed in the leg outside the station",
        {"crime_type": "serious_violence"},
        ("bereaved",),
    ),
    (
        "they shouted go back to your country and called me a paki",
        {"hate_motivated": True, "hate_strand": ["race"]},
        (),
    ),
    ("someone spat at me because im jewish", {"hate_motivated": True, "community": ["jewish"]}, ()),
    ("i am registered blind and they took my purse", {"impairment": True}, ()),
    ("i have ptsd and a man followed me home", {"impairment": True}, ()),
    (
        "i use a wheelchair and my carer has been taking money from my purse",
        {"impairment": True, "relationship_to_offender": "someone_known", "crime_type": "theft"},
        (),
    ),
    (
        "my ex posted my nudes in a group chat",
        {"crime_type": "online_abuse", "relationship_to_offender": "partner_or_ex"},
        (),
    ),
    (
        "they pushed burning rags through our letterbox while we were asleep upstairs",
        {"crime_type": "arson"},
        (),
    ),
    (
        "someone broke into my flat while i was at work",
        {"crime_type": "burglary"},
        ("relationship_to_offender",),
    ),
    (
        "a man on the phone said he was from my bank and i moved my savings",
        {"crime_type": "fraud"},
        (),
    ),
    (
        "my parents want me to marry a man in bangladesh i have never met",
        {"crime_type": "domestic_abuse"},
        (),
    ),
    ("i reported it to the police yesterday", {"reported_to_police": True}, ()),
    ("i havent told the police, im too scared to", {"reported_to_police": False}, ()),
    ("something happened to me today", {}, ("crime_type", "relationship_to_offender")),
    ("it cost me £40 and 2 hours", {}, ("age",)),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_an_account_gives_what_it_makes_clear(text, expected, absent):
    facts = read_account(text).facts()
    for slot, value in expected.items():
        assert facts.get(slot) == value, (slot, facts)
    for slot in absent:
        assert slot not in facts, (slot, facts)


@pytest.mark.parametrize(
    ("text", "asked", "age"),
    [
        ("im 15", False, 15),
        ("no, I'm 81", True, 81),
        ("81", True, 81),
        ("i am aged 44", False, 44),
        ("in my seventies", True, 75),
        ("twenty two", True, 22),
        ("4 sorry 44", True, 44),
        ("two lads on bikes", False, None),
        ("my 15 year old son was robbed", False, None),
        ("took £40 off me", True, None),
        ("3 times", True, None),
    ],
)
def test_ages_come_only_from_ages(text, asked, age):
    assert read_age(text, asked=asked) == age


def test_a_death_in_an_idiom_is_no_death():
    facts = read_account("my phone died and my boss will kill me").facts()
    assert "bereaved" not in facts
    assert "someone_died" not in facts.get("account_details", [])
