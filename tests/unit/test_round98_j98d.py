"""Round 98, helper j98d: Lakshmi (money "borrowed" by her son-in-law) and Ibe (work laptop with
client data taken from his car)."""

from __future__ import annotations

from actions.account import read_account
from tests.unit.known_answers import answer_in_conversation, sendable

LAKSHMI_SAID = [
    "Namaste. I am not sure if I am in the right place. I have a problem with my family and money,"
    " I do not know who to ask.",
    "Yes that is alright. But please, nobody in my house can see this? My son-in-law sometimes"
    " looks at my phone.",
    "No, no danger. He is not hitting me. Only he shouts. The problem is he has taken my savings,"
    " 15,000 pounds. He said it was borrowing for his business, that was last year, and now he"
    " will not give back. Is this a crime if it is family?",
    "No, please, it is not assault. I said he does not hit me. It is about the money only. And he"
    " shouts at me when I ask for it. I have not told police. I do not want him arrested, only my"
    " money back. My daughter will never forgive me.",
    "I am 68.",
    "yes my son in law. we live in same house, my daughter also. it is my daughter's house but I"
    " gave money for deposit also",
    "I want my money back. That is all. And maybe someone to talk to who understands. Can someone"
    " speak Hindi or Punjabi?",
    "Ealing",
]
LAKSHMI = {
    "relationship_to_offender": "family_member",
    "age": 68,
    "repeat_victimisation": True,
    "reported_to_police": False,
    "borough": "Ealing",
}
MONEY_BACK = (
    "But which one will help me get my money back? I do not want police coming to the house. If"
    " they call me will my son-in-law find out?"
)


def _names(said):
    return [said.response, *(then.response for then in said.then)]


def test_lakshmi_a_blow_denied_is_no_assault():
    said = LAKSHMI_SAID[2]
    assert read_account(said).crime_type == "fraud"
    assert read_account("He is not hitting me. Only he shouts.").crime_type is None
    assert read_account("he does not hit me").crime_type is None
    # A blow before, or one told beside the denial, is still read.
    assert read_account("he doesn't hit me any more but he used to punch me").crime_type
    assert read_account("he doesn't hit me but he pushed me into the wall").crime_type
    assert read_account("he never hit me until last week when he punched me").crime_type


def test_lakshmi_money_lent_to_family_gets_no_bank_refund_promise():
    said = answer_in_conversation(MONEY_BACK, "fraud", LAKSHMI_SAID, **LAKSHMI)
    assert said is not None
    names = _names(said)
    assert "utter_bank_scam" not in names
    assert "utter_j98d_family_loan_refund_older" in names
    (text,) = sendable("utter_j98d_family_loan_refund_older")
    assert "civil dispute" in text and "Hourglass" in text and len(text) <= 320
    # Younger: no Hourglass (it is for older people).
    young = answer_in_conversation(MONEY_BACK, "fraud", LAKSHMI_SAID, **{**LAKSHMI, "age": 40})
    assert young is not None and "utter_j98d_family_loan_refund" in _names(young)
    # A scam by a stranger keeps the bank refund answer.
    stranger = answer_in_conversation(
        "Can I get my money back?",
        "fraud",
        ["A man rang saying he was from my bank and I moved 3000 pounds to a safe account."],
        relationship_to_offender="stranger",
        age=68,
    )
    assert stranger is not None and "utter_j98d_family_loan_refund_older" not in _names(stranger)


def test_lakshmi_safe_contact_answered_the_first_time():
    said = answer_in_conversation(MONEY_BACK, "fraud", LAKSHMI_SAID, **LAKSHMI)
    assert said is not None and "utter_if_someone_answers" in _names(said)


IBE_FIRST = (
    "Hi. My car was broken into overnight outside my house in Greenwich - rear passenger window"
    " smashed, and my work laptop was taken from the boot. It has client data on it. What do I"
    " need to do?"
)


def test_ibe_data_breach_question_answered():
    for asked in (
        "Yes fine. But my main question: do I have to report the client data loss as a data breach"
        " myself, or is that my employer's job?",
        "No, I'm not in danger, nobody threatened me. I'm asking about data protection - the ICO."
        " Does the breach report fall on me or on the firm?",
    ):
        said = answer_in_conversation(asked, "theft", [IBE_FIRST], age=50)
        assert said is not None and said.response == "utter_j98d_work_data_stolen", asked
    (text,) = sendable("utter_j98d_work_data_stolen")
    assert "ICO" in text and "72 hours" in text and len(text) <= 320
    # Not without work things taken.
    said = answer_in_conversation(
        "Does the breach report fall on me?", "theft", ["My bike was stolen from the station."]
    )
    assert said is None or said.response != "utter_j98d_work_data_stolen"


def test_ibe_what_to_tell_employer_answered():
    earlier = [IBE_FIRST, "No idea, a stranger I assume."]
    for asked in (
        "No, first time. My boss is furious about the client data though, he's talking like it's"
        " my fault. What should I actually tell my employer?",
        "No. And that's not what I asked - I asked what I should tell my employer about the stolen"
        " laptop.",
    ):
        said = answer_in_conversation(asked, "theft", earlier, age=50)
        assert said is not None and said.response == "utter_j98d_work_data_stolen", asked
    (text,) = sendable("utter_j98d_work_data_stolen")
    assert "isn't your fault" in text and "crime reference" in text


def test_ibe_stress_with_boss_answered_beside_insurance():
    said = answer_in_conversation(
        "Information mainly. Crime reference number for the insurance and for work. And honestly,"
        " the stress with my boss - is there anyone who can advise on that side?",
        "theft",
        [IBE_FIRST],
        age=50,
    )
    assert said is not None
    names = _names(said)
    assert "utter_insurance_crime_number" in names
    assert "utter_j98d_stress_with_boss" in names
