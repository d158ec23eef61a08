"""Round 75, helper c75b: facts misread from the person's words. Janet (a symptom said not to be
a condition; a correction at the referral question; "I don't think I'm giving evidence"), Kwame
("scooter" and "report it" after he had reported), Frank (told the bank, not the police),
Danny ("is it even worth it" after reporting), Mehmet (his wife's language; a broken window is
not a theft), Olena ("Ukrainian. Українська"; harassment told in few words) and Precious (wages
paid into her husband's account). Each test quotes the person's message; the negatives are other
people's ordinary messages that keep their reading."""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
    sendable,
)

from actions.account import read_account
from actions.answers import read_answer, read_impairment, read_reported_to_police
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, corrections, language_asked_for, read_turn
from bot.language import is_english
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker

FORM = ValidateNeedsAssessmentForm()
ANCHOR = "round 75, helper c75b"
NEW = (
    "utter_c75b_worth_it_reported",
    "utter_c75b_worth_it_reported_no_injury",
    "utter_c75b_already_reported",
)


def form(text: str, requested: str, **answers):
    return read_turn(
        Turn(text=text, requested=requested, answers=answers, organisations=default_directory())
    )


def said(reading) -> list[str | None]:
    return [say.response for say in reading.say]


def slots_of(events) -> dict:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR)


@pytest.mark.parametrize("name", (*NEW, "utter_w8_replace_mobility_aid", "utter_j3_business_help"))
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Janet: "No. Well I'm not sleeping much but I wouldn't call it a condition." ----------

JANET_HEALTH = "No. Well I'm not sleeping much but I wouldn't call it a condition."


def test_janet_a_symptom_said_not_to_be_a_condition_is_a_no():
    assert read_impairment(JANET_HEALTH).value is False
    found = form(JANET_HEALTH, "impairment", consent=True, crime_type="homicide", age=63)
    assert found.slots.get("impairment") is False


@pytest.mark.parametrize(
    "text",
    [
        "no, i get a bit anxious since but its not a condition",
        "no. stressed since it happened but its not an illness",
    ],
)
def test_other_symptoms_said_not_to_be_a_condition(text):
    assert read_impairment(text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "no but i have depression",
        "not really. I've got anxiety",
        "yes I have depression, I wouldn't call it a disability though",
        "I wouldn't call it a condition but I have ADHD",
        "yes",
    ],
)
def test_a_condition_said_is_still_a_condition(text):
    assert read_impairment(text).value is True


# -- 2. Janet, at the referral question: a correction keeps the question open -----------------

JANET_PUT_RIGHT = (
    "I didn't say I had a condition. I said I'm not sleeping. I don't want it written down that "
    "I'm mentally ill."
)
JANET = {
    "consent": True, "in_danger": False, "crime_type": "homicide", "bereaved": True,
    "reported_to_police": True, "age": 63.0, "under_18": False,
    "relationship_to_offender": "stranger", "impairment": True,
    "fear_of_giving_evidence": False, "needs": ["court", "emotional"], "language": "english",
    "borough": "ealing", "results_shown": True,
}  # fmt: skip
AT_REFERRAL = ["utter_result", "utter_ask_referral_consent", "utter_referral_reminder"]


def test_janet_correction_is_no_answer_to_the_referral():
    found = form(JANET_PUT_RIGHT, "referral_consent", **JANET)
    assert found.slots.get("impairment") is False
    assert "referral_consent" not in found.slots


async def test_janet_referral_question_stays_open(dispatcher, domain):
    tracker = make_tracker(
        slots=JANET, text=JANET_PUT_RIGHT, requested_slot="referral_consent", sent=AT_REFERRAL
    )
    slots = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert slots["impairment"] is False
    assert slots.get("referral_consent") is None
    assert slots["requested_slot"] == "referral_consent"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no i dont want anyone contacting me",
        "I don't want it written down. no thanks",
        "no. i dont want it written down anywhere, i dont want to be referred",
    ],
)
def test_a_no_to_being_contacted_is_still_a_no(text):
    assert form(text, "referral_consent", **JANET).slots.get("referral_consent") is False


# -- 3. Janet at the court question: "I don't think I'm giving evidence" is a no ---------------

JANET_COURT = (
    "It is going to court, the trial is next spring. I wasn't there so I don't think I'm giving "
    "evidence. That's what I wanted to ask, can I go and sit in the trial? And what is the victim "
    "personal statement, our FLO mentioned it but I didn't take it in."
)


