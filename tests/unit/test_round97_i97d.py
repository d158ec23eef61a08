"""Round 97, helper i97d: Mr Okoro (a builder's threats), Jasmine (16, hit back in a fight that
was filmed), Hugh (a driver charged only with careless driving) and Fatima (her bag snatched with
her passport and her husband's heart medicine) (r97d-*)."""

from __future__ import annotations

import pytest

from core.text import SMS_LIMIT
from tests.unit.known_answers import (
    DOMAIN,
    answer,
    answer_in_conversation,
    sendable,
    sources_above,
)

# -- Mr Okoro: "will the builder be told?" (three times "I can't answer") ----------------------


@pytest.mark.parametrize(
    ("text", "at"),
    [
        (
            "Yes, please pass on my details. How long would it take for someone to ring me? And "
            "would the builder be told that I have contacted you?",
            {"requested_slot": "referral_consent"},
        ),
        (
            "Yes, it is safe. But you have not answered me: will the builder be told?",
            {"requested_slot": "contact_safe"},
        ),
        (
            "Thank you. For the third time, will the builder be informed that I have contacted "
            "you? I would rather he were not.",
            {"results_shown": True},
        ),
    ],
)
def test_okoro_builder_is_not_told(text: str, at: dict[str, object]) -> None:
    said = answer_in_conversation(text, "fraud", [], **at)
    assert said is not None and said.response == "utter_m79d_who_gets_details"


def test_okoro_how_long_to_be_rung_is_answered_too() -> None:
    said = answer_in_conversation(
        "Yes, please pass on my details. How long would it take for someone to ring me? And "
        "would the builder be told that I have contacted you?",
        "fraud",
        [],
        requested_slot="referral_consent",
    )
    assert said is not None
    assert [then.response for then in said.then] == ["utter_when_contacted"]


# -- Jasmine, 16: "am i in trouble as well" for hitting back -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. and the school suspended ME as well like wtf. am i in trouble as well",
        "16. and no i dont want to ring someone i just want to know if im in trouble for hitting "
        "her back??? nobody believes me",
        "ok. u still never said if im in trouble for hitting her back",
    ],
)
def test_jasmine_in_trouble_for_hitting_back(text: str) -> None:
    assert answer(text, "assault") == "utter_j5_fears_being_charged"


def test_jasmine_is_not_told_she_hit_first() -> None:
    # "theyd all lie and say i started it" is what she fears they will claim; she was told
    # "Even if you hit first".
    got = answer(
        "yeah bc theyd all lie and say i started it. and theres the video. so am i gonna get "
        "arrested or what",
        "assault",
    )
    assert got == "utter_j5_fears_being_charged"


def test_someone_who_started_it_still_gets_the_started_answer() -> None:
    assert (
        answer("i was drunk and i hit him first. can i still get help or no?", "assault")
        == "utter_l1_started_fight_still_victim"
    )


# -- Hugh: "can the charge be changed?" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes fine. But my actual question: can the charge be changed? He used his car as a "
        "weapon, it wasn't careless.",
        "No. Can you answer my question please? Can the charge be changed?",
    ],
)
def test_hugh_can_the_charge_be_changed(text: str) -> None:
    assert answer(text, "assault") == "utter_s4_charge_chosen_review"


# -- Fatima: the heart medicine needed tonight, and a British passport ---------------------------

FATIMA_SAID = [
    "no only one time. today. man run and take my bag from shoulder. passport inside, purse, "
    "medicine",
]


@pytest.mark.parametrize(
    "text",
    [
        "in bag is my husband heart medicine. he need today. what i do",
        "but medicine please. he take every night for heart. chemist close at 6",
        "shes 50, im just helping. seriously nobody can tell us about the medicine? the main "
        "thing right now is my dads medication, its bisoprolol, on repeat. what do we do tonight?",
        "chemist can give without paper?",
    ],
)
def test_fatima_medicine_tonight(text: str) -> None:
    said = answer_in_conversation(text, "robbery", FATIMA_SAID)
    assert said is not None and said.response == "utter_i97d_medicine_tonight"


def test_medicine_answer_is_one_sms_with_sources() -> None:
    (text,) = sendable("utter_i97d_medicine_tonight")
    assert len(text) <= SMS_LIMIT
    assert "emergency supply" in text and "NHS 111" in text
    assert "nhs.uk" in sources_above("utter_i97d_medicine_tonight", DOMAIN / "responses_topics.yml")


def test_brian_stolen_painkillers_keep_the_gp_answer() -> None:
    assert (
        answer("Will the GP replace them if they were stolen? my co-codamol tablets", "theft")
        == "utter_n80e_stolen_medicine"
    )


def test_fatima_passport_first_ask_is_not_a_community_service() -> None:
    said = answer_in_conversation(
        "no. young man, black hood. passport how i get new one? we go Bangladesh in december",
        "robbery",
        FATIMA_SAID,
    )
    assert said is not None and said.response == "utter_i97d_stolen_passport_either"


@pytest.mark.parametrize(
    "text",
    [
        "no. i ask about PASSPORT. british passport. stolen. what i do",
        "Bengali please. and i am British. i live here 25 years. why embassy?",
    ],
)
def test_fatima_british_passport_not_the_embassy(text: str) -> None:
    said = answer_in_conversation(text, "robbery", FATIMA_SAID)
    assert said is not None and said.response == "utter_i97d_british_passport_stolen"
    (sent,) = sendable("utter_i97d_british_passport_stolen")
    assert "embassy in London can issue" not in sent and len(sent) <= SMS_LIMIT


