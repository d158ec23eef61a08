"""Round 78, helper k78d: questions asked in the middle of answers, answered the first time
(Kofi, Brian, Nadia, Fatima, Mei, Joy, Tom, Leah), with other people's messages that keep
their answers."""

from __future__ import annotations

import pytest

from actions import topics
from actions.dialogue import ActionAnswerRight, ActionFinishAssessment
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import (
    DOMAIN,
    answer,
    assert_one_sms_with_a_source,
    at_question,
    topic_answered,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_k78d_report_no_station",
    "utter_k78d_family_not_contacted",
    "utter_k78d_choose_police_contact_isva",
    "utter_k78d_choose_police_contact",
    "utter_k78d_clothing_pulled",
    "utter_k78d_police_talk_to_child",
    "utter_k78d_bus_police",
    "utter_k78d_work_badge",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- 1. Kofi: not the police, no station, the hate crime first ---------------------------------

KOFI = {"consent": True, "crime_type": "assault", "hate_motivated": True}


def test_kofi_not_the_police_no_station_at_the_privacy_question():
    text = "ye fine. so its not police? bc i aint going to no station"
    assert at_question(text, "consent", {}) == ["utter_k78d_report_no_station"]


def test_kofi_online_not_going_in_at_the_repeat_question():
    text = "nah first time. so i can do it online? dont have to go in?"
    facts = {**KOFI, "reported_to_police": False, "age": 19.0}
    assert at_question(text, "repeat_victimisation", facts) == ["utter_k78d_report_no_station"]


def test_kofi_hate_crime_answered_before_the_police_recording_text():
    text = "19. does that count as a hate crime tho? feds wont care anyway"
    assert at_question(text, "age", {**KOFI, "reported_to_police": False}) == [
        "utter_topic_hate_crime"
    ]


def test_feds_wont_care_alone_keeps_the_police_recording_text():
    assert answer("whats the point of reporting, feds wont care anyway?", "assault") == (
        "utter_n2_police_must_record"
    )


@pytest.mark.parametrize(
    "text",
    [
        "the police station is asking if I'm coming in for an interview, do i have to?",
        "can i report it at the train station?",
        "my son is being questioned at the police station, what do i do",
    ],
)
def test_other_stations_are_not_the_no_station_answer(text):
    assert topic_answered(text, KOFI) != "utter_k78d_report_no_station"


# -- 2. Brian: will anyone contact my wife ------------------------------------------------------

BRIAN = {"consent": True, "crime_type": "fraud", "reported_to_police": True}


def test_brian_kept_private_and_his_wife_at_the_privacy_question():
    text = (
        "Yes, that is acceptable. Before we go further, may I ask: is this kept private? My wife "
        "does not yet know about any of this and I would not wish anyone to contact her."
    )
    assert at_question(text, "consent", {}) == [
        "utter_what_we_keep",
        "utter_k78d_family_not_contacted",
    ]


@pytest.mark.parametrize(
    ("text", "requested", "facts"),
    [
        (
            "No, I am not in any danger. Though you have not quite said whether anybody would "
            "contact my wife.",
            "in_danger",
            {"consent": True},
        ),
        (
            "I am 66. I would still appreciate an answer about my wife, please. I am quite "
            "anxious that she should hear it from me and not from a stranger.",
            "age",
            BRIAN,
        ),
    ],
)
def test_brian_asked_again_without_a_mark(text, requested, facts):
    assert at_question(text, requested, facts) == ["utter_k78d_family_not_contacted"]


@pytest.mark.parametrize(
    "facts",
    [
        {"consent": True, "crime_type": "domestic_abuse"},
        {"consent": True, "relationship_to_offender": "partner_or_ex"},
        {"consent": True, "relationship_to_offender": "family_member"},
    ],
)
def test_no_family_answer_where_the_family_did_it(facts):
    text = "will the police contact my husband?"
    assert topic_answered(text, facts) != "utter_k78d_family_not_contacted"


# -- 3. Nadia: the ISVA beside the female worker; how and where the police contact her ---------

NADIA = {
    "consent": True, "crime_type": "sexual_offence", "age": 30.0, "reported_to_police": False,
}  # fmt: skip


def test_nadia_isva_beside_the_female_worker():
    text = (
        "woman. and i only want to talk to a female worker. whats an ISVA? someone mentioned it "
        "on a forum"
    )
    said = at_question(text, "gender", NADIA)
    assert said[0] == "utter_z2_ask_for_a_woman" and len(said) == 2
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    reading = read_turn(
        Turn(text=text, requested="gender", answers=NADIA, organisations=default_directory())
    )
    assert "ISVA (Independent Sexual Violence Adviser)" in (reading.say[1].text or "")


@pytest.mark.parametrize(
    "text",
    [
        "one more thing. if i do report, would the police come to my house? i dont want my "
        "partner to find out like that",
        "i mean can i choose where they talk to me. not at home",
    ],
)
def test_nadia_where_the_police_contact_her(text):
    facts = {**NADIA, "gender": "woman", "results_shown": True}
    worded = {k: v for k, v in facts.items() if k != "crime_type"}
    assert answer(text, "sexual_offence", **worded) in (
        "utter_k78d_choose_police_contact_isva",
        None,
    )
    assert topic_answered(text, facts) == "utter_k78d_choose_police_contact_isva"


def test_nadia_choosing_where_after_the_result(dispatcher, domain):
    slots = {**NADIA, "gender": "woman", "assessment_done": True, "results_shown": True}
    text = "i mean can i choose where they talk to me. not at home"
    tracker = make_tracker(slots=slots, text=text, active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    assert sent == ["utter_k78d_choose_police_contact_isva"], sent


def test_can_they_help_without_parents_knowing_keeps_its_answer():
    assert answer("Can they help her without our parents knowing?", None) == (
        "utter_will_they_know"
    )


def test_someone_else_gets_victim_support_not_the_isva():
    text = "would the police come to my house?"
    assert topic_answered(text, {"crime_type": "assault", "age": 40.0}) == (
        "utter_k78d_choose_police_contact"
    )


def test_after_a_burglary_a_police_visit_is_not_the_choose_where_answer():
    # f96a (round 95): Sheila, 79, burgled by a bogus gas man, was told "Yes. You can tell the
    # police how, when and where to contact you: ... not at home": after a burglary the visit is
    # the police's decision (the fingerprints answer says so).
    text = "would the police come to my house?"
    assert topic_answered(text, {"crime_type": "burglary", "age": 40.0}) is None
    assert answer(text, "burglary") == "utter_j4_burglary_fingerprints"


# -- 4. Fatima: pulling the niqab; the police and her daughter ----------------------------------

FATIMA = {"consent": True, "crime_type": "assault", "hate_motivated": True}


def test_fatima_is_it_a_crime_to_pull_the_niqab():
    text = "No. I did not know if it is serious enough. Is it a crime, to pull the niqab?"
    assert at_question(text, "reported_to_police", FATIMA) == ["utter_k78d_clothing_pulled"]


def test_fatima_will_the_police_speak_to_my_daughter():
    text = "Will the police need to speak to my daughter? She is only 8 and she is already scared."
    facts = {**FATIMA, "reported_to_police": False, "age": 33.0}
    assert topic_answered(text, facts) == "utter_k78d_police_talk_to_child"


def test_a_knocked_turban_keeps_its_answer():
    text = "someone knocked my turban off, is that assault?"
    assert answer(text, "assault") == "utter_touching_clothes_is_assault"


# -- 5. Mei: the police or the bus company ------------------------------------------------------

MEI = {"consent": True, "crime_type": "sexual_offence", "age": 22.0, "reported_to_police": False}


def test_mei_police_or_bus_company_at_the_danger_question():
    text = "no I am safe. I know you not police. I ask who I should tell, police or bus company?"
    assert at_question(text, "in_danger", {"consent": True}) == ["utter_k78d_bus_police"]


@pytest.mark.parametrize(
    "text",
    [
        "hello. I want ask something. a man touch me on night bus last weekend. is this police "
        "thing or bus company thing?",
        "sorry but still I don't know. if I want report, I call police or I tell TfL? the bus "
        "number was N29",
    ],
)
def test_mei_police_or_tfl(text):
    assert topic_answered(text, MEI) == "utter_k78d_bus_police"


def test_should_i_tell_the_police_keeps_its_answer():
    assert answer("should i tell the police?", "assault") == "utter_telling_the_police"


# -- 6. Joy: her work ID badge -------------------------------------------------------------------

JOY = {"consent": True, "crime_type": "theft", "reported_to_police": True}


def test_joy_tell_my_employer_about_the_badge():
    text = (
        "52. but should i tell my employer? the badge has my name and photo on it, worried "
        "someone uses it to get into the wards"
    )
    assert at_question(text, "age", JOY) == ["utter_k78d_work_badge"]


def test_joy_and_the_id_badge_is_not_the_bank_card_again():
    text = "greenwich. ok will ring the bank. and the ID badge?"
    assert at_question(text, "borough", {**JOY, "age": 52.0}) == ["utter_k78d_work_badge"]


def test_joy_what_to_do_about_the_badge_after_the_result():
    text = "ok whatever. last thing, my hospital ID badge was stolen, what should i do about that"
    assert topic_answered(text, {**JOY, "age": 52.0}) == "utter_k78d_work_badge"


@pytest.mark.parametrize(
    "text",
    [
        "will my boss be told about any of this? i dont want work involved",
        "would the police go to my work?",
    ],
)
def test_work_questions_keep_the_work_answer(text):
    assert topic_answered(text, {"consent": True, "crime_type": "assault", "age": 30.0}) == (
        "utter_topic_work"
    )


def test_a_blue_badge_is_not_the_work_badge():
    text = "they stole my blue badge, what do i do?"
    assert topic_answered(text, {"crime_type": "theft", "age": 70.0}) != "utter_k78d_work_badge"


# -- 7. Tom: shed security, not a Right -----------------------------------------------------------

TOM = {
    "consent": True, "crime_type": "theft", "reported_to_police": False, "age": 45.0,
    "assessment_done": True, "results_shown": True,
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "right"),
    [
        (
            "what questions did i skip? i answered everything. also anyone do anything about "
            "shed security or is that just me down b&q",
            "ask_right/police_updates",
        ),
        (
            "thats not what i asked mate. is there anyone who gives advice on securing the shed "
            "so it doesnt happen again",
            "ask_right/information",
        ),
    ],
)
def test_tom_shed_security_not_a_right(text, right, dispatcher, domain):
    tracker = make_tracker(slots=TOM, text=text, intent="ask_right", active_loop=None)
    tracker.latest_message["response_selector"] = {
        "ask_right": {"response": {"intent_response_key": right, "confidence": 0.95}}
    }
    ActionAnswerRight().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    assert "utter_locks_fitted" in sent, sent


def test_a_rights_question_still_gets_its_right(dispatcher, domain):
    text = "will the police tell me if they arrest him?"
    tracker = make_tracker(slots=TOM, text=text, intent="ask_right", active_loop=None)
    tracker.latest_message["response_selector"] = {
        "ask_right": {
            "response": {"intent_response_key": "ask_right/police_updates", "confidence": 0.95}
        }
    }
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert "utter_locks_fitted" not in [m.get("response") for m in dispatcher.messages]
    assert dispatcher.messages


# -- 8. Leah: telling the gym ----------------------------------------------------------------------

LEAH = {
    "consent": True, "crime_type": "stalking_harassment", "relationship_to_offender":
    "partner_or_ex", "reported_to_police": True, "age": 27.0,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "ok I'll stop deleting them. should I tell the gym staff about her? I don't want to make "
        "a big thing of it but I don't feel safe going",
        "no!! don't delete anything. I was asking about telling the gym",
    ],
)
def test_leah_telling_the_gym(text):
    assert topic_answered(text, LEAH) == "utter_topic_tell_places_you_go"


# -- the new ways of asking without a mark do not take ordinary answers --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "i mean it was a stranger",
        "you have been very helpful",
        "anyone else would have done the same",
        "i was asking for a friend at first but its me",
    ],
)
def test_ordinary_answers_are_not_asked(text):
    assert not topics.asks_without_a_mark(text)
