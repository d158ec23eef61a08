"""Round 79, helper m79g: questions that got another person's answer or none. Hannah (raped two
weeks before: STIs and pregnancy past the emergency windows; the Rape Crisis number), Tiana (her
address posted online), Kasia (her door kicked in; help without the police; a Polish service),
Sunil (CCTV and a panic alarm for his shop), Eileen (help with shopping; the read-back), Sam
(intimate images on a porn site); with other people's messages that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest

from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.questions import m79g_days_ago
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import ANSWERS_FILE, assert_one_sms_with_a_source, said_answer

NEW = [
    "utter_m79g_past_emergency_window",
    "utter_m79g_rape_crisis_no_number",
    "utter_m79g_address_posted",
    "utter_m79g_door_tonight",
    "utter_m79g_no_polish_service",
    "utter_m79g_help_with_shopping",
    "utter_m79g_porn_site_removal",
]


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_directory_numbers_and_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, ANSWERS_FILE)


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("its about something that happened at a party 2 weeks ago", 14),
        ("a week ago", 7),
        ("3 weeks ago and again last night", 1),
        ("a couple of days ago", 2),
        ("last month", 30),
        ("i dont know what to call it", None),
    ],
)
def test_the_time_told(words: str, days: int | None) -> None:
    assert m79g_days_ago(words) == days


# -- 1. Hannah: two weeks after, the tests, not the 72 hours ---------------------------------------

HANNAH_SAID = [
    "no im in my room at halls. its about something that happened at a party 2 weeks ago. i was "
    "really drunk and my friend, a guy i know from my course, we had sex. i didnt really want to",
]
HANNAH = {"age": 19.0, "relationship_to_offender": "someone_known"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "someone to talk to i guess. and my health, i didnt even think about like STIs or "
            "anything, he didnt use anything. is it too late?",
            "utter_m79g_past_emergency_window",
        ),
        (
            "but it was 2 weeks ago?? so thats all too late then. oh god what if im pregnant",
            "utter_b75c_pregnancy_later",
        ),
        ("english. but what about pregnant, should i do a test", "utter_b75c_pregnancy_later"),
    ],
)
def test_hannah_two_weeks_after_is_told_of_the_tests(text: str, expected: str) -> None:
    assert said_answer(text, "sexual_offence", HANNAH_SAID, **HANNAH) == expected


def test_within_the_72_hours_the_emergency_answer_stands() -> None:
    said = ["he raped me last night, i was drunk"]
    text = "is it too late for the morning after pill or the hiv thing?"
    assert said_answer(text, "sexual_offence", said, **HANNAH) == "utter_ec_and_pep_go_today"
    # No time told: as before.
    assert said_answer(text, "sexual_offence", [], **HANNAH) == "utter_ec_and_pep_go_today"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "no then. dont pass anything on. ill maybe try the rape crisis chat myself. is there "
            "a number for them, i dont like chats that much",
            [],
        ),
        (
            "but whats the phone number",
            ["no then. ill maybe try the rape crisis chat myself. is there a number for them"],
        ),
    ],
)
def test_hannah_asks_for_the_rape_crisis_number(text: str, said: list[str]) -> None:
    assert said_answer(text, "sexual_offence", said, **HANNAH) == "utter_m79g_rape_crisis_no_number"


def test_a_number_asked_for_without_rape_crisis_is_not_this_answer() -> None:
    got = said_answer("whats the phone number for the havens?", "sexual_offence", [], **HANNAH)
    assert got != "utter_m79g_rape_crisis_no_number"


# -- 2. Tiana: her address posted; nobody turned up ---------------------------------------------

TIANA_SAID = [
    "I need help. a video of me went viral last week and since then I'm getting hundreds of "
    "threats, and now someone has posted my home address. I'm trans and they're saying they know "
    "where I live. I'm at a friend's, I'm too scared to go home",
]


@pytest.mark.parametrize(
    "text",
    [
        "ok but you still haven't said anything about my flat. is it safe to go back? can the "
        "police do anything about my address being out there, like get it taken down? I can't "
        "stay on my mate's sofa forever",
        "ok. so honestly, should I go home tonight or not? and can I get my address taken down",
    ],
)
def test_tiana_is_answered_about_her_address(text: str) -> None:
    got = said_answer(text, "stalking_harassment", TIANA_SAID, age=26.0)
    assert got == "utter_m79g_address_posted"


def test_someone_who_keeps_turning_up_still_gets_the_stalking_answer() -> None:
    text = "what can police actually do, hes not done anything yet just stood there"
    said = ["my ex keeps waiting outside my flat"]
    got = said_answer(text, "stalking_harassment", said, age=30.0)
    assert got == "utter_police_and_stalking"


# -- 3. Kasia: the door tonight; help without the police; Polish ----------------------------------

KASIA = {"age": 36.0, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "dziekuje. and the door? who can fix door, i cannot lock it tonight",
        "no not court. my DOOR in my flat is broken. he kick it. i am alone with kids tonight and "
        "cannot lock",
        "human. i need somebody help with door tonight",
    ],
)
def test_kasia_is_answered_about_her_door(text: str) -> None:
    assert said_answer(text, "domestic_abuse", [], **KASIA) == "utter_m79g_door_tonight"


def test_a_burgled_tenant_keeps_the_landlord_answer() -> None:
    text = "The door won't lock properly now. Who fixes that, me or landlord? I rent"
    assert said_answer(text, "burglary", [], age=33.0) != "utter_m79g_door_tonight"


def test_kasia_asks_for_help_without_the_police_and_a_polish_service() -> None:
    from tests.unit.known_answers import answer_in_conversation

    text = "but i not report police. i get help anyway? is there polish people who help?"
    got = answer_in_conversation(text, "domestic_abuse", [], **KASIA)
    assert got is not None
    names = {got.response, *(then.response for then in got.then)}
    assert names == {"utter_m79g_no_polish_service", "utter_support_without_report"}
    text = "no danger now. i ask if i get help without police. and polish organisation"
    assert said_answer(text, "domestic_abuse", [], **KASIA) in (
        "utter_m79g_no_polish_service",
        "utter_support_without_report",
    )


# -- 4. Sunil: a shop's CCTV and alarm is not the domestic abuse alarm ----------------------------


def test_sunil_gets_the_business_security_answer() -> None:
    text = (
        "practical help. I want better CCTV, mine is old, the police say picture not good "
        "enough. is there any grant or scheme for cctv for small shops? and a panic alarm maybe"
    )
    got = said_answer(text, "robbery", [], age=50.0, relationship_to_offender="stranger")
    assert got == "utter_topic_a74d_business_security"


def test_a_personal_alarm_after_abuse_keeps_its_answer() -> None:
    text = "can I get one of those safety alarms? a friend said the police give them out"
    assert said_answer(text, "domestic_abuse", [], age=40.0) == "utter_q6_safety_alarm"


# -- 5. Eileen: help with shopping; "what you've put down about me" is the read-back -------------

EILEEN_SAID = [
    "I was bitten by a dog in Danson Park on Thursday, my neighbour's dog, it was off its lead.",
    "I'm 76. Oh no wait, 67!",
]
EILEEN = {"age": 76.0, "relationship_to_offender": "someone_known"}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "That's kind. Is there anyone who could help with bits of shopping while my arm is "
            "bad? I don't like to bother my daughter, she's all the way in Maidstone.",
            EILEEN_SAID,
        ),
        (
            "Thank you. But what about the shopping? Is there someone who helps older people "
            "with that",
            EILEEN_SAID,
        ),
    ],
)
def test_eileen_is_told_who_helps_with_shopping(text: str, said: list[str]) -> None:
    assert said_answer(text, "assault", said, **EILEEN) == "utter_m79g_help_with_shopping"


def test_an_older_person_taken_advantage_of_keeps_hourglass() -> None:
    text = "Is there not someone who deals with older people and this sort of thing?"
    said = ["I am 84. my niece has been taking money from my account"]
    assert said_answer(text, "fraud", said, age=84.0) == "utter_w8_older_financial_help"


@pytest.mark.parametrize(
    "text",
    [
        "Lovely. Can you just read back what you've put down about me, so I know it's right? I "
        "did muddle my age earlier.",
        "I didn't ask about the dog being destroyed dear, I wouldn't want that. What age have "
        "you got for me?",
    ],
)
def test_eileen_gets_the_read_back_not_the_dog(text: str) -> None:
    from tests.unit.known_answers import answer_in_conversation

    got = answer_in_conversation(text, "assault", EILEEN_SAID, **EILEEN)
    assert got is not None
    assert got.response != "utter_x4_what_happens_to_the_dog"
    assert got.args.get("utter_action") == "utter_summary"


@pytest.mark.parametrize(
    "text", ["will they put the dog down?", "what happens to the dog, will they destroy it?"]
)
def test_the_dogs_fate_asked_keeps_its_answer(text: str) -> None:
    got = said_answer(text, "assault", EILEEN_SAID, **EILEEN)
    assert got == "utter_x4_what_happens_to_the_dog"


# -- 6. Sam: intimate images on a porn site ------------------------------------------------------

SAM_SAID = ["hi. my ex posted nudes of me online after we split up. is that even a crime??"]
SAM = {"age": 22.0, "relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text",
    [
        "english. its not instagram btw its like a porn site, does the report button thing even "
        "work there",
        "camden. and u ignored my question again lol. does reporting work on a porn site??",
    ],
)
def test_sam_is_told_porn_sites_can_be_asked(text: str) -> None:
    assert said_answer(text, "online_abuse", SAM_SAID, **SAM) == "utter_m79g_porn_site_removal"


def test_a_child_is_not_given_the_adult_answer() -> None:
    text = "does reporting work on a porn site??"
    got = said_answer(text, "online_abuse", SAM_SAID, age=15.0, under_18=True)
    assert got != "utter_m79g_porn_site_removal"


# -- 7. Bernadette: SignHealth for Deaf people experiencing domestic abuse ------------------------

BERNADETTE = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 48,
    "community": ["deaf"],
    "cannot_phone": True,
    "gender": "woman",
    "borough": "enfield",
    "repeat_victimisation": True,
    "reported_to_police": True,
}


def test_signhealth_is_offered_to_a_deaf_person_abused_by_a_partner() -> None:
    from referrals.matching import match_organisations

    ids = [org.id for org in match_organisations(BERNADETTE)]
    assert "signhealth-domestic-abuse-service" in ids
    assert "national-domestic-abuse-helpline" in ids


def test_signhealth_is_not_offered_to_a_hearing_person_or_another_crime() -> None:
    from referrals.matching import match_organisations

    hearing = {k: v for k, v in BERNADETTE.items() if k not in ("community", "cannot_phone")}
    assert "signhealth-domestic-abuse-service" not in [
        org.id for org in match_organisations(hearing)
    ]
    burgled = {**BERNADETTE, "crime_type": "burglary", "relationship_to_offender": "stranger"}
    assert "signhealth-domestic-abuse-service" not in [
        org.id for org in match_organisations(burgled)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "MORE. Is there anything for Deaf women specifically",
        "You didnt answer. Deaf services? Signhealth? Yes refer me but TEXT or EMAIL only. Never "
        "call.",
    ],
)
def test_bernadette_is_told_of_signhealth(text: str) -> None:
    assert said_answer(text, "domestic_abuse", [], age=48.0) == "utter_g3_deaf_abuse_service"
    from tests.unit.known_answers import RESPONSES

    assert "SignHealth" in RESPONSES["utter_g3_deaf_abuse_service"][0]["text"]


# -- Hannah in the dialogue, at the needs and language questions ---------------------------------


def _with_earlier(tracker: Any, said: list[str]) -> Any:
    tracker.events[:0] = [
        {"event": "user", "text": text, "parse_data": {"text": text, "intent": {}, "entities": []}}
        for text in said
    ]
    return tracker


HANNAH_SLOTS = {
    "consent": True,
    "in_danger": False,
    "crime_type": "sexual_offence",
    "reported_to_police": False,
    "age": 19.0,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": False,
}


@pytest.mark.parametrize(
    ("text", "requested", "expected"),
    [
        (
            "someone to talk to i guess. and my health, i didnt even think about like STIs or "
            "anything, he didnt use anything. is it too late?",
            "needs",
            "utter_m79g_past_emergency_window",
        ),
        (
            "but it was 2 weeks ago?? so thats all too late then. oh god what if im pregnant",
            "language",
            "utter_b75c_pregnancy_later",
        ),
        (
            "english. but what about pregnant, should i do a test",
            "language",
            "utter_b75c_pregnancy_later",
        ),
    ],
)
async def test_hannah_in_the_dialogue(
    text: str, requested: str, expected: str, dispatcher: Any, domain: Any
) -> None:
    tracker = make_tracker(slots=HANNAH_SLOTS, text=text, requested_slot=requested, turn={})
    await ValidateNeedsAssessmentForm().run(dispatcher, _with_earlier(tracker, HANNAH_SAID), domain)
    said = responses(dispatcher)
    assert expected in said
    assert "utter_ec_and_pep_go_today" not in said


# -- Kasia after her referral: the door answered, her times kept ---------------------------------

KASIA_REFERRED = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "reported_to_police": False,
    "age": 36.0,
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
    "language": "polish",
    "borough": "ealing",
    "gender": "woman",
    "assessment_done": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "phone",
    "contact_details": "07700 900 613",
    "voicemail_ok": False,
    "contact_times": "morning, 9 until 2",
    "case_reference": "VC-K9V69H",
}


@pytest.mark.parametrize(
    "text",
    [
        "dziekuje. and the door? who can fix door, i cannot lock it tonight",
        "no not court. my DOOR in my flat is broken. he kick it. i am alone with kids tonight and "
        "cannot lock",
    ],
)
def test_kasia_after_her_referral(text: str, dispatcher: Any, domain: Any) -> None:
    from actions.dialogue import ActionOutsideQuestions

    tracker = make_tracker(slots=KASIA_REFERRED, text=text, active_loop=None, turn={})
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert "utter_m79g_door_tonight" in responses(dispatcher)
    assert not [e for e in events if e.get("name") == "contact_times"]


def test_times_put_right_after_a_no_still_change() -> None:
    from actions.reading import g76b_times_change

    told = {"referral_consent": True, "contact_safe": True, "contact_times": "after 6"}
    assert g76b_times_change("no sorry, AFTER 8", told) == {"contact_times": "after 8"}


@pytest.mark.parametrize(
    "text",
    [
        "am i in trouble for carrying the bags for him? is it me whos the criminal",
        "i was robbed at the shopping centre, who can help?",
    ],
)
def test_other_shopping_words_are_not_help_with_shopping(text: str) -> None:
    assert said_answer(text, None, [], age=30.0) != "utter_m79g_help_with_shopping"
