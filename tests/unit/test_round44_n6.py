"""Round 44 answers and readings (helper N6).

- Edward, 67, identity fraud (two loans in his name): "do I have to pay the debt?" got the
  Report Fraud text three times; "for the third time, PLEASE stop..." was read as the crime
  happening more than once, and his high blood pressure as a need for help to give evidence;
  his corrections were not taken.
- Rahul, 30, whose partner threatens to out him: "will the police tell my family?" got the
  answer about who sees this chat three times.
- Helena, 29, a domestic worker: "the slavery helpline 08000 121 700 speak polish?" got the
  National Domestic Abuse Helpline; "sometimes mrs looks my phone. what i do" got "I can't
  answer".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.answers import read_answer
from actions.questions import Say
from actions.reading import Turn, answer_not_thrice, corrections, read_turn

NEW = (
    "utter_n6_fraud_debt_not_yours",
    "utter_n6_fraud_not_civil",
    "utter_n6_police_tell_family_lgbt",
    "utter_n6_police_tell_family",
    "utter_n6_slavery_helpline_language",
    "utter_n6_phone_checked",
)
EDWARD = {"consent": True, "in_danger": False, "reported_to_police": True, "age": 67.0}
RAHUL = {"age": 30.0, "relationship_to_offender": "partner_or_ex", "community": ["lgbt"]}
HELENA = {"age": 29.0, "consent": True, "language": "polish"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 44, helper N6", ({}, {"for_someone_else": True}, {"consent": False})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Edward: is the debt his? ---------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No, of course I am not in danger, it is a fraud. Thank you for the Report Fraud details, "
        "I had not heard that Action Fraud had changed its name. The second matter is whether "
        "this debt is legally mine. The debt collectors speak to me as though I owe it. I do not. "
        "Am I obliged to pay them anything while this is being looked into?",
        "You have now told me about Report Fraud twice. I rang my local police station three "
        "weeks ago and was told it was a civil matter and to ring Action Fraud, which I did, but "
        "I never received a reference number. So the answer is: partly. You have not answered my "
        "question about whether I must pay the debt collectors.",
        "67. And for the third time, PLEASE stop telling me about Report Fraud. I want to know "
        "whether I have to pay this debt.",
        "do i have to pay the loan they took out?",
        "Is this debt legally mine?",
        "do I owe the debt collectors anything",
    ],
)
def test_whether_the_fraud_debt_is_theirs_is_answered(said):
    assert answer(said, "fraud", **EDWARD) == "utter_n6_fraud_debt_not_yours"


@pytest.mark.parametrize(
    "said",
    [
        "Yes, that is acceptable. Now, to my question: police or Action Fraud?",
        "can they actually send bailiffs for a loan I never took out?",
        "do I have to pay for a solicitor?",
        "how do I check my credit file?",
    ],
)
def test_other_fraud_questions_do_not_get_the_debt_answer(said):
    assert answer(said, "fraud", **EDWARD) != "utter_n6_fraud_debt_not_yours"


def test_a_debt_question_after_a_burglary_is_not_the_fraud_answer():
    assert answer("do I have to pay the debt?", "burglary", age=40) != (
        "utter_n6_fraud_debt_not_yours"
    )


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. One more thing. The officer at my local station told me it was a 'civil "
        "matter'. Was that right? It seems to me that somebody stealing my identity is a crime.",
        "That is the same message as before. Is identity fraud a crime or a civil matter? Yes or "
        "no will do.",
    ],
)
def test_a_civil_matter_gets_the_fraud_is_a_crime_answer(said):
    assert answer(said, "fraud", **EDWARD) == "utter_n6_fraud_not_civil"


def test_a_civil_matter_about_a_neighbour_dispute_is_not_the_fraud_answer():
    assert answer("is a boundary dispute a civil matter?", "criminal_damage", age=50) != (
        "utter_n6_fraud_not_civil"
    )


def test_report_fraud_by_name_is_not_sent_a_third_time():
    described = Say(
        text="Report Fraud (City of London Police): The national service for reporting fraud.",
        args={"utter_action": "utter_about_organisation"},
    )
    assert answer_not_thrice(described, frozenset({"utter_action_fraud"})).response == (
        "utter_answered_above"
    )
    assert answer_not_thrice(described, frozenset()) == described
    other = Say(text="Galop: LGBT+ helpline.", args={"utter_action": "utter_about_organisation"})
    assert answer_not_thrice(other, frozenset({"utter_action_fraud"})) == other


# -- 2. Edward: asking again is not the crime again; blood pressure is not a need ----------------


def _read(text, requested, answers):
    return read_turn(
        Turn(text=text, intent="inform", requested=requested, answers=answers, asked={requested: 1})
    )


def test_the_third_time_he_asked_is_not_repeat_victimisation():
    reading = _read(
        "67. And for the third time, PLEASE stop telling me about Report Fraud. I want to know "
        "whether I have to pay this debt.",
        "age",
        {"consent": True, "crime_type": "fraud", "reported_to_police": True},
    )
    assert reading.slots.get("age") == 67.0
    assert reading.slots.get("repeat_victimisation") is not True


@pytest.mark.parametrize(
    "said",
    [
        "he hit me for the third time last night",
        "they broke in for the second time this year",
    ],
)
def test_the_crime_happening_a_third_time_is_still_repeat(said):
    reading = _read(said, "age", {"consent": True, "crime_type": "assault"})
    assert reading.slots.get("repeat_victimisation") is not False


def test_what_do_you_mean_more_than_once_corrects_it():
    changes = corrections(
        "I don't know. And what do you mean it has happened more than once? I said the third "
        "time I have ASKED you. There are two loans, but it is one fraud as far as I know.",
        {"crime_type": "fraud", "repeat_victimisation": True},
    )
    assert changes.get("repeat_victimisation") is False


@pytest.mark.parametrize(
    "said",
    [
        "I have high blood pressure which this is not helping. Otherwise no.",
        "just high blood pressure",
        "I take tablets for my blood pressure, nothing else",
    ],
)
def test_blood_pressure_alone_is_not_a_condition_that_affects_evidence(said):
    assert read_answer("impairment", said).value is False


@pytest.mark.parametrize(
    "said",
    [
        "high blood pressure and dementia",
        "I have diabetes and high blood pressure, and my eyesight is poor",
        "yes",
    ],
)
def test_other_conditions_are_still_a_yes(said):
    assert read_answer("impairment", said).value is True


def test_his_first_correction_takes_both_back():
    changes = corrections(
        "That is not correct. I was not targeted more than once, I told you that. It was one "
        "fraud. And high blood pressure does not affect my ability to give evidence. Kindly "
        "correct your records.",
        {"crime_type": "fraud", "repeat_victimisation": True, "impairment": True},
    )
    assert changes == {"repeat_victimisation": False, "impairment": False}


def test_i_do_not_need_extra_help_to_give_my_account_is_taken():
    reading = _read(
        "And the health point. I do NOT need extra help to give my account. Please remove that.",
        "referral_consent",
        {**EDWARD, "crime_type": "fraud", "impairment": True, "borough": "richmond upon thames"},
    )
    assert reading.slots.get("impairment") is False


def test_needing_help_is_not_taken_as_a_correction():
    assert "impairment" not in corrections(
        "I do need help to give my account, my memory is bad", {"impairment": True}
    )


# -- 3. Rahul: will the police tell my family? ----------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Can I ask once more - if I go to the police, will they tell my family I'm "
        "gay? My parents are quite traditional and I'm not ready.",
        "will the police tell my parents I'm gay?",
    ],
)
def test_an_adult_asking_if_police_tell_family_about_sexuality(said):
    assert answer(said, "domestic_abuse", **RAHUL) == "utter_n6_police_tell_family_lgbt"


@pytest.mark.parametrize(
    "said",
    [
        "If I did report it, would my family be told? I need to know that before anything else.",
        "Thank you, but I meant the police. If I reported him to the police, would they contact "
        "my family or tell them anything about me?",
    ],
)
def test_his_other_wordings_get_the_police_answer_not_the_chat_one(said):
    assert answer(said, "domestic_abuse", **RAHUL) == "utter_n6_police_tell_family_lgbt"
    plain_adult = {"age": 45.0, "relationship_to_offender": "stranger"}
    assert answer(said, "assault", **plain_adult) == "utter_n6_police_tell_family"


@pytest.mark.parametrize(
    "said",
    [
        "will you tell my family?",
        "should I tell my family?",
        "who sees this chat?",
        "my family don't know",
        "the police told my family already",
    ],
)
def test_other_family_messages_do_not_get_the_police_answer(said):
    assert answer(said, "domestic_abuse", **RAHUL) not in (
        "utter_n6_police_tell_family_lgbt",
        "utter_n6_police_tell_family",
    )


def test_a_child_still_gets_the_young_answer():
    assert answer("if i go police do they tell my mum n dad", "assault", age=15, under_18=True) == (
        "utter_police_tell_parents_young"
    )


# -- 4. Helena: the slavery helpline's languages --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "the slavery helpline 08000 121 700 speak polish? yes or no",
        "ok thank you. the 08000 number, they speak polish really?",
        "does the modern slavery helpline have interpreters?",
    ],
)
def test_the_slavery_helpline_she_named_is_the_one_answered(said):
    assert answer(said, None) == "utter_n6_slavery_helpline_language"
    assert answer(said, "human_trafficking", **HELENA) == "utter_n6_slavery_helpline_language"


def test_the_domestic_abuse_helpline_question_keeps_its_answer():
    assert answer("this number they speak bangla?", "domestic_abuse", age=30) == (
        "utter_j6_helpline_language"
    )


def test_the_slavery_answer_says_its_own_number_only():
    from known_answers import RESPONSES

    text = RESPONSES["utter_n6_slavery_helpline_language"][0]["text"]
    assert "08000 121 700" in text and "0808 2000 247" not in text


# -- 5. Helena: her employer looks at her phone ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "sometimes mrs looks my phone. what i do",
        "my husband checks my phone, what should i do?",
        "she goes through my messages. what can i do",
    ],
)
def test_someone_checking_the_phone_gets_advice(said):
    assert answer(said, "human_trafficking", **HELENA) == "utter_n6_phone_checked"


@pytest.mark.parametrize(
    "said",
    [
        "what do i do now?",
        "i lost my phone",
        "can i text instead of phone?",
        "she will see this messages?? how i delete",
    ],
)
def test_other_messages_do_not_get_the_phone_advice(said):
    assert answer(said, "human_trafficking", **HELENA) != "utter_n6_phone_checked"
