"""Round 91, helper k91a: fear and danger met with the wrong thing. Agnieszka (forced labour at a
car wash, sleeps in a container on site) told of her fear and a push and got the hate-crime
question; "Where I can go?" got the passport paragraph and the same question again."""

from __future__ import annotations

import pytest

from actions.reading import Turn, read_turn
from tests.unit.known_answers import ORGANISATIONS, answer_in_conversation, sendable

AGNIESZKA_SAID = [
    "Hello. I am need help please. My english not good",
    "I not know. I work in hand car wash in Brent. The boss he is keeping my passport from one "
    "year. I am sleeping in the container on site. He pay me maybe 50 pound in week, sometimes "
    "nothing",
    "34. He say if I go to police he call immigration and they send me away to prison. Is this "
    "true?",
]
AGNIESZKA = {
    "crime_type": "human_trafficking",
    "consent": True,
    "relationship_to_offender": "known",
    "reported_to_police": False,
    "age": 34.0,
    "said": AGNIESZKA_SAID,
}
AFRAID = (
    "Yes every day. There is two other woman also, from Romania, same situation. Please I am very "
    "afraid, he is shouting and one time he push me to the wall"
)
WHERE_CAN_I_GO = (
    "I do not understand this question. I am sleeping in same place where he is. Where I can go? "
    "I have no money no passport"
)


def _read(text: str, requested: str, said: frozenset[str] = frozenset()):
    return read_turn(
        Turn(
            text=text,
            requested=requested,
            answers=dict(AGNIESZKA),
            organisations=ORGANISATIONS,
            said=said,
        )
    )


# 1. Her fear and the push are heard, and "where can I go" is answered.


def test_fear_and_push_are_heard():
    reading = _read(AFRAID, "repeat_victimisation")
    assert reading.slots.get("repeat_victimisation") is True
    responses = [say.response for say in reading.say]
    assert "utter_k91a_afraid_and_hurt_at_work" in responses
    text = " ".join(sendable("utter_k91a_afraid_and_hurt_at_work"))
    assert "999" in text and "08000 121 700" in text


def test_fear_without_hurt_at_work_is_not_this_answer():
    reading = _read("Yes every day, he shouts at me", "repeat_victimisation")
    assert "utter_k91a_afraid_and_hurt_at_work" not in [say.response for say in reading.say]
    other = dict(AGNIESZKA, crime_type="burglary")
    reading = read_turn(Turn(text=AFRAID, requested="repeat_victimisation", answers=other))
    assert "utter_k91a_afraid_and_hurt_at_work" not in [say.response for say in reading.say]


def test_where_can_i_go_gets_where_to_sleep_tonight():
    got = answer_in_conversation(
        WHERE_CAN_I_GO,
        "human_trafficking",
        [*AGNIESZKA_SAID, AFRAID],
        consent=True,
        relationship_to_offender="known",
    )
    assert got is not None and got.response == "utter_safe_tonight_exploitation"


def test_the_question_she_did_not_understand_is_said_plainly_not_again():
    reading = _read(WHERE_CAN_I_GO, "hate_motivated")
    responses = [say.response for say in reading.say]
    assert "utter_reask_hate_motivated" not in responses
    assert "utter_w70b_explain_hate_motivated" in responses
    # Said plainly once: not understood again, it is skipped, never asked a third time.
    again = _read(
        WHERE_CAN_I_GO, "hate_motivated", frozenset({"utter_w70b_explain_hate_motivated"})
    )
    assert "hate_motivated" in again.skipped
    assert not any((say.response or "").endswith("hate_motivated") for say in again.say)


def test_the_referral_mechanism_does_not_promise_help_to_stay():
    for text in sendable("utter_k3_exploited_sent_home"):
        assert "help to stay" not in text
        assert len(text) <= 320


# 2. Ann, Deaf, burgled: a worry that they come back is not a threat.

ANN_SAID = [
    "Hello. My house burglary. Yesterday. I am at work, come home, door broken, TV gone, "
    "jewellery gone. I am deaf. Please only write.",
    "Yes ok. 90 days what mean? Who is support team?",
]
ANN_WORRY = (
    "Not danger. But I worry they come back. Door not fix good. Police come yesterday, police "
    "talk fast, no interpreter. I not understand everything."
)


@pytest.mark.parametrize(
    "text",
    [
        ANN_WORRY,
        "i worry they come back, the door is still broken",
        "I'm worried they will come back tonight",
    ],
)
def test_worry_they_come_back_is_not_a_threat(text):
    got = answer_in_conversation(text, "burglary", ANN_SAID, consent=True, cannot_phone=True)
    assert got is not None
    assert got.response == "utter_k91a_worried_they_come_back"
    said = " ".join(sendable("utter_k91a_worried_they_come_back"))
    assert "Threatening" not in said and "door" in said


def test_a_real_threat_to_come_back_is_still_one():
    text = "they said they will come back for me"
    got = answer_in_conversation(text, "burglary", ANN_SAID, consent=True)
    assert got is not None and got.response == "utter_threat_to_return"
    got = answer_in_conversation("no first time. but they say they come back", "robbery", [])
    assert got is not None and got.response == "utter_threat_to_return"


# 3. Stan: nothing online told, so no screenshots of messages or posts.

STAN_SAID = [
    "Hello. My daughter said I should send a message on here. I dont know if its a crime "
    "really. Some youngsters on my estate keep banging on my window and shouting names at me, "
    "about my wheelchair, cripple and that. Last week they threw eggs at my door. Its been going "
    "on since the summer",
    "Im not in danger no, theyre not here now. Its just wearing me down. I dont go out much as "
    "it is",
]
STAN_COURT = (
    "I dont know. I'd be worried they'd come back worse if I went to court. They know where I "
    "live, I cant exactly move"
)


@pytest.mark.parametrize("crime_type", ["stalking_harassment", None])
def test_no_online_advice_when_nothing_online_was_told(crime_type):
    got = answer_in_conversation(STAN_COURT, crime_type, STAN_SAID, hate_motivated=True)
    assert got is None or got.response != "utter_q5_address_known"


def test_online_advice_still_given_when_messages_were_told():
    said = [*STAN_SAID, "and they send me messages on facebook"]
    got = answer_in_conversation(
        "They know where I live, I cant exactly move", "stalking_harassment", said
    )
    assert got is not None and got.response == "utter_q5_address_known"
