"""Round 31 (helper R): accounts the role-play showed were read wrong.

Each positive case quotes the role-player's message verbatim (transcripts in
/tmp/roleplay/transcripts/r31*.txt); near misses must keep their reading.
"""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_crime_type, read_relationship
from actions.questions import known_answer
from actions.reading import Turn, read_turn

AHMED = (
    "My car windows got smashed again last night. Thats the 3rd time this year. Same neighbour "
    "who shouts abuse at me and my wife because we're Muslim, she wears hijab. This is the 5th "
    "time something has happened and police do nothing."
)
MICHAEL = (
    "Hi. 2 weeks ago some idiot ran a red light in Kingston, smashed into my car and drove off. "
    "My leg's in a boot, I'm a delivery driver so I can't work. Police have his reg but I've "
    "heard nothing. Can I get compensation?"
)
MICHAEL_AGAIN = (
    "I just told you. Hit and run. Car ran a red light, hit me, didn't stop. I was injured."
)
BECCA_OPENING = (
    "hi um i think my drink got spiked on friday at a bar in camden?? i dont remember anything "
    "after like 11 and woke up at my mates flat. is it too late to get tested"
)
BECCA = (
    "no im safe. wait the havens is that for like rape?? i dont think anything like that "
    "happened but i literally dont know and its freaking me out"
)
IRENA = (
    "Good afternoon. I am writing on behalf of my daughter Maja, who is 30 and has a learning "
    "disability. She lives with me in Enfield. I have discovered that a paid carer from an agency "
    "has been using Maja's bank card and has taken about £900 over the last two months."
)
IRENA_NOT_DA = (
    "Fraud or scam, I suppose, or theft. It is not domestic abuse - she is a paid carer, not "
    "family. Should I report it to the police myself, or wait for the agency?"
)
GRAHAM = (
    "Oh no, nothing like that. He's out at the moment. My son is 35 and lives with me. He has a "
    "drug problem, I'm afraid, and money keeps going missing from my wallet. Last week I said no "
    "when he asked for money and he pushed me against the door frame. Just a bruise on my arm. I "
    "don't want him in trouble."
)
GRAHAM_STRONG_WORD = (
    "Robbery seems rather a strong word. He's my son, he takes a few notes from my wallet when "
    "I'm not looking. And the bruise is a week old, it's fading, I really don't need A&E. No, I "
    "haven't told the police and I'd rather not."
)
GRAHAM_THEFT = (
    "Yes, the money has been going for months. But it wasn't a robbery. It's theft from my "
    "wallet, and the push."
)
SAM = (
    "hi. 4 nights ago I woke up and there was a man in my bedroom. he ran off with my laptop and "
    "bag. police came. I can't sleep since, keep having panic attacks. I'm at a friend's. please "
    "text only, I can't do phone calls"
)
FATIMA = "salaam. my son Abdi 14 year, boys stab him in leg. 2 week before. now he is home"
FATIMA_WHO = "yes, the boys message him every day. i am afraid they kill my son. please what i do"
JADE = (
    "hi idk if this is the right place but theres this guy i met online and he says hes gonna "
    "send my pics to my school and my mum unless i send more. pls help im so scared"
)
JADE_WHO = "idk hes sort of my bf but ive never met him irl. should i just send them so he stops??"


# -- 1. damage told in the passive (Ahmed) ---------------------------------------------------


def test_windows_smashed_again_is_criminal_damage_with_hate_and_repeat() -> None:
    found = read_account(AHMED)
    assert found.crime_type == "criminal_damage"
    assert found.hate is True
    assert found.repeat is True


@pytest.mark.parametrize(
    "text",
    [
        "my windows were smashed",
        "our car got smashed up last night",
        "the windscreen was smashed again",
        "the shed window was broken again",
        "someone smashed my car window",
    ],
)
def test_things_smashed(text: str) -> None:
    assert read_account(text).crime_type == "criminal_damage"


def test_a_smashed_phone_screen_from_a_fall_is_not_told_as_a_crime() -> None:
    assert read_account("i dropped my phone and the screen cracked").crime_type is None


# -- 2. a road crash or hit and run is not an assault (Michael) --------------------------------


@pytest.mark.parametrize("text", [MICHAEL, MICHAEL_AGAIN])
def test_hit_and_run_is_a_road_crash(text: str) -> None:
    found = read_account(text)
    assert found.crime_type == "other"
    assert "road_crash" in found.details


def test_hit_and_run_at_the_crime_question() -> None:
    assert read_crime_type(MICHAEL_AGAIN, "stranger").value == "other"


@pytest.mark.parametrize(
    "text",
    [
        "I was knocked down by a car and the driver didnt stop",
        "a van smashed into my car at the lights and drove off",
    ],
)
def test_other_road_crashes(text: str) -> None:
    found = read_account(text)
    assert found.crime_type == "other"
    assert "road_crash" in found.details


@pytest.mark.parametrize(
    "text",
    [
        "he drove at me on purpose and hit me",
        "he ran me over on purpose after the argument",
    ],
)
def test_a_car_used_as_a_weapon_is_not_a_road_crash(text: str) -> None:
    found = read_account(text)
    assert found.crime_type != "other"
    assert "road_crash" not in found.details


def test_a_car_used_as_a_weapon_to_kill() -> None:
    assert read_account("he tried to run me over").crime_type == "attempted_murder"


# -- 3. asking whether the Havens are for rape is not telling one (Becca) ----------------------


