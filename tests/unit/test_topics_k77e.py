"""Round 77, helper k77e: questions about the law and the police, answered. Dylan (whether the
police tell his mum), Grace (whether her Action Fraud call counts as a police report), Tariq and
Mark (money for the injury itself; suing him), Tariq (CCTV once reported; going back to work on
Monday), Helen (when she hears back once fingerprints were taken), Kwame (whether the men see a
witness at court), Linda (what vulnerable means; someone beside her brother when he is
interviewed) and Chloe (whether it is too late for tests), with other people's messages that
keep their answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.questions import known_answer
from tests.unit.known_answers import ORGANISATIONS, assert_one_sms_with_a_source, at_question

TOPIC_ANSWERS = Path(__file__).parents[2] / "bot" / "domain" / "responses_topics.yml"
NEW = [
    "utter_k77e_cica_injury_award",
    "utter_k77e_sue_for_losses",
    "utter_k77e_vulnerable_meaning",
    "utter_k77e_someone_beside_them",
]


def known(text: str, facts: dict) -> list[str | None]:
    say = known_answer(text, facts.get("crime_type"), ORGANISATIONS, answers=facts)
    return [] if say is None else [say.response, *(then.response for then in say.then)]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_a_source(name):
    assert_one_sms_with_a_source(name, TOPIC_ANSWERS)


# -- 1. Dylan, 16 ----------------------------------------------------------------------------
DYLAN = {"crime_type": "robbery", "consent": True}


def test_dylan_if_i_go_feds_do_they_tell_my_mum():
    # Before his age: the answer that depends on age (round 57, e2); once 16 is known, the
    # under-18 answer.
    text = "nah. if i go feds do they tell my mum? she dont know"
    said = at_question(text, "reported_to_police", DYLAN)
    assert said[0] == "utter_e2_police_tell_parent_depends_on_age"
    young = {**DYLAN, "age": 16.0, "under_18": True}
    assert at_question(text, "reported_to_police", young)[0] == "utter_police_tell_parents_young"


def test_dylan_u_still_aint_said_if_the_feds_would_tell_my_mum():
    facts = {**DYLAN, "age": 16.0, "under_18": True, "reported_to_police": False}
    text = "u still aint said if the feds would tell my mum tho"
    assert known(text, facts) == ["utter_police_tell_parents_young"]


@pytest.mark.parametrize(
    "text",
    [
        # the chat, not the police: the privacy answers keep these
        "will the support ppl tell my mum tho cah im 16",
        "does anyone see this? like my parents",
    ],
)
def test_chat_privacy_questions_keep_their_answer(text):
    facts = {**DYLAN, "age": 16.0}
    assert "utter_police_tell_parents_young" not in known(text, facts)


def test_an_adult_asking_if_police_tell_parents_is_not_the_under_18_answer():
    facts = {"crime_type": "assault", "age": 30.0}
    assert "utter_police_tell_parents_young" not in known("will the police tell my parents?", facts)


# -- 2. Grace, 71 ----------------------------------------------------------------------------
GRACE = {"crime_type": "fraud", "consent": True}


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, I should explain properly. Two days ago a man rang saying he was from "
        "Santander's fraud team and that my account had been compromised. He was very convincing "
        "and he knew things about me. He talked me into moving £23,000 into what he called a safe "
        "account. I have told the bank and they say they may not refund it. I did ring Action "
        "Fraud yesterday and they gave me a reference number. Does that count as reporting it to "
        "the police?",
        "Oh, that is a relief to hear, thank you. I am 71. But you didn't say, does ringing Action "
        "Fraud count as going to the police? I wasn't sure if I ought to ring the local station "
        "as well.",
    ],
)
def test_grace_does_action_fraud_count(text):
    assert known(text, GRACE)[0] == "utter_action_fraud_is_police"


def test_grace_do_i_need_to_ring_report_fraud_as_well():
    text = (
        "I'm sorry, I'm a little confused. I have already rung Action Fraud, do I need to ring "
        "Report Fraud as well? And how do I actually get the bank to give the money back, they "
        "said they may not."
    )
    assert known(text, {**GRACE, "age": 71.0}) == [
        "utter_action_fraud_is_police",
        "utter_bank_scam",
    ]


CALL_CHOSEN = {**GRACE, "age": 71.0, "contact_method": "call", "referral_consent": True}


def test_grace_how_will_i_know_its_really_you_when_they_ring():
    text = (
        "Yes, I live on my own. But how will I know it's really you when they ring? After what "
        "happened I'm frightened to trust anyone who telephones me."
    )
    assert known(text, CALL_CHOSEN) == ["utter_g4_know_its_really_us"]


def test_when_will_they_ring_keeps_its_answer():
    assert known("so when will they ring me?", CALL_CHOSEN) == ["utter_u1_they_will_ring"]


def test_is_report_fraud_the_same_as_action_fraud_keeps_its_answer():
    assert known("is report fraud the same as action fraud?", GRACE) == ["utter_action_fraud"]


# -- 3. Tariq and Mark: money for the injury, suing him ---------------------------------------
TARIQ = {
    "crime_type": "assault",
    "reported_to_police": True,
    "hate_motivated": True,
    "age": 34.0,
    "relationship_to_offender": "stranger",
    "said": [
        "no im fine. im a bus driver, last friday a passenger punched me in the face n called me "
        "a p*ki. police came got a crime number",
        "no. well not sleeping much since but thats normal isnt it. keep thinking bout going back "
        "in, got my shift monday and honestly dreading it",
    ],
}
MARK = {
    "crime_type": "assault",
    "reported_to_police": True,
    "age": 49.0,
    "relationship_to_offender": "stranger",
    "injured": True,
}


def test_tariq_do_i_get_compo_for_the_punch():
    text = (
        "compensation n info. can i get time off work for this?? wife is pregnant cant afford to "
        "lose shifts. and do i get compo for the punch"
    )
    assert known(text, TARIQ) == [
        "utter_k77e_cica_injury_award",
        "utter_o5_time_off_after_crime",
    ]


def test_tariq_so_i_dont_get_nothing_for_the_actual_punch():
    text = (
        "english. so i dont get nothing for the actual punch then? had a busted lip n my eye was "
        "swollen for days"
    )
    assert at_question(text, "language", TARIQ) == ["utter_k77e_cica_injury_award"]


def test_mark_so_i_get_nothing():
    text = (
        "28 weeks?? ill be back at it in a month. so i get nothing. not scared of court no, id "
        "happily stand up and say it"
    )
    assert at_question(text, "fear_of_giving_evidence", MARK) == ["utter_k77e_cica_injury_award"]


def test_mark_any_other_way_to_get_my_money_back_off_him():
    text = (
        "whats the point of CICA if i dont get anything for being off under 28 weeks. is there "
        "any other way to get my money back off him"
    )
    assert known(text, MARK) == ["utter_k77e_sue_for_losses", "utter_k77e_cica_injury_award"]


def test_mark_can_i_sue_him_myself():
    text = "thats not what i asked mate. can i sue him myself for my lost wages"
    assert known(text, MARK) == ["utter_k77e_sue_for_losses"]


def test_lost_days_keep_their_answer():
    facts = {"crime_type": "robbery", "injured": True}
    assert "utter_k77e_cica_injury_award" not in known(
        "can i get money for the days i cant work?", facts
    )


def test_suing_a_venue_keeps_its_answer():
    facts = {"crime_type": "assault", "injured": True}
    assert "utter_k77e_sue_for_losses" not in known(
        "can i sue the club for what the bouncers did?", facts
    )


def test_money_back_after_a_scam_is_not_suing():
    assert "utter_k77e_sue_for_losses" not in known(
        "how do i get my money back off him", {"crime_type": "fraud"}
    )


# -- 4. Tariq: CCTV and Monday; Helen: when she hears back ------------------------------------
def test_tariq_cctv_once_reported_and_monday():
    text = (
        "ok cheers. what about work tho like do i have to go back monday. can the police do "
        "anything if hes on cctv"
    )
    assert known(text, TARIQ) == ["utter_z2_officer_get_the_cctv", "utter_o5_time_off_after_crime"]


def test_tariq_u_didnt_answer_bout_monday():
    text = "already reported it i said, got a crime number. and u didnt answer bout monday"
    assert known(text, TARIQ) == ["utter_o5_time_off_after_crime"]


def test_cctv_not_yet_reported_keeps_report_it_answer():
    facts = {"crime_type": "assault", "reported_to_police": False}
    assert "utter_z2_officer_get_the_cctv" not in known(
        "can the police do anything if hes on cctv?", facts
    )


HELEN = {"crime_type": "burglary", "reported_to_police": True, "consent": True, "age": 63.0}


@pytest.mark.parametrize(
    "text,said",
    [
        (
            "It's not me with the condition, it's my husband Geoffrey. Yes the police came the "
            "next morning and took fingerprints from the kitchen and the back door. When will I "
            "hear back from them?",
            [],
        ),
        (
            "But I don't have a health condition, I told you it's Geoffrey with the dementia. And "
            "when will I hear back from the police? Nobody has rung since they did the "
            "fingerprints.",
            [],
        ),
        (
            "They HAVE done the fingerprints. I'm asking how long before they tell me anything",
            [],
        ),
    ],
)
def test_helen_when_will_i_hear_back(text, said):
    assert known(text, {**HELEN, "said": said}) == ["utter_g76e_police_keep_you_updated"]


def test_fingerprints_not_yet_taken_keeps_its_answer():
    facts = {"crime_type": "burglary", "reported_to_police": True}
    assert "utter_g76e_police_keep_you_updated" not in known(
        "will they come and take fingerprints?", facts
    )


# -- 5. Kwame: seen at court ------------------------------------------------------------------
KWAME = {
    "crime_type": "arson",
    "reported_to_police": True,
    "repeat_victimisation": True,
    "consent": True,
}


def test_kwame_do_they_see_me_do_they_know_my_name():
    text = (
        "44. but crimestoppers is no good, police already know its me its my shop. i mean if i "
        "give the statement and it goes to court do they see me? do they know my name"
    )
    assert at_question(text, "age", KWAME) == ["utter_p3_witness_name_at_court"]


def test_kwame_will_they_see_my_face():
    text = (
        "thats not what i asked. i asked about COURT. if it goes to court will they see my face, "
        "the boys. anyway who did it, i know who they are, local boys, one of them his older "
        "brother runs it. i dont know names proper"
    )
    facts = {**KWAME, "age": 44.0}
    assert at_question(text, "relationship_to_offender", facts) == [
        "utter_p3_witness_name_at_court"
    ]


def test_jay_feds_get_my_name_keeps_its_answer():
    assert known("if i use this am i snitching? will the feds get my name", {}) == [
        "utter_c2_feds_dont_get_your_name"
    ]


# -- 6. Linda, for her brother Paul ----------------------------------------------------------
LINDA = {
    "crime_type": "theft",
    "repeat_victimisation": True,
    "impairment": True,
    "for_someone_else": True,
    "reported_to_police": True,
    "consent": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "yes we reported it once back in the summer, nothing happened. nobody rang him back. what "
        "does vulnerable mean for someone like him? a lady on the phone said he might be classed "
        "as vulnerable",
        "is there nothing for people with learning disabilities? like mencap or someone who knows "
        "how to talk to him. and you still havent said what vulnerable means",
    ],
)
def test_linda_what_vulnerable_means(text):
    assert known(text, LINDA)[0] == "utter_k77e_vulnerable_meaning"


@pytest.mark.parametrize(
    "text",
    [
        "yes he would be terrified. can he have someone with him when the police talk to him? he "
        "gets confused with questions and just says yes to everything",
        "can I be with him when they interview him though? thats what I really need to know, last "
        "time they talked to him on his own on the doorstep",
    ],
)
def test_linda_someone_with_him(text):
    assert known(text, {**LINDA, "age": 40.0}) == ["utter_k77e_someone_beside_them"]


def test_parent_of_an_arrested_child_keeps_the_appropriate_adult_answer():
    facts = {"crime_type": "assault", "for_child": True, "age": 15.0}
    text = "hes been arrested, can I be with him when they interview him?"
    assert "utter_k77e_someone_beside_them" not in known(text, facts)


# -- 7. Chloe: too late for tests ------------------------------------------------------------
CHLOE = {
    "crime_type": "assault",
    "consent": True,
    "age": 20.0,
    "reported_to_police": False,
    "relationship_to_offender": "stranger",
    "said": ["i think my drink got spiked. at a club on saturday"],
}


def test_chloe_is_it_too_late_to_get_tested():
    text = (
        "no. idk. i feel really weird and numb. is it too late to get tested? its been a few days "
        "and ive showered"
    )
    assert at_question(text, "impairment", CHLOE) == ["utter_havens_today"]


def test_feeling_sick_after_spiking_keeps_its_answer():
    text = "i feel really sick and shaky, i think i was spiked last night"
    assert "utter_havens_today" not in known(text, {**CHLOE, "said": []})