def test_janet_not_giving_evidence_answers_the_court_question():
    assert read_answer("fear_of_giving_evidence", JANET_COURT).value is False
    found = form(
        JANET_COURT,
        "fear_of_giving_evidence",
        **{k: v for k, v in JANET.items() if k not in ("fear_of_giving_evidence", "needs")},
    )
    assert found.slots.get("fear_of_giving_evidence") is False
    # Her two questions are still answered.
    assert {"utter_ask_right/vps", "utter_r7_trial_public"} <= set(said(found))
    assert "utter_reask_fear_of_giving_evidence" not in said(found)


@pytest.mark.parametrize(
    "text",
    [
        "I just said I'm not giving evidence.",
        "i wont be giving evidence",
        "they said i wont need to give evidence",
        "I'm not a witness, can I still go and watch the trial?",
    ],
)
def test_not_giving_evidence_is_a_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "im not giving evidence, im too scared of him",
        "i dont think ill be giving evidence but id be terrified if i had to",
        "yes, if I have to give evidence I'd be scared",
    ],
)
def test_fear_said_beside_it_is_still_fear(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


# -- 4. Kwame: no "scooter", no "report it" after reporting; his correction heard -------------

KWAME = [
    "hi someone broke into my van last night",
    "no im fine just stuck at home cant drive",
    "yes rang 101 this morning got a crime number",
    "45",
    "no idea, was overnight. they only took the hand controls and my ramp remote, left the "
    "radio. i use a wheelchair so without them i cant drive to work",
]
KWAME_MONEY = (
    "what about the money tho? who pays for new hand controls. insurance excess is 500 quid"
)
KWAME_PUT_RIGHT = (
    "its a van not a scooter. and i already reported it i told you i got a crime number"
)


def test_kwame_is_not_told_to_report_it_or_of_a_scooter():
    assert said_answer(KWAME_MONEY, "theft", KWAME, reported_to_police=True) == (
        "utter_w8_replace_mobility_aid"
    )
    (text,) = sendable("utter_w8_replace_mobility_aid", reported_to_police=True)
    assert "report it" not in text and "scooter" not in text
    assert "crime reference number" in text


@pytest.mark.parametrize("reported", [False, None])
def test_someone_not_reported_is_still_told_to_report(reported):
    (text,) = sendable("utter_w8_replace_mobility_aid", reported_to_police=reported)
    assert "report it" in text and "scooter" not in text


def test_kwame_correction_is_acknowledged_after_the_results():
    assert said_answer(KWAME_PUT_RIGHT, "theft", KWAME, reported_to_police=True) == (
        "utter_c75b_already_reported"
    )


async def test_kwame_correction_at_the_referral_question(dispatcher, domain):
    answers = dict(
        consent=True, crime_type="theft", reported_to_police=True, impairment=True, age=45.0,
        results_shown=True, said=KWAME,
    )  # fmt: skip
    found = form(KWAME_PUT_RIGHT, "referral_consent", **answers)
    assert said(found) == ["utter_c75b_already_reported"]
    assert "referral_consent" not in found.slots
    slots = {
        **{k: v for k, v in answers.items() if k != "said"},
        "in_danger": False, "under_18": False, "relationship_to_offender": "unknown",
        "repeat_victimisation": False, "hate_motivated": False, "fear_of_giving_evidence": False,
        "needs": ["practical", "compensation"], "language": "english", "borough": "newham",
    }  # fmt: skip
    tracker = make_tracker(
        slots=slots, text=KWAME_PUT_RIGHT, requested_slot="referral_consent", sent=AT_REFERRAL
    )
    events = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert events["requested_slot"] == "referral_consent"
    assert events.get("referral_consent") is None
    assert "utter_c75b_already_reported" in [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("have i already reported it?", True),
        ("i already reported it", None),
        ("i told you i got a crime number", None),
    ],
)
def test_no_sorry_where_nothing_was_got_wrong(text, reported):
    got = said_answer(text, "theft", KWAME[:2], reported_to_police=reported)
    assert got != "utter_c75b_already_reported"


# -- 5. Frank: told the bank, not the police; fraud goes to Report Fraud ---------------------

FRANK = [
    "Good afternoon. I have been told you may be able to help. I have been the victim of a fraud.",
    "Yes that is quite alright.",
    "No, I am not in danger. I am at home with my son.",
]
FRANK_POLICE = (
    "I have told the bank. They said they are looking into it. I have not spoken to the police, "
    "should I have done?"
)
FRANK_AGE = (
    "I am 79. But I have not got a crime number, I have not been to the police at all. My son says "
    "I should ask you whether I ought to."
)


