"""Round 79, helper m79f: questions passed over or answered for someone else (David, Nkechi,
Rhys, Lee, George, Walter), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionFinishAssessment
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    assert_one_sms_with_a_source,
    at_question,
    said_answer,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_m79f_probation_not_police",
    "utter_m79f_parole_vps_late",
    "utter_m79f_fraud_reference",
    "utter_m79f_identity_fraud_help",
    "utter_m79f_remote_access_payment",
    "utter_m79f_remote_access_computer",
    "utter_m79f_carer_money_back",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


def _after_result(slots: dict, text: str, dispatcher, domain, said: list[str]) -> list:
    """What is sent to ``text`` after the result, the person having said ``said`` before."""
    facts = {**slots, "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=facts, text=text, active_loop=None)
    tracker.events[:0] = [{"event": "user", "text": one} for one in said]
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    return [m.get("response") for m in dispatcher.messages]


# -- 1. David: after a sentence, probation and a late statement --------------------------------

DAVID_SAID = [
    "Good evening. I'm not sure this is the right place. My daughter was murdered eleven years "
    "ago. The man convicted of killing her has a parole hearing coming up, and I only found out "
    "because a journalist rang me last week."
]
DAVID = {"consent": True, "crime_type": "homicide", "reported_to_police": True, "said": DAVID_SAID}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "No, I'm not in danger. But I don't have a Victim Liaison Officer, that's rather the "
            "point. I've never heard from one.",
            "in_danger",
        ),
        (
            "60. The family liaison officer retired years ago, the case closed in 2016 when he was "
            "sentenced. It's probation I need surely, not the police?",
            "age",
        ),
    ],
)
def test_david_gets_probation_not_the_police_flo(text, requested):
    assert at_question(text, requested, DAVID) == ["utter_m79f_probation_not_police"]


@pytest.mark.parametrize(
    "text",
    [
        "Before that. The hearing might be in a few weeks. Is it too late for me to put in a "
        "victim personal statement? And the exclusion zone, who do I actually ask for that if I "
        "don't have a liaison officer yet?",
        "That doesn't answer the statement question. He was convicted, there's nothing to "
        "report. Can I still submit a victim personal statement for the parole hearing if it's "
        "in a few weeks, yes or no?",
    ],
)
def test_david_a_late_statement_for_the_parole_hearing(text):
    assert said_answer(text, "homicide", DAVID_SAID, age=60.0) == "utter_m79f_parole_vps_late"


def test_david_statement_and_exclusion_zone_both_answered_after_the_result(dispatcher, domain):
    text = (
        "Before that. The hearing might be in a few weeks. Is it too late for me to put in a "
        "victim personal statement? And the exclusion zone, who do I actually ask for that if I "
        "don't have a liaison officer yet?"
    )
    slots = {k: v for k, v in DAVID.items() if k != "said"} | {"age": 60.0}
    sent = _after_result(slots, text, dispatcher, domain, DAVID_SAID)
    assert sent[:2] == ["utter_m79f_parole_vps_late", "utter_keep_him_away_licence"], sent


@pytest.mark.parametrize(
    "text",
    [
        "is it too late to report it? it was years ago",
        "who is the family liaison officer?",
        "what does the FLO do?",
    ],
)
def test_no_sentence_told_keeps_the_police_answers(text):
    assert said_answer(text, "homicide", ["my brother was killed last month"]) not in (
        "utter_m79f_probation_not_police",
        "utter_m79f_parole_vps_late",
    )


# -- 2. Nkechi: the fraud reference is Report Fraud's --------------------------------------------

NKECHI_SAID = ["someone has taken out two loans and a credit card in my name"]
NKECHI = {"consent": True, "crime_type": "fraud", "said": NKECHI_SAID}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "Not yet. I'll do it tonight. What is a crime reference number exactly and will I get "
            "one from Report Fraud? The lender is asking for one.",
            "reported_to_police",
        ),
        (
            "38. Sorry, so if I report to Report Fraud online do they give me the reference, or do "
            "I have to ring 101 as well? You said earlier not 101.",
            "age",
        ),
        (
            "No idea who did it. Now I'm confused, is it met.police.uk or reportfraud.police.uk? I "
            "want to do it once, properly.",
            "relationship_to_offender",
        ),
    ],
)
def test_nkechi_report_fraud_gives_the_reference(text, requested):
    facts = {**NKECHI, "reported_to_police": False}
    assert at_question(text, requested, facts) == ["utter_m79f_fraud_reference"]


def test_nkechi_who_helps_with_identity_fraud():
    got = said_answer("Who actually helps with identity fraud?", "fraud", NKECHI_SAID)
    assert got == "utter_m79f_identity_fraud_help"


def test_a_burglary_crime_number_keeps_its_answer():
    text = "how do i get a crime reference number for the insurance?"
    assert said_answer(text, "burglary", ["my flat was broken into"]) != (
        "utter_m79f_fraud_reference"
    )


# -- 5. George: the scammer moved the mouse; the computer ------------------------------------------

GEORGE_SAID = [
    "a man telephoned saying he was from Microsoft. I let him on to the computer to fix it, he "
    "told me what to press."
]


def test_george_the_scammer_made_the_payment():
    text = (
        "I am 74. I did not transfer it myself exactly, he was moving the mouse about while I "
        "watched. Does that make a difference to the bank?"
    )
    facts = {"consent": True, "crime_type": "fraud", "reported_to_police": False}
    assert at_question(text, "age", {**facts, "said": GEORGE_SAID}) == [
        "utter_m79f_remote_access_payment"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Should I still telephone the bank tonight, or wait until the branch opens "
        "tomorrow? And is it safe to use the computer now, he might still be in it.",
        "Sorry, I meant the computer. The man had control of it. Can he still get in to it? "
        "Should I switch it off?",
    ],
)
def test_george_is_the_computer_safe(text):
    assert said_answer(text, "fraud", GEORGE_SAID) == "utter_m79f_remote_access_computer"


def test_a_bank_transfer_scam_without_remote_access_keeps_the_bank_answer():
    text = "I transferred it myself to a safe account. Will the bank give me the money back?"
    said = ["a man rang saying he was from my bank"]
    assert said_answer(text, "fraud", said) not in (
        "utter_m79f_remote_access_payment",
        "utter_m79f_remote_access_computer",
    )


# -- 6. Walter: the £300 his carer took --------------------------------------------------------

WALTER_SAID = ["His carer has been taking money out of his wallet, about 300 pounds"]


@pytest.mark.parametrize(
    "text",
    [
        "before we say yes, can he get the £300 back? is that from the agency or the police or "
        "what",
        "stealing from HIM, my dad. the carer is the her. but you didn't answer, will he get the "
        "money back?",
    ],
)
def test_walter_getting_the_money_back(text):
    got = said_answer(text, "theft", WALTER_SAID, for_someone_else=True)
    assert got == "utter_m79f_carer_money_back"


def test_who_to_tell_names_no_one_as_her():
    (variant,) = ALL_RESPONSES["utter_x71d_carer_theft_who_to_tell"]
    assert " her " not in variant["text"]


# -- 3. Rhys: the crime number for the insurer, at every question ------------------------------

RHYS_SAID = [
    "alright. got my phone nicked by some lad on a moped about an hour ago, on my mates phone "
    "now. need a crime number for insurance, can you do that"
]
RHYS = {
    "consent": True, "crime_type": "theft", "reported_to_police": False, "age": 29.0,
    "relationship_to_offender": "stranger", "repeat_victimisation": False,
    "hate_motivated": False, "said": RHYS_SAID,
}  # fmt: skip


def _read(text: str, requested: str, facts: dict, intent: str) -> list:
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    turn = Turn(
        text=text,
        requested=requested,
        answers=facts,
        intent=intent,
        organisations=default_directory(),
    )
    return [say.response or say.text for say in read_turn(turn).say]


def test_rhys_so_thats_a_no_on_the_crime_number_at_the_privacy_question():
    text = "so thats a no on the crime number then. fine whatever, yes"
    said = _read(text, "consent", {"said": RHYS_SAID}, "affirm")
    assert said == ["utter_insurance_crime_number"]


def test_rhys_how_many_more_and_the_crime_number_both_answered():
    text = "no. how many more of these, i just need the crime number for the insurance form"
    said = _read(text, "disability", RHYS, "deny")
    assert (
        len(said) == 2
        and said[0].startswith("About ")
        and said[1] == ("utter_insurance_crime_number")
    )


def test_rhys_specifically_how_i_get_a_crime_number():
    text = "information. specifically how i get a crime number"
    assert said_answer(text, "theft", RHYS_SAID) == "utter_insurance_crime_number"


@pytest.mark.parametrize(
    "text",
    [
        "i already have a crime number, they gave me one",
        "the police gave me a crime reference number yesterday",
    ],
)
def test_having_a_crime_number_is_not_asking_for_one(text):
    assert said_answer(text, "theft", []) != "utter_insurance_crime_number"


# -- 4. Lee: burgled while abroad ----------------------------------------------------------------

LEE_SAID = [
    "hi my house has been burgled, were on holiday in spain and the neighbour just rang me. what "
    "do i do from here??"
]
LEE = {"consent": True, "crime_type": "burglary", "said": LEE_SAID}


@pytest.mark.parametrize(
    ("text", "requested", "facts", "intent"),
    [
        (
            "yeah fine. but do i need to fly back?? we're in malaga til saturday",
            "consent",
            {"said": LEE_SAID},
            "affirm",
        ),
        (
            "40. but you didnt answer, can i report it to police from spain or does it have to be "
            "in person",
            "age",
            {**LEE, "reported_to_police": False},
            "inform",
        ),
        (
            "no first time. 101 doesnt work from a spanish number does it",
            "repeat_victimisation",
            {**LEE, "reported_to_police": False, "age": 40.0},
            "deny",
        ),
    ],
)
def test_lee_reporting_from_spain(text, requested, facts, intent):
    assert _read(text, requested, facts, intent) == ["utter_m79f_report_from_abroad"]


def test_lee_not_reported_yet_can_i_do_that_from_here():
    text = (
        "what? no we dont know who did it. the neighbour just noticed the door was smashed in and "
        "called me. not reported yet can i do that from here?"
    )
    said = _read(text, "reported_to_police", LEE, "deny")
    assert said[0] == "utter_m79f_report_from_abroad", said


@pytest.mark.parametrize(
    "text",
    [
        "can i report it online?",
        "do i have to report it in person?",
        "how do i report it to the police?",
    ],
)
def test_reporting_at_home_keeps_its_answers(text):
    assert said_answer(text, "burglary", ["my flat was broken into last night"]) != (
        "utter_m79f_report_from_abroad"
    )
