"""Round 24 of role-play (and Dennis from round 23): accounts the bot misread, and first
messages about something long over that met the 999 screen. The messages are the role-players'
own words; each fix has near misses beside it that must stay as they were."""

import pytest

from actions.account import read_account
from actions.answers import read_answer
from bot.risk_words import IN_DANGER, detect_risk

# -- Kasia: a landlord who came into her room and touched her, told in few words of English ----

KASIA = [
    "Hello, I have problem with my landlord. He come in my room without asking and he touch me. "
    "Now he say I must leave the house",
    "I told you already. landlord come in my room at night without knock, he touch my body, my "
    "breast. I say no. now he say I have to leave in one week",
]


@pytest.mark.parametrize("text", KASIA)
def test_sexual_touching_told_in_few_words_is_a_sexual_offence_by_someone_known(text):
    # She was asked "What happened?" three times.
    found = read_account(text)
    assert found.crime_type == "sexual_offence"
    assert found.offender == "someone_known"  # her landlord: not family, not a partner


def test_this_time_he_touch_me_is_a_sexual_offence():
    text = "he come in my room 2 times before, I think he has key. this time he touch me"
    assert read_account(text).crime_type == "sexual_offence"


def test_the_landlord_is_someone_she_knows():
    found = read_answer("relationship_to_offender", "the landlord!! I said. he live downstairs")
    assert found.value == "someone_known"


@pytest.mark.parametrize(
    "text",
    [
        "did he touch me",
        "he didnt touch me",
        "he not touch me, he shout",
        "i dont know if he touch me",
        "he touch my phone",
        "my mum came into my room at night to check on me",
    ],
)
def test_touch_without_touching_them_is_not_a_sexual_offence(text):
    assert read_account(text).crime_type != "sexual_offence"


def test_someone_coming_into_the_room_is_not_taken_for_who_did_it_without_harm():
    assert read_account("my mum came into my room at night to check on me").offender is None


@pytest.mark.parametrize(
    "text",
    [*KASIA[:1], "he come in my room 2 times before, I think he has key. this time he touch me"],
)
def test_what_he_does_told_in_few_words_is_not_danger_now(text):
    # Both met the 999 screen; she was at work.
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    ["help he come in my room", "he come in now", "hes just come home hes shouting"],
)
def test_someone_coming_in_now_is_still_danger(text):
    assert detect_risk(text) == IN_DANGER


# -- Olga: the family she cleans for has not paid her for three months -----------------------


def test_unpaid_work_for_a_family_is_labour_exploitation_not_domestic_abuse():
    found = read_account("no danger. family i clean not pay me 3 month")
    # -- round 68, helper n5 --: unpaid wages alone are an employment matter, not forced work
    # (Magda, "Family not pay me 2 month", was told "trafficking or forced work").
    assert found.crime_type not in ("human_trafficking", "domestic_abuse")
    assert found.offender == "someone_known"


def test_unpaid_months_and_a_threat_to_tell_immigration_is_labour_exploitation():
    text = "yes. 3 month no money. they say if i tell, they call immigration"
    assert read_account(text).crime_type == "human_trafficking"


@pytest.mark.parametrize(
    "text", ["the family. i clean their house", "my employer family", "the family i work for"]
)
def test_the_family_she_works_for_is_someone_she_knows(text):
    assert read_answer("relationship_to_offender", text).value == "someone_known"
    assert read_account(text).offender != "family_member"


@pytest.mark.parametrize("text", ["my family", "the family", "family", "my family hit me"])
def test_her_own_family_is_still_family(text):
    assert read_answer("relationship_to_offender", text).value == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "my boss didnt pay me last week",
        "i have no money for rent and landlord say he will call immigration",
        "my husband gives me no money and says he will call immigration",
        "my ex hasnt paid me back for months",
        "the council hasnt paid my benefits for 3 months",
        "hello. help please. no money",
    ],
)
def test_money_owed_or_a_partners_threats_are_not_labour_exploitation(text):
    assert read_account(text).crime_type != "human_trafficking"


# -- Eve: spiked, and woke up in a stranger's flat ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "thats it?? i was spiked and woke up in a strangers flat. isnt there anyone for that",
        "i think i got spiked and woke up next to a guy i dont know",
    ],
)
def test_spiked_and_woke_up_somewhere_else_is_a_possible_sexual_offence(text):
    assert read_account(text).crime_type == "sexual_offence"


