"""Round 45 answers (helper P5): Sandra (parole), Norman (courier fraud), Irene (a friend's
"loan" never repaid, and an apology read as stop).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from bot.safety_net import p5_stop_not_trusted

NEW = (
    "utter_p5_parole_vps_prisoner_sees",
    "utter_p5_courier_relative_ok",
    "utter_p5_courier_comes_back",
    "utter_p5_police_never_collect",
    "utter_p5_unpaid_loan_may_be_fraud",
    "utter_p5_police_not_foolish",
)
SANDRA = {"age": 49, "bereaved": True, "relationship_to_offender": "someone_known"}
NORMAN = {"age": 90, "relationship_to_offender": "unknown"}
IRENE = {"age": 75, "relationship_to_offender": "someone_known"}
ADULT = {"age": 34, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P5", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Sandra: will he see my statement; licence conditions --------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Right. Who decides the conditions, and will I be told if they're granted? Also can the "
        "Parole Board see my statement and will he see it too? I don't want him knowing where we "
        "live now.",
        "That's about a trial. The trial was five years ago. I'm asking about the PAROLE hearing - "
        "does the prisoner get to read my victim personal statement?",
        "You keep giving me the same paragraph. Does HE see it? Yes or no.",
        "will the prisoner be shown my VPS?",
    ],
)
def test_sandra_is_told_the_prisoner_usually_sees_the_vps(said):
    assert answer(said, "homicide", **SANDRA) == "utter_p5_parole_vps_prisoner_sees"


@pytest.mark.parametrize(
    "said",
    [
        "Information. Specifically: can I ask for a licence condition that he stays out of "
        "Enfield, and doesn't contact me, my mum, or my sister's children? They're teenagers now "
        "and live with me.",
        "English. And please answer my question about licence conditions.",
        "Licence conditions. Can I ask that he's banned from Enfield and from contacting my "
        "family, including my sister's kids?",
        "can we ask for an exclusion zone when he is released?",
    ],
)
def test_sandra_gets_the_licence_conditions_answer(said):
    assert answer(said, "homicide", **SANDRA) == "utter_keep_him_away_licence"


@pytest.mark.parametrize(
    "said,crime,answers",
    [
        ("will he see the statement I gave the police?", "assault", ADULT),
        ("does he see it", "assault", ADULT),
        ("can I see it?", "homicide", SANDRA),
        ("Enfield", "homicide", SANDRA),
        ("what are my rights?", "homicide", SANDRA),
        ("can I ask for a lift to court?", "assault", ADULT),
    ],
)
def test_ordinary_messages_do_not_get_the_parole_answers(said, crime, answers):
    assert answer(said, crime, **answers) not in (
        "utter_p5_parole_vps_prisoner_sees",
        "utter_keep_him_away_licence",
    )


# -- Norman: courier fraud -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I DONT KNOW. A MAN RANG YESTERDAY SAID MY GRANDSON JAMIE WAS ARRESTED AND NEEDED 3000 "
        "POUNDS FOR BAIL. A YOUNG CHAP CAME TO THE DOOR AND I GAVE HIM THE MONEY IN AN ENVELOPE. "
        "NOW MY NEIGHBOUR SAYS IT IS A SCAM. IS MY GRANDSON OK",
        "90. BUT WHAT ABOUT JAMIE",
        "I DONT UNDERSTAND. THE MAN SAID HE WAS A POLICEMAN. IS JAMIE IN PRISON OR NOT",
        "THANK YOU. WHILE I WAIT. SHOULD I RING JAMIE? I HAVE HIS NUMBER IN MY BOOK. OR WILL I "
        "GET HIM IN TROUBLE",
        "NOBODY HAS TOLD ME IF JAMIE IS OK. PLEASE",
        "is my granddaughter really arrested?",
    ],
)
def test_norman_is_told_his_grandson_is_very_likely_fine(said):
    assert answer(said, "fraud", **NORMAN) == "utter_p5_courier_relative_ok"


@pytest.mark.parametrize(
    "said",
    [
        "NO JUST THE ONCE. WILL THE YOUNG CHAP COME BACK? HE KNOWS WHERE I LIVE",
        "THANK YOU. WHAT IF THE YOUNG CHAP COMES BACK TO THE DOOR. WHAT DO I DO",
        "what should i do if the courier comes back to my house",
    ],
)
def test_norman_is_told_what_to_do_at_the_door(said):
    assert answer(said, "fraud", **NORMAN) == "utter_p5_courier_comes_back"


@pytest.mark.parametrize(
    "said",
    [
        "SO WAS IT A REAL POLICEMAN ON THE PHONE OR NOT. DO THE POLICE ASK FOR BAIL MONEY",
        "do the police collect cash from your house?",
    ],
)
def test_norman_is_told_the_police_never_collect_money(said):
    assert answer(said, "fraud", **NORMAN) == "utter_p5_police_never_collect"


@pytest.mark.parametrize(
    "said,crime",
    [
        ("what about the money", "fraud"),
        ("what about compensation?", "fraud"),
        ("is it ok to call the bank?", "fraud"),
        ("is my son ok to come with me to court?", "assault"),
        ("will they come back?", "burglary"),
        ("what about Jamie", "assault"),
        ("should i call my daughter", "fraud"),
    ],
)
def test_ordinary_messages_do_not_get_the_courier_answers(said, crime):
    assert answer(said, crime, **NORMAN) not in (
        "utter_p5_courier_relative_ok",
        "utter_p5_courier_comes_back",
        "utter_p5_police_never_collect",
    )


# -- Irene: a friend's "loan"; is it a scam; foolish; a false stop -------------------------------

IRENE_STORY = (
    "Well. His name is Gerald, he started coming to St Johns last year and he was very kind to me "
    "after my husband passed. He said he had a business problem and needed help. It was £500 "
    "first then more. It is about £8,000 now altogether. He always says next month. I dont know "
    "if it is a crime or if I have just been silly."
)


@pytest.mark.parametrize(
    "said",
    [
        IRENE_STORY,
        "I have lent some money to a gentleman from my church and he will not give it back.",
        "my friend borrowed £200 and never paid it back",
    ],
)
def test_irenes_account_is_read_as_fraud(said):
    assert read_account(said).crime_type == "fraud"


@pytest.mark.parametrize(
    "said",
    [
        "my son borrowed money and wont give it back",
        "I lent my sister a book",
        "he needed help moving house",
        "I lent him my car and he crashed it",
    ],
)
def test_other_loans_are_not_read_as_this_fraud(said):
    assert read_account(said).crime_type != "fraud"


@pytest.mark.parametrize(
    "said,crime",
    [
        (IRENE_STORY, None),
        (
            "I am sorry I did not understand. I have just told you what happened. Is it a scam? I "
            "do not want to get Gerald into trouble if it is just a loan.",
            "fraud",
        ),
        ("he borrowed £3000 and never paid it back, is it fraud?", None),
    ],
)
def test_irene_is_told_it_may_be_fraud(said, crime):
    assert answer(said, crime, **IRENE) == "utter_p5_unpaid_loan_may_be_fraud"


def test_irene_is_told_the_police_will_not_think_her_foolish():
    said = "No. Would the police think I am a foolish old woman? That is what worries me."
    assert answer(said, "fraud", **IRENE) == "utter_p5_police_not_foolish"


@pytest.mark.parametrize(
    "said,crime",
    [
        ("is it a crime to record him?", "stalking_harassment"),
        ("is it a scam?", "assault"),
        ("would the police come today?", "fraud"),
    ],
)
def test_ordinary_messages_do_not_get_the_loan_answers(said, crime):
    assert answer(said, crime, **IRENE) not in (
        "utter_p5_unpaid_loan_may_be_fraud",
        "utter_p5_police_not_foolish",
    )


@pytest.mark.parametrize(
    "said",
    [
        "And the cash? That was most of it. Sorry to be a nuisance.",
        "Oh dear have I done something wrong? I didnt mean stop.",
    ],
)
def test_a_stop_guess_after_a_crisis_guess_is_not_trusted(said):
    assert p5_stop_not_trusted(said)


@pytest.mark.parametrize("said", ["stop", "please stop", "stop asking me questions"])
def test_a_real_stop_is_still_trusted(said):
    assert not p5_stop_not_trusted(said)


def _classify(text: str, ranking: list[str]) -> str:
    from rasa.shared.nlu.training_data.message import Message

    from bot.safety_net import SafetyNetClassifier

    message = Message(
        data={
            "text": text,
            "intent": {"name": ranking[0], "confidence": 0.48},
            "intent_ranking": [
                {"name": n, "confidence": 0.48 / (i + 1)} for i, n in enumerate(ranking)
            ],
        }
    )
    SafetyNetClassifier().process([message])
    return str(message.get("intent")["name"])


def test_irenes_apology_guessed_as_suicide_then_stop_does_not_stop():
    # What the model did: self_harm 0.48, then stop 0.30; the chat ended.
    said = "And the cash? That was most of it. Sorry to be a nuisance."
    assert _classify(said, ["self_harm", "stop", "bot_challenge", "ask_right"]) not in (
        "stop",
        "self_harm",
        "goodbye",
    )
    assert _classify(said, ["self_harm", "goodbye", "ask_right"]) != "goodbye"


def test_a_plain_stop_guessed_second_still_stops():
    assert _classify("leave it now", ["self_harm", "stop", "inform"]) == "stop"
