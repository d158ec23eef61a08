"""Round 99, helper k99d: Gareth, Noor, Pete and Aisha (round 99, helper d's role-play)."""

from __future__ import annotations

from actions.account import read_account
from actions.answers import contact_said, read_answer
from tests.unit.known_answers import answer_in_conversation, sendable


def _said(text: str, crime_type: str | None, said: list[str], **answers: object) -> list[str]:
    got = answer_in_conversation(text, crime_type, said, **answers)
    assert got is not None, text
    return [str(got.response), *(str(then.response) for then in got.then)]


# Gareth, 57: his late mother's empty house burgled a week after her funeral.
GARETH_SAID = [
    "yes ok. not sure this is even for me though, it wasnt my house",
    "no im fine. it was my mums house, she died last month. someone broke in a week after the "
    "funeral when it was empty and took her jewellery",
    "57",
    "no idea. police said they might have seen the funeral notice in the paper and known it was "
    "empty. thats what gets me",
    "no",
]


def test_gareth_is_this_even_for_me_gets_family_support() -> None:
    for text in (
        "yes ok. not sure this is even for me though, it wasnt my house",
        "yes the neighbour called them when she saw the back door open, ive got a crime number. "
        "but is this even for me, it wasnt my house, it was hers",
    ):
        assert _said(text, "burglary", GARETH_SAID[1:2]) == ["utter_support_for_family"]
    (text,) = sendable("utter_support_for_family")
    assert text.startswith("Yes, families get support too")


def test_gareth_empty_house_insurance_is_answered_not_the_crime_number() -> None:
    said = list(GARETH_SAID)
    for text in (
        "no. do you know if insurance covers it when the house is empty? i didnt tell them she'd "
        "died",
        "no. but the empty bit, will they refuse because nobody was living there? i already said "
        "i got a crime number",
        "ok yes pass it on. but what about the insurance, will they refuse or not",
    ):
        assert _said(text, "burglary", said) == ["utter_k99d_empty_home_insurance"], text
        said.append(text)
    (text,) = sendable("utter_k99d_empty_home_insurance")
    assert text.startswith("It isn't automatically refused") and len(text) <= 320


def test_gareth_yes_what_is_not_a_yes_to_being_scared_of_court() -> None:
    text = (
        "yes what? yes they'll refuse?? thats all her rings, my dads wedding ring was in there too"
    )
    assert read_answer("fear_of_giving_evidence", text).value is None
    assert read_answer("fear_of_giving_evidence", "yes").value is True


# Noor, 20: groped by a stranger on a night bus; her friend filmed part of it.
NOOR_SAID = [
    "hi um a man groped me on the night bus last night and i dont really know what to do",
    "no im at home. my friend filmed some of it on her phone, like him touching me and then when "
    "i shouted at him. can that be used as evidence??",
]


def test_noor_friend_who_filmed_it_is_not_the_offender() -> None:
    assert read_account(NOOR_SAID[1]).offender is None


def test_noor_video_question_is_the_evidence_answer_not_a_threat_to_share() -> None:
    for text in (
        "no i dont know him at all, hes a random man. and what about the video tho",
        "english. but can u answer about the video pls, my friend still has it on her phone",
        "information i guess like how to report it and if the video counts. i keep asking about "
        "the video",
    ):
        got = _said(text, "sexual_offence", NOOR_SAID)
        assert "utter_threat_to_share_video" not in got, text
        assert got[0] == "utter_send_video_evidence", text


def test_noor_weekdays_in_the_day_at_uni_is_when_to_text() -> None:
    assert contact_said("weekdays in the day, im at uni")["contact_times"] == (
        "weekdays, in the day"
    )
    # Still busy when the time comes after what keeps them busy.
    assert contact_said("evenings, im at uni in the day")["contact_times"] == (
        "evenings, not in the day"
    )


# Pete, 66: £22,000 sent to "Anna", met on a website.
PETE_SAID = [
    "Hello. I am not sure if this is the right place. I think I have been the victim of a scam.",
    "Yes alright.",
]
PETE_TOLD = (
    "No not in danger. I met a lady called Anna on a website last year and over 8 months I sent "
    "her money, about £22,000 in the end, for her visa and then her mother's hospital bills. Now "
    "her profile is gone and her number doesn't work. I feel such a fool."
)


def test_pete_romance_scam_is_not_called_a_bank_scam() -> None:
    assert _said(PETE_TOLD, "fraud", PETE_SAID) == ["utter_b4_romance_scam_not_your_fault"]
    correction = (
        "No it wasnt my bank, nobody pretended to be the bank. It was Anna, I thought we were in "
        "a relationship. I havent told the police, I havent told anyone."
    )
    assert _said(correction, "fraud", [*PETE_SAID, PETE_TOLD]) == ["utter_b4_romance_not_the_bank"]


# Aisha, 35: her car set on fire; she suspects her ex-husband's brother.
AISHA_FIRST = (
    "someone set my car on fire outside my house 2 nights ago. i think it was my ex husbands "
    "brother hes been threatening me. i have 3 kids i cant sleep there"
)
AISHA = {"relationship_to_offender": "family_member"}


def test_aisha_going_back_for_school_things_is_not_being_made_to_go_back() -> None:
    text = (
        "not sure. were at my sisters tonight. but i have to go back for the kids school things. "
        "what if he comes back and does the house next"
    )
    got = _said(text, "domestic_abuse", [AISHA_FIRST], **AISHA)
    assert "utter_dont_have_to_go_back" not in got
    assert got[0] == "utter_if_he_comes"


def test_aisha_arson_and_fire_brigade_report_are_answered() -> None:
    said = [AISHA_FIRST]
    arson = (
        "yes police came the same night with the fire brigade. is it arson? the police just said "
        "criminal damage and i dont understand whats the difference"
    )
    assert _said(arson, "domestic_abuse", said, **AISHA) == [
        "utter_k99d_arson_is_criminal_damage_by_fire"
    ]
    report = (
        "no. how do i get the fire brigade report? the insurance want it and i dont even know "
        "who to ask"
    )
    assert _said(report, "domestic_abuse", said, **AISHA) == ["utter_k99d_fire_brigade_report"]
    both = "ok thanks. you never said if its arson tho or what i do about the fire brigade report"
    assert _said(both, "domestic_abuse", said, **AISHA) == [
        "utter_k99d_arson_is_criminal_damage_by_fire",
        "utter_k99d_fire_brigade_report",
    ]
    for name in ("utter_k99d_arson_is_criminal_damage_by_fire", "utter_k99d_fire_brigade_report"):
        (text,) = sendable(name)
        assert len(text) <= 320
