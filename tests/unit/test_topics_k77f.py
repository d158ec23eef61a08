"""Round 77, helper k77f: the services offered and answers about them (James, Ellie, Linda,
Sophie, Frank, Ana, Becky, Yasmin, Kwame), each with their words, and other people's messages
that keep their answers."""

from __future__ import annotations

from typing import Any

import pytest

from actions.dialogue import ActionShowDetails
from actions.questions import _young
from actions.reading import Turn, read_turn, self_harm_line
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    ORGANISATIONS,
    PHONE,
    answer,
    answer_in_conversation,
    assert_one_sms_with_a_source,
    show_more,
    sources_above,
    topic_answered,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_k77f_child_worry_no_police",
    "utter_k77f_learning_disability_help",
    "utter_k77f_lawrs_portugal",
    "utter_k77f_contact_safety",
    "utter_k77f_report_dating_profile",
    "utter_k77f_deaf_support",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


def test_the_home_answer_has_a_variant_for_men_and_one_for_anyone():
    numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
    variants = ALL_RESPONSES["utter_k77f_stay_in_home"]
    assert len(variants) == 2
    for variant in variants:
        assert len(variant["text"]) <= SMS_LIMIT
        assert set(PHONE.findall(variant["text"])) <= numbers
        assert "occupation order" in variant["text"]
    assert "SOURCES:" in sources_above("utter_k77f_stay_in_home", TOPICS_FILE)


def test_the_adult_crisis_reply_has_no_childline():
    (variant,) = ALL_RESPONSES["utter_k77f_self_harm_adult"]
    assert "Childline" not in variant["text"] and "116 123" in variant["text"]
    assert "999" in variant["text"] and len(variant["text"]) <= SMS_LIMIT


# -- 1. James: the home -------------------------------------------------------------------------

JAMES = {
    "consent": True, "crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex",
    "gender": "man", "age": 39.0,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "islington. and can i stay in the flat or do i have to leave",
        "ok thats better. last time asking, the flat is in both our names, can i make HIM leave?",
    ],
)
def test_james_staying_in_the_flat(text):
    assert topic_answered(text, JAMES) == "utter_k77f_stay_in_home"


@pytest.mark.parametrize(
    "text",
    [
        "do i have to go to court?",
        "do i have to leave the country?",
        "will i have to leave my job?",
        "can i stay in the flat tonight or will he come back?",
    ],
)
def test_other_leaving_questions_are_not_the_home_answer_without_a_partner(text):
    facts = {"consent": True, "crime_type": "burglary", "relationship_to_offender": "unknown"}
    assert topic_answered(text, facts) != "utter_k77f_stay_in_home"


def test_court_and_country_are_not_the_home_answer_for_a_partner_either():
    for text in ("do i have to go to court?", "do i have to leave the country?"):
        assert topic_answered(text, JAMES) != "utter_k77f_stay_in_home"


# -- 2. Ellie: an adult now, a child then --------------------------------------------------------

ELLIE = {
    "consent": True, "crime_type": "sexual_offence", "relationship_to_offender": "family_member",
    "age": 35.0, "under_18": True, "gender": "woman",
}  # fmt: skip
ELLIE_LOW = (
    "i dont know. ive had depression on and off for years. some days i dont see the point in "
    "anything tbh"
)


def crisis_reply(answers: dict[str, Any]) -> list[str]:
    reading = read_turn(
        Turn(
            text=ELLIE_LOW,
            requested="impairment",
            answers=answers,
            organisations=ORGANISATIONS,
            intent="self_harm",
        )
    )
    return [say.response for say in reading.say]


def test_ellie_35_gets_the_adult_crisis_lines_not_childline():
    assert crisis_reply(ELLIE)[:1] == ["utter_k77f_self_harm_adult"]


@pytest.mark.parametrize(
    "answers",
    [
        {"consent": True, "age": 15.0, "under_18": True},
        {"consent": True, "under_18": True},
        {"consent": True, "age": 35.0},
        {"consent": True},
    ],
)
def test_others_keep_the_usual_crisis_reply(answers):
    assert crisis_reply(answers)[:1] == ["utter_self_harm"]
    assert self_harm_line(answers) == "utter_self_harm"


def test_the_safety_check_still_follows_the_adult_crisis_lines():
    reading = read_turn(
        Turn(
            text=ELLIE_LOW,
            requested="impairment",
            answers=ELLIE,
            organisations=ORGANISATIONS,
            intent="self_harm",
        )
    )
    assert reading.flags == ["self_harm"] and reading.slots.get("safety_check") == "self_harm"


def test_young_means_under_18_now():
    assert not _young(ELLIE)
    assert _young({"age": 15.0, "under_18": True}) and _young({"under_18": True})
    assert _young({"age": 16}) and not _young({"age": 18})


ELLIE_FAMILY = (
    "someone to talk to i think. and information about what happens if i report. would my "
    "family find out it was me? would he be told?"
)


def test_ellie_family_finding_out_is_not_the_cleaners_work_answer_or_a_childs():
    facts = {k: v for k, v in ELLIE.items() if k != "crime_type"}
    got = answer(ELLIE_FAMILY, "sexual_offence", **facts)
    assert got not in ("utter_s2_report_and_work", "utter_police_tell_parents_young")


def test_ellie_the_childrens_safety_without_the_police():
    text = (
        "im not sure yet. can i ask, im really worried about my cousins kids being around him. "
        "can i tell someone about that without doing the whole police thing about me"
    )
    assert topic_answered(text, ELLIE) == "utter_k77f_child_worry_no_police"


