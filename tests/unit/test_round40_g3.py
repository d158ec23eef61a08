"""Round 40 answers (helper G3): questions that mattered and got "I can't answer that one
here", the next question, or a wrong answer.

- Lucy, 26, raped after a date: is it rape if I froze and didn't fight (asked five times).
- Piotr, 52, exploited at a car wash, passport kept: will the police arrest me?
- Zainab, 22, facing a forced marriage, on a library computer: help abroad, clearing a shared
  computer, whether a protection order gives her parents a record.
- Chloe, 29, pregnant, her partner tracks her phone: checking the phone, is control illegal,
  seeing the midwife alone.
- Mohammed, taxi driver: his dashcam records over after some days.
- Jay, non-binary: the police misgendering them (asked three times).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.reading import Turn, read_turn

NEW = (
    "utter_g3_froze_not_consent",
    "utter_g3_exploited_worker_not_arrested",
    "utter_g3_forced_marriage_abroad",
    "utter_g3_shared_computer",
    "utter_g3_fmpo_no_record",
    "utter_g3_check_phone_tracking",
    "utter_g3_coercive_control",
    "utter_g3_midwife_alone",
    "utter_g3_save_the_video_now",
)
LUCY = {"age": 26, "relationship_to_offender": "someone_known"}
PIOTR = {
    "age": 52,
    "relationship_to_offender": "someone_known",
    # round 43, helper M1: his account ("boss have my passport ... pay me") spoke of work
    "account_details": ["labour_told"],
}
ZAINAB = {
    "age": 22,
    "relationship_to_offender": "family_member",
    "account_details": ["forced_marriage"],
}
CHLOE = {"age": 29, "relationship_to_offender": "partner_or_ex"}
MOHAMMED = {"age": 41, "relationship_to_offender": "stranger", "hate_motivated": True}
JAY = {"age": 19, "relationship_to_offender": "stranger", "hate_motivated": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 40, helper G3")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "is it even rape if i didnt fight him off. i didnt scream or anything",
        "26. but is it rape if i froze and didnt fight",
        "why wont you answer. i need to know if what happened counts as rape",
        "he raped me. is that what its called if i froze",
        "ok. but you still didnt say. is it rape if i didnt fight",
        "so even though i froze and didnt push him off",
        "does it still count as rape if i just froze?",
    ],
)
def test_lucy_freezing_is_not_agreeing(text):
    assert answer(text, "sexual_offence", **LUCY) == "utter_g3_froze_not_consent"


def test_lucy_is_answered_while_a_question_is_pending():
    reading = read_turn(
        Turn(
            text="is it even rape if i didnt fight him off. i didnt scream or anything",
            intent="ask_question",
            requested="reported_to_police",
            answers={"crime_type": "sexual_offence", **LUCY},
        )
    )
    assert "utter_g3_froze_not_consent" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text, crime",
    [
        ("my card froze, is it a scam?", "fraud"),
        ("i froze my card. will they refund me?", "fraud"),
        ("is it rape if he was my husband?", "sexual_offence"),
        ("i froze and couldnt move", "sexual_offence"),
        ("26", "sexual_offence"),
    ],
)
def test_not_the_freezing_answer(text, crime):
    assert answer(text, crime, **LUCY) != "utter_g3_froze_not_consent"


@pytest.mark.parametrize(
    "text",
    [
        "no police. if i go police they arrest me? i am polish, i have settled status i think but "
        "passport he have",
        "52. but police, they arrest me or no? i am scared",
        "please answer. police arrest me? yes or no",
        "not understand. me. i am in trouble with police because i work there?",
    ],
)
def test_piotr_is_a_victim_not_arrested(text):
    assert answer(text, "human_trafficking", **PIOTR) == "utter_g3_exploited_worker_not_arrested"


@pytest.mark.parametrize(
    "text, crime",
    [
        ("will the police arrest him?", "human_trafficking"),
        ("will they arrest my boss?", "human_trafficking"),
        ("will i get arrested for the drugs i carried for him?", "human_trafficking"),
        ("if i go police they arrest me?", "assault"),
    ],
)
def test_not_the_exploited_worker_answer(text, crime):
    assert answer(text, crime, **PIOTR) != "utter_g3_exploited_worker_not_arrested"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "thanks. what if they take me anyway and im already in pakistan. what do i do then",
            "utter_g3_forced_marriage_abroad",
        ),
        (
            "999 doesnt work in pakistan?? im asking if the forced marriage people can help me if "
            "im already over there",
            "utter_g3_forced_marriage_abroad",
        ),
        (
            "ok. i have to go my friend is here. how do i make sure this chat isnt saved on this "
            "computer",
            "utter_g3_shared_computer",
        ),
        (
            "no i mean how do i delete this from the library computer quickly",
            "utter_g3_shared_computer",
        ),
        (
            "no. if i get one of those orders do my parents get a criminal record? and would "
            "they know it was me",
            "utter_g3_fmpo_no_record",
        ),
        (
            "you didnt answer. im not talking about police. the order thing. does it give them a "
            "record",
            "utter_g3_fmpo_no_record",
        ),
    ],
)
def test_zainab(text, expected):
    assert answer(text, "domestic_abuse", **ZAINAB) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what if he takes the kids abroad?",
        "will he get a criminal record if i report him?",
        "can he see this on his computer?",
    ],
)
def test_not_zainabs_answers(text):
    got = answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert got not in (
        "utter_g3_forced_marriage_abroad",
        "utter_g3_fmpo_no_record",
        "utter_g3_shared_computer",
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "no. can you tell me how to check if theres tracking stuff on my phone? i know about "
            "the location one cos he told me, he says its for my safety. but i think theres more, "
            "he knows what i say to my sister",
            "utter_g3_check_phone_tracking",
        ),
        (
            "does refuge help with the phone thing? checking for the tracking app. i cant afford "
            "a new phone he checks my bank too",
            "utter_g3_check_phone_tracking",
        ),
        (
            "ok. last thing, is what hes doing actually illegal? the controlling stuff? he hasnt "
            "hit me",
            "utter_g3_coercive_control",
        ),
        (
            "your health i guess. my midwife appointment is next week, he always comes with me. is "
            "there any way to talk to her on my own",
            "utter_g3_midwife_alone",
        ),
        (
            "English. and i didnt fall, he doesnt hit me i said. i meant can i see the midwife "
            "without him there",
            "utter_g3_midwife_alone",
        ),
    ],
)
def test_chloe(text, expected):
    assert answer(text, "domestic_abuse", **CHLOE) == expected


@pytest.mark.parametrize(
    "text",
    [
        "is it illegal to record him?",
        "my midwife appointment is next week",
        "he tracks my phone",
        "I fell, is the baby ok?",
    ],
)
def test_not_chloes_answers(text):
    assert answer(text, "domestic_abuse", **CHLOE) not in (
        "utter_g3_check_phone_tracking",
        "utter_g3_coercive_control",
        "utter_g3_midwife_alone",
    )


@pytest.mark.parametrize(
    "text",
    [
        "No I am ok. I am at home. But the video, I must keep it? The dashcam it record over "
        "after some days",
        "No not yet. Please tell me about the video first, I am worry it will delete",
    ],
)
def test_mohammed_saves_the_video(text):
    assert answer(text, "assault", **MOHAMMED) == "utter_g3_save_the_video_now"


@pytest.mark.parametrize(
    "text",
    [
        "the police have the cctv footage, what happens now?",
        "I have the video from dashcam. What I do with video?",
    ],
)
def test_not_the_save_video_answer(text):
    assert answer(text, "assault", **MOHAMMED) != "utter_g3_save_the_video_now"


@pytest.mark.parametrize(
    "text",
    [
        "ok but if i do go to the police and they keep misgendering me what can i actually do "
        "about it. is there like a rule they have to use my pronouns",
        "omg. im asking about the POLICE misgendering me. third time",
        "camden. and like ok but what about the police actually. if i go in are they gonna call "
        "me sir the whole time. im non binary, they/them. last time a cop just laughed",
    ],
)
def test_jay_police_misgendering(text):
    assert answer(text, "assault", **JAY) == "utter_misgendered_by_police"


def test_will_they_know_my_pronouns_is_not_about_the_police():
    assert (
        answer("will they know to use they/them? and that i want galop", "assault", **JAY)
        != "utter_misgendered_by_police"
    )
