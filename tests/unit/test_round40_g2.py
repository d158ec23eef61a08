"""Round 40 (helper G2): false alarms, safety replies in the wrong place, and safety needs
missed.

- Aminata, paused for danger: "can i go to refuge TODAY with my daughter before he come home?
  who i call" got only "I'm still here" until she pressed "I'm safe now".
- Alan, a rough sleeper kicked in the head: "do i need hospital ... keep feeling dizzy" was
  ignored twice, and choosing "your health" gave nothing.
- Mei, coughed at on the Tube: told three times to get her neck checked; "I live with my
  husband only, it is safe" got the refuge line twice; "Please stop saying about neck" ended
  the chat.
- Olu: "can my wife contact them herself too? she was in the house as well" got the 999 screen.
- Helen: her son mugged at knifepoint on Tuesday (past) got the 999 screen first.
- Kieran, stalked by his ex-boyfriend: sent to the National DA Helpline (for women) for an order.
- Sophie, 16: the Revenge Porn Helpline (adults) after saying she was 16; "mum is in the next
  room ... somewhere i can just type" got the Silent Solution, not Childline's chat.
"""

from __future__ import annotations

import pytest

from actions.dialogue import ActionDangerInterrupt
from actions.questions import is_question
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk, trusted_crisis
from bot.safety_net import stops_one_thing
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

NEW = ("utter_g2_protection_order_man", "utter_g2_others_affected_can_contact")


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 40, helper G2", ({}, {"gender": "man"}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Aminata: a question about getting out, while paused for danger ----------------------

_AMINATA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "age": 38,
    "gender": "woman",
    "in_danger": True,
    "assessment_done": True,
}


def test_a_refuge_question_while_paused_is_answered(dispatcher, domain):
    text = "can i go to refuge TODAY with my daughter before he come home? who i call"
    tracker = make_tracker(
        slots=_AMINATA,
        text=text,
        intent="in_danger",
        active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[-1] == "utter_still_here"
    assert "utter_refuge_with_children" in said


def test_a_plain_danger_message_while_paused_gets_only_the_short_reply(dispatcher, domain):
    tracker = make_tracker(
        slots=_AMINATA,
        text="hes outside",
        intent="in_danger",
        active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_still_here"]


# -- 2. Alan: dizzy after a blow to the head ---------------------------------------------------

_ALAN = {"relationship_to_offender": "stranger", "age": 48, "account_details": ["injured"]}


@pytest.mark.parametrize(
    "said",
    [
        "skip. my ribs are killing me tho and my head. do i need hospital",
        "i asked do i need hospital. got hit on the head and kicked in the ribs. keep feeling "
        "dizzy",
        "do i need to go to a&e",
        "should i need a doctor for this?",
    ],
)
def test_asking_whether_they_need_hospital_gets_the_injury_answer(said):
    assert answer(said, "robbery", **_ALAN) == "utter_injury"


def test_asked_again_without_a_mark_is_a_question():
    assert is_question("i asked do i need hospital. got hit on the head")
    assert not is_question("i asked the police to come round")


@pytest.mark.parametrize(
    ("requested", "text"),
    [
        ("impairment", "skip. my ribs are killing me tho and my head. do i need hospital"),
        (
            "fear_of_giving_evidence",
            "i asked do i need hospital. got hit on the head and kicked in the ribs. keep "
            "feeling dizzy",
        ),
    ],
)
def test_the_hospital_question_is_answered_at_a_pending_question(requested, text):
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"crime_type": "robbery", **_ALAN},
            asked={requested: 1},
        )
    )
    assert "utter_injury" in [say.response for say in reading.say]


def test_choosing_your_health_after_telling_of_an_injury_gets_the_injury_answer():
    reading = read_turn(
        Turn(
            text="your health and practical help. somewhere to sleep and a new sleeping bag",
            intent="inform",
            requested="needs",
            answers={"crime_type": "robbery", **_ALAN},
            asked={"needs": 1},
        )
    )
    assert "utter_injury" in [say.response for say in reading.say]


def test_choosing_your_health_without_an_injury_gets_no_injury_answer():
    reading = read_turn(
        Turn(
            text="your health",
            intent="inform",
            requested="needs",
            answers={"crime_type": "robbery", "relationship_to_offender": "stranger"},
            asked={"needs": 1},
        )
    )
    assert "utter_injury" not in [say.response for say in reading.say]


# -- 3. Mei: coughed at, not strangled; a kind husband; "stop saying about neck" ----------------

_MEI = {"relationship_to_offender": "stranger", "age": 31, "hate_motivated": True}


@pytest.mark.parametrize(
    "said",
    [
        "Hello, excuse me. I would like to ask some question please. Some months ago a man on the "
        "Tube coughed at me and said I am virus and he pushed me. I did not report. Now I still "
        "feel scared to take the Tube. Is it too late to report to police?",
        "Sorry, I don't understand. Why my neck? He did not touch my neck, he only pushed my "
        "shoulder. It was in September. Yes it is OK to keep",
        "No I am safe. But please, nobody hurt my neck. I am worried now. Did I say something "
        "wrong?",
        "But I said No health condition. I only ask if anxiety is. Please correct. And what about "
        "my husband and the neck, you wrote this?",
        "Please stop saying about neck. I have no health condition.",
        "someone coughed on me on the bus and called me names, can i report it?",
    ],
)
def test_being_coughed_at_or_denying_neck_harm_gets_no_neck_warning(said):
    assert answer(said, "assault", **_MEI) != "utter_strangled"
    assert answer(said, None) != "utter_strangled"