def test_frank_has_not_reported_and_is_told_where_fraud_goes():
    assert read_reported_to_police(FRANK_POLICE).value is False
    found = form(FRANK_POLICE, "reported_to_police", consent=True, crime_type="fraud", said=FRANK)
    assert found.slots["reported_to_police"] is False
    assert said(found) == ["utter_how_to_report"]
    (text,) = sendable("utter_how_to_report", crime_type="fraud")
    assert "reportfraud.police.uk" in text and "your choice" in text and "bank" in text


def test_not_reported_other_crimes_are_told_it_is_their_choice():
    text = "I have not been to the police at all. should I have done?"
    assert answer(text, "burglary", reported_to_police=False) == "utter_telling_the_police"


@pytest.mark.parametrize("reported", [False, None])
def test_frank_is_never_told_to_ask_101_for_a_crime_number(reported):
    answers = dict(consent=True, crime_type="fraud", said=[*FRANK, FRANK_POLICE])
    found = form(FRANK_AGE, "age", reported_to_police=reported, **answers)
    assert found.slots["age"] == 79
    assert not {"utter_no_crime_number_given", "utter_police_investigation"} & set(said(found))


@pytest.mark.parametrize(
    "text",
    ["I have told the bank.", "i have told my mum", "we have told the landlord"],
)
def test_telling_someone_else_is_not_a_report(text):
    assert read_reported_to_police(text).value is not True


@pytest.mark.parametrize(
    "text",
    [
        "I have told the bank and the police",
        "i have told the police",
        "i spoke to the police yesterday",
        "yes i told my mum and we rang 101",
        "i have told the bank, the police came round too",
        "yes",
    ],
)
def test_a_report_is_still_a_report(text):
    assert read_reported_to_police(text).value is True


def test_a_lost_crime_number_still_gets_its_answer():
    text = "I do not have a crime number. Nobody gave me one, or if they did I have lost it"
    assert answer(text, "burglary", reported_to_police=True) == "utter_no_crime_number_given"


# -- 6. Danny: "is it even worth it" from someone who reported -------------------------------

DANNY = [
    "some random c*nt punched me outside the pub friday broke my nose",
    "ye whatever",
    "nah im safe now just my face is fucked",
]
DANNY_WORTH = (
    "yeah the old bill came to a&e took a statement, my girlfriend gave one too she was there. "
    "is it even worth it tho they never catch anyone"
)
DANNY_AGAIN = (
    "wait what about my girlfriend tho. nobody answered me. and is it even worth it going through "
    "all this if they dont catch him"
)


def test_danny_reported_gets_the_honest_answer():
    answers = dict(consent=True, crime_type="serious_violence", said=DANNY)
    found = form(DANNY_WORTH, "reported_to_police", **answers)
    assert found.slots["reported_to_police"] is True
    assert said(found) == ["utter_c75b_worth_it_reported"]
    later = answer_in_conversation(
        DANNY_AGAIN, "serious_violence", [*DANNY, DANNY_WORTH], reported_to_police=True
    )
    assert later is not None and later.response == "utter_c75b_worth_it_reported"


def test_the_honest_answer_has_no_report_it():
    for name in ("utter_c75b_worth_it_reported", "utter_c75b_worth_it_reported_no_injury"):
        (text,) = sendable(name)
        assert "101" not in text and "If you report" not in text
    assert "CICA" not in sendable("utter_c75b_worth_it_reported_no_injury")[0]


def test_reported_burglary_gets_it_without_cica():
    text = "i reported it but is it even worth it, they never catch anyone"
    assert answer(text, "burglary", reported_to_police=True) == (
        "utter_c75b_worth_it_reported_no_injury"
    )


def test_reported_without_catching_gets_the_answer_for_someone_who_reported():
    assert answer("is it even worth reporting?", "burglary", reported_to_police=True) == (
        "utter_n2_reported_rights"
    )


def test_worth_telling_someone_else_is_not_about_the_police():
    text = "is it worth telling her teachers? they never catch anyone anyway"
    assert answer(text, "robbery", reported_to_police=True) not in NEW


@pytest.mark.parametrize(
    ("crime", "expected"),
    [("fraud", "utter_worth_reporting"), ("assault", "utter_worth_reporting")],
)
def test_not_reported_still_told_about_reporting(crime, expected):
    assert answer("is it even worth reporting?", crime, reported_to_police=False) == expected


# -- 7. Mehmet: his wife's language is not his ------------------------------------------------

MEHMET = dict(
    consent=True, in_danger=False, crime_type="criminal_damage", reported_to_police=True,
    hate_motivated=True, repeat_victimisation=True, age=58.0, results_shown=True,
)  # fmt: skip
MEHMET_WIFE = (
    "ok. but my question, police will do something this time? two times I report and nobody "
    "call me back. and my wife she speak turkish better"
)