def test_asking_if_the_havens_are_for_rape_is_not_a_sexual_offence() -> None:
    assert read_account(BECCA).crime_type is None
    reading = read_turn(
        Turn(text=BECCA, requested="in_danger", answers={"crime_type": "assault", "consent": True})
    )
    assert reading.slots.get("crime_type") != "sexual_offence"
    assert "crime_type" not in reading.noted


def test_the_spiking_is_still_read() -> None:
    assert read_account(BECCA_OPENING).crime_type == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "is the havens for rape? because he raped me",
        "i dont remember getting home and when i woke up my clothes were wrong and i was sore. i "
        "think someone did something to me",
    ],
)
def test_a_sexual_offence_told_is_still_one(text: str) -> None:
    assert read_account(text).crime_type == "sexual_offence"


# -- 4. a paid carer is not family (Irena) -----------------------------------------------------


def test_a_paid_carer_using_the_card_is_fraud_by_someone_known() -> None:
    found = read_account(IRENA)
    assert found.crime_type == "fraud"
    assert found.offender == "someone_known"
    assert {"carer", "paid_carer"} <= found.details
    # Maja is 30: written for an adult, not "your child".
    assert found.for_child is None
    assert found.for_someone_else is True
    assert found.age == 30


def test_not_domestic_abuse_said_at_the_crime_question() -> None:
    assert read_account(IRENA_NOT_DA).crime_type == "fraud"
    assert read_crime_type(IRENA_NOT_DA, "someone_known").value == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "the care worker has been taking money out of my mums purse",
        "an agency carer took £200 from my dads wallet. my dad lives with me",
    ],
)
def test_a_paid_carer_taking_money_is_never_domestic_abuse(text: str) -> None:
    found = read_account(text)
    assert found.crime_type in ("theft", "fraud")
    assert found.offender == "someone_known"


def test_the_da_act_answer_is_not_given_about_a_paid_carer() -> None:
    question = "Is this actually a crime? I am Maja's appointee for her benefits."
    told = {"account_details": ["carer", "paid_carer"]}
    # Not the Domestic Abuse Act answer: theft or fraud by a carer (round 31, main).
    for said in (
        known_answer(question, answers=told),
        known_answer("The agency carer takes her money, is that even a crime?"),
    ):
        assert said is not None and said.response == "utter_carer_theft_is_a_crime"
    # Still given about a partner.
    kept = known_answer("He takes my wages, is that even a crime?")
    assert kept is not None and kept.response == "utter_economic_abuse"


def test_the_carer_a_son_is_still_family() -> None:
    assert read_account("my son takes my pension and pushed me").crime_type == "domestic_abuse"


# -- 5. money taken by a son at home, and a push (Graham) ------------------------------------


@pytest.mark.parametrize("text", [GRAHAM, GRAHAM_STRONG_WORD])
def test_a_son_taking_money_and_pushing_is_domestic_abuse(text: str) -> None:
    found = read_account(text)
    assert found.crime_type == "domestic_abuse"
    assert found.offender == "family_member"


def test_theft_and_the_push_by_a_son_already_named() -> None:
    assert read_account(GRAHAM_THEFT, "family_member").crime_type == "domestic_abuse"
    assert read_account(GRAHAM_THEFT).crime_type == "theft"


@pytest.mark.parametrize(
    "text",
    [
        "my son lives with me. he is lovely, it was a man on the bus who hit me",
        "my brother stole my phone",
    ],
)
def test_near_misses_for_a_relative_at_home(text: str) -> None:
    assert read_account(text).crime_type != "domestic_abuse"


# -- 6. woken by an intruder who ran off: a burglary (Sam) ---------------------------------


def test_woken_by_a_man_in_the_bedroom_is_burglary() -> None:
    assert read_account(SAM).crime_type == "burglary"


def test_came_home_to_a_man_in_the_kitchen() -> None:
    text = "came home and there was a man in my kitchen, he ran off with my purse"
    assert read_account(text).crime_type == "burglary"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "woke up and someone was in my room, he held a knife to me and took my phone",
            "robbery",
        ),
        ("I had a panic attack after he punched me", "assault"),
    ],
)
def test_force_on_the_person_stays(text: str, crime: str) -> None:
    assert read_account(text).crime_type == crime


# -- 7. boys from the area are not family; the son is 14 (Fatima) -------------------------


def test_the_son_written_for_is_the_child_and_14() -> None:
    found = read_account(FATIMA)
    assert found.for_child is True
    assert found.age == 14


def test_the_boys_who_message_him_are_not_family() -> None:
    assert read_relationship(FATIMA_WHO).value == "someone_known"
    assert read_relationship("they stabbed my son").value != "family_member"
    assert read_relationship("it was my son").value == "family_member"
    assert read_relationship("they got my brother to do it").value == "family_member"


# -- 8. sextortion of a 16-year-old by a man met online (Jade) ------------------------------


def test_pics_threatened_unless_she_sends_more_is_a_sexual_offence() -> None:
    found = read_account(JADE)
    assert found.crime_type == "sexual_offence"
    assert {"intimate_images", "sextortion"} <= found.details
    assert found.offender != "partner_or_ex"


def test_a_boyfriend_never_met_is_not_a_partner() -> None:
    assert read_relationship(JADE_WHO).value == "someone_known"
    assert read_relationship("hes my boyfriend").value == "partner_or_ex"


def test_adult_sextortion_for_money() -> None:
    found = read_account("he says he will send the video to my family unless I pay 500")
    assert "sextortion" in found.details


def test_sending_holiday_pics_is_not_sextortion() -> None:
    found = read_account("i send my pics to my mum every week from holiday")
    assert "sextortion" not in found.details