@pytest.mark.parametrize(
    "said",
    [
        "he squeezed my throat and now i keep coughing, is that bad?",
        "my neck is really sore today and it hurts to swallow",
        "he strangled me last night, should i go to hospital?",
    ],
)
def test_real_neck_harm_still_gets_the_neck_warning(said):
    assert answer(said, "assault") in ("utter_strangled", "utter_strangling_is_a_crime")


@pytest.mark.parametrize(
    "said",
    [
        "Yes, I live with my husband only, it is safe",
        "Sorry? My husband is very kind, he did not do anything. Why you say refuge? I am confused",
    ],
)
def test_a_safe_home_after_a_stranger_attack_gets_no_refuge_line(said):
    assert answer(said, "assault", **_MEI) != "utter_living_with_them"


@pytest.mark.parametrize(
    "said",
    [
        "i live with him and hes back at 6",
        "I still live with my husband, can I go to a refuge?",
    ],
)
def test_living_with_the_abuser_still_gets_the_refuge_line(said):
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") == (
        "utter_living_with_them"
    )


@pytest.mark.parametrize(
    "said",
    [
        "Please stop saying about neck. I have no health condition.",
        "stop saying that",
        "can you stop talking about the police",
    ],
)
def test_stopping_one_thing_is_not_the_stop_command(said):
    assert stops_one_thing(said)


@pytest.mark.parametrize("said", ["stop", "please stop", "stop now", "i want to stop", "STOP"])
def test_the_stop_command_is_still_the_stop_command(said):
    assert not stops_one_thing(said)


# -- 4. Olu: can his wife contact them too ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. can my wife contact them herself too? she was in the house as well",
        "?? we're not in danger. I asked if my wife can call victim support herself",
        "So can she call them or not",
        "can my husband get support too?",
        "could my daughter talk to them as well?",
    ],
)
def test_someone_else_affected_can_contact_them(said):
    assert answer(said, "burglary", relationship_to_offender="stranger") == (
        "utter_g2_others_affected_can_contact"
    )


@pytest.mark.parametrize(
    "said",
    [
        "ok. can my wife contact them herself too? she was in the house as well",
        "she was in the house as well when it happened",
        "my son was at home too",
    ],
)
def test_someone_there_when_it_happened_is_not_danger_now(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "she is in the house now with a knife",
        "hes in the house",
        "hes here",
        "my ex is outside my door",
    ],
)
def test_someone_there_now_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


@pytest.mark.parametrize(
    "said",
    [
        "how long will the police take?",
        "can my wife come to court with me?",
        "my wife is 7 months pregnant and she's terrified",
    ],
)
def test_other_questions_do_not_get_the_others_can_contact_answer(said):
    assert answer(said, "burglary") != "utter_g2_others_affected_can_contact"


# -- 5. Helen: a knife in what happened on Tuesday ----------------------------------------------

HELEN = (
    "Hello, I'm not sure if this is the right place. My son was mugged on Tuesday on his way home "
    "from school, two older boys held a knife to him and took his trainers. He's 14. He's not "
    "hurt physically but he won't leave the house now"
)


def test_a_past_mugging_at_knifepoint_is_not_danger_now():
    assert detect_risk(HELEN) is None
    assert not trusted_crisis(HELEN, "in_danger")


@pytest.mark.parametrize(
    "said",
    [
        "he held a knife to me yesterday and hes outside now",
        "yesterday he had a knife, now hes at the door with it",
        "he has a knife and he is here",
    ],
)
def test_a_knife_there_now_is_still_trusted(said):
    assert detect_risk(said) == "in_danger" or trusted_crisis(said, "in_danger")


# -- 6. Kieran: an order for a man --------------------------------------------------------------


def test_a_man_asking_for_an_order_gets_services_for_men():
    said = (
        "ok cheers. can u get like a restraining order or something to keep him away from my work?"
    )
    got = answer(
        said, "stalking_harassment", relationship_to_offender="partner_or_ex", gender="man", age=20
    )
    assert got == "utter_g2_protection_order_man"


def test_a_woman_asking_for_an_order_keeps_the_national_da_helpline():
    said = "can i get a restraining order to keep him away?"
    got = answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex", gender="woman")
    assert got == "utter_protection_order"


# -- 7. Sophie, 16: Childline's chat, not the adults' helpline -----------------------------------

_SOPHIE = {"relationship_to_offender": "stranger", "age": 16, "under_18": True}


@pytest.mark.parametrize(
    "said",
    [
        "ok. i cant call anyone my mum is in the next room she'll hear. is there somewhere i can "
        "just type",
        "im not in danger from my mum lol shes fine i just dont want her to hear. i mean like a "
        "chat thing",
        "is there an online chat i can use instead",
    ],
)
def test_a_young_person_who_cannot_call_gets_childline_chat(said):
    assert answer(said, "sexual_offence", **_SOPHIE) == "utter_childline_without_phone"


def test_an_adult_who_wants_to_type_is_not_sent_to_childline():
    said = "is there somewhere i can just type"
    assert answer(said, "sexual_offence", age=30) != "utter_childline_without_phone"


def test_mum_in_the_next_room_who_might_hear_is_not_danger():
    said = (
        "ok. i cant call anyone my mum is in the next room she'll hear. is there somewhere i can "
        "just type"
    )
    assert detect_risk(said) is None


def test_saying_16_in_the_message_gets_the_young_persons_answer():
    said = (
        "no. im 16. if i go to police will they tell my mum and dad?? and will i get in trouble "
        "for sending it cos i know ur not allowed under 18"
    )
    got = answer(said, "sexual_offence", account_details=["sextortion"])
    assert got == "utter_sextortion_not_your_fault"


def test_an_adult_blackmailed_keeps_the_adults_answer():
    said = "if i go to police will i get in trouble for sending it?"
    got = answer(said, "sexual_offence", account_details=["sextortion"], age=25)
    assert got == "utter_sextortion_victim"
