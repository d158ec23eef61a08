"""Round 98, helper j98b: Anya (35, writing about her daughter Mila, 13, touched in a pool by a
man since arrested) and Bev (58, threatened with a knife by her neighbour's son; trial next
Tuesday), with their words."""

from __future__ import annotations

from actions.account import read_account

BEV_FIRST = (
    "Hello. I don't really know if this is the right place. I have got to go to court next week "
    "as a witness, the man who threatened me with a knife is on trial. I am very frightened "
    "about it."
)
BEV_SECOND = (
    "Not right now no. But he lives 3 doors down, its my neighbours son. It was over the parking "
    "space in July, he came at me with a kitchen knife and said he would cut me. He has been "
    "charged. What if he is outside my house after the court?"
)
BEV_FACTS = {
    "consent": True,
    "in_danger": False,
    "crime_type": "assault",
    "reported_to_police": True,
    "age": 58.0,
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "account_details": ["weapon", "neighbour"],
}
BEV_REFERRED = {
    **BEV_FACTS,
    "impairment": True,
    "borough": "havering",
    "language": "English",
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "phone",
    "contact_details": "07700 900812",
    "contact_times": "in the day",
    "voicemail_ok": True,
    "case_reference": "VC-FP5DD4",
}


def test_threatened_me_with_a_knife_as_a_witness_is_not_witness_intimidation() -> None:
    # S3: "I have got to go to court next week as a witness, the man who threatened me with a
    # knife is on trial" was noted as "threats to scare you as a witness (intimidation)".
    for text in (BEV_FIRST, f"{BEV_FIRST} {BEV_SECOND}"):
        read = read_account(text)
        assert read.crime_type == "assault"
        assert "witness" not in read.details
        assert "weapon" in read.details


def test_not_slept_since_july_at_the_health_question_is_not_a_repeat() -> None:
    # S4: "I haven't slept properly since July" was read as "it has happened more than once".
    text = (
        "I have high blood pressure and I take tablets for my nerves since it happened, I haven't "
        "slept properly since July"
    )
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    reading = read_turn(
        Turn(
            text=text,
            requested="impairment",
            answers=BEV_FACTS,
            organisations=default_directory(),
        )
    )
    assert reading.slots == {"impairment": True}
    assert "repeat_victimisation" not in reading.corrected


def test_will_they_ring_before_tuesday_is_not_new_contact_times(domain) -> None:
    # S7: "Will they ring me before Tuesday? The trial is Tuesday morning" was read as contact
    # times: "at the times you gave ("tuesday morning")", the time she will be in court.
    from rasa_sdk.executor import CollectingDispatcher

    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker

    text = "Will they ring me before Tuesday? The trial is Tuesday morning"
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={**BEV_REFERRED, "assessment_done": True, "results_shown": True},
        text=text,
        active_loop=None,
    )
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    assert sent == ["utter_v86c3_call_before"]
    assert not any(
        e.get("name") == "contact_times" and "tuesday morning" in str(e.get("value")).lower()
        for e in events
    )
    assert not any("tuesday morning" in str(m.get("text") or "") for m in dispatcher.messages)


def test_will_they_ring_before_tuesday_keeps_her_times() -> None:
    # S7: the question was kept as her new times, "tuesday morning", when she is in court.
    from actions import reading

    text = "Will they ring me before Tuesday? The trial is Tuesday morning"
    assert "contact_times" not in reading.corrections(text, BEV_REFERRED)
    # Times she puts right herself still are.
    fixed = "No!! Not Tuesday morning, I will be in court then. Any time in the day before Tuesday."
    assert "contact_times" in reading.corrections(fixed, BEV_REFERRED)
