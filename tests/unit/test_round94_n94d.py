"""Round 94, helper n94d: round 92 questions left unanswered or answered wrongly (Zara, Leila,
Yusra, Bukola, Eddie, Graham, Wes)."""

from __future__ import annotations

from typing import Any

from tests.unit.known_answers import (
    answer,
    answer_in_conversation,
    at_question,
    responses_in_conversation,
    sendable,
)

# Zara, 16: her older cousin touches her when he babysits her little brother.
ZARA = {
    "consent": True,
    "crime_type": "sexual_offence",
    "relationship_to_offender": "family_member",
    "age": 16,
    "under_18": True,
    "reported_to_police": False,
}
ZARA_SAID = [
    "does my mum see this",
    "im ok rn. its my cousin. he keeps touching me when he comes round to babysit my little "
    "brother",
]
ZARA_FACTS = {key: value for key, value in ZARA.items() if key != "crime_type"}


def test_zara_take_him_away_is_about_her_cousin_not_care() -> None:
    said = at_question("no. if i tell police would they take him away", "reported_to_police", ZARA)
    assert "utter_n94d_abuser_taken_away" in said
    assert "utter_p7_children_services_keep_family" not in said
    (text,) = sendable("utter_n94d_abuser_taken_away")
    assert "arrest" in text and "taken into care" in text


def test_zara_arrest_him_and_her_brother_into_care_get_one_answer() -> None:
    # At the age question: her age is not known yet.
    said = answer_in_conversation(
        "wat?? no i mean would they take HIM away like arrest him. is my brother gonna get taken "
        "into care??",
        "sexual_offence",
        ZARA_SAID,
        **{key: value for key, value in ZARA_FACTS.items() if key not in ("age", "under_18")},
    )
    assert said is not None and said.response == "utter_n94d_abuser_taken_away"


def test_an_adult_asking_if_a_child_is_taken_away_keeps_the_care_answer() -> None:
    sue = {"consent": True, "relationship_to_offender": "family_member", "age": 62}
    for text in ("will social services take him into care?", "would they take him away from me?"):
        assert answer(text, "domestic_abuse", **sue) != "utter_n94d_abuser_taken_away", text
    # An adult whose age isn't known yet, with nothing of a mum, school or babysitting.
    family = {"relationship_to_offender": "family_member"}
    got = answer("would they take him away", "domestic_abuse", **family)
    assert got != "utter_n94d_abuser_taken_away"


def test_zara_would_they_ring_me_when_mum_has_her_phone_gets_texts_only() -> None:
    assert (
        answer("would they ring me? my mum sometimes has my phone", "sexual_offence", **ZARA_FACTS)
        == "utter_m4_text_only"
    )
    assert (
        answer(
            "can they just text not ring. and not say whats its about. ok yes",
            "sexual_offence",
            **ZARA_FACTS,
        )
        == "utter_m4_text_only"
    )


# Leila, 28, threatened with a knife by her husband's brother, on her sister's phone.
LEILA_SAID = [
    "salam. this is leila i am using my sister phone. i need help please my husband brother he "
    "has knife he say he will hurt me",
    "no i am leila it happen to me. only the phone is my sister. morning time when he is at work, "
    "10 to 3",
]
LEILA = {"consent": True, "relationship_to_offender": "family_member"}


def test_leila_if_i_leave_house_my_visa_finish() -> None:
    assert (
        answer("and please if i leave house my visa finish?", "domestic_abuse", **LEILA)
        == "utter_n94d_leaving_home_visa"
    )
    (text,) = sendable("utter_n94d_leaving_home_visa")
    assert "only the Home Office decides" in text


def test_leila_they_know_it_is_me_on_her_sisters_phone() -> None:
    got = responses_in_conversation(
        "thank you. they will know it is me leila not my sister? and please if i leave house my "
        "visa finish?",
        "domestic_abuse",
        LEILA_SAID,
        **LEILA,
    )
    assert got == ["utter_n94d_request_is_for_you", "utter_n94d_leaving_home_visa"]
    said = answer_in_conversation(
        "you not answer. they know it is ME?", "domestic_abuse", LEILA_SAID, **LEILA
    )
    assert said is not None and said.response == "utter_n94d_request_is_for_you"
    assert said.args == {"owner": "sister"}


def test_he_will_know_it_is_me_is_not_the_request_answer() -> None:
    said = answer_in_conversation(
        "will he know it is me who told?", "domestic_abuse", LEILA_SAID, **LEILA
    )
    assert said is None or said.response != "utter_n94d_request_is_for_you"


# Yusra, 39: headscarf pulled off on a bus; her daughter Maryam, 10, saw it.
YUSRA_SAID = [
    "Hello. Yesterday on the 263 bus a woman pulled my headscarf off my head and shouted at me to "
    "go back to my own country. My daughter was with me, she is 10, she saw everything.",
    "Yes please. Can they help my daughter also, not only me? Her name is Maryam",
]
YUSRA = {"consent": True, "hate_motivated": True}


