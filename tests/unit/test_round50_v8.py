"""Round 50 answers (helper V8): Ingrid, Arjun and Mei.

- Ingrid, 58: a romance scam (£12,000 sent to a man met online) and now asked to let his
  "business money" come into her account and send it on. "Can you tell me simply: is this a scam
  or not?" was told "It's not a scam" (about this chat); her money-mule questions got nothing.
- Arjun, 41: his father (80, dementia) in a care home, bruised, a carer rough with him: who to
  report to, the carer on shift tonight, the council's out-of-hours line, the CQC.
- Mei, 60, limited English: her bag with her house key and address snatched; "police speak
  chinese?".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
)

NEW = (
    "utter_v8_money_mule",
    "utter_v8_meant_this_chat",
    "utter_v8_care_home_carer_tonight",
    "utter_v8_council_out_of_hours",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper V8")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def said_answer(text, crime_type, said, **answers):
    got = answer_in_conversation(text, crime_type, said, **answers)
    if got is None:
        return None
    return got.response, [then.response for then in got.then]


# -- 1. Ingrid -------------------------------------------------------------------------------

INGRID = [
    "No, not danger. His name is Daniel, he is an engineer on oil platform. We talk every day "
    "since March. I have sent him 12 000 pounds for his medical bills, he had an accident. Now "
    "he ask me to receive payment from his business into my account and send it to his "
    "colleague because his account is frozen. My daughter says it is scam but I am not sure, he "
    "is very kind."
]


@pytest.mark.parametrize("crime_type", ["fraud", None])
@pytest.mark.parametrize(
    "said",
    [
        "No. Should I do what he asks, with the business money? He says it is only this one time "
        "and then he can pay me back the 12 000.",
        "58. But please, he wants answer by tomorrow. Is it safe to let money come into my account "
        "and send it on?",
        "I am confused. Am I a victim of crime or not? I only want to know if I am in trouble if I "
        "help Daniel with the money transfer.",
        "Court?? Why court? I have not done anything wrong. Will I be in trouble?",
        "Last question please. If I let his business money come into my bank account and I send "
        "it to his colleague, is that against the law?",
        "So they will call tomorrow morning for sure? And until then I should not do anything with "
        "Daniel's money?",
    ],
)
def test_ingrids_money_mule_questions_get_the_warning(said, crime_type):
    assert said_answer(said, crime_type, INGRID) == ("utter_v8_money_mule", [])


@pytest.mark.parametrize(
    "said",
    [
        "Is it safe to let money come into my account and send it on?",
        "someone wants to pay money into my account and i send it on to his friend, "
        "is that illegal?",
    ],
)
def test_the_request_told_in_the_question_itself_is_enough(said):
    assert said_answer(said, "fraud", []) == ("utter_v8_money_mule", [])


def test_is_this_a_scam_or_not_is_about_the_man_not_this_chat():
    said = (
        "What CCTV? I am confused. No, not targeted for that. Can you tell me simply: is this a "
        "scam or not?"
    )
    assert said_answer(said, "fraud", INGRID) == (
        "utter_g4_romance_scam_signs",
        ["utter_v8_money_mule"],
    )
    assert answer(said, "fraud") != "utter_not_a_scam"


@pytest.mark.parametrize(
    "said",
    [
        "Oh. So you think it is not a scam? That is relief, my daughter worries too much. No, not "
        "targeted.",
        "So now you say it is a scam? Before you said it is not a scam. Which one?",
    ],
)
def test_what_we_said_is_put_right(said):
    assert said_answer(said, "fraud", INGRID) == (
        "utter_v8_meant_this_chat",
        ["utter_v8_money_mule"],
    )
    assert answer(said, "fraud") != "utter_not_a_scam"
    assert answer(said, None) != "utter_not_a_scam"


@pytest.mark.parametrize(
    "said",
    [
        "its not a scam is it? will you ask me for money",
        "are you a scam?",
        "will you ask me for money?",
    ],
)
def test_questions_about_this_service_still_get_not_a_scam(said):
    assert answer(said, "fraud") == "utter_not_a_scam"
    assert answer(said, None) == "utter_not_a_scam"


@pytest.mark.parametrize(
    "said",
    [
        "Yes",
        "No",
        "Richmond",
        "My daughter says I must call the bank. Can I get the 12 000 back from bank if it is a "
        "scam?",
        "will the money come back into my account?",
    ],
)
def test_ordinary_messages_do_not_get_the_warning(said):
    assert said_answer(said, "fraud", INGRID) is None or said_answer(said, "fraud", INGRID)[
        0
    ] not in (
        "utter_v8_money_mule",
        "utter_v8_meant_this_chat",
    )


# -- 2. Arjun --------------------------------------------------------------------------------

ARJUN = [
    "Good evening. I am writing on behalf of my father, who is 80 and has dementia. He resides in "
    "a care home in Harrow. During my visit on Sunday I noticed bruising on both of his forearms, "
    "and I personally witnessed a carer handling him very roughly, pulling him up from his chair "
    "by the arm. I would like to know the correct course of action."
]
FATHER = {"for_someone_else": True, "age": 80}


@pytest.mark.parametrize("crime_type", ["assault", None])
@pytest.mark.parametrize(
    "said",
    [
        "Yes, that is acceptable. My primary question is who I should report this to: the police, "
        "the care home management, or Harrow Council?",
        "No. I raised it verbally with the deputy manager on Sunday, who said they would 'look "
        "into it'. I have heard nothing since. Is that sufficient, or must I go further?",
        "Feeling safe, and information. Specifically: who is responsible for investigating abuse "
        "in a care home?",
        "Final question: should I also inform the Care Quality Commission?",
    ],
)
def test_arjuns_who_to_report_to_gets_the_care_home_answer(said, crime_type):
    assert said_answer(said, crime_type, ARJUN, **FATHER) == ("utter_care_home_who_to_tell", [])


def test_the_carer_on_shift_tonight():
    said = (
        "Understood. My immediate concern is that the same carer may be looking after him "
        "tonight. What can I do now to ensure she does not?"
    )
    assert said_answer(said, "assault", ARJUN, **FATHER) == (
        "utter_v8_care_home_carer_tonight",
        [],
    )


def test_the_councils_out_of_hours_line():
    said = "Does Harrow Council have an out of hours number for adult safeguarding?"
    assert said_answer(said, "assault", ARJUN, **FATHER) == ("utter_v8_council_out_of_hours", [])
    assert answer(said, None) == "utter_v8_council_out_of_hours"


@pytest.mark.parametrize(
    "said",
    [
        "is that enough?",
        "what can i do now?",
        "who should i report this to?",
    ],
)
def test_without_a_carer_these_are_not_the_care_answers(said):
    got = said_answer(said, "assault", ["a man punched me outside the pub"])
    assert got is None or got[0] not in (
        "utter_care_home_who_to_tell",
        "utter_v8_care_home_carer_tonight",
    )


# -- 3. Mei ----------------------------------------------------------------------------------

MEI = [
    "hello. my bag stolen. please help",
    "no police. two man on motorbike take my bag, pull very hard. i fall down on street. my wrist "
    "big now, swollen. very pain",
    "60. my bank card in bag. and key for house. what i do?",
    "no not know. and key? they have my key. my address on letter in bag. they come my house?",
]


@pytest.mark.parametrize(
    "said",
    [
        "no not know. and key? they have my key. my address on letter in bag. they come my house?",
        "no. first time. what i do about key",
    ],
)
def test_meis_key_and_address_fear_is_answered(said):
    assert said_answer(said, "theft", MEI) == ("utter_keys_and_address_stolen", [])


@pytest.mark.parametrize(
    "said",
    [
        "i call police? they speak chinese? i want tell them about key",
        "domestic? no. is not my husband. two man on motorbike. stranger. i want call police. "
        "police have chinese?",
        "do the police speak polish?",
    ],
)
def test_police_in_her_language(said):
    assert answer(said, "theft") == "utter_report_in_your_language"
    assert answer(said, "robbery") == "utter_report_in_your_language"


@pytest.mark.parametrize("said", ["what i do", "my keys are on the table", "i lost my keys"])
def test_without_a_stolen_key_no_key_answer(said):
    got = said_answer(said, "assault", ["he punched me in the street"])
    assert got is None or got[0] not in ("utter_keys_and_address_stolen", "utter_r6_stolen_key")


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("chinese. cantonese", "cantonese"),
        ("chinese (cantonese)", "cantonese"),
        ("Chinese, Mandarin please", "mandarin"),
        ("cantonese", "cantonese"),
        ("chinese", "chinese"),
    ],
)
def test_the_spoken_chinese_language_is_kept(said, language):
    from actions.answers import read_language

    assert read_language(said).value == language


def test_a_broken_video_call_camera_is_not_cctv():
    said = (
        "I don't understand your answer. I asked about the money. Who did what? Daniel did not do "
        "anything bad, I think. I never met him in real life, only video once but the camera was "
        "broken."
    )
    assert answer(said, "fraud") != "utter_q1_report_without_cctv"
    assert (
        answer("the cctv camera was broken, is it even worth reporting?", "theft")
        == "utter_q1_report_without_cctv"
    )
