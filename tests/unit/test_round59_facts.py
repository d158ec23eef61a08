"""Round 59, main: facts found by reading every answer for "your <thing>" (a knife, a neck, a mum,
a landlord, a pregnancy, a job, a passport, a visa, a school, a police report, a hospital) rather
than waiting for each person to be told one they never gave (actions/answer_facts.yml)."""

from __future__ import annotations

import pytest

from actions import answer_facts
from tests.unit.known_answers import said_answer, sendable


@pytest.mark.parametrize(
    ("response", "said", "fits"),
    [
        ("utter_r2_999_armed_robbery_now", ("two lads took my phone in the park",), False),
        ("utter_r2_999_armed_robbery_now", ("they robbed me with a blade",), True),
        ("utter_y4_stab_hospital", ("i got punched outside the chicken shop",), False),
        ("utter_y4_stab_hospital", ("my son was stabbed in the leg",), True),
        ("utter_strangled", ("he slapped me and pushed me into the door",), False),
        ("utter_strangled", ("he had his hands round my throat",), True),
        ("utter_controlling_not_normal", ("he checks my phone and tells me what to wear",), False),
        ("utter_controlling_not_normal", ("he checks my phone and grabbed me by the neck",), True),
        ("utter_z1_mum_not_in_trouble", ("my dad hit my brother",), False),
        ("utter_z1_mum_not_in_trouble", ("my stepdad hits my mum",), True),
        ("utter_secure_home_no_phone", ("they broke my back window, i own the house",), False),
        ("utter_secure_home_no_phone", ("window broken, the letting agent ignores me",), True),
        ("utter_v7_pregnancy_headache_bp", ("he hit me and now i have a headache",), False),
        ("utter_v7_pregnancy_headache_bp", ("im 30 weeks pregnant and he hit me",), True),
        ("utter_telling_work", ("im retired and a man keeps following me",), False),
        ("utter_telling_work", ("a man keeps waiting outside my office",), True),
        ("utter_y2_partner_keeps_passport", ("he takes all my money",), False),
        ("utter_y2_partner_keeps_passport", ("he hid my passport",), True),
        ("utter_q1_sponsored_visa", ("im british, born here",), False),
        ("utter_q1_sponsored_visa", ("im on a skilled worker visa",), True),
        ("utter_s3_threat_at_college", ("a man at the bus stop threatened me",), False),
        ("utter_s3_threat_at_college", ("a boy in my class threatened me",), True),
        ("utter_ring_the_officer", ("should i tell the police about him?",), False),
        ("utter_ring_the_officer", ("i reported it last week and he keeps texting",), True),
        ("utter_safe_home_from_hospital", ("i reported it and im at home now",), False),
        ("utter_safe_home_from_hospital", ("police came to a&e and took a statement",), True),
    ],
)
def test_an_answer_fits_only_what_was_told(
    response: str, said: tuple[str, ...], fits: bool
) -> None:
    assert answer_facts.fits(response, "what should i do", {"said": said}) is fits


def test_a_report_the_form_recorded_counts_whatever_the_words() -> None:
    answers = {"said": ("he keeps texting me",), "reported_to_police": True}
    assert answer_facts.fits("utter_ring_the_officer", "what do i do", answers)


def test_a_robbery_without_a_knife_does_not_get_the_knife_answer() -> None:
    said = ("2 lads jumped me in the park and took my phone and trainers",)
    text = "should i call 999? they ran off 10 mins ago"
    assert said_answer(text, "robbery", said) not in {
        "utter_r2_999_armed_robbery_now",
        "utter_r2_999_armed_robbery_if_recent",
    }


def test_the_knife_robbery_still_gets_it() -> None:
    said = ("some guys took my bike off me on the high road",)
    text = "they robbed me with a knife 10 mins ago, should i call 999?"
    yusuf = {"age": 24, "relationship_to_offender": "stranger", "account_details": ["weapon"]}
    assert said_answer(text, "robbery", said, **yusuf) == "utter_r2_999_armed_robbery_now"


def test_advice_texts_now_name_no_fact_the_person_may_not_have() -> None:
    """Rewritten rather than held back: the spit answer is for anyone spat at, the controlling
    answer for anyone controlled, the CICA answer for any injury."""
    assert "your work" not in sendable("utter_p2_spit_infection")[0]
    assert (
        "Keeping your passport or money, or stopping"
        in sendable("utter_controlling_without_violence")[0]
    )
    assert "your nose" not in sendable("utter_cica_report_injury_only")[0]


def test_a_question_about_sexual_assault_is_not_the_push_answer() -> None:
    """Replaying round 56: Priya's "is it sexual assault? he grabbed my bum and chest" was taken
    by round 59 F1's answer that pulling or pushing can be common assault."""
    said = ("a guy at work keeps making comments and yesterday he grabbed me",)
    text = (
        "wait you put assault. is it sexual assault? he grabbed my bum and chest. thats what im "
        "asking, if it counts"
    )
    assert said_answer(text, None, said) != "utter_f1_force_is_assault"
    fatima = "No not yet. He only pulled my scarf, he did not hit me. Is that really assault?"
    assert (
        said_answer(fatima, None, ("a man on the bus pulled my headscarf",))
        == "utter_f1_force_is_assault"
    )
