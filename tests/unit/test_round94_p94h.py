"""Round 94, helper p94h: Maureen (70, hit by her daughter, 40, who is mentally ill)."""

from __future__ import annotations

from actions.account import read_account
from actions.questions import p7_asks_for_child_at_home
from tests.unit.known_answers import answer_in_conversation, sendable


def test_gp_surgery_is_a_place_not_an_operation() -> None:
    # Maureen: "her gp is at the surgery on broadway" got "I'm sorry you're hurt ... Blurred
    # or changed sight after a blow".
    said = (
        "someone to talk to i suppose. and help getting her seen by the mental health people. "
        "her gp is at the surgery on broadway"
    )
    assert not read_account(said).details & {"injured", "serious_injury"}
    assert "serious_injury" in read_account("he broke my jaw and i needed surgery").details


def test_daughters_condition_is_not_the_writers() -> None:
    # Maureen, of her daughter: noted as "you have a health condition or disability".
    said = (
        "what teacher? she's 40, I'm 70. shes not a child. she's had problems since her "
        "twenties, bipolar they said once but she stopped going to the doctor"
    )
    assert read_account(said).impairment is None
    assert read_account("he hit me because im disabled").impairment
    assert read_account("i have bipolar").impairment


MAUREEN_FIRST = (
    "hello i dont really know if this is the right place. its my daughter, she lives with me "
    "and she has been hitting me and she broke my ornaments and the tv. she isnt well, she has "
    "mental health problems. i dont want her in trouble i just want someone to help her"
)
MAUREEN_HELP_HER = (
    "im alright now she is asleep upstairs. i dont want to leave my own house though, its my "
    "house. is there anyone who can help HER, she needs a doctor not police"
)
MAUREEN_ASKED = "yes thats ok. but victim support is for me isnt it, i asked about my daughter"


def _said(text: str, *before: str) -> str | None:
    found = answer_in_conversation(text, "domestic_abuse", before)
    return found.response if found else None


def test_asked_about_adult_daughter_gets_no_child_answer() -> None:
    # "It wasn't wrong: you can talk to his teacher ... NSPCC" for her daughter, 40.
    assert _said(MAUREEN_ASKED, MAUREEN_FIRST, MAUREEN_HELP_HER) == "utter_p94h_her_mental_health"
    grown = "what teacher? she's 40, I'm 70. shes not a child"
    assert not p7_asks_for_child_at_home(
        "i asked about my daughter", {"crime_type": "domestic_abuse", "said": [grown]}
    )


def test_help_for_her_mental_health_is_answered() -> None:
    assert _said(MAUREEN_HELP_HER, MAUREEN_FIRST) == "utter_p94h_her_mental_health"
    for asked in (
        "DA6 postcode. so who can help my daughter then",
        "that hourglass sounds alright. but you still havent told me who helps my daughter "
        "with her mental health, ive asked three times now",
    ):
        assert _said(asked, MAUREEN_FIRST, MAUREEN_HELP_HER) == "utter_p94h_her_mental_health"
    assert _said("who helps my daughter with her mental health") == ("utter_p94h_her_mental_health")
    (text,) = sendable("utter_p94h_her_mental_health")
    assert "NHS 111" in text and len(text) <= 320
    # Linda's son keeps his answer; a child's question is not taken.
    assert _said("who do i call about his mental health") == "utter_n80e_their_mental_health"
    assert (
        _said("is there anyone who can help my daughter, shes 12", "she has mental health problems")
        != "utter_p94h_her_mental_health"
    )


def test_threat_to_her_son_by_a_lender_is_not_domestic_abuse() -> None:
    # Efua: "I've noted: domestic abuse" - "No it is not domestic, he is not my husband or
    # family!!"
    said = read_account(
        "I am not safe really. He came to my door on saturday and said if I dont pay by end of "
        "month he will hurt my son. My son is 17. He is not here now, I am at home"
    )
    assert said.crime_type != "domestic_abuse"
    assert said.offender != "family_member"
    assert not said.for_child
    # A relative who hurts the writer is still read.
    relative = read_account(
        "its about my grandson, he takes money from my purse and shouts if i say no"
    )
    assert relative.offender == "family_member"


EFUA_FIRST = (
    "Good evening. Please I need advice. A man from my church community lent me 500 pounds last "
    "year when I was short, now he is saying I owe him 2000 and he is threatening me and my son"
)
EFUA_DOOR = (
    "I am not safe really. He came to my door on saturday and said if I dont pay by end of month "
    "he will hurt my son. My son is 17. He is not here now, I am at home"
)


def test_job_mentioned_is_not_threats_at_work() -> None:
    # Efua got the employer's duty to protect staff from threats at work (HSWA s.2, Acas).
    found = answer_in_conversation(
        "48. I work as a carer so I cannot lose my job, I have no money for 2000",
        "stalking_harassment",
        [EFUA_FIRST, EFUA_DOOR],
    )
    assert found is None or found.response != "utter_x2_threatened_at_work_job"


def test_is_the_lenders_demand_legal_is_answered() -> None:
    # Efua got "It's not a scam: this service is free", then "I can't answer your question".
    for asked, crime in (
        (
            "yes ok. Is it legal what he is doing? I borrowed 500 only, I have paid back 300 "
            "already. Do I have to pay him 2000?",
            None,
        ),
        (
            "Someone I know. The threats are not at my work, they are at my home. Please you did "
            "not answer me, do I have to pay him the 2000?",
            "stalking_harassment",
        ),
    ):
        found = answer_in_conversation(asked, crime, [EFUA_FIRST])
        assert found is not None and found.response == "utter_p94h_illegal_money_lending"
    (text,) = sendable("utter_p94h_illegal_money_lending")
    assert "stoploansharks.co.uk" in text and len(text) <= 320
    # Blackmail with no loan keeps its own answer.
    oskar = answer_in_conversation(
        "should i just pay him",
        "stalking_harassment",
        ["he says give him another 300 or he sends pics to my brother"],
    )
    assert oskar is not None and oskar.response != "utter_p94h_illegal_money_lending"
