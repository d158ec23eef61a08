"""Round 69, helper o2: who it happened to and who did it, and corrections of them (Rose,
Beata, Gareth3, Connor, Magda2, Ali)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn
from actions.wording import changed_line

# -- Rose (58): her son (30) takes from her purse and threatened her -----------------------

ROSE_SAID = [
    "Hello, I don't really know how to start this. It's about my son, he's 30 and he has a "
    "problem with drugs, has done for years on and off. Lately money keeps going from my purse, "
    "twenty here, fifty there, and I know it's him. Last week I said no when he asked for money "
    "and he got very angry and said I'd regret it, he punched the door next to my head.",
    "He's out at the moment, he went out about an hour ago. He still lives here with me in "
    "Merton, in his old bedroom. I'm alright for now I think.",
    "58. You didn't answer me, you won't tell the police will you?",
    "I'm a woman.",
]
ROSE_ANSWERS = {
    "crime_type": "assault",
    "repeat_victimisation": True,
    "age": 58.0,
    "gender": "woman",
    "said": ROSE_SAID,
}


def test_rose_naming_her_grown_son_again_is_not_writing_for_a_child():
    text = (
        "Thank you love. Will they know it's my son it's about, or will I have to go through it "
        "all again? I don't think I could."
    )
    found = read_turn(Turn(text=text, answers=ROSE_ANSWERS))
    assert "for_child" not in found.slots
    assert "for_child" not in found.noted


ROSE_PUT_RIGHT = (
    "No no, he's not the victim, I am! He's the one taking my money. Please get that right."
)


@pytest.mark.parametrize(
    "text",
    [
        ROSE_PUT_RIGHT,
        "he is not the victim, I am. he's the one who takes my money",
        "No, she's not the victim, I am! She's the one taking my money.",
    ],
)
def test_rose_he_is_not_the_victim_i_am_is_taken(text):
    answers = {**ROSE_ANSWERS, "for_child": True, "for_someone_else": True}
    changes = corrections(text, answers)
    assert changes["for_child"] is False
    assert changes["for_someone_else"] is False
    assert changes["relationship_to_offender"] == "family_member"
    assert changes["crime_type"] == "domestic_abuse"
    line = changed_line(changes, about_child=False, about_others=False)
    assert line and "it's about you" in line


def test_rose_put_right_in_the_form_says_so():
    answers = {**ROSE_ANSWERS, "for_child": True, "for_someone_else": True}
    found = read_turn(Turn(text=ROSE_PUT_RIGHT, answers=answers))
    assert found.slots["for_child"] is False
    assert "for_child" in found.corrected


# -- Beata (52): a neighbour's dog bit her -----------------------------------------------------

BEATA_SAID = [
    "A dog from next door bit me on the leg yesterday, in Hillingdon. The owner just laughed."
]


@pytest.mark.parametrize(
    "text",
    [
        "The dog has growled at people before, and it jumped at my granddaughter in the summer. "
        "But bite, this is the first time",
        "it barked at my grandson once but never bit anyone before",
        "my daughter was with me, she is fine",
    ],
)
def test_beata_a_child_mentioned_in_passing_is_not_written_for(text):
    found = read_turn(
        Turn(
            text=text,
            requested="repeat_victimisation",
            answers={"crime_type": "other", "said": BEATA_SAID},
        )
    )
    assert "for_child" not in found.slots


def test_beata_bit_me_and_granddaughter_was_fine_undo_the_child():
    text = (
        "No, I am talking about me. The dog bit ME, my leg. My granddaughter was fine, she is 6, "
        "it only jumped"
    )
    changes = corrections(text, {"crime_type": "other", "for_child": True, "said": BEATA_SAID})
    assert changes["for_child"] is False
    assert "age" not in changes
    changes = corrections(
        text, {"crime_type": "other", "for_child": True, "age": 6.0, "under_18": True}
    )
    assert changes["for_child"] is False
    assert changes["age"] is None


# -- Gareth3: a builder took his money ---------------------------------------------------------


def test_gareth_wife_talking_about_it_is_not_who_did_it():
    text = (
        "annoyed mostly. and feel a mug. wife keeps bringing it up. small claims - do i need a "
        "solicitor for that?"
    )
    assert read_answer("relationship_to_offender", text).value != "partner_or_ex"
    assert read_answer("relationship_to_offender", "my husband keeps going on about it").value != (
        "partner_or_ex"
    )


@pytest.mark.parametrize(
    "text",
    [
        "what?? its not my family, its a BUILDER. my wife has nothing to do with it. where did "
        "you get domestic abuse from",
        "thats wrong. it was a builder I hired, not my partner",
        "my wife has nothing to do with it, it was the builder",
    ],
)
def test_gareth_not_my_family_its_a_builder_is_taken(text):
    answers = {
        "crime_type": "fraud",
        "relationship_to_offender": "partner_or_ex",
        "account_details": ["economic"],
    }
    changes = corrections(text, answers)
    assert changes["relationship_to_offender"] == "someone_known"
    assert "economic" not in changes["account_details"]
    line = changed_line(changes, about_child=False, about_others=False)
    assert line and "someone you know" in line


# -- Connor (17), made to carry drugs; Magda2; Ali -----------------------------------------


def test_connor_man_from_the_ends_is_someone_he_knows():
    assert read_answer("relationship_to_offender", "man from the ends. not saying names").value == (
        "someone_known"
    )
    found = read_turn(
        Turn(
            text="man from the ends. not saying names",
            requested="relationship_to_offender",
            answers={"crime_type": "human_trafficking", "age": 17.0, "under_18": True},
        )
    )
    assert found.slots["relationship_to_offender"] == "someone_known"
    assert found.slots.get("crime_type") != "domestic_abuse"


CONNOR_SAID = [
    "older lot make me hold their food and run it to people. if i dont they say they'll hurt my "
    "little brother. they say i owe them now",
]


@pytest.mark.parametrize(
    "text",
    [
        "no. and wdym domestic abuse?? they aint my fam",
        "partner?? i aint got a gf. its olders making me shot. get it right man",
        "it wasnt my partner. it was a gang",
    ],
)
def test_connor_not_my_family_or_partner_is_taken_the_first_time(text):
    answers = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "age": 17.0,
        "said": CONNOR_SAID,
    }
    changes = corrections(text, answers)
    assert changes["relationship_to_offender"] in ("someone_known", "unknown")
    assert changes.get("crime_type") != "domestic_abuse"


def test_magda_the_husband_of_her_lady_is_not_her_partner():
    said = [
        "no now I am home. But the husband of my lady he push me to wall on Tuesday, very hard, "
        "my shoulder is hurting still. Because I ask for my money"
    ]
    found = read_turn(
        Turn(
            text="yes I tell you, the husband. Mr Collins",
            requested="relationship_to_offender",
            answers={"crime_type": "assault", "said": said},
        )
    )
    assert found.slots["relationship_to_offender"] == "someone_known"
    assert found.slots.get("crime_type") != "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "no I dont know them, they have mask. My boss saying I must come tomorrow for work, shop "
        "must open. I am scared, can he force me?",
        "I don't know him, never seen him before",
        "no i didnt recognise the men",
    ],
)
def test_ali_i_dont_know_them_is_a_stranger(text):
    assert read_answer("relationship_to_offender", text).value == "stranger"


# -- negatives: other people's messages keep their reading ---------------------------------


def test_my_son_was_attacked_is_still_for_a_child():
    assert read_account("my son was attacked outside school, he is 14").for_child
    found = read_turn(Turn(text="my son was attacked outside school, he is 14", opening=True))
    assert found.slots.get("for_child") is True


@pytest.mark.parametrize(
    "text, who",
    [
        ("my husband hits me", "partner_or_ex"),
        ("my wife hits me", "partner_or_ex"),
        ("my flatmate", "someone_known"),
        ("my brother, I dont know them all but he started it", "family_member"),
    ],
)
def test_partners_and_relatives_are_still_read(text, who):
    assert read_answer("relationship_to_offender", text).value == who


def test_not_knowing_them_well_is_not_a_stranger_here():
    from actions.answers import o2_relationship

    assert o2_relationship("I don't know him well, he's my flatmate") is None


def test_my_wife_hits_me_is_still_domestic_abuse():
    assert read_account("my wife hits me").crime_type == "domestic_abuse"
    assert read_account("my husband hits me").offender == "partner_or_ex"


@pytest.mark.parametrize(
    "text",
    [
        "he's not my partner anymore, he's my ex",
        "my ex husband. we are divorced",
    ],
)
def test_an_ex_partner_is_not_taken_off(text):
    changes = corrections(
        text, {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    )
    assert changes.get("relationship_to_offender") in (None, "partner_or_ex")


def test_the_husband_without_someone_elses_household_is_still_a_partner():
    found = read_turn(
        Turn(
            text="the husband",
            requested="relationship_to_offender",
            answers={"crime_type": "assault", "said": ["he pushed me to the wall at home"]},
        )
    )
    assert found.slots["relationship_to_offender"] == "partner_or_ex"


def test_a_child_written_for_later_is_still_taken():
    found = read_turn(
        Turn(
            text="actually its about my daughter, she is 15, they attacked her",
            requested="repeat_victimisation",
            answers={"crime_type": "assault", "said": ["someone attacked outside the shops"]},
        )
    )
    assert found.slots.get("for_child") is True
