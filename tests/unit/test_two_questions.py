"""Two questions in one message get two answers (rounds 41 to 44: "whose number is that? and
can they text me instead" got one answer, the first row that matched the whole message)."""

from __future__ import annotations

import pytest

from actions.questions import ANSWERED_ALONE, Say, known_answer, question_parts
from referrals.directory import load_directory

ORGANISATIONS = load_directory()


def _both(text: str, crime_type: str) -> list[str | None]:
    said = known_answer(text, crime_type, ORGANISATIONS, answers={"crime_type": crime_type})
    assert said is not None
    return [said.response, *(then.response for then in said.then)]


@pytest.mark.parametrize(
    ("crime_type", "text", "expected"),
    [
        (
            "burglary",
            "do i need a crime number for the insurance? and will someone fix my door?",
            ["utter_insurance_crime_number", "utter_secure_home"],
        ),
        (
            "stalking_harassment",
            "is this actually stalking? can i get an order to stop him?",
            ["utter_order_depends_who_it_is", "utter_is_it_stalking"],
        ),
        (
            "criminal_damage",
            "is this a hate crime? can i report it without going to the police station?",
            ["utter_report_without_police", "utter_is_it_hate_crime"],
        ),
        (
            # The insurer named in the second question no longer rules out the first answer.
            "arson",
            "will the police tell me if they catch someone? and does my insurance cover it?",
            ["utter_police_investigation", "utter_insurance_crime_number"],
        ),
        (
            "theft",
            "do i have to report it to get help? how long do you keep what i tell you?",
            ["utter_support_without_report", "utter_what_we_keep"],
        ),
        (
            "online_abuse",
            "can i get the posts taken down? and can the police find out who it is?",
            ["utter_police_identify_sender", "utter_posts_removed"],
        ),
    ],
)
def test_each_question_is_answered(crime_type, text, expected):
    assert _both(text, crime_type) == expected


def test_one_question_gets_one_answer():
    said = known_answer("can i report it without going to the police station?", "criminal_damage")
    assert said is not None and said.then == ()


def test_the_rest_of_the_message_still_rules_an_answer_out():
    # The second answer must match the whole message: "I was born in Hanwell" still says the
    # question about immigration status was not one (round 40, George).
    said = known_answer(
        "I beg your pardon? My immigration status? I was born in Hanwell. Why on earth are you "
        "talking about that. I asked whether you think it's a scam.",
        "fraud",
        ORGANISATIONS,
        answers={"crime_type": "fraud", "age": 63},
    )
    assert said is None or "utter_immigration" not in [
        said.response,
        *(then.response for then in said.then),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "he hit my head and i keep being sick, is that bad? and can i get compensation?",
        "i have chest pain and cant breathe properly. should i go to a&e? and can i claim?",
    ],
)
def test_a_danger_answer_goes_alone(text):
    said = known_answer(text, "assault", ORGANISATIONS, answers={"crime_type": "assault"})
    assert said is not None and said.response in ANSWERED_ALONE and said.then == ()


def test_question_parts_keep_what_comes_before_them():
    assert question_parts("My jaw is killing me. Should I get it looked at? Does it matter") == [
        "My jaw is killing me. Should I get it looked at?",
        "Does it matter",
    ]
    assert question_parts("will he go to prison? i am scared") == [
        "will he go to prison? i am scared"
    ]


def test_both_answers_are_sent(dispatcher):
    from actions.assessment_form import say

    say(dispatcher, Say(response="utter_what_we_keep", then=(Say(response="utter_court"),)))
    assert [m["response"] for m in dispatcher.messages] == ["utter_what_we_keep", "utter_court"]
