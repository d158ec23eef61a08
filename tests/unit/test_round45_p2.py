"""Round 45 answers and readings (helper P2).

- Tom, 60, Deaf, burgled: "police must text me or email, not phone?" never answered; told to
  "call 101"; offered the domestic abuse helpline and Childline.
- Dion, 19, autistic, beaten by strangers: "Please change it to autistic. And add that my eye is
  hurt" refused; update days given as 1 and then 5 working days.
- Kevin, 31, bus driver spat on: the infection question ignored six times; "him no" read as it
  happening more than once; "am i in trouble for that" (pushing him) skipped.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.answers import read_answer
from actions.reading import corrections
from actions.wording import changed_line

NEW = (
    "utter_p2_police_contact_adjustments",
    "utter_p2_police_without_calling",
    "utter_p2_text_routes_adult",
    "utter_p2_insurer_without_calling",
    "utter_p2_updates_enhanced",
    "utter_p2_updates_standard",
    "utter_p2_spit_infection",
)
TOM = {"cannot_phone": True, "age": 60, "relationship_to_offender": "unknown", "impairment": True}
DION = {"age": 19, "relationship_to_offender": "stranger", "hate_motivated": True}
DION_PLAIN = {"age": 19, "relationship_to_offender": "stranger", "hate_motivated": False}
KEVIN = {"age": 31, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P2", ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "Islington. Question: police must text me or email, not phone? I want this. How I tell "
        "them?",
        "I have crime number already. Main problem: police officer phone me, I miss call. I want "
        "police use text or email only. I have right to ask this?",
        "Right 1 understand. So police must contact me way I understand? Email? How I tell "
        "officer this, I not have his email",
        "Correct. Last: support worker can tell police my email, so police stop phone?",
        "can i ask the police to email me instead of calling?",
    ],
)
def test_tom_asks_the_police_to_contact_him_without_calling(text):
    assert answer(text, "burglary", **TOM) == "utter_p2_police_contact_adjustments"


def test_tom_cannot_call_101():
    said = answer("I cannot call 101. Deaf. I tell you already. 60", "burglary", **TOM)
    assert said == "utter_p2_police_without_calling"


def test_tom_asks_how_to_deal_with_his_insurer():
    text = (
        "Not window. Door. I own flat, no landlord. Insurance question you not answer. Insurance "
        "company, how I talk them, I deaf"
    )
    assert answer(text, "burglary", **TOM) == "utter_p2_insurer_without_calling"


def test_an_adult_burgled_gets_no_domestic_abuse_or_childline_routes():
    text = "i cant phone anyone. is there something i can text?"
    assert answer(text, "burglary", **TOM) == "utter_p2_text_routes_adult"
    # A partner's abuse keeps the answer with the helpline's chat; at 34, without Childline
    # (f88b, round 89: Tasha, 24, was told "Under 19? Childline has a free online chat too").
    partner = {"age": 34, "relationship_to_offender": "partner_or_ex"}
    assert answer(text, "domestic_abuse", **partner) == "utter_f88b_text_routes_adult"


@pytest.mark.parametrize(
    "text",
    [
        "How I contact police by text? I can not call 999.",
        "Yes",
        "Email",
        "tom.harris60@example.com",
        "Not scared. But court need BSL interpreter. Police also. Who pay interpreter? I have "
        "right?",
    ],
)
def test_tom_other_messages_do_not_get_the_contact_answer(text):
    assert answer(text, "burglary", **TOM) != "utter_p2_police_contact_adjustments"


@pytest.mark.parametrize(
    "text",
    [
        "How much faster? Please give the number of days.",
        "Will the police tell me if they catch the 3 men? How many days until they tell me?",
        "Before you said 1 working day for arrest. Now you say 5 working days. Which one is "
        "correct?",
    ],
)
def test_dion_gets_the_one_working_day_for_the_enhanced_service(text):
    assert answer(text, "assault", **DION) == "utter_p2_updates_enhanced"


def test_without_the_enhanced_service_both_times_are_said():
    text = "How many days until the police tell me?"
    assert answer(text, "theft", **DION_PLAIN) == "utter_p2_updates_standard"


def test_dion_corrects_his_condition_and_adds_his_injury():
    text = (
        "You wrote I have a health condition. That is wrong. I am autistic. Please change it to "
        "autistic. And add that my eye is hurt."
    )
    changes = corrections(text, {"crime_type": "assault", "impairment": True})
    assert changes["community"] == ["autistic"]
    assert "injured" in changes["account_details"]
    assert "you're autistic" in (changed_line(changes) or "")


@pytest.mark.parametrize("text", ["Yes. I am autistic", "No", "my eye is hurt", "English."])
def test_ordinary_answers_change_nothing_about_the_condition(text):
    changes = corrections(text, {"crime_type": "assault", "impairment": True})
    assert "community" not in changes and "account_details" not in changes


@pytest.mark.parametrize(
    "text",
    [
        "bloke spat in my face on the bus today and said he had covid. i drive the 136. what do i "
        "need to do about tests",
        "yeah whatever. the tests?",
        "no im at the garage. do i need a test or what",
        "31. it went in my eye and my mouth. am i gonna get something off him",
        "stranger. look can u just tell me about the spit thing",
        "i said health. his spit went in my eye and mouth and he said he had covid. do i need a "
        "test or go a&e or what",
        "he spat at me, can i catch hiv from that?",
    ],
)
def test_kevin_gets_the_infection_answer(text):
    assert answer(text, "assault", **KEVIN) == "utter_p2_spit_infection"


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "english. lewisham",
        "do i need a drug test for the spiking?",
        "can i get compensation. ill prob be off a few days waiting on results",
        "he spat at me",
    ],
)
def test_other_messages_do_not_get_the_infection_answer(text):
    assert answer(text, "assault", **KEVIN) != "utter_p2_spit_infection"


def test_kevin_asks_if_he_is_in_trouble_for_pushing_him():
    text = (
        "not scared no. but i pushed him off the bus after he done it. hes fell on the pavement. "
        "am i in trouble for that"
    )
    assert answer(text, "assault", **KEVIN) == "utter_j5_pushed_back_self_defence"


def test_him_no_is_not_more_than_once():
    text = "him no. but drivers get abuse every week. i had a bottle thrown at me in march"
    assert read_answer("repeat_victimisation", text).value is False
    assert read_answer("repeat_victimisation", "yes he did it before").value is True


def test_kevin_puts_right_that_it_happened_once():
    text = (
        "he only did it once. i never said he done it before. and i havent spoke to the police "
        "yet, the controller rang them"
    )
    changes = corrections(text, {"crime_type": "assault", "repeat_victimisation": True})
    assert changes.get("repeat_victimisation") is False
