"""Round 47 answers (helper R5).

- Kwame, 45, racially abused and punched after a stop and search, wary of the Met: whether this
  chat goes to the police (asked twice at the consent question), third-party reporting through
  Stop Hate UK, and having someone with him for a witness statement (the VPS answer twice).
- Sophie, 35, raped by a colleague two years ago: "he took me back to his hotel room. i didnt
  want to" is read as a sexual offence and heard, not met with "What happened?" again.
- Mo, 13, robbed every week by older boys who said they'd stab him: whether he has to tell a
  teacher, whether the teacher tells his mum, whether a call would let his mum know, and what to
  do if they are there tomorrow.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import Turn, read_turn
from referrals.directory import load_directory

NEW = (
    "utter_r5_chat_not_to_police",
    "utter_r5_stop_hate_reports_for_you",
    "utter_r5_someone_with_you_statement",
    "utter_r5_child_tell_teacher",
    "utter_r5_teacher_tells_mum",
    "utter_r5_contact_without_mum",
    "utter_r5_if_they_are_there",
    "utter_r5_heard_unwanted",
)
KWAME = {
    "age": 45,
    "relationship_to_offender": "stranger",
    "hate_motivated": True,
    "hate_strand": ["race"],
}
SOPHIE = {"age": 35, "relationship_to_offender": "someone_known"}
MO = {"age": 13, "under_18": True, "relationship_to_offender": "someone_known"}
ORGANISATIONS = load_directory()


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R5", ({}, {"consent": False}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    # Stop Hate UK's text number is the stop-hate-uk entry's contact.text ("Text 07717 989 025").
    texts = " ".join(org.contact.text or "" for org in ORGANISATIONS)
    assert [number for number in numbers_not_in_directory(name) if number not in texts] == [], name


# -- Kwame ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Before I agree: is any of this shared with the Metropolitan Police?",
        "I asked a direct question. Is what I tell you passed to the police?",
        "is this chat shared with the police?",
        "is any of this passed on to the met?",
        "are you linked to the police?",
    ],
)
def test_whether_this_chat_goes_to_the_police_is_answered(said):
    assert answer(said, None) == "utter_r5_chat_not_to_police"
    assert answer(said, "assault", **KWAME) == "utter_r5_chat_not_to_police"


@pytest.mark.parametrize(
    "said",
    [
        "Before I agree: is any of this shared with the Metropolitan Police?",
        "I asked a direct question. Is what I tell you passed to the police?",
    ],
)
def test_at_the_consent_question_it_is_answered_not_asked_again_bare(said):
    reading = read_turn(
        Turn(text=said, intent="ask_question", requested="consent", organisations=ORGANISATIONS)
    )
    assert [say.response for say in reading.say] == ["utter_r5_chat_not_to_police"]
    assert "consent" not in reading.slots


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. Can Stop Hate UK report it to the police for me, without my name?",
        "No. Are there organisations that can report on my behalf, so I don't have to deal "
        "with the Met directly?",
        "That isn't what I asked. I understood Stop Hate UK is a third-party reporting service. "
        "Is that wrong?",
        "is there a charity that can report it for me?",
    ],
)
def test_third_party_reporting_after_a_racist_attack_is_stop_hate_uk(said):
    assert answer(said, "assault", **KWAME) == "utter_r5_stop_hate_reports_for_you"


def test_stop_hate_uk_named_gets_its_answer_without_hate_known():
    said = "Can Stop Hate UK report it to the police for me, without my name?"
    assert answer(said, "assault") == "utter_r5_stop_hate_reports_for_you"


def test_anti_lgbt_hate_keeps_the_galop_answer():
    said = "is there a third party reporting thing where someone reports it for me?"
    lgbt = {**KWAME, "hate_strand": ["sexual_orientation"]}
    assert answer(said, "assault", **lgbt) == "utter_third_party_reporting"


@pytest.mark.parametrize(
    "said",
    [
        "If I do eventually give a statement, can I have someone with me - an advocate or a "
        "friend?",
        "I meant a witness statement to the police, not the impact statement. Can someone come "
        "with me?",
        "can i bring my wife with me when i give my statement",
        "when they interview me can a friend come with me?",
    ],
)
def test_someone_with_him_for_a_statement(said):
    assert answer(said, "assault", **KWAME) == "utter_r5_someone_with_you_statement"


@pytest.mark.parametrize(
    "said",
    [
        "can i bring someone with me to court?",
        "can someone read my impact statement for me?",
        "what is a victim personal statement?",
        "Can I get a copy of the stop and search record and the body-worn camera footage?",
        "will the police tell him i reported it?",
    ],
)
def test_other_questions_are_not_taken(said):
    got = answer(said, "assault", **KWAME)
    assert got not in (
        "utter_r5_someone_with_you_statement",
        "utter_r5_chat_not_to_police",
        "utter_r5_stop_hate_reports_for_you",
    ), said


# -- Sophie -----------------------------------------------------------------------------------

SOPHIE_TOLD = (
    "it was someone from work. at a work thing. i'd had a lot to drink and he took me back to "
    "his hotel room. i didnt want to"
)


def test_the_hotel_room_is_read_as_a_sexual_offence():
    assert read_account(SOPHIE_TOLD).crime_type == "sexual_offence"
    assert read_account("he took me back to his flat. i didnt want to").crime_type == (
        "sexual_offence"
    )


@pytest.mark.parametrize(
    "said",
    [
        "he took me to his room and i said i wanted to go home",
        "my friend took me back to her flat and we watched a film",
        "the taxi took me back to the hotel. i didnt want to go home yet",
    ],
)
def test_ordinary_nights_out_are_not(said):
    assert read_account(said).crime_type != "sexual_offence"


def test_at_what_happened_it_is_heard_and_recorded_not_asked_again():
    answers = {"consent": True, "in_danger": False}
    reading = read_turn(
        Turn(text=SOPHIE_TOLD, intent="inform", requested="crime_type", answers=answers)
    )
    assert reading.slots["crime_type"] == "sexual_offence"
    said = [say.response for say in reading.say]
    assert said[0] == "utter_r5_heard_unwanted"
    assert "utter_reask_crime_type" not in said


def test_the_button_is_not_told_back():
    answers = {"consent": True, "in_danger": False}
    reading = read_turn(
        Turn(
            text="Sexual assault or rape", intent="inform", requested="crime_type", answers=answers
        )
    )
    assert "utter_r5_heard_unwanted" not in [say.response for say in reading.say]


def test_too_late_is_answered():
    said = (
        "i'd rather not say exactly yet. is there a time limit on reporting things? like if its "
        "been 2 years is it too late"
    )
    assert answer(said, None) == "utter_not_too_late"


# -- Mo ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "13. do i hav to tell a teacher? what if they find out i told",
        "boys from my skool. but do i HAV to tell a teacher tho",
        "ok. wats report remove. and do i hav to tell a teacher or can i just not",
        "do i have to tell the school?",
    ],
)
def test_a_child_asking_if_he_must_tell_a_teacher(said):
    assert answer(said, "robbery", **MO) == "utter_r5_child_tell_teacher"


def test_never_adult_safeguarding_for_a_child():
    said = "13. do i hav to tell a teacher? what if they find out i told"
    assert answer(said, "robbery", **MO) != "utter_f8_police_keep_name_private"


def test_the_teacher_telling_his_mum():
    said = (
        "wat if the teacher tells my mum. she will go mad at the skool and they will no it was me"
    )
    assert answer(said, "robbery", **MO) == "utter_r5_teacher_tells_mum"


def test_a_call_and_his_mum():
    said = "if they ring me will my mum no? i dont want her to no"
    assert answer(said, "robbery", **MO) == "utter_r5_contact_without_mum"
    reading = read_turn(
        Turn(
            text=said,
            intent="ask_question",
            requested="referral_consent",
            answers={"consent": True, "crime_type": "robbery", **MO},
            organisations=ORGANISATIONS,
        )
    )
    assert [say.response for say in reading.say] == ["utter_r5_contact_without_mum"]
    assert "referral_consent" not in reading.slots


@pytest.mark.parametrize(
    "said",
    [
        "they wait by the chicken shop after skool. what do i do if they r there tmrw",
        "what do i do if they are there tomorrow",
        "what should i do if they wait after school",
    ],
)
def test_what_to_do_if_they_are_there_tomorrow(said):
    assert answer(said, "robbery", **MO) == "utter_r5_if_they_are_there"


@pytest.mark.parametrize(
    "said",
    [
        "do i have to tell the police?",
        "will the police tell my mum?",
        "what do i do if he comes to my house tonight?",
        "if they ring me can they leave a message?",
    ],
)
def test_other_questions_are_not_given_the_childs_answers(said):
    assert answer(said, "robbery", **MO) not in (
        "utter_r5_child_tell_teacher",
        "utter_r5_teacher_tells_mum",
        "utter_r5_contact_without_mum",
        "utter_r5_if_they_are_there",
    ), said


def test_an_adult_is_not_given_the_childs_answer():
    adult = {"age": 40, "relationship_to_offender": "stranger"}
    assert answer("do i have to tell a teacher?", "robbery", **adult) != (
        "utter_r5_child_tell_teacher"
    )
