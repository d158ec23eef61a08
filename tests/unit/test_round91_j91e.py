"""Round 91, helper j91e: questions about the police and the Code that got "I can't answer that
one here" or another answer (Lucy, Ann, Margaret, Tunde, Dev, Helen)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import responses_in_conversation

LUCY = {"reported_to_police": True, "reported": True}
ANN = {"reported_to_police": True, "reported": True, "cannot_phone": True}


# 1. Lucy (stalking, a crime number, 5 weeks of silence): being told what happens is Right 6;
# 101 with the crime number finds the officer; complaints, Right 12 (utter_chase_the_police).


@pytest.mark.parametrize("answers", [{}, LUCY])
def test_lucy_supposed_to_get_updates(answers):
    got = responses_in_conversation(
        "yeah fine. am i not supposed to get updates from the police?? 5 weeks of silence feels "
        "wrong",
        "stalking",
        **answers,
    )
    assert got[:1] == ["utter_chase_the_police"]


def test_lucy_how_to_ask_an_officer_she_does_not_know():
    got = responses_in_conversation(
        "no. but how do i even ask the officer when i don't know who they are, nobody's "
        "contacted me",
        "stalking",
        **LUCY,
    )
    assert got[:1] == ["utter_chase_the_police"]


# 2. Ann (deaf, burgled, reported): "what happen next with police" refused three times.


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Practical. Door lock. Information in writing please, what happen next with police. "
            "Insurance need crime number, I have.",
            "utter_insurance_crime_number",
        ),
        (
            "Kingston. You not answer: what happen next with police? And who fix door lock?",
            "utter_secure_home",
        ),
        ("Again: police, what happen next? They tell me? How?", None),
    ],
)
def test_ann_what_happens_next_with_police(text, first):
    got = responses_in_conversation(text, "burglary", **ANN)
    assert got[-1] == "utter_g76e_police_keep_you_updated"
    if first is not None:
        assert got[0] == first


def test_what_happens_next_not_for_someone_who_has_not_reported():
    got = responses_in_conversation(
        "what happens next with the police?", "burglary", reported_to_police=False
    )
    assert "utter_g76e_police_keep_you_updated" not in got


# 3. Margaret (70, not reported) and Tunde (17, robbed, threatened): whether the police tell the
# person who did it who reported. Honest: they question them, so they may work it out; threats
# are a crime.

MARGARET = {"relationship_to_offender": "known", "age": 70}


@pytest.mark.parametrize(
    "answers",
    [
        MARGARET | {"referral_consent": True, "results_shown": True},
        MARGARET | {"requested_slot": "contact_times", "results_shown": True},
    ],
)
def test_margaret_would_they_tell_him_it_was_me(answers):
    got = responses_in_conversation(
        "Thank you. One last thing, if I did go to the police, would they tell him it was me? I "
        "could not bear that.",
        "sexual_offence",
        **answers,
    )
    assert got[:1] == ["utter_they_will_likely_know_it_was_you"]


def test_margaret_would_the_police_talk_to_him():
    got = responses_in_conversation(
        "Please stop saying that. I only wanted to know if the police would go and talk to him. "
        "He was a friend of my father, so someone I knew.",
        "sexual_offence",
        age=70,
    )
    assert got[:1] == ["utter_j91e_police_would_speak_to_him"]


def test_police_talk_to_him_not_once_reported():
    got = responses_in_conversation(
        "will the police talk to him?", "assault", reported_to_police=True
    )
    assert "utter_j91e_police_would_speak_to_him" not in got


TUNDE_SAID = [
    "not rn im at home. but these older boys robbed me last week by my school, one had a knife, "
    "took my phone and my air maxes. now they keep snapping me saying they gonna do me if i say "
    "anything. i aint been to school since tuesday"
]


@pytest.mark.parametrize(
    "text",
    [
        "nah. i aint a snitch. if i report it do they tell them my name?? they know where i live "
        "i think",
        "17. but u aint answered, do the police tell them its me that grassed",
    ],
)
def test_tunde_do_they_tell_them_its_me(text):
    got = responses_in_conversation(text, "robbery", TUNDE_SAID, age=17, under_18=True)
    assert got[:1] == ["utter_j1_will_they_know_young"]


def test_do_they_tell_them_my_name_age_not_yet_given():
    got = responses_in_conversation(
        "nah. i aint a snitch. if i report it do they tell them my name?? they know where i live "
        "i think",
        "robbery",
        TUNDE_SAID,
    )
    assert got[:1] == ["utter_will_they_know"]


# 4. Dev: whether Report Fraud reports get investigated, and his right to updates (Right 6), got
# the Report Fraud description twice.


def test_dev_report_fraud_investigated_and_updates():
    got = responses_in_conversation(
        "No. Realistically, do Report Fraud reports usually get investigated? And what rights do "
        "I have to updates on mine under the Code?",
        "fraud",
        reported_to_police=True,
    )
    assert got == ["utter_y1_report_fraud_investigates", "utter_g76e_police_keep_you_updated"]


# 5. Helen (her son of 22 takes her money and pushes her): "is it a crime?" got Adfam again, and
# "would they talk to him or tell the police?" got a message about "her" and an interpreter.

HELEN_SAID = [
    "Hello I don't really know if this is the right place, I feel terrible even writing this. My "
    "son is 22 and he's been using drugs for a couple of years now and lately he's been pushing "
    "me around and taking money from my purse",
    "No nothing like that. It's the drugs. Is there anywhere that helps him with the drugs?",
    "English. You already told me about Adfam. I asked if what he's doing counts as a crime",
]
HELEN = {"relationship_to_offender": "family_member", "age": 49}


def test_helen_is_it_even_a_crime():
    got = responses_in_conversation(
        "someone to talk to I think. And help for him. I can't keep doing this on my own. Is what "
        "he's doing even a crime? He's my son, it's my money in my house",
        "domestic_abuse",
        HELEN_SAID[:2],
        **HELEN,
    )
    assert got[:1] == ["utter_economic_abuse"]


def test_helen_would_they_talk_to_him_or_tell_the_police():
    got = responses_in_conversation(
        "one of the most serious crimes?? that frightens me, I don't want him to go to prison. If "
        "I say yes who contacts me, would they talk to him or tell the police? He looks at my "
        "phone sometimes",
        "domestic_abuse",
        HELEN_SAID,
        results_shown=True,
        requested_slot="referral_consent",
        **HELEN,
    )
    assert "utter_x71d_interview_with_help" not in got
    assert got[:1] == ["utter_support_not_police"]


# 6. Ann: "Thank you. My rights, you can write simple?" got "I can't answer that one here".


def test_ann_rights_in_simple_words():
    got = responses_in_conversation(
        "Thank you. My rights, you can write simple?", "burglary", **ANN
    )
    assert got == ["utter_j91e_rights_simple"]
