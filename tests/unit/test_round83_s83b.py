"""Round 83, helper s83b: Tyler (16), threatened by boys from another school to be stabbed after
school tomorrow. His questions after the result (telling the police without his name, whether
they text tonight, what to do tomorrow, "whats friday?"), his answers read the first time, and
the services that fit him."""

from __future__ import annotations

import pytest

from actions.answers import READERS, read_relationship
from actions.reading import Turn, read_turn
from actions.situation_answers import school_threat_words
from referrals.matching import default_directory, match_organisations
from tests.unit.known_answers import (
    DOMAIN,
    after_result,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    sendable,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
TYLER_SAID = (
    "some man dem from another school on snap sayin theyre gonna wet me after school tmrw",
    "i just said. they said theyll wet me. like stab me",
    "im at home now. its tmrw after school thats the problem",
    "nah. cant be snitching thatll make it worse",
    "16",
    "kinda. boys from st ignatius i know 1 of them from football",
    "someone i know i guess",
    "they been sending stuff for like a week but today was the worst. what do i do bout tmrw",
)
TYLER = {
    "consent": True,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 16.0,
    "under_18": True,
    "needs": ["safety"],
    "borough": "Enfield",
}
REFERRED = {
    **TYLER,
    "referral_consent": True,
    "contact_method": "text",
    "contact_times": "tonight preferably",
}


@pytest.mark.parametrize("name", ["utter_s83b_wrong_day", "utter_s83b_no_promise_tonight_young"])
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- 1. telling the police without his name ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "is there a way to tell police without them knowin it was me. fr if they find out im dead",
        "can i tell the police without them knowing it was me",
        "can i report it anonymously",
        "can i tell the police without my name",
    ],
)
def test_tyler_asks_to_tell_without_his_name(text, domain):
    assert after_result(text, TYLER, TYLER_SAID, domain) == ["utter_anonymous_reporting"]


@pytest.mark.parametrize(
    "text",
    [
        "can i report it without my mum knowing",
        "can i go to the police on my own",
        "can i report it without telling my dad",
    ],
)
def test_a_young_person_reporting_without_a_parent_keeps_that_answer(text, domain):
    assert after_result(text, TYLER, TYLER_SAID, domain) == ["utter_b2_report_without_parent"]


# -- 2. whether they text tonight --------------------------------------------------------------
def test_tyler_asks_if_they_text_tonight(domain):
    text = "will they actually txt tonight tho? what if they dont and its tmrw"
    assert after_result(text, REFERRED, TYLER_SAID, domain) == [
        "utter_s83b_no_promise_tonight_young"
    ]


def test_an_adult_asking_if_they_call_today_gets_no_promise(domain):
    adult = {**REFERRED, "age": 40.0, "under_18": False}
    text = "will they actually call today?"
    assert after_result(text, adult, ("my car was broken into",), domain) == [
        "utter_g4_who_contacts_when"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("when will they text me?", "utter_g4_who_texts_when_young"),
        ("if i say yes do they ring my mum", None),
    ],
)
def test_other_contact_questions_keep_their_answers(text, expected, domain):
    got = after_result(text, REFERRED, TYLER_SAID, domain)
    assert "utter_s83b_no_promise_tonight_young" not in got
    if expected:
        assert got == [expected]


# -- 3. the day and who, as he told them -------------------------------------------------------
def test_tyler_asks_what_to_do_tomorrow():
    text = "so what do i do tmrw then. just not go school?"
    said = answer_in_conversation(text, None, TYLER_SAID, **REFERRED)
    assert said is not None and said.response == "utter_h1_school_under_threat"
    line = sendable("utter_h1_school_under_threat")[0].format(**said.args)
    assert "Friday" not in line and "If he" not in line
    assert "first thing tomorrow" in line and "If they turn up" in line


def test_dami_keeps_friday_and_he():
    dami = [
        "ye ok whatever. theres this older guy on snap saying i gotta carry a ting for him by "
        "friday or im getting wet. i aint tryna do it but im shook fr",
        "not rn im in my room. but friday man idk",
        "trafficking?? nah im not being trafficked bruv its one package. and no i aint telling "
        "feds they'll know i snitched",
    ]
    text = "ok but what if he pulls up friday n i aint got it. do i just not go school?"
    assert school_threat_words(text, {"said": dami}) == {
        "before_when": "before Friday",
        "who_turns_up": "he turns up",
    }


def test_no_day_told_names_no_day():
    words = school_threat_words("do i just not go school?", {"said": ["they said theyll stab me"]})
    assert words == {"before_when": "as soon as you can", "who_turns_up": "they turn up"}


def test_tyler_asks_whats_friday(domain):
    assert after_result("whats friday? its tmrw", REFERRED, TYLER_SAID, domain) == [
        "utter_s83b_wrong_day"
    ]
    said = answer_in_conversation("whats friday? its tmrw", None, TYLER_SAID, **REFERRED)
    assert said is not None
    line = sendable("utter_s83b_wrong_day")[0].format(**said.args)
    assert line.startswith("Sorry") and "you didn't say Friday" in line
    assert "first thing tomorrow" in line and "If they turn up" in line


def test_a_day_the_person_named_is_no_mistake():
    said = answer_in_conversation(
        "what about friday?", None, ["he said he'll stab me on friday"], **TYLER
    )
    assert said is None or said.response != "utter_s83b_wrong_day"


# -- 4. his answers read the first time --------------------------------------------------------
def test_one_of_them_known_is_someone_known():
    text = "kinda. boys from st ignatius i know 1 of them from football"
    assert read_relationship(text).value == "someone_known"
    turn = Turn(
        text=text,
        requested="relationship_to_offender",
        answers={**TYLER, "relationship_to_offender": None, "said": list(TYLER_SAID[:5])},
        organisations=default_directory(),
    )
    assert read_turn(turn).slots.get("relationship_to_offender") == "someone_known"


@pytest.mark.parametrize("text", ["i dont know any of them", "i dont know 1 of them"])
def test_not_knowing_them_is_not_someone_known(text):
    assert read_relationship(text).value != "someone_known"


@pytest.mark.parametrize(
    "text",
    [
        TYLER_SAID[-1],
        "he keeps texting me for 2 weeks now",
    ],
)
def test_kept_up_for_a_week_is_more_than_once(text):
    assert READERS["repeat_victimisation"](text).value is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ive been staying at my mums for a week", None),
        ("no. i have been off work for a week", False),
        ("skip", None),
    ],
)
def test_other_weeks_keep_their_reading(text, expected):
    assert READERS["repeat_victimisation"](text).value is expected


# -- 5. services -------------------------------------------------------------------------------
def test_tyler_threatened_with_a_knife_gets_fearless_after_childline():
    found = [org.id for org in match_organisations({**TYLER, "account_details": ["weapon"]})]
    assert found == ["childline", "fearless", "london-victim-and-witness-service"]


def test_no_weapon_no_fearless_and_adults_never():
    assert "fearless" not in [org.id for org in match_organisations(TYLER)]
    adult = {**TYLER, "age": 30.0, "under_18": False, "account_details": ["weapon"]}
    assert "fearless" not in [org.id for org in match_organisations(adult, limit=20)]
