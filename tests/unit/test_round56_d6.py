"""Round 56, helper D6: basic questions refused ("I can't answer that one here"): Gloria (bag
snatched yesterday), Faisal (shop robbed, nephew hit), Priya (groped at the work party) and Kai
(17, harassed at college)."""

from __future__ import annotations

import pytest

from actions.questions import known_answer
from tests.unit.known_answers import (
    ORGANISATIONS,
    RESPONSES,
    answer_in_conversation,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

GLORIA_SAID = [
    "Good afternoon. I hope I have come to the right place. Yesterday on Brixton high street a "
    "young man snatched my handbag from my shoulder and I fell down on the pavement and hurt my "
    "wrist. My keys and my purse and my Freedom Pass were all inside it.",
]
FAISAL_SAID = [
    "Hello. I own a shop in Walthamstow. Last night two youths came in with a hammer and robbed "
    "the till. They hit my nephew on the arm, he works for me. We have it all on CCTV.",
]
PRIYA_SAID = [
    "Hi, I'm not sure if this is the right place. At our work Christmas party last week a "
    "colleague followed me into the stairwell and grabbed me and tried to kiss me. I'd had a lot "
    "to drink though so I don't know if it even counts",
]
KAI_SAID = [
    "hi. idk if this is the right thing but theres this group at college who keep calling me "
    "slurs and he/she-ing me on purpose and last week one of them shoved me into a locker. fun "
    "times",
]
NEW = (
    "utter_d6_report_a_day_later",
    "utter_d6_caller_not_police",
    "utter_d6_will_they_be_caught",
    "utter_d6_will_they_be_caught_cctv",
    "utter_d6_drunk_doesnt_change_it",
    "utter_d6_it_counts_not_your_fault",
    "utter_d6_hr_will_he_know",
    "utter_d6_ask_work_to_move_him",
)


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources_and_directory_numbers(name):
    assert_one_sms_with_source(name, "# -- round 56, helper D6 --")
    assert numbers_not_in_directory(name) == []
    assert (
        "promise" not in RESPONSES[name][0]["text"]
        or "Nobody can promise" in (RESPONSES[name][0]["text"])
    )


@pytest.mark.parametrize(
    "text",
    [
        "No, never before. Please, about the police, should I ring them today? It was yesterday "
        "afternoon.",
        "should I ring the police now even though it was yesterday?",
        "should i call the police still, it happened last night",
        "should i phone the police today or is it too late",
    ],
)
def test_gloria_is_told_she_can_report_a_day_later(text):
    assert said_answer(text, "robbery", GLORIA_SAID, consent=True, age=66.0) == (
        "utter_d6_report_a_day_later"
    )


def test_gloria_gets_the_reporting_and_the_wrist_answers_together():
    said = answer_in_conversation(
        "I am 66. But you did not say, should I ring the police now even though it was "
        "yesterday? And my wrist is very swollen.",
        "robbery",
        GLORIA_SAID,
        consent=True,
    )
    assert said is not None and said.response == "utter_d6_report_a_day_later"
    assert [then.response for then in said.then] == ["utter_possible_broken_bone"]


def test_no_report_late_answer_once_reported():
    assert said_answer(
        "should I ring the police now and tell them about the letter?",
        "robbery",
        GLORIA_SAID,
        consent=True,
        reported=True,
    ) != ("utter_d6_report_a_day_later")


@pytest.mark.parametrize(
    "text",
    [
        "Thank you dear, you have been kind. Will the man who rings be from the police?",
        "will the person who calls me be the police?",
        "is the caller from the police?",
    ],
)
def test_gloria_is_told_the_caller_is_not_the_police(text):
    said = known_answer(
        text,
        "robbery",
        ORGANISATIONS,
        True,
        {"crime_type": "robbery", "said": GLORIA_SAID, "referral_consent": True},
    )
    assert said is not None and said.response == "utter_d6_caller_not_police"


@pytest.mark.parametrize(
    "text",
    [
        "Strangers. Two boys maybe 16 17, hoods up. Will the police catch them? The CCTV is very "
        "clear",
        "After 8pm when the shop closes. Will they catch the boys? Honestly tell me",
        "will the police ever catch the thieves?",
    ],
)
def test_faisal_is_told_nobody_can_promise_and_cctv_helps(text):
    assert said_answer(text, "robbery", FAISAL_SAID, consent=True, reported=True) == (
        "utter_d6_will_they_be_caught_cctv"
    )


def test_without_cctv_told_the_caught_answer_does_not_take_it_as_told():
    assert said_answer(
        "Not yet. My son said I must ring them. I did not know if it was worth it, they will "
        "never catch him will they?",
        "robbery",
        GLORIA_SAID,
        consent=True,
    ) == ("utter_d6_will_they_be_caught")


@pytest.mark.parametrize(
    "text",
    [
        "will the police tell me if they catch someone?",
        "what do i do if i see them again",
    ],
)
def test_not_the_caught_answer_for_other_questions(text):
    assert said_answer(text, "robbery", FAISAL_SAID, consent=True, reported=True) not in (
        "utter_d6_will_they_be_caught",
        "utter_d6_will_they_be_caught_cctv",
    )


def test_faisal_shop_damage_gets_insurance_not_cica():
    said = answer_in_conversation(
        "Sorry one more. Can the shop get money for the broken till and the glass? Compensation?",
        "robbery",
        FAISAL_SAID,
        consent=True,
        reported=True,
    )
    assert said is not None and said.response == "utter_damage_who_pays"
    assert said.then == ()
    assert "doesn't cover property" in RESPONSES["utter_damage_who_pays"][-1]["text"]


def test_injury_compensation_still_gets_cica():
    said = answer_in_conversation(
        "can my nephew get compensation for his arm?", "robbery", FAISAL_SAID, reported=True
    )
    assert said is None or said.response != "utter_damage_who_pays"


@pytest.mark.parametrize(
    "text",
    [
        "ok. but does it count? I keep thinking maybe I gave him the wrong idea",
        "does it even count? maybe i led him on",
    ],
)
def test_priya_is_told_it_counts(text):
    for crime_type in (None, "assault"):
        assert said_answer(text, crime_type, PRIYA_SAID, consent=True) == (
            "utter_d6_it_counts_not_your_fault"
        )


@pytest.mark.parametrize(
    "text",
    ["woman. but I was drunk, does that change it?", "i was tipsy tho, does it still count?"],
)
def test_priya_is_told_drink_does_not_change_it(text):
    assert said_answer(text, "sexual_offence", PRIYA_SAID, consent=True) == (
        "utter_d6_drunk_doesnt_change_it"
    )


def test_does_it_count_without_sexual_touching_is_not_the_groping_answer():
    # Kwame, spat at and punched: "does spitting count as assault?"
    said = said_answer(
        "does it count as assault? he spat at me",
        "assault",
        ["a man spat at me on the bus and punched me"],
    )
    assert said != "utter_d6_it_counts_not_your_fault"


def test_drunk_rape_question_keeps_its_answer():
    said = said_answer(
        "i was really drunk, is it still rape if i didnt say no?",
        "sexual_offence",
        ["i went back to his flat after a night out and he had sex with me"],
    )
    assert said != "utter_d6_drunk_doesnt_change_it"


@pytest.mark.parametrize(
    "text",
    [
        "no. I havent even told HR. if I tell HR will he know it was me? its a small team",
        "if i tell my manager will he find out?",
    ],
)
def test_priya_hr_question_is_answered(text):
    assert said_answer(text, "assault", PRIYA_SAID, consent=True) == "utter_d6_hr_will_he_know"


@pytest.mark.parametrize(
    "text",
    [
        "someone to talk to. and what do I do about monday, can work move him?",
        "not yet. I need to think. but what about monday, can I ask work to move him or work from "
        "home?",
        "could i work from home?",
    ],
)
def test_priya_asks_work_to_move_him(text):
    assert said_answer(text, "sexual_offence", PRIYA_SAID, consent=True) == (
        "utter_d6_ask_work_to_move_him"
    )


def test_work_from_home_without_sexual_harassment_is_not_this_answer():
    said = said_answer(
        "can i work from home?",
        "assault",
        ["a customer punched me at work in the shop"],
        consent=True,
    )
    assert said != "utter_d6_ask_work_to_move_him"


def test_kai_court_question_gets_special_measures():
    said = answer_in_conversation(
        "yeah probably. theyd be in the room right? and u ignored what i said",
        "stalking_harassment",
        KAI_SAID,
        consent=True,
        age=17.0,
        requested_slot="fear_of_giving_evidence",
    )
    assert said is not None and said.response == "utter_court"


def test_in_the_room_without_court_is_not_special_measures():
    said = answer_in_conversation(
        "hed be in the room when the police come right?",
        "domestic_abuse",
        ["my husband hits me"],
        consent=True,
    )
    assert said is None or said.response != "utter_court"


# -- what the accounts tell, the services, and the injury answer after the result --


def test_priya_grabbed_and_kissed_is_read_as_a_sexual_offence():
    from actions.account import read_account

    assert read_account(PRIYA_SAID[0]).crime_type == "sexual_offence"
    assert read_account("he pinned me against the wall and tried to kiss me").crime_type == (
        "sexual_offence"
    )


@pytest.mark.parametrize(
    "text", ["he grabbed me by the arm and hit me", "she grabbed me and pushed me over"]
)
def test_a_grab_without_a_kiss_stays_an_assault(text):
    from actions.account import read_account

    assert read_account(text).crime_type == "assault"


def test_kai_misgendered_with_slurs_is_transgender_hate_not_race():
    from actions.account import read_account

    told = read_account(KAI_SAID[0])
    assert told.hate and told.hate_strands == ("transgender_identity",)
    assert "lgbt" in told.communities


def test_slurs_alone_keep_their_old_reading():
    from actions.account import read_account

    assert read_account("they keep calling me slurs at the bus stop").hate_strands == ("race",)


def test_kai_gets_galop_not_the_stalking_helpline():
    from referrals.matching import match_organisations

    names = [
        org.name
        for org in match_organisations(
            {
                "crime_type": "stalking_harassment",
                "repeat_victimisation": True,
                "hate_motivated": True,
                "hate_strand": "transgender_identity",
                "age": 17,
                "borough": "greenwich",
            }
        )
    ]
    assert any("Galop" in name for name in names)
    assert not any("Stalking" in name for name in names)


def test_more_after_the_crime_changed_offers_the_sexual_violence_services():
    from actions.results import more_services
    from referrals.results import build_result

    before = build_result(
        {"crime_type": "assault", "age": 30, "borough": "southwark"}, ORGANISATIONS
    )
    after = build_result(
        {"crime_type": "sexual_offence", "age": 30, "gender": "woman", "borough": "southwark"},
        ORGANISATIONS,
    )
    text = " ".join(more_services(after, ORGANISATIONS, before.referral_ids))
    assert "Havens" in text or "Rape Crisis" in text
    # Without what was shown, as before: the top of the new result counts as shown.
    assert "Havens" not in " ".join(more_services(after, ORGANISATIONS))


def test_imran_arm_after_the_result_gets_the_arm_answer_not_head_lines():
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker, responses

    slots = {
        "assessment_done": True,
        "results_shown": True,
        "consent": True,
        "crime_type": "robbery",
        "reported": True,
    }
    tracker = make_tracker(
        slots=slots,
        text="Thank you. One more thing, Imran has a cut on his arm, it is swollen. Should he see "
        "a doctor?",
        active_loop=None,
    )
    dispatcher = CollectingDispatcher()
    ActionFinishAssessment().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_possible_broken_bone"]
