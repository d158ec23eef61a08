"""Questions answered by their topic and the person's facts when no worded answer matched
(actions/topics.py, actions/question_topics.yml): round 70's Kemi (what an order would do,
whether her boss is told), Pat (someone to chat to), Dev (his dissertation), Sharon (whether to
tell the school), and earlier people asking the same things in other words; and messages that
must not be placed on a topic."""

from __future__ import annotations

import re

import pytest

from actions import topics
from actions.dialogue import ActionAnswerRight, ActionOutsideQuestions
from core import yaml_files
from core.text import SMS_LIMIT
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import ALL_RESPONSES, DOMAIN, ORGANISATIONS, PHONE, sources_above
from tests.unit.known_answers import topic_answered as answered

TOPIC_FILE = DOMAIN / "responses_topics.yml"
TOPIC_RESPONSES = yaml_files.load(TOPIC_FILE.read_text())["responses"]
WHEN_KEYS = {
    "offender",
    "crime_types",
    "young",
    "for_child",
    "gender",
    "reported_to_police",
    "age_known",
    "older",
    "hate_motivated",  # z87d (round 87): a hate crime told (Kofi's family at home)
    "exploited_at_work",  # v86a1 (round 86): a boss who exploits them (actions/topics.py)
    "for_someone_else",  # g76e (round 76): writing for someone else (Bisi, for her son)
    "referral_consent",  # f88d (round 89): a referral agreed (Doreen's home visit)
    "at_referral",  # k99b (round 99): the results shown or a referral question asked (Rob)
    "order_held",  # h90c (round 90): an order told of earlier (Precious; actions/topics.py)
}

KEMI = {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex", "age": 33}
PAT = {"crime_type": "theft", "relationship_to_offender": "unknown", "age": 74.0, "gender": "man"}
DEV = {"crime_type": "robbery", "relationship_to_offender": "stranger", "age": 22.0}
SHARON = {"crime_type": "sexual_offence", "for_child": True, "age": 15.0, "under_18": True}


# -- the data ------------------------------------------------------------------------------------


def test_every_topic_answer_exists_and_every_condition_is_known():
    for topic in topics.topics():
        assert topic.answers, topic.name
        for answer in topic.answers:
            assert answer.response in ALL_RESPONSES, answer.response
            assert {key.removeprefix("not_") for key in answer.when} <= WHEN_KEYS, topic.name


@pytest.mark.parametrize("name", sorted(TOPIC_RESPONSES))
def test_topic_answers_are_one_sms_with_a_source_and_directory_numbers(name):
    numbers = {org.contact.phone for org in ORGANISATIONS if org.contact.phone}
    for variant in TOPIC_RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT
        assert set(PHONE.findall(variant["text"])) <= numbers
        assert not re.search(r"\byou will (?:get|be given|receive)\b", variant["text"])
    assert "SOURCES" in sources_above(name, TOPIC_FILE)


# -- round 70: the people whose questions got "I can't answer that one here" ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "my friend said i could get some kind of order? what would that actually do",
        "can you tell me what an order would do? like would it stop him coming to my work",
        "can i get an injunction against him",
    ],
)
def test_kemi_is_told_what_an_order_does_against_an_ex(text):
    assert answered(text, KEMI) == "utter_topic_order_partner"


def test_an_order_against_someone_not_a_partner_is_the_stalking_order():
    facts = {"crime_type": "stalking_harassment", "relationship_to_offender": "someone_known"}
    assert answered("what would a restraining order do?", facts) == "utter_topic_order_other"


@pytest.mark.parametrize(
    "text",
    [
        "no. will my boss be told about any of this? i dont want work involved",
        "ok. what does it mean if i report it then. would the police go to my work? thats what i "
        "meant about my boss",
        "a bit shaken. i work for the NHS, will my employer find out if i report this?",
        "the support people, they talk to my boss or no??",
    ],
)
def test_whether_work_is_told(text):
    assert answered(text, KEMI) == "utter_topic_work"


