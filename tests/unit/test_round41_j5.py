"""Round 41 answers (helper J5): questions that mattered and were unanswered or answered
dangerously.

- Harold, 80, conned out of £8,000 by fake police and a courier, now rung by "a gentleman from
  Action Fraud" wanting a £400 release fee: told "romance scam", then "Report Fraud ... It's
  real" (read as vouching for the caller), and he left meaning to pay.
- Kwame, 19, attacked by five men, fought back, arrested and released under investigation
  (RUI): "can i still get help as a victim" asked four times, never answered.
- Yusuf, 28, punched through his car window, pushed the man back: "is that a crime? pushing
  him" got "Yes ... an assault, which is a crime"; his fear of being charged was ignored; his
  fight video got the Revenge Porn Helpline.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable
from rasa_sdk.executor import CollectingDispatcher

from actions.dialogue import ActionOutsideQuestions
from actions.reading import Turn, read_turn
from tests.unit.conftest import make_tracker, responses

NEW = (
    "utter_j5_fake_official_caller",
    "utter_j5_how_caller_knew",
    "utter_j5_victim_and_suspect",
    "utter_j5_rui_solicitor",
    "utter_j5_pushed_back_self_defence",
    "utter_j5_fears_being_charged",
)
HAROLD = {"age": 80, "reported_to_police": False}
KWAME = {"relationship_to_offender": "stranger"}
YUSUF = {"age": 28, "relationship_to_offender": "stranger", "reported_to_police": False}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 41, helper J5", ({}, {"for_someone_else": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Harold: a fake "Action Fraud" caller wanting a fee ----------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "I am 80 years of age. Now, the reason I am writing. A gentleman from Action Fraud has "
        "been telephoning me this week. He says he can recover my £8,000 but there is a release "
        "fee of £400 which I must pay first. He seems very knowledgeable. Is he genuine?",
        "I beg your pardon, there is no romance involved whatsoever. I am a widower. The man "
        "says he is FROM ACTION FRAUD, the official police body. Surely I can trust Action Fraud?",
        "Thank you. And the Action Fraud gentleman is ringing at 4 o'clock. What ought I say to "
        "him? He did sound so very official.",
        "Ah, so he is genuine after all. Very good, I shall take his call at 4 then and sort out "
        "the fee.",
        "A man from Action Fraud rang and says he can get my money back if I pay a £200 admin "
        "fee. Is this real?",
        "Someone claiming to be from the police called, says they recovered my money but I need "
        "to pay a release fee first",
        "The Action Fraud man is calling back tomorrow, what should I say?",
        "a lady from report fraud keeps ringing about getting my money back, can i trust her?",
        "so they are genuine then. I'll transfer the £400 fee tonight",
    ],
)
def test_a_caller_claiming_to_be_action_fraud_gets_the_recovery_scam_warning(said):
    assert answer(said, "fraud", **HAROLD) == "utter_j5_fake_official_caller"


def test_the_warning_says_what_harold_needed():
    (text,) = sendable("utter_j5_fake_official_caller")
    for part in ("don't pay", "never ring asking for a fee", "recovery scam", "hang up", "159",
                 "pass on victims' details", "0300 123 2040"):  # fmt: skip
        assert part in text, part
    assert "It's real" not in text


@pytest.mark.parametrize(
    "said",
    [
        "Oh dear. But he knew all about my £8,000 and the courier. How could he know that unless "
        "he was genuine?",
        "I am afraid I do not follow. I asked how the gentleman knew about my money.",
        "How did he know about the money if he isn't from the police?",
    ],
)
def test_how_the_caller_knew_is_answered(said):
    assert answer(said, "fraud", **HAROLD) == "utter_j5_how_caller_knew"


def test_the_how_he_knew_answer_says_details_are_passed_on():
    (text,) = sendable("utter_j5_how_caller_knew")
    for part in ("doesn't make a caller genuine", "sell on their victims' details", "fee", "159"):
        assert part in text, part


@pytest.mark.parametrize(
    "said",
    [
        "So I may pay him the £400 release fee? He is ringing back at 4 o'clock.",
        "I'm going to pay the release fee so I can get my money back",
    ],
)
def test_a_fee_with_no_official_named_keeps_the_recovery_fee_answer(said):
    assert answer(said, "fraud", **HAROLD) == "utter_recovery_fee"


@pytest.mark.parametrize(
    "requested", ["repeat_victimisation", "hate_motivated", "referral_consent", "age"]
)
def test_saying_they_will_pay_is_warned_whatever_question_is_pending(requested):
    said = (
        "Ah, so he is genuine after all. Very good, I shall take his call at 4 then and sort out "
        "the fee."
    )
    reading = read_turn(
        Turn(
            text=said,
            intent="inform",
            requested=requested,
            answers={"crime_type": "fraud", **HAROLD},
            asked={requested: 1},
        )
    )
    assert [s.response for s in reading.say] == ["utter_j5_fake_official_caller"]
    assert not reading.skipped


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("He is genuine then. I shall take his call at 4 and pay him the fee.",
         "utter_j5_fake_official_caller"),
        ("Very good, I shall take his call at 4 then and pay him the fee.", "utter_recovery_fee"),
    ],
)  # fmt: skip
def test_the_warning_is_repeated_if_they_say_it_again(said, expected):
    reading = read_turn(
        Turn(
            text=said,
            intent="inform",
            requested="hate_motivated",
            answers={"crime_type": "fraud", **HAROLD},
            asked={"hate_motivated": 1},
            said=frozenset({"utter_j5_fake_official_caller", "utter_recovery_fee"}),
            said_twice=frozenset({"utter_j5_fake_official_caller", "utter_recovery_fee"}),
        )
    )
    assert [s.response for s in reading.say] == [expected]


@pytest.mark.parametrize(
    "said",
    [
        "Ah, so he is genuine after all. Very good, I shall take his call at 4 then and sort out "
        "the fee.",
        "Thank you. And the Action Fraud gentleman is ringing at 4 o'clock. What ought I say to "
        "him? He did sound so very official.",
    ],
)
def test_after_the_referral_the_warning_is_given(said, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        slots={"consent": True, "assessment_done": True, "results_shown": True,
               "referral_consent": True, "crime_type": "fraud", "borough": "Barnet",
               "skipped_slots": ["repeat_victimisation"], "contact_safe": True,
               "contact_method": "call", "contact_details": "020 8449 0000", **HAROLD},
        text=said, intent="inform", active_loop=None,
    )  # fmt: skip
    assert ActionOutsideQuestions().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_j5_fake_official_caller"]


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("Is Action Fraud real?", "fraud"),
        ("Should I report it to Action Fraud?", "fraud"),
        ("will action fraud call me back?", "fraud"),
        ("I reported it to Action Fraud, what happens now?", "fraud"),
        ("I rang Action Fraud and they were very kind", "fraud"),
        ("can I get my money back from the bank?", "fraud"),
        ("how did they get my card details?", "fraud"),
        ("how did they know my name", "fraud"),
        ("I will pay the solicitor's fee myself", "fraud"),
        ("I'll send the money to my son tomorrow", "fraud"),
        ("the officer from the police rang me, is he genuine?", "assault"),
        ("how did he know where i live", "stalking_harassment"),
        ("Yes", "fraud"),
        ("Barnet", "fraud"),
        ("English, naturally.", "fraud"),
        ("Mornings are best. Please ask them to speak up, I am a little deaf.", "fraud"),
    ],
)
def test_ordinary_messages_are_not_the_fake_caller_answers(said, crime_type):
    assert answer(said, crime_type, **HAROLD) not in (
        "utter_j5_fake_official_caller",
        "utter_j5_how_caller_knew",
    )


def test_is_action_fraud_real_still_gets_report_fraud():
    assert answer("Is Action Fraud real?", "fraud", **HAROLD) == "utter_action_fraud"


# -- 2. Kwame: a victim under investigation ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "can i still get help as a victim if im a suspect as well? be honest",
        "thats not what i asked bruv. im released under investigation. does that mean i cant be "
        "a victim",
        "do i still get these rights if im under investigation myself for the same fight",
        "this bot is useless man. 3 times i asked. am i a victim or a suspect",
        "im on bail for the fight but they attacked me first. am i still a victim?",
    ],
)
def test_a_victim_under_investigation_is_told_they_can_be_both(said):
    assert answer(said, "assault", **KWAME) == "utter_j5_victim_and_suspect"


def test_the_answer_says_both_and_a_solicitor():
    (text,) = sendable("utter_j5_victim_and_suspect")
    for part in ("You can be both", "likely to be entitled", "Victims' Code", "08 08 16 89 111",
                 "solicitor"):  # fmt: skip
        assert part in text, part


def test_can_they_use_it_against_me_gets_the_solicitor_first_answer():
    said = (
        "information. like if i tell the police what happened to me can they use it against me "
        "for my case"
    )
    assert answer(said, "assault", **KWAME) == "utter_solicitor_before_statement"


@pytest.mark.parametrize(
    "said",
    [
        "do i need a solicitor for the RUI thing",
        "what does RUI mean?",
        "they RUI'd me, what does that mean",
    ],
)
def test_rui_is_explained_with_a_solicitor(said):
    assert answer(said, "assault", **KWAME) == "utter_j5_rui_solicitor"


def test_the_rui_answer_explains_it_in_plain_words():
    (text,) = sendable("utter_j5_rui_solicitor")
    for part in ("Released under investigation (RUI)", "without charging you", "free",
                 "duty solicitor"):  # fmt: skip
        assert part in text, part


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ("is he a victim too? he was attacked, they just arrested him",
         "utter_arrested_can_be_victim"),
        ("my son was arrested, can he report them even though he was arrested?",
         "utter_arrested_can_be_victim"),
    ],
)  # fmt: skip
def test_a_parent_asking_about_a_son_keeps_the_earlier_answer(said, expected):
    assert answer(said, "assault", **KWAME) == expected


@pytest.mark.parametrize(
    "said",
    [
        "he's been arrested, do I still get support?",
        "the man who attacked me was arrested, what happens now?",
        "is he under investigation?",
        "if i give a statement will it be used against him?",
        "do i need a solicitor?",
        "what does bail mean?",
        "19",
        "A stranger",
        "nah. its area ting",
        "my arm still bleeds a bit when i move it, they put steri strips on at the station. is "
        "that bad",
    ],
)
def test_ordinary_messages_are_not_the_suspect_answers(said):
    assert answer(said, "assault", **KWAME) not in (
        "utter_j5_victim_and_suspect",
        "utter_j5_rui_solicitor",
        "utter_solicitor_before_statement",
    )


# -- 3. Yusuf: he pushed back, is frightened of being charged, and has a fight video ---------


@pytest.mark.parametrize(
    "said",
    [
        "road rage. he got out his car and punched me thru my window. i got out and pushed him "
        "back. is that a crime? pushing him",
        "wait so i committed assault?? he hit me first",
        "is it self defence if he hit first",
        "i punched him back, did i commit a crime?",
        "is it self-defence if i hit him back?",
    ],
)
def test_pushing_back_gets_the_self_defence_answer(said):
    assert answer(said, "assault", **YUSUF) == "utter_j5_pushed_back_self_defence"


def test_the_self_defence_answer_never_says_his_push_was_a_crime():
    (text,) = sendable("utter_j5_pushed_back_self_defence")
    for part in ("reasonable force", "s.76", "full truth", "can't say"):
        assert part in text, part
    assert "which is a crime" not in text


@pytest.mark.parametrize(
    "said",
    [
        "stranger. but answer me am i gonna get charged",
        "if i report it do they arrest me as well for the push",
        "can they charge me as well?",
    ],
)
def test_fear_of_being_charged_is_answered(said):
    assert answer(said, "assault", **YUSUF) == "utter_j5_fears_being_charged"


@pytest.mark.parametrize(
    "said", ["will i get arrested too? i hit him back", "i pushed him off me, will i get arrested?"]
)
def test_fear_with_the_push_said_keeps_the_reasonable_force_answer(said):
    assert answer(said, "assault", **YUSUF) == "utter_reasonable_force_to_protect"


def test_the_charge_answer_promises_nothing():
    (text,) = sendable("utter_j5_fears_being_charged")
    for part in ("I can't say", "reasonable force", "full truth", "free legal advice"):
        assert part in text, part


@pytest.mark.parametrize(
    "said",
    [
        "nah. my mate got it all on video on his phone. what do i do with the video",
        "information. the video. should i post it online or send it to police or what. it shows "
        "him hitting first",
        "what?? its not that kind of video bro. its a fight video",
        "so i just send the video to 101 or what",
        "should i put the video on tiktok or give it to the police?",
    ],
)
def test_the_fight_video_gets_keep_it_dont_post_it_give_it_to_the_police(said):
    assert answer(said, "assault", **YUSUF) == "utter_send_video_evidence"
    (text,) = sendable("utter_send_video_evidence")
    assert "don't post it online" in text
    assert "Revenge Porn" not in text


@pytest.mark.parametrize(
    ("said", "requested", "expected"),
    [
        ("wait so i committed assault?? he hit me first", "age",
         "utter_j5_pushed_back_self_defence"),
        ("stranger. but answer me am i gonna get charged", "relationship_to_offender",
         "utter_j5_fears_being_charged"),
        ("nah. my mate got it all on video on his phone. what do i do with the video",
         "fear_of_giving_evidence", "utter_send_video_evidence"),
    ],
)  # fmt: skip
def test_at_a_pending_question_the_answer_is_given_not_a_skip(said, requested, expected):
    reading = read_turn(
        Turn(
            text=said,
            intent="inform",
            requested=requested,
            answers={"crime_type": "assault", **YUSUF},
            asked={requested: 1},
        )
    )
    assert expected in [s.response for s in reading.say]
    assert not reading.skipped


@pytest.mark.parametrize(
    ("said", "crime_type"),
    [
        ("is it a crime what he did?", "assault"),
        ("will the police arrest him?", "assault"),
        ("will they arrest him?", "assault"),
        ("will i get arrested for carrying a knife for protection?", "assault"),
        ("am i going to get in trouble for not reporting it sooner?", "assault"),
        ("can i do a self defence class?", "assault"),
        ("my ex hit me, i pushed him off, is that a crime?", "domestic_abuse"),
        ("he says he'll post the video online", "assault"),
        ("does the video help?", "assault"),
        ("they posted a video of it online, can they take it down?", "assault"),
        ("my mate filmed it", "assault"),
        ("nah im home", "assault"),
        ("idk. he called me a p*ki before he swung", "assault"),
        ("no. my jaw kinda clicks when i eat tho since", "assault"),
        ("waltham forest. leyton", "assault"),
    ],
)
def test_ordinary_messages_are_not_the_self_defence_answers(said, crime_type):
    assert answer(said, crime_type, **YUSUF) not in (
        "utter_j5_pushed_back_self_defence",
        "utter_j5_fears_being_charged",
    )


def test_is_it_a_crime_what_he_did_still_says_yes():
    assert answer("is it a crime what he did?", "assault", **YUSUF) == "utter_is_it_a_crime"
