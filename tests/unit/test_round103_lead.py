"""Round 103, lead: Terry, glassed by a stranger outside a pub, asked about his girlfriend who saw
it; the answer for a woman abused by a woman was sent."""

from actions.questions import known_answer

TERRY_FIRST = (
    "some bloke glassed me outside the pub saturday night. jaw broke in 2 places its wired shut "
    "so i cant talk on the phone dont bother giving me phone numbers"
)
TERRY_ASKS = (
    "no. my girlfriend was with me she seen the whole thing shes in bits, cant stop crying. is "
    "there anything for her"
)
TERRY = {
    "crime_type": "serious_violence",
    "relationship_to_offender": "stranger",
    "said": [TERRY_FIRST],
}


def test_a_girlfriend_who_saw_a_strangers_attack_gets_witness_support() -> None:
    found = known_answer(TERRY_ASKS, "serious_violence", answers=TERRY)
    assert found is not None
    assert found.response == "utter_support_for_someone_who_saw_it"


def test_a_girlfriend_who_saw_it_is_not_a_woman_abused_by_a_woman() -> None:
    found = known_answer(TERRY_ASKS, "serious_violence", answers=TERRY)
    assert found is None or found.response != "utter_r6_refuge_woman_abused_by_woman"


def test_abuse_by_a_partner_does_not_get_the_witness_answer() -> None:
    # Her girlfriend is the one who hurts her: the witness answer does not fit.
    told = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    asks = "my girlfriend was there and saw it all, is there anything for her"
    found = known_answer(asks, "domestic_abuse", answers=told)
    assert found is None or found.response != "utter_support_for_someone_who_saw_it"


def test_a_mum_who_saw_a_robbery_gets_witness_support() -> None:
    told = {"crime_type": "robbery", "relationship_to_offender": "stranger"}
    asks = "my mum was with me when they took my phone, she saw it all. is there help for her?"
    found = known_answer(asks, "robbery", answers=told)
    assert found is not None
    assert found.response == "utter_support_for_someone_who_saw_it"
