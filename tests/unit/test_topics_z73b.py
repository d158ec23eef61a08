"""Round 73, helper z73b: topics for complaining about the police and when they should have been
in touch (Jess), a witness's statement and someone asking where he lives (Marcus), what happens
at court (Patricia), the Revenge Porn Helpline's hours (Priyanka), ID for Report Remove (Ellie)
and 101 or Report Fraud (Joyce); and messages from other people that must not be placed there."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import topic_answered as answered

JESS = {
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "age": 28.0,
    "reported_to_police": True,
}
NOT_REPORTED = {"crime_type": "assault", "age": 40.0, "reported_to_police": False}
PATRICIA = {"crime_type": "homicide", "relationship_to_offender": "stranger", "age": 61.0}
MARCUS = {"crime_type": "assault", "age": 19.0, "reported_to_police": False}
PRIYANKA = {"crime_type": "online_abuse", "relationship_to_offender": "stranger", "age": 24.0}
ELLIE = {"crime_type": "online_abuse", "age": 15.0, "under_18": True}
JOYCE = {"crime_type": "fraud", "age": 77.0, "reported_to_police": False}


# -- complaining about the police (Jess) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi. i got attacked 3 weeks ago and reported it and literally nobody has got back to me. "
        "how do i complain",
        "ok whatever yes. but i asked how to COMPLAIN not chase",
        "no im at home. complain to who tho, the met? theres no name on anything just a crime "
        "number",
        "right so how do i actually make a complaint about the met. like a link or something. and "
        "if they ignore that too whats next",
        "how can i make a complaint about the police?",
    ],
)
def test_complaining_about_the_police_after_reporting(text):
    assert answered(text, JESS) == "utter_i6_complain_about_officer"
    # Asked again: what comes after the force's answer.
    again = answered(text, JESS, frozenset({"utter_i6_complain_about_officer"}))
    assert again == "utter_topic_police_complaint_next"


def test_complaining_about_the_police_without_a_report():
    # No crime number to give: the general police complaint answer.
    assert (
        answered("can i complain about the police? they never came", NOT_REPORTED)
        == "utter_police_complaint"
    )
    # "how do i complain" names nobody: only to someone who reported it is the police.
    assert answered("how do i complain", NOT_REPORTED) is None


@pytest.mark.parametrize(
    "text",
    [
        "how do i complain about the school?",
        "can i complain to the council about the noise?",
        "how do i complain to the bank",
        "how do i complain about this chat?",
    ],
)
def test_other_complaints_are_not_about_the_police(text):
    assert answered(text, JESS) not in {
        "utter_i6_complain_about_officer",
        "utter_topic_police_complaint_next",
        "utter_police_complaint",
    }


# -- when the police should have been in touch (Jess) --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "rights. and does enhanced mean they should of called me by now",
        "you didnt answer. its been 3 weeks. should they of contacted me or not",
        "omg. the POLICE. 3 weeks no update on my case. is that allowed under this code thing yes "
        "or no",
        "shouldn't the police have contacted me by now?",
        "how long do the police have to get back to me?",
    ],
)
def test_when_the_police_should_have_been_in_touch(text):
    assert answered(text, JESS) == "utter_topic_police_contact_due"


def test_when_the_police_should_have_been_in_touch_only_after_a_report():
    assert answered("should they have contacted me by now?", NOT_REPORTED) is None
    # A support worker's call is not the police's duty.
    assert (
        answered("should the support worker have called me by now?", JESS)
        != "utter_topic_police_contact_due"
    )


# -- a witness's statement and someone asking where he lives (Marcus) ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if i just dont give the statement can i get in trouble? they cant make me right",
        "ok but do i HAVE to give a statement. yes or no",
        "can they force me to give a statement?",
    ],
)
def test_whether_a_witness_must_give_a_statement(text):
    assert answered(text, MARCUS) == "utter_witness_statement_choice"


def test_a_victim_personal_statement_is_not_a_witness_statement():
    assert answered("do i have to make a victim personal statement?", PATRICIA) != (
        "utter_witness_statement_choice"
    )


@pytest.mark.parametrize(
    "text",
    [
        "one of them lot been asking bout me on snap. like asking where i live. what do i do",
        "someone keeps asking my mates where i live, what should i do?",
        "his friends are looking for me what do i do",
    ],
)
def test_someone_trying_to_find_where_they_live(text):
    assert answered(text, MARCUS) == "utter_topic_witness_looked_for"


@pytest.mark.parametrize(
    "text",
    [
        # Bernard (r60): his own asking.
        "Who is he? I am asking about me. I am the one she is taking from. Yes it has happened "
        "many times, since about the summer.",
        "why are you asking where i live?",
        "the police asked where i live, is that normal?",
    ],
)
def test_not_someone_trying_to_find_them(text):
    assert answered(text, MARCUS) != "utter_topic_witness_looked_for"


# -- what happens at court (Patricia) ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am 61. May I ask again, what will happen at the trial? Nobody has explained it to me "
        "properly.",
        "Thank you. You did not say whether the driver would hear it. And I still do not know what "
        "will actually happen at the trial. Where will it be, and what if he pleads guilty?",
    ],
)
def test_what_happens_at_court_bereaved(text):
    assert answered(text, PATRICIA) == "utter_topic_court_steps_bereaved"


def test_what_happens_at_court_for_anyone_else():
    assert answered("what will happen in court?", JESS) == "utter_topic_court_steps"
    assert answered("what happens at the trial exactly?", JESS) == "utter_topic_court_steps"
    assert answered("what if he pleads guilty?", JESS) == "utter_topic_court_steps"


@pytest.mark.parametrize(
    "text",
    [
        # Priyanka (r73): 9pm is the blackmailer's deadline, not a hearing.
        "skip. what happens at 9 if i dont pay and he actually posts them?? can they be taken down",
        "will he go to court?",
        "what happens at court?",
        "court?? i dont want it going to court. i just want the pic gone",
    ],
)
def test_not_what_happens_at_court(text):
    assert answered(text, JESS) not in {
        "utter_topic_court_steps",
        "utter_topic_court_steps_bereaved",
    }


# -- the Revenge Porn Helpline's hours (Priyanka), Report Remove ID (Ellie) ----------------------


def test_revenge_porn_helpline_hours():
    text = (
        "havens?? he didnt touch me i never even met him irl. is the revenge porn one open now, "
        "its like 6pm. can they stop him posting before 9"
    )
    assert answered(text, PRIYANKA) == "utter_topic_revenge_porn_hours"
    # It serves adults: not to a 15-year-old.
    assert answered("is the revenge porn helpline open now?", ELLIE) is None


def test_other_helplines_hours_are_not_the_revenge_porn_helpline():
    assert answered("is victim support open now?", PRIYANKA) != "utter_topic_revenge_porn_hours"
    assert answered("is the helpline open on sundays?", PRIYANKA) != (
        "utter_topic_revenge_porn_hours"
    )


def test_report_remove_id():
    text = "wait how do i do the report remove thing. do i need id?? i dont have a passport"
    assert answered(text, ELLIE) == "utter_topic_report_remove_id"
    assert answered("does report remove need ID?", ELLIE) == "utter_topic_report_remove_id"
    # Report Remove is for under-18s.
    assert answered("does report remove need ID?", PRIYANKA) is None
    # ID for something else.
    assert answered("do i need id to go to the police station?", ELLIE) != (
        "utter_topic_report_remove_id"
    )


# -- 101 or Report Fraud (Joyce) ----------------------------------------------------------------


def test_101_or_report_fraud():
    text = "No I mean the police. 101 or the fraud one? I cant hear well on the phone"
    assert answered(text, JOYCE) == "utter_topic_fraud_which_number"
    assert answered("which number should i ring?", JOYCE) == "utter_topic_fraud_which_number"


def test_which_number_is_not_report_fraud_for_other_crimes():
    assert answered("which number should i ring?", JESS) is None
    assert answered("101 or 999?", JOYCE) != "utter_topic_fraud_which_number"
