"""Round 84, helper t84e: Stanley (80, a crypto investment scam), Arjun (22, his landlord kept his
deposit), Brenda (70, loans her son took in her name) and Derek (66, a keyless car theft), with
their exact words, and other people's that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest

from actions.reading import Turn, read_turn
from core.text import SMS_LIMIT
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    ORGANISATIONS,
    assert_one_sms_with_a_source,
    at_question,
    responses_in_conversation,
)

NEW = [
    "utter_t84e_investment_refund_depends",
    "utter_t84e_investment_not_your_fault",
    "utter_t84e_report_to_stop_paying",
    "utter_t84e_house_for_debt",
    "utter_t84e_tenancy_deposit",
    "utter_t84e_tell_dvla",
]


@pytest.mark.parametrize("name", [name for name in NEW if name != NEW[0]])
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, DOMAIN / "responses_answers.yml")


def test_the_refund_answer_fits_an_sms_either_way() -> None:
    for variant in ALL_RESPONSES["utter_t84e_investment_refund_depends"]:
        assert len(variant["text"]) <= SMS_LIMIT


# -- 1. Stanley: the refund and the reassurance fit an investment scam -------------------------

S1 = (
    "no im not in danger. its money. a man on the phone got me to put money into one of these "
    "crypto things, bitcoin investment. i put in £25,000 over a few months and now i cant get any "
    "of it out. he doesnt answer anymore"
)
S2 = "no not yet. will the bank pay me back do you know? its barclays"
S3 = (
    "im 80. i sent it from barclays to an account he gave me, then it went into the bitcoin thing "
    "i think, he set up the account on my computer for me"
)
STANLEY: dict[str, Any] = {
    "consent": True,
    "in_danger": False,
    "crime_type": "fraud",
    "reported_to_police": False,
    "age": 80.0,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
}
FOOL = (
    "i dont know. i just feel such a fool. my daughter doesnt know about any of this and i dont "
    "want her told. please dont tell her"
)
NOT_THE_BANK = (
    "it wasnt the bank pretending, it was an investment, he said i would double it. getting my "
    "money back mostly. and did you hear me about my daughter, shes not to know"
)


def test_stanley_asks_if_the_bank_pays_back_after_a_crypto_scam() -> None:
    got = at_question(S2, "reported_to_police", {**STANLEY, "said": [S1]})
    assert got == ["utter_t84e_investment_refund_depends"]


def test_stanley_feeling_a_fool_gets_the_investment_reassurance_and_his_daughter() -> None:
    got = at_question(FOOL, "fear_of_giving_evidence", {**STANLEY, "said": [S1, S2, S3]})
    assert got == ["utter_t84e_investment_not_your_fault", "utter_c75d_support_wont_tell_family"]


def test_stanley_it_wasnt_the_bank_and_his_daughter() -> None:
    got = at_question(NOT_THE_BANK, "needs", {**STANLEY, "said": [S1, S2, S3]})
    assert "utter_bank_scam" not in got
    assert got[:2] == [
        "utter_t84e_investment_not_your_fault",
        "utter_c75d_support_wont_tell_family",
    ]


def test_stanley_asked_again_about_his_daughter() -> None:
    got = at_question(
        "english. you havent answered me about my daughter",
        "language",
        {**STANLEY, "said": [S1, S2, S3, FOOL]},
    )
    assert got == ["utter_c75d_support_wont_tell_family"]


@pytest.mark.parametrize(
    "text",
    [
        "thank you. and they wont tell my daughter will they? and so will barclays give it back or "
        "not, its crypto",
        "you keep saying that. does it matter that it went into bitcoin",
    ],
)
def test_stanley_after_the_result_gets_where_the_money_went(text: str) -> None:
    facts = {key: value for key, value in STANLEY.items() if key != "crime_type"}
    got = responses_in_conversation(text, "fraud", [S1, S2, S3], **facts)
    assert "utter_t84e_investment_refund_depends" in got
    assert "utter_bank_scam" not in got


# A safe-account scam keeps the bank-impersonation answers.
BERYL = "I had to move the money to a safe acount, the bank rang me. I feel such a silly old fool"


def test_a_safe_account_scam_keeps_its_answers() -> None:
    got = at_question(S2, "reported_to_police", {**STANLEY, "said": [BERYL]})
    assert got == ["utter_bank_scam"]


# -- 4. Brenda: reporting to stop paying, and the house ----------------------------------------

B1 = (
    "Hello dear, I'm not sure if this is the right place. I've been getting letters about debts, "
    "two loans, and I never took out any loans. I think it was my son. Do I have to pay them?"
)
BRENDA: dict[str, Any] = {"consent": True, "crime_type": "domestic_abuse", "said": [B1]}


def test_brenda_asks_if_she_must_report_him_to_stop_paying() -> None:
    text = (
        "No I'm not in danger, goodness no. Dean wouldn't hurt me. He's had a hard time. I just "
        "don't know what to do. I don't want him in trouble with the police, do I have to report "
        "him to get out of paying?"
    )
    got = at_question(text, "in_danger", {"consent": True, "said": [B1]})
    assert got == ["utter_t84e_report_to_stop_paying"]


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "Practical help with the letters really. I can't pay 4 thousand and the other one is "
            "about 2 thousand. Will they take my house?",
            "needs",
        ),
        (
            "Children? I don't have any children at home dear, Dean is 43. I asked if they can "
            "take my HOUSE for the loans",
            "language",
        ),
    ],
)
def test_brenda_asks_if_they_take_her_house(text: str, requested: str) -> None:
    got = at_question(text, requested, BRENDA)
    assert "utter_t84e_house_for_debt" in got
    assert "utter_p7_children_services_keep_family" not in got


def test_a_parent_afraid_children_are_taken_keeps_that_answer() -> None:
    got = responses_in_conversation(
        "if i tell them will they take my kids off me?", "domestic_abuse", ["my partner hits me"]
    )
    assert "utter_t84e_house_for_debt" not in got


# -- 3. Arjun: the deposit his landlord kept ---------------------------------------------------

A1 = (
    "no not danger exactly. my landlord keeps coming into my room without telling me, like i come "
    "back and hes been in there or he just opens the door when im inside. he kept my deposit "
    "£1200 when i moved rooms. and when i complained he said he will call immigration on me. im "
    "on a student visa, everything is legal, but it scared me. is that a crime or just housing "
    "thing"
)
ARJUN: dict[str, Any] = {
    "consent": True,
    "in_danger": False,
    "crime_type": "stalking_harassment",
    "reported_to_police": False,
    "age": 22.0,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "said": [A1],
}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "yes probably, he knows where i live obviously lol. also what about my deposit can i "
            "get it back",
            "fear_of_giving_evidence",
        ),
        (
            "feeling safe and practical help. but i meant the deposit he kept, its £1200 its not "
            "with police, its the landlord who has it",
            "needs",
        ),
        ("english is fine. ?? you didnt answer about the deposit", "language"),
    ],
)
def test_arjun_asks_about_his_deposit(text: str, requested: str) -> None:
    got = at_question(text, requested, ARJUN)
    assert "utter_t84e_tenancy_deposit" in got
    assert "utter_property_back" not in got


def test_arjun_after_the_result() -> None:
    got = responses_in_conversation(
        "thanks. last thing, where do i go about getting my deposit back? like who do i even ask",
        "stalking_harassment",
        [A1],
    )
    assert got == ["utter_t84e_tenancy_deposit"]


def test_a_builders_deposit_is_not_a_tenancy_deposit() -> None:
    got = responses_in_conversation(
        "can i get my deposit back from the builder?",
        "fraud",
        ["i paid a builder a deposit and he vanished"],
    )
    assert "utter_t84e_tenancy_deposit" not in got


# -- 5. Derek: keyless theft, skip the rest, the DVLA ------------------------------------------

D1 = (
    "My car has been stolen off my drive overnight. I need a crime number for the insurance. Just "
    "the basics please."
)


def test_derek_keyless_theft_is_not_keys_taken() -> None:
    text = (
        "No, keep nothing. What else do I need to do? It was one of those keyless things, the car "
        "was locked, key was in the hall"
    )
    got = at_question(text, "consent", {"said": [D1]})
    assert "utter_v6_car_keys_taken" not in got


def test_eddies_car_keys_taken_keep_their_answer() -> None:
    got = responses_in_conversation(
        "they took my car keys. the car is on my drive. should i move it or what",
        "burglary",
        ["someone broke in last night"],
    )
    assert "utter_v6_car_keys_taken" in got


def test_derek_asks_about_the_dvla() -> None:
    got = responses_in_conversation(
        "Right. Do I need to tell the DVLA as well or just police and insurer?", "theft", [D1]
    )
    assert got == ["utter_t84e_tell_dvla"]


DEREK: dict[str, Any] = {
    "consent": False,
    "in_danger": False,
    "crime_type": "theft",
    "reported_to_police": False,
    "age": 66.0,
    "relationship_to_offender": "unknown",
}


@pytest.mark.parametrize(
    ("text", "requested", "facts"),
    [
        ("No. Look I just want the basics. Skip the rest", "repeat_victimisation", {}),
        (
            "I said skip the rest. Just tell me what I need to do",
            "hate_motivated",
            {"repeat_victimisation": False},
        ),
    ],
)
def test_derek_skip_the_rest_skips_every_question_before_the_result(
    text: str, requested: str, facts: dict[str, Any]
) -> None:
    from actions.skip_logic import questions_to_ask

    answers = {**DEREK, **facts, "said": [D1]}
    reading = read_turn(
        Turn(text=text, requested=requested, answers=answers, organisations=ORGANISATIONS)
    )
    merged = {**answers, **reading.slots}
    left = [
        slot
        for slot in questions_to_ask(merged, reading.skipped)
        if merged.get(slot) is None and slot != "consent"
    ]
    assert left == []
    assert "needs" in reading.skipped and "borough" in reading.skipped
    assert not any(say.response == f"utter_reask_{requested}" for say in reading.say)


def test_a_plain_skip_skips_only_its_question() -> None:
    reading = read_turn(
        Turn(
            text="skip",
            requested="hate_motivated",
            answers={**DEREK, "repeat_victimisation": False},
            organisations=ORGANISATIONS,
        )
    )
    assert "needs" not in reading.skipped
