"""Round 99, helper k99a: Dennis (roofers took his cash), Priya (stalked at work), Marcus
(neighbour's racist attack), Sofia (unpaid wages, immigration threat)."""

from __future__ import annotations

from actions.account import read_account
from actions.reading import Turn, read_turn
from tests.unit.known_answers import answer_in_conversation, responses_in_conversation

DENNIS = [
    "yes thats alright. I AM 74 AND NOT VERY GOOD WITH THESE THINGS. two men came to my door "
    "last week said my roof tiles were loose",
    "no im safe. they took 3000 pound cash off me up front for the job and never came back. i "
    "feel such a fool",
    "I TOLD YOU. the roofers took my money. its a scam i suppose. will the police laugh at me",
    "strangers. one was tall with a van, white van. should i tell my bank, it was cash",
    "no. maybe because im old and on my own since my wife passed",
]


def _response(text, crime_type, said, **answers):
    got = answer_in_conversation(text, crime_type, said, **answers)
    return None if got is None else got.response


# D3: "since my wife passed" and "a white van" in a fraud got Bereavement Support Payment and a
# hit and run, twice.
def test_dennis_money_question_is_not_a_bereavement_or_road_answer():
    for text in (
        "yes but they must write to me or text my daughter not ring me. can i get the money "
        "back or not",
        "WHAT? nobody has died in a hit and run. my wife died 3 years ago of cancer. I AM "
        "ASKING ABOUT THE ROOFERS MONEY",
    ):
        assert _response(text, "fraud", DENNIS) == "utter_x71d_trader_money_back_cash"


# D3: his denials put the Motor Insurers' Bureau and Brake in his services.
def test_a_denied_road_crash_is_no_road_crash():
    for text in (
        "WHAT? nobody has died in a hit and run. my wife died 3 years ago of cancer. I AM "
        "ASKING ABOUT THE ROOFERS MONEY",
        "why does it say motor insurers and road victims. I WAS NOT IN A CAR CRASH. what have "
        "you told them about me",
    ):
        assert "road_crash" not in read_account(text).details
    assert "road_crash" in read_account("my husband was killed in a hit and run").details


# D3: "why does it say motor insurers" got the crime-number-for-your-insurer answer.
def test_asking_why_motor_insurers_is_listed_is_not_an_insurance_question():
    got = responses_in_conversation(
        "why does it say motor insurers and road victims. I WAS NOT IN A CAR CRASH. what have "
        "you told them about me",
        "fraud",
        DENNIS,
    )
    assert "utter_insurance_crime_number" not in got


# D2: "i want my money back" got the recovery-scam warning meant for a fake caller.
def test_dennis_wants_his_cash_back_gets_the_cash_answer_not_recovery_scam():
    text = (
        "i want my money back really. and somebody to help me with the police that i dont have "
        "to ring"
    )
    assert _response(text, "fraud", DENNIS) == "utter_x71d_trader_money_back_cash"


# D1: hearing loss at the disability question was taken as another language and asked again.
def test_hard_of_hearing_at_the_disability_question_is_its_answer():
    reading = read_turn(
        Turn(
            text="im a bit deaf. i cant hear the phone very well so i dont like ringing numbers",
            intent="other_language",
            requested="impairment",
            answers={"crime_type": "fraud"},
            asked={"impairment": 1},
        )
    )
    assert not reading.reject
    assert reading.slots.get("impairment") is True


SOFIA_NOTED = {
    "crime_type": "human_trafficking",
    "relationship_to_offender": "someone_known",
    "consent": True,
    "in_danger": False,
    "account_details": ["labour_told"],
}


# S2: "trafficking? no no ..." and "I am not slave" left "trafficking or forced work" noted.
def test_sofia_takes_back_the_trafficking_label_the_first_time():
    from actions.reading import corrections

    for text in (
        "trafficking? no no. I come to london alone 6 years ago, I live my own flat. only he not "
        "pay me. no police, I not go police",
        "why slavery? I am not slave, I tell you. I want only my money",
    ):
        assert corrections(text, SOFIA_NOTED).get("crime_type") == "other"


# S3: her correction at "Is it safe for a support worker to contact you?" was a no, and she was
# told "OK, nobody will contact you".
def test_putting_the_crime_right_at_the_contact_question_is_not_a_no():
    answers = {**SOFIA_NOTED, "referral_consent": True}
    reading = read_turn(
        Turn(
            text="is wrong. not trafficking. is boss not pay wages. please change",
            intent="inform",
            requested="contact_safe",
            answers=answers,
            asked={"contact_safe": 1},
        )
    )
    assert reading.slots.get("crime_type") == "other"
    assert "contact_safe" not in reading.slots
    no = read_turn(
        Turn(
            text="no",
            intent="inform",
            requested="contact_safe",
            answers=answers,
            asked={"contact_safe": 1},
        )
    )
    assert no.slots.get("contact_safe") is False


