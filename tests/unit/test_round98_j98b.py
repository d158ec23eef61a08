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


ANYA_SAID = [
    "hi im writing about my daughter shes 13, a man touched her at the swimming pool on sunday",
    "yes ok. it didnt happen to me it happened to my daughter Mila",
    "no were safe, hes been arrested. the staff at the leisure centre called the police straight "
    "away",
]
ANYA_FACTS = {
    "consent": True,
    "in_danger": False,
    "for_child": True,
    "child_ages": [13.0],
    "reported_to_police": True,
    "relationship_to_offender": "stranger",
}


def _anya(text: str) -> str | None:
    from tests.unit.known_answers import said_answer

    return said_answer(text, "sexual_offence", ANYA_SAID, **ANYA_FACTS)


def test_what_happens_next_after_an_arrest_is_answered() -> None:
    # S2: "you didnt answer me, what happens next?" got "I can't answer your question here".
    for text in (
        "no never seen him before. you didnt answer me, what happens next?",
        "a stranger, some grown man in the pool. he touched her bottom and her chest under the "
        "water. i want to know what happens next now hes arrested",
    ):
        assert _anya(text) == "utter_j98b_after_arrest"
    # Not without an arrest told, nor "what happens if I report".
    from tests.unit.known_answers import said_answer

    assert (
        said_answer("what happens next?", "assault", ["he punched me"], reported_to_police=True)
        != "utter_j98b_after_arrest"
    )
    assert (
        said_answer("what happens next if i report it?", "assault", ["he was arrested"])
        != "utter_j98b_after_arrest"
    )


def test_after_arrest_answer_one_sms_with_sources() -> None:
    from tests.unit.known_answers import assert_one_sms_with_source

    for name in ("utter_j98b_after_arrest", "utter_j98b_child_seen_in_person"):
        assert_one_sms_with_source(
            name,
            "j98b (round 98)",
            ({}, {"for_child": True}, {"for_someone_else": True}),
        )


def test_who_will_see_her_in_person_is_not_childline_again() -> None:
    # S1: "i cant make her ring childline ... is there someone who comes to see her?" got
    # Childline's card, and "you just said childline again" got it again.
    asked = (
        "but who is actually going to talk to her? i asked that. i cant make her ring childline "
        "shes not going to ring a stranger on the phone. is there someone who comes to see her?"
    )
    assert _anya(asked) == "utter_j98b_child_seen_in_person"
    again = (
        "you just said childline again. fine yes pass it on but they need to contact ME not her, "
        "shes 13"
    )
    from tests.unit.known_answers import ORGANISATIONS, answer_in_conversation

    got = answer_in_conversation(again, "sexual_offence", ANYA_SAID, **ANYA_FACTS)
    assert got is None or got.args.get("utter_action") != "utter_about_organisation"
    from referrals.directory import named_in_question, turned_down

    assert named_in_question(again, ORGANISATIONS) is None
    assert turned_down("childline", "fine yes pass it on i cant make her ring childline")
    # Still asked about by name.
    assert named_in_question("what is childline?", ORGANISATIONS) is not None


def test_look_round_the_court_first_gets_the_court_visit_answer() -> None:
    # S6: "You didnt answer can I look round the court first and who do I ring to do that?" got
    # the witness-support answer, with no yes and no one to ring for a visit.
    from tests.unit.known_answers import said_answer

    facts = {key: value for key, value in BEV_REFERRED.items() if key != "crime_type"}
    text = (
        "But I am a witness as well, I have to give evidence on Tuesday. You didnt answer can I "
        "look round the court first and who do I ring to do that?"
    )
    got = said_answer(text, "assault", [BEV_FIRST, BEV_SECOND], **facts)
    assert got == "utter_n80e_court_visit_before_trial"