# -- 3. Linda, Sophie, Frank -------------------------------------------------------------------

LINDA = {
    "consent": True, "crime_type": "theft", "relationship_to_offender": "unknown",
    "for_someone_else": True, "hate_motivated": True,
}  # fmt: skip


def test_linda_learning_disability_service():
    text = (
        "is there nothing for people with learning disabilities? like mencap or someone who "
        "knows how to talk to him"
    )
    assert topic_answered(text, LINDA) == "utter_k77f_learning_disability_help"


SOPHIE = {"consent": True, "crime_type": "sexual_offence", "impairment": True}


def test_sophie_deaf_counsellor_is_not_talking_therapies():
    text = "me ask Deaf counsellor. any Deaf service?"
    assert answer(text, "sexual_offence", impairment=True) != "utter_low_mood"
    assert topic_answered(text, SOPHIE) == "utter_k77f_deaf_support"


def test_low_mood_still_gets_its_answer():
    text = "i cant sleep, i think im depressed, is there help?"
    assert answer(text, "assault", age=30.0) == "utter_low_mood"


def test_stacey_deaf_abuse_service_keeps_its_answer():
    text = "yes. only text or email. no call. is there deaf service for abuse?"
    assert answer(text, "domestic_abuse", age=30.0) == "utter_g3_deaf_abuse_service"


def test_sophie_more_with_her_question_gets_the_deaf_answer(dispatcher, domain):
    got = show_more("MORE. me ask Deaf counsellor. any Deaf service?", SOPHIE, dispatcher, domain)
    assert got[-1] == "utter_k77f_deaf_support"


def test_frank_more_and_anything_for_old_people(dispatcher, domain):
    frank = {"consent": True, "crime_type": "fraud", "age": 77.0}
    text = (
        "MORE. is there anything for old people. my son lives in kent he cant be here all the time"
    )
    assert show_more(text, frank, dispatcher, domain)[-1] == "utter_y3_older_people_help"


# -- 4. Ana ---------------------------------------------------------------------------------------

ANA = {"consent": True, "gender": "woman", "age": 45.0, "language": "portuguese"}
ANA_SETTLED = (
    "if i say yes, they tell immigration? i have settled status i think but the patrão say i "
    "lose it if i leave the job"
)


def test_ana_lawrs_from_portugal():
    text = "latin american? i am from portugal, from porto. not brazil. they help me also?"
    assert topic_answered(text, {**ANA, "crime_type": "human_trafficking"}) == (
        "utter_k77f_lawrs_portugal"
    )


def test_ana_settled_status_question_keeps_its_answer():
    assert answer_in_conversation(ANA_SETTLED, "human_trafficking", [], **ANA).response == (
        "utter_q4_settled_status_threat"
    )


def test_ana_whether_the_support_people_tell_is_not_the_settled_status_again():
    text = "ok. but the support people, they tell immigration or police?"
    got = answer_in_conversation(text, "human_trafficking", [ANA_SETTLED], **ANA)
    assert got is not None and got.response == "utter_v6_support_not_home_office"


def test_ana_the_people_who_call_me_tell_police():
    text = "no i ask about the people who call me. they tell police?"
    assert answer_in_conversation(text, "human_trafficking", [ANA_SETTLED], **ANA) is None
    assert topic_answered(text, {**ANA, "crime_type": "human_trafficking"}) == (
        "utter_support_not_police"
    )


# -- 5. Becky, Yasmin, Kwame ---------------------------------------------------------------------

BECKY = {
    "consent": True, "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex", "gender": "woman", "age": 31.0,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "do i have to still let him have her on saturday after tonight?",
        "what do i do about him seeing our daughter, hes got contact every other sat",
    ],
)
def test_becky_contact_on_saturday(text):
    assert topic_answered(text, BECKY) == "utter_k77f_contact_safety"


def test_contact_after_separating_keeps_its_answer():
    text = "can she stop me from seeing my kids?"
    facts = {"consent": True, "crime_type": "domestic_abuse", "age": 40.0}
    assert topic_answered(text, facts) == "utter_topic_children_contact"


YASMIN = {
    "consent": True, "crime_type": "fraud", "relationship_to_offender": "unknown",
    "gender": "woman", "age": 26.0,
}  # fmt: skip


@pytest.mark.parametrize(
    "text", ["should i report his profile on hinge", "should i report him to hinge"]
)
def test_yasmin_reporting_his_profile(text):
    assert topic_answered(text, YASMIN) == "utter_k77f_report_dating_profile"


def test_yasmin_why_with_her_hinge_question(dispatcher, domain):
    tracker = make_tracker(
        slots={**YASMIN, "results_shown": True, "assessment_done": True},
        text="WHY. i only got scammed once? also should i report his profile on hinge",
        intent="show_reasons",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "utter_k77f_report_dating_profile"


KWAME = {"consent": True, "age": 44.0, "relationship_to_offender": "unknown"}


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe and help with court. and practical, the window, insurance wont pay second "
        "time. can someone put something on the letterbox so they cant do it again",
        "english. i already got crime number i told you. what about the letterbox thing",
    ],
)
def test_kwame_letterbox(text):
    assert answer(text, "arson", **KWAME) == "utter_letterbox_fire_safety"


def test_a_letterbox_without_fire_is_not_the_fire_answer():
    text = "can someone put something on the letterbox so they cant post dog mess again"
    assert answer(text, "criminal_damage", age=50.0) != "utter_letterbox_fire_safety"
