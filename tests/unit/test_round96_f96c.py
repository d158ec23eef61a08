"""f96c (round 96): Grace (r95c) and Tom (r95b), round 95's role-play."""

from __future__ import annotations

from tests.unit.known_answers import (
    ALL_RESPONSES,
    responses_in_conversation,
    sendable,
    topic_answered,
)

GRACE_EARLIER = (
    "ok yes. but please not tell immigration. a man from my church he take my passport and he "
    "take my money from work. i clean a house and i sleep there. can police take me? i am from "
    "nigeria",
    "i dont know. he is not here now. the lady of the house is ok. but he say if i go he will "
    "call home office",
)
GRACE_DEPORTED = "no. i am scared. if i tell police they send me back to nigeria?"
GRACE_SAMUEL = (
    "he is not my family. he is man from church, brother samuel. he get me the job last year. "
    "he keep my passport and every month the money go to him, i get only little"
)
GRACE_MARRY = (
    "i dont know. maybe because i am new here and i dont know people. what is marry thing you "
    "said? nobody want me to marry"
)
FORCED_MARRIAGE_SENT = (
    "You don't have to go: as an adult, no one can take you abroad against your will. Being "
    "taken 'back home' after a row over who you see can be a warning sign of forced marriage, "
    "before anyone says marry. Forced Marriage Unit (confidential): 020 7008 0151.",
    "How old are you? It helps me find the right services for you. You can say 'skip'.",
)


def test_being_sent_back_by_the_state_is_not_the_forced_marriage_warning() -> None:
    facts = {"crime_type": None, "consent": True, "said": [*GRACE_EARLIER, GRACE_DEPORTED]}
    assert topic_answered(GRACE_DEPORTED, facts) != "utter_m79e_taken_abroad"
    got = responses_in_conversation(GRACE_DEPORTED, None, GRACE_EARLIER)
    assert got == ["utter_immigration"]
    # A family taking an adult abroad still gets it.
    assert topic_answered("if they take me to pakistan what do i do", {"age": 31}) == (
        "utter_m79e_taken_abroad"
    )


def test_asked_what_the_marriage_text_was_gets_a_sorry() -> None:
    earlier = (*GRACE_EARLIER, GRACE_DEPORTED, GRACE_SAMUEL, "25")
    got = responses_in_conversation(
        GRACE_MARRY, None, earlier, recent_bot_texts=FORCED_MARRIAGE_SENT
    )
    assert got == ["utter_f96c_forced_marriage_not_you"]
    assert "didn't apply to you" in sendable("utter_f96c_forced_marriage_not_you")[0]
    # Not when no forced-marriage text was sent, nor when they spoke of marriage themselves.
    assert responses_in_conversation(GRACE_MARRY, None, earlier) != [
        "utter_f96c_forced_marriage_not_you"
    ]
    assert responses_in_conversation(
        "what did you say about marriage? nobody wants me to marry",
        None,
        ("my family want me to marry my cousin",),
        recent_bot_texts=FORCED_MARRIAGE_SENT,
    ) != ["utter_f96c_forced_marriage_not_you"]


def test_passport_and_wages_kept_is_exploitation_not_a_threat_to_return() -> None:
    earlier = (*GRACE_EARLIER, GRACE_DEPORTED)
    got = responses_in_conversation(GRACE_SAMUEL, None, earlier)
    assert "utter_threat_to_return" not in got
    assert got == ["utter_passport_at_work"]
    text = sendable("utter_passport_at_work")[0]
    assert "08000 121 700" in text and "isn't the police" in text and "not your fault" in text
    assert "utter_passport_at_work" in ALL_RESPONSES
    # A real threat to come back still gets its answer.
    assert responses_in_conversation("he said hed find me", "assault", ()) == [
        "utter_threat_to_return"
    ]


TOM_EARLIER = [
    "bloke smashed my wing mirror at a junction in greenwich then punched me through the window. "
    "got it all on dashcam. is it even worth reporting",
    "yeah fine. so is it worth it or not",
    "no im fine, home now. jaw bit sore. it was tuesday. ive had to take 2 days off work, do i "
    "get paid for that??",
]
TOM_DAY_4 = (
    "no not yet. i was in the lorry on a job when it happened if that matters. 2 days off is "
    "only 2 days, sick pay dont start till day 4 does it"
)


def test_when_sick_pay_starts_is_answered_by_the_rules_now() -> None:
    from actions.questions import is_question

    assert is_question(TOM_DAY_4)
    assert not is_question("every time he does it")
    for text in (TOM_DAY_4, "46. you didnt answer me, does sick pay start day 4 or not"):
        got = responses_in_conversation(text, "assault", TOM_EARLIER, injured=True)
        assert got == ["utter_f96c_sick_pay_from_day_one"], text
    said = sendable("utter_f96c_sick_pay_from_day_one")
    assert len(said) == 1 and "first full day" in said[0] and len(said[0]) <= 320


def test_who_pays_for_the_mirror_is_not_cica() -> None:
    for text in (
        "compensation. who pays for the mirror then",
        "english. thats for injuries, im asking about the MIRROR. does the cica pay for damage "
        "to the lorry or what",
    ):
        got = responses_in_conversation(text, "assault", TOM_EARLIER, injured=True)
        assert got == ["utter_damage_who_pays"], text
    assert "doesn't cover property" in sendable("utter_damage_who_pays")[0]


def test_own_dashcam_footage_with_the_report_is_not_the_bus_cctv_answer() -> None:
    text = (
        "nah im alright. ill just report it online with the dashcam. do i send the footage with "
        "the report or do they ask for it"
    )
    got = responses_in_conversation(text, "assault", TOM_EARLIER, injured=True)
    assert got == ["utter_f96c_own_footage_with_report"]
    said = sendable("utter_f96c_own_footage_with_report")[0]
    assert "buses" not in said and "unedited" in said and len(said) <= 320
