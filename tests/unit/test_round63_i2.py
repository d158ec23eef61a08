"""Round 63, helper I2: wrong facts read from accounts and corrections (Moira, Farid)."""

from actions import reading, wording
from actions.account import read_account

MOIRA_FIRST = (
    "hiya. been meaning tae do this for ages. ma neighbour upstairs has been making ma life hell "
    "for a year, banging at 3am, shouting at me on the stair, said he'd 'sort me out'. last week "
    "he slashed ma tyres. the polis came once and did nothing"
)
MOIRA_ANSWERS = {
    "crime_type": "stalking_harassment",
    "account_details": ["pushed_or_hit", "injured", "neighbour"],
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": True,
    "age": 58.0,
}


def test_moira_tyres_are_damage_not_a_wounding() -> None:
    told = read_account(MOIRA_FIRST)
    assert told.crime_type == "criminal_damage"
    assert read_account("last week he slashed ma tyres.").crime_type == "criminal_damage"


def test_scots_ma_is_not_taken_from_a_mum() -> None:
    assert read_account("me ma said I should tell someone").crime_type is None
    # a real wounding still reads as one
    assert read_account("he slashed my face with a knife").crime_type == "serious_violence"


def test_moira_denial_is_not_an_assault_told() -> None:
    told = read_account(
        "naw he's never actually hit me. it's the noise and threats and the tyres. aye I phoned "
        "them after the tyres, they gave me a number"
    )
    assert "pushed_or_hit" not in told.details
    assert told.crime_type != "assault"
    assert read_account("he hit me and pushed me").crime_type == "assault"


def test_moira_not_hit_not_hurt_takes_both_off() -> None:
    changes = reading.corrections(
        "that's wrong. I was NOT hit and I was NOT hurt. how many times", MOIRA_ANSWERS
    )
    assert changes["account_details"] == ["neighbour"]
    line = wording.changed_line(changes, before=MOIRA_ANSWERS)
    assert line is not None and line.startswith("Sorry, I got that wrong. I've taken it off")
    assert "pushed or hit" in line


def test_moira_take_out_the_bit_about_being_hit() -> None:
    for said in (
        "take out the bit about being pushed or hit. it never happened",
        "naw he's never actually hit me",
        "he has never laid a finger on me",
    ):
        changes = reading.corrections(said, MOIRA_ANSWERS)
        assert "pushed_or_hit" not in changes["account_details"], said


def test_being_hit_again_is_not_a_denial() -> None:
    for said in ("he hit me again last night", "I was hit on the head"):
        assert "account_details" not in reading.corrections(said, MOIRA_ANSWERS), said


def test_farid_shop_attacked_is_racist_damage() -> None:
    for said in (
        "salam. my shop they attack it last night and write bad words on wall about afghan. you "
        "have dari interpreter please? my english not good",
        "i dont understand full. you mean shop? they break window, write on wall 'go home "
        "taliban' and bad word. 3 young man. last night 11 oclock",
    ):
        told = read_account(said)
        assert told.crime_type == "criminal_damage", said
        assert told.hate is True and "race" in told.hate_strands, said


def test_people_attacked_near_a_place_are_still_assaulted() -> None:
    for said in ("a man attacked me outside my shop", "he attacked me at the door"):
        assert read_account(said).crime_type == "assault", said
    assert read_account("someone wrote on my wall").crime_type is None  # a Facebook wall


def test_kwame_own_bike_tracker_is_not_stalking() -> None:
    told = read_account(
        "nah they gone. im outside the chicken shop on rye lane. bike had a tracker on the app "
        "tho, its showing it near old kent rd rn"
    )
    assert told.repeat is not True and told.crime_type != "stalking_harassment"
    assert read_account("he put a tracker on my car").crime_type == "stalking_harassment"
