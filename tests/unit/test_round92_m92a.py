"""Round 92, helper m92a: danger and crisis read wrong (Zara, Wes, Abi, Jess)."""

from __future__ import annotations

from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.known_answers import answer, at_question, sendable

# Zara, 16: her older cousin touches her when he babysits her little brother.
ZARA = {
    "consent": True,
    "crime_type": "sexual_offence",
    "relationship_to_offender": "family_member",
    "age": 16,
    "under_18": True,
    "reported_to_police": False,
}


def test_zara_he_is_coming_again_on_friday_gets_the_safety_answer_at_once() -> None:
    said = at_question(
        "yeh loads. since like summer. hes coming again on friday", "repeat_victimisation", ZARA
    )
    assert said == ["utter_young_person_his_visit"]


def test_a_court_date_is_not_his_visit() -> None:
    said = at_question("yes. hes back in court on friday", "repeat_victimisation", ZARA)
    assert "utter_young_person_his_visit" not in said


# Wes, 33, a bouncer glassed in the face (8 stitches above his eye).
WES = {
    "consent": True,
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "injured": True,
}
WES_EYE = (
    "no. bit of a headache still and the eye is a bit blurry when i wake up but its swollen innit"
)


def test_wes_blurry_eye_when_he_wakes_up_is_no_self_harm_alarm() -> None:
    assert detect_risk(WES_EYE) is None
    assert not trusted_crisis(WES_EYE, "self_harm")
    # Not waking up as a wish still is one.
    assert trusted_crisis("every time i wake up i wish i hadnt", "self_harm")
    assert detect_risk("i dont want to wake up") == "self_harm"


def test_wes_blurry_eye_gets_the_urgent_care_answer() -> None:
    assert at_question(WES_EYE, "impairment", WES) == ["utter_injury"]
    (text,) = sendable("utter_injury", for_someone_else=False)
    assert "Blurred or changed sight after a blow needs urgent care" in text


def test_wes_taking_back_the_alarm_gets_the_urgent_care_answer_too() -> None:
    said = at_question(
        "samaritans?? im not suicidal mate lol. i said my eye is blurry. carry on",
        "in_danger",
        {**WES, "safety_check": "self_harm"},
    )
    assert said == ["utter_j1_self_harm_misread", "utter_injury"]


# Abi, 35, burgled while asleep with her toddler in the house.
def test_abi_shaking_and_jumping_at_every_noise_is_no_self_harm_alarm() -> None:
    for text in ("no. just cant stop shaking and every noise i jump", "Just can't stop shaking"):
        assert detect_risk(text) is None
        assert not trusted_crisis(text, "self_harm")
        assert not trusted_crisis(text, "in_danger")
    assert trusted_crisis("every noise i jump and i want to jump off a bridge", "self_harm")


# Jess, 18, strangled by her boyfriend 2 days ago; he is back on Friday.
JESS = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 18,
    "repeat_victimisation": True,
    "gender": "woman",
    "wants_referral": True,
    "contact_safe": True,
    "contact_method": "phone",
}


def test_jess_what_happens_friday_if_he_is_back_gets_a_safety_plan() -> None:
    said = at_question(
        "no dont leave a voicemail. what happens friday if hes back and its still not safe",
        "voicemail_ok",
        JESS,
    )
    assert said == ["utter_plan_before_they_are_back"]
    (text,) = sendable("utter_plan_before_they_are_back")
    assert "0808 2000 247" in text and "999" in text


def test_what_happens_when_he_is_back_in_court_is_not_the_safety_plan() -> None:
    facts = {key: value for key, value in JESS.items() if key != "crime_type"}
    got = answer("what happens if hes back in court", "domestic_abuse", **facts)
    assert got != "utter_plan_before_they_are_back"
