"""Round 86, helper v86c2: Ewa (burgled: who pays for the locks, the school laptops, a false 999
alarm) and Leon (19, stabbed, in hospital, won't talk to the police)."""

from __future__ import annotations

import pytest

from bot.risk_words import IN_DANGER, detect_risk, trusted_crisis
from tests.unit.known_answers import answer_in_conversation, at_question, sendable

EWA_FIRST = (
    "Hello, my flat was burgled today when I was in work. The door is broken and they took the "
    "laptops of my children from school. I dont know what to do first"
)
EWA = {
    "consent": True, "in_danger": False, "crime_type": "burglary", "reported_to_police": True,
    "age": 40.0, "said": [EWA_FIRST],
}  # fmt: skip
EWA_LAPTOPS = (
    "no first time. Also what I tell to the school? The laptops was from school, my son is 12 "
    "and daughter 9. Will I have to pay them back?"
)
EWA_LOCKS = (
    "Yes, police came already, they gave me a crime number. But who is paying for new locks, me "
    "or landlord? I dont have insurance for contents"
)
EWA_LOCKSMITH = (
    "40. Sorry I dont understand, my landlord did not come in, it was burglars. I just need to "
    "know who pays the locksmith"
)
LEON_FIRST = (
    "im in hospital got stabbed in my leg last nite. im safe in here innit but wen i get out idk"
)
LEON = {
    "consent": True, "in_danger": False, "crime_type": "serious_violence",
    "reported_to_police": False, "age": 19.0,
    "said": ["yo", LEON_FIRST, "nah im not a snitch. will the hospital tell them tho?"],
}  # fmt: skip


def _said(texts: list[str]) -> str:
    return " ".join(texts)


# 1. Ewa's school laptops: no 999 screen, no bullying answer, an honest answer.


def test_ewa_paying_the_school_back_is_no_danger() -> None:
    assert detect_risk(EWA_LAPTOPS) is None
    assert trusted_crisis(EWA_LAPTOPS, IN_DANGER) is False


@pytest.mark.parametrize(
    "text",
    [
        "he wont give her back",
        "my daughter was taken by her dad and he wont give her back",
        "i paid them back and now they are back",
        "hes back",
    ],
)
def test_a_return_that_is_danger_still_is(text: str) -> None:
    assert detect_risk(text) == IN_DANGER


def test_ewa_school_laptops_answered_not_bullying() -> None:
    assert at_question(EWA_LAPTOPS, "repeat_victim", EWA) == ["utter_v86c2_school_laptops_stolen"]
    later = "Thank you. And the laptops? Do I have to pay the school for them?"
    got = answer_in_conversation(later, "burglary", [EWA_FIRST, EWA_LAPTOPS], age=40.0)
    assert got is not None and got.response == "utter_v86c2_school_laptops_stolen"
    text = sendable("utter_v86c2_school_laptops_stolen")[0]
    assert "crime number" in text and "loan agreement" in text
    assert "bully" not in text and "999" not in text
    assert "can't promise" in text  # no promise either way


def test_a_school_not_acting_on_bullying_keeps_its_answer() -> None:
    got = answer_in_conversation(
        "what do i say to the school? my son is bullied every day", "assault", [], for_child=True
    )
    assert got is not None and got.response != "utter_v86c2_school_laptops_stolen"


# 2. Ewa: who pays for the locks after a burglary.


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (EWA_LOCKS, "reported_to_police"),
        (EWA_LOCKSMITH, "age"),
        (
            "I dont know, somebody. You did not answer me about the locksmith",
            "relationship_to_offender",
        ),
    ],
)
def test_ewa_who_pays_for_the_locks(text: str, requested: str) -> None:
    door = (
        "No I think not, but the door is not closing so I am worry for tonight with the kids. "
        "Must my landlord fix the door? He is not answering the phone"
    )
    earlier = [EWA_FIRST, door, EWA_LOCKS, EWA_LOCKSMITH]
    facts = {**EWA, "said": earlier[: earlier.index(text)] if text in earlier else earlier}
    assert at_question(text, requested, facts) == ["utter_v86c2_who_pays_for_lock"]


def test_a_lock_with_no_landlord_keeps_its_answer() -> None:
    got = answer_in_conversation("the lock is broken, who pays to fix it?", "burglary", [])
    assert got is not None and got.response != "utter_v86c2_who_pays_for_lock"


