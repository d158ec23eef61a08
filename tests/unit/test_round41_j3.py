"""Round 41 (helper J3): wrong facts and corrections not taken.

- Sam, 30, Deaf, robbed in the street by a stranger, writing in BSL word order and capitals:
  "ROBBERY?" got "domestic abuse" and "a partner or ex"; "NOT DOMESTIC ABUSE. WRONG. IT ROBBERY
  IN STREET" saved nothing; how to give a statement with a BSL interpreter was not answered.
- Hannah, 27, stalked by an ex-colleague: "witness statement" made her a bystander ("you saw
  it"), kept after "im the victim not a witness"; whether her new address reaches him through
  court papers, asked four times, was never answered.
- Linda, 62, whose daughter (34) uses drugs, takes her money and pushed her: "a robbery", then
  "your child"; help for her daughter's drug use asked three times, never answered.
- Dev, 40, a shop owner whose staff member Priya (19) was threatened with a knife: told the knife
  was pointed at him; his questions about Priya and about businesses got "I can't answer".

Each test quotes the message as it was written; ordinary messages must not change.
"""

from __future__ import annotations

import pytest

from actions import account
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

NEW = (
    "utter_j3_bsl_police",
    "utter_j3_address_in_court",
    "utter_j3_victim_not_witness",
    "utter_j3_family_drugs_help",
    "utter_j3_staff_member_support",
    "utter_j3_refer_someone_else",
    "utter_j3_business_help",
)
SAM = {"relationship_to_offender": "stranger", "impairment": True, "cannot_phone": True}
HANNAH = {
    "repeat_victimisation": True,
    "reported_to_police": True,
    "age": 27,
    "relationship_to_offender": "someone_known",
}
LINDA = {"relationship_to_offender": "family_member", "age": 62}
DEV = {
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
    "reported_to_police": True,
    "age": 40,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 41, helper J3", ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def _turn(text: str, requested: str, intent: str = "inform", **answers: object) -> Turn:
    return Turn(
        text=text, intent=intent, requested=requested, answers=answers, asked={requested: 1}
    )


# -- 1. Sam: a stranger robbery, in BSL word order ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "MAN PUSH ME DOWN TAKE BAG",
        "ROBBERY. MAN PUSH ME DOWN TAKE BAG",
        "hello. ME DEAF. LAST NIGHT ME WALK HOME MAN PUSH ME TAKE BAG",
        "MAN TAKE MY BAG",
    ],
)
def test_a_man_in_few_words_is_not_a_partner(text):
    told = account.read_account(text)
    assert told.offender != "partner_or_ex", text
    assert told.crime_type != "domestic_abuse", text


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        ("my man hit me", "partner_or_ex"),
        ("husband hit me last night", "partner_or_ex"),
        ("my fella punched me", "partner_or_ex"),
    ],
)
def test_a_partner_named_is_still_a_partner(text, offender):
    assert account.read_account(text).offender == offender


def test_robbery_asked_after_assault_becomes_robbery_not_domestic_abuse():
    text = "NOT ONLY ASSAULT. MAN TAKE MY BAG. PHONE WALLET KEYS GONE. ROBBERY?"
    answers = {"crime_type": "assault", "impairment": True}
    assert corrections(text, answers) == {"crime_type": "robbery"}
    reading = read_turn(_turn(text, "reported_to_police", **answers))
    assert reading.slots.get("crime_type") == "robbery"
    assert reading.slots.get("relationship_to_offender") != "partner_or_ex"


@pytest.mark.parametrize(
    ("text", "answers", "crime"),
    [
        (
            "WHAT? NO. NOT PARTNER. ME NOT KNOW MAN. STRANGER. STREET. HE ROB ME",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
            "robbery",
        ),
        (
            "NOT DOMESTIC ABUSE. WRONG. IT ROBBERY IN STREET",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "stranger"},
            "robbery",
        ),
        (
            "MEN ADVICE LINE WHAT? ME NOT HAVE PARTNER PROBLEM. STRANGER ROB ME",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "stranger"},
            "robbery",
        ),
        (
            "CRIME ROBBERY. YOU NOT WRITE. ALSO ME WANT STATEMENT POLICE WITH BSL INTERPRETER. "
            "POLICE COME TO ME?",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "stranger"},
            "robbery",
        ),
        ("it was a robbery in the street", {"crime_type": "assault"}, "robbery"),
    ],
)
def test_a_crime_put_right_takes_the_crime_named(text, answers, crime):
    assert corrections(text, answers).get("crime_type") == crime


