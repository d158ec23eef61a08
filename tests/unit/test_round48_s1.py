"""Round 48 answers and readings (helper S1): Aylin, 19, hit by her brother, parents on his
side, staying at a friend's; Ruth, 71, an HMRC arrest-threat scam paid in gift cards.

- Aylin's "im 19 can they make me come back" was never answered (four times); a confused "yes
  what?? ... sorry im confused" was taken as a yes to being referred.
- Ruth's "Yes, that is perfectly all right" got the courier answer about a grandson and bail;
  "I was a teacher for 38 years" was read as being targeted again and again; her times were kept
  backwards and her correction ignored; "Have I been very stupid?" got "I can't answer".
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import Turn, corrections, read_turn, repetition_told

NEW = ("utter_s1_adult_home_honour", "utter_s1_adult_home", "utter_s1_scam_not_stupid")
AYLIN = {"age": 19, "relationship_to_offender": "family_member"}
RUTH = {"age": 71, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 48, helper S1", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Aylin: can they make me come home -----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i want to know if i can just not go home?? im 19 can they make me come back. my mum keeps "
        "calling and saying come home or else",
        "english is fine. but can they make me come home or not??",
        "yes what?? yes i can stay or yes its illegal. sorry im confused",
        "ok. last thing. im 19 so am i allowed to choose where i live? my parents cant make me "
        "come back right?",
        "can my parents make me come back home if im 19",
        "do i have to go back home? my dad says so",
    ],
)
def test_an_adult_is_told_her_family_cannot_make_her_come_home(said):
    assert answer(said, "domestic_abuse", **AYLIN) in NEW[:2]


def test_honour_abuse_gets_karma_nirvana():
    said = (
        "im scared now. i dont want to go back home at all. can i just stay at my friends or is "
        "that illegal or smth, my dad says i have to live with them til i get married"
    )
    assert answer(said, "domestic_abuse", **AYLIN) == "utter_s1_adult_home_honour"
    told = dict(AYLIN, account_details=["honour_based"])
    assert answer("can they make me come home or not??", "domestic_abuse", **told) == (
        "utter_s1_adult_home_honour"
    )


@pytest.mark.parametrize(
    "said,answers",
    [
        ("can they make me come home or not??", {"age": 15, "under_18": True}),
        ("can my parents make me come back home", {"age": 16, "under_18": True}),
        ("my mum keeps calling and saying come home", AYLIN),
        ("can i stay at my friends tonight", {"age": 40, "relationship_to_offender": "stranger"}),
        ("will the police make me come to court?", AYLIN),
    ],
)
def test_others_do_not_get_the_adult_home_answer(said, answers):
    crime = "domestic_abuse" if answers is AYLIN else "assault"
    assert answer(said, crime, **answers) not in NEW[:2]


# -- a confused yes is not consent ----------------------------------------------------------------


def _at(requested: str, text: str) -> Turn:
    return Turn(
        text=text,
        intent="affirm",
        requested=requested,
        answers={"crime_type": "domestic_abuse", "results_shown": True, **AYLIN},
        asked={requested: 2},
    )


@pytest.mark.parametrize(
    "text",
    [
        "yes what?? yes i can stay or yes its illegal. sorry im confused",
        "yes what??",
        "yes?",
        "ok wdym",
        "yes to what",
    ],
)
def test_a_confused_yes_is_not_consent(text):
    for requested in ("referral_consent", "contact_safe"):
        assert read_turn(_at(requested, text)).slots.get(requested) is not True, (text, requested)


@pytest.mark.parametrize("text", ["yes", "yes please", "yeah go ahead", "ok"])
def test_a_plain_yes_is_still_consent(text):
    assert read_turn(_at("referral_consent", text)).slots.get("referral_consent") is True


# -- Ruth: no grandson, no bail -------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    ["Yes, that is perfectly all right.", "that is absolutely all right", "yes that is really ok"],
)
def test_a_consent_is_not_a_question_about_a_grandson(said):
    assert answer(said, "fraud", **RUTH) != "utter_p5_courier_relative_ok"


@pytest.mark.parametrize(
    "said", ["is Emily ok", "is molly safe?", "NOBODY HAS TOLD ME IF JAMIE IS OK"]
)
def test_names_ending_in_ly_still_get_the_courier_answer(said):
    assert answer(said, "fraud", **RUTH) == "utter_p5_courier_relative_ok"


RUTH_OPENING = (
    "Good morning. I hope this is the right place to ask. I am rather embarrassed to be writing "
    "this at all, but my daughter suggested I should. Last Tuesday I received a telephone call "
    "from a man saying he was from HMRC and that I owed unpaid tax and would be arrested that "
    "afternoon unless I paid immediately."
)


def test_her_opening_is_not_told_of_a_bank_safe_account_scam():
    for crime in (None, "fraud"):
        assert answer(RUTH_OPENING, crime) == "utter_not_your_fault"


@pytest.mark.parametrize(
    "said",
    [
        "Have I been very stupid? Please be honest with me.",
        "No, I don't believe so. Perhaps because I am old and live on my own. Have I been very "
        "stupid? Please be honest with me.",
        "Thank you. And may I ask once more, kindly: do people who fall for this sort of thing "
        "tend to be foolish? I keep going over it.",
        "was i stupid to pay?",
    ],
)
def test_have_i_been_stupid_is_answered(said):
    assert answer(said, "fraud", **RUTH) == "utter_s1_scam_not_stupid"


def test_have_i_been_stupid_is_not_the_scam_answer_after_other_crimes():
    assert answer("was i stupid to walk home that way?", "assault", **RUTH) != (
        "utter_s1_scam_not_stupid"
    )


# -- Ruth: once, not again and again --------------------------------------------------------------


def test_a_career_is_not_repetition():
    said = (
        "Not yet. My daughter says I should report it to Action Fraud, is that the same as the "
        "police? And will I get my money back, do you think? It was most of my savings for my "
        "grandson's, sorry, my great-nephew's, university fund. I feel such a fool. I was a "
        "teacher for 38 years, I should have known better."
    )
    assert not repetition_told([said])
    assert repetition_told(["I've been beaten by him for 3 years"])
    assert repetition_told(["he has hit me for 3 years"])


# -- Ruth: the times to ring ----------------------------------------------------------------------

CONTACT = {
    "crime_type": "fraud",
    "results_shown": True,
    "age": 71,
    "referral_consent": True,
    "contact_safe": True,
}


def test_the_times_she_is_out_are_not_times_to_ring():
    said = (
        "A phone call on my landline please, in the afternoon. I am at the library on Tuesday "
        "and Thursday mornings."
    )
    turn = Turn(text=said, intent="inform", requested="contact_method", answers=CONTACT)
    times = read_turn(turn).slots["contact_times"]
    assert times.startswith("afternoon") and "not tuesday and thursday mornings" in times


def test_her_correction_of_the_times_is_kept():
    told = dict(
        CONTACT,
        contact_method="call",
        contact_times="afternoon, tuesday and thursday mornings",
        contact_details="020 8555 0147",
        voicemail_ok=True,
    )
    said = (
        "Oh dear, not Tuesday and Thursday mornings, those are the times I am out. Afternoons "
        "on any day would be best."
    )
    assert corrections(said, told)["contact_times"].startswith("afternoons")
