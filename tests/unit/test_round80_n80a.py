"""Round 80, helper n80a: false alarms and answers misread at the questions.

- Brian, 62 (r80e): tablets gone missing or miscounted got the overdose reply.
- Tom, 70 (r80a): "I've seen the GP, it's only bruising" got "Don't wait for the GP ... A&E".
- Linda, 58 (r80b): "my back is bruised ..." was read as "My" back at the phone.
- Darren, 44 (r80c): "ok thats more like it. why" was a yes; "i didnt say yes to that yet" a no.

Each test quotes the message as it was written; ordinary messages must keep their reading.
"""

from __future__ import annotations

import pytest

from actions import reading
from actions.answers import read_referral_consent
from actions.reading import Turn, read_turn
from bot.risk_words import SELF_HARM, detect_risk, trusted_crisis
from tests.unit.known_answers import RESPONSES, said_answer, sendable

BRIAN = [
    "Hello. I am not sure who to talk to about this. Some of my tablets have gone missing and "
    "some money",
    "I think the week before a few tablets went too but I wasnt sure, I thought I had miscounted",
]


@pytest.mark.parametrize(
    "text",
    [
        *BRIAN,
        "he stole my pills",
        "Someone has taken my painkillers while I was out",
        "my morphine patches were stolen",
    ],
)
def test_tablets_stolen_or_miscounted_are_no_overdose(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        "my tablets are gone, i took them all",
        "someone stole my tablets and now i want to take them all",
        "all my tablets have gone",
        "my tablets have gone i swallowed the lot",
        "i keep thinking about the pills",
        "I have pills saved",
    ],
)
def test_tablets_taken_oneself_still_trusted(text):
    assert trusted_crisis(text, SELF_HARM) or detect_risk(text) == SELF_HARM


@pytest.mark.parametrize(
    "text", ["I took all my tablets", "i want to take all my tablets", "I have pills saved"]
)
def test_overdose_still_detected(text):
    assert detect_risk(text) == SELF_HARM


TOM = "No I'm at home. Hip is sore but I've seen the GP, it's only bruising. Don't want a fuss."
FRANK = (
    "Her hip has gone very purple and she cried out getting into her chair just now. Should I "
    "take her to A&E tonight or wait for the GP?"
)


def test_hip_check_held_back_once_seen_by_gp():
    assert said_answer(TOM, "theft", [], consent=True) != "utter_s7_hip_hurt_check_now"


@pytest.mark.parametrize(
    "text", [FRANK, "Hip is sore and bruised, I haven't seen the GP, should I wait?"]
)
def test_hip_check_still_sent_when_not_seen(text):
    assert said_answer(text, "assault", [], consent=True) == "utter_s7_hip_hurt_check_now"


LINDA = [
    "hello. i dont know if i should be doing this. its my son. hes 30 and hes not well, mental "
    "health, and hes smoking a lot of weed. last night he punched a hole in the kitchen door and "
    "he pushed me into the worktop. i love him i dont want him locked up i just want someone to "
    "help him",
    "my back is bruised from the worktop but thats all. im on tablets for my blood pressure. "
    "honestly sometimes i think i cant go on like this",
]


@pytest.mark.parametrize(
    "text", [LINDA[1], "your arm back", "come back later", "went back home", "its my back"]
)
def test_body_part_or_going_back_is_no_name(text):
    assert reading.n4_writer_back(text, {"said": [LINDA[0], text]}) is None


def test_writer_back_by_name_still_read():
    said = ["Hello this is Martin typing for my dad Peter", "Martin again sorry. Yes months"]
    assert reading.n4_writer_back(said[1], {"said": said}) == "Martin"


DARREN = dict(
    consent=True,
    age=44.0,
    crime_type="stalking_harassment",
    repeat_victimisation=True,
    borough="havering",
    results_shown=True,
    assessment_done=True,
)


