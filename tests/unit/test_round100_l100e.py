"""Round 100, helper l100e: Shirin (her mother bruised in a care home), Paddy (threatened with a
bat at traffic lights), Leanne (domestic abuse, texting from a friend's phone at work), Ravi (an
employee stole from his till)."""

from __future__ import annotations

from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer_in_conversation, sendable

SHIRIN_NOT_IN_DANGER = (
    "why do you keep saying theft?? there is no theft and no PA, she is in a residential care "
    "home. I don't think she is in danger this minute, the manager is there, but I'm worried. "
    "Does my mother have to agree before I report it? She has dementia."
)


# S6: "please hurry" said because her break is ending got the 999 screen.
def test_hurry_because_a_break_is_ending_is_not_danger():
    text = "yes i said a year. please hurry my break is nearly over"
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


def test_hurry_with_someone_coming_is_still_danger():
    assert detect_risk("please hurry my break is nearly over hes at the door") == "in_danger"
    assert detect_risk("please hurry he is coming") == "in_danger"


# S3: "I don't think she is in danger this minute, the manager is there" got the 999 screen.
def test_i_dont_think_she_is_in_danger_is_a_denial():
    assert detect_risk(SHIRIN_NOT_IN_DANGER) is None
    assert not trusted_crisis(SHIRIN_NOT_IN_DANGER, "in_danger")


def test_i_dont_think_in_danger_but_someone_coming_is_read():
    text = "I don't think she is in danger this minute but he is coming back tonight"
    assert detect_risk(text) == "in_danger"


RAVI = [
    "Good afternoon. I own a convenience shop in Hounslow. I have discovered that one of my shop "
    "assistants has been taking cash from the till over roughly the last eight months, approx "
    "£6,000 in total. I have till records and some CCTV. Is this a police matter or a civil one?",
    "information and compensation. I want the money back.",
    "How do I get the £6,000 back? Compensation was what I asked for.",
]


def _response(text, crime_type, said, **answers):
    got = answer_in_conversation(text, crime_type, said, **answers)
    return None if got is None else got.response


# S7: "police or civil?" asked four times: ignored, then the suing answer about a venue and door
# staff, then only an apology.
def test_police_or_civil_after_a_theft_is_answered():
    assert _response(RAVI[0], None, []) == "utter_l100e_theft_police_and_civil"
    for text in (
        "Yes, that's fine. But please answer my question: police or civil?",
        "No, no danger. It's theft by an employee. Police or civil?",
        "Not yet. That is what I am asking you for the third time. Should I report it to the "
        "police, or is it a matter for a civil claim against her? Will the police actually take "
        "up an employee theft case?",
        "Door staff? What venue? It's my own shop and it's my employee. Is stealing from the till "
        "a crime the police will investigate, yes or no?",
    ):
        assert _response(text, "theft", RAVI[:1]) == "utter_l100e_theft_police_and_civil"


def test_police_or_civil_answer_fits_one_sms():
    for name in ("utter_l100e_theft_police_and_civil", "utter_l100e_dismissing_an_employee"):
        assert all(len(text) <= 320 for text in sendable(name))


def test_police_or_civil_is_not_for_harassment_or_fraud():
    said = ["my neighbour keeps shouting abuse at me"]
    assert _response("is this a police or civil matter", "harassment", said) != (
        "utter_l100e_theft_police_and_civil"
    )
    assert _response("is it police or civil", "fraud", ["a scammer took £500"]) != (
        "utter_l100e_theft_police_and_civil"
    )


# S7: the suing answer speaks of a venue and door staff: only where a venue was told.
def test_suing_answer_needs_a_venue_told():
    assert _response("can i sue her?", "theft", RAVI[:1]) != "utter_suing"
    said = ["i was kicked by door staff outside a club"]
    assert _response("can i sue them?", "assault", said) == "utter_suing"


# S8: "Can I sack her straight away or would that affect a police case?" and "And my question
# about dismissing her?" got only "About 6 more short questions".
def test_dismissing_their_employee_is_answered():
    for text in (
        "No. How many more questions? Can I sack her straight away or would that affect a police "
        "case?",
        "No. And my question about dismissing her?",
    ):
        assert _response(text, "theft", RAVI[:1]) == "utter_l100e_dismissing_an_employee"


def test_sacking_is_not_answered_for_someone_elses_employee():
    said = ["a bouncer shoved me down the steps at a club"]
    assert _response("cant i get him sacked", "assault", said) != (
        "utter_l100e_dismissing_an_employee"
    )


# S9: "I will report it to the police myself and speak to my solicitor" after a theft got "No,
# you don't need a solicitor: you can apply to CICA yourself".
def test_no_cica_solicitor_answer_after_a_theft():
    text = "No thank you. I will report it to the police myself and speak to my solicitor."
    assert _response(text, "theft", RAVI) != "utter_z2_cica_no_solicitor"
    assert _response("do i need a solicitor for compensation", "theft", RAVI) != (
        "utter_z2_cica_no_solicitor"
    )


def test_cica_solicitor_answer_still_after_an_injury():
    said = ["i was glassed in a pub", "compensation"]
    assert _response("do i need a solicitor for cica", "assault", said) == (
        "utter_z2_cica_no_solicitor"
    )


SHIRIN = [
    "hello, I need some advice about my mother, she is in a care home in Harrow",
    "yes that's fine. My mother is 79, she lives in a care home. Last two visits I noticed bruises "
    "on both her upper arms, like finger marks, and she goes very quiet and tense when one "
    "particular carer comes into the room. She has mild dementia so she can't really explain.",
    "I'm fine, it's not me, it's my mother. I'm not sure if she's safe, she's still there with "
    "that carer.",
]


# S1: bruises from a carer in a care home were answered as a carer's theft and a PA on direct
# payments, three times, even after "nobody stole anything? It's bruises".
def test_carer_bruises_are_not_answered_as_theft():
    said = list(SHIRIN)
    theft = {"utter_x71d_carer_theft_who_to_tell", "utter_z87a_no_agency_who_to_tell"}
    for text in (
        "No, not yet. That's actually my question - who should I tell first? The police, Harrow "
        "council, or the CQC? I don't want to make things worse for her there.",
        "Sorry, nobody stole anything? It's bruises, I think the carer is hurting her, grabbing "
        "her arms. And it's a care home not an agency. She is 79.",
        "It is a care home, there is no agency!! Anyway. What support can she get, and can "
        "someone help me with the safeguarding report?",
    ):
        assert _response(text, "assault", said, for_someone_else=True) not in theft
        said.append(text)


# S4 (part): Paddy's "he knows my reg ... could he find me through that?" got the answer about
# giving the police part of the attacker's number plate.
def test_attacker_knowing_my_reg_is_not_a_plate_to_report():
    said = ["threatened with a baseball bat at traffic lights, mirror smashed, i have dashcam"]
    text = (
        "bit yeah. he knows my reg and the van has the company name on the side, could he find "
        "me through that?"
    )
    assert _response(text, "assault", said) != "utter_h4_part_number_plate"
    assert _response("i got half his number plate, is that enough?", "assault", said) == (
        "utter_h4_part_number_plate"
    )
