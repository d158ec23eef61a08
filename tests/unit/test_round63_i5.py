"""Round 63, helper i5: children at risk and a pregnant woman (round 62: Jade, 16, blackmailed
for more pictures; Dev, whose daughter, 14, is groomed; Zainab, 24 weeks pregnant, pushed by her
boyfriend; Nadia, whose husband says he will take the children to Somalia)."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionConfirmDelete, ActionDeleteMyData
from actions.reading import Turn, read_turn
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES, said_answer

JADE_SAID = [
    "im at home in my room. theres this boy in year 13 and i sent him a pic like a private one "
    "and now hes sent it round everyone in school",
    "i told u. he shared my nude. am i gonna get in trouble for sending it? im 16",
]
JADE = dict(consent=False, age=16.0, under_18=True)
DEV_FIRST = (
    "I just found messages on my daughters phone from a grown man. shes 14. hes been telling her "
    "shes mature and asking for pics and to meet up. I am absolutely fuming. what do I do RIGHT NOW"
)
DEV = dict(consent=True, for_someone_else=True, age=14.0, under_18=True)
ZAINAB_FIRST = (
    "hi. my boyfriend pushed me last night and i fell on the kitchen floor. im 24 weeks pregnant. "
    "im at my sisters now. should i go hospital? i feel ok but im scared for the baby"
)
ZAINAB = dict(consent=True, relationship_to_offender="partner_or_ex")
NADIA_SAID = [
    "salaam. i need help quick. my husband say he will take my children to somalia and i never "
    "see them. he is sleeping now. if he wake up i have to stop",
    "yes. 5 year. he hit me before, now shout and money. he say he book ticket in summer holiday "
    "to take kids",
]
NADIA = dict(consent=True, relationship_to_offender="partner_or_ex", age=36.0)


@pytest.mark.parametrize("crime", [None, "sexual_offence"])
@pytest.mark.parametrize(
    "text",
    [
        "hes sent it to loads of ppl, and hes been messaging me saying he'll send more if i dont "
        "do what he says",
        "no. did u read what i said?? he wants me to send more or he'll send the other ones. what "
        "do i do",
        "he keeps asking me to send more pics",
        "he said he will send them to everyone unless i send another one",
    ],
)
def test_jade_blackmailed_for_more_pictures(text, crime):
    assert said_answer(text, crime, JADE_SAID, **JADE) == "utter_i5_sextortion_now"
    said = RESPONSES["utter_i5_sextortion_now"][0]["text"]
    for part in ("Don't delete", "Report Remove", "CEOP", "0800 1111", "not in trouble"):
        assert part in said


@pytest.mark.parametrize(
    "text, said, answers",
    [
        # An adult blackmailed for money: not the children's answer.
        ("he says he'll send my pics to everyone unless i pay him", JADE_SAID, {"age": 30.0}),
        # A young person asked for money, no pictures told.
        ("my cousin wants me to send more money. what do i do", [], JADE),
    ],
)
def test_blackmail_answer_is_for_a_child_and_pictures(text, said, answers):
    assert said_answer(text, "sexual_offence", said, **answers) != "utter_i5_sextortion_now"


def test_block_answer_names_a_game_only_when_one_was_named():
    answers = dict(JADE, account_details=["intimate_images"])
    text = "ok. but hes still messaging me rn saying send more. should i block him or what"
    got = said_answer(text, "sexual_offence", JADE_SAID, **answers)
    assert got == "utter_i5_child_block_and_report_app"
    assert "game" not in RESPONSES[got][0]["text"]
    gamer = [*JADE_SAID, "i met him on roblox"]
    assert said_answer("should i block him", "sexual_offence", gamer, **answers) == (
        "utter_q5_child_block_and_report"
    )


@pytest.mark.parametrize(
    "text",
    [
        "whatever yes. I've got his number and his snapchat name. I'm going to message him and "
        "tell him I'll find him and break his legs. should I?",
        "what?? nobodys leg is broken. YES ok. my daughter is being groomed. do I message him or "
        "not",
    ],
)
def test_dev_threat_is_not_a_broken_leg(text):
    got = said_answer(text, "sexual_offence", [DEV_FIRST], **DEV)
    assert got == "utter_child_disclosed"
    assert said_answer(text, None, [DEV_FIRST], consent=None) == "utter_child_disclosed"


def test_a_broken_leg_is_still_a_broken_leg():
    text = "he kicked my leg and its really swollen, could it be broken?"
    assert said_answer(text, "assault", [], consent=True) == "utter_possible_broken_bone"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "some bloke online, says hes 19 but hes obviously older. she met him on a game. i "
            "should ring the police now yeah? tonight?",
            "utter_i5_groomed_child_call_police",
        ),
        ("should i call the police tonight?", "utter_i5_groomed_child_call_police"),
        (
            "im not in danger its her. he wanted to meet her saturday at westfield. shes in her "
            "room, i took her phone. should i delete his messages and block him?",
            "utter_i5_keep_his_messages",
        ),
        (
            "no not yet. i dont even know if she sent him any pics. so do i delete them or keep "
            "them, straight answer please",
            "utter_i5_keep_his_messages",
        ),
        (
            "how do i talk to my daughter about this. shes crying in her room saying i ruined "
            "everything",
            "utter_i5_talk_to_your_child",
        ),
        (
            "information. and how do i talk to her about it without her hating me",
            "utter_i5_talk_to_your_child",
        ),
    ],
)
def test_dev_is_answered(text, expected):
    assert said_answer(text, "sexual_offence", [DEV_FIRST], **DEV) == expected


@pytest.mark.parametrize(
    "text, crime, said",
    [
        # Someone hurt themselves, no child groomed.
        ("should i ring the police now?", "assault", ["a man punched me outside the pub"]),
        # A parent whose son was robbed by other boys.
        (
            "should i call the police tonight?",
            "robbery",
            ["my son was robbed by some boys from his school, they took his phone"],
        ),
        ("should i block him?", "stalking", ["my ex keeps messaging me"]),
    ],
)
def test_dev_answers_are_only_for_a_groomed_child(text, crime, said):
    got = said_answer(text, crime, said, consent=True)
    assert got not in (
        "utter_i5_groomed_child_call_police",
        "utter_i5_keep_his_messages",
        "utter_i5_talk_to_your_child",
    )


def test_first_messages_that_cannot_wait_are_answered_at_once():
    for text, expected in (
        (ZAINAB_FIRST, "utter_pregnant_after_harm"),
        (DEV_FIRST, "utter_child_disclosed"),
    ):
        reading = read_turn(Turn(text=text, intent="inform", requested="consent", opening=True))
        assert expected in [s.response for s in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "ok my sister is ringing them now. what do i tell them about how i fell? i dont want "
        "social services involved",
        "what? shes ringing the maternity unit not 999. im not in danger. i asked what do i tell "
        "them and will social services get involved",
    ],
)
def test_zainab_what_to_tell_maternity(text):
    assert (
        said_answer(text, "domestic_abuse", [ZAINAB_FIRST], **ZAINAB)
        == "utter_i5_what_to_tell_maternity"
    )


def test_what_to_tell_them_needs_a_pregnancy():
    said = ["my husband hit me and i went to a&e"]
    text = "what do i tell them? i dont want social services involved"
    assert said_answer(text, "domestic_abuse", said, **ZAINAB) != "utter_i5_what_to_tell_maternity"


def test_zainab_ringing_maternity_is_not_999(dispatcher, domain):
    from actions.dialogue import i5_ringing_maternity

    tracker = make_tracker(text="ok my sister is ringing them now", sent=["utter_baby_moving_less"])
    assert i5_ringing_maternity(tracker, "ok my sister is ringing them now")
    other = make_tracker(text="im ringing them now", sent=["utter_ask_in_danger"])
    assert not i5_ringing_maternity(other, "im ringing them now")
    assert not i5_ringing_maternity(tracker, "shes calling the police now")


def test_zainab_going_back_for_her_things():
    text = (
        "maternity said come in now so were going. all my stuff is at the flat tho, can i go "
        "back to get it or is that stupid"
    )
    got = said_answer(text, "domestic_abuse", [ZAINAB_FIRST], **ZAINAB)
    assert got == "utter_i5_collect_belongings"
    burgled = said_answer(
        "can i go back to get my stuff?", "burglary", ["my flat was burgled"], consent=True
    )
    assert burgled != "utter_i5_collect_belongings"


@pytest.mark.parametrize(
    "text",
    ["but how i stop tickets? i have no money for lawyer", "how do i stop him taking the kids?"],
)
def test_nadia_stop_children_taken_abroad(text):
    got = said_answer(text, "domestic_abuse", NADIA_SAID, **NADIA)
    assert got == "utter_i5_stop_taking_abroad"
    assert "legal aid" in RESPONSES[got][0]["text"]


def test_stopping_tickets_without_children_abroad_is_not_that_answer():
    said = ["i bought concert tickets online and they never came"]
    got = said_answer("how do i stop the tickets being sold again?", "fraud", said, consent=True)
    assert got != "utter_i5_stop_taking_abroad"


def test_nadia_clearing_her_phone_is_not_deleting_her_records(dispatcher, domain):
    slots = {"consent": True, "crime_type": "domestic_abuse", "assessment_done": True}
    tracker = make_tracker(
        slots, text="how i delete this from phone now", intent="delete_my_data", active_loop=None
    )
    ActionConfirmDelete().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_c4_clear_phone"]
    later = make_tracker(
        slots, text="ok", intent="affirm", active_loop=None, sent=["utter_c4_clear_phone"]
    )
    again = type(dispatcher)()
    assert ActionDeleteMyData().run(again, later, domain) == []
    assert responses(again) == ["utter_delete_cancelled"]


def test_delete_my_data_still_asks_to_confirm(dispatcher, domain):
    tracker = make_tracker(
        {"consent": True}, text="delete my data", intent="delete_my_data", active_loop=None
    )
    ActionConfirmDelete().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_confirm_delete"]