def test_pat_who_is_lonely_is_told_who_will_chat():
    text = (
        "Is there anyone who would just have a chat. Since Joan went its mostly me and the radio."
    )
    assert answered(text, PAT) == "utter_topic_someone_to_talk_to"


@pytest.mark.parametrize(
    "text",
    [
        "my dissertation is due in 3 weeks man what do i do about that",
        "hello?? my dissertation??",
        "ok. last time, my uni work is due in 3 weeks and its all on the laptop, what do i "
        "actually do",
    ],
)
def test_dev_is_told_what_to_do_about_his_dissertation(text):
    assert answered(text, DEV) == "utter_topic_university"


@pytest.mark.parametrize(
    "text", ["Should I tell the school?", "Please just tell me, should I tell her school or not"]
)
def test_sharon_is_answered_about_the_school_as_a_parent(text):
    assert answered(text, SHARON) == "utter_topic_school_parent"


def test_a_young_person_asking_about_school_is_answered_as_themselves():
    assert (
        answered("shud i tell a teacher", {"age": 14.0, "under_18": True})
        == "utter_topic_school_young"
    )


def test_john_asking_about_seeing_his_children():
    facts = {"crime_type": "domestic_abuse", "gender": "man", "age": 45.0}
    text = "can she actually stop me seeing them if i move out?"
    assert answered(text, facts) == "utter_topic_children_contact_man"


def test_margaret_police_or_trading_standards():
    text = "No. I did not like to bother them. Is it a police matter? I thought perhaps Trading "
    text += "Standards."
    assert answered(text, {"crime_type": "fraud", "age": 79.0}) == "utter_topic_trading_standards"


def test_what_the_police_will_do_depends_on_having_reported():
    text = "Will the police catch them? The CCTV is very clear"
    assert answered(text, DEV) == "utter_topic_police_after_report"
    assert answered(text, {**DEV, "reported_to_police": True}) == "utter_police_investigation"


def test_half_a_number_plate_is_evidence_but_not_for_a_fraud():
    assert answered("Is a half number plate any use?", DEV) == "utter_topic_evidence"
    assert answered("will the cctv of the bank help?", {"crime_type": "fraud"}) is None


def test_whether_he_learns_who_reported():
    text = "if I report it will Mr Doyle know it was me who reported?"
    assert answered(text, {"crime_type": "criminal_damage"}) == "utter_topic_will_he_know"


def test_locks_after_a_break_in_only():
    text = "Can anyone help me with the locks? I cant afford a locksmith on my pension"
    assert answered(text, {"crime_type": "burglary", "age": 81.0}) == "utter_locks_fitted"
    landlord = {"crime_type": "other", "relationship_to_offender": "someone_known"}
    assert answered("can I change the lock? He has key", landlord) is None


def test_support_for_the_one_asking():
    text = "ok thanks. is there anything for me as well, im running on empty here"
    assert answered(text, {"crime_type": "assault", "for_someone_else": True}) == (
        "utter_support_for_family"
    )


# -- asked again: another answer that fits, else the same once more, never a third time ------


def test_an_answer_sent_once_is_sent_again_when_no_other_fits():
    # "I can't answer that one here" a minute after answering it is untrue (round 77).
    text = "will my boss be told about any of this?"
    assert answered(text, KEMI, frozenset({"utter_topic_work"})) == "utter_topic_work"


def test_an_answer_sent_twice_is_not_sent_a_third_time():
    text = "will my boss be told about any of this?"
    said = frozenset({"utter_topic_work"})
    again = topics.topic_answer(text, KEMI, said, said_twice=said)
    assert again is not None and again.response == "utter_answered_above"


