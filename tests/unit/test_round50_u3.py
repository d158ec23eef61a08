"""Round 50 answers (helper U3): round-49 questions that got "I can't answer" or a text that
didn't fit.

- Jordan, 17, groomed to hold packages: "my mate says its like county lines or sumthing. is it".
- Tyrone, 19, for his brother (15): "what about my mum, does she gotta do anything".
- Oskar, whose boss keeps his ID card: "not passport, ID card" got the passport answer.
- Kayla, 14: "whats written down", "what do u know about me" got "I can't answer" or the help text.
- Dev, 38, racist note on his car, his children saw it: "is there a children's service at Victim
  Support?", "What specific support is there for children after a hate crime?".
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = ("utter_u3_parent_of_young_victim", "utter_u3_s45_defence_explained")
JORDAN = {"age": 17, "under_18": True, "relationship_to_offender": "someone_known"}
TYRONE = {"age": 15, "for_someone_else": True}
OSKAR = {"age": 26}
KAYLA = {"age": 14, "under_18": True, "borough": "Croydon"}
DEV = {"age": 38, "hate_motivated": True, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 50, helper U3")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "said",
    [
        "i told u what happened. my mate says its like county lines or sumthing. is it",
        "is it county lines",
        "is this county lines?",
    ],
)
def test_a_young_person_asking_if_it_is_county_lines(said):
    assert answer(said, None, **JORDAN) == "utter_exploited_not_blamed"
    assert answer(said, "human_trafficking", **JORDAN) == "utter_exploited_not_blamed"


def test_county_lines_from_an_adult_or_a_parent_is_not_the_young_persons_answer():
    assert answer("is it county lines", None, age=30) != "utter_exploited_not_blamed"
    said = "is it county lines? my son is 15"
    assert answer(said, None, age=44, for_someone_else=True) != "utter_exploited_not_blamed"


@pytest.mark.parametrize(
    "said",
    [
        "what about my mum, does she gotta do anything",
        "does my mum have to do anything?",
        "what about my parents, do they need to be involved",
    ],
)
def test_what_a_parent_must_do(said):
    assert answer(said, "assault", **TYRONE) == "utter_u3_parent_of_young_victim"


def test_the_attackers_driving_past_still_comes_first():
    said = (
        "what about my mum, does she gotta do anything cos hes under 18? and them man are still "
        "driving past our block"
    )
    assert answer(said, "assault", **TYRONE) == "utter_t1_driving_past"


@pytest.mark.parametrize(
    "said",
    [
        "my mum",
        "my mum knows",
        "no my mum doesnt know",
        "will my mum find out",
        "what do i do",
    ],
)
def test_ordinary_messages_about_a_parent_do_not_get_it(said):
    assert answer(said, "assault", **TYRONE) != "utter_u3_parent_of_young_victim"


@pytest.mark.parametrize(
    "said",
    [
        "not passport, ID card",
        "and not passport, ID card. how i get it back",
        "how do i get my ID card back?",
    ],
)
def test_oskar_id_card_gets_the_id_card_answer(said):
    assert answer(said, "human_trafficking", **OSKAR) == "utter_t7_id_back"


@pytest.mark.parametrize(
    "said",
    [
        "no. what mean defence s.45? and not passport, ID card. my english not so good sorry",
        "what is section 45",
        "what does s45 mean",
    ],
)
def test_oskar_what_the_s45_defence_means(said):
    assert answer(said, "human_trafficking", **OSKAR) == "utter_u3_s45_defence_explained"


def test_the_exploited_worker_answer_fits_an_id_card():
    from known_answers import RESPONSES

    assert "passport or ID" in RESPONSES["utter_g3_exploited_worker_not_arrested"][0]["text"]


@pytest.mark.parametrize(
    "said",
    [
        "ok. so do they know its cos of me being mixed race? whats written down",
        "whats written down",
        "what do u know about me",
        "wait what do u think happened, what have u got written down about me",
    ],
)
def test_kayla_what_is_noted_gets_the_summary(said):
    assert answer(said, "online_abuse", **KAYLA) == "utter_summary"


@pytest.mark.parametrize(
    "said",
    [
        "is there a children's service at Victim Support?",
        "That's the same thing twice. Direct question: do my children have any entitlements "
        "under the Victims' Code, given they saw it? And is there a children's service at "
        "Victim Support?",
        "What specific support is there for children after a hate crime?",
        "is there any support for my kids after the hate crime",
    ],
)
def test_dev_support_for_his_children(said):
    assert answer(said, "criminal_damage", **DEV) == "utter_p7_children_saw_it"


@pytest.mark.parametrize(
    "said",
    [
        "no",
        "yes",
        "hounslow",
        "my kids saw it",
        "I am the victim, not my children",
        "skip",
        "is there help for children?",
        "feeling safe. i need the locks changed he has keys. and help for my kids",
    ],
)
def test_ordinary_messages_get_none_of_these(said):
    for crime, answers in (("criminal_damage", DEV), ("online_abuse", KAYLA)):
        assert answer(said, crime, **answers) not in (
            "utter_p7_children_saw_it",
            "utter_summary",
            "utter_u3_parent_of_young_victim",
            "utter_exploited_not_blamed",
        )


# -- Jordan: MORE, offered by the bot after the services, with no kind of crime chosen ---------


@pytest.mark.parametrize("intent", ["show_services", "show_reasons", "show_rights"])
def test_details_offered_after_the_services_are_given_without_a_crime_type(
    dispatcher, domain, intent
):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    word = {"show_services": "more", "show_reasons": "why", "show_rights": "rights"}[intent]
    tracker = make_tracker(
        slots={**JORDAN, "borough": "Enfield", "assessment_done": True, "results_shown": True},
        text=word,
        intent=intent,
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    sent = [
        message.get("utter_action") or message.get("response") for message in dispatcher.messages
    ]
    assert "utter_details_later" not in sent
    assert sent and sent[0] == f"utter_{intent}"


def test_details_before_any_result_still_wait(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(slots={"age": 17}, text="more", intent="show_services", active_loop=None)
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert [message.get("response") for message in dispatcher.messages] == ["utter_details_later"]