# P3: "should i keep the messages he sends or delete them" was asked "Do you want me to delete
# everything from this conversation?", and "should i keep them as evidence" got "I can't answer".
def test_keeping_his_messages_is_not_deleting_this_chat():
    from core.privacy_question import about_their_things

    text = "mornings before 9 or after 10pm. should i keep the messages he sends or delete them"
    assert about_their_things(text)
    assert not about_their_things("should i delete this chat")
    reading = read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="contact_times",
            answers={"crime_type": "stalking_harassment", "referral_consent": True},
            asked={"contact_times": 1},
        )
    )
    assert reading.slots.get("contact_times") == "mornings before 9 or after 10pm"
    assert [say.response for say in reading.say] == ["utter_keep_evidence"]


def test_should_i_keep_them_as_evidence_is_answered():
    got = answer_in_conversation(
        "no keep it!! i meant his messages to me, should i keep them as evidence",
        "stalking_harassment",
        [],
    )
    assert got is not None and got.response == "utter_keep_evidence"


PRIYA = [
    "hi um is this stalking or am i overreacting. my ex keeps coming to my work and texting me "
    "from new numbers after i blocked him",
    "not right now im at home. its at my work not where i live, hes been coming to the pharmacy "
    "like 2 months now, just stands outside or comes in and acts like a customer",
]
PRIYA_TOLD = {"relationship_to_offender": "partner_or_ex", "reported_to_police": False}


# P1, P2: "can my manager be told?" got "We never tell your boss", "i WANT my manager to know so
# they can stop him coming in" got the police-at-home answer, "will that make it worse?" the
# privacy text.
def test_priya_asking_to_tell_her_manager_is_answered():
    for text in (
        "no i havent, i didnt think they would care. can my manager be told? im scared of "
        "walking home after late shifts, i finish at 10",
        "23. no i mean i WANT my manager to know so they can stop him coming in, is that ok? and "
        "what about walking home",
        "yes please. but you still didnt say if i can tell my manager, will that make it worse?",
    ):
        assert (
            _response(text, "stalking_harassment", PRIYA, **PRIYA_TOLD)
            == "utter_k99a_tell_work_stalked"
        )


def test_stopping_him_coming_in_at_work_is_not_the_partner_at_home_answer():
    from actions.questions import asks_if_partner_can_come_back

    assert not asks_if_partner_can_come_back(
        "i WANT my manager to know so they can stop him coming in, is that ok?",
        "stalking_harassment",
        PRIYA_TOLD,
    )


def test_will_you_tell_my_boss_is_still_the_privacy_answer():
    got = _response("will you tell my boss?", "stalking_harassment", PRIYA, **PRIYA_TOLD)
    assert got != "utter_k99a_tell_work_stalked"


# S1: Sofia's first message got the Code's complaints answer (the Ombudsman).
def test_a_threat_if_she_complains_is_not_the_complaints_right():
    from actions.questions import topic_fits

    assert not topic_fits(
        "complaint",
        "hello. I work in restaurant, boss no pay me 2 months. he say if I complain he call "
        "immigration. I am scared",
    )
    assert topic_fits("complaint", "how do i complain about the police?")


# M1: "you gonna do something or not" got "I can't answer your question here".
def test_marcus_asking_if_the_bot_will_do_something_is_answered():
    for text in (
        "why you asking all this, you gonna do something or not",
        "if its just another person who takes notes and does nothing dont bother",
    ):
        assert _response(text, "assault", []) == "utter_k99a_what_i_can_do"
    assert _response("are the police gonna do anything", "assault", []) != (
        "utter_k99a_what_i_can_do"
    )


# D1: "why did you say about language, I SPEAK ENGLISH i am just hard of hearing" got "I can't
# answer your question here".
def test_hearing_taken_for_a_language_need_is_owned():
    text = (
        "i dont know. i wouldnt recognise them probably. why did you say about language, I SPEAK "
        "ENGLISH i am just hard of hearing"
    )
    assert _response(text, "fraud", DENNIS) == "utter_k99a_hearing_not_language"
    assert _response("im deaf, can i get a bsl interpreter?", "assault", []) != (
        "utter_k99a_hearing_not_language"
    )