# -- not on a topic -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("how does it work?", {}),
        ("Yes please. Would they ring me? I'd rather a call in the evening, I'm at work til 5", {}),
        ("ok maybe yes. but not my phone. can they email my work email", {}),
        ("thank you. last question, I must go to work tomorrow or I can stay home?", {}),
        ("can i get a compensation order?", {}),
        ("will they know its a man i want?", KEMI),
        (
            "feeling safe. can someone help me make my flat safer? like cameras or locks. i live "
            "on my own",
            {"crime_type": "stalking_harassment"},
        ),
        ("is there any funding for security improvements, such as shutters or CCTV?", {}),
        ("the footage shows my bad driving too, can i get in trouble", {}),
        ("Before I decide, would the support service inform the university?", {"age": 20.0}),
        ("someone to talk to. and what do I do about monday, can work move him?", {}),
        ("my boss hit me", {}),
        ("Should I tell the school?", {"age": 40.0}),
    ],
)
def test_messages_not_placed_on_a_topic(text, facts):
    assert answered(text, facts) is None


# -- through the actions ---------------------------------------------------------------------


def test_at_the_referral_question_the_topic_is_answered(dispatcher, domain):
    slots = {"consent": True, "in_danger": False, **PAT, "results_shown": True}
    tracker = make_tracker(
        slots=slots,
        text="Is there anyone who would just have a chat. Since Joan went its mostly me and "
        "the radio.",
        intent="nlu_fallback",
        requested_slot="referral_consent",
    )
    ActionAnswerRight().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_topic_someone_to_talk_to"]


