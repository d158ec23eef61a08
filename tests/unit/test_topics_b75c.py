"""Round 74, helper b75c: topics for pregnancy, emergency contraception and STIs after a sexual
assault (Hannah), whether they are going crazy or overreacting (Bex), and a parent helping a child
who was hurt (Joseph); the readings that kept them from being answered ("is it too late for the
morning after pill" taken as too late to report, "could i be pregnant" noted as a pregnancy, "he
won't tell me anything" at a question met with "Sorry, I didn't catch that"); and other people's
messages that must keep their answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions import account, topics
from actions.dialogue import ActionOutsideQuestions
from actions.questions import asks_about_pregnancy_after_harm, plain
from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis
from core import yaml_files
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    ALL_RESPONSES,
    ORGANISATIONS,
    answer,
    assert_one_sms_with_a_source,
)
from tests.unit.known_answers import topic_answered as answered

ROOT = Path(__file__).parents[2]
TOPIC_ANSWERS = ROOT / "bot" / "domain" / "responses_topics.yml"

HANNAH = {"age": 24.0, "gender": "woman"}  # before what happened is known to the reading
HANNAH_TOLD = {**HANNAH, "crime_type": "sexual_offence"}
A_MAN = {"crime_type": "sexual_offence", "age": 30.0, "gender": "man"}
BEX = {"crime_type": "online_abuse", "age": 21.0, "gender": "woman"}
BEX_STALKED = {**BEX, "crime_type": "stalking_harassment"}
BEX_YOUNG = {"crime_type": "other", "age": 16.0, "under_18": True, "gender": "woman"}
JOSEPH = {
    "crime_type": "assault",
    "for_child": True,
    "for_someone_else": True,
    "age": 15.0,
    "under_18": True,
}

NEW = [
    "utter_b75c_pregnancy_after_sex",
    "utter_b75c_pregnancy_later",
    "utter_b75c_stis_after_sex",
    "utter_b75c_not_overreacting",
    "utter_b75c_not_overreacting_stalking",
    "utter_b75c_not_overreacting_young",
    "utter_b75c_helping_your_child",
]
MINE = {
    "pregnancy and emergency contraception after sex",
    "STIs after sex",
    "whether they are going crazy or overreacting",
    "helping a child after what happened",
}


def read(text: str, requested: str, **answers) -> tuple[list[str | None], dict]:
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, **answers},
            organisations=ORGANISATIONS,
        )
    )
    return [said.response or said.args.get("utter_action") for said in reading.say], reading.slots


@pytest.mark.parametrize("name", NEW)
def test_each_answer_is_one_sms_with_a_source(name):
    assert_one_sms_with_a_source(name, TOPIC_ANSWERS)


def test_the_havens_are_offered_only_with_the_directorys_time_limit():
    # The directory: anyone raped or sexually assaulted in London in the past 12 months; no
    # time limit is invented for forensic evidence.
    for name in ("utter_b75c_pregnancy_later", "utter_b75c_stis_after_sex"):
        assert "12 months" in ALL_RESPONSES[name][0]["text"]
    for name in NEW[:3]:
        assert "7 days" not in ALL_RESPONSES[name][0]["text"]


# -- Hannah: pregnancy, the morning-after pill and STIs -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could i be pregnant", "utter_b75c_pregnancy_after_sex"),
        ("is it too late for the morning after pill", "utter_b75c_pregnancy_after_sex"),
        ("what about stis", "utter_b75c_stis_after_sex"),
        ("what if im pregnant?", "utter_b75c_pregnancy_after_sex"),
        ("do i need an sti test?", "utter_b75c_stis_after_sex"),
    ],
)
def test_hannah_is_answered_before_what_happened_is_known(text, expected):
    assert answered(text, HANNAH) == expected


def test_asked_again_she_is_told_what_to_do_after_5_days():
    pill = "is it too late for the morning after pill"
    assert answered(pill, HANNAH, frozenset({"utter_b75c_pregnancy_after_sex"})) == (
        "utter_b75c_pregnancy_later"
    )
    stis = "what about stis"
    assert answered(stis, HANNAH, frozenset({"utter_b75c_stis_after_sex"})) == (
        "utter_b75c_pregnancy_later"
    )


def test_a_man_is_told_of_sti_tests_not_pregnancy():
    assert answered("what about stis?", A_MAN) == "utter_b75c_stis_after_sex"
    # Asked again with nothing else to say: the same answer once more (actions/topics.py).
    assert answered("what about stis?", A_MAN, frozenset({"utter_b75c_stis_after_sex"})) == (
        "utter_b75c_stis_after_sex"
    )
    assert answered("is it too late for the morning after pill?", A_MAN) is None


def test_at_the_crime_question_her_pregnancy_question_is_answered_and_not_noted_as_one():
    said, slots = read("sexual assault, a week ago. could i be pregnant?", "crime_type")
    # m79g (round 79): "a week ago" is told, so the answer for after 5 days (Hannah, r79b).
    assert said == ["utter_b75c_pregnancy_later"]
    assert slots["crime_type"] == "sexual_offence"
    assert "pregnant" not in (slots.get("account_details") or ())


def test_the_morning_after_pill_is_not_told_its_never_too_late():
    # Before: "It's not too late to get support ... even years later" (reporting).
    assert answer("is it too late for the morning after pill", None) != "utter_not_too_late"
    assert answer("is it too late to report it? it was 3 years ago", None) == "utter_not_too_late"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could i be pregnant", "utter_j4_pregnancy_and_infection"),
        ("what about stis", "utter_j4_pregnancy_and_infection"),
        ("is it too late for the morning after pill", "utter_ec_and_pep_go_today"),
    ],
)
def test_once_the_assault_is_known_the_worded_answers_still_answer(text, expected):
    assert answer(text, "sexual_offence", **HANNAH) == expected


@pytest.mark.parametrize(
    "text", ["could i be pregnant", "am i pregnant?", "im worried about pregnancy and stis"]
)
def test_a_pregnancy_asked_about_is_not_one_told(text):
    assert "pregnant" not in account.read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "im pregnant and he hit me",
        "im 12 weeks pregnant",
        "im worried about the pregnancy, he kicked me in the stomach",
        "i had a pregnancy test and im pregnant",
    ],
)
def test_a_pregnancy_told_is_still_noted(text):
    assert "pregnant" in account.read_account(text).details


def test_the_midwife_answer_is_for_a_pregnancy_told():
    assert not asks_about_pregnancy_after_harm("could i be pregnant? should i see a doctor")
    assert asks_about_pregnancy_after_harm("he pushed me and im pregnant. is the baby ok?")


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("im pregnant and he hit me, what do i do?", {"crime_type": "domestic_abuse"}),
        ("im 20 weeks pregnant, will the police come to my house?", {}),
        ("my cut looks infected, what do i do?", {"crime_type": "assault"}),
        ("i caught him on camera, what now?", {"crime_type": "burglary"}),
        ("what about stis?", {"crime_type": "burglary"}),
        ("can they test me for whatever it was", {"crime_type": "sexual_offence"}),
    ],
)
def test_other_messages_are_not_sexual_health(text, facts):
    assert answered(text, facts) not in NEW[:3]


# -- Bex: going crazy or overreacting -------------------------------------------------------------


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (BEX, "utter_b75c_not_overreacting"),
        (BEX_STALKED, "utter_b75c_not_overreacting_stalking"),
        (BEX_YOUNG, "utter_b75c_not_overreacting_young"),
    ],
)
@pytest.mark.parametrize("text", ["am i going crazy", "is it me, am i overreacting"])
def test_bex_is_told_she_is_not_going_crazy(text, facts, expected):
    assert answered(text, facts) == expected


@pytest.mark.parametrize(
    "text", ["am i going crazy", "is it me, am i overreacting", "i feel like im going crazy"]
)
def test_going_crazy_is_not_read_as_a_crisis(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)
    assert not trusted_crisis(text, IN_DANGER)


def test_at_a_question_she_is_answered_and_asked_again():
    said, slots = read("no not yet. am i going crazy", "reported_to_police", **BEX_STALKED)
    assert said == ["utter_b75c_not_overreacting_stalking"]
    assert slots == {"reported_to_police": False}


def test_after_the_result_she_is_answered(dispatcher, domain):
    slots = {"consent": True, "in_danger": False, **BEX, "assessment_done": True}
    tracker = make_tracker(
        slots=slots, text="am i going crazy", intent="nlu_fallback", active_loop=None
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_b75c_not_overreacting"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("most serious crimes?? i think youre overreacting tbh. he said sorry", BEX),
        ("am i crazy to report it?", BEX),
        ("am i being paranoid? i think someone is following me", BEX),
        ("is it me they want?", BEX),
        ("im so mad at him, what do i do?", BEX),
        ("racist abuse every day. is this a hate crime or am i overreacting?", BEX),
    ],
)
def test_other_messages_are_not_going_crazy(text, facts):
    assert answered(text, facts) not in NEW[3:6]


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        # Worded answers come before topics, and keep these.
        (
            "he keeps messaging me from new accounts am i overreacting",
            "stalking_harassment",
            "utter_not_overreacting",
        ),
        (
            "am i overreacting? he only hit me once",
            "domestic_abuse",
            "utter_t4_abuse_not_overreacting",
        ),
    ],
)
def test_worded_overreacting_answers_keep_their_people(text, crime_type, expected):
    assert answer(text, crime_type) == expected


# -- Joseph: helping his son ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "how do I help him",
        "should I make him talk about it",
        "he won't tell me anything",
        "He won't tell me anything.",
        "what should i say to my son?",
    ],
)
def test_joseph_is_told_how_to_help_his_son(text):
    assert answered(text, JOSEPH) == "utter_b75c_helping_your_child"


@pytest.mark.parametrize("requested", ["reported_to_police", "repeat_victimisation", "needs"])
def test_he_wont_tell_me_anything_at_a_question_is_answered_not_missed(requested):
    said, slots = read("he won't tell me anything", requested, **JOSEPH)
    assert said == ["utter_b75c_helping_your_child"]
    assert requested not in slots  # the question is asked again, not lost


def test_a_question_without_a_mark_at_a_question_is_answered_by_its_topic():
    # Dev (round 70): the same path, at a question it does not answer.
    text = "my dissertation is due in 3 weeks man what do i do about that"
    facts = {"crime_type": "robbery", "age": 22.0}
    assert read(text, "reported_to_police", **facts)[0] == ["utter_topic_university"]


def test_a_statement_no_topic_answers_is_still_asked_again():
    said, _ = read("he won't tell me where he lives", "reported_to_police", **JOSEPH)
    assert said == ["utter_reask_reported_to_police"]


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Not a parent writing about a child.
        ("how do i help him?", {"crime_type": "domestic_abuse", "age": 40.0}),
        ("the police won't tell me anything", {"crime_type": "burglary", "age": 50.0}),
        # A parent asking about a form, not about reaching their child.
        ("how do i help him fill in the form?", JOSEPH),
        ("can i help him make a claim for compensation?", JOSEPH),
    ],
)
def test_other_messages_are_not_helping_a_child(text, facts):
    assert answered(text, facts) != "utter_b75c_helping_your_child"


# -- other people's messages ----------------------------------------------------------------------


def _conversation_messages() -> list[str]:
    """Every message a person sends in tests/conversations/*.yml."""

    def texts(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [text for value in node.values() for text in texts(value)]
        if isinstance(node, list):
            return [text for value in node for text in texts(value)]
        return []

    found: list[str] = []
    for path in sorted((ROOT / "tests" / "conversations").glob("*.yml")):
        data = yaml_files.load(path.read_text())
        for key in ("danger", "self_harm", "not_crisis"):
            found += texts(data.get(key) or [])
        for conversation in data.get("conversations") or []:
            for key in ("opening", "answers", "extra", "after_result"):
                found += texts(conversation.get(key) or [])
    return found


def test_no_held_out_message_is_placed_on_the_new_topics():
    mine = [topic for topic in topics.topics() if topic.name in MINE]
    assert len(mine) == len(MINE)
    messages = _conversation_messages()
    assert len(messages) > 1000
    placed = [
        (topic.name, text)
        for text in messages
        for topic in mine
        if any(topic.placed(plain(part)) for part in topics.asked_parts(text))
    ]
    assert not placed, placed
