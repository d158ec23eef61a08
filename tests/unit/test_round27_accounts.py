"""Round 27 of role-play: accounts of what happened that the bot misread. The messages are the
role-players' own words; each fix has near misses beside it that must stay as they were."""

import pytest

from actions.account import read_account, read_hate
from actions.answers import read_relationship

# -- Dave (r27b/03): "my mrs gave me a black eye" is his wife, not an unknown attacker ------------

DAVE = (
    "right. well my mrs gave me a black eye saturday. she throws stuff when shes had a drink. its "
    "not like im a battered wife or anything haha im 6 foot 2"
)


def test_my_mrs_gave_me_a_black_eye_is_domestic_abuse_by_a_partner():
    found = read_account(DAVE)
    assert found.offender == "partner_or_ex"
    assert found.crime_type == "domestic_abuse"
    assert "injured" in found.details


@pytest.mark.parametrize(
    "text",
    [
        "my mrs gave me a black eye",
        "the missus hit me",
        "my missus hit me",
        "me missus hit me",
        "the wife punched me",
        "my other half hit me",
        "the other half hit me",
        "the mrs hit me",
        "me mrs hit me",
        "my misses threw a plate at me",
        "my fella hit me",
        "hubby hit me",
        "my wife throws stuff when shes had a drink",
        "i was given a black eye by my husband",
    ],
)
def test_what_people_call_their_partner_is_a_partner(text):
    found = read_account(text)
    assert found.offender == "partner_or_ex"
    assert found.crime_type == "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "Mrs Smith next door hit me",
        "Mrs Jones my teacher hit me",
        "the mrs next door hit me",
        "the wife of my neighbour punched me",
        "the wife and i were attacked by two lads",
        "me and the wife got mugged",
        "the wife was attacked",
        "the man hit me",
        "my son misses his dad",
    ],
)
def test_a_mrs_who_is_not_theirs_nor_a_partner_beside_them_is_not_the_partner(text):
    assert read_account(text).offender != "partner_or_ex"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the mrs", "partner_or_ex"),
        ("my mrs", "partner_or_ex"),
        ("the missus", "partner_or_ex"),
        ("the wife", "partner_or_ex"),
        ("Mrs Smith next door", "someone_known"),
        ("Mrs Jones my teacher", "someone_known"),
        ("the mrs next door", "someone_known"),
    ],
)
def test_who_did_it_answered_with_the_mrs(text, value):
    assert read_relationship(text).value == value


@pytest.mark.parametrize(
    "text",
    ["he gave me a lift home", "my mum throws things away all the time", "he spat in the sink"],
)
def test_near_misses_of_the_new_assault_words_are_not_assaults(text):
    assert read_account(text).crime_type is None


# -- Gerald (r27b/01): the daughter who sent him here and saw the scam did not do it ------------

GERALD_FIRST = "hello. I was told to use this by my daughter. I am not sure this is the right place"
GERALD_SCAM = (
    "yes ok. Its about money. I met a lady online, Elena, we talked for over a year and I sent her "
    "money for her visa and her mothers hospital bills. About £40,000 altogether. My daughter says "
    "it was a scam. I suppose it was"
)


def test_geralds_daughter_is_not_the_offender():
    assert read_account(GERALD_FIRST).offender is None
    # Read together, as the bot reads the opening messages.
    found = read_account(f"{GERALD_FIRST} . {GERALD_SCAM}")
    assert found.offender is None
    assert found.crime_type == "fraud"


def test_a_scammers_story_of_hospital_bills_is_nobodys_injury():
    assert "injured" not in read_account(GERALD_SCAM).details
    later = "Shes still messaging me actually asking for more, says her mother needs an operation"
    assert not read_account(later).details & {"injured", "serious_injury"}
    # Their own injuries still count.
    assert "serious_injury" in read_account("I needed surgery after he attacked me").details
    assert "serious_injury" in read_account("i was in hospital for a week").details


