"""Round 67, helper m4: what is said back and who gets what (Marcus, police officers who hurt
him; Aaron, who saw his friend stabbed; Samira, who needs a Sylheti speaker; Pauline, whose need
was typed at the language question; Lily, whose carer's boyfriend steals, not her carer)."""

from __future__ import annotations

import pytest

from actions import account, wording
from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import RESPONSES

MARCUS_OPENING = (
    "I want to make a complaint about police officers who assaulted me in Brixton on Tuesday. "
    "Who do I talk to. . I'm at home. My wrist is swollen up though, can barely turn it. They "
    "twisted it behind my back while they searched me for nothing. Found nothing."
)
MARCUS = {
    "consent": True,
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "account_details": ["injured"],
}
SAMIRA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "language": "sylheti",
}
LILY = {
    "consent": True,
    "crime_type": "theft",
    "relationship_to_offender": "someone_known",
    "impairment": True,
    "account_details": ["carer"],
}
LILY_OPENING = (
    "hi um I'm not sure if this is the right place. things keep going missing from my flat money "
    "and my mums ring. I think its my carers boyfriend he comes round when she's on shift. I use "
    "a wheelchair and I need her I don't want to lose my care"
)


def _all(say):
    return [say.response, *(then.response for then in say.then)] if say else []


# 1. Marcus: police officers said back.
def test_marcus_account_keeps_police_officers():
    told = account.read_account(MARCUS_OPENING)
    assert "police_officers" in told.details and told.offender == "stranger"
    line = wording.noted_line(told.facts())
    assert "it was police officers" in line and "someone you don't know" not in line


@pytest.mark.parametrize(
    "text",
    [
        "It WAS the police. Two officers. Not 'someone I don't know'. Write that down properly. "
        "And no I haven't reported it, report it to who, them??",
        "I don't KNOW them. They're police officers. Why is that so hard. 45.",
        "thats wrong. it was police officers who did it",
        "it was the police",
        "they were met officers",
    ],
)
def test_marcus_correction_says_police_officers(text):
    changes = corrections(text, MARCUS)
    assert "police_officers" in changes["account_details"]
    assert changes.get("relationship_to_offender") in (None, "stranger")
    line = wording.changed_line(changes, before=MARCUS)
    assert line.startswith("Thank you, I've changed that: it was police officers")
    assert "you were hurt" not in line
    summary = wording.summary_line({**MARCUS, **changes})
    assert "it was police officers" in summary and "someone you don't know" not in summary


@pytest.mark.parametrize(
    "text",
    [
        "it wasnt the police who did it",
        "it was the police who told me he'd been arrested",
        "the police came round yesterday",
    ],
)
def test_other_police_mentions_are_not_police_offenders(text):
    assert "account_details" not in corrections(text, MARCUS)


def test_a_stranger_is_still_someone_you_dont_know():
    facts = {"crime_type": "assault", "relationship_to_offender": "stranger"}
    assert "it was someone you don't know" in wording.summary_line(facts)


# 2. Aaron: a witness's crime happened to someone else.
def test_aaron_summary_says_he_saw_it():
    told = account.read_account(
        "my bredrin got shanked last week right infront of me. hes ok now hes out the hospital. "
        "but i seen everything innit"
    )
    assert "witness" in told.details
    summary = wording.summary_line({**told.facts(), "age": 19.0})
    assert "a serious violent attack that happened to someone else (you saw it)" in summary
    assert "you were hurt" not in summary


def test_aaron_correction_said_once():
    before = {"crime_type": "serious_violence", "account_details": ["weapon"]}
    line = wording.changed_line({"account_details": ["weapon", "witness"]}, before=before)
    assert line == "Thank you, I've changed that: it happened to someone else (you saw it)."


@pytest.mark.parametrize(
    "text",
    ["i got stabbed last week, i saw him coming at me", "he punched me in the face outside a pub"],
)
def test_a_victim_typing_for_themself_is_not_a_witness(text):
    told = account.read_account(text)
    assert "witness" not in told.details
    assert "someone else" not in (wording.noted_line(told.facts()) or "")