@pytest.mark.parametrize(
    "text",
    [
        "i think i got spiked on saturday night",
        "i got spiked and woke up in my own bed with no memory",
        "i was spiked and woke up at home",
    ],
)
def test_a_spiking_alone_stays_an_assault(text):
    assert read_account(text).crime_type == "assault"


# -- Dennis (round 23): a woman who moved into his home and has his bank card -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello. My son told me to write to you. There is a lady living at my house and she has "
        "my bank card",
        "No not in danger. She is not violent. She just has my card and she won't go. I am 27",
        "No sorry I meant 72. I am 72. Not 27. My son says it is cuckooing. She is not my family "
        "she is a friend I met at the shops",
        "Yes every day. She takes money out of my account. She has been there since the summer. "
        "My son says it is cuckooing. Sorry I said that already",
    ],
)
def test_someone_not_family_taking_over_a_home_is_not_domestic_abuse(text):
    # He was given the Men's Advice Line: "She is not my wife. I don't understand."
    assert read_account(text).crime_type != "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "my son takes my pension and pushed me",
        "my husband, he has my bank card and gives me £20 a week",
        "my daughter. she takes my pension every week",
    ],
)
def test_a_relative_or_partner_taking_money_is_still_domestic_abuse(text):
    assert read_account(text).crime_type == "domestic_abuse"


# -- Gloria and Winston: something long over is not danger now ----------------------------------

GLORIA = (
    "Good morning. I am writing because my house was burgled on Tuesday night while I was asleep "
    "upstairs. I woke to find a man standing in my bedroom. I am 76 and live alone. I have not "
    "slept properly since."
)
WINSTON = (
    "Good afternoon. My son was murdered five years ago. I have just received a letter saying "
    "the man who killed him is to be considered for parole."
)


@pytest.mark.parametrize("text", [GLORIA, WINSTON])
def test_what_is_over_does_not_raise_the_danger_screen(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "i was asleep upstairs and now a man is standing in my bedroom",
        "he broke in on tuesday and hes still upstairs",
        "he said he will kill me when he gets out on parole",
        "he was convicted of murder in 2021 and now hes outside my house",
        "he strangled me 2 years ago and hes here now",
        "he said he killed him and he will kill me",
        "she said shes going to kill him",
        "he got out on parole and hes at my door",
        "he was released on parole, hes in the garden",
        "he was outside last night and hes at my door",
        "while i was asleep upstairs last night he broke in and hes still downstairs",
        # Missed before: the front or back door named.
        "hes at my front door",
        "my ex is at our back door",
    ],
)
def test_danger_now_or_a_threat_beside_the_past_is_still_danger(text):
    assert detect_risk(text) == IN_DANGER


def test_not_slept_since_is_not_being_targeted_again():
    # Gloria was told "it has happened more than once"; her first two messages read together.
    text = (
        f"{GLORIA} . I am not in any danger at this moment, thank you. It happened on Tuesday. "
        "I am simply frightened to be in the house, particularly at night."
    )
    found = read_account(text)
    assert found.crime_type == "burglary"
    assert found.repeat is not True
    assert read_account("he has hit me since i moved in").repeat is True


# -- Eve: spiking told in one message, waking in a stranger's flat in another -------------------


@pytest.mark.parametrize(
    "said",
    [
        ["i think i got spiked on saturday night",
         "no. i woke up in some guys flat i dont know who he is. will they even believe me i was drinking too"],  # noqa: E501
        ["i was spiked at a club", "i woke up next to a man i dont know"],
    ],
)  # fmt: skip
def test_waking_somewhere_else_after_a_spiking_is_a_feared_sexual_assault(said):
    from actions.spiking import fears_sexual_assault_after_spiking

    assert fears_sexual_assault_after_spiking(said) is True


@pytest.mark.parametrize(
    "said",
    [
        ["i think i got spiked", "i woke up in my own bed with a headache"],
        ["i got spiked", "woke up at my mates house, she looked after me"],
        ["i woke up in some guys flat"],
    ],
)
def test_waking_at_home_or_without_a_spiking_is_not(said):
    from actions.spiking import fears_sexual_assault_after_spiking

    assert fears_sexual_assault_after_spiking(said) is False
