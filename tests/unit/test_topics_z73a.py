"""Round 73, helper z73a: questions that got "I can't answer that one here", answered by their
topic and the person's facts: forced marriage (Priyanka), honour-based abuse and how the police
protect people (Fatima), whether control without violence is a crime (Nadia), repeated reports of
anti-social behaviour and the cost of damage back (George), CICA for a short time off work
(Tariq), and whether support services make you report, and help for a relative's drug use
(Sandra); and other people's messages that must not be placed on these topics."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import topic_answered as answered

NADIA = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 31.0,
    "gender": "woman",
}
PRIYANKA = {
    "crime_type": "online_abuse",
    "relationship_to_offender": "stranger",
    "age": 24.0,
    "gender": "woman",
}
FATIMA = {
    "crime_type": "arson",
    "relationship_to_offender": "family_member",
    "age": 36.0,
    "gender": "woman",
    "reported_to_police": True,
}
GEORGE = {
    "crime_type": "criminal_damage",
    "relationship_to_offender": "someone_known",
    "age": 71.0,
    "gender": "man",
    "reported_to_police": True,
}
TARIQ = {
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "age": 29.0,
    "gender": "man",
}
SANDRA = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "age": 52.0,
    "gender": "woman",
}


# -- forced marriage (Priyanka) ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "did u even read that. im scared of my dad making me get married",
        "what do i do if my parents force me to marry him?",
        "can they make me marry my cousin?",
        "No. Did you read what I wrote? They want to take me to Turkey to marry me. Is that a "
        "forced marriage? What can I do?",
    ],
)
def test_forced_marriage(text):
    assert answered(text, PRIYANKA) == "utter_topic_forced_marriage"


def test_forced_marriage_under_18_gets_the_young_answer():
    facts = {**PRIYANKA, "age": 16.0, "under_18": True}
    text = "im scared of my dad making me get married, what do i do"
    assert answered(text, facts) == "utter_topic_forced_marriage_young"


@pytest.mark.parametrize(
    "text",
    [
        # Mairead (r64), told twice it was not forced marriage or honour.
        "50. So you understand he's not abroad? It's nothing to do with honour or forced "
        "marriage, he's just my ex, Irish like me.",
        "No. Look I've 10 minutes left of my break. I said NOT forced marriage. Can you please "
        "just get it right.",
        "Why is Karma Nirvana still on there?? I told you twice it's not honour or forced "
        "marriage. Take it off.",
        "we got married last year, does that change anything?",
    ],
)
def test_not_forced_marriage_or_honour(text):
    assert answered(text, PRIYANKA) not in {
        "utter_topic_forced_marriage",
        "utter_topic_forced_marriage_young",
        "utter_topic_honour_abuse",
    }


# -- honour-based abuse and how the police protect people (Fatima) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what about the honour thing, you ignored that. his family said i shamed them. is there "
        "somewhere that understands that",
        "is there anyone who deals with honour based abuse?",
        "his family says i brought shame and dishonour on them, who can help?",
    ],
)
def test_honour_based_abuse(text):
    assert answered(text, FATIMA) == "utter_topic_honour_abuse"


def test_honour_as_a_judge_is_not_the_topic():
    assert answered("do i have to call the judge your honour?", FATIMA) is None


@pytest.mark.parametrize(
    "text",
    [
        "im not council, we rent private from a landlord. 36. but will the police actually "
        "protect us?? what do they do",
        "can the police keep us safe if he comes back?",
    ],
)
def test_fatima_is_told_how_the_police_protect_and_of_the_order(text):
    assert answered(text, FATIMA) == "utter_topic_police_protect_family"


def test_police_protection_against_a_stranger_has_no_order():
    text = "will the police protect me? he knows where i live"
    assert answered(text, {**TARIQ}) == "utter_topic_police_protect"


@pytest.mark.parametrize(
    "text",
    [
        "will the police protect my identity if i report it?",
        "can i get witness protection from the police?",
        "will the police tell me if they arrest him?",
    ],
)
def test_not_how_the_police_protect(text):
    assert answered(text, FATIMA) not in {
        "utter_topic_police_protect_family",
        "utter_topic_police_protect",
    }


# -- control without violence (Nadia) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "one more. is this even crime what they do? they dont hit me",
        "is it abuse if he doesnt hit me?",
        "is that even a crime? she never hits me, she just controls everything",
    ],
)
def test_control_without_violence_is_a_crime(text):
    assert answered(text, NADIA) == "utter_topic_control_is_a_crime"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Precious (r59): images posted by her ex.
        (
            "ok yes. but is it illegal or not",
            {**NADIA, "relationship_to_offender": "partner_or_ex"},
        ),
        # Kofi (r72): a customer, not a partner or relative.
        ("Yeah fine. But is it a crime or not? he didnt hit me", TARIQ),
        # Dev (r63): a stranger online and a child.
        (
            "no he targeted her cos shes a kid. is it even a crime if he hasnt met her yet? he "
            "hasnt touched her",
            {**NADIA, "relationship_to_offender": "stranger", "crime_type": "online_abuse"},
        ),
        # Under 16: the offence is not for a child controlled by a parent.
        ("is it a crime? they dont hit me", {**NADIA, "age": 14.0, "under_18": True}),
    ],
)
def test_not_control_without_violence(text, facts):
    assert answered(text, facts) != "utter_topic_control_is_a_crime"


# -- repeated anti-social behaviour and the cost of damage (George) ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want it to STOP. What else can I do? I've reported it til I'm blue in the face.",
        "ive reported it so many times and nothing happens, what else can i do?",
    ],
)
def test_asb_reported_again(text):
    assert answered(text, GEORGE) == "utter_topic_asb_reported_again"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A fraud reported again and again is not anti-social behaviour.
        (
            "what else can i do? ive reported it to the bank so many times",
            {**GEORGE, "crime_type": "fraud"},
        ),
        # A partner: not the ASB review.
        (
            "what else can i do, ive reported him 5 times",
            {**NADIA},
        ),
    ],
)
def test_not_asb_reported_again(text, facts):
    assert answered(text, facts) != "utter_topic_asb_reported_again"


@pytest.mark.parametrize(
    "text",
    [
        "Right. And the glass in the porch, he cracked it in October, cost me 180 quid. Can I "
        "get that back off the parents?",
        "who pays for the broken window?",
    ],
)
def test_the_cost_of_damage_back(text):
    assert answered(text, GEORGE) == "utter_topic_damage_cost_back"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("can i get my money back from the bank? he broke into my account", GEORGE),
        ("can i get that back off the parents?", TARIQ),
        ("will i get my deposit back, the landlord says i broke the door", GEORGE),
    ],
)
def test_not_the_cost_of_damage_back(text, facts):
    assert answered(text, facts) != "utter_topic_damage_cost_back"


# -- CICA for a short time off work (Tariq) -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the week money, CICA pays that? i cant wait 2 years.",
        "Can I get compensation? I missed a week of work",
    ],
)
def test_cica_and_a_week_off_work(text):
    assert answered(text, TARIQ) == "utter_e1_cica_lost_days"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("can cica pay me? i havent worked for 8 months", TARIQ),
        (
            "can i get compensation for the time off work? they took my laptop",
            {**TARIQ, "crime_type": "theft"},
        ),
        ("does cica pay for the week off work?", {**TARIQ, "age": 15.0, "under_18": True}),
    ],
)
def test_not_cica_and_a_week_off_work(text, facts):
    assert answered(text, facts) != "utter_e1_cica_lost_days"


# -- whether support makes you report, and help with a relative's drugs (Sandra) -----------------

SANDRA_ASKS = (
    "Will these people make me report him? I told you I don't want that. Is there anyone who "
    "helps with his drugs, or for mums like me"
)


def test_sandra_is_told_support_never_makes_her_report_then_of_adfam():
    assert answered(SANDRA_ASKS, SANDRA) == "utter_support_not_police"
    said = frozenset({"utter_support_not_police"})
    assert answered(SANDRA_ASKS, SANDRA, said) == "utter_topic_family_drugs"


@pytest.mark.parametrize(
    "text",
    [
        "I did say no though. if I say yes will they make me go to the police",
        "would victim support force me to press charges?",
    ],
)
def test_support_does_not_make_you_report(text):
    assert answered(text, SANDRA) == "utter_support_not_police"


def test_help_for_a_relatives_drugs():
    assert answered("is there help for my son's drug use?", SANDRA) == "utter_topic_family_drugs"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # A stranger's drugs, and help for the person's own use.
        ("is there anyone who helps with his drugs? the man who robbed me was on something", TARIQ),
        ("is there any help for my drinking?", SANDRA),
        ("are there groups for mums like me?", SANDRA),
    ],
)
def test_not_help_for_a_relatives_drugs(text, facts):
    assert answered(text, facts) != "utter_topic_family_drugs"
