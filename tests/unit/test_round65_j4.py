"""Round 65, helper j4: questions ignored or answered wrongly (Mairead, Kieran, Amira, Pete,
Dev, Moira, Gloria, Nadia)."""

from __future__ import annotations

import pytest

from actions.questions import known_answer
from tests.unit.known_answers import RESPONSES, answer_in_conversation, said_answer

AMIRA_SAID = [
    "someone pulled my hijab on the tube this morning and called me a terrorist",
    "19. but like will they actually look for him tho or is it pointless",
]
PETE_SAID = [
    "had a fare punch me last night and do a runner. got it all on dashcam. is there any point "
    "reporting it or will old bill not bother",
]
DEV_SAID = [
    "my daughters 14 and i just found messages on her phone from a grown man. hes been talking "
    "to her for weeks and she's meant to be meeting him on saturday. what do i do",
    "i already told you. some bloke, 30s maybe, been messaging her on snapchat or whatever "
    "telling her shes mature for her age, asking for pics, telling her not to tell me. shes 14",
]
MOIRA_SAID = [
    "the man upstairs keeps banging on ma door and shouting at me, its been months",
    "aye its HIM upstairs, a telt ye. the man in the flat above. its a peabody flat, should a be "
    "going tae them",
]
NADIA_SAID = [
    "hello. i need help please. my husband he say he take my children to somalia",
    "i dont know. he not hit me. but he say he take the kids and i never see them. he have the "
    "passports",
]


def summary_of(text: str, crime: str, referred: bool = False, **answers: object):
    return known_answer(
        text, crime, (), referred, answers={"crime_type": crime, "said": [], **answers}
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ah for God's sake. What have you written down about me?",
        "wat u got written bout me",
        "nah i mean wat did u save bout me. n is the human person still gonna msg me on here??",
        "before i say yes what have u actually written down about what happened",
        "what have u actually written down",
        "what did u send them about what happened to me? i want to make sure it doesnt say assault",
        "wat have u got on me",
        "what did you record about me",
        "whats been written down about me",
    ],
)
def test_read_back_requests_get_what_is_noted(text):
    said = summary_of(text, "hate_crime", consent=True, age=19.0)
    assert said is not None and said.args.get("utter_action") == "utter_summary"
    assert "Here's what I've noted" in said.text


def test_after_a_referral_the_read_back_says_the_team_will_see_it():
    text = (
        "what did u send them about what happened to me? i want to make sure it doesnt say assault"
    )
    said = summary_of(
        text, "assault", True, consent=True, referral_consent=True, hate_motivated=True
    )
    assert said is not None and said.text.startswith("This is what the support team will see")
    assert "Here's what I've noted" in said.text and len(said.text) <= 320


def test_read_back_widening_reaches_the_after_result_reader():
    from actions.questions import f5_asks_what_was_noted

    assert f5_asks_what_was_noted("wat u got written bout me")
    assert f5_asks_what_was_noted("wat did u save bout me")


@pytest.mark.parametrize(
    "text",
    [
        "i dont want it written down like i got beaten up",
        "what did he write about me on facebook",
        "what should i write down about what happened",
        "what did the police write about me",
        "can you write down that i was scared",
    ],
)
def test_other_writing_is_not_a_read_back(text):
    said = summary_of(text, "hate_crime", consent=True, age=19.0)
    assert said is None or said.args.get("utter_action") != "utter_summary"


def test_mairead_read_back_is_not_taken_for_why():
    from actions.dialogue import asks_for_the_reasons  # noqa: F401
    from actions.questions import f5_asks_what_was_noted

    assert f5_asks_what_was_noted("Ah for God's sake. What have you written down about me?")


def test_amira_pointless_on_the_tube():
    said = said_answer(AMIRA_SAID[1], "hate_crime", AMIRA_SAID[:1], consent=True)
    assert said == "utter_j4_worth_reporting_transport"
    text = RESPONSES["utter_j4_worth_reporting_transport"][0]["text"]
    assert "61016" in text and "0800 40 50 40" in text


@pytest.mark.parametrize(
    "text",
    [
        "you aint answered me. yes or no, worth reporting?",
        "is there any point reporting it",
        "dont need nothing kept. just answer the question, is there any point",
        "but will they actually do something or is it another crime number and forget it",
    ],
)
def test_pete_worth_reporting_with_dashcam(text):
    said = said_answer(text, "assault", PETE_SAID, consent=False, reported_to_police=False)
    assert said == "utter_j4_worth_reporting_footage"


def test_worth_reporting_without_footage_keeps_the_older_answers():
    # Dave: no CCTV -> q1's answer; Tariq's phone snatch with nothing filmed -> g4's.
    dave = "is it worth me reporting it or not with no cctv?"
    assert said_answer(dave, "assault", [], consent=True) != "utter_j4_worth_reporting_footage"
    tariq = "is there any point reporting it or what"
    got = said_answer(tariq, "theft", ["someone on a moped snatched my phone"], consent=True)
    assert got not in ("utter_j4_worth_reporting_footage", "utter_j4_worth_reporting_transport")


def test_worth_reporting_after_reporting_is_not_this_answer():
    got = said_answer(
        "is there any point", "assault", PETE_SAID, consent=True, reported_to_police=True
    )
    assert got != "utter_j4_worth_reporting_footage"