def test_the_lock_answer_is_about_repairs_not_harassment() -> None:
    text = sendable("utter_v86c2_who_pays_for_lock")[0]
    assert "landlord" in text and "receipt" in text and "private housing team" in text
    assert "notice before coming in" not in text


def test_a_landlord_who_lets_himself_in_gets_no_burglary_repair_answer() -> None:
    got = answer_in_conversation(
        "who pays for new locks, me or the landlord?",
        "harassment",
        ["my landlord lets himself into my flat with his key"],
    )
    assert got is None or got.response != "utter_v86c2_who_pays_for_lock"


# 3. Leon: does this go to the police, and does the hospital tell them.


def test_leon_feds_question_at_consent_is_answered() -> None:
    assert at_question("is this gonna go to feds tho", "consent", {}) == [
        "utter_j6_police_see_chat"
    ]
    assert at_question("u didnt answer me. do u tell the police or not", "consent", {}) == [
        "utter_j6_police_see_chat"
    ]


def test_leon_hospital_question_is_answered() -> None:
    facts = {**LEON, "said": [LEON_FIRST]}
    del facts["age"], facts["reported_to_police"]
    text = "nah im not a snitch. will the hospital tell them tho? the nurse was askin loads"
    assert at_question(text, "reported_to_police", facts) == ["utter_v86c2_hospital_tells_police"]
    said = sendable("utter_v86c2_hospital_tells_police")[0]
    assert "knife injury" in said and "A&E" not in said  # he is in hospital already


# 4. Leon: no teacher or Childline before his age is known to be under 18.


def test_not_a_snitch_with_no_age_gets_no_school_lines() -> None:
    got = answer_in_conversation("nah im not a snitch", None, [LEON_FIRST])
    assert got is not None and got.response == "utter_v86c2_not_snitching"
    text = sendable("utter_v86c2_not_snitching")[0]
    assert "teacher" not in text and "Childline" not in text


def test_a_child_who_fears_being_a_snitch_keeps_the_school_lines() -> None:
    got = answer_in_conversation("nah im not a snitch", None, ["they robbed me"], age=15.0)
    assert got is not None and got.response == "utter_y2_not_snitching"
    got = answer_in_conversation("nah im not a snitch", None, ["boys at my school robbed me"])
    assert got is not None and got.response == "utter_y2_not_snitching"


# 5. Leon: no police officer after he refused the police; leaving hospital safely.


def test_leon_fear_of_them_coming_back_gets_no_officer() -> None:
    text = "nah first time. but they said they gonna come back for me. thats wat im scared of"
    assert at_question(text, "repeat_victim", LEON) == ["utter_v86c2_safe_leaving_hospital"]
    said = sendable("utter_v86c2_safe_leaving_hospital")[0]
    assert "Redthread" in said and "999" in said and "officer" not in said


@pytest.mark.parametrize(
    "text",
    [
        "and wat about wen i get discharged tho. they know where i go",
        LEON_FIRST,
    ],
)
def test_leon_leaving_hospital_is_answered(text: str) -> None:
    got = answer_in_conversation(text, "serious_violence", LEON["said"], age=19.0)
    assert got is not None and got.response == "utter_v86c2_safe_leaving_hospital"


def test_leon_redthread_and_leaving_hospital_both_answered() -> None:
    text = "redthread do they tell police? and can they help me not get got wen i leave here"
    got = answer_in_conversation(text, "serious_violence", LEON["said"], age=19.0)
    assert got is not None
    assert [got.response, *(then.response for then in got.then)] == [
        "utter_support_not_police",
        "utter_v86c2_safe_leaving_hospital",
    ]


def test_leon_wat_police_officer_gets_an_apology() -> None:
    text = (
        "wat police officer?? i told u i aint talkin to police. nah its not that its postcode ting"
    )
    got = answer_in_conversation(text, "serious_violence", LEON["said"], age=19.0)
    assert got is not None and got.response == "utter_v86c2_sorry_no_police_hospital"
    said = sendable("utter_v86c2_sorry_no_police_hospital")[0]
    assert said.startswith("Sorry") and "officer" not in said


def test_someone_who_reported_still_gets_the_officer_answer() -> None:
    got = answer_in_conversation(
        "when i get out of hospital will they come back for me",
        "serious_violence",
        ["i was stabbed, im in hospital, the police came"],
        reported_to_police=True,
    )
    assert got is not None and got.response != "utter_v86c2_safe_leaving_hospital"
