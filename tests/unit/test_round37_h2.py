"""Round 37 answers (helper H2): questions six role-players texted mid-assessment that got "I'm
sorry, I can't answer that one here" or the wrong text.

- Ben, 19, blackmailed over intimate pictures: will the police arrest him; what to do before the
  10pm deadline to post them.
- Kofi, assaulted at work by a customer: support through his work.
- Angela, 70, hurt by her adult daughter: will the service tell the police or social services.
- Doris, 81, her bag with her keys and address stolen: will someone come to the house.
- Leon, punched in the face by a stranger: his jaw clicks when he eats.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

NEW = (
    "utter_sextortion_victim",
    "utter_support_through_work",
    "utter_service_tells_police_or_social_services",
    "utter_keys_and_address_stolen",
    "utter_jaw_after_a_punch",
)
BEN = {"age": 19, "account_details": ["intimate_images", "online", "sextortion"]}
ANGELA = {"age": 70, "relationship_to_offender": "family_member", "gender": "female"}
DORIS = {"age": 81, "relationship_to_offender": "stranger"}
LEON = {"age": 27, "relationship_to_offender": "stranger"}
KOFI = {"age": 34, "relationship_to_offender": "someone_known"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 37, helper H2", ({}, {"for_someone_else": True}, {"cannot_phone": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Ben: will the police arrest me -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "will the police arrest ME?",
        "am i in trouble for sending them",
        "could i get arrested for sending nudes?",
        "did i break the law sending him pics?",
        "will i get a criminal record for this?",
    ],
)
def test_blackmailed_adult_fearing_arrest_is_told_he_is_the_victim(said):
    assert answer(said, "online_abuse", **BEN) == "utter_sextortion_victim"


def test_the_answer_says_victim_dont_pay_keep_evidence_and_ceop_for_under_18s():
    [text] = sendable("utter_sextortion_victim")
    for part in ("victim", "isn't your fault", "Don't pay or reply", "screenshot", "101"):
        assert part in text
    assert "0345 6000 459" in text and "CEOP" in text


def test_a_young_person_asking_the_same_gets_the_childrens_answer():
    young = {**BEN, "age": 16}
    assert answer("will the police arrest ME?", "online_abuse", **young) == (
        "utter_sextortion_not_your_fault"
    )


def test_an_adult_sent_them_without_sextortion_kept_still_gets_it_when_he_names_blackmail():
    said = "im being blackmailed over pics i sent, am i in trouble for sending them?"
    assert answer(said, None, age=19) == "utter_sextortion_victim"


@pytest.mark.parametrize(
    "said",
    [
        "will the police arrest him?",
        "will they arrest the guy doing this",
        "19",
        "online",
        "yes",
        "will the police arrest me, i hit him back",
        "am i in trouble with my boss for being late",
    ],
)
def test_ordinary_messages_and_other_questions_do_not_get_the_arrest_answer(said):
    assert answer(said, "online_abuse", **BEN) != "utter_sextortion_victim"


@pytest.mark.parametrize(
    "said, crime, told",
    [
        ("will the police arrest me?", "assault", {"age": 30}),
        ("am i in trouble?", "theft", {"age": 40}),
        (
            "will the police arrest me",
            "domestic_abuse",
            {"relationship_to_offender": "partner_or_ex"},
        ),
    ],
)
def test_arrest_fears_without_pictures_are_not_this_answer(said, crime, told):
    assert answer(said, crime, **told) != "utter_sextortion_victim"


# -- 2. Ben: a deadline to post them -------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "what do i do before tonight, they said they'll post it at 10",
        "they said theyll send it to my family at 10pm what should i do",
        "he says hes posting them tonight unless i pay, what do i do",
        "i have until 10 before they post it. help me",
    ],
)
def test_a_deadline_to_post_the_pictures_gets_the_sextortion_answer(said):
    assert answer(said, "online_abuse", **BEN) == "utter_sextortion"
    [text] = sendable("utter_sextortion", under_18=False)
    assert "Don't pay" in text and "Screenshot" in text and "101" in text


@pytest.mark.parametrize(
    "said",
    [
        "he said hes coming round at 10 what do i do",
        "what do i do before court tomorrow",
        "i have to be at work by 10",
        "tonight",
        "19",
    ],
)
def test_other_deadlines_and_answers_are_not_the_sextortion_deadline(said):
    assert answer(said, "online_abuse", **BEN) != "utter_sextortion"


def test_online_abuse_without_pictures_is_not_sextortion():
    said = "what should i do before tonight, my ex is posting lies about me at 10"
    assert answer(said, "online_abuse", age=30) != "utter_sextortion"


# -- 3. Kofi: support through work ---------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "can I get support through my work?",
        "will my employer help me after this?",
        "does my work have to support me",
        "can i get counselling through work?",
        "is there an employee assistance thing i can use?",
    ],
)
def test_support_through_work(said):
    assert answer(said, "assault", **KOFI) == "utter_support_through_work"


@pytest.mark.parametrize(
    "said",
    [
        "at work",
        "a customer hit me",
        "will my work find out?",
        "can my work sack me for being off?",
        "who pays me for the days at court?",
        "can i get support?",
        "yes",
    ],
)
def test_ordinary_messages_do_not_get_the_work_answer(said):
    assert answer(said, "assault", **KOFI) != "utter_support_through_work"


def test_a_partners_abuse_is_not_the_work_answer():
    said = "can i get support through my work?"
    assert (
        answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex")
        != "utter_support_through_work"
    )


# -- 4. Angela: will the service tell the police or social services ------------------------


@pytest.mark.parametrize(
    "said",
    [
        "will the service tell the police or social services?",
        "would they tell social services?",
        "will the support people report it to social services and the police",
        "do they have to tell adult safeguarding?",
    ],
)
def test_will_the_service_tell_police_or_social_services(said):
    assert (
        answer(said, "domestic_abuse", **ANGELA) == "utter_service_tells_police_or_social_services"
    )


def test_the_answer_keeps_her_choice_and_the_serious_risk_exception():
    [text] = sendable("utter_service_tells_police_or_social_services")
    assert "agreement" in text and "serious risk" in text and "social services" in text


@pytest.mark.parametrize(
    "said",
    [
        "who sees this chat?",
        "will you tell my daughter?",
        "will social services take my grandchildren?",
        "will the police tell social services?",
        "do i have to tell the police?",
        "my daughter",
        "70",
    ],
)
def test_other_privacy_questions_do_not_get_it(said):
    assert (
        answer(said, "domestic_abuse", **ANGELA) != "utter_service_tells_police_or_social_services"
    )


def test_a_child_asking_does_not_get_it():
    said = "will they tell social services?"
    assert answer(said, "assault", age=15) != "utter_service_tells_police_or_social_services"


# -- 5. Doris: keys and address stolen -----------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "should i be worried someone will come to the house?",
        "could they use my keys to get in?",
        "they have my address and keys, will they come round to my house?",
        "what if he comes to my home?",
    ],
)
def test_fears_a_visit_after_keys_and_address_stolen(said):
    assert answer(said, "theft", **DORIS) == "utter_keys_and_address_stolen"


@pytest.mark.parametrize(
    "said",
    [
        "should i cancel my cards?",
        "will the police find my bag?",
        "my bag",
        "yes it had my keys in",
        "should i get new glasses?",
    ],
)
def test_ordinary_messages_do_not_get_the_keys_answer(said):
    assert answer(said, "theft", **DORIS) != "utter_keys_and_address_stolen"


def test_a_robbers_threat_to_come_back_keeps_the_threat_answer():
    said = "they said they know where i live, will they come to my house?"
    assert answer(said, "robbery", age=30) != "utter_keys_and_address_stolen"


def test_a_partner_coming_to_the_house_is_not_this_answer():
    said = "should i be worried he will come to the house?"
    assert (
        answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex")
        != "utter_keys_and_address_stolen"
    )


# -- 6. Leon: a clicking jaw after a punch -------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "my jaw keeps clicking when i eat is that bad?",
        "my jaw hurts when i chew, should i get it looked at?",
        "is it normal my jaw pops since he punched me?",
        "jaw feels stiff and sore is that ok",
    ],
)
def test_jaw_after_a_punch(said):
    assert answer(said, "assault", **LEON) == "utter_jaw_after_a_punch"


def test_the_jaw_answer_gives_111_a_and_e_signs_and_the_record():
    [text] = sendable("utter_jaw_after_a_punch")
    assert "NHS 111" in text and "A&E" in text and "CICA" in text


@pytest.mark.parametrize(
    "said",
    [
        "he punched me in the jaw",
        "can i claim compensation for my jaw?",
        "my nose hurts is it broken?",
        "a stranger",
        "outside a pub",
    ],
)
def test_ordinary_messages_do_not_get_the_jaw_answer(said):
    assert answer(said, "assault", **LEON) != "utter_jaw_after_a_punch"


def test_the_jaw_answer_is_only_after_a_blow():
    said = "my jaw clicks when i eat is that bad?"
    assert answer(said, "fraud", age=50) != "utter_jaw_after_a_punch"


def test_a_photo_sent_before_the_age_is_known_keeps_the_not_in_trouble_answer():
    said = "am i in trouble for sending the photo?"
    assert answer(said, "online_abuse") == "utter_images_not_in_trouble"
    assert answer(said, "online_abuse", age=24) == "utter_sextortion_victim"


def test_pictures_told_without_a_demand_get_it_when_the_police_are_asked_about():
    told = {"account_details": ["intimate_images", "online"]}
    assert answer("will the police arrest ME?", "online_abuse", **told) == (
        "utter_sextortion_victim"
    )