@pytest.mark.parametrize(
    "text",
    [
        "My daughter says it was a scam",
        "my daughter thinks it was a scam",
        "my daughter found out it was a scam",
        "my daughter is the one who found out",
        "I was told about this by my son",
        "this was recommended by my daughter",
        "I was sent here by my son",
        "I was given this number by my niece",
        "I was helped by my grandson",
        "my son checked my bank account and saw the payments",
        "my daughter helped me fill in the form",
        "my son reported it to the police",
        "it was my daughter who found out",
        "it was my daughter who told me it was a scam",
        "it was my daughter that spotted it",
        "it was my wife who noticed",
        "it was my son who rang the police",
    ],
)
def test_a_relative_who_says_finds_out_helps_or_reports_is_not_the_offender(text):
    assert read_account(text).offender is None


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        ("I was scammed by my nephew", "family_member"),
        ("I was hit by my dad", "family_member"),
        ("I was sent threatening messages by my ex", "partner_or_ex"),
        ("I was told to shut up by my husband and then he hit me", "partner_or_ex"),
        ("it was my son who stole it", "family_member"),
        ("it was my daughter who took the money", "family_member"),
        ("it was my brother", "family_member"),
        ("my son keeps taking my money", "family_member"),
        ("my husband checks my phone and reads my messages", "partner_or_ex"),
    ],
)
def test_a_relative_who_did_it_is_still_the_offender(text, offender):
    assert read_account(text).offender == offender


# -- Sam (r27a/04): spitting in someone's face is an assault --------------------------------------

SAM = (
    "Some guy on the 43 bus yesterday screamed at me that I'm a 'tr***y freak' and spat in my "
    "face. Nobody did anything. Someone filmed it and now it's on TikTok with 200k views. Does "
    "this even count as a hate crime?"
)


@pytest.mark.parametrize(
    "text",
    [SAM, "I literally just told you. he spat on me and screamed transphobic abuse. on a bus."],
)
def test_spat_on_with_transphobic_abuse_is_an_assault_and_hate(text):
    found = read_account(text)
    assert found.crime_type == "assault"
    assert found.hate is True
    assert "transgender_identity" in found.hate_strands


@pytest.mark.parametrize("text", ["a lad spat in my face", "kids keep spitting at me"])
def test_spitting_at_someone_is_an_assault(text):
    assert read_account(text).crime_type == "assault"


def test_spitting_on_the_pavement_is_not():
    assert read_account("he spat on the pavement").crime_type is None


@pytest.mark.parametrize("text", ["he called me a t***ny", "he called me a tr*nny"])
def test_other_starrings_of_the_transphobic_slur_are_hate(text):
    assert "transgender_identity" in read_hate(text)[1]


# -- Patricia (r27a/05) and Imran (r27a/06): the police know -------------------------------------

PATRICIA = (
    "I don't really know why I'm writing this. My son Jordan was stabbed three weeks ago outside a "
    "chicken shop in Edmonton and he died in hospital the next morning. He was 24. They've charged "
    "a boy and there's going to be a trial but nobody tells me anything."
)
PATRICIA_FLO = (
    "No. The police gave us a family liaison officer, DC Harris, but she doesn't answer half the "
    "time and when she does she says she can't tell me about the case. Is that normal? Am I "
    "allowed to know when the trial is?"
)
IMRAN = (
    "third time now these kids smash my shop window on whitechapel rd. they call me p*** and tell "
    "me go home. i give police the cctv every time and they do NOTHING. who do i complain to"
)


@pytest.mark.parametrize(
    "text",
    [
        PATRICIA,
        PATRICIA_FLO,
        "They've charged a boy and there's going to be a trial",
        "I told you they charged a boy. 17 I think. I don't know him, Jordan might have",
        "our FLO is nice",
        "i gave the cctv to the police",
        "i TOLD you i report it every time",
        IMRAN,
    ],
)
def test_the_police_know(text):
    assert read_account(text).reported is True


def test_a_killing_is_always_known_to_the_police():
    found = read_account("My son Jordan was stabbed three weeks ago and he died in hospital")
    assert found.crime_type == "homicide"
    assert found.reported is True
    assert read_account("my husband was murdered in 1998").reported is True


@pytest.mark.parametrize(
    "text",
    [
        "they charged me £50 for the repair",
        "the bank charged my card twice",
        "Is there going to be a trial?",
        "my husband died of cancer last year",
    ],
)
def test_charges_and_trials_that_are_not_a_report(text):
    assert read_account(text).reported is None


@pytest.mark.parametrize(
    "text",
    ["No. i havent told the police", "I havent reported it. The police would laugh at me"],
)
def test_not_reported_still_reads_as_not_reported(text):
    assert read_account(text).reported is False


