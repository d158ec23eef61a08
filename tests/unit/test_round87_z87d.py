"""Round 87, helper z87d: Ibrahim (16, robbed at knifepoint), Kofi (racist graffiti on his car on
his drive) and Chloe (spiked), from /tmp/roleplay/out87/findings-b.md."""

from __future__ import annotations

import pytest

from actions.reading import corrections
from actions.topics import topic_answer
from referrals.matching import match_organisations, more_organisations
from tests.unit.known_answers import ORGANISATIONS, answer, sendable

KOFI = {"crime_type": "criminal_damage", "age": 33, "hate_motivated": True}


# 1. The threat at home.
def test_ibrahim_what_if_they_come_to_the_house_gets_999_and_a_trusted_adult():
    said = topic_answer(
        "wat if they actually come to my house tho", {"crime_type": "robbery", "age": 16}
    )
    assert said is not None and said.response == "utter_topic_offenders_come_home_young"
    (text,) = sendable(said.response)
    assert "999" in text and "Childline" in text


@pytest.mark.parametrize(
    "text",
    [
        "I don't know, that's the thing. Whoever did it knows where we live. Are my wife and kids "
        "at risk? Should I be worried?",
        "ok. the dog mess through the letterbox might be the same people so its not once. and "
        "nobody has answered me, are my wife and kids safe in this house? should we be getting "
        "cameras or something",
    ],
)
def test_kofi_are_my_wife_and_kids_at_risk_is_answered_honestly(text):
    said = topic_answer(text, KOFI)
    assert said is not None and said.response == "utter_z87d_family_at_risk_hate"
    (reply,) = sendable(said.response)
    assert "Nobody can say for sure" in reply and "999" in reply and "Stop Hate UK" in reply
    assert len(reply) <= 320


def test_a_young_persons_family_question_keeps_the_young_answer():
    said = topic_answer("is my little sister safe?", {"crime_type": "robbery", "age": 16})
    assert said is not None and said.response == "utter_topic_offenders_come_home_young"


# 2. Faith services only for religion-based hate.
def test_kofis_racist_graffiti_does_not_get_tell_mama_or_cst():
    got = answer(
        "Well obviously yes, they wrote the N word on my car. Will the police actually treat it "
        "as a hate crime though? Or will it just be criminal damage and forgotten about?",
        "criminal_damage",
        hate_motivated=True,
    )
    assert got == "utter_z87d_race_hate_taken_seriously"
    for text in sendable(got):
        assert "Tell MAMA" not in text and "CST" not in text and "Stop Hate UK" in text


def test_religion_told_still_gets_the_faith_services():
    got = answer(
        "they pulled my hijab, will the police take it seriously as a hate crime?",
        "assault",
        hate_motivated=True,
    )
    assert got == "utter_hate_taken_seriously"


def test_race_alone_does_not_match_faith_services():
    answers = {
        "crime_type": "criminal_damage",
        "hate_motivated": True,
        "hate_strand": ["race"],
        "borough": "greenwich",
        "age": 33,
    }
    offered = {
        org.id
        for org in [
            *match_organisations(answers, ORGANISATIONS),
            *more_organisations(answers, ORGANISATIONS),
        ]
    }
    assert "stop-hate-uk" in offered
    assert not offered & {"tell-mama", "cst"}


# 3. Taking off the disability keeps the race hate.
def test_removing_the_disability_does_not_say_the_hate_crime_went():
    text = "I don't have a disability. Where did you get that from? Take it off."
    answers = {**KOFI, "hate_strand": ["race"], "impairment": True}
    assert (
        answer(text, "criminal_damage", **{k: v for k, v in answers.items() if k != "crime_type"})
        != "utter_t1_hate_taken_off"
    )
    assert corrections(text, answers) == {"impairment": False}


@pytest.mark.parametrize(
    "text",
    [
        "WHAT? I didn't say take off the hate crime. It IS a hate crime. I said take off the "
        "disability. Are you serious right now",
        "Disability hate crime?? It was RACIST. Just tell me what you've got written down "
        "about me.",
    ],
)
def test_it_is_a_hate_crime_take_off_the_disability_is_said_back(text):
    got = answer(text, "criminal_damage", age=33, hate_motivated=True, hate_strand=["race"])
    assert got == "utter_z87d_race_hate_kept"
    (reply,) = sendable(got)
    assert "only taken off the disability" in reply and "race" in reply


def test_i_said_take_off_the_disability_takes_it_off():
    text = (
        "I didn't say take off the hate crime. It IS a hate crime. I said take off the disability."
    )
    assert corrections(text, {**KOFI, "impairment": True}) == {"impairment": False}


# 4. Chloe: a question is not a contact time; "any time" puts it right; "stop changing it" is
# not the stop command.
def test_asking_whether_to_ring_the_havens_is_not_a_contact_time():
    from actions.answers import contact_said
    from actions.reading import times_given

    text = (
        "ok. should i ring the havens today or can it wait till the weekend, i feel like such "
        "an idiot"
    )
    assert "contact_times" not in contact_said(text)
    assert times_given(text) is None


def test_i_said_any_time_puts_the_time_right():
    from actions.answers import contact_said

    text = "no i said any time for the texts!! i was asking if i should ring the havens today"
    assert contact_said(text).get("contact_times") == "any time"


def test_any_time_stop_changing_it_is_the_time_not_a_stop():
    from actions.reading import times_given
    from bot.safety_net import p5_stop_not_trusted

    assert times_given("ANY TIME. stop changing it") == "any time"
    assert p5_stop_not_trusted("ANY TIME. stop changing it")
    assert not p5_stop_not_trusted("stop")


# 5. Chloe: "have I said yes?" is answered by reading back whether a referral was agreed.
@pytest.mark.parametrize(
    ("agreed", "response"),
    [(True, "utter_z87d_consent_given"), (None, "utter_z87d_consent_not_yet")],
)
def test_have_i_said_yes_reads_back_the_consent(agreed, response):
    text = (
        "wait have i said yes to passing on my details? i think i do want that but who would it "
        "go to"
    )
    assert answer(text, "assault", referral_consent=agreed) == response
    (reply,) = sendable(response)
    assert "support team" in reply and len(reply) <= 320


# 6. Chloe: reporting a spiking she doesn't remember.
CHLOE_SAID = [
    "hi um i dont really know if this is the right place. i think my drink got spiked on saturday"
]


@pytest.mark.parametrize(
    "text",
    [
        "i said i dont have a condition tho, its just anxiety from this. anyway what would i even "
        "tell the police if i dont remember anything",
        "thats not what i asked. i mean if i go to the police and i cant remember anything, is "
        "there any point?",
    ],
)
def test_telling_the_police_without_remembering_is_answered(text):
    from tests.unit.known_answers import said_answer

    assert said_answer(text, "assault", CHLOE_SAID) == "utter_z87d_report_without_memory"
    (reply,) = sendable("utter_z87d_report_without_memory")
    assert "even if you don't remember" in reply and "020 3299 6900" in reply
    assert len(reply) <= 320
