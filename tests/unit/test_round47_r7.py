"""Round 47 answers (helper R7).

- Liam, 22, whose best friend was stabbed to death: survivor guilt ("it should of been me not
  him") and revenge talk got "I can't answer" or the next question; support for a friend who is
  not family got talking therapies and the Right 6 text; "can i even go to the trial?" too.
- Farah, 30, Deaf, harassed by her neighbour: how to tell the police without a phone got "press
  55 when asked" and a court-visit passage; "deaf dumb" notes were stored as not hate and "This
  hate crime?", "What I do when he bang?" and "Notes I keep or throw away?" got "I can't answer".
- Gary, 48, after a crypto investment scam: the recovery company's FCA "certificate" and what to
  say when it rings got "I can't answer"; "the bank said it's my fault" got the bank-impersonation
  answer and "likely ... up to £85,000".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions.questions import known_answer
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk

NEW = (
    "utter_r7_survivor_guilt",
    "utter_r7_revenge",
    "utter_r7_angry_grief",
    "utter_r7_bereaved_friend",
    "utter_r7_trial_public",
    "utter_r7_disability_hate",
    "utter_r7_door_banging",
    "utter_r7_notes_keep",
    "utter_r7_fca_recovery",
    "utter_r7_scam_refund_depends",
)
LIAM = {"age": 22, "bereaved": False, "account_details": ["someone_died", "weapon"]}
FARAH = {"age": 30, "cannot_phone": True, "community": ["deaf"], "impairment": True}
GARY = {"age": 48, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R7", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Liam: survivor guilt, anger, support for a friend, the trial --------------------------


@pytest.mark.parametrize(
    "said",
    [
        "whats the point of you then. i cant sleep, i keep seeing his face, i go to his mums and "
        "i cant even look at her. sometimes i think it should of been me not him",
        "it should have been me",
        "i wish it was me instead",
        "why him and not me",
    ],
)
def test_survivor_guilt_is_heard_gently_not_the_crisis_screen(said):
    assert answer(said, "homicide", **LIAM) == "utter_r7_survivor_guilt"
    assert detect_risk(said) is None
    assert "116 123" in sendable("utter_r7_survivor_guilt")[0]


@pytest.mark.parametrize(
    "said",
    [
        "everyone knows who did it. man from the other side. feds got one of them but theres "
        "more. tbh if i see them im gonna do something, they cant just walk round like nothing "
        "happened",
        "if i see him im gonna hurt him",
    ],
)
def test_revenge_talk_is_answered(said):
    assert answer(said, "homicide", **LIAM) == "utter_r7_revenge"


def test_taking_it_back_gets_the_anger_heard():
    said = (
        "nah. forget what i said about doing something. i wouldnt. his mum would kill me herself "
        "lol. im just angry all the time"
    )
    assert answer(said, "homicide", **LIAM) == "utter_r7_angry_grief"


@pytest.mark.parametrize(
    "said",
    [
        "someone to talk to. is there anything for friends tho? like not family. everything i "
        "look up is for the family",
        "will the homicide one even talk to me tho if im not family",
        "wtf does that have to do with anything. im asking if theres support for FRIENDS",
        "is there support for his mates",
    ],
)
def test_support_for_a_bereaved_friend(said):
    assert answer(said, "homicide", **LIAM) == "utter_r7_bereaved_friend"


@pytest.mark.parametrize(
    "said",
    [
        "can i even go to the trial? like am i allowed in",
        "can i go to the trial or not",
        "im not a witness i wasnt there. when is the trial tho? nobody tells me nothing, his mum "
        "gets letters from the police but i get nothing cos im not family",
        "ok. tell them i dont want no counsellor in a office. i just want to know when the trial "
        "is and be there for him",
    ],
)
def test_the_trial_is_usually_open_to_the_public(said):
    assert answer(said, "homicide", **LIAM) == "utter_r7_trial_public"


def test_a_yes_to_the_referral_does_not_mean_the_police():
    said = "if i say yes do i have to talk to police? i dont really do police"
    assert answer(said, "homicide", **LIAM) == "utter_referral_who_gets_details"


@pytest.mark.parametrize(
    "said, crime",
    [
        ("if i see him again what should i do", "stalking_harassment"),
        ("if i see him i will get help", "assault"),
        ("is there support for his kids", "homicide"),
        ("my friend told me to message you", "assault"),
        ("will i have to go to court", "assault"),
        ("it was me who called the ambulance", "homicide"),
        ("yes", "homicide"),
        ("hackney", "homicide"),
        ("can i go to court with my friend", "assault"),
    ],
)
def test_ordinary_messages_do_not_get_liams_answers(said, crime):
    assert answer(said, crime, age=30) not in NEW


# -- 2. Farah: the police without a phone, a disability hate crime, safety --------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. Police how contact? Me cannot phone. Deaf. Phone no good for me",
        "Neighbour. Man next door, flat 4. Not emergency now. I want tell police about notes. "
        "How? Not 999",
    ],
)
def test_a_deaf_person_is_told_how_to_reach_the_police_without_a_call(said):
    assert answer(said, "stalking_harassment", **FARAH) == "utter_p2_police_without_calling"


def test_police_bsl_video_gets_the_bsl_interpreter_answer():
    said = "Good thank you. Police have BSL video? Relay app English hard for me, BSL better"
    assert answer(said, "stalking_harassment", **FARAH) == "utter_j3_bsl_police"


def test_no_press_55_for_someone_who_cannot_phone():
    said = "30. Please answer. How I tell police? Can I text police? Or BSL video?"
    assert answer(said, "stalking_harassment", **FARAH) == "utter_text_999"
    for text in sendable("utter_text_999", cannot_phone=True):
        assert "55" not in text
    assert any("55" in text for text in sendable("utter_text_999"))


@pytest.mark.parametrize(
    "said",
    [
        "He write 'deaf dumb' on notes. Because me deaf. This hate crime?",
        "Not understand. Court? I not go court. Maybe yes. Notes say 'deaf dumb' and bad words. "
        "He know me deaf",
    ],
)
def test_deaf_dumb_notes_can_be_a_disability_hate_crime(said):
    assert answer(said, "stalking_harassment", **FARAH) == "utter_r7_disability_hate"
    assert "Stop Hate UK" in sendable("utter_r7_disability_hate")[0]


def test_deaf_dumb_notes_are_recorded_as_disability_hate():
    said = (
        "Not understand. Court? I not go court. Maybe yes. Notes say 'deaf dumb' and bad words. "
        "He know me deaf"
    )
    turn = Turn(
        text=said,
        intent="inform",
        requested="hate_motivated",
        answers={"crime_type": "stalking_harassment", **FARAH},
        asked={"hate_motivated": 1},
    )
    reading = read_turn(turn)
    assert reading.slots.get("hate_motivated") is True
    assert reading.slots.get("hate_strand") == ["disability"]


def test_what_to_do_when_he_bangs_on_the_door():
    said = (
        "OK. Night time he bang door, I feel door shake, light flash. Very scared. What I do "
        "when he bang?"
    )
    assert answer(said, "stalking_harassment", **FARAH) == "utter_r7_door_banging"
    assert "55" not in sendable("utter_r7_door_banging")[0]


def test_keep_the_notes():
    assert answer("Notes I keep or throw away?", "stalking_harassment", **FARAH) == (
        "utter_r7_notes_keep"
    )


@pytest.mark.parametrize(
    "said",
    [
        "he was banging on the door last night",
        "I keep getting notes through the door",
        "the police already know",
        "Will the police contact me by text?",
        "No",
        "Redbridge. Ilford",
        "is it a hate crime if they shouted at me",
    ],
)
def test_ordinary_messages_do_not_get_farahs_answers(said):
    assert answer(said, "stalking_harassment", **FARAH) not in NEW


# -- 3. Gary: the recovery company and the bank refund ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. But how would they even know I'd been scammed? They had my name and knew the amount. "
        "They said they're registered with the FCA. I was really hoping this was my way out",
        "No. Sorry, I'm just asking, if they're FCA registered surely they're OK? They sent me a "
        "certificate",
        "No. Hello? The FCA thing?",
        "Right. So I just don't pay them? Even though they've got a certificate?",
    ],
)
def test_fca_claims_by_the_recovery_firm(said):
    assert answer(said, "fraud", **GARY) == "utter_r7_fca_recovery"


@pytest.mark.parametrize(
    "said",
    [
        "OK. Before I decide, the recovery lot are ringing me again tomorrow at 10. What do I say "
        "to them? I half promised I'd pay the fee",
        "is the recovery company a scam",
    ],
)
def test_recovery_firm_follow_ups_get_dont_pay(said):
    assert answer(said, "fraud", **GARY) == "utter_recovery_fee"


@pytest.mark.parametrize(
    "said",
    [
        "Information I suppose. And whether there's any chance of getting the money back. The "
        "bank said it's my fault because I sent it myself",
        "English. So which is it, am I covered or not? You just said two different things",
    ],
)
def test_a_crypto_scam_does_not_get_the_bank_impersonation_answer(said):
    assert answer(said, "fraud", **GARY) == "utter_r7_scam_refund_depends"
    text = sendable("utter_r7_scam_refund_depends")[0]
    assert "likely" not in text and "pretend to be your bank" not in text


def test_the_crypto_answer_is_not_followed_by_the_bank_transfer_one():
    said = (
        "Nobody pretended to be my bank though? I sent it to a crypto exchange account in my own "
        "name first, then onto their platform. Does that still count for the refund?"
    )
    said_back = known_answer(said, "fraud", ORGANISATIONS, answers={"crime_type": "fraud"})
    assert said_back is not None
    names = [said_back.response, *(then.response for then in said_back.then)]
    assert "utter_crypto_own_account_refund" in names
    assert "utter_bank_scam" not in names


@pytest.mark.parametrize(
    "said",
    [
        "is my bank FCA registered?",
        "I had to move the money to a safe account, the bank said it was my fault",
        "Yes",
        "Sutton",
        "will I get my money back",
    ],
)
def test_ordinary_fraud_messages_do_not_get_garys_answers(said):
    assert answer(said, "fraud", **GARY) not in NEW
