"""Round 73, helper y73b: topics for round 72's unanswered questions: Kofi (whether racist abuse
is a hate crime), Jamal (whether to pay the 800 older men say he owes), Lee (going back to his
ex's flat for his things; getting his ex out of his iCloud); and messages from other people that
must not be placed on these topics."""

from __future__ import annotations

import pytest

from actions import topics
from tests.unit.known_answers import topic_answered as answered

KOFI = {"crime_type": "assault", "relationship_to_offender": "stranger", "age": 38.0}
LEE = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 29.0,
    "gender": "man",
}
JAMAL_SAID = (
    "theres these older man dem from the estate, they made me take a package to someone in "
    "ilford like 2 weeks ago and now they sayin it got took and i owe them 800. i aint got 800"
)
JAMAL = {"age": 17.0, "under_18": True, "said": [JAMAL_SAID]}


@pytest.mark.parametrize(
    "text",
    [
        "so because he was racist its a hate crime? and if I report does the police need my work "
        "to give them the van camera? my manager wont like that",
        "racist abuse, is that a hate crime?",
        "is racism a crime?",
        "would that count as a hate incident?",
    ],
)
def test_kofi_whether_it_is_a_hate_crime(text):
    assert answered(text, KOFI) == "utter_topic_hate_crime"


def test_asked_again_gets_the_shorter_answer():
    said = frozenset({"utter_topic_hate_crime"})
    assert answered("so its a hate crime?", KOFI, said) == "utter_is_it_hate_crime"


@pytest.mark.parametrize(
    "text",
    [
        # Lee (r72) corrects what was noted.
        "its not a hate crime?? hes gay too lol. i said i dont know. "
        "he hits me cos hes him not cos im gay",
        "can you refer me to the hate crime people?",
    ],
)
def test_not_asking_whether_it_is_a_hate_crime(text):
    assert answered(text, LEE) is None


@pytest.mark.parametrize(
    "text",
    [
        "will childline tell my mum or the feds? and wat about the 800 do i just pay it",
        "wats report remove?? i asked about the money. do i pay them the 800 or wat, they sayin "
        "it goes up every week",
        "bro wat?? i never said nuttin about pics. they want 800 pound off me. wat do i do",
        "should i just pay them back?",
    ],
)
def test_jamal_a_debt_to_people_who_exploit_him(text):
    assert answered(text, JAMAL) == "utter_topic_exploitation_debt_young"


def test_an_adult_exploited_is_pointed_to_the_modern_slavery_helpline():
    facts = {"crime_type": "human_trafficking", "age": 34.0, "said": ["they say i owe them 2000"]}
    assert answered("do i have to pay them?", facts) == "utter_topic_exploitation_debt_adult"


@pytest.mark.parametrize(
    "text, facts",
    [
        # A young person who never said they owe anyone (answer_facts: debt).
        ("do i have to pay it?", {"age": 16.0, "under_18": True, "said": ["someone hit me"]}),
        # Sextortion: pay or the pictures are posted.
        (
            "they want 200 off me or they post my pics. do i pay them?",
            {"age": 16.0, "under_18": True, "said": ["i owe them or they share the pics"]},
        ),
        # The cost of a court order (Joy, r71) and a fine.
        ("the NON MOLESTATION order. do i have to pay for it", JAMAL),
        ("do i have to pay the fine?", JAMAL),
        # An adult, not exploited.
        ("do i just pay them?", {"crime_type": "fraud", "age": 50.0, "said": ["i owe them"]}),
    ],
)
def test_not_a_debt_to_people_who_exploit_them(text, facts):
    assert answered(text, facts) not in {
        "utter_topic_exploitation_debt_young",
        "utter_topic_exploitation_debt_adult",
    }


@pytest.mark.parametrize(
    "text",
    [
        "my laptop and clothes are still at his flat. can i just go back and get them?",
        "can i go back for my things?",
        "is it ok to pop round and collect my stuff when hes at work?",
    ],
)
def test_lee_going_back_for_belongings(text):
    assert answered(text, LEE) == "utter_topic_belongings_partner"


def test_lee_passport_at_the_flat_keeps_the_passport_answer():
    text = (
        "english. it was a week ago tho, im ok. what i actually need is my stuff, my laptop and "
        "passport are still at his flat. can i just go back and get them?"
    )
    assert answered(text, LEE) == "utter_topic_passport_partner"


@pytest.mark.parametrize(
    "text, facts",
    [
        # A burglary: no partner to go back to.
        (
            "can i go back in and get my stuff or do i wait for the police?",
            {"crime_type": "burglary", "relationship_to_offender": "stranger"},
        ),
        ("can i go back and get my things from the club?", {"age": 20.0}),
    ],
)
def test_not_going_back_to_a_partner_for_belongings(text, facts):
    assert answered(text, facts) != "utter_topic_belongings_partner"


@pytest.mark.parametrize(
    "text",
    [
        "calls ok, no texts in case they sync. how do i get him out of my icloud anyway?",
        "how do i kick him out of my accounts?",
        "can he see my location sharing?",
    ],
)
def test_lee_someone_in_his_icloud(text):
    assert answered(text, LEE) == "utter_topic_tech_partner"


def test_someone_else_in_an_account_gets_the_general_answer():
    facts = {"crime_type": "online_abuse", "relationship_to_offender": "stranger"}
    assert answered("how do i get them out of my instagram?", facts) == "utter_topic_tech_account"


@pytest.mark.parametrize(
    "text",
    [
        "will the police take my phone?",
        "will they need my phone?",
        "can you find my son?",
        "they said theyll track me down. what do i do?",
    ],
)
def test_not_someone_in_their_phone_or_accounts(text):
    assert answered(text, LEE) not in {"utter_topic_tech_partner", "utter_topic_tech_account"}


@pytest.mark.parametrize(
    "text, facts",
    [
        # Ryan (r71), whose phone was stolen.
        ("can i track it? find my iphone says its in tottenham rn. should i go get it", {}),
        ("how do i get them out of my icloud?", {"crime_type": "robbery"}),
    ],
)
def test_a_stolen_phone_is_not_someone_in_their_accounts(text, facts):
    assert answered(text, facts) not in {"utter_topic_tech_partner", "utter_topic_tech_account"}


# -- asked without a question mark (lead) --------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["just tell me is it a hate crime yes or no", "racist abuse, is that a hate crime"]
)
def test_kofi_asking_without_a_mark_is_asked(text):
    assert topics.asks_without_a_mark(text)


@pytest.mark.parametrize(
    "text",
    ["it is abuse", "no it is not a crime scene", "he pushed me, that is what happened", "yes"],
)
def test_telling_is_not_asking(text):
    assert not topics.asks_without_a_mark(text)


def test_what_was_said_again_is_asked_again():
    # Jamal (round 72, 17), ignored twice: "bro did u read wat i said they know where i live".
    jamal = {"crime_type": "other", "age": 17.0, "under_18": True}
    say = topics.topic_answer("bro did u read wat i said they know where i live", jamal)
    assert say is not None and say.response == "utter_topic_offenders_come_home_young"
    assert topics.topic_answer("did you read what i said", jamal) is None
    assert not topics.asks_without_a_mark("i read what he said to her")
