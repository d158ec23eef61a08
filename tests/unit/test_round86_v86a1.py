"""Round 86, helper v86a1: Amara's false danger alarm and her unanswered "am I in trouble",
Bogdan's "will my boss know", and Priya's question how the support service contacts her."""

from __future__ import annotations

import pytest

from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.known_answers import (
    answer_in_conversation,
    assert_one_sms_with_source,
    at_question,
    topic_answered,
)

AMARA_DISCLOSURE = (
    "no not like that its not like someone is gonna hurt me its worse lowkey. this boy at school "
    "i sent him a pic like a private one n now hes sent it to everyone its going round on snap n "
    "everyone has seen it"
)
AMARA_SAID_NO = "i said no?? im safe im at home. did u even read what i said"
SAFETY_CHECK = {"consent": True, "safety_check": "in_danger"}


# -- 1. Amara: "its not like someone is gonna hurt me" is no danger -------------------------------


@pytest.mark.parametrize("intent", ["inform", IN_DANGER])
def test_amaras_disclosure_is_no_danger(intent):
    assert detect_risk(AMARA_DISCLOSURE) is None
    assert not trusted_crisis(AMARA_DISCLOSURE, intent)


def test_amaras_disclosure_at_the_danger_question_is_a_no():
    assert at_question(AMARA_DISCLOSURE, "in_danger", {"consent": True}) == []


@pytest.mark.parametrize(
    "text",
    [
        "someone is gonna hurt me",
        "its not like hes gonna hurt me again, hes outside now",
        "its not like someone is gonna hurt me but hes outside with a knife",
        "its not like hes gonna hurt me unless i go home",
        "its not like he will hurt me. hes at the door now banging",
    ],
)
def test_danger_beside_or_after_the_denial_still_alarms(text):
    assert detect_risk(text) == IN_DANGER


def test_i_said_no_gets_sorry_not_cant_answer():
    assert at_question(AMARA_SAID_NO, "in_danger", SAFETY_CHECK) == [
        "utter_r6_sorry_false_alarm_go_on"
    ]


def test_another_question_beside_i_said_no_is_still_met():
    said = at_question("i said no. can the police make him delete it?", "in_danger", SAFETY_CHECK)
    assert said[0] == "utter_r6_sorry_false_alarm_go_on"
    assert "utter_question_beside_answer" in said


def test_did_you_read_with_danger_now_still_alarms():
    said = at_question("did u even read what i said, hes outside now", "in_danger", SAFETY_CHECK)
    assert "utter_emergency" in said


# -- 2. Amara: "am i gonna get in trouble for sending it" answered first ---------------------------

AMARA_TROUBLE = (
    "nooo i cant tell police they'll tell my mum. am i gonna get in trouble for sending it?? like "
    "is it illegal what i did"
)
AMARA_SAID = (
    "hiya i need help but u cant tell my parents",
    AMARA_DISCLOSURE,
    AMARA_SAID_NO,
)
AMARA = {"consent": True, "in_danger": False, "account_details": ["online"]}


def test_amaras_trouble_question_is_answered_first_then_her_mum():
    said = answer_in_conversation(AMARA_TROUBLE, "online_abuse", AMARA_SAID, **AMARA)
    assert said is not None
    assert said.response == "utter_d4_young_sent_one_not_in_trouble"
    assert [then.response for then in said.then] == ["utter_e2_police_tell_parent_depends_on_age"]


def test_police_telling_mum_alone_keeps_its_answer():
    said = answer_in_conversation(
        "nooo i cant tell police they'll tell my mum. would the police tell my mum?",
        "online_abuse",
        AMARA_SAID,
        **AMARA,
    )
    assert said is not None
    assert said.response == "utter_e2_police_tell_parent_depends_on_age"
    assert not said.then


# -- 3. Bogdan: "my boss. he will know i talk to you?" -------------------------------------------

BOGDAN = {
    "consent": True, "in_danger": False, "relationship_to_offender": "someone_known",
    "account_details": ["labour_told"], "reported_to_police": False, "age": 29.0,
    "language": "Romanian", "referral_consent": True, "assessment_done": True,
    "results_shown": True,
}  # fmt: skip
BOGDAN_SAID = (
    "hello. i need help please. my english not good",
    "i dont know. is boss problem. he have my passport, not give back. no money 2 month",
    "boss. he is romanian also. he bring us from romania, he find work on building site. we "
    "sleep on site, 6 men in container",
)


@pytest.mark.parametrize(
    "text",
    [
        "my boss. he will know i talk to you?",
        "you not tell boss??",
        "you tell my boss or no?",
        "first tell me. boss will know or not",
        "YES?? boss will know?? no no please. delete",
    ],
)
@pytest.mark.parametrize("crime_type", ["human_trafficking", None])
def test_bogdan_is_told_his_boss_will_not_know(text, crime_type):
    said = answer_in_conversation(text, crime_type, BOGDAN_SAID, **BOGDAN)
    assert said is not None
    assert said.response == "utter_v86a1_boss_wont_know"


def test_bogdans_two_questions_get_the_boss_answer_and_the_other_men():
    said = answer_in_conversation(
        "whatsapp ok? and you not tell boss? other men also same problem, they can call also?",
        "human_trafficking",
        BOGDAN_SAID,
        **BOGDAN,
    )
    assert said is not None
    assert said.response == "utter_v86a1_boss_wont_know"
    assert [then.response for then in said.then] == ["utter_n80f_others_forced_work"]