def test_yusra_her_daughter_is_answered_beside_the_police_question() -> None:
    got = responses_in_conversation(
        "Not yet. Should I report to police or to TfL? The bus driver did nothing. And what can I "
        "do for my daughter please",
        "assault",
        YUSRA_SAID[:1],
        **YUSRA,
    )
    assert "utter_n6_support_for_child_who_saw" in got


def test_yusra_will_you_tell_them_about_maryam() -> None:
    said = answer_in_conversation(
        "Yes it is safe. Will you tell them about Maryam?", "assault", YUSRA_SAID, **YUSRA
    )
    assert said is not None and said.response == "utter_n94d_tell_them_about_child"
    assert said.args == {"child": "Maryam"}
    # Nobody named: no answer about a child.
    none = answer_in_conversation(
        "Will you tell them about the bus?", "assault", YUSRA_SAID, **YUSRA
    )
    assert none is None or none.response != "utter_n94d_tell_them_about_child"


# Bukola, 45, an A&E nurse punched by a patient's son; her manager wants her to let it go.
BUKOLA = {"consent": True, "relationship_to_offender": "stranger", "injured": True}


def test_bukola_can_i_report_it_myself() -> None:
    for text in (
        "yes ok. can i report it myself or does it have to come from the trust?",
        "not yet. thats what im asking, can i just ring 101 myself even if my manager doesnt want "
        "me to",
        "english. and can work stop me reporting it? yes or no",
    ):
        assert answer(text, "assault", **BUKOLA) == "utter_n94d_report_it_yourself", text
    (text,) = sendable("utter_n94d_report_it_yourself")
    assert "permission" in text and "101" in text


# Eddie, 71: £8,000 lost in a "safe account" scam; he has already told his bank.
def test_eddie_will_they_help_me_with_the_bank() -> None:
    for text in (
        "Will they help me get the money from the bank?",
        "So the person who rings me will they help me with the bank?",
    ):
        assert answer(text, "fraud", consent=True) == "utter_n94d_support_helps_with_bank", text


# Graham, 58: his van and tools stolen from his drive.
def test_graham_will_anyone_look_for_it() -> None:
    for text in (
        "information, whether anyone is going to look for the bloody thing. and im in sutton",
        "english obviously. you didnt say if theyll look for it",
    ):
        got = answer(text, "theft", consent=True, reported_to_police=True)
        assert got == "utter_n94d_will_they_look_for_it", text


# Wes, 33: glassed in the face at work, off work for 2 weeks.
WES = {"consent": True, "relationship_to_offender": "stranger", "injured": True}
WES_SAID = ["some guy glassed me at work, 8 stitches above my eye. cant work for 2 weeks"]


def test_wes_two_weeks_off_work_is_lost_earnings_not_unpaid_wages() -> None:
    for text in (
        "still dont know about the 2 weeks wages tho, do i get that back or not",
        "mate thats not what i asked. nobody owes me wages. i mean the 2 weeks i cant work cos of "
        "the eye. yeh its safe",
    ):
        said = answer_in_conversation(text, "assault", WES_SAID, **WES)
        assert said is not None and said.response == "utter_e1_cica_lost_days", text


def test_asking_for_days_off_is_not_lost_earnings() -> None:
    said = answer_in_conversation("can i get a few days off work?", "assault", WES_SAID, **WES)
    assert said is None or said.response != "utter_e1_cica_lost_days"


def test_wages_owed_by_the_boss_keep_their_answer() -> None:
    said = answer_in_conversation(
        "and he not pay me money he owe, cash money. what i can do",
        "assault",
        ["my boss punched me on the building site"],
        consent=True,
        injured=True,
    )
    assert said is not None and said.response == "utter_d4_wages_owed"


def test_graham_take_that_vulnerable_thing_off_takes_the_condition_off() -> None:
    from actions.reading import corrections

    facts = {"impairment": True, "crime_type": "theft"}
    got = corrections("and take that vulnerable thing off, im not", facts)
    assert got == {"impairment": False}


def test_graham_takes_the_vulnerable_label_off_while_waiting_for_a_person(
    dispatcher: Any, domain: Any
) -> None:
    from actions.dialogue import ActionWhileWaiting
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={
            "consent": True,
            "waiting_for_person": True,
            "handoff": "waiting",
            "crime_type": "theft",
            "impairment": True,
            "results_shown": True,
        },
        text="and take that vulnerable thing off, im not",
        intent="nlu_fallback",
        active_loop=None,
    )
    events = ActionWhileWaiting().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots.get("impairment") is False
    assert "you don't have a health condition" in dispatcher.messages[0]["text"]
