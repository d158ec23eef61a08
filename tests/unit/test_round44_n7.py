"""Round 44 answers (helper N7).

- Sean, 36, Brent, his brother stabbed to death last month, writing at 3am: whether the family
  can speak in court (a Victim Personal Statement) got "I can't answer" and then the next
  question; the trial dates, the National Homicide Service's number, "i cant do this man".
- Olivia, 38, a teacher whose ex shared her intimate photos in a group chat: her employer and
  DBS check, whether she'd be named, whether the threat is a crime, an order, the Havens, who
  the support team are, and "I'll say no for now".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions.answers import read_consent
from actions.reading import Turn, read_turn
from actions.skip_logic import under_18_then_matters
from referrals.directory import load_directory

NEW = (
    "utter_n7_bereaved_trial_dates",
    "utter_n7_homicide_service_number",
    "utter_n7_bereaved_cant_do_this",
    "utter_n7_dbs_and_employer",
    "utter_n7_why_the_havens",
    "utter_n7_order_for_images",
    "utter_n7_who_the_support_team_is",
)
SEAN = {
    "age": 36,
    "bereaved": True,
    "for_someone_else": True,
    "reported_to_police": True,
    "account_details": ["someone_died", "weapon", "injured", "serious_injury"],
}
OLIVIA = {
    "age": 38,
    "under_18": False,
    "relationship_to_offender": "partner_or_ex",
    "account_details": ["online", "intimate_images"],
    "reported_to_police": False,
}
ORGANISATIONS = load_directory()


def turn(text: str, requested: str, answers: dict, intent: str | None = None):
    return read_turn(
        Turn(
            text=text,
            intent=intent,
            requested=requested,
            answers=answers,
            organisations=ORGANISATIONS,
        )
    )


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 44, helper N7")


@pytest.mark.parametrize("name", (*NEW, "utter_sextortion_police"))
def test_every_phone_number_is_in_the_directory(name):
    if name in NEW:
        assert numbers_not_in_directory(name) == [], name


# -- Sean ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "im not a witness i wasnt there. but can the family say something in court? like tell "
        "them who he was. my mum wants to",
        "yeah ok. but what about my mum saying something in court. is that allowed or not. "
        "someone must know",
        "can my mum speak in court about him?",
        "will we get to say something at the trial",
        "is my dad allowed to read something out in court",
    ],
)
def test_the_family_speaking_in_court_gets_the_bereaved_vps_answer(said):
    assert answer(said, "homicide", **SEAN) == "utter_speak_in_court_vps"
    text = sendable("utter_speak_in_court_vps", bereaved=True, crime_type="homicide")[0]
    assert "Victim Personal Statement" in text and "death" in text


@pytest.mark.parametrize(
    "said",
    [
        "do i have to give evidence in court?",
        "can the family go to the inquest?",
        "whats the court address",
    ],
)
def test_other_court_questions_do_not_get_the_vps_answer(said):
    assert answer(said, "homicide", **SEAN) != "utter_speak_in_court_vps"


def test_a_family_asking_to_speak_when_nobody_died_is_not_this_row():
    said = "can my mum say something in court?"
    adult = {"age": 30, "relationship_to_offender": "stranger"}
    assert answer(said, "assault", **adult) != "utter_n7_bereaved_trial_dates"


def test_the_court_question_is_answered_beside_the_witness_answer():
    said = (
        "im not a witness i wasnt there. but can the family say something in court? like tell "
        "them who he was. my mum wants to"
    )
    reading = turn(said, "fear_of_giving_evidence", {**SEAN, "crime_type": "homicide"})
    assert "utter_speak_in_court_vps" in [s.response for s in reading.say]


@pytest.mark.parametrize(
    "said",
    [
        "some yout from round there. theyve charged one of them. police said theres gonna be a "
        "trial but no one tells us nothing. when is the trial, what happens",
        "r u even listening. i asked about the trial",
        "the police have a FLO with us but he never picks up. whos meant to tell us when the "
        "trial is",
        "who tells us the trial date?",
    ],
)
def test_the_trial_dates_for_a_bereaved_family(said):
    assert answer(said, "homicide", **SEAN) == "utter_n7_bereaved_trial_dates"
    text = sendable("utter_n7_bereaved_trial_dates")[0]
    assert "Witness Care Unit" in text and "family liaison officer" in text


@pytest.mark.parametrize(
    "said",
    [
        "when is the trial?",
        "do i have to be a witness at the trial?",
    ],
)
def test_trial_questions_from_others_are_not_the_bereaved_answer(said):
    adult = {"age": 30, "relationship_to_offender": "stranger"}
    assert answer(said, "assault", **adult) != "utter_n7_bereaved_trial_dates"
    if "witness" in said:
        assert answer(said, "homicide", **SEAN) != "utter_n7_bereaved_trial_dates"


def test_the_trial_question_is_answered_at_the_next_question():
    reading = turn(
        "r u even listening. i asked about the trial",
        "impairment",
        {**SEAN, "crime_type": "homicide"},
        intent="inform",
    )
    assert [s.response for s in reading.say] == ["utter_n7_bereaved_trial_dates"]


@pytest.mark.parametrize(
    "said",
    [
        "theres no number for them? its 3 in the morning i cant be looking at websites",
        "is there a phone number for the homicide service?",
        "whats the number for samm",
    ],
)
def test_no_number_for_the_homicide_service_says_how_to_reach_it(said):
    assert answer(said, "homicide", **SEAN) == "utter_n7_homicide_service_number"
    text = sendable("utter_n7_homicide_service_number")[0]
    assert "08 08 16 89 111" in text and "family liaison officer" in text


def test_asking_for_a_number_after_another_crime_is_not_the_homicide_answer():
    adult = {"age": 30, "relationship_to_offender": "stranger"}
    said = "theres no number for them?"
    assert answer(said, "burglary", **adult) != "utter_n7_homicide_service_number"


def test_i_cant_do_this_gets_a_gentle_check_in_beside_the_borough():
    reading = turn("brent. i cant do this man", "borough", {**SEAN, "crime_type": "homicide"})
    assert reading.slots.get("borough")
    assert [s.response for s in reading.say] == ["utter_n7_bereaved_cant_do_this"]
    assert not reading.pause


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("brent", {**SEAN, "crime_type": "homicide"}),
        ("i cant do this on the phone, text is better", {**SEAN, "crime_type": "homicide"}),
        ("brent. i cant do this man", {"age": 30, "crime_type": "burglary"}),
    ],
)
def test_no_check_in_for_other_messages(said, answers):
    reading = turn(said, "borough", answers)
    assert "utter_n7_bereaved_cant_do_this" not in [s.response for s in reading.say]


def test_a_bereaved_relative_is_not_told_the_questions_are_about_someone_else():
    said = "no. its my brother. they killed him. last month. stabbed him outside the chicken shop"
    reading = turn(said, "in_danger", {})
    assert "utter_about_them" not in [s.response for s in reading.say]
    assert reading.slots.get("bereaved") is True


def test_someone_writing_for_a_living_friend_is_still_told():
    reading = turn("its not me, its my friend, he got beaten up", "in_danger", {})
    if reading.slots.get("for_someone_else"):
        assert "utter_about_them" in [s.response for s in reading.say]


# -- Olivia --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Information. Also - does my employer have to be told if I report? Would the police "
        "contact the school? I'm DBS checked, would this show up?",
        "Would reporting this show up on my DBS check?",
        "And I'm still looking for an answer on whether the police would contact my school.",
        "will the police tell my employer if i report?",
    ],
)
def test_dbs_and_employer_are_answered(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_n7_dbs_and_employer"
    text = sendable("utter_n7_dbs_and_employer")[0]
    assert "DBS" in text and "employer" in text and "unlikely" in text


@pytest.mark.parametrize(
    "said",
    [
        "does he have a dbs check?",
        "i work at a school",
        "will this chat be sent to my work?",
    ],
)
def test_other_messages_are_not_the_dbs_answer(said):
    assert answer(said, "sexual_offence", **OLIVIA) != "utter_n7_dbs_and_employer"


def test_a_child_asking_if_police_tell_school_keeps_the_young_answer():
    young = {"age": 15, "under_18": True, "relationship_to_offender": "partner_or_ex"}
    said = "will the police tell my school if i report?"
    assert answer(said, "sexual_offence", **young) != "utter_n7_dbs_and_employer"


@pytest.mark.parametrize(
    "said",
    [
        "Not yet. My biggest worry: if I report and it goes to court, will my name be made "
        "public? If the parents at my school read about it in the local paper I'm finished.",
        "38. But please answer my question about being named, it's the thing that decides "
        "whether I report at all.",
        "would i be named in the papers?",
    ],
)
def test_being_named_gets_lifelong_anonymity_at_once(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_sexual_offence_anonymity"


def test_anonymity_is_answered_while_the_report_question_is_pending():
    said = (
        "Not yet. My biggest worry: if I report and it goes to court, will my name be made "
        "public? If the parents at my school read about it in the local paper I'm finished."
    )
    answers = {**OLIVIA, "crime_type": "sexual_offence", "reported_to_police": None}
    reading = turn(said, "reported_to_police", answers)
    assert reading.slots.get("reported_to_police") is False
    assert "utter_sexual_offence_anonymity" in [s.response for s in reading.say]


def test_being_named_after_a_burglary_is_not_the_sexual_offence_answer():
    said = "will my name be made public?"
    assert (
        answer(said, "burglary", age=40, relationship_to_offender="stranger")
        != "utter_sexual_offence_anonymity"
    )


def test_a_38_year_old_whose_photos_were_just_shared_is_not_asked_if_under_18():
    assert under_18_then_matters({**OLIVIA, "crime_type": "sexual_offence"}) is False
    historic = {"age": 38, "crime_type": "sexual_offence", "account_details": ["as_a_child"]}
    assert under_18_then_matters(historic) is True
    assert under_18_then_matters({"age": 38, "crime_type": "sexual_offence"}) is True


@pytest.mark.parametrize(
    "said",
    [
        "Is threatening to send them to my head a separate offence?",
        "No. You skipped my first question: is the threat itself a crime?",
        "It took three attempts to get that answer, but thank you. Just the once with the "
        "group. But he's now texting me saying he'll send them to my headteacher if I go to the "
        "police.",
    ],
)
def test_the_threat_to_share_is_a_crime_without_demands(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_threat_to_share_video"


def test_a_money_demand_keeps_the_sextortion_answer():
    said = "he says he'll send them to my family unless i pay him £500"
    assert answer(said, "sexual_offence", **OLIVIA) != "utter_threat_to_share_video"


def test_the_police_answer_on_threats_says_photo_and_no_assumed_demand():
    text = sendable("utter_sextortion_police")[0]
    assert "photo" in text and "sexual video" not in text
    assert "demanding money would be blackmail" in text
    assert len(text) <= 320


@pytest.mark.parametrize(
    "said",
    [
        "is there any kind of order I can get to stop him sending them anywhere else?",
        "OK. Can I report the images to WhatsApp directly to get them taken down? And is there "
        "any kind of order I can get to stop him sending them anywhere else?",
        "You've said that already. The order?",
    ],
)
def test_an_order_against_the_ex_over_images(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_n7_order_for_images"
    text = sendable("utter_n7_order_for_images")[0]
    assert "non-molestation order" in text and "bail conditions" in text


def test_the_order_row_needs_an_ex_and_images():
    said = "is there any kind of order I can get to stop him?"
    stranger = {"age": 30, "relationship_to_offender": "stranger"}
    assert answer(said, "stalking_harassment", **stranger) != "utter_n7_order_for_images"


@pytest.mark.parametrize(
    "said",
    ["Why The Havens? I wasn't physically assaulted.", "why did you suggest the havens?"],
)
def test_why_the_havens(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_n7_why_the_havens"


def test_asking_if_the_havens_tell_police_is_not_why_the_havens():
    said = "do the havens tell the police?"
    assert answer(said, "sexual_offence", **OLIVIA) != "utter_n7_why_the_havens"


@pytest.mark.parametrize(
    "said",
    [
        "Who exactly is the support team? Is it a charity, the police, the council? I'm a "
        "teacher and I have to be very careful about who knows about this.",
        "who exactly are the support workers? a charity?",
    ],
)
def test_who_the_support_team_is(said):
    assert answer(said, "sexual_offence", **OLIVIA) == "utter_n7_who_the_support_team_is"
    text = sendable("utter_n7_who_the_support_team_is")[0]
    assert "not the police" in text


def test_who_the_support_team_is_and_is_that_police_keeps_its_answer():
    said = "who is the support team, is that police?"
    assert answer(said, "stalking_harassment") == "utter_who_contacts"


def test_police_contacting_them_or_their_manager_is_not_the_dbs_answer():
    said = "No. What happens next though? Will police contact me or go through my manager?"
    assert answer(said, "assault", age=30) != "utter_n7_dbs_and_employer"


@pytest.mark.parametrize(
    "said",
    [
        "That doesn't really tell me who they are. I'll say no for now.",
        "I'll say no for now.",
        "ill just say no thanks",
    ],
)
def test_ill_say_no_is_a_no_to_keeping_the_chat(said):
    assert read_consent(said).value is False


@pytest.mark.parametrize("said", ["yes thats fine", "I'll say yes", "ok"])
def test_consent_yes_is_unchanged(said):
    assert read_consent(said).value is not False
