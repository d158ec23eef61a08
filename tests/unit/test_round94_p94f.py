"""Round 94, helper p94f: Bianca (r94c, her boyfriend tracks her phone, an AirTag in her car)
and Gwen (r94e, 63, her handbag snatched at a bus stop, pulled over, a broken wrist)."""

from __future__ import annotations

from typing import Any

from actions import reading
from actions.account import read_account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer, answer_in_conversation, sendable

BIANCA_DELETE = "ok obrigada. how i delete this chat from phone?"
BIANCA_REFERRED: dict[str, Any] = {
    "consent": True,
    "in_danger": False,
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 33.0,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety"],
    "language": "portuguese",
    "borough": "islington",
    "gender": "woman",
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": False,
    "contact_method": "email",
    "contact_details": "bianca.souza@example.com",
    "contact_times": "weekdays 9 to 5 when i am at work",
    "case_reference": "VC-WJBVU9",
}
REFERRAL_SENT = (
    "Thank you. I've passed your request to the support team, and they should contact you by "
    "email at the address you gave (bi...@example.com) at the times you gave, with a Portuguese "
    "interpreter, in plain messages. Your reference is VC-WJBVU9."
)


def _slots(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


# 1. "how i delete this chat from phone?" is not "take the interpreter off".


def test_deleting_the_chat_keeps_the_interpreter() -> None:
    answers = {**BIANCA_REFERRED, "last_turn_bot_texts": (REFERRAL_SENT,)}
    assert reading.f88a_interpreter_off(BIANCA_DELETE, answers) == {}
    # "take that off" about the interpreter still takes it off.
    assert reading.f88a_interpreter_off("take that off", answers) == {"language": "english"}


def test_deleting_the_chat_is_answered_after_the_referral(dispatcher, domain, records_db) -> None:
    tracker = make_tracker(slots=BIANCA_REFERRED, text=BIANCA_DELETE, active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert "language" not in _slots(events)
    sent = responses(dispatcher)
    assert "utter_f88a_interpreter_taken_off_request" not in sent, sent
    assert "utter_c4_clear_phone" in sent, sent
    assert answer(BIANCA_DELETE, "stalking_harassment", referral_consent=True) == (
        "utter_c4_clear_phone"
    )


# 2. "maybe 3 and 5?" at "What happened? ... or choose one" was asked the same again.

BIANCA_FIRST = (
    "hello, sorry my english not perfect. my boyfriend he always know where i am, he track my "
    "phone location, and yesterday i find a airtag in my car under the seat. he never hit me. "
    "is this even a crime?"
)
BIANCA_TOLD_YOU = (
    "i told you, the tracking. is my boyfriend so maybe 3 and 5? we live together 2 years"
)


def test_tracked_phone_and_airtag_is_stalking() -> None:
    assert read_account(BIANCA_FIRST).crime_type == "stalking_harassment"


def test_two_options_and_the_tracking_are_read() -> None:
    got = read_answer("crime_type", BIANCA_TOLD_YOU)
    assert got.value == "stalking_harassment"
    assert got.extra == {"relationship_to_offender": "partner_or_ex"}
    assert read_answer("crime_type", "3 and 5").value == "stalking_harassment"
    assert read_answer("crime_type", "2 and 3").value == "domestic_abuse"
    # Not a count of times, nor a parcel's tracking number.
    assert read_answer("crime_type", "it happened 2 or 3 times").value is None
    assert read_answer("crime_type", "the tracking number was fake").value is None


async def test_the_crime_question_is_not_asked_again(dispatcher, domain) -> None:
    tracker = make_tracker(
        slots={"consent": True, "in_danger": False, "reported_to_police": False},
        text=BIANCA_TOLD_YOU,
        requested_slot="crime_type",
        sent=["utter_ask_crime_type"],
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    slots = _slots(events)
    assert slots["crime_type"] == "stalking_harassment"
    assert slots["relationship_to_offender"] == "partner_or_ex"
    assert "utter_ask_crime_type" not in responses(dispatcher)


# 3. "i am scared what he do if he find out i talk to police" was not heard, three times.

BIANCA_SCARED = [
    (
        "in_danger",
        "no he is at work now. i not report to police yet, i am scare what he do if he find out",
    ),
    (
        "needs",
        "yes scared. and i am scared what he do if he find out i talk to police, he will be very "
        "angry",
    ),
    (
        "language",
        "portuguese is better maybe, but english ok also. you not answer me, what he will do if "
        "he find out?",
    ),
]
FEAR = "utter_p94f_fear_he_finds_out_reporting"


def test_fear_of_what_he_does_is_answered() -> None:
    for _, text in BIANCA_SCARED:
        got = answer_in_conversation(text, "stalking_harassment", [BIANCA_FIRST])
        assert got is not None and got.response == FEAR, text
    (said,) = sendable(FEAR)
    assert "don't have to report" in said and "0808 2000 247" in said and "999" in said
    assert len(said) <= 320
    # Not someone else's fear: a stranger's attack.
    stranger = answer_in_conversation(
        "im scared what he will do if he finds out i reported him",
        "assault",
        ["a man on the bus hit me"],
    )
    assert stranger is None or stranger.response != FEAR


async def test_fear_of_what_he_does_is_answered_in_the_form(dispatcher, domain) -> None:
    slot, text = BIANCA_SCARED[0]
    tracker = make_tracker(slots={"consent": True}, text=text, requested_slot=slot)
    tracker.events.insert(0, {"event": "user", "text": BIANCA_FIRST, "parse_data": {}})
    await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    assert FEAR in responses(dispatcher), dispatcher.messages


# 4. A bag snatch that pulled Gwen over and broke her wrist is a robbery, and her question
# about compensation for the wrist gets the CICA answer for an injury.

GWEN_FIRST = (
    "hello i need some help please my handbag was snatched at the bus stop on tuesday and i fell "
    "over"
)
GWEN_WRIST = (
    "yes thats ok. I broke my wrist when i fell its in a cast now. and my keys were in the bag, "
    "will i need to change the locks? i live on my own"
)
GWEN_COMPENSATION = [
    "a stranger, never seen him before. can i get compensation for my wrist? i cant do anything "
    "with it, cant even do my buttons",
    "no never before. but i dont want money for the bag, its my wrist, he pulled me over and "
    "broke it. is that not violent?",
    "but what about the compensation for my wrist, you havent said. the hospital said 6 weeks in "
    "the cast",
]
GWEN_APPLY = (
    "but it IS an injury, so can i apply or not? yes you can pass my details on, please phone not "
    "text my eyes arent good"
)


def test_a_bag_snatch_that_pulled_her_over_is_a_robbery() -> None:
    assert read_account(GWEN_FIRST).crime_type == "robbery"
    pulled = "a young man grabbed my bag and pulled and i went over on the pavement"
    assert read_account(pulled).crime_type == "robbery"
    # A bag taken from a table while nobody was near is still a theft.
    assert read_account("someone stole my bag from the table in the cafe").crime_type == "theft"


def test_compensation_for_her_wrist_is_the_injury_answer() -> None:
    said = [GWEN_FIRST, GWEN_WRIST]
    for text in GWEN_COMPENSATION:
        got = answer_in_conversation(text, "robbery", said, reported_to_police=True)
        assert got is not None and got.args.get("utter_action") == "utter_ask_right/compensation"
        assert "CICA" in (got.text or "") and "may be able to claim" in (got.text or "")
        said.append(text)
    got = answer_in_conversation(GWEN_APPLY, "robbery", said, reported_to_police=True)
    assert got is not None and got.args.get("utter_action") == "utter_ask_right/compensation"


# 5. "im frightened to go out now" after the snatch got "Keep the messages that threaten you".

GWEN_SCARED = "no im at home. but im frightened to go out now to be honest, i havent been out since"


def test_fear_of_going_out_without_threats_gets_no_messages_line() -> None:
    got = answer_in_conversation(GWEN_SCARED, "robbery", [GWEN_FIRST, GWEN_WRIST])
    assert got is not None and got.response == "utter_p94f_scared_to_go_out"
    (said,) = sendable("utter_p94f_scared_to_go_out")
    assert "message" not in said and len(said) <= 320
    # A threat told still gets the threat answer.
    threat = "im scared to go out, they said theyll get me next time"
    assert answer_in_conversation(threat, "assault", []).response == "utter_p1_threat_of_next_time"
