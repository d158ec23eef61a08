"""Round 47 answers (helper R1): Bola (spouse visa, economic abuse), Terry (70, car windows
smashed, a false 999 alarm) and Megan (16, her picture on the year group chat).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.answers import contact_said
from bot.risk_words import detect_risk

NEW = ("utter_r1_visa_work", "utter_r1_worker_and_visas", "utter_r1_school_and_picture")
BOLA = {"age": 38, "relationship_to_offender": "partner_or_ex"}
TERRY = {"age": 70, "reported": True}
MEGAN = {"age": 16, "under_18": True, "account_details": ["online", "intimate_images"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R1", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "no its not that. sorry what is the 3 months leave, does it mean i have to stop working "
        "as a nurse? i cannot lose my job",
        "no i dont mean compensation. i mean the visa thing. if i get the 3 months can i still "
        "work at the hospital?",
        "you are not answering me. my work. can i keep working while on that visa concession or "
        "not",
        "can i work on the concession?",
    ],
)
def test_bola_gets_the_visa_work_answer(said):
    assert answer(said, "domestic_abuse", **BOLA) == "utter_r1_visa_work"


# -- round 49, helper T6 --: asked without saying the visa depends on the partner, immigration
# advice gets the answer without the concession (Precious's visa was from her job).
@pytest.mark.parametrize(
    "said",
    [
        "is there someone for immigration advice? a lawyer or something free",
        "he knows the car is at home anyway we live together. ok. so who do i call about my visa",
    ],
)
def test_bola_asking_for_immigration_advice_gets_where_to_find_it(said):
    assert answer(said, "domestic_abuse", **BOLA) == "utter_t6_free_immigration_advice"


def test_bola_asks_if_the_worker_knows_visas():
    said = "will the person who calls know about visas? thats my biggest fear honestly"
    assert answer(said, "domestic_abuse", **BOLA) == "utter_r1_worker_and_visas"


@pytest.mark.parametrize(
    "said",
    [
        "i work as a nurse",
        "he takes my wages every month",
        "will i lose my job if i report him?",
        "my visa is tied to him",
    ],
)
def test_other_messages_do_not_get_the_visa_work_answer(said):
    assert answer(said, "domestic_abuse", **BOLA) not in NEW


def test_bolas_safe_window_at_work_is_kept_as_the_time_to_call():
    said = "only in the day when im at work, like 9 to 5 weekdays. not evenings or weekend"
    times = contact_said(said)["contact_times"]
    assert "not 9 to 5" not in times
    assert "9 to 5" in times and "not evenings" in times


def test_busy_at_work_is_still_a_time_not_to_call():
    assert "not 9 to 5" in contact_said("call me after 6 im at work 9 to 5")["contact_times"]


# -- Terry: the police said they'd come back to him ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "YES both times. they gave me a number and said someone would come back to me. nobody "
        "has. 3 weeks now. why havent they come back",
        "WHAT? nobody threatened me. i said the POLICE said theyd come back to me and they havent",
        "the police said they would get back to me in 2 days and they havent come back",
    ],
)
def test_a_police_promise_to_get_back_is_no_danger(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "he said he would come back and hes outside now",
        "they said someone would come back to me but he is outside my door right now",
        "he said hed come back to finish me",
        "hes come back",
    ],
)
def test_someone_coming_back_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


@pytest.mark.parametrize(
    "said",
    [
        "YES both times. they gave me a number and said someone would come back to me. nobody "
        "has. 3 weeks now. why havent they come back",
        "information. i want to know whats happening with my report. 3 weeks and not a peep",
    ],
)
def test_terry_gets_the_police_updates_answer(said):
    assert answer(said, "criminal_damage", **TERRY) == "utter_j4_police_updates"


# -- Megan: her picture on the year group chat ------------------------------------------------


def test_a_picture_in_underwear_on_the_group_chat_is_image_abuse():
    told = read_account(
        "no not like that. a boy in my year put a pic of me in my underwear on the year group "
        "chat. everyone has seen it"
    )
    assert told.crime_type == "online_abuse"
    assert "intimate_images" in told.details


@pytest.mark.parametrize(
    "said",
    [
        "no. i just want it took down. how do i get it off the chat and off peoples phones",
        "no just this. but can u answer me how do i get it taken down",
        "practical help. getting the photo deleted",
        "court?? i dont want it to go to court i just want the pic gone",
    ],
)
def test_megan_gets_the_take_down_answer(said):
    assert answer(said, "online_abuse", **MEGAN) == "utter_images_off_phones"


@pytest.mark.parametrize(
    "said",
    [
        "no. does the school have to know? i dont want teachers knowing",
        "he didnt threaten he just posted it. ok. but does school have to know. and my mum",
    ],
)
def test_megan_gets_the_school_answer(said):
    assert answer(said, "online_abuse", **MEGAN) == "utter_r1_school_and_picture"


def test_megan_who_sent_it_herself_is_not_in_trouble():
    said = "will i get in trouble? i took the pic myself and sent it to him. like i sent it first"
    assert answer(said, "online_abuse", **MEGAN) == "utter_images_not_in_trouble"


@pytest.mark.parametrize("said", ["16", "kingston", "no", "english", "yes"])
def test_her_answers_get_none_of_these(said):
    assert answer(said, "online_abuse", **MEGAN) not in (*NEW, "utter_images_off_phones")
