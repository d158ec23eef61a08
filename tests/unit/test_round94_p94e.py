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
    text = (
        "ok but if i say i dont wanna do it anymore do i get in trouble? my mum says just pull out"
    )
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


def test_kyle_is_noted_back_as_having_seen_the_stabbing():
    from actions.assessment_form import p94e_with_witness
    from actions.reading import Turn, read_turn
    from actions.wording import noted_line

    reading = read_turn(Turn(text=KYLE_FIRST, opening=True, answers={}))
    assert "witness" in reading.slots["account_details"]
    merged = {**reading.slots, "consent": True, "in_danger": False}
    line = noted_line(p94e_with_witness(reading.noted, merged)) or ""
    assert "you saw it" in line and "serious violent attack" in line


HAMZA_FIRST = (
    "hi i got scammed. lost 12k in a crypto investment thing, a girl from hinge got me into it. "
    "the money was borrowed from my family"
)


def test_hamza_family_who_lent_the_money_are_not_who_did_it():
    from actions.account import read_account

    told = read_account(HAMZA_FIRST)
    assert told.crime_type == "fraud"
    assert told.offender == "someone_known"
    assert read_account("my son took my bank card").offender == "family_member"


def test_hamza_it_was_the_girl_from_the_app_is_someone_he_knows_online():
    from actions.reading import corrections
    from actions.wording import changed_line

    before = {"consent": True, "crime_type": "fraud", "relationship_to_offender": "family_member"}
    changes = corrections(
        "no it wasnt family, it was the girl from the app, my family lent me the money. 27. and "
        "can i get the money back or not",
        before,
    )
    assert changes["relationship_to_offender"] == "someone_known"
    assert "don't know who" not in (changed_line(changes, before=before) or "")


def test_hamza_yes_5_times_at_the_hate_question_is_not_hate():
    from actions.answers import read_answer
    from actions.reading import Turn, read_turn

    text = "yes 5 times. i kept sending more cos she said i had to pay fees to withdraw"
    assert read_answer("hate_motivated", text).value is not True
    reading = read_turn(
        Turn(
            text=text,
            requested="hate_motivated",
            answers={
                "consent": True,
                "crime_type": "fraud",
                "relationship_to_offender": "someone_known",
            },
        )
    )
    assert reading.slots.get("hate_motivated") is not True
    assert read_answer("hate_motivated", "yes").value is True
    assert read_answer("hate_motivated", "yes because im black").value is True


HAMZA_SAID = [
    HAMZA_FIRST,
    "ok",
    "no. i havent told police, i feel so stupid. will i get any of it back",
    "no it wasnt family, it was the girl from the app, my family lent me the money. 27. and can i "
    "get the money back or not",
    "i sent it in like 5 goes over 2 months. i cant even tell my dad. sometimes i think everyone "
    "would be better off without me",
]


def test_hamza_is_not_promised_a_refund_for_crypto_to_his_own_account():
    got = answer_in_conversation(
        "no. will they even catch her, is it worth reporting",
        "fraud",
        HAMZA_SAID,
        relationship_to_offender="someone_known",
        reported_to_police=False,
    )
    assert got is not None and got.response == "utter_p94e_crypto_caught"
    (text,) = sendable("utter_p94e_crypto_caught")
    assert len(text) <= SMS_LIMIT and "likely to be entitled" not in text
    assert " him " not in text and "crypto" in text
    assert "psr.org.uk" in sources_above("utter_p94e_crypto_caught")
