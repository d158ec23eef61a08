"""Round 94, helper p94e: Kyle (19, saw a stabbing at a bus stop and gave a statement) and Hamza
(27, a crypto romance scam by a woman from a dating app) (round 94, r94c-kyle, r94c-hamza)."""

from __future__ import annotations

from core.text import SMS_LIMIT
from tests.unit.known_answers import answer_in_conversation, sendable, sources_above

KYLE_FIRST = (
    "yo is this the victim thing. i seen someone get stabbed at the bus stop on commercial rd few "
    "weeks back n i gave a statement to police"
)
KYLE_SAID = [
    KYLE_FIRST,
    "ye ok. the thing is his mates are always on my estate now just staring at me when i go out",
    "nah not rn im inside. they aint said nothing to me just stare",
    "wait i never got stabbed, i just saw it. i was a witness innit",
    "19",
]


def _kyle(text: str) -> str | None:
    got = answer_in_conversation(
        text, "serious_violence", KYLE_SAID, account_details=["witness"], age=19
    )
    return None if got is None else got.response


def test_kyle_asking_if_he_gets_in_trouble_for_pulling_out_is_not_self_defence():
    text = "ok but if i say i dont wanna do it anymore do i get in trouble? my mum says just pull out"
    assert _kyle(text) == "utter_p94e_witness_withdrawing"


def test_kyle_asking_to_pull_out_or_take_his_statement_back_gets_how_to():
    for text in (
        "nah i dont know him. but like can i pull out of it? i dont wanna go court fr, if they see "
        "me in court im done",
        "no. but u didnt answer, can i take my statement back or not",
    ):
        assert _kyle(text) == "utter_p94e_witness_withdrawing", text


def test_the_pull_out_answer_is_one_sms_with_sources():
    (text,) = sendable("utter_p94e_witness_withdrawing")
    assert len(text) <= SMS_LIMIT
    assert "0808 168 9291" in text and "witness summons" in text
    assert "gov.uk" in sources_above("utter_p94e_witness_withdrawing")


def test_a_threatened_witness_and_a_knife_keep_their_answers():
    threatened = answer_in_conversation(
        "they said theyll stab me if i go court, can i take my statement back?",
        "serious_violence",
        KYLE_SAID,
        account_details=["witness"],
    )
    assert threatened is None or threatened.response != "utter_p94e_witness_withdrawing"
    victim = answer_in_conversation(
        "can i pull out of it?", "serious_violence", ["a man stabbed me in the arm"]
    )
    assert victim is None or victim.response != "utter_p94e_witness_withdrawing"