@pytest.mark.parametrize("intent", ["affirm", "show_reasons", "inform"])
def test_ok_then_why_gives_reasons_not_a_yes(intent):
    text = "ok thats more like it. why"
    assert read_referral_consent(text).value is None
    got = read_turn(Turn(text=text, intent=intent, requested="referral_consent", answers=DARREN))
    assert "referral_consent" not in got.slots
    assert any((say.text or "").startswith("Why:") for say in got.say)


@pytest.mark.parametrize("intent", ["affirm", "deny", "inform"])
def test_not_said_yes_yet_is_neither_yes_nor_no(intent):
    text = "wait i didnt say yes to that yet. i asked why, why do i get the extra support thing"
    answers = {**DARREN, "referral_consent": True}
    got = read_turn(Turn(text=text, intent=intent, requested="contact_safe", answers=answers))
    assert got.slots.get("referral_consent", "unset") is None
    assert got.say[0].response == "utter_n80a_not_yes_yet"
    assert any((say.text or "").startswith("Why:") for say in got.say)


@pytest.mark.parametrize(
    "text", ["ok", "ok yes", "ok sure", "ok yes. why do you need my number", "ok go on then"]
)
def test_plain_ok_is_still_a_yes(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize(
    "text",
    ["i never said yes", "I didnt say yes. dont pass my details on", "i didnt say yes yet. no"],
)
def test_taking_back_a_yes_is_still_a_no(text):
    answers = {**DARREN, "referral_consent": True}
    got = read_turn(Turn(text=text, intent="deny", requested="contact_safe", answers=answers))
    assert got.slots.get("referral_consent") is False


def test_new_response_is_one_short_message():
    assert "utter_n80a_not_yes_yet" in RESPONSES
    for text in sendable("utter_n80a_not_yes_yet", consent=True):
        assert len(text) <= 320


# Mo (r80d), at the court question and after the result.
@pytest.mark.parametrize(
    "text", ["dunno. maybe. they might know my route innit", "maybe, they know where i live"]
)
def test_maybe_with_a_reason_to_fear_is_yes(text):
    from actions.answers import read_fear_of_giving_evidence

    assert read_fear_of_giving_evidence(text).value is True


@pytest.mark.parametrize("text", ["dunno", "dunno. maybe", "not sure. maybe. not really tho"])
def test_unsure_without_a_reason_stays_unsure(text):
    from actions.answers import read_fear_of_giving_evidence

    assert read_fear_of_giving_evidence(text).value is not True


MO_AFTER = (
    "i didnt skip nothing. i said maybe about court cos theyre gonna know my face and my route. "
    "yeah im scared of that"
)


def test_court_fear_said_after_the_result_changes_the_answer():
    answers = dict(consent=True, crime_type="robbery", fear_of_giving_evidence=None)
    assert reading.corrections(MO_AFTER, answers) == {"fear_of_giving_evidence": True}


@pytest.mark.parametrize(
    "text",
    [
        "im not scared of court",
        "im scared hell get off at court",
        "so do i get the extra support now or not",
        "i was scared when he had the knife",
    ],
)
def test_other_words_leave_the_court_answer(text):
    answers = dict(consent=True, crime_type="robbery", fear_of_giving_evidence=None)
    assert "fear_of_giving_evidence" not in reading.corrections(text, answers)


ZARA = (
    "I do not understand the question. This man: no, I had never seen him. Other men on the "
    "Tube: yes, once when I was 17, a different man."
)


def test_this_man_no_is_a_no_to_the_repeat_question():
    got = read_turn(
        Turn(
            text=ZARA,
            intent="inform",
            requested="repeat_victimisation",
            answers=dict(consent=True, age=30.0, crime_type="sexual_offence"),
        )
    )
    assert got.slots.get("repeat_victimisation") is False


@pytest.mark.parametrize(
    ("text", "value"),
    [("yes this man has done it before", True), ("no", False), ("yes he has", True)],
)
def test_other_repeat_answers_keep_their_reading(text, value):
    from actions.answers import j4_read_repeat

    assert j4_read_repeat(text).value is value
