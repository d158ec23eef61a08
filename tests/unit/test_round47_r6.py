"""Round 47 (helper R6): Joan, 77, burgled; Raj, 29, whose turban was pulled off; Kim, 42,
abused by her ex-partner, a woman.

- Joan's "I thought I heard someone downstairs tonight but it was the fridge" and Kim's "shelters
  full of women hiding from men" got the 999 lines; after a false alarm they are told sorry.
- Raj's "what if the police just say its road rage and not a hate crime" took the hate crime
  off his record; "it WAS because im sikh. change it back" did not put it back.
- Kim: "is threatening to out someone a crime?", "is the Refuge one fine with a woman abused by
  a woman?"; Joan: "what about the key?" (the bank-card answer twice).

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.questions import r6_says_false_alarm
from actions.reading import Turn, corrections, read_turn
from bot.risk_words import detect_risk
from referrals.directory import load_directory

NEW = (
    "utter_r6_threat_to_out_crime",
    "utter_r6_refuge_woman_abused_by_woman",
    "utter_r6_stolen_key",
    "utter_r6_hate_without_words",
)
# The apologies (utter_r6_sorry_false_alarm*) carry no facts: they are the bot's own messages,
# in responses.yml, checked for length by test_domain.
KIM = {"age": 42, "relationship_to_offender": "partner_or_ex", "gender": "female"}
JOAN = {"age": 77, "relationship_to_offender": "unknown"}
RAJ = {"age": 29, "relationship_to_offender": "stranger", "hate_motivated": True}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 47, helper R6", ({},))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- false alarms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Oh. I see. Is it normal to feel like this? I feel rather foolish, I was never a nervous "
        "person. I even thought I heard someone downstairs tonight but it was the fridge.",
        "I thought I heard someone downstairs but it was just the cat",
        "Is the Refuge one going to be fine with a woman abused by a woman? Their name rather "
        "suggests shelters full of women hiding from men, which, fair enough, but.",
        "are refuges only for women hiding from men?",
    ],
)
def test_a_noise_that_was_nothing_or_who_refuges_are_for_is_not_danger(said):
    assert detect_risk(said) is None


@pytest.mark.parametrize(
    "said",
    [
        "I thought I heard someone downstairs but it was him, hes here",
        "someone is downstairs now",
        "im hiding from him, hes downstairs",
        "I heard someone downstairs and now they are on the stairs",
    ],
)
def test_someone_there_now_is_still_danger(said):
    assert detect_risk(said) == "in_danger"


@pytest.mark.parametrize(
    "said",
    [
        "Oh dear, no, I am quite safe, it was only the fridge. I did not mean to alarm you. You "
        "have rather frightened me now though.",
        "No, I'm safe, carry on. I asked whether Refuge's helpline takes women abused by women, "
        "not for a panic button.",
        "it was just the wind, you scared me",
    ],
)
def test_a_false_alarm_said_is_heard(said):
    assert r6_says_false_alarm(said)


@pytest.mark.parametrize(
    "said", ["I'm safe now", "he left, im ok", "its just my brother here", "No, I'm safe"]
)
def test_safe_again_is_not_a_false_alarm(said):
    assert not r6_says_false_alarm(said)


def test_kim_is_told_sorry_then_answered_at_the_safety_check():
    reading = read_turn(
        Turn(
            text="No, I'm safe, carry on. I asked whether Refuge's helpline takes women abused "
            "by women, not for a panic button.",
            intent="safe_now",
            requested="in_danger",
            answers={
                "crime_type": "domestic_abuse",
                "safety_check": "in_danger",
                "assessment_done": True,
                "consent": True,
                **KIM,
            },
            organisations=load_directory(),
        )
    )
    assert reading.slots.get("in_danger") is False
    assert [s.response for s in reading.say][:2] == [
        "utter_r6_sorry_false_alarm_go_on",
        "utter_r6_refuge_woman_abused_by_woman",
    ]


def test_safe_at_the_safety_check_without_a_false_alarm_gets_no_apology():
    reading = read_turn(
        Turn(
            text="No, I'm safe",
            intent="safe_now",
            requested="in_danger",
            answers={"crime_type": "domestic_abuse", "safety_check": "in_danger", **KIM},
        )
    )
    assert "utter_r6_sorry_false_alarm_go_on" not in [s.response for s in reading.say]


# -- Raj: a worry about the police is not a correction ----------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. what if the police just say its road rage and not a hate crime. they do that",
        "what if they say its not a hate crime",
        "will the police just say it wasnt a hate crime?",
    ],
)
def test_what_the_police_might_say_keeps_the_hate_crime(said):
    assert corrections(said, {"crime_type": "assault", "hate_motivated": True}) == {}


@pytest.mark.parametrize(
    "said", ["it wasnt a hate crime", "no it wasnt a hate crime, he was angry"]
)
def test_a_real_correction_still_takes_it_off(said):
    changed = corrections(said, {"crime_type": "assault", "hate_motivated": True})
    assert changed.get("hate_motivated") is False


@pytest.mark.parametrize(
    "said",
    [
        "WHAT?? no I never said that. it WAS because im sikh. change it back",
        "I was targeted because of my religion. put that back",
        "it was because im muslim",
    ],
)
def test_the_hate_crime_is_put_back(said):
    changed = corrections(said, {"crime_type": "assault", "hate_motivated": False})
    assert changed == {"hate_motivated": True, "hate_strand": ["religion"]}


@pytest.mark.parametrize(
    "said",
    ["i wasnt targeted because im sikh", "change it back", "it was not because of my religion"],
)
def test_no_hate_said_is_not_put_back(said):
    assert corrections(said, {"crime_type": "assault", "hate_motivated": False}) == {}


@pytest.mark.parametrize(
    "said",
    [
        "ok. what if the police just say its road rage and not a hate crime. they do that",
        "stranger. but I got his reg on my dashcam. does it still count as hate crime if he never "
        "said anything about religion?",
        "is it still a hate crime if he didnt say anything racist?",
    ],
)
def test_hate_without_words_is_answered(said):
    assert answer(said, "assault", **RAJ) == "utter_r6_hate_without_words"


# -- Kim ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Well she's hardly going to hate me for being a lesbian, she is one. But she's using it "
        "against me, threatening to out me at work. Is that even a crime? Feels like it should be.",
        "No. Thanks for the Galop number, genuinely. But is threatening to out someone a crime or "
        "not? Because if it's not I'm not going to bother the police with it.",
        "Good. Last try: she's texting 'stop being difficult about the flat or your boss finds out "
        "what you are'. Is that blackmail? Coercive control? Nothing?",
        "he says he'll tell my family im gay unless i give him money, is that illegal?",
    ],
)
def test_a_threat_to_out_her_is_answered_as_a_crime(said):
    assert answer(said, "domestic_abuse", **KIM) == "utter_r6_threat_to_out_crime"


def test_outing_itself_keeps_its_answer():
    assert answer("Is outing someone even a crime?", "other") == "utter_outing_crime"


@pytest.mark.parametrize(
    "said",
    [
        "Is the Refuge one going to be fine with a woman abused by a woman? Their name rather "
        "suggests shelters full of women hiding from men, which, fair enough, but.",
        "No, I'm safe, carry on. I asked whether Refuge's helpline takes women abused by women, "
        "not for a panic button.",
        "does the helpline support lesbians?",
    ],
)
def test_woman_abused_by_a_woman_is_answered(said):
    assert answer(said, "domestic_abuse", **KIM) == "utter_r6_refuge_woman_abused_by_woman"


@pytest.mark.parametrize(
    "said", ["should I ring the refuge helpline?", "what does the helpline do?", "Camden"]
)
def test_other_helpline_questions_are_not_taken(said):
    assert answer(said, "domestic_abuse", **KIM) != "utter_r6_refuge_woman_abused_by_woman"


# -- Joan --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you, my granddaughter did the bank already. But what about the key?",
        "My purse had my Freedom Pass and my bank card in it, and I keep a spare back door key "
        "in the purse. Should I be worried they could come back?",
        "No dear, the KEY. They have the key to my back door. Should I have the lock changed?",
    ],
)
def test_a_stolen_key_is_answered(said):
    assert answer(said, "burglary", **JOAN) == "utter_r6_stolen_key"


@pytest.mark.parametrize(
    "said,crime",
    [
        ("can I get my keys back from the police?", "burglary"),
        ("he has a key, should i change the locks?", "domestic_abuse"),
        ("they took my bank card, what do I do?", "burglary"),
    ],
)
def test_other_key_questions_are_not_taken(said, crime):
    assert answer(said, crime) != "utter_r6_stolen_key"


def test_how_to_feel_safe_at_night_is_answered():
    said = (
        "How does one feel safe at night after something like this? I keep the landing light on "
        "and the radio but I lie awake listening."
    )
    assert answer(said, "burglary", **JOAN) == "utter_common_reaction"


JOAN_SAFE = (
    "Oh dear, no, I am quite safe, it was only the fridge. I did not mean to alarm you. You have "
    "rather frightened me now though."
)


@pytest.mark.parametrize(
    "done,said",
    [(True, "utter_r6_sorry_false_alarm"), (False, "utter_r6_sorry_false_alarm_go_on")],
)
def test_joan_is_told_sorry_after_the_false_alarm(dispatcher, domain, done, said):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True, "assessment_done": done,
               "crime_type": "burglary"},
        text=JOAN_SAFE, intent="safe_now", active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == said


def test_safe_again_still_gets_the_usual_reply(dispatcher, domain):
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "in_danger": True, "assessment_done": True,
               "crime_type": "burglary"},
        text="ok he left, im safe now", intent="safe_now", active_loop=None,
        sent=["utter_emergency", "utter_when_safe"],
    )  # fmt: skip
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[0] == "utter_glad_safe"


@pytest.mark.parametrize(
    "said",
    [
        "you skipped what I said about my son again. hes 6 he saw his dad get punched. who helps "
        "with that",
        "english. hes 6, he's not going to ring childline lol. and he wasnt hurt, he just saw it",
    ],
)
def test_a_young_child_who_saw_it_gets_the_children_answer(said):
    assert answer(said, "assault", **RAJ) == "utter_p7_children_saw_it"


@pytest.mark.parametrize(
    "said",
    ["my son was punched, is there anything for him?", "he saw me at the shop, what do i do?"],
)
def test_a_child_hurt_or_the_offender_seeing_is_not_taken(said):
    assert answer(said, "assault", **RAJ) != "utter_p7_children_saw_it"