def test_mehmet_language_question_is_english():
    text = "english ok. turkish or kurdish better for my wife maybe."
    assert form(text, "language", **MEHMET).slots["language"] == "english"


def test_mehmet_wifes_language_is_not_his():
    answers = dict(MEHMET, language="english")
    assert "language" not in corrections(MEHMET_WIFE, answers)
    assert "language" not in form(MEHMET_WIFE, "referral_consent", **answers).slots


@pytest.mark.parametrize(
    "text",
    [
        "yes safe. but the turkish is for my wife not me, I am ok english",
        "one more thing. you write turkish interpreter, but for me no need, I speak english. only "
        "my wife. please change",
    ],
)
def test_mehmet_correction_works_first_time(text):
    answers = dict(MEHMET, language="turkish", referral_consent=True)
    assert corrections(text, answers)["language"] == "english"
    found = form(text, "contact_safe", **answers)
    assert found.slots["language"] == "english"
    assert "language" in found.corrected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("turkish please", "turkish"),
        ("can they speak turkish?", "turkish"),
        ("my mum speaks polish, i need polish too", "polish"),
        ("Polish is better for me", "polish"),
    ],
)
def test_a_language_asked_for_oneself_is_still_kept(text, language):
    assert language_asked_for(text) == language
    assert corrections(text, dict(MEHMET, language="english"))["language"] == language


# -- 8. Olena: "Ukrainian. Українська" answers the language question ---------------------------


@pytest.mark.parametrize(
    "text", ["Ukrainian. Українська", "Arabic عربي", "Ukrainian language please. Українська мова"]
)
def test_a_language_named_beside_its_own_name_is_an_answer(text):
    assert is_english(text)


def test_olena_language_is_kept():
    found = form("Ukrainian. Українська", "language", consent=True, crime_type="other")
    assert found.slots["language"] == "ukrainian"


@pytest.mark.parametrize(
    "text",
    [
        "Українська",
        "Він нас ненавидить",
        "Я не говорю по-английски, Ukrainian",
        "nie mam pieniedzy",
    ],
)
def test_other_languages_are_still_told_apart(text):
    assert not is_english(text)


# -- 9. Olena: harassment told in few words ---------------------------------------------------

OLENA = (
    "He shout at me and my son, bang wall, he put dead rat on my door. He say go back to your "
    "war. Він нас ненавидить"
)


def test_olena_harassment_and_hate():
    told = read_account(OLENA)
    assert told.crime_type == "stalking_harassment"
    assert told.hate
    found = form(OLENA, "crime_type", consent=True, in_danger=False)
    assert found.slots["crime_type"] == "stalking_harassment"
    assert found.slots["hate_motivated"] is True


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("my cat brought in a dead rat", None),
        ("my husband shouts at me and my kids", "domestic_abuse"),
        ("they bang on the wall every night", "stalking_harassment"),
    ],
)
def test_other_accounts(text, crime):
    assert read_account(text).crime_type == crime


# -- 10. Precious: wages paid into his account is economic abuse, not unpaid pay ---------------

PRECIOUS = [
    "hi im not sure if this is for me. its about my husband but he hasnt done anything like hit me",
    "ok yes. but he checks my phone so will this show up anywhere",
    "no im at work, on my break",
]
PRECIOUS_MONEY = (
    "reported what though? he controls all the money, i get my wages paid into his account "
    "basically and he gives me an allowance. checks my phone every night. he doesnt like me "
    "seeing my friends so i dont really anymore. is that even a thing you report"
)
UNPAID = {"utter_w8_unpaid_pay", "utter_y73e_unpaid_pay_boss"}


def test_precious_is_not_given_the_unpaid_pay_answer():
    got = said_answer(
        PRECIOUS_MONEY, "domestic_abuse", PRECIOUS, relationship_to_offender="partner_or_ex"
    )
    assert got not in UNPAID
    assert "economic" in read_account(PRECIOUS_MONEY).details


@pytest.mark.parametrize(
    ("text", "said_before"),
    [
        ("please, can I get my money? 1 month, 640 pound", ["my boss not pay me 1 month"]),
        ("my boss hasnt paid my wages for 2 months, how do i get my wages", []),
    ],
)
def test_unpaid_pay_still_answered(text, said_before):
    assert said_answer(text, "other", said_before) in UNPAID


# -- 11. Mehmet: the business answer says no theft when it was damage -------------------------


def test_business_answer_does_not_say_theft():
    text = "hello. my shop window is broken again, third time this year. who can help me"
    assert answer(text, None) == "utter_j3_business_help"
    (sent,) = sendable("utter_j3_business_help")
    assert "theft" not in sent.lower()