def test_not_partner_stranger_puts_who_right_too():
    text = "WHAT? NO. NOT PARTNER. ME NOT KNOW MAN. STRANGER. STREET. HE ROB ME"
    changed = corrections(
        text, {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    )
    assert changed["relationship_to_offender"] == "stranger"


def test_robbery_told_at_what_happened_is_kept():
    reading = read_turn(_turn("ROBBERY. MAN PUSH ME DOWN TAKE BAG", "crime_type", **SAM))
    assert reading.slots.get("crime_type") == "robbery"


@pytest.mark.parametrize(
    ("text", "answers", "kept"),
    [
        (
            "my husband hits me, its domestic abuse",
            {"crime_type": "domestic_abuse"},
            "domestic_abuse",
        ),
        ("Yes", {"crime_type": "robbery"}, "robbery"),
        (
            "no",
            {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"},
            "domestic_abuse",
        ),
        ("No", {"crime_type": "assault", "relationship_to_offender": "stranger"}, "assault"),
        ("it wasnt a robbery, they didnt take anything", {"crime_type": "robbery"}, None),
        ("its not domestic abuse, he's my neighbour", {"crime_type": "domestic_abuse"}, None),
    ],
)
def test_ordinary_messages_do_not_name_a_new_crime(text, answers, kept):
    assert corrections(text, answers).get("crime_type", answers["crime_type"]) == kept


@pytest.mark.parametrize(
    "said",
    [
        "ME WANT TELL POLICE. NEED BSL INTERPRETER. HOW GIVE STATEMENT WITH BSL?",
        "BUT HOW TELL POLICE? ME CANT CALL 101. POLICE STATION HAVE BSL?",
        "CRIME ROBBERY. YOU NOT WRITE. ALSO ME WANT STATEMENT POLICE WITH BSL INTERPRETER. "
        "POLICE COME TO ME?",
        "how do I report to police with BSL?",
        "can i give my statement to the police in sign language?",
    ],
)
def test_a_statement_to_the_police_with_bsl_is_answered(said):
    assert answer(said, "robbery", **SAM) == "utter_j3_bsl_police"


def test_the_bsl_answer_says_how_to_report_without_a_call():
    text = sendable("utter_j3_bsl_police", cannot_phone=True)[0]
    assert "18001 101" in text and "met.police.uk" in text and "BSL interpreter" in text


@pytest.mark.parametrize(
    "said",
    [
        "I need a Polish interpreter",
        "can i have an interpreter?",
        "how do I report it?",
        "KNEE VERY SWOLLEN. NEED DOCTOR? HOW WITHOUT PHONE",
        "BANK CARD IN WALLET. WHAT DO?",
    ],
)
def test_other_questions_are_not_the_bsl_answer(said):
    assert answer(said, "robbery", **SAM) != "utter_j3_bsl_police"


# -- 2. Hannah: the victim, not a witness; her new address ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. my big worry - if it goes to court will he be able to see my new address on the court "
        "papers? he doesnt know where I live now",
        "sorry that didnt answer it. he hasnt threatened me as a witness. I'm asking will my new "
        "home address be on my witness statement or any SPO papers that he gets a copy of?",
        "can he find out my address from court documents?",
        "Will my address be kept secret from him if it goes to court?",
    ],
)
def test_her_address_and_court_papers_are_answered(said):
    assert answer(said, "stalking_harassment", **HANNAH) == "utter_j3_address_in_court"


@pytest.mark.parametrize(
    "said",
    [
        "can I get a Stalking Protection Order? what actually is it",
        "what happens if it goes to court?",
        "can you send it to my address?",
        "will he find out i reported him?",
    ],
)
def test_other_questions_are_not_the_address_answer(said):
    assert answer(said, "stalking_harassment", **HANNAH) != "utter_j3_address_in_court"


def test_her_own_witness_statement_does_not_make_her_a_witness():
    text = (
        "sorry that didnt answer it. he hasnt threatened me as a witness. I'm asking will my new "
        "home address be on my witness statement or any SPO papers that he gets a copy of?"
    )
    assert "witness" not in account.read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "what do you mean saw it?? it happened to ME, im the victim not a witness",
        "ok but you said I saw it - thats wrong, I'm not a witness, I'm the one being stalked",
    ],
)
def test_im_the_victim_not_a_witness_is_taken(text):
    answers = {
        **HANNAH,
        "crime_type": "stalking_harassment",
        "account_details": ["stalking_described", "witness"],
    }
    for intent in ("ask_question", "inform"):
        reading = read_turn(_turn(text, "referral_consent", intent=intent, **answers))
        assert "witness" not in reading.slots["account_details"], (text, intent)
        assert "utter_j3_victim_not_witness" in [say.response for say in reading.say]
        assert reading.slots.get("referral_consent") is None


def test_a_real_witness_is_still_a_witness():
    text = "i saw a man get stabbed outside the station and gave a statement to the police"
    assert "witness" in account.read_account(text).details


# -- 3. Linda: her daughter takes her money and pushed her ---------------------------------------

LINDA_TOLD = (
    "Well no not really. She's out at the moment. She takes money out of my account, I don't "
    "know how she knows my pin, and she screams at me when I say no. Last week she pushed me and "
    "I fell against the kitchen side"
)


