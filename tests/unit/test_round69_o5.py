"""Round 69, helper o5: basic questions, part 2 (Kev, Natalia, Ali, Beata, Magda)."""

from __future__ import annotations

import pytest
from known_answers import (
    RESPONSES,
    numbers_not_in_directory,
    said_answer,
    sendable,
    sources_above,
)

from actions.account import read_account
from actions.reading import signs_off

NEW = [
    "utter_o5_find_out_progress",
    "utter_o5_photo_of_him",
    "utter_o5_time_off_after_crime",
    "utter_o5_nightmares",
    "utter_o5_dog_who_to_tell",
    "utter_o5_who_pays_wages",
]


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_short_message_with_directory_numbers(name):
    assert name in RESPONSES
    for slots in ({}, {"cannot_phone": True}):
        texts = sendable(name, **slots)
        assert len(texts) == 1
        assert len(texts[0]) <= 320
    assert not numbers_not_in_directory(name)
    assert "SOURCES" in sources_above(name)


# -- Kev: how to find out what is happening ------------------------------------------------

KEV = [
    "Alright. Bus driver, got assaulted on shift Thursday night. Bloke spat in my face then "
    "reached through the cab door and punched me. Whats the score with this",
    "no im at home, signed off by the doc. police were called by control at the time, got a "
    "crime ref. does it count as worse cos im a driver? assaulting an emergency worker or whatever",
]


@pytest.mark.parametrize(
    "text",
    [
        "and the police? how do i find out whats happening, ive got the crime number",
        "right. no dont need anyone ringing me, union will sort me. how do i find out if theyve "
        "caught him, nobodys told me nothing",
        "how can i find out if they arrested anyone?",
    ],
)
def test_kev_is_told_how_to_find_out(text):
    assert said_answer(text, "assault", KEV) == "utter_o5_find_out_progress"


def test_reported_to_police_is_enough_context():
    text = "how do i find out whats going on with it"
    assert (
        said_answer(text, "burglary", [], reported_to_police=True) == "utter_o5_find_out_progress"
    )


@pytest.mark.parametrize(
    "text",
    [
        "how do i find out if they caught him",  # never reported
        "how do i find out my crime number?",
        "how do i find out whats happening at court?",
    ],
)
def test_not_for_unreported_or_other_questions(text):
    assert said_answer(text, "assault", []) != "utter_o5_find_out_progress"


def test_kev_says_it_in_the_text_as_well():
    text = "how do i find out whats happening? got a crime number"
    assert said_answer(text, "assault", []) == "utter_o5_find_out_progress"


def test_the_text_names_the_crime_number_and_right_6():
    text = sendable("utter_o5_find_out_progress")[0]
    assert "101" in text and "crime number" in text and "Right 6" in text
    assert "likely to be entitled" in text


# -- Natalia: upskirting on the Tube ------------------------------------------------------

NATALIA_FIRST = (
    "Hi, sorry, I don't even know if this is the right place. Something happened on the tube "
    "this morning and I'm still shaking"
)
NATALIA_ACCOUNT = (
    "I'm at work now, it's fine. A man was standing behind me on the escalator at Hammersmith "
    "and I turned round and he had his phone literally under my skirt. I screamed at him and he "
    "legged it up the stairs. Is that actually a crime or am I overreacting?"
)


def test_phone_under_her_skirt_is_upskirting():
    assert "upskirting" in read_account(NATALIA_ACCOUNT).details
    assert said_answer(NATALIA_ACCOUNT, None, [NATALIA_FIRST]) == "utter_c1_upskirting_is_a_crime"


def test_a_phone_under_the_table_is_not_upskirting():
    assert "upskirting" not in read_account("he hid his phone under the table").details


@pytest.mark.parametrize(
    "text",
    [
        "no not yet. I got a photo of him tho when he was running off. who would I even report "
        "it to, the tube staff?",
        "35. seriously you can't tell me who to report it to?",
    ],
)
def test_natalia_is_told_about_british_transport_police(text):
    said = [NATALIA_FIRST, NATALIA_ACCOUNT]
    assert said_answer(text, "sexual_offence", said) == "utter_transport_police"


def test_who_to_report_to_after_a_bus_assault_is_not_btp():
    text = "who do i report it to?"
    assert said_answer(text, "assault", KEV) != "utter_transport_police"


@pytest.mark.parametrize(
    "text",
    [
        "no. what should I do with the photo of him",
        "thanks. and the photo I took of him, do I send that to them? I don't want to get in "
        "trouble for posting it on instagram or something",
        "no not that. the photo is of HIM, his face. evidence. should I give it to the police or "
        "post it so someone recognises him",
        "i got a picture of the man who did it, should i put it on facebook?",
    ],
)
def test_a_photo_of_him_is_evidence(text):
    said = [NATALIA_FIRST, NATALIA_ACCOUNT]
    assert said_answer(text, "sexual_offence", said) == "utter_o5_photo_of_him"


