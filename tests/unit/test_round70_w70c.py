"""Round 70, helper w70c: Sharon (mum of a 15-year-old groped on a bus, no police), Dev (22,
robbed of his phone and laptop, not reported), Kemi (stalked by her ex at her work); round 69
leftovers: Tom (19, "and parents?" after the Havens) and Hodan (police not called for a week)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

ANCHOR = "# -- round 70, helper w70c --"

SHARON_SAID = [
    "Hello, I'm not sure if this is the right place. My daughter was touched by a man on the bus "
    "on her way home from school yesterday. She's 15. She's very upset and doesnt want me to go "
    "to the police. I don't know what to do for the best.",
    "He groped her. On the 149 bus",
]
SHARON = dict(
    consent=True,
    age=15.0,
    under_18=True,
    for_child=True,
    reported_to_police=False,
    relationship_to_offender="stranger",
)
DEV_SAID = [
    "got jumped at the bus stop last night by 3 lads, took my phone and my laptop. is it even "
    "worth reporting this the police never do anything",
    "no not yet. u didnt answer tho is there any point, they got my laptop with all my uni work "
    "on it, my dissertation is on there. can police even get it back",
]
DEV = dict(consent=True, age=22.0, reported_to_police=False, relationship_to_offender="stranger")
KEMI_SAID = [
    "hi. not sure if this is the right place. my ex keeps turning up at my work",
]
KEMI = dict(
    consent=True,
    age=33.0,
    reported_to_police=False,
    relationship_to_offender="partner_or_ex",
    repeat_victimisation=True,
    gender="woman",
    referral_consent=True,
    contact_safe=True,
    assessment_done=True,
)


def sharon(text: str, **more) -> str | None:
    return said_answer(text, "sexual_offence", SHARON_SAID, **(SHARON | more))


def dev(text: str, **more) -> str | None:
    return said_answer(text, "robbery", DEV_SAID, **(DEV | more))


def kemi(text: str, **more) -> str | None:
    return said_answer(text, "stalking_harassment", KEMI_SAID, **(KEMI | more))


@pytest.mark.parametrize(
    "text",
    [
        "She's scared to get the bus tomorrow in case he's on it. What can I do about that, I have "
        "work",
        "she's frightened he'll be on the bus again, what can we do",
        "My son is worried they will be on the train tomorrow, any advice?",
    ],
)
def test_child_afraid_of_the_journey_gets_a_safe_journey(text):
    assert sharon(text) == "utter_w70c_child_safe_journey"


def test_young_person_afraid_of_the_bus_gets_the_you_version():
    said = said_answer(
        "im scared hes on the bus tomorrow what can i do",
        "sexual_offence",
        ["a man touched me on the bus"],
        consent=True,
        age=15.0,
        under_18=True,
    )
    assert said == "utter_w70c_young_safe_journey"


@pytest.mark.parametrize(
    "text",
    [
        "Enfield. You still havent answered about the school. And she said no police, if I call "
        "them behind her back she'll never trust me again",
        "she said no police, if I call them behind her back she'll never trust me again",
        "he doesn't want me to go to the police",
    ],
)
def test_child_wants_no_police(text):
    assert sharon(text) == "utter_w70c_child_no_police"


@pytest.mark.parametrize(
    "text",
    [
        "What? No it was NOT a family member, it was a stranger on the bus, some man in his 40s. "
        "We've never seen him before. Did you get that we haven't told police?",
        "Did you get that we haven't told police?",
        "have you noted that we didn't report it to the police?",
    ],
)
def test_noted_not_told_police(text):
    assert sharon(text) == "utter_w70c_noted_not_reported"


def test_noted_not_told_police_only_when_the_form_has_it():
    assert sharon("Did you get that we haven't told police?", reported_to_police=None) != (
        "utter_w70c_noted_not_reported"
    )


@pytest.mark.parametrize(
    "text",
    [
        "k. if i report it online do i need my phones imei or whatever, i dont have the box",
        "do i need the IMEI number to report it?",
    ],
)
def test_imei_not_needed(text):
    assert dev(text) == "utter_w70c_imei_not_needed"


@pytest.mark.parametrize(
    "text", ["so should i report it or not. honest answer", "is it even worth reporting it?"]
)
def test_whether_to_report_gives_reasons(text):
    assert dev(text) == "utter_w70c_report_helps_student"
    assert said_answer(text, "theft", ["my bag was taken"], **DEV) == "utter_w70c_report_helps"


def test_whether_to_report_not_when_already_reported():
    assert dev("so should i report it or not. honest answer", reported_to_police=True) not in (
        "utter_w70c_report_helps",
        "utter_w70c_report_helps_student",
    )


@pytest.mark.parametrize(
    "text",
    [
        "no not yet. u didnt answer tho is there any point, they got my laptop with all my uni "
        "work on it, my dissertation is on there. can police even get it back",
        "can police even get it back",
        "will the police get my laptop back?",
    ],
)
def test_stolen_things_back(text):
    assert dev(text) == "utter_w70c_stolen_things_back"


@pytest.mark.parametrize(
    "text",
    [
        "ok. what does it mean if i report it then. would the police go to my work? thats what i "
        "meant about my boss",
        "will the police come to my work?",
    ],
)
def test_police_not_at_work(text):
    assert kemi(text) == "utter_w70c_police_not_at_work"


@pytest.mark.parametrize(
    "text",
    [
        "who is it going to, the stalking people or someone else? and what do i do if hes outside "
        "work tomorrow",
        "ok thanks. but who did you send my number to?",
        "who has my referral gone to?",
    ],
)
def test_which_service_after_referral(text):
    assert kemi(text) == "utter_referral_which_service_contacts"


def test_who_did_you_send_my_number_to_before_a_referral_is_not_the_service():
    assert (
        kemi("ok thanks. but who did you send my number to?", referral_consent=None)
        != "utter_referral_which_service_contacts"
    )


TOM_SAID = [
    "no. a guy at a party did stuff to me when i was pretty drunk. like touched me and more. im a "
    "guy too so idk",
    "if i go havens do they have to tell police or my parents? im 19 but still on my parents "
    "insurance n stuff",
]
TOM = dict(consent=True, age=19.0, reported_to_police=False, gender="man")


@pytest.mark.parametrize("text", ["and parents?", "what about my parents?"])
def test_adult_havens_and_parents(text):
    assert said_answer(text, "sexual_offence", TOM_SAID, **TOM) == "utter_w70c_havens_not_parents"


def test_havens_and_parents_not_for_under_18s():
    said = said_answer("and parents?", "sexual_offence", TOM_SAID, **(TOM | dict(age=16.0)))
    assert said != "utter_w70c_havens_not_parents"


HODAN_SAID = [
    "salaam. my son he get stab near school. i need help please",
    "police come to hospital yes. they write. but nobody call me after. is one week",
]


@pytest.mark.parametrize(
    "text",
    [
        "police no call me one week. what i do? i not know the number of the police man",
        "the police haven't called me for two weeks",
    ],
)
def test_police_have_not_called(text):
    said = said_answer(
        text,
        "serious_violence",
        HODAN_SAID,
        consent=True,
        for_child=True,
        reported_to_police=True,
    )
    assert said == "utter_chase_the_police"


# Near misses from other people: these must not get the new answers.
@pytest.mark.parametrize(
    "text, crime_type, said, answers, new",
    [
        # Amina, 24 (round 52), exposed to on the bus: the adults' answer stays.
        (
            "What should I do if I see him on the bus again? I get really panicky",
            "sexual_offence",
            ["a man exposed himself to me on the 12 bus"],
            dict(consent=True, age=24.0),
            "utter_w70c_young_safe_journey",
        ),
        # Mo (round 47): "they wait by the chicken shop after skool": no bus, not this answer.
        (
            "they wait by the chicken shop after skool. what do i do if they r there tmrw",
            "robbery",
            ["some boys took my phone"],
            dict(consent=True, age=13.0, under_18=True),
            "utter_w70c_young_safe_journey",
        ),
        # Helen (round 47): "does she HAVE to go to the police?" keeps her answer.
        (
            "does she HAVE to go to the police?",
            "sexual_offence",
            ["my daughter was sexually assaulted"],
            dict(consent=True, age=17.0, under_18=True, for_child=True),
            "utter_w70c_child_no_police",
        ),
        # A young person on her own: "i dont want the police" is not the parent's answer.
        (
            "i dont want the police",
            "sexual_offence",
            ["a man touched me"],
            dict(consent=True, age=15.0, under_18=True),
            "utter_w70c_child_no_police",
        ),
        # Gary (fraud): getting money back is not stolen things.
        (
            "will i ever get my money back?",
            "fraud",
            ["i was scammed"],
            dict(consent=True, age=60.0),
            "utter_w70c_stolen_things_back",
        ),
        # A stolen car keeps its own answer.
        (
            "can the police get my car back",
            "theft",
            ["my car was stolen"],
            dict(consent=True, age=40.0),
            "utter_w70c_stolen_things_back",
        ),
        # Kemi before she says anything about the police: "will my boss be told" (privacy).
        (
            "no. will my boss be told about any of this? i dont want work involved",
            "stalking_harassment",
            KEMI_SAID,
            dict(consent=True, age=33.0),
            "utter_w70c_police_not_at_work",
        ),
        # "will the police tell my parents?" (17): not the Havens answer.
        (
            "will the police tell my parents?",
            "sexual_offence",
            ["a boy at school touched me"],
            dict(consent=True, age=17.0, under_18=True),
            "utter_w70c_havens_not_parents",
        ),
    ],
)
def test_near_misses_do_not_get_the_new_answers(text, crime_type, said, answers, new):
    assert said_answer(text, crime_type, said, **answers) != new


@pytest.mark.parametrize(
    "name",
    [
        "utter_w70c_child_safe_journey",
        "utter_w70c_young_safe_journey",
        "utter_w70c_child_no_police",
        "utter_w70c_noted_not_reported",
        "utter_w70c_imei_not_needed",
        "utter_w70c_report_helps_student",
        "utter_w70c_report_helps",
        "utter_w70c_stolen_things_back",
        "utter_w70c_police_not_at_work",
        "utter_w70c_havens_not_parents",
    ],
)
def test_new_answers_are_one_sms_with_sources_and_known_numbers(name):
    assert_one_sms_with_source(name, ANCHOR)
    assert numbers_not_in_directory(name) == []
