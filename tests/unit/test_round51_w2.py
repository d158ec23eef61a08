"""Round 51 answers (helper W2): Chen and Luca.

- Chen, 22, a Chinese student: people posing as Chinese police, in uniform on video calls, said
  she must pay "bail" (£3,000 paid, £5,000 more due tomorrow) and keep it secret, or her parents
  would be arrested too. "should I pay?" got "I can't answer", the bail words the suspect-update
  answer, her parents "your choice who you tell", her visa "this person keeps turning up".
- Luca, 30: his phone snatched with his banking apps and email on it. A live email break-in, his
  SIM, refunds and Action Fraud got "I can't answer" or "I've sent what I know about that above".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

NEW = (
    "utter_w2_fake_police",
    "utter_w2_parents_threat",
    "utter_w2_scam_and_visa",
    "utter_w2_account_break_in",
    "utter_w2_block_sim",
    "utter_w2_report_fraud_too",
    "utter_w2_erase_stops_tracking",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 51, helper W2")


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def replay(messages, crime_type):
    """Each message with what was said before it, as the bot has it."""
    said: list[str] = []
    for message in messages:
        yield message, said_answer(message, crime_type, said)
        said.append(message)


# -- 1. Chen -----------------------------------------------------------------------------------

CHEN = [
    (
        "hello I need help please. I am student. Chinese police called me, they say I am under "
        "investigation for money laundering in China and I must pay bail or they arrest me. I am "
        "very scared",
        "utter_w2_fake_police",
    ),
    (
        "ok yes. but I don't understand, suspect is me? they say I am suspect. I already paid "
        "£3000 deposit and they want £5000 more by tomorrow. they say I cannot tell anyone, it is "
        "secret investigation",
        "utter_w2_fake_police",
    ),
    (
        "not sure. they call me every few hours on video, wearing uniform, they showed me arrest "
        "warrant with my name and photo. am I really in trouble?? should I pay?",
        "utter_w2_fake_police",
    ),
    (
        "22. please I need to know if I should pay the 5000 tomorrow. it is my tuition money",
        "utter_w2_fake_police",
    ),
    (
        "I don't know. they say they are Shanghai public security bureau. my friend said maybe it "
        "is scam? is it scam??",
        "utter_w2_fake_police",
    ),
    (
        "it is not romance, I don't know them. and they DO video call me, with police uniform and "
        "office. so maybe they are real police? I am so confused",
        "utter_w2_fake_police",
    ),
    (
        "yes every day for 2 weeks. they say if I tell my parents or university, my parents will "
        "also be arrested in China. should I tell my parents? I am afraid",
        "utter_w2_parents_threat",
    ),
    (
        "maybe yes, they target Chinese students I think. but will my parents be arrested if I "
        "tell them? they said so",
        "utter_w2_parents_threat",
    ),
    (
        "skip. should I tell my university? I am scared they cancel my visa if I am in police "
        "investigation",
        "utter_w2_scam_and_visa",
    ),
    (
        "nobody is turning up, it is phone calls. my question is my visa. will I lose my visa?",
        "utter_w2_scam_and_visa",
    ),
    (
        "ok I will call bank. but my parents, they said my parents will be arrested. is that true? "
        "my mum calls me every night and I am lying to her",
        "utter_w2_parents_threat",
    ),
    (
        "you didn't answer about my parents. please is it safe to tell my mum",
        "utter_w2_parents_threat",
    ),
]


def test_chen_gets_the_fake_police_answers_in_order():
    messages = [message for message, _ in CHEN]
    got = [response for _, response in replay(messages, "fraud")]
    assert got == [expected for _, expected in CHEN]


def test_chen_first_message_before_the_crime_is_known():
    assert said_answer(CHEN[0][0], None, []) == "utter_w2_fake_police"


def test_the_fake_police_answer_does_not_say_romance_or_turning_up():
    from known_answers import RESPONSES

    for name in ("utter_w2_fake_police", "utter_w2_parents_threat", "utter_w2_scam_and_visa"):
        text = RESPONSES[name][0]["text"].lower()
        assert "romance" not in text and "turning up" not in text


FAKE_POLICE_SAID = [CHEN[0][0]]


@pytest.mark.parametrize(
    "text",
    [
        "they said I must pay bail money tomorrow or the police will arrest me, should I pay?",
        "a man from the embassy says I'm under investigation and must send a deposit. is it real?",
    ],
)
def test_other_wordings_of_should_i_pay_fake_police(text):
    assert said_answer(text, "fraud", []) == "utter_w2_fake_police"


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        ("22", "fraud", FAKE_POLICE_SAID),
        ("Camden", "fraud", FAKE_POLICE_SAID),
        ("yes", "fraud", FAKE_POLICE_SAID),
        # No police demanding money: not the fake-police answers.
        ("should I tell my parents?", "assault", ["a man punched me outside the pub"]),
        ("will I lose my visa?", "assault", ["a man punched me outside the pub"]),
        ("is it a scam?", "fraud", ["a man I met online keeps asking for money"]),
        (
            "when will the police tell me if he is released on bail?",
            "assault",
            ["my neighbour hit me, the police arrested him"],
        ),
    ],
)
def test_ordinary_messages_do_not_get_the_fake_police_answers(text, crime_type, said):
    assert said_answer(text, crime_type, said) not in (
        "utter_w2_fake_police",
        "utter_w2_parents_threat",
        "utter_w2_scam_and_visa",
    )


# -- 2. Luca -----------------------------------------------------------------------------------

LUCA_FIRST = (
    "Hi, my phone was just snatched outside Camden Town station by a guy on a bike. I'm writing "
    "from my laptop. All my banking apps and email are on it, what do I do first?"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Not yet. Intesa is Italian bank, 159 won't work for that no? And what about my SIM, "
            "they can get the codes by SMS. Should I call Vodafone?",
            "utter_w2_block_sim",
        ),
        (
            "stranger. If I erase it can I still see where it is? I don't want to lose the "
            "location for the police",
            "utter_w2_erase_stops_tracking",
        ),
        (
            "no. Now someone tried to log into my gmail from a new device, I got alert on laptop. "
            "what do I do",
            "utter_w2_account_break_in",
        ),
        (
            "what? no. someone is trying to get into my email RIGHT NOW. "
            "do I change the password??",
            "utter_w2_account_break_in",
        ),
        (
            "ok I changed it and logged out all devices myself. practical help. If they take money "
            "from Revolut what happens, do I get it back?",
            "utter_card_used",
        ),
        (
            "No thanks. Last question: if they use my bank, do I report to Action Fraud also or "
            "only police?",
            "utter_w2_report_fraud_too",
        ),
        ("should I ring my network to block the sim?", "utter_w2_block_sim"),
        ("someone is hacking my instagram, what should I do?", "utter_w2_account_break_in"),
    ],
)
def test_luca_questions(text, expected):
    assert said_answer(text, "theft", [LUCA_FIRST]) == expected


def test_snatched_outside_a_station_is_not_asking_for_the_nearest_police_station():
    assert answer(LUCA_FIRST, "theft") != "utter_q7_nearest_police_station"
    assert (
        answer("so do i go to a police station or what? is there one near the strand", None)
        == "utter_q7_nearest_police_station"
    )


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        ("No", "theft", [LUCA_FIRST]),
        ("30", "theft", [LUCA_FIRST]),
        ("my sim was in it too", "theft", [LUCA_FIRST]),
        # A partner or ex in the account is a different answer (stalking, tech abuse).
        ("my ex keeps logging into my email, what do I do?", "domestic_abuse", []),
        ("can I get my money back?", "fraud", ["I paid a builder who never came"]),
        ("can I report it online?", "theft", [LUCA_FIRST]),
    ],
)
def test_ordinary_messages_do_not_get_lucas_answers(text, crime_type, said):
    assert said_answer(text, crime_type, said) not in (
        "utter_w2_account_break_in",
        "utter_w2_block_sim",
        "utter_w2_report_fraud_too",
        "utter_w2_erase_stops_tracking",
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "is it a scam?",
            [
                "a man I met online keeps asking for money, I sent him 500. "
                "should I go to the police"
            ],
        ),
        ("I sent him 2000 last week and told the police", []),
        (
            "can I be arrested for sending the money on?",
            ["he asked me to send money to his friend"],
        ),
    ],
)
def test_other_frauds_do_not_get_the_fake_police_answer(text, said):
    assert said_answer(text, "fraud", said) != "utter_w2_fake_police"