@pytest.mark.parametrize(
    "text",
    [
        "will the video end up online??",
        "he took photos of me, what if he posts them online?",
        "my ex has naked photos of me, can you get them taken down?",
    ],
)
def test_images_of_the_person_still_get_the_image_answers(text):
    said = [NATALIA_FIRST, NATALIA_ACCOUNT]
    assert said_answer(text, "sexual_offence", said) != "utter_o5_photo_of_him"
    assert said_answer(text, "sexual_offence", said) is not None


# -- Ali: time off work after a robbery, nightmares, khuda hafiz ---------------------------

ALI = [
    "Salam. Last night robbery happen in my shop where I am working, two man with knife. I am "
    "alone that time",
    "no now I am in my home. they take money from till and run. I am not hurt but I cannot "
    "sleep, every time I close eye I see the knife",
]


@pytest.mark.parametrize(
    "text",
    [
        "no I dont know them, they have mask. My boss saying I must come tomorrow for work, shop "
        "must open. I am scared, can he force me?",
        "no. not harassment, I dont complain about boss. I am asking if I can take some days off "
        "because of fear",
        "thank you. last question, I must go to work tomorrow or I can stay home? I am too "
        "scared to stand at the till",
        "do i have to go back to work this week?",
        "can i get a sick note for this?",
    ],
)
def test_ali_is_told_about_time_off(text):
    assert said_answer(text, "robbery", ALI) == "utter_o5_time_off_after_crime"


@pytest.mark.parametrize(
    "text,crime_type",
    [
        ("can i get time off work to go to court as a witness?", "robbery"),
        ("should i stay home from work, he waits outside?", "domestic_abuse"),
        ("my manager keeps touching me at work, what must my employer do?", "sexual_offence"),
    ],
)
def test_other_work_questions_do_not_get_it(text, crime_type):
    assert said_answer(text, crime_type, []) != "utter_o5_time_off_after_crime"


@pytest.mark.parametrize(
    "text",
    [
        "ok yes, please somebody call me. and who help me with the dreams? doctor?",
        "who can help with the nightmares?",
    ],
)
def test_ali_is_told_who_helps_with_nightmares(text):
    assert said_answer(text, "robbery", ALI) == "utter_o5_nightmares"


def test_a_dream_in_another_sense_does_not_get_it():
    assert said_answer("i had a dream job, can i get compensation?", "robbery", []) != (
        "utter_o5_nightmares"
    )


@pytest.mark.parametrize("text", ["ok. khuda hafiz", "thank you, allah hafiz"])
def test_khuda_hafiz_is_a_goodbye(text):
    assert signs_off(text)


def test_khuda_hafiz_with_a_question_is_not():
    assert not signs_off("khuda hafiz. but can I stay home tomorrow?")


# -- Beata: a dog bite, police or council -------------------------------------------------

BEATA = [
    "Good evening. I am not sure if I am in the right place. My neighbours dog bit me on "
    "Saturday when I was walking to the bus stop, I needed 6 stitches in my leg."
]


@pytest.mark.parametrize(
    "text",
    [
        "Information I think. Who do I tell, police or the council? And can I get money for the "
        "time I missed at work",
        "Thank you, that helps. And to report, I ring 101 or the council? I worry the dog bites a "
        "child next",
        "should i report it to the council?",
    ],
)
def test_beata_is_told_to_tell_the_police(text):
    assert said_answer(text, "other", BEATA) == "utter_o5_dog_who_to_tell"


@pytest.mark.parametrize(
    "text",
    [
        "Who do I tell, police or the council? the fly-tipping is back",
        "my neighbour plays loud music every night, do I ring 101 or the council?",
    ],
)
def test_other_council_questions_do_not_get_the_dog_answer(text):
    assert said_answer(text, "other", []) != "utter_o5_dog_who_to_tell"


# -- Magda: who will pay her wages --------------------------------------------------------

MAGDA = [
    "no now I am home. But the husband of my lady he push me to wall on Tuesday, very hard, my "
    "shoulder is hurting still. Because I ask for my money",
    "No police. If police come they will say I am lying and I lose the job. Two month they not "
    "pay me, 1200 pound",
]


@pytest.mark.parametrize(
    "text",
    [
        "court? I dont know. maybe yes, my english. Who will pay me my money, this is my question",
        "who pays me my wages now?",
    ],
)
def test_magda_is_told_how_to_get_her_wages(text):
    assert said_answer(text, "assault", MAGDA) == "utter_o5_who_pays_wages"


@pytest.mark.parametrize(
    "text,said",
    [
        ("who will pay me my money back? they took 200 pound from my purse", []),
        ("who will pay for my phone?", MAGDA),
    ],
)
def test_stolen_money_or_damage_is_not_wages(text, said):
    assert said_answer(text, "robbery", said) != "utter_o5_who_pays_wages"


def test_no_photo_of_him_is_not_the_photo_answer():
    # round 32: "i dont have photo of him" is about whether reporting is worth it
    text = (
        "stranger. never see him before. if i report now, police will do something or no? i "
        "dont have photo of him"
    )
    assert said_answer(text, "sexual_offence", []) != "utter_o5_photo_of_him"


def test_forced_work_is_not_time_off():
    # round 43: "its not work its like they make me run stuff"
    text = "its not work its like they make me run stuff. can they force me?"
    assert said_answer(text, "human_trafficking", []) != "utter_o5_time_off_after_crime"