def test_a_brp_told_keeps_the_embassy_answer() -> None:
    said = answer_in_conversation(
        "What should I do about the passport?",
        "theft",
        ["my bag was stolen in a cafe with my passport and my BRP"],
    )
    assert said is not None and said.response == "utter_z5_stolen_passport"


# -- Hugh: a broken leg, not a wrist, and not a funeral -------------------------------------------

HUGH_SAID = [
    "Hi. I was knocked off my bike three weeks ago on Kensington High St - not an accident, the "
    "driver swerved into me on purpose after we had words at the lights. Broken tibia, I'm in a "
    "cast. The police have charged him with CARELESS DRIVING. Careless! I'm livid.",
    "Fine, carry on. The driver is a complete stranger, I'd never seen him before the lights.",
]


def test_hugh_is_not_told_of_a_broken_wrist() -> None:
    said = answer_in_conversation(
        "No, once was plenty. I can't work either, I'm a self-employed architect and I can't get "
        "to site visits. Is there any compensation for that?",
        "assault",
        HUGH_SAID,
    )
    assert said is not None and said.response == "utter_i97d_cica_vehicle_used_to_injure"
    (sent,) = sendable("utter_i97d_cica_vehicle_used_to_injure")
    assert "wrist" not in sent and "CICA" in sent and len(sent) <= SMS_LIMIT


def test_hugh_not_hit_and_run_without_funeral_costs() -> None:
    said = answer_in_conversation(
        "It wasn't a hit and run, he stopped, there were witnesses. Anyway yes, pass my details "
        "on.",
        "assault",
        HUGH_SAID,
        requested_slot="referral_consent",
    )
    assert said is not None and said.response == "utter_i97d_not_hit_and_run_injured"
    (sent,) = sendable("utter_i97d_not_hit_and_run_injured")
    assert "funeral" not in sent.lower() and len(sent) <= SMS_LIMIT


def test_hugh_not_dead_gets_an_apology_not_the_homicide_service() -> None:
    said = answer_in_conversation(
        "Any time by email. And funeral costs?? I'm not dead, I've got a broken leg.",
        "assault",
        HUGH_SAID,
        requested_slot="contact_times",
    )
    assert said is not None and said.response == "utter_i97d_not_dead_sorry"
    (sent,) = sendable("utter_i97d_not_dead_sorry")
    assert "Homicide" not in sent and len(sent) <= SMS_LIMIT


def test_a_bereaved_family_keeps_the_funeral_answers() -> None:
    said = answer_in_conversation(
        "It was not a hit and run. He stopped, he was arrested at the scene.", "homicide", []
    )
    assert said is not None and said.response == "utter_q6_not_hit_and_run"


# -- Jasmine: after the 999 lines sent by mistake, no "not nudes" -------------------------------

JASMINE_SAID = [
    "no im at home. basically these girls jumped me outside school on thursday like 4 of them "
    "and i hit one back bc she was pulling my hair and now theres a video of it going round on "
    "tiktok and snap and it only shows me hitting her not them starting it",
]


def test_jasmine_false_alarm_is_heard_and_no_nudes_are_mentioned() -> None:
    from actions.questions import r6_says_false_alarm

    text = (
        "what?? who is he. nobodys fighting here im just sat in my room. im talking about the "
        "girl at school"
    )
    assert r6_says_false_alarm(text)
    said = answer_in_conversation(
        text, "assault", JASMINE_SAID, results_shown=True, age=16, under_18=True
    )
    assert said is None or said.response != "utter_l3_not_those_videos"


def test_who_is_him_after_an_image_answer_still_gets_the_correction() -> None:
    said = answer_in_conversation(
        "who is HIM?? its girls", "assault", JASMINE_SAID, age=14, under_18=True
    )
    assert said is not None and said.response == "utter_l3_not_those_videos"


# -- Answers read: Mr Okoro's "twice now", Fatima's age and her husband's nightly medicine -------


def test_okoro_twice_now_is_a_yes() -> None:
    from actions.answers import read_answer

    got = read_answer(
        "repeat_victimisation",
        "The threats, yes, twice now. Once on the telephone and once on my doorstep last "
        "Tuesday. Will the police actually do anything about the threat, or will they simply say "
        "it is a civil matter?",
    )
    assert got.value is True


def test_only_once_is_still_a_no() -> None:
    from actions.answers import read_answer

    assert read_answer("repeat_victimisation", "No, only once.").value is False


def test_fatima_age_said_by_her_son() -> None:
    from actions.answers import read_answer

    got = read_answer(
        "age",
        "shes 50, im just helping. seriously nobody can tell us about the medicine? ok i'll ring "
        "111 myself",
    )
    assert got.value == 50.0


def test_fatima_nightly_medicine_is_not_a_crime_again() -> None:
    from actions.account import read_account

    said = read_account(
        "no danger. but medicine please. he take every night for heart. chemist close at 6"
    )
    assert said.repeat is not True
    assert read_account("he takes my money every day").repeat is True
