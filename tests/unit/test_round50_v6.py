"""Round 50, helper V6: Eddie (burglary, heart condition), Keith (identity fraud), Hamid
(asylum hotel)."""

from __future__ import annotations

import pytest

from actions.dialogue import ActionResumeAssessment
from actions.questions import v6_plays_down_chest
from tests.unit.conftest import make_tracker, responses

EDDIE = {
    "consent": True,
    "crime_type": "burglary",
    "in_danger": True,
    "has_disability": True,
    "age": 68,
    "borough": "Bexley",
}

PLAYED_DOWN = [
    "It's not that bad, it's not pain really just tight. I don't want to waste an ambulance. "
    "I've got my spray",
    "its probably just nerves",
    "i dont want to call 999, it comes and goes",
    "im fine, ive taken my tablets",
]


@pytest.mark.parametrize("text", PLAYED_DOWN)
def test_chest_tightness_played_down_is_read(text):
    assert v6_plays_down_chest(text)


@pytest.mark.parametrize(
    "text",
    [
        "ive called 999, the ambulance is on its way",
        "yes",
        "the paramedics came and checked me, all fine",
        "I'm at A&E now",
    ],
)
def test_getting_help_is_not_playing_down(text):
    assert not v6_plays_down_chest(text)


@pytest.mark.parametrize("intent", ["safe_now", "inform", "deny"])
def test_eddie_playing_down_chest_gets_what_to_do_not_carry_on(dispatcher, domain, intent):
    tracker = make_tracker(
        slots=EDDIE,
        text=PLAYED_DOWN[0],
        intent=intent,
        requested_slot="contact_safe",
        sent=["utter_ask_referral_consent", "utter_medical_emergency"],
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert "utter_v6_chest_tight_go_on" in said
    assert "utter_glad_safe_go_on" not in said


def test_after_the_result_too(dispatcher, domain):
    tracker = make_tracker(
        slots={**EDDIE, "assessment_done": True, "results_shown": True},
        text="it's probably just nerves, I don't want to waste an ambulance",
        intent="safe_now",
        sent=["utter_medical_emergency"],
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert "utter_v6_chest_tight" in responses(dispatcher)


def test_safe_after_danger_still_gets_carry_on(dispatcher, domain):
    tracker = make_tracker(
        slots=EDDIE, text="hes gone now im ok", intent="safe_now", sent=["utter_danger_steps"]
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert "utter_glad_safe_go_on" in responses(dispatcher)


# -- Contact times and voicemail (Keith, Eddie) ----------------------------------------------

from actions.answers import read_answer  # noqa: E402
from actions.reading import Turn, corrections, read_turn  # noqa: E402

REFERRED = {
    "consent": True,
    "results_shown": True,
    "assessment_done": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
}


def test_keiths_half_past_five_is_kept_whole():
    text = "Weekdays after 5.30. Not at work, I've had enough calls at work"
    assert "after 5.30" in str(read_answer("contact_times", text).value)
    assert read_answer("contact_times", "after 5.30").value == "after 5.30"


def test_a_time_in_an_ordinary_sentence_still_splits():
    assert read_answer("contact_times", "after 5. i already said").value == "after 5"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "It's after 5.30 not after 5. I'm on shift till half 5",
            "Weekdays after 5.30. Not at work",
        ),
        ("The time is wrong. Weekdays after 17:30", "Weekdays after 17:30"),
    ],
)
def test_keiths_time_put_right_after_the_referral(text, times):
    known = {**REFERRED, "contact_times": "Weekdays after 5. Not at work", "voicemail_ok": True}
    assert corrections(text, known)["contact_times"] == times


def test_eddies_times_and_voicemail_put_right_after_the_referral():
    known = {**REFERRED, "contact_times": "tuesday", "voicemail_ok": False}
    changes = corrections(
        "No not Tuesday, I said any time except Thursday mornings. And they can leave a message "
        "on the machine that's fine",
        known,
    )
    assert changes["contact_times"] == "any time except thursday mornings"
    assert changes["voicemail_ok"] is True
    assert (
        corrections("Tuesday's fine too! And yes they CAN leave a voicemail", known)["voicemail_ok"]
        is True
    )
    assert corrections("voicemail is fine", known)["voicemail_ok"] is True


@pytest.mark.parametrize(
    "text",
    ["they can't leave a voicemail", "no voicemail please", "can they leave a message?"],
)
def test_no_voicemail_is_not_a_yes(text):
    known = {**REFERRED, "contact_times": "evenings", "voicemail_ok": False}
    assert "voicemail_ok" not in corrections(text, known)


def test_times_at_the_voicemail_question_are_times_not_a_no():
    turn = Turn(
        text="Any time, I'm in most days. Not Thursday mornings that's my cardiac clinic",
        intent="inform",
        requested="voicemail_ok",
        answers={**REFERRED, "assessment_done": False},
        asked={"voicemail_ok": 1},
    )
    reading = read_turn(turn)
    assert "voicemail_ok" not in reading.slots
    assert "Thursday mornings" in reading.slots["contact_times"]


@pytest.mark.parametrize(
    ("text", "value"), [("no", False), ("yes", True), ("any time, yes leave a message", True)]
)
def test_plain_voicemail_answers_still_read(text, value):
    assert read_answer("voicemail_ok", text).value is value


