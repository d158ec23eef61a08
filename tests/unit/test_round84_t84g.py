"""Round 84, helper t84g: Tom (41, knocked off his bike on purpose by a van driver), Priya (23,
a knife pulled on her at the till, then told to finish her shift) and Lucy (24, grabbed after
her shift), with their words, and other people's that keep their answers."""

from __future__ import annotations

import pytest

from core.text import SMS_LIMIT
from tests.unit.known_answers import (
    ALL_RESPONSES,
    DOMAIN,
    answer_in_conversation,
    assert_one_sms_with_a_source,
)

NEW = [
    "utter_t84g_send_own_footage",
    "utter_t84g_cica_vehicle_used_to_injure",
    "utter_t84g_kept_at_work",
    "utter_t84g_cctv_at_work",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name: str) -> None:
    assert_one_sms_with_a_source(name, DOMAIN / "responses_topics.yml")
    assert len(ALL_RESPONSES[name][0]["text"]) <= SMS_LIMIT


def said(text: str, crime_type: str | None, before: list[str], **answers: object) -> str | None:
    got = answer_in_conversation(text, crime_type, before, **answers)
    return None if got is None else got.response


TOM = [
    "Hi. Got knocked off my bike on purpose by a driver on Saturday. Wrist is broken. Is this a "
    "crime or just a traffic thing?",
    "no im fine now, at home with a cast on. so you didnt answer - is it a crime? we had words at "
    "the lights on trinity road, he was on his phone, i tapped his window. then about 100m later "
    "he swerved right into me deliberately. bike is written off. ive got it all on my helmet cam",
]
PRIYA = [
    "hi um not sure if this is the right place. guy pulled a knife on me at work yesterday",
    "my manager said hed report it, i dont know if he did tbh. he just told me to carry on my "
    "shift like nothing happened?? is that even allowed. shouldnt they have done more",
]
LUCY = [
    "hiya um not sure if this is the right place. a guy from the bar i work at followed me to "
    "the night bus after my shift last night and grabbed my arm, some random guy stepped in and "
    "he ran off"
]


# -- 1. Tom: his own footage, already reported ------------------------------------------------


def test_tom_asks_how_to_get_the_police_to_look_at_his_footage() -> None:
    text = (
        "yes reported it sunday online. got a crime ref but nobody has asked for the footage "
        "yet. how do i get them to look at it"
    )
    assert said(text, "assault", TOM) == "utter_t84g_send_own_footage"


def test_tom_asks_how_to_send_his_helmet_cam_footage_after_the_referral() -> None:
    text = "last q. police still havent asked for my helmet cam footage, how do i send it to them"
    got = said(text, "assault", TOM, referral_consent=True, reported_to_police=True)
    assert got == "utter_t84g_send_own_footage"


def test_hamza_still_hears_the_police_do_not_get_his_number() -> None:
    got = said("do the police get my number. yes or no", "assault", [], referral_consent=True)
    assert got == "utter_n6_number_not_to_police"


def test_a_neighbours_footage_keeps_its_answer() -> None:
    got = said("my neighbour has footage of it, how do i send it to the police", "burglary", [])
    assert got != "utter_t84g_send_own_footage"


# -- 2. Tom: CICA for a vehicle used on purpose to break his wrist --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no id be fine, its on video anyway. what about compensation? bike was 2k and im losing "
        "work",
        "compensation and information. its not minor its a broken wrist in two places. and what "
        "about his insurance, can i claim off that for the bike",
        "english. so can i go to CICA or not with a broken wrist",
    ],
)
def test_tom_hears_cica_may_pay_for_a_vehicle_used_to_injure(text: str) -> None:
    assert said(text, "assault", TOM) == "utter_t84g_cica_vehicle_used_to_injure"


def test_a_car_that_hit_someone_by_accident_does_not_get_the_cica_answer() -> None:
    got = said(
        "can i get compensation? a car knocked me off my bike and broke my leg", "assault", []
    )
    assert got != "utter_t84g_cica_vehicle_used_to_injure"