def test_after_the_result_a_topic_question_is_answered(dispatcher, domain):
    slots = {"consent": True, "in_danger": False, **KEMI, "assessment_done": True}
    tracker = make_tracker(
        slots=slots,
        text="can you tell me what an order would do? like would it stop him coming to my work",
        intent="nlu_fallback",
        active_loop=None,
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_topic_order_partner"]


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ([], "utter_k77f_stay_in_home"),
        # Round 77, James asked twice and got "I can't answer that one here" the second time.
        (["utter_k77f_stay_in_home"], "utter_k77f_stay_in_home"),
        (["utter_k77f_stay_in_home", "utter_k77f_stay_in_home"], "utter_answered_above"),
    ],
)
def test_after_the_result_a_topic_asked_again_is_answered_again_then_pointed_above(
    dispatcher, domain, sent, expected
):
    slots = {
        "consent": True, "in_danger": False, "assessment_done": True, "crime_type":
        "domestic_abuse", "relationship_to_offender": "partner_or_ex", "gender": "man",
        "age": 39.0,
    }  # fmt: skip
    tracker = make_tracker(
        slots=slots,
        text="last time asking, the flat is in both our names, can i make HIM leave?",
        intent="nlu_fallback",
        active_loop=None,
        sent=sent,
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == [expected]


def test_a_passport_kept_by_a_partner_or_an_exploiter():
    abuse = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    assert answered("my passport. how i get back", abuse) == "utter_topic_passport_partner"
    assert answered("can police get my passport back, I can't call", abuse) == (
        "utter_topic_passport_partner"
    )
    forced = {"crime_type": "human_trafficking", "relationship_to_offender": "someone_known"}
    assert answered("he has my passport, how do i get it back?", forced) == (
        "utter_passport_back_exploitation"
    )
    assert answered("can i travel with my passport?", abuse) is None


def test_what_the_support_worker_will_ask():
    assert answered("What will the lady on the phone ask me?", {}) == (
        "utter_e1_what_support_worker_does"
    )
    assert answered("what will they ask me at the police station?", {}) is None


def test_an_order_asked_before_saying_who_it_is_covers_both_kinds():
    assert answered("what would an injunction do?", {}) == "utter_topic_order_any"
    assert answered("what would an injunction do?", {"crime_type": "burglary"}) is None


def test_what_the_same_message_told_places_the_answer():
    from actions.reading import Turn, read_turn

    text = (
        "no im safe. my ex keeps turning up at my work. can i get some kind of order? what "
        "would it do"
    )
    reading = read_turn(Turn(text=text, requested="in_danger", answers={"consent": True}))
    assert [say.response for say in reading.say] == ["utter_topic_order_partner"]


def test_having_to_go_to_court():
    text = "and court, if they catch them would i have to stand up in court in front of them"
    assert answered(text, {"crime_type": "robbery"}) == "utter_court"
    assert answered("what happens at court?", {}) is None
    assert answered("will the court give me money back?", {}) is None


@pytest.mark.parametrize(
    "text",
    ["does the support team grass to feds tho", "bro u aint answering. are they police yes or no"],
)
def test_whether_support_is_the_police(text):
    assert answered(text, {}) == "utter_support_not_police"


def test_asking_the_bot_to_tell_the_police_is_not_asking_if_support_is_the_police():
    assert answered("can u tell the police for me?", {}) is None


def test_support_for_mum_as_well():
    assert answered("will they help mum as well or just me", {"crime_type": "homicide"}) == (
        "utter_support_for_family"
    )


# -- round 71 -------------------------------------------------------------------------------------

JOY = {"crime_type": "online_abuse", "relationship_to_offender": "partner_or_ex", "age": 29.0}


@pytest.mark.parametrize(
    "text",
    [
        "does the order cost money. i cant afford a solicitor",
        "the NON MOLESTATION order. do i have to pay for it",
    ],
)
def test_joy_is_told_what_a_non_molestation_order_costs(text):
    assert answered(text, JOY) == "utter_topic_order_cost_partner"


def test_an_order_held_and_broken():
    text = "yes fine. but does it break the order? I've reported it twice and nothing has happened"
    assert answered(text, JOY) == "utter_topic_order_breach"


def test_joy_asks_if_her_landlord_needs_to_know():
    text = "lewisham. does my landlord need to know about this? hes posted the address of the flat"
    assert answered(text, JOY) == "utter_topic_tell_landlord"


def test_tasha_asks_about_a_teacher_before_her_age_is_known():
    text = "should i tell a teacher? theres miss okafor shes ok but i dont want her to ring home"
    assert answered(text, {"crime_type": "online_abuse"}) == "utter_topic_school_age_unknown"
    assert answered(text, {"crime_type": "online_abuse", "age": 40.0}) is None


def test_whether_the_police_tell_the_school_is_not_whether_to_tell_it():
    text = "no. if i tell police will they tell my school"
    assert answered(text, {}) is None


@pytest.mark.parametrize(
    "text",
    [
        "feeling safe and someone to talk to. could anyone come and see me at home? i dont go out",
        "any time. does somebody ever come round to visit? i would like that. its the nights",
    ],
)
def test_gwen_asks_if_anyone_could_visit(text):
    assert answered(text, {"crime_type": "burglary", "age": 77.0}) == "utter_topic_visit"


def test_contact_times_with_the_school_run_are_not_about_school():
    text = "no. he check phone. call my friend Hodan? or when i take kids to school"
    assert answered(text, {"crime_type": "domestic_abuse"}) is None


@pytest.mark.parametrize(
    "text",
    [
        "no i dont think so. its postcode stuff. should we move? i cant stop thinking they will "
        "come back",
        "will they help us move? im scared those boys come to the flat. we're with the council",
    ],
)
def test_bola_asks_about_moving_for_safety(text):
    facts = {"crime_type": "serious_violence", "for_child": True}
    assert answered(text, facts) == "utter_n3_move_depends_on_home"


@pytest.mark.parametrize(
    "text",
    ["should i move on and forget it?", "can you move my appointment?", "should i move my car?"],
)
def test_moving_something_else_is_not_moving_home(text):
    assert answered(text, {}) is None


@pytest.mark.parametrize("name", ["utter_topic_passport_partner", "utter_topic_order_cost_partner"])
def test_a_man_is_given_the_mens_advice_line_not_the_womens_helpline(name):
    from tests.unit.known_answers import sendable

    for_him = sendable(name, gender="man")
    assert len(for_him) == 1 and "0808 801 0327" in for_him[0] and "2000 247" not in for_him[0]
    for_her = sendable(name, gender="woman")
    assert len(for_her) == 1 and "0808 2000 247" in for_her[0]
