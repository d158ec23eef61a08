"""Round 44 answers (helper N3): Precious and Margaret.

- Precious, 33, Croydon, an asylum seeker raped by her landlord's friend in her Home Office
  house: her disclosure got the lodger answer twice ("he may be allowed into your room"); "he
  still come to the house" and "if he come tonight and knock my door" got nothing; her housing
  questions got the council's answers; "Is this service connected to the Home Office?" got the
  police text; after "keep nothing" her ask for a person was refused coldly.
- Margaret, 61, Camden, for her husband Alan (dementia), whose paid carer steals and bruises
  him: recorded as a robbery, then back to a robbery after "It's also assault"; "I'm sorry you're
  hurt" twice; Alan's dementia noted as hers; "will they take Alan into a home?" never answered.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions import account
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_n3_rape_not_your_fault",
    "utter_n3_sexual_assault_not_your_fault",
    "utter_n3_he_comes_to_the_door",
    "utter_n3_asylum_housing_move",
    "utter_n3_move_depends_on_home",
    "utter_n3_chat_not_home_office",
    "utter_n3_care_home_fear_him",
    "utter_n3_care_home_fear_her",
    "utter_n3_bruises_on_him",
    "utter_n3_bruises_on_her",
)
PRECIOUS = {"age": 33, "gender": "woman", "relationship_to_offender": "someone_known"}
MARGARET = {
    "age": 61,
    "relationship_to_offender": "someone_known",
    "account_details": ["carer", "injured"],
    "consent": True,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 44, helper N3", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_migrant_help_is_named_without_a_number_it_is_not_in_the_directory():
    for name in ("utter_n3_asylum_housing_move", "utter_n3_move_depends_on_home"):
        (text,) = sendable(name)
        assert "Migrant Help" in text
        assert not any(char.isdigit() for char in text.replace("999", ""))


# -- 1. Precious: a rape disclosure is never answered with the lodger's rights ---------------


def test_her_first_disclosure_gets_not_your_fault_and_the_havens():
    said = (
        "I am not in danger this minute, I am at the library. But I live in a shared house and "
        "the landlord's friend comes there. Two weeks ago he came into my room at night and he "
        "forced himself on me. I don't know what to do."
    )
    assert answer(said, None) == "utter_n3_sexual_assault_not_your_fault"
    (text,) = sendable("utter_n3_sexual_assault_not_your_fault")
    assert "not your fault" in text and "020 3299 6900" in text
    assert "allowed" not in text and "lodger" not in text


def test_he_raped_me_gets_rape_named_not_the_lodger_text_again():
    said = (
        "He is not my landlord, he is the landlord friend. He does not live there. Why you say "
        "he is allowed in my room? He raped me. Sorry. I have not told police. I am an asylum "
        "seeker and I fear if I go to police it will spoil my case with Home Office."
    )
    assert answer(said, "sexual_offence", **PRECIOUS) == "utter_n3_rape_not_your_fault"
    (text,) = sendable("utter_n3_rape_not_your_fault")
    assert "rape" in text and "not your fault" in text


@pytest.mark.parametrize(
    "said",
    [
        "my landlord raped me last night in my room",
        "the landlords son came into my room and sexually assaulted me",
        "I rent a room in his house and last night he raped me",
    ],
)
def test_other_disclosures_beside_a_room_or_landlord(said):
    assert answer(said, None) in (
        "utter_n3_rape_not_your_fault",
        "utter_n3_sexual_assault_not_your_fault",
    )


@pytest.mark.parametrize(
    "said",
    [
        "can my landlord come into my room whenever he wants?",
        "is he allowed in my room without notice? he's my landlord",
    ],
)
def test_a_real_lodger_question_still_gets_the_lodger_answer(said):
    assert answer(said, "stalking_harassment") == "utter_l4_landlord_in_room"


# -- 2. Precious: he still comes to the house ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "No. Sorry, the question before, I pressed wrong. The one time he raped me, but before "
        "that he was always touching me and saying things when he visit. And he still come to "
        "the house. I hide in my room when I hear his voice.",
        "Ok. Last question. If he come to the house tonight and knock my door, what I should "
        "do? I don't want police to come and ask my papers.",
        "what if he comes to my room again",
        "he keeps knocking on my door at night",
    ],
)
def test_he_comes_to_the_house_gets_the_door_and_999_answer(said):
    assert answer(said, "sexual_offence", **PRECIOUS) == "utter_n3_he_comes_to_the_door"


def test_the_door_answer_says_999_and_55():
    (text,) = sendable("utter_n3_he_comes_to_the_door")
    assert "999" in text and "55" in text and "door" in text


@pytest.mark.parametrize(
    "said",
    [
        "he comes to the house every day",  # not after a sexual offence
        "if they come to my flat again what do i do",
    ],
)
def test_other_crimes_keep_their_own_door_answers(said):
    assert answer(said, "stalking_harassment") != "utter_n3_he_comes_to_the_door"


# -- 3. Precious: housing for someone in asylum accommodation --------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "English is ok. But council will help me when I am asylum seeker? My friend said we "
        "cannot get council help. The house is the one they give me, the Home Office house, but "
        "the landlord man manages it.",
        "I am not council tenant. It is asylum housing from Home Office. I don't have police "
        "officer. Who do asylum people call for housing problem?",
        "i live in a home office hotel, can they move me somewhere else?",
    ],
)
def test_asylum_housing_gets_migrant_help(said):
    assert answer(said, "sexual_offence", **PRECIOUS) == "utter_n3_asylum_housing_move"


def test_a_move_asked_by_someone_with_a_landlord_is_not_told_as_a_council_tenant():
    said = (
        "Thank you. Who can I tell to move me to another house? I am afraid to tell the landlord "
        "because he is his friend."
    )
    assert answer(said, "sexual_offence", **PRECIOUS) == "utter_n3_move_depends_on_home"


@pytest.mark.parametrize(
    "said",
    [
        "also can we get moved?? we rent from the council",
        "can the council move us? we're council tenants",
    ],
)
def test_a_council_tenant_still_gets_the_council_move(said):
    assert answer(said, "serious_violence") == "utter_council_move"


# -- 4. Precious: this chat and the Home Office; a person after "keep nothing" ----------------


@pytest.mark.parametrize(
    "said",
    [
        "Good afternoon. Please I want to ask something but I am not sure if I can. Is this "
        "service connected to the Home Office?",
        "Thank you. But this chat itself, you will not send it to Home Office? Abeg I just need "
        "to be sure.",
        "are you part of the home office?",
        "will you share this with immigration",
    ],
)
def test_this_chat_and_the_home_office(said):
    assert answer(said, None) == "utter_n3_chat_not_home_office"


def test_will_police_tell_the_home_office_keeps_the_police_answer():
    said = "33. Please you are not listening. Will police tell Home Office if I report?"
    assert answer(said, "sexual_offence", **PRECIOUS) == "utter_immigration"


def test_a_person_refused_kindly_with_the_havens_after_a_sexual_offence():
    (text,) = sendable("utter_handoff_no_consent", crime_type="sexual_offence")
    assert text.startswith("I'm sorry") and "020 3299 6900" in text and "08 08 16 89 111" in text
    (text,) = sendable("utter_handoff_no_consent", crime_type="theft")
    assert "real person" in text and "you can keep it" in text


# -- 5. Margaret: a carer's theft and hurting Alan is not a robbery ---------------------------

MARGARET_FIRST = (
    "I'm sorry to be writing so late, I can't sleep and I don't know who else to ask. My "
    "husband Alan has dementia and I look after him, we have a carer who comes in three "
    "mornings a week from an agency to help with washing and dressing. Over the last couple "
    "of months money has been going missing from my purse and from the tin in the kitchen, "
    "and my mother's ring has gone from the dresser. I didn't want to think it was her. But "
    "this week I found bruises on Alan's upper arms, like finger marks, and he flinches when "
    "she comes in. He can't tell me what happened. I feel sick."
)


def test_her_account_is_not_a_robbery():
    assert account.read_account(MARGARET_FIRST).crime_type == "assault"


def test_also_assault_is_an_assault_not_a_robbery():
    said = "It's not just a theft. It's also assault. She hurt my husband. Please change it."
    theft = {**MARGARET, "crime_type": "theft"}
    assert corrections(said, theft) == {"crime_type": "assault"}
    reading = read_turn(Turn(text=said, intent="inform", requested=None, answers=theft, asked={}))
    assert reading.slots.get("crime_type") != "robbery"


def test_adding_the_hurt_to_alan_is_recorded():
    said = (
        "That's wrong. I don't have the health condition, Alan does. And the carer has been "
        "hurting Alan, bruises on his arms, please add that. It's the most important part."
    )
    found = corrections(said, {**MARGARET, "crime_type": "theft", "impairment": True})
    assert found == {"impairment": False, "crime_type": "assault"}


@pytest.mark.parametrize(
    "said",
    [
        "he pushed me and took my phone, its not just theft",
        "but i did get injured?? he yanked my arm when he took my bag. thats not just theft is it",
    ],
)
def test_force_used_to_take_something_stays_a_robbery(said):
    assert corrections(said, {"crime_type": "theft"}).get("crime_type") != "assault"


def test_a_street_robbery_is_still_read_as_one():
    said = "two lads punched me and stole my phone on the high street"
    assert account.read_account(said).crime_type == "robbery"


# -- 6. Margaret: Alan's bruises and dementia are not hers ------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you, the Admiral Nurse line is a good idea. Should I take photos of the bruises? "
        "And should I take him to the GP? I don't want to upset him more.",
        "No dear, I'm not hurt, it's Alan with the bruises, on his arms. They're a few days old. "
        "Should I photograph them for evidence?",
        "should i take pictures of the marks on his arms?",
    ],
)
def test_bruises_on_him_get_photos_gp_and_safeguarding(said):
    assert answer(said, "assault", **MARGARET) == "utter_n3_bruises_on_him"
    (text,) = sendable("utter_n3_bruises_on_him")
    assert "hurt" not in text and "GP" in text and "safeguarding" in text


def test_bruises_on_her_mother():
    said = "should i photograph the bruises on her arms and take her to the GP? its my mum"
    assert answer(said, "assault") == "utter_n3_bruises_on_her"


@pytest.mark.parametrize(
    "said",
    [
        "should i go to hospital? he punched me in the head and i feel dizzy",
        "do I need to see a doctor about my bruises?",
    ],
)
def test_someone_hurt_themselves_still_gets_the_injury_answer(said):
    assert answer(said, "assault") == "utter_injury"


def test_alans_dementia_is_not_read_as_hers():
    said = (
        "Because of Alan's dementia, yes I think so. She picked him because he can't tell anyone."
    )
    assert account.read_account(said).impairment is None
    said = "Not me. Alan has dementia, vascular dementia, diagnosed three years ago."
    assert account.read_account(said).impairment is None


@pytest.mark.parametrize("said", ["I have dementia", "I'm autistic", "i have epilepsy"])
def test_their_own_condition_is_still_read(said):
    assert account.read_account(said).impairment is True


# -- 7. Margaret: will they take Alan into a home? --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Alan couldn't go to court, he wouldn't understand. I would if I had to. Can I ask you "
        "something that's been worrying me all night. If I tell social services, will they say "
        "I can't cope and take Alan into a home? I couldn't bear that. I promised him.",
        "Information I suppose. And someone to talk to. But please can you answer about whether "
        "they'd take him away, that's what's stopping me ringing them.",
        "English. I don't need therapy dear, I need to know what happens to Alan.",
        "will they put my husband in a care home?",
    ],
)
def test_will_they_take_him_into_a_home(said):
    assert answer(said, "assault", **MARGARET) == "utter_n3_care_home_fear_him"


def test_will_they_take_her_into_a_home():
    said = "if i report it will they put my mum in a care home?"
    assert answer(said, "assault") == "utter_n3_care_home_fear_her"


def test_the_care_home_answer_names_his_wishes_and_safeguarding():
    (text,) = sendable("utter_n3_care_home_fear_him")
    assert "Care Act 2014" in text and "wishes" in text and "safeguarding" in text


@pytest.mark.parametrize(
    "said",
    [
        "what happens to him if he's charged?",
        "what happens to the carer now?",
        "I'm at home now, can someone call me?",
    ],
)
def test_ordinary_questions_do_not_get_the_care_home_answer(said):
    assert answer(said, "assault", relationship_to_offender="stranger") not in (
        "utter_n3_care_home_fear_him",
        "utter_n3_care_home_fear_her",
    )