# -- 4. Priya: made to keep working after a knife was pulled ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        PRIYA[1],
        "ok but seriously was my manager allowed to just make me carry on working after someone "
        "pulled a knife on me",
        "the manager thing tho",
    ],
)
def test_priya_hears_her_employers_duty(text: str) -> None:
    assert said(text, "assault", PRIYA) == "utter_t84g_kept_at_work"


def test_a_manager_mentioned_without_being_kept_at_work_gets_no_employer_answer() -> None:
    got = said("the manager thing tho", "assault", ["my manager was really nice about it"])
    assert got != "utter_t84g_kept_at_work"


# -- 5. Priya: report it herself --------------------------------------------------------------


def test_priya_can_report_it_herself() -> None:
    text = "how do i find out if my manager actually reported it? and do i report it myself as well"
    assert said(text, "assault", PRIYA) == "utter_q4_report_it_yourself"


# -- 7. Lucy: CCTV at the bar -----------------------------------------------------------------


def test_lucy_hears_to_ask_for_the_bar_cctv_to_be_kept() -> None:
    text = (
        "no. also wait hes been in the bar before, we have cctv at work, would that help? my "
        "manager might know who he is"
    )
    assert said(text, "stalking_harassment", LUCY) == "utter_t84g_cctv_at_work"


# -- 3. Tom: a bone broken on purpose, read the first time ------------------------------------


def test_toms_broken_wrist_is_read_as_a_serious_injury_the_first_time() -> None:
    from actions.account import read_account

    account = read_account(" ".join(TOM))
    assert "serious_injury" in account.details
    assert "serious_injury" in read_account(TOM[0]).details


@pytest.mark.parametrize(
    "text",
    [
        "i think my wrist might be broken",
        "do you think my arm is broken",
        "my wrist is not broken just sprained",
        "his arm is broken",
        "my phone screen is broken",
    ],
)
def test_a_break_feared_denied_or_not_theirs_is_not_a_serious_injury(text: str) -> None:
    from actions.account import read_account

    assert "serious_injury" not in read_account(text).details


# -- 7. Lucy: followed once, on the way to one attack, is not stalking ------------------------


def test_lucy_followed_to_the_bus_and_grabbed_once_is_an_assault_not_repeated_stalking() -> None:
    from actions.account import read_account

    flatmate = "no im home, my flatmate ellie is here with me. just a bit shaken tbh"
    account = read_account(f"{LUCY[0]} {flatmate}")
    assert account.crime_type == "assault"
    assert "stalking_described" not in account.details
    assert account.repeat is not True


@pytest.mark.parametrize(
    "text",
    [
        "he followed me home again last night",
        "a man followed me home from the station",
        "he followed me to my car three times this week and grabbed me",
    ],
)
def test_following_told_as_repeated_or_alone_is_still_stalking(text: str) -> None:
    from actions.account import read_account

    assert read_account(text).crime_type == "stalking_harassment"


# -- 6. Priya: her times said back in her own words ---------------------------------------------


def test_priyas_times_are_kept_in_her_own_words() -> None:
    from actions.reading import y73d_busy_times

    text = "any time except when im on shift, usually 8 till 4"
    assert y73d_busy_times(text, text) == text


def test_bolas_busy_time_is_still_marked_not() -> None:
    from actions.reading import y73d_busy_times

    said = "after 6 is best im at work in the day"
    assert y73d_busy_times(said, "after 6, in the day") == "after 6, not in the day"


# -- 4. Priya: "ok but" with a question is no consent ------------------------------------------


def test_priyas_ok_but_question_is_not_a_yes_to_the_referral() -> None:
    from actions.answers import read_answer

    text = (
        "ok but seriously was my manager allowed to just make me carry on working after someone "
        "pulled a knife on me"
    )
    assert read_answer("referral_consent", text).value is None


@pytest.mark.parametrize("text", ["ok", "ok but only by text", "ok but text is better"])
def test_an_ok_with_a_way_to_contact_is_still_a_yes(text: str) -> None:
    from actions.answers import read_answer

    assert read_answer("referral_consent", text).value is True