def test_money_taken_at_home_is_not_a_robbery():
    told = account.read_account(LINDA_TOLD)
    assert told.crime_type == "domestic_abuse"
    assert "economic" in told.details
    with_daughter = account.read_account(
        "My daughter has a drug problem and I'm at my wits end. " + LINDA_TOLD
    )
    assert with_daughter.offender == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "a man pushed me over and took my bag",
        "he took money out of my account with my card after he mugged me",
        "two lads pushed me and took my phone",
    ],
)
def test_a_street_robbery_is_still_a_robbery(text):
    assert account.read_account(text).crime_type == "robbery"


def test_she_didnt_rob_me_puts_the_robbery_right():
    text = (
        "I'm 62. Why does it say robbery? She's my daughter, she didn't rob me, she just takes it"
    )
    answers = {"crime_type": "robbery", "reported_to_police": False}
    assert corrections(text, answers) == {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "family_member",
    }
    reading = read_turn(_turn(text, "age", intent="ask_question", **answers))
    assert reading.slots["crime_type"] == "domestic_abuse"
    assert "utter_question_beside_answer" not in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "said",
    [
        "Is there any help for her? For the drugs I mean. If she got off them she'd be my girl "
        "again",
        "English. But you didn't answer me, is there help for my daughter's drug problem?",
        "where can she get help for drug addiction in Enfield?",
        "is there anything for parents like me, whose children are on drugs?",
    ],
)
def test_help_for_her_daughters_drug_use_is_answered(said):
    assert answer(said, "domestic_abuse", **LINDA) == "utter_j3_family_drugs_help"


def test_the_drugs_answer_names_adfam_and_frank():
    text = sendable("utter_j3_family_drugs_help")[0]
    assert "adfam.org.uk" in text and "talktofrank.com" in text


def test_asking_about_her_daughters_drugs_is_not_writing_for_a_child():
    text = "English. But you didn't answer me, is there help for my daughter's drug problem?"
    reading = read_turn(
        _turn(text, "language", intent="ask_question", crime_type="domestic_abuse", **LINDA)
    )
    assert reading.slots.get("language") == "english"
    assert "for_child" not in reading.slots


@pytest.mark.parametrize(
    "said",
    [
        "what do I do about the bank? she keeps taking money",
        "If I talk to one of these people will they make me go to the police?",
        "is it my fault she takes drugs?",
        "my daughter was given drugs at a party, what should i do?",
    ],
)
def test_other_questions_are_not_the_drugs_answer(said):
    assert answer(said, "domestic_abuse", **LINDA) != "utter_j3_family_drugs_help"


# -- 4. Dev: his staff member Priya, and his shop -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok what about my staff member, she was the one threatened with the knife. can she get "
        "support",
        "no not me, he threatened PRIYA not me. im asking for her",
        "can my employee get any help? she was really shaken",
    ],
)
def test_support_for_the_staff_member_is_answered(said):
    assert answer(said, "robbery", **DEV) == "utter_j3_staff_member_support"


def test_not_me_asking_for_her_is_answered_at_any_question():
    text = "no not me, he threatened PRIYA not me. im asking for her"
    reading = read_turn(_turn(text, "language", crime_type="robbery", **DEV))
    assert [say.response for say in reading.say] == ["utter_j3_staff_member_support"]
    assert "language" not in reading.slots


def test_her_being_the_one_threatened_is_heard_beside_the_answer():
    text = (
        "me no. but Priya is only 19 and shes really shaken, she hasnt come back to work since. "
        "its her who would be giving evidence really, she was the one he threatened"
    )
    reading = read_turn(_turn(text, "fear_of_giving_evidence", crime_type="robbery", **DEV))
    assert reading.slots["fear_of_giving_evidence"] is False
    assert "utter_j3_staff_member_support" in [say.response for say in reading.say]


def test_passing_her_details_is_answered():
    said = "can I pass Priyas details instead? shes the one who needs it more than me"
    assert answer(said, "robbery", **DEV) == "utter_j3_refer_someone_else"


@pytest.mark.parametrize(
    "said",
    [
        "what can Priya get? and do businesses get any help, like for the stolen stock or "
        "security?",
        "do businesses get help?",
        "does the victims code cover a business? like my shop as the victim of the shoplifting",
    ],
)
def test_help_for_a_business_is_answered(said):
    assert answer(said, "robbery", **DEV) == "utter_j3_business_help"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("can Priya get compensation? she's lost a week of wages being off", "robbery"),
        ("how do I report it?", "robbery"),
        ("can you pass my details on?", "robbery"),
        ("he threatened me with a knife, what do i do?", "robbery"),
        ("my colleague keeps sending me messages, is that harassment?", "stalking_harassment"),
        ("what can I get?", "robbery"),
        ("he's a colleague, can i get an injunction?", "stalking_harassment"),
        ("can i tell my support worker", "stalking_harassment"),
        ("can my colleague also get support?", "assault"),
        ("my daughter was attacked, can she get support?", "assault"),
        ("do i still have to go to court? they said they know where i live", "assault"),
    ],
)
def test_other_questions_are_not_the_new_answers(said, crime):
    assert answer(said, crime, **DEV) not in NEW