THEY = "utter_v86a1_they_wont_know"


@pytest.mark.parametrize(
    "text, crime_type, slots, expected",
    [
        ("my husband. he will know i talk to you?", "domestic_abuse", {}, THEY),
        ("you tell my husband or no?", "domestic_abuse", {}, THEY),
        ("will his family find out?", "domestic_abuse", {}, THEY),
        ("my boss. he will know i talk to you?", "assault", {}, "utter_v86a1_boss_wont_know"),
    ],
)  # fmt: skip
def test_a_partner_family_or_boss_knowing_is_answered_no(text, crime_type, slots, expected):
    said = answer_in_conversation(text, crime_type, (), consent=True, **slots)
    assert said is not None
    assert said.response == expected


@pytest.mark.parametrize(
    "text, crime_type, expected",
    [
        # The police, a parent and this chat's privacy keep their answers.
        ("will he know i told you?", "domestic_abuse", "utter_will_they_know"),
        ("will my dad know?", "assault", "utter_who_we_tell"),
        ("will you tell my boss?", "assault", "utter_who_we_tell"),
        ("will my husband know i talked to you?", "domestic_abuse", "utter_privacy_answer"),
        ("my partner. will he find out about this?", "domestic_abuse", "utter_h4_will_he_find_out"),
    ],
)  # fmt: skip
def test_other_questions_of_who_knows_keep_their_answers(text, crime_type, expected):
    said = answer_in_conversation(text, crime_type, (), consent=True)
    assert said is not None
    assert said.response == expected


def test_if_i_report_will_my_boss_know_is_not_this_answer():
    said = answer_in_conversation(
        "if i report it to police will my boss know?", "human_trafficking", BOGDAN_SAID, **BOGDAN
    )
    assert said is None or said.response != "utter_v86a1_boss_wont_know"


def test_the_new_answers_are_one_sms_with_sources():
    for name in ("utter_v86a1_boss_wont_know", "utter_v86a1_they_wont_know"):
        assert_one_sms_with_source(name, "# v86a1 (round 86)")


# -- 4. Bogdan: no "they may ask your work for CCTV" when the boss exploits him -------------------


def test_exploited_at_work_gets_no_employer_after_assault_answer():
    facts = {**BOGDAN, "crime_type": "human_trafficking", "said": list(BOGDAN_SAID)}
    assert topic_answered("YES?? boss will know?? no no please. delete", facts) is None
    facts = {**BOGDAN, "crime_type": None, "said": list(BOGDAN_SAID)}
    assert topic_answered("will my boss be told about any of this?", facts) is None


def test_hurt_at_work_keeps_the_employer_answer():
    facts = {"consent": True, "crime_type": "assault", "age": 30.0}
    assert topic_answered(
        "will my boss be told about any of this? i dont want work involved", facts
    ) == ("utter_topic_work")


# -- 5. Priya: "how will they contact me. he cant know", then "no not police" -------------------

PRIYA = {
    "consent": True, "relationship_to_offender": "partner_or_ex", "reported_to_police": False,
    "age": 34.0, "gender": "female", "borough": "Hounslow", "assessment_done": True,
    "results_shown": True,
}  # fmt: skip
PRIYA_SAID = (
    "who can see it. my husband checks my phone sometimes",
    "no. i dont know if its a crime. its family stuff. his mum takes my salary every month and "
    "he shouts at me. once he pushed me",
)
PRIYA_NOT_POLICE = "no not police. i mean the support people. if they call and he picks up"


def test_priya_is_told_how_the_service_contacts_her_not_the_police():
    said = answer_in_conversation(
        "how will they contact me. he cant know", "domestic_abuse", PRIYA_SAID, **PRIYA
    )
    assert said is not None
    assert said.response == "utter_v86a1_how_they_contact_safely"
    assert_one_sms_with_source("utter_v86a1_how_they_contact_safely", "# v86a1 (round 86)")


def test_how_will_the_police_contact_me_keeps_the_police_answer():
    said = answer_in_conversation(
        "how will the police contact me?", "domestic_abuse", PRIYA_SAID, **PRIYA
    )
    assert said is None or said.response != "utter_v86a1_how_they_contact_safely"


@pytest.mark.parametrize("requested", ["referral_consent", "contact_safe"])
def test_no_not_police_is_not_a_no_to_contact(requested):
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {**PRIYA, "crime_type": "domestic_abuse", "said": list(PRIYA_SAID)}
    if requested == "contact_safe":
        facts["referral_consent"] = True
    reading = read_turn(
        Turn(
            text=PRIYA_NOT_POLICE,
            requested=requested,
            answers=facts,
            organisations=default_directory(),
        )
    )
    assert requested not in reading.slots
    assert [say.response for say in reading.say] == ["utter_v86a1_how_they_contact_safely"]


@pytest.mark.parametrize("requested", ["referral_consent", "contact_safe"])
def test_a_plain_no_to_contact_stays_a_no(requested):
    facts = {**PRIYA, "crime_type": "domestic_abuse"}
    if requested == "contact_safe":
        facts["referral_consent"] = True
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    reading = read_turn(
        Turn(text="no", requested=requested, answers=facts, organisations=default_directory())
    )
    assert reading.slots.get(requested) is False