def test_imran_is_targeted_again_and_it_is_racist_damage():
    found = read_account(IMRAN)
    assert found.crime_type == "criminal_damage"
    assert found.repeat is True
    assert found.hate is True
    assert "race" in found.hate_strands


@pytest.mark.parametrize(
    "text",
    [
        "they call me p*** and tell me go home",
        "they call him p*** every day",
        "called me a p***",
        "they call me p*ki",
        "they called me a p**i",
    ],
)
def test_the_starred_racist_slur_is_hate(text):
    hate, strands, _ = read_hate(text)
    assert hate is True
    assert "race" in strands


@pytest.mark.parametrize(
    "text",
    [
        "he told me to p*** off",
        "they take the p*** out of me",
        "he was p***ed",
        "they told him p*** off",
    ],
)
def test_other_starred_words_are_not_the_racist_slur(text):
    assert read_hate(text)[0] is not True


# -- Further findings of round 27 --------------------------------------------------------------

CHLOE = (
    "no im in my room. its about saturday. i went out and i dont remember getting home and when i "
    "woke up my clothes were wrong and i was sore. i think someone did something to me"
)


@pytest.mark.parametrize(
    "text",
    [
        CHLOE,
        "i think someone did something to me",
        "i blacked out and woke up with my knickers missing",
        "i cant remember anything, i woke up without my underwear",
    ],
)
def test_told_without_the_words_by_someone_who_cannot_remember_is_a_sexual_offence(text):
    # Chloe (r27a/07) was asked "What happened?" twice and left without the Havens or Rape Crisis.
    assert read_account(text).crime_type == "sexual_offence"


@pytest.mark.parametrize(
    "text",
    [
        "i dont remember the rest, and I was sore",
        "i dont remember getting home. i was so sore the next day from dancing",
        "the clothes were missing from the washing line, i dont remember when",
        "i dont remember where i left my clothes, they were missing from the gym locker",
        "someone did something to my car",
        "i dont know. i was with my course friends and then i dont remember. i only had 2 drinks "
        "i swear",
    ],
)
def test_not_remembering_or_missing_clothes_alone_is_not_a_sexual_offence(text):
    assert read_account(text).crime_type != "sexual_offence"


def test_kelly_did_report_it():
    # Kelly (r27c/01) rang 999 during the chat; the result still said "If you report it".
    text = "i did report it tho, tonight, i told you. yes pass my details to the stalking people"
    assert read_account(text).reported is True
    assert read_account("i did report it to the school").reported is None


def test_cant_go_back_to_school_is_not_go_back_to_your_country():
    # Priya (r27c/07): a fake nude of a 15-year-old was noted as "targeted for who you are".
    text = (
        "i dont mean like actually. i just cant go back to school. will i get in trouble?? its "
        "not even real its my face on someone elses body"
    )
    assert read_account(text).hate is None
    assert read_hate("they shouted go back to your country and called me a paki")[0] is True
    assert read_hate("he told me to go back where i came from")[0] is True


OWEN = (
    "my f***ing neighbour has keyed my car AGAIN and told me hes going to break my legs. I want "
    "him arrested. what are you going to do about it"
)


def test_owens_neighbour_threatened_him_again():
    # Owen (r27c/06): the threat was dropped from the label and "who did it" asked again.
    found = read_account(OWEN)
    assert found.crime_type == "stalking_harassment"
    assert found.offender == "someone_known"
    assert found.repeat is True


@pytest.mark.parametrize(
    "text",
    [
        "he said hes going to do me a favour and fix my car",
        "she said shes going to cut my hair",
        "he said hes going to break up with me",
    ],
)
def test_things_people_say_they_will_do_that_are_not_threats(text):
    assert read_account(text).crime_type is None


@pytest.mark.parametrize(
    "text",
    [
        "who is them? its me hes doing it to. and yeah kind of, hes outing me basically, he calls "
        "me a f*ggot to my family",
        "he called me a f**got",
        "called me a f*gg*t",
    ],
)
def test_the_starred_homophobic_slur_is_hate(text):
    # Leon (r27b/06) was asked the hate question again after telling it.
    hate, strands, _ = read_hate(text)
    assert hate is True
    assert "sexual_orientation" in strands


@pytest.mark.parametrize("text", ["he said f*** off", "my f***ing neighbour keeps parking there"])
def test_other_starred_f_words_are_not_the_slur(text):
    assert read_hate(text)[0] is not True