def test_since_tuesday_beside_a_yes_is_not_a_time_to_ring():
    turn = Turn(
        text="Go on then yes. Another thing, my chest has been a bit tight since Tuesday, on and "
        "off. Probably just nerves",
        intent="affirm",
        requested="referral_consent",
        answers={"consent": True, "crime_type": "burglary", "results_shown": True},
        asked={"referral_consent": 1},
    )
    reading = read_turn(turn)
    assert reading.slots["referral_consent"] is True
    assert "contact_times" not in reading.slots


# -- Keith's "No." to an answer, not to the referral -----------------------------------------


def test_keiths_no_to_the_answer_is_not_a_no_to_the_referral():
    text = (
        "No. The DEBT COLLECTOR says they will take ME to court for the loan I never took. What "
        "do I do. Is there anyone who actually knows about this"
    )
    assert read_answer("referral_consent", text).value is None


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No thanks",
        "no. i will call them myself",
        "No. I DONT want anyone ringing me about this",
        "NO. dont pass my details on to anyone",
    ],
)
def test_a_real_no_is_still_a_no(text):
    assert read_answer("referral_consent", text).value is False


# -- Eddie's questions: force at home, and the car ------------------------------------------

from tests.unit.known_answers import answer  # noqa: E402

EDDIE_ANSWERS = {"age": 68, "borough": "Bexley"}


@pytest.mark.parametrize(
    "text",
    [
        "Yes police came out Wednesday morning, young lad and a lady officer, very nice. Took a "
        "statement. I've got a crime number somewhere. Here, am I allowed to defend myself next "
        "time? Because I've got a cricket bat by the bed now",
        "No just the once thank God. What's this about a shop? I haven't got a shop, I'm "
        "retired, I was a bus driver 35 years. I'm talking about my own house. Can I or can't I "
        "whack him if he comes in my house again",
        "can I defend myself in my own house",
        "can i hit a burglar if he breaks in",
    ],
)
def test_force_at_home_gets_the_householder_answer(text):
    assert answer(text, "burglary", **EDDIE_ANSWERS) == "utter_v6_force_at_home"


@pytest.mark.parametrize(
    "text",
    [
        "am I allowed to defend my shop? Like physically stop them, or keep something behind the "
        "counter",
        "My cousin says I can keep a cricket bat under the counter for protection. Is that legal?",
    ],
)
def test_the_shop_keeps_its_answer(text):
    assert answer(text, "robbery") == "utter_s4_force_and_weapons"


@pytest.mark.parametrize(
    "text",
    [
        "Never seen him before in my life. Young, hoodie, the usual. Now the car, he's got the "
        "keys, is he going to come back for it? It's sat on the drive. My son in law says he'll "
        "be back",
        "Right. The car keys. He took my car keys. The car is on my drive. Should I move it or "
        "what",
    ],
)
def test_the_car_question_is_answered(text):
    assert answer(text, "burglary", **EDDIE_ANSWERS) == "utter_v6_car_keys_taken"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("my car was stolen from outside my house, what do i do", "theft"),
        ("I keep thinking he'll come back with the keys tonight. I haven't slept", "burglary"),
        ("he hit me in the car park", "assault"),
    ],
)
def test_other_car_and_key_messages_do_not_get_the_car_keys_answer(text, crime):
    assert answer(text, crime) != "utter_v6_car_keys_taken"


# -- Hamid: moving hotel, and whether support tells the Home Office ---------------------------

HAMID = {"age": 27, "borough": "Ealing"}


@pytest.mark.parametrize(
    "text",
    [
        "before he shout at me in the kitchen. but knife only one time. can i move to other "
        "hotel? i dont want to see him every day",
        "i dont know. maybe because i am afghan. he say bad word about afghan people. but you "
        "dont answer me, can i change hotel?",
        "thank you. last question. who i ask to move hotel? the manager here or home office? i "
        "am afraid",
        "i understand this. but i need change hotel. he is here every day. who can help me change?",
    ],
)
def test_hamid_asks_to_move_hotel(text):
    assert answer(text, "assault", **HAMID) == "utter_v6_move_asylum_hotel"


@pytest.mark.parametrize(
    "text",
    [
        "they will call me? my phone is only whatsapp sometimes. the people from support, they "
        "tell home office or hotel manager?",
        "sorry i dont understand. nobody threaten me with home office. i am from afghanistan not "
        "ukraine. i ask if support people tell the home office about me",
    ],
)
def test_hamid_asks_if_support_tells_the_home_office(text):
    assert answer(text, "assault", **HAMID) == "utter_v6_support_not_home_office"


@pytest.mark.parametrize(
    "text",
    [
        "no. i am scared. if i tell police, they tell home office? my case is not finish",
        "can i move house after this?",
        "he was staying at the hotel where i work",
        "will victim support tell the police?",
    ],
)
def test_other_messages_do_not_get_hamids_answers(text):
    assert answer(text, "assault") not in (
        "utter_v6_move_asylum_hotel",
        "utter_v6_support_not_home_office",
    )


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("will the police protect us if they come to the house", "burglary"),
        (
            "ok. the man they arrested, if they let him out on bail will they tell me? he knows my "
            "car and my cab firm",
            "robbery",
        ),
    ],
)
def test_questions_about_the_police_keep_their_answers(text, crime):
    assert answer(text, crime) not in ("utter_v6_force_at_home", "utter_v6_car_keys_taken")