# 3. Samira: interpreters.
@pytest.mark.parametrize(
    "text",
    [
        "they speak sylheti? my english not good. and where i can sleep if i leave, i have no "
        "money no passport",
        "i need sylheti speak person. and my visa is with husband, if i leave him they send me "
        "back?",
        "i need sylheti speak person",
        "i need an interpreter",
        "is there someone who speaks arabic?",
        "do they speak tigrinya",
    ],
)
def test_samira_gets_the_interpreter_answer(text):
    said = set(_all(known_answer(text, "domestic_abuse", answers=SAMIRA)))
    assert said & {"utter_m4r67_interpreter", "utter_interpreter", "utter_j6_helpline_language"}


def test_samira_still_gets_the_visa_answer_first():
    said = known_answer(
        "i need sylheti speak person. and my visa is with husband, if i leave him they send me "
        "back?",
        "domestic_abuse",
        answers=SAMIRA,
    )
    assert _all(said) == ["utter_partner_visa", "utter_m4r67_interpreter"]


@pytest.mark.parametrize(
    "text",
    [
        "I dont need an interpreter, I speak English",
        "my mum only speaks polish",
        "can I speak to someone",
        "do they speak english?",
        "he talks to me like dirt",
    ],
)
def test_others_do_not_get_the_interpreter_answer(text):
    assert "utter_m4r67_interpreter" not in _all(known_answer(text, "assault", answers={}))


def test_interpreter_answer_is_one_sms_and_names_right_1():
    for variant in RESPONSES["utter_m4r67_interpreter"]:
        assert len(variant["text"]) <= 320
        assert "Right 1" in variant["text"] and "likely to be entitled" in variant["text"]


# 4. Pauline: a need said at the language question is kept.
PAULINE = {"consent": True, "crime_type": "homicide", "bereaved": True, "borough": "lewisham"}


@pytest.mark.parametrize(
    "text", ["someone to talk to I suppose. and the inquest", "someone to talk to please"]
)
def test_pauline_need_at_the_language_question_is_kept(text):
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="language",
            answers=PAULINE,
            asked={"language": 2},
            missed={"language": 1},
        )
    )
    assert "emotional" in reading.slots["needs"]
    assert "language" not in reading.skipped
    assert [say.response for say in reading.say] == ["utter_reask_language"]


@pytest.mark.parametrize("text", ["dunno", "i dont want anyone to talk to", "polish"])
def test_other_language_answers_keep_no_needs(text):
    reading = read_turn(
        Turn(
            text=text, intent="inform", requested="language", answers=PAULINE, asked={"language": 1}
        )
    )
    assert "needs" not in reading.slots


# 5. Lily: her carer's boyfriend, not her carer.
def test_lily_account_is_her_carers_partner():
    told = account.read_account(LILY_OPENING)
    assert {"carer", "carers_partner"} <= told.details
    assert "not your carer" in wording.noted_line(told.facts())


def test_lily_correction_is_said_back():
    text = (
        "no its not her it's her boyfriend. I don't want her gone she's the only one who knows how "
        "to do my hoist properly. I'm safe yeah"
    )
    changes = corrections(text, LILY)
    assert "carers_partner" in changes["account_details"]
    assert wording.changed_line(changes, before=LILY) == (
        "Thank you, I've changed that: it was someone your carer knows, not your carer."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes thats okay. will the council find out", "utter_m4r67_carers_partner_who_to_tell"),
        (
            "yes. also getting to court is hard in my chair. if I tell will they take away my "
            "care package",
            "utter_m4r67_carers_partner_care_goes_on",
        ),
    ],
)
def test_lily_gets_no_advice_to_stop_her_carer(text, expected):
    answers = {**LILY, "account_details": ["carer", "carers_partner"]}
    assert known_answer(text, "theft", answers=answers).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes thats okay. will the council find out", "utter_carer_who_to_tell"),
        ("if I tell will they take away my care package", "utter_care_goes_on"),
    ],
)
def test_a_carer_who_steals_still_gets_the_carer_advice(text, expected):
    assert known_answer(text, "theft", answers=LILY).response == expected


def test_carer_answers_never_say_stop_the_carer():
    for name in (
        "utter_m4r67_carers_partner_who_to_tell",
        "utter_m4r67_carers_partner_care_goes_on",
    ):
        for variant in RESPONSES[name]:
            assert "not to send that carer" not in variant["text"]
            assert "has to stop coming" not in variant["text"]
            assert len(variant["text"]) <= 320
