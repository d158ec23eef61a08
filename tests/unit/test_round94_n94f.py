"""Round 94, helper n94f: round 91 leftovers."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from actions.assessment_form import answers_from
from tests.unit.known_answers import answer, answer_in_conversation, sendable

MARGARET_TAKE_BACK = (
    "Oh dear, no, I have not hurt myself. I did not mean that. I was asking about him, the man. "
    "I am safe."
)


def _tracker(events: list[dict[str, Any]]) -> Tracker:
    return Tracker.from_dict(
        {
            "sender_id": "n94f",
            "slots": {"crime_type": "sexual_offence"},
            "latest_message": {"text": MARGARET_TAKE_BACK},
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


def test_take_back_without_an_alarm_is_not_told_sorry() -> None:
    # Finding 1: "I have not hurt myself. I did not mean that" when no crisis reply was sent.
    events = [
        {"event": "user", "text": "He abused me when I was a girl, 60 years ago."},
        {"event": "bot", "text": "I'm so sorry this happened.", "metadata": {}},
        {"event": "user", "text": MARGARET_TAKE_BACK},
    ]
    answers = answers_from(_tracker(events))
    assert answers["self_harm_alarm_sent"] is False
    got = answer(MARGARET_TAKE_BACK, "sexual_offence", self_harm_alarm_sent=False)
    assert got == "utter_n94f_not_hurt_noted"
    (text,) = sendable(got)
    assert "sorry" not in text.lower() and "wrong" not in text.lower()


def test_take_back_after_an_alarm_keeps_the_sorry() -> None:
    events = [
        {"event": "user", "text": "Is he still alive do you think?"},
        {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_self_harm"}},
        {"event": "user", "text": MARGARET_TAKE_BACK},
    ]
    answers = answers_from(_tracker(events))
    assert answers["self_harm_alarm_sent"] is True
    got = answer(MARGARET_TAKE_BACK, "sexual_offence", self_harm_alarm_sent=True)
    assert got == "utter_j1_self_harm_misread"


STAN = (
    "I dont know. I'd be worried they'd come back worse if I went to court. They know where I "
    "live, I cant exactly move"
)


def test_fear_of_reprisal_without_a_threat_is_not_called_intimidation() -> None:
    # Finding 2: nobody threatened Stan; his fear gets special measures, not "Threatening a
    # witness is a crime".
    got = answer(STAN, "hate_crime", requested_slot="fear_of_giving_evidence")
    assert got == "utter_n94f_fear_of_reprisal_court"
    (text,) = sendable(got)
    assert "Threatening" not in text and len(text) <= 320


def test_a_threat_is_still_witness_intimidation() -> None:
    said = "they said theyll get me if i go court. they know where i live. im scared"
    assert answer(said, "assault") == "utter_witness_intimidation"


def test_how_to_live_with_the_children_with_no_money_is_answered() -> None:
    # Finding 3: Sunita's money question got the language question again.
    got = answer(
        "safe. and money, how can i live with the children with no money. and my passport",
        "domestic_abuse",
        requested_slot="preferred_language",
    )
    assert got == "utter_m4_leaving_no_money"
    assert answer("how can i live with the children with no money", "domestic_abuse") == (
        "utter_m4_leaving_no_money"
    )


def test_mum_can_make_her_own_vps() -> None:
    # Finding 4 (second part): Carol's "can mum write one as well or just me?" got "I can't
    # answer", after she asked about the victim personal statement.
    said = [
        "the FLO mentioned a victim personal statement, what is that? do i write it or mum? im "
        "worried about saying the wrong thing",
        "and you still havent said if i can tell the judge how its affected us",
    ]
    got = answer_in_conversation(
        "english. can mum write one as well or just me? he used to fix her boiler every winter, "
        "i dont know who'll do that now",
        "homicide",
        said,
        requested_slot="preferred_language",
    )
    assert got is not None and got.response == "utter_n94f_relative_own_vps"
    (text,) = sendable("utter_n94f_relative_own_vps")
    assert len(text) <= 320
    # Not without a VPS spoken of.
    assert answer("can mum write one as well", "homicide") != "utter_n94f_relative_own_vps"


def test_my_own_number_after_the_referral_is_put_right() -> None:
    # Finding 4 (first part): "that number ending 412 is MY number not Mu's. there is no Mu.
    # please fix it so they ring me, Carol" after the referral went with someone else's number.
    from rasa_sdk.executor import CollectingDispatcher

    from actions import dialogue

    first = "can you call jo instead. her number is 07700 900412"
    mine = (
        "that number ending 412 is MY number not Jo's. there is no Jo. please fix it so they ring "
        "me, Carol"
    )
    slots = {
        "consent": True,
        "crime_type": "homicide",
        "assessment_done": True,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "case_reference": "N94F1",
    }
    events = [
        {"event": "user", "text": first},
        {"event": "bot", "text": "x", "metadata": {}},
        {"event": "user", "text": mine},
    ]
    tracker = Tracker.from_dict(
        {
            "sender_id": "n94f-carol",
            "slots": slots,
            "latest_message": {"text": mine},
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )
    dispatcher = CollectingDispatcher()
    got = dialogue.n94f_own_number_kept(dispatcher, tracker, mine)
    assert got is not None
    assert [m.get("response") for m in dispatcher.messages] == ["utter_n94f_number_is_your_own"]
    assert "supporter_number" not in (answers_from(tracker).get("contact_notes") or [])
    (text,) = sendable("utter_n94f_number_is_your_own")
    assert len(text) <= 320
    # Nothing to put right where no one else's number was taken.
    plain = Tracker.from_dict({**tracker.current_state(), "events": events[1:]})
    assert dialogue.n94f_own_number_kept(CollectingDispatcher(), plain, mine) is None


GLORIA = (
    "Marcia already rang the bank dear I told you. Yes you can pass my name on, but please can "
    "they ring me in the afternoon, in the morning Precious is here and I don't want her to hear"
)


def test_ring_me_in_the_afternoon_is_kept_as_the_time() -> None:
    # Finding 5: Gloria's "afternoon" was not kept as her contact time.
    from actions.reading import Turn, read_turn

    answers = {"consent": True, "crime_type": "theft", "age": 84.0, "results_shown": True}
    got = read_turn(
        Turn(text=GLORIA, intent="inform", requested="referral_consent", answers=answers)
    )
    assert got.slots.get("contact_times") == "afternoon"
    assert got.slots.get("contact_method") == "call"
    no = "yes. please dont ring me in the morning, text is fine"
    got = read_turn(Turn(text=no, intent="inform", requested="referral_consent", answers=answers))
    assert got.slots.get("contact_times") != "morning"


KNIFE = (
    "Threatening you with a knife is a serious crime. If he comes in with a knife or you're in "
    "danger, call 999. Otherwise tell the police on 101 and give the dates, what he said, and "
    "any CCTV. Keep a record: write down each time he comes, the date and the time."
)
MOHAMMED = (
    "he? they are 2 boys, on the street, i dont know them they dont come again. i need practical "
    "help and interpreter arabic"
)


def test_he_asked_back_gets_a_sorry_for_the_word() -> None:
    # Finding 6: Mohammed, robbed by two boys, was told "If he comes in with a knife".
    said = [
        "hello. i am robbed yesterday. 2 boys with knife take my moped and phone. this is my "
        "friend phone",
        "yes scared. they have knife, maybe they find me. and my english not good for court",
    ]
    got = answer_in_conversation(
        MOHAMMED,
        "robbery",
        said,
        requested_slot="support_needs",
        last_turn_bot_texts=(KNIFE,),
        last_turn_responses=("utter_knife_threat",),
    )
    assert got is not None and got.response == "utter_w86s_not_your_word"
    assert got.args.get("phrase") == "he"
    # His own "he" is not the bot's word.
    got = answer_in_conversation(
        MOHAMMED, "robbery", ["he took my phone"], last_turn_bot_texts=(KNIFE,)
    )
    assert got is None or got.response != "utter_w86s_not_your_word"


def test_the_other_women_can_get_help_too() -> None:
    # Finding 8: Agnieszka's "The two Romanian woman, they can also get help? They have no
    # phone" got "I can't answer".
    text = "Thank you. The two Romanian woman, they can also get help? They have no phone"
    assert answer(text, "human_trafficking") == "utter_n94f_others_exploited_get_help"
    (said,) = sendable("utter_n94f_others_exploited_get_help")
    assert "08000 121 700" in said and len(said) <= 320
    assert answer(text, "burglary") != "utter_n94f_others_exploited_get_help"