def test_dev_grooming_is_a_crime_before_any_meeting():
    text = (
        "no he targeted her cos shes a kid. is it even a crime if he hasnt met her yet? he "
        "hasnt touched her"
    )
    got = said_answer(text, "child_abuse", DEV_SAID, consent=True)
    assert got == "utter_j4_grooming_is_a_crime"
    assert "15A" in RESPONSES["utter_j4_grooming_is_a_crime"][0]["text"]


def test_not_touched_without_grooming_is_not_the_grooming_answer():
    said = ["a man grabbed my arm in the street and shouted at me"]
    text = "is it even a crime if he never touched me properly?"
    assert said_answer(text, "assault", said, consent=True) != "utter_j4_grooming_is_a_crime"


@pytest.mark.parametrize(
    "text",
    [
        "its a peabody flat, should a be going tae them",
        "ye still havenae said aboot peabody. ma landlord. should a complain tae them",
        "a HAVE reported it, twice, a telt ye. an whit aboot peabody, am a peabody tenant, can "
        "they no dae somethin aboot him",
        "its a clarion flat, should i tell them too?",
    ],
)
def test_moira_tell_the_landlord(text):
    got = said_answer(text, "harassment", MOIRA_SAID[:1], consent=True)
    assert got == "utter_j4_tell_landlord_asb"


def test_landlord_question_without_a_neighbour_is_not_this_answer():
    said = ["my landlord keeps coming into my room without asking"]
    text = "should i complain to the landlord"
    assert said_answer(text, "harassment", said, consent=True) != "utter_j4_tell_landlord_asb"
    da = ["my partner hits me, we live in a peabody flat, the neighbours hear it"]
    assert said_answer("should i tell them", "domestic_abuse", da, consent=True) != (
        "utter_j4_tell_landlord_asb"
    )


def test_gloria_court_is_not_dropped_for_the_sleep_tip():
    text = (
        "Just the hip, it is black and blue. The doctor at the surgery had a look this morning "
        "and said nothing is broken thank God. But I cannot sleep well, I keep going over it. "
        "And must I go to court if they catch him? I don't want to stand up in front of him."
    )
    said = answer_in_conversation(text, "robbery", [], consent=True, age=72.0)
    assert said is not None and said.response == "utter_i6_court_special_measures"
    assert [then.response for then in said.then] == ["utter_flashbacks_ptsd"]


def test_sleep_alone_still_gets_the_sleep_tip():
    text = "I cannot sleep well, I keep going over it."
    said = answer_in_conversation(text, "robbery", [], consent=True, age=72.0)
    assert said is not None and said.response == "utter_flashbacks_ptsd"


@pytest.mark.parametrize(
    "text",
    [
        "That is right. And my name is Gloria Campbell, did you get that? Should I ring the "
        "police myself now or will the lady who calls me do it for me?",
        "will the lady who calls me do it for me?",
        "can the support worker report it for me?",
    ],
)
def test_gloria_worker_helps_report(text):
    said = answer_in_conversation(text, "robbery", [], consent=True, age=72.0)
    assert said is not None and said.response == "utter_j4_worker_helps_report"


def test_someone_reporting_for_a_hate_crime_keeps_its_answer():
    text = "can someone report it for me?"
    got = said_answer(text, "hate_crime", [], consent=True, hate_motivated=True)
    assert got != "utter_j4_worker_helps_report"


@pytest.mark.parametrize("text", ["no. police can stop him take kids?", "help stop him take kids"])
def test_nadia_police_can_stop_him_taking_the_kids(text):
    got = said_answer(text, "domestic_abuse", NADIA_SAID, consent=True)
    assert got == "utter_j4_police_stop_taking_kids"


def test_stop_him_taking_kids_to_school_is_not_abroad():
    said = ["my ex keeps turning up at the school gates shouting"]
    text = "can the school stop him taking the kids?"
    got = said_answer(text, "harassment", said, consent=True)
    assert got != "utter_j4_police_stop_taking_kids"


MAIREAD = dict(
    consent=True,
    crime_type="domestic_abuse",
    relationship_to_offender="partner_or_ex",
    repeat_victimisation=True,
    assessment_done=True,
    results_shown=True,
)


@pytest.mark.parametrize("active_loop", [None, "needs_assessment_form"])
def test_mairead_read_back_taken_for_why_is_read_back(dispatcher, domain, active_loop):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots=MAIREAD,
        text="Ah for God's sake. What have you written down about me?",
        intent="show_reasons",
        active_loop=active_loop,
        requested_slot="referral_consent" if active_loop else None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("utter_action") == "utter_summary"
    assert "Here's what I've noted" in dispatcher.messages[0]["text"]


def test_why_is_still_the_reasons(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(slots=MAIREAD, text="WHY", intent="show_reasons", active_loop=None)
    ActionShowDetails().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("utter_action") == "utter_show_reasons"


def test_kieran_read_back_taken_for_help_is_read_back(dispatcher, domain):
    from actions.dialogue import ActionHelp
    from tests.unit.conftest import make_tracker

    slots = dict(consent=True, crime_type="assault", age=15.0, under_18=True, assessment_done=True)
    tracker = make_tracker(
        slots=slots, text="wat u got written bout me", intent="help", active_loop=None
    )
    ActionHelp().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0].get("utter_action") == "utter_summary"
