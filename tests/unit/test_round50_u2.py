"""Round 50 (helper U2): accounts read wrongly, left over from rounds 47-49.

- Margaret, 69: her husband shouts at her and took over her pension since his stroke. Read as
  stalking by nobody known; "he is my husband" did not put it right, "I have not been stalked"
  made it a theft, and "Geoffrey isn't a thief" restarted "What happened?".
- Patricia, 61, whose son was killed: "They charged manslaughter not murder" took the death back
  and restarted the questions.
- Dev, 38: his car keyed with a racist note, his children saw it; recorded as about his child.
- Siobhan: "tipped it so I went sideways into the pole" gave a weapon.
- Liam, 22: "its not me its my boy Dre ... he died" was read as written for Dre.

Each test quotes the message as it was written; ordinary messages must keep their readings.
"""

from __future__ import annotations

import pytest
from known_answers import answer

from actions.account import read_account
from actions.reading import corrections

MARGARET_OPENING = (
    "Good afternoon. I hope I am writing to the right place, I am not sure this is a crime at all "
    "and I feel rather foolish and disloyal even writing it. My husband Geoffrey had a stroke "
    "eighteen months ago and since then he has changed a great deal. He shouts at me and calls me "
    "names, things he never would have said before."
)
MARGARET = {"relationship_to_offender": "partner_or_ex"}


def test_margaret_husband_named_then_he_shouts_is_domestic_abuse():
    read = read_account(MARGARET_OPENING)
    assert read.crime_type == "domestic_abuse"
    assert read.offender == "partner_or_ex"


@pytest.mark.parametrize(
    "text",
    [
        "My wife Sandra has not been herself since her operation. She screams at me every day.",
        "my dad lost his job last year and since then hes changed. he hits me when hes drunk",
    ],
)
def test_other_relatives_named_then_doing_it(text):
    assert read_account(text).offender in ("partner_or_ex", "family_member")


@pytest.mark.parametrize(
    "text",
    [
        # Someone else named in between: not the relative.
        "My husband and I were walking home when a man came up to us. He punched me in the face.",
        "My son was at the park with his friends. He was attacked by a group of lads.",
    ],
)
def test_someone_else_in_between_is_not_the_relative(text):
    assert read_account(text).offender not in ("partner_or_ex", "family_member")


def test_margaret_he_is_my_husband_corrects_stalking():
    said = (
        "I'm sorry, I don't think stalking is right at all, he is my husband of forty-one years "
        "and we live together. And I'm certainly not going to stop my cards, he would be furious. "
        "No, I haven't told the police, I wouldn't want him in trouble. He can't help it."
    )
    changes = corrections(said, {"crime_type": "stalking_harassment"})
    assert changes["crime_type"] == "domestic_abuse"
    assert changes["relationship_to_offender"] == "partner_or_ex"


def test_margaret_not_stalked_is_not_theft():
    said = (
        "I have not been stalked. I told you that. Please take that out. It is about him shouting "
        "and taking my pension."
    )
    changes = corrections(said, {"crime_type": "stalking_harassment", **MARGARET})
    assert changes["crime_type"] == "domestic_abuse"


def test_margaret_not_a_thief_does_not_restart():
    said = (
        "Theft? Oh dear, no, Geoffrey isn't a thief. It's that he controls the money and he is "
        "unkind to me. I don't know what the word is for it. What is Hourglass?"
    )
    assert corrections(said, {"crime_type": "theft", **MARGARET})["crime_type"] == (
        "domestic_abuse"
    )


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        # A stranger's stalking taken back stays what it is read as.
        ("its not stalking, he just messaged me once", {"crime_type": "stalking_harassment"}),
        # A relative's stealing put right by round 45 (Sue) stays a theft.
        (
            "Domestic abuse?? She's my daughter not some violent husband. It's stealing, because "
            "of the drugs. Can you change it please",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"},
        ),
    ],
)
def test_other_corrections_are_not_made_domestic_abuse(text, answers):
    assert corrections(text, answers).get("crime_type") != "domestic_abuse"


PATRICIA = {"crime_type": "homicide", "bereaved": True, "relationship_to_offender": "stranger"}


def test_patricia_manslaughter_not_murder_keeps_the_death():
    said = (
        "Not yet. I am so angry with the CPS. They charged manslaughter not murder and nobody "
        "asked me. I've asked to speak to the barrister and got nowhere. Do I have any right to "
        "meet them?"
    )
    assert "crime_type" not in corrections(said, PATRICIA)
    assert "bereaved" not in corrections(said, PATRICIA)
    assert answer(said, "homicide", bereaved=True) == "utter_t4_meet_prosecutor"


def test_nobody_died_still_takes_a_murder_back():
    changes = corrections(
        "wtf no one died?? i said its NOT a murder. its my car thats it", PATRICIA
    )
    assert changes["bereaved"] is None


DEV_OPENING = (
    "Hi. Last night someone keyed my car outside my house in Hounslow and left a note under the "
    "wiper with a racist slur about Sikhs. My kids (8 and 11) saw it this morning before I did. I "
    "have three questions: 1) Is this a hate crime? 2) What evidence should I keep? 3) How do I "
    "get support for my kids?"
)


def test_dev_is_the_victim_not_his_children():
    read = read_account(DEV_OPENING)
    assert not read.for_child
    assert read.crime_type == "criminal_damage"
    assert read.hate


def test_dev_correction_makes_it_about_him():
    said = (
        "Correction: the car is mine and the note was aimed at me. My kids weren't targeted, they "
        "saw it. Not reported yet. Should I report it as a hate crime specifically, and to whom - "
        "101, online, or True Vision?"
    )
    changes = corrections(said, {"crime_type": "criminal_damage", "for_child": True})
    assert changes["for_child"] is False


def test_a_child_harmed_is_still_about_the_child():
    assert read_account("someone smashed my sons bike and punched him, my son is 12").for_child


def test_siobhan_bus_pole_is_not_a_weapon():
    said = (
        "I use a wheelchair. A man on the 207 grabbed the back of my chair and tipped it so I "
        "went sideways into the pole, and he was calling me a cripple and a waste of space and "
        "saying people like me shouldn't be allowed on buses. Nobody did anything. My arm is all "
        "bruised"
    )
    assert "weapon" not in read_account(said).details


@pytest.mark.parametrize(
    "text", ["he hit me with a pole", "he came at me with a metal pole", "he stabbed me"]
)
def test_a_weapon_used_on_them_is_still_a_weapon(text):
    assert "weapon" in read_account(text).details


def test_liam_friend_killed_is_not_written_for_him():
    said = (
        "nah. its not me its my boy Dre. he got stabbed last month on the estate. he died. hes "
        "gone bro"
    )
    read = read_account(said)
    assert read.crime_type == "homicide"
    assert not read.for_someone_else


def test_writing_for_someone_bereaved_is_still_for_them():
    assert read_account(
        "im writing for my friend. her son was stabbed and he died"
    ).for_someone_else
