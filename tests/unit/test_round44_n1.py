"""Round 44 (helper N1): Lily, 12, Wandsworth, on her mum's phone, alone at home. A man in a car
tried to get her in; she ran. Later the car was outside.

- "theres a car outside. i think its the same one. what do i do" and "im really scared. hes just
  sitting there" got only "Still waiting for a support worker": no danger pattern caught them.
- "a man in a car tryed to make me get in" was not read; "What happened?" came twice, and the
  privacy question three times.
- "shud i tell mum?", "can i ring mum at work", "what if he nos where i live" and "court?? am i
  in trubble" got "I can't answer", the court question or the Witness Care Unit.
- "he was driving slow behind me for ages" was kept as "more than once", and her two corrections
  were not taken.

Each test quotes her words; other children's spellings; ordinary messages must not match.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.dialogue import ActionDangerInterrupt
from actions.questions import f7_lost_at_consent
from actions.reading import Turn, corrections, read_turn
from bot.risk_words import IN_DANGER, detect_risk
from tests.unit.conftest import make_tracker, responses

NEW = (
    "utter_n1_child_tell_mum",
    "utter_n1_child_ring_mum",
    "utter_n1_child_if_he_knows_where_you_live",
    "utter_n1_child_not_in_trouble",
    "utter_n1_child_danger_now",
    "utter_n1_childline_free",
)
LILY = {"age": 12, "under_18": True, "relationship_to_offender": "stranger"}
ADULT = {"age": 34, "relationship_to_offender": "stranger"}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 44, helper N1", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. danger now ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "theres a car outside. i think its the same one. what do i do",
        "im really scared. hes just sitting there",
        "theres a van outside again",
        "the same car is outside my house",
        "hes sitting in his car outside my house",
        "im scared the man is parked over the road",
        "its that man again hes parked outside",
        "there is a car parked outside i think its him",
        "im so scared hes sat in his car there",
        "he was outside my house last week and now hes outside again",
    ],
)
def test_someone_outside_now_is_danger(said):
    assert detect_risk(said) == IN_DANGER


@pytest.mark.parametrize(
    "said",
    [
        "my car was outside when it was stolen",
        "he was outside my house last week",
        "yes he was outside my house last week and yesterday",
        "theres a car outside the school that got keyed",
        "the car was parked outside when they smashed the window",
        "hes just sitting there doing nothing all day",
        "my husband is just sitting there on his phone",
        "that was the same car i saw on monday",
        "i think its the same man who robbed me last year",
        "they left, now theres nobody outside",
        "theres a car outside",
    ],
)
def test_a_car_or_a_man_outside_then_or_of_no_concern_is_not_danger(said):
    assert detect_risk(said) is None


def test_a_child_in_danger_is_told_to_stay_in_after_the_999_lines(dispatcher, domain, records_db):
    tracker = make_tracker(
        slots={"consent": True, **LILY, "waiting_for_person": True, "handoff": "waiting"},
        intent="in_danger",
        text="theres a car outside. i think its the same one. what do i do",
        active_loop=None,
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[:2] == ["utter_emergency", "utter_n1_child_danger_now"]


def test_an_adult_and_a_parent_get_the_adults_danger_lines(dispatcher, domain, records_db):
    for slots in ({"consent": True, **ADULT}, {"consent": True, **LILY, "for_child": True}):
        dispatcher.messages.clear()
        tracker = make_tracker(slots=slots, intent="in_danger", text="hes outside now")
        ActionDangerInterrupt().run(dispatcher, tracker, domain)
        assert "utter_n1_child_danger_now" not in responses(dispatcher)


# -- 2. her account ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "a man in a car tryed to make me get in",
        "i told u. a man in a car said get in and he wud give me a lift. i said no and he opend "
        "the door so i ran",
        "a man tried to grab me and pull me into his van",
        "some man tried to get me in his car after school",
        "a man in a van kept asking me to get in",
        "someone tried to make my son get in their car",
    ],
)
def test_trying_to_get_a_child_into_a_car_is_read_as_other(said):
    assert read_account(said).crime_type == "other"


@pytest.mark.parametrize(
    "said",
    [
        "he tried to get me in trouble with my boss about the car",
        "someone tried to get in my car",
        "my taxi driver overcharged me",
    ],
)
def test_ordinary_car_messages_are_not_read_as_luring(said):
    assert read_account(said).crime_type != "other"


def test_her_first_message_at_the_privacy_question_is_kept():
    reading = read_turn(
        Turn(
            text="a man in a car tryed to make me get in",
            intent="inform",
            requested="consent",
            answers={"consent": None},
        )
    )
    assert reading.slots.get("crime_type") == "other"


def test_her_account_at_the_what_happened_question_is_kept():
    reading = read_turn(
        Turn(
            text="i told u. a man in a car said get in and he wud give me a lift. i said no and "
            "he opend the door so i ran",
            intent="inform",
            requested="crime_type",
            answers={"consent": True, "in_danger": None, "crime_type": None},
        )
    )
    assert reading.slots.get("crime_type") == "other"


def test_not_knowing_what_the_privacy_question_means_gets_it_in_easy_words():
    said = "i dont no what that means. i ran away from him"
    assert f7_lost_at_consent(said, {"consent": None})
    reading = read_turn(
        Turn(text=said, intent="nlu_fallback", requested="consent", answers={"consent": None})
    )
    assert [s.response for s in reading.say] == ["utter_consent_easy_read"]


def test_a_story_that_starts_with_i_dont_know_is_not_lost_at_consent():
    assert not f7_lost_at_consent("i dont know who he was. he hit me", {"consent": None})


# -- 3 and 4. her questions --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("no. shud i tell mum? she will be cross i walked the back way", "utter_n1_child_tell_mum"),
        ("ok. but shud i tell mum or not", "utter_n1_child_tell_mum"),
        ("should i tell my dad", "utter_n1_child_tell_mum"),
        ("do u think i should tell my mum", "utter_n1_child_tell_mum"),
        (
            "can i ring mum at work she said only ring if its a emergency",
            "utter_n1_child_ring_mum",
        ),
        ("ok im going to ring mum", "utter_n1_child_ring_mum"),
        ("can i call my dad", "utter_n1_child_ring_mum"),
        ("what if he nos where i live", "utter_n1_child_if_he_knows_where_you_live"),
        (
            "no. a stranger. what if he nos where i live. he was driving slow behind me for ages",
            "utter_n1_child_if_he_knows_where_you_live",
        ),
        ("what if he knows where i live", "utter_n1_child_if_he_knows_where_you_live"),
        ("im scared he followed me to my house", "utter_n1_child_if_he_knows_where_you_live"),
        ("court?? am i in trubble", "utter_n1_child_not_in_trouble"),
        ("am i in trouble", "utter_n1_child_not_in_trouble"),
        ("will i get in trouble", "utter_n1_child_not_in_trouble"),
    ],
)
def test_lilys_questions_get_a_childs_answer(said, expected):
    assert answer(said, "other", **LILY) == expected


@pytest.mark.parametrize(
    "said",
    [
        "no. shud i tell mum? she will be cross i walked the back way",
        "can i ring mum at work she said only ring if its a emergency",
        "what if he nos where i live",
        "court?? am i in trubble",
    ],
)
def test_an_adult_does_not_get_the_childs_answers(said):
    assert answer(said, "other", **ADULT) not in NEW


@pytest.mark.parametrize(
    ("said", "crime_type", "answers"),
    [
        ("should i tell my mum hes sending my pics", "online_abuse", LILY),
        ("do i have to tell my parents", "other", LILY),
        ("should i tell my mum", "domestic_abuse", {**LILY, "relationship_to_offender": None}),
        ("should i tell my mum", "assault", {**LILY, "relationship_to_offender": "family_member"}),
        ("will i get in trouble at school", "assault", LILY),
        ("yes", "other", LILY),
        ("no", "other", LILY),
        ("wandsworth", "other", LILY),
    ],
)
def test_other_childrens_messages_keep_their_answers(said, crime_type, answers):
    assert answer(said, crime_type, **answers) not in NEW


# -- 5. once, not more than once ---------------------------------------------------------------


def test_driving_behind_her_for_ages_is_not_more_than_once():
    said = "no. a stranger. what if he nos where i live. he was driving slow behind me for ages"
    assert read_account(said).repeat is not True


@pytest.mark.parametrize(
    "said",
    [
        "hes been following me for ages",
        "he keeps following me, for ages now",
        "he was waiting outside school for ages every day",
    ],
)
def test_following_for_a_long_time_is_still_more_than_once(said):
    assert read_account(said).repeat is True


@pytest.mark.parametrize(
    "said",
    [
        "no it was only today. i dont get it. im scared he will come here",
        "it wasnt again and again it was 1 time. what if he nos where i live",
        "it only happened today",
        "it was one time",
    ],
)
def test_her_corrections_put_it_right(said):
    assert corrections(said, {"repeat_victimisation": True, "crime_type": "other"}) == {
        "repeat_victimisation": False
    }


@pytest.mark.parametrize(
    "said",
    ["no it happened again today", "it happens every day, today too", "i only found out today"],
)
def test_again_today_is_no_correction(said):
    assert corrections(said, {"repeat_victimisation": True, "crime_type": "other"}) == {}


@pytest.mark.parametrize(
    "said",
    ["can i ring childline on mums phone. is it free", "is childline free", "does childline cost"],
)
def test_asking_if_childline_is_free_gets_yes(said):
    assert answer(said, "other", **LILY) == "utter_n1_childline_free"


def test_is_this_free_still_gets_the_services_answer():
    assert answer("is this service free", "other", **LILY) != "utter_n1_childline_free"
