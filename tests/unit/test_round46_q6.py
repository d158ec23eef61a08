"""Round 46 answers (helper Q6): questions that got "I can't answer", the next question, the
general inquest or court lines, a hit and run that wasn't one, or a false 999 alarm.

- Ivan, 33, Ukrainian, beaten by a supervisor who keeps his wages and threatens the Home Office.
- Samira, 26, partially sighted; her ex keeps banging on her door.
- Barry, 67; his wife was killed by a drink driver who stopped and was arrested.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from bot.risk_words import detect_risk

NEW = (
    "utter_q6_labour_exploitation",
    "utter_q6_immigration_threat",
    "utter_q6_injury_no_gp",
    "utter_q6_hit_again_at_work",
    "utter_q6_voice_evidence",
    "utter_q6_safety_alarm",
    "utter_q6_worker_will_know",
    "utter_q6_road_death_claim",
    "utter_q6_not_hit_and_run",
    "utter_q6_inquest_after_trial",
    "utter_q6_evidence_not_there",
)
IVAN = {"account_details": ["labour_told"], "relationship_to_offender": "someone_known"}
SAMIRA = {
    "account_details": ["stalking_described"],
    "relationship_to_offender": "partner_or_ex",
    "impairment": True,
}
BARRY = {"account_details": ["road_crash", "someone_died"], "bereaved": True, "reported": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 46, helper Q6")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    ("text", "crime", "answers", "expected"),
    [
        # Ivan
        ("sorry my english not good. is ukrainian possible?", None, {}, "utter_other_language"),
        ("is polish possible?", "assault", IVAN, "utter_other_language"),
        (
            "yes. he hit me 2 times before. also he not pay my money, 3 weeks. he say if i go he "
            "tell home office",
            "assault",
            IVAN,
            "utter_q6_labour_exploitation",
        ),
        ("my boss keeps my wages", "assault", IVAN, "utter_q6_labour_exploitation"),
        ("my arm is hurt. no doctor. i dont have GP", "assault", IVAN, "utter_q6_injury_no_gp"),
        ("yes. what i do about arm? and money he keep", "assault", IVAN, "utter_q6_injury_no_gp"),
        ("what should i do about my wrist?", "assault", {}, "utter_q6_injury_no_gp"),
        (
            "they speak ukrainian? boss say he call home office if i talk police. he can do this?",
            "assault",
            IVAN,
            "utter_q6_immigration_threat",
        ),
        (
            "my employer said he will call immigration if I go to the police, is that allowed?",
            "assault",
            {},
            "utter_q6_immigration_threat",
        ),
        (
            "thank you. tomorrow i go work, if he hit again what i do?",
            "assault",
            IVAN,
            "utter_q6_hit_again_at_work",
        ),
        # Samira
        (
            "26. but you didnt really answer, does recognising his voice count?",
            "stalking_harassment",
            SAMIRA,
            "utter_q6_voice_evidence",
        ),
        (
            "no. well he knows I cant see who's at the door so maybe he uses that. hello? my "
            "question about his voice?",
            "stalking_harassment",
            SAMIRA,
            "utter_q6_voice_evidence",
        ),
        (
            "not yet. my worry is I can't see his face properly, I only know it's him from his "
            "voice. will the police even believe me? how would they identify him",
            "stalking_harassment",
            SAMIRA,
            "utter_q6_voice_evidence",
        ),
        (
            "feeling safe. can I get one of those safety alarms? a friend said the police give "
            "them out",
            "stalking_harassment",
            SAMIRA,
            "utter_q6_safety_alarm",
        ),
        ("could I get a video doorbell?", "stalking_harassment", SAMIRA, "utter_q6_safety_alarm"),
        (
            "ok. will the support worker know I'm partially sighted? I can't read letters or forms "
            "easily",
            "stalking_harassment",
            SAMIRA,
            "utter_q6_worker_will_know",
        ),
        # Barry
        (
            "I have chosen. Information and help with court. But you haven't told me, which comes "
            "first, the inquest or the trial?",
            "homicide",
            BARRY,
            "utter_q6_inquest_after_trial",
        ),
        (
            "Information, and help with court. I would like to know about the trial and about the "
            "inquest. The coroner's office wrote to me but I do not understand whether the inquest "
            "happens before or after the trial.",
            "homicide",
            BARRY,
            "utter_q6_inquest_after_trial",
        ),
        (
            "I wasn't a witness. I was asking whether they will call me to give evidence. Also, "
            "forgive me for asking a third time, the coroner's letter says the inquest has been "
            "opened. Does that mean it will go ahead before the trial?",
            "homicide",
            BARRY,
            "utter_q6_inquest_after_trial",
        ),
        (
            "Thank you. That means a great deal. And if he pleads not guilty, will I have to give "
            "evidence? I wasn't there.",
            "homicide",
            BARRY,
            "utter_q6_evidence_not_there",
        ),
        (
            "Very well. While I wait. My daughter mentioned something called criminal injuries "
            "compensation. Does that apply to us? I don't want money for Margaret, but the funeral "
            "cost a great deal.",
            "homicide",
            BARRY,
            "utter_q6_road_death_claim",
        ),
        (
            "It was not a hit and run. He stopped, he was arrested at the scene. I told you he has "
            "been charged.",
            "homicide",
            BARRY,
            "utter_q6_not_hit_and_run",
        ),
        (
            "Yes. But please note it was not a hit and run, the driver was caught.",
            "homicide",
            BARRY,
            "utter_q6_not_hit_and_run",
        ),
    ],
)
def test_their_words_get_the_answer(text, crime, answers, expected):
    assert answer(text, crime, **answers) == expected


@pytest.mark.parametrize(
    ("text", "crime", "answers"),
    [
        ("33", "assault", IVAN),
        ("yes", "assault", IVAN),
        ("ukrainian", "assault", IVAN),
        ("after 7 evening. not work time, boss is near", "assault", IVAN),
        ("newham. stratford", "assault", IVAN),
        ("he hit me at work and I hurt my arm", "assault", {}),
        ("Redbridge, Ilford", "stalking_harassment", SAMIRA),
        ("phone call, I already said", "stalking_harassment", SAMIRA),
        ("I heard his voice outside", "stalking_harassment", SAMIRA),
        ("Do I get a smoke alarm?", "burglary", {}),
        ("English, of course.", "homicide", BARRY),
        ("A stranger. A young man of 24.", "homicide", BARRY),
        ("I have a heart condition, angina. I'm managing.", "homicide", BARRY),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime, answers):
    assert answer(text, crime, **answers) not in NEW


def test_a_hit_and_run_still_gets_the_mib_answer():
    said = answer(
        "it was a hit and run, he drove off. can I claim compensation?",
        "assault",
        account_details=["road_crash"],
    )
    assert said == "utter_hit_and_run_mib"


@pytest.mark.parametrize(
    "text",
    [
        "not right now. he was here last night banging on the door about 11. he's done it 4 "
        "times this month",
        "not right now, he was outside yesterday shouting",
    ],
)
def test_he_was_here_last_night_is_not_danger_now(text):
    assert detect_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "not right now. he was here last night and now hes outside again",
        "not right now but he was here last night and hes at the door",
        "not right now. he was here last night, hes banging on the door",
        "he is banging on the door",
    ],
)
def test_he_is_here_now_is_still_danger(text):
    assert detect_risk(text) == "in_danger"
