"""Round 43 answers (helper M2): Doreen, 88, Harrow, hard of hearing. A doorstep "council" man
took £600 in cash for gutter work and rings daily for more.

- "Should I pay him the next amount? ... another £400 for the materials" got the romance-scam
  answer, "what should I say to him when he rings tomorrow?" the recovery-fee one, and "I didn't
  meet anybody online ... He came to my front door" nothing.
- "Can you tell me whether he is genuinely from the council? He had a lanyard." and "Is there
  anybody who could visit me?" got "I can't answer".
- "Yes. I'm quite deaf ..." to the hate-crime question was stored as a hate crime, and "A hate
  crime? Oh no, I don't think he hated me" did not take it back.
- "Please text rather than ring" was read as a phone call.

Each test quotes her words; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import read_contact_method
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_m2_doorstep_pay_more",
    "utter_m2_doorstep_not_online",
    "utter_m2_council_check",
    "utter_m2_home_visit",
    "utter_m2_council_and_visit",
)
DOREEN_FIRST = (
    "Good afternoon. My granddaughter set this up for me on my telephone. I am hoping you can "
    "advise me. A gentleman came to my door three weeks ago saying he was from the council and "
    "that my gutters needed urgent work. I paid him £600 in cash. Now he telephones me every day "
    "wanting more money. I am rather hard of hearing so the telephone is difficult for me. Kind "
    "regards, Doreen"
)
DOREEN = {
    "relationship_to_offender": "stranger",
    "account_details": ("paid_cash", "doorstep"),
    "repeat_victimisation": True,
}
ROMANCE = {"account_details": ("online",), "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 43, helper M2", ({}, {"consent": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_her_account_is_read_as_a_doorstep_fraud():
    told = read_account(DOREEN_FIRST)
    assert told.crime_type == "fraud"
    assert "doorstep" in told.details


@pytest.mark.parametrize(
    "said",
    [
        "A man knocked on my door and said my roof needed fixing, I paid him £2000",
        "rogue traders did my driveway and charged me 5 grand",
        "They said they were from the council and took £300",
    ],
)
def test_other_doorstep_accounts(said):
    assert "doorstep" in read_account(said).details


@pytest.mark.parametrize(
    "said",
    [
        "I met a man online and sent him £4,000 for his hospital bills",
        "someone came to my door and punched me",  # not a fraud: the detail is harmless
        "my bank called me and told me to move my money to a safe account",
    ],
)
def test_other_accounts_are_not_doorstep_frauds(said):
    told = read_account(said)
    assert told.crime_type != "fraud" or "doorstep" not in told.details


# -- 1. paying him more: doorstep crime, not a romance or recovery scam ---------------------


@pytest.mark.parametrize(
    "said",
    [
        "No, I haven't. I didn't like to bother them over a gutter. Should I pay him the next "
        "amount? He says it is another £400 for the materials and he is quite insistent.",
        "A hate crime? Oh no, I don't think he hated me, he was quite charming actually. I only "
        "meant I'm deaf. He rang again this morning, what should I say to him when he rings "
        "tomorrow?",
        "should i give him the rest of the money?",
        "He keeps ringing for more money, what should I do?",
    ],
)
def test_paying_the_doorstep_man_more_gets_the_doorstep_answer(said):
    assert answer(said, "fraud", **DOREEN) == "utter_m2_doorstep_pay_more"


def test_the_builder_words_alone_make_it_doorstep():
    said = "The builder wants another £400 for the materials, should I pay him?"
    assert answer(said, "fraud") == "utter_m2_doorstep_pay_more"


@pytest.mark.parametrize(
    "said",
    [
        "Should I send him the £4,000? He says he will be arrested if he can't pay the hospital.",
        "Please, should I send it or not? He needs it by Friday.",
    ],
)
def test_a_real_romance_scam_still_gets_the_romance_answer(said):
    assert answer(said, "fraud") == "utter_romance_scam_dont_send"


def test_a_recovery_fee_without_a_doorstep_still_gets_the_recovery_answer():
    said = "they say I have to pay a release fee to get my money back, should I pay it?"
    assert answer(said, "fraud", **ROMANCE) == "utter_recovery_fee"


@pytest.mark.parametrize(
    "said",
    [
        "I'm afraid I don't understand, dear, I didn't meet anybody online and nobody has "
        "mentioned a hospital. He came to my front door. As for my age, I am 88, and I live on my "
        "own since my husband Ron passed in 2019.",
        "It's not a romance scam, he came to the door",
        "I never met anyone online. He knocked on my door.",
    ],
)
def test_not_online_is_acknowledged(said):
    assert answer(said, "fraud", **DOREEN) == "utter_m2_doorstep_not_online"


# -- 2. is he really from the council? ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I don't believe so dear, though I must admit I am a little nervous when the telephone "
        "rings now. He did say he might call round again to finish the job. Can you tell me "
        "whether he is genuinely from the council? He had a lanyard.",
        "Is he really from the council?",
        "you never said if he's really from the council",
        "He showed me a council badge, does that mean he's genuine?",
    ],
)
def test_is_he_from_the_council_gets_the_check_answer(said):
    assert answer(said, "fraud", **DOREEN) == "utter_m2_council_check"


def test_both_questions_at_once():
    said = (
        "Thank you dear. Will someone come round to see me, do you think? And you never said if "
        "he's really from the council."
    )
    assert answer(said, "fraud", **DOREEN) == "utter_m2_council_and_visit"


@pytest.mark.parametrize(
    "said",
    [
        "Can the council help me?",
        "we rent from the council, can they move us?",
        "Should I tell the council about the noise?",
    ],
)
def test_other_council_questions_are_not_the_check(said):
    assert answer(said, "fraud") not in ("utter_m2_council_check", "utter_m2_council_and_visit")
    assert answer(said, "antisocial_behaviour") != "utter_m2_council_check"


# -- 3. can someone visit? -----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I would like someone to come round, really, if that's possible. I'm not very good on "
        "the telephone. Is there anybody who could visit me?",
        "Yes please. But please could they not telephone, I can't hear it properly. Could "
        "somebody write to me or come round? My granddaughter Sophie could be there on a "
        "Saturday.",
        "Will someone come round to see me, do you think?",
        "can i see someone face to face?",
    ],
)
def test_asking_for_a_visit_gets_the_honest_answer(said):
    assert answer(said, "fraud", **DOREEN) == "utter_m2_home_visit"
    assert answer(said, "harassment") == "utter_m2_home_visit"


@pytest.mark.parametrize(
    "said",
    [
        "will the police come round to look for fingerprints?",
        "Door broken. Can police come visit me? I need BSL interpreter",
        "what if he comes round again?",
        "Can I visit the court before the trial?",
    ],
)
def test_other_visits_are_not_the_support_visit(said):
    assert answer(said, "burglary") != "utter_m2_home_visit"


# -- 4. deaf is not a hate crime; taking it back -------------------------------------------


def _hate(text, crime="fraud"):
    turn = Turn(text=text, requested="hate_motivated", answers={"crime_type": crime})
    return read_turn(turn).slots.get("hate_motivated")


def test_her_deafness_is_not_a_hate_crime():
    said = "Yes. I'm quite deaf without my hearing aids and my knees aren't what they were."
    assert _hate(said) is not True


@pytest.mark.parametrize(
    "said, crime",
    [
        ("yes, he called me a cripple because I'm disabled", "fraud"),
        ("Yes. I'm deaf and they mocked me for it", "fraud"),
        ("yes, they shouted abuse at me because I'm in a wheelchair", "assault"),
        ("Yes. I'm deaf", "assault"),
        ("yes because I'm black", "fraud"),
    ],
)
def test_hostility_or_another_crime_is_still_a_hate_crime(said, crime):
    assert _hate(said, crime) is True


def test_she_takes_the_hate_crime_back():
    said = (
        "A hate crime? Oh no, I don't think he hated me, he was quite charming actually. I only "
        "meant I'm deaf. He rang again this morning, what should I say to him when he rings "
        "tomorrow?"
    )
    answers = {"crime_type": "fraud", "hate_motivated": True, "hate_strand": ["disability"]}
    assert corrections(said, answers)["hate_motivated"] is False
    reading = read_turn(Turn(text=said, requested="referral_consent", answers=answers))
    assert reading.slots["hate_motivated"] is False
    assert not reading.slots.get("hate_strand")
    assert "hate_motivated" in reading.corrected


def test_a_hate_crime_not_taken_back_stays():
    answers = {"crime_type": "assault", "hate_motivated": True}
    assert "hate_motivated" not in corrections("he hated me because I'm deaf", answers)


# -- 5. text rather than ring --------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Saturday mornings when Sophie is here. Please text rather than ring, or a letter.",
        "text instead of a call please",
        "text please, not a call",
    ],
)
def test_text_rather_than_ring_is_text(said):
    assert read_contact_method(said).value == "text"


def test_call_rather_than_text_is_a_call():
    assert read_contact_method("call rather than text please").value == "call"


@pytest.mark.parametrize(
    "said",
    [
        "should i be worried someone will come to the house?",
        "what do i do if they turn up again",
        "What should I do if they knock on my door again?",
    ],
)
def test_fear_of_a_visit_and_the_door_are_not_the_new_answers(said):
    assert answer(said, "fraud", **DOREEN) not in NEW
