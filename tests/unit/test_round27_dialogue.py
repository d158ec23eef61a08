"""Round 27's dialogue findings outside the readings and answers: rights topics the response
selector picked for questions about something else are given only when the message says
something of the topic (never refusing its own examples), and the result's wording for a
bereaved family."""

from __future__ import annotations

from pathlib import Path

import pytest

from actions.questions import topic_fits
from core import yaml_files

RIGHTS = Path(__file__).resolve().parents[2] / "data" / "nlu" / "rights.yml"
# The topics narrowed in round 27 (the older ones are narrower on purpose: "can i confront the
# person who hurt me" is not offered restorative justice unless it says something of it).
ROUND_27 = (
    "police_updates", "court_visit", "right_to_review", "compensation", "needs_assessment"
)  # fmt: skip


def _examples() -> list[tuple[str, str]]:
    found = []
    for item in yaml_files.load(RIGHTS.read_text())["nlu"]:
        topic = str(item.get("intent", "")).removeprefix("ask_right/")
        if topic in ROUND_27:
            found += [
                (topic, line[2:]) for line in item["examples"].splitlines() if line[:2] == "- "
            ]
    return found


@pytest.mark.parametrize(("topic", "text"), _examples())
def test_every_training_example_of_a_topic_fits_it(topic, text):
    assert topic_fits(topic, text)


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        # Ngozi, threatened at work: a Right 6 text about suspects' arrest.
        (
            "police_updates",
            "what can police actually do, hes not done anything yet just stood there",
        ),
        # Patricia, whose son was killed.
        (
            "police_updates",
            "What do you mean if I report it? The police already know, he's dead. And is there "
            "anything for Marcus and Kayla, they lost their brother",
        ),
        # Imran, shop window smashed: a text about visiting the court.
        (
            "court_visit",
            "i already reported it 3 times!! and still nothing about compensation. 2700 pound i "
            "lost",
        ),
        ("court_visit", "what will the police need from me"),
        ("compensation", "can i act for him, i have power of attorney"),
        ("right_to_review", "can the school stop him coming near the kids"),
        # Amira, back after hiding her phone: her needs, not a question about the assessment.
        (
            "needs_assessment",
            "sorry had to hide my phone. he was asking who im texting. i need to get out before "
            "july. feeling safe i guess and someone to help me leave",
        ),
    ],
)  # fmt: skip
def test_a_question_about_something_else_is_not_given_the_topic(topic, text):
    assert not topic_fits(topic, text)


def test_a_bereaved_family_is_never_told_if_you_report_it():
    # Round 27: Patricia, whose son was killed and a boy charged, was told "If you report it".
    from actions.results import categories_sentence
    from referrals.directory import load_directory
    from referrals.results import build_result

    answers = {
        "crime_type": "homicide", "bereaved": True, "reported_to_police": False, "age": 52.0,
        "fear_of_giving_evidence": True,
    }  # fmt: skip
    sentence = categories_sentence(build_result(answers, load_directory()))
    assert sentence.startswith("From what you've told me, you're likely to be entitled")
    assert "report" not in sentence


def test_a_country_of_birth_is_not_the_name_of_a_police_force():
    # Round 27: Zainab, afraid her husband will take the children abroad, was sent British
    # Transport Police for "they are british born".
    from actions.questions import known_answer
    from referrals.directory import load_directory, named_in_question

    text = "no im safe, carry on. can he really take them? they are british born"
    assert named_in_question(text, load_directory()) is None
    said = known_answer(text, "domestic_abuse", load_directory())
    assert said is None or "Transport" not in (said.text or "")
    found = named_in_question("what is british transport police", load_directory())
    assert found is not None and found.id == "british-transport-police"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Round 27: Fatima was told who the support team are.
        ("what is Tell MAMA, is it police? can I tell them instead of police", "No, it's not"),
        ("is galop the police?", "No, it's not"),
    ],
)
def test_is_it_the_police_about_a_named_organisation(text, first):
    from actions.questions import known_answer
    from referrals.directory import load_directory

    said = known_answer(text, "assault", load_directory())
    assert said is not None and said.text is not None
    assert said.text.startswith(first) and len(said.text) <= 320


def test_the_safety_question_is_skipped_without_a_skip_line_after_a_crisis_message():
    # Round 27: Zainab's "sometimes i think theyd be better off without me" got the Samaritans,
    # then "No problem, let's skip that one." (the safety question had been asked twice).
    from actions.reading import moving_on

    assert moving_on("in_danger") is None
    assert moving_on("age") == "utter_moving_on"


@pytest.mark.parametrize(
    "text",
    [
        # Round 27: Rhys was taken as a no, then told "You asked me not to keep this chat".
        "what is the victims code. and who is the support team. i don't know if it is ok",
        "not sure",
    ],
)
def test_unsure_at_the_privacy_question_is_asked_again_not_taken_as_a_no(text):
    from actions.reading import Turn, read_turn
    from referrals.directory import load_directory

    reading = read_turn(
        Turn(
            text=text, intent="inform", confidence=0.9, requested="consent", answers={},
            asked={"consent": 1}, missed={}, organisations=load_directory(),
        )
    )  # fmt: skip
    assert "consent" not in reading.slots and "consent" not in reading.skipped
    assert reading.say  # the question answered, or the privacy question asked again


def test_nobody_is_told_they_asked_for_nothing_to_be_kept():
    text = (Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses.yml").read_text()
    assert "You asked me not to keep" not in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no im safe, carry on. can he really take them? they are british born", True),
        (
            "why are you telling me about trains?? i asked if he can take my children abroad "
            "without me. no i havent reported, i cant, his family would find out",
            True,
        ),
        ("can my husband take the kids to pakistan without me?", True),
        ("no police. i am scared if police come they take my children?", False),
        ("he took my phone and my passport", False),
        ("can he take the kids to school tomorrow?", False),
    ],
)
def test_children_taken_abroad(text, expected):
    from actions.questions import known_answer

    said = known_answer(text, "domestic_abuse")
    assert (said is not None and said.response == "utter_children_taken_abroad") is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 27: Harry's neighbour was given the privacy notice.
        ("do you need to know he's blind for this, can someone read things to him", True),
        ("i cant read letters, can they ring me instead?", True),
        ("he read my messages", False),
        ("can i read what you wrote about me", False),
    ],
)
def test_someone_who_cannot_read(text, expected):
    from actions.questions import known_answer

    said = known_answer(text, "theft", answers={"for_someone_else": True})
    assert (said is not None and said.response == "utter_read_to_them") is expected


def test_a_borough_given_at_another_question_is_noted_not_a_miss():
    # Round 27: Kelly's "croydon" at the hate-crime question got "Sorry, I didn't catch that"
    # and "I've noted: the borough is Croydon" in the same reply.
    from actions.reading import Turn, read_turn
    from referrals.directory import load_directory

    reading = read_turn(
        Turn(
            text="croydon", intent="inform", confidence=0.9, requested="hate_motivated",
            answers={"consent": True, "in_danger": False, "crime_type": "stalking_harassment"},
            asked={"hate_motivated": 1}, missed={}, organisations=load_directory(),
        )
    )  # fmt: skip
    assert reading.slots == {"borough": "croydon"}
    assert "utter_reask_hate_motivated" not in [s.response for s in reading.say]


def test_details_typed_in_capitals_at_the_end_of_a_message():
    # Round 27: Jonas's "thats about police not cica. MORE" got "I can't answer that one".
    from bot.keywords import control_intent

    assert control_intent("thats about police not cica. MORE") == "show_services"
    assert control_intent("tell me more") is None


def test_delete_my_data_at_the_end_of_an_answer_is_acted_on():
    # Round 27: Owen's "no dont pass anything on. delete my data" was taken as a no to the
    # referral, and he was told to say 'delete my data'.
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="so nobodys going to arrest him then. phone lines. useless. no dont pass "
            "anything on. delete my data",
            intent="delete_my_data", confidence=1.0, requested="referral_consent",
            answers={"consent": True, "in_danger": False, "results_shown": True},
            asked={}, missed={},
        )
    )  # fmt: skip
    assert reading.reject


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        (
            "i dont mean like actually. i just cant go back to school. will i get in trouble?? "
            "its not even real its my face on someone elses body",
            {"age": 15.0},
            "utter_fake_image_not_in_trouble",
        ),
        (
            "can it be deleted off everyones phones? like can someone make them",
            {"under_18": True},
            "utter_copies_on_phones",
        ),
        # An adult, or a question about something else: not these answers.
        ("will i get in trouble? its a fake nude", {"age": 30.0}, None),
        ("can i delete this chat from my phone?", {"age": 15.0}, None),
    ],
)
def test_a_fake_image_of_a_young_person(text, answers, expected):
    from actions.questions import known_answer

    said = known_answer(text, "online_abuse", answers=answers)
    got = said.response if said else None
    if expected:
        assert got == expected
    else:
        assert got not in ("utter_fake_image_not_in_trouble", "utter_copies_on_phones")


def test_a_killing_is_noted_as_known_to_the_police_not_told_by_them():
    from actions.wording import _fact_phrases

    parts = _fact_phrases({"crime_type": "homicide", "reported_to_police": True}, False, False)
    assert "the police know" in parts and "you've told the police" not in parts


def test_the_mother_of_my_kids_is_not_a_correction_to_a_relative():
    # Round 27 (the suite's husband hit by his wife): "no way, shes the mother of my kids" at
    # the reporting question changed "a partner or ex" to "a family member".
    from actions.reading import corrections

    partner = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    assert corrections("no way, shes the mother of my kids", partner) == {}
    assert corrections("no, its my mother", partner) == {
        "relationship_to_offender": "family_member"
    }


@pytest.mark.parametrize(
    "text",
    [
        "no im in my room. it was friday night, i cant remember coming home and i woke up with "
        "my clothes on wrong and i was sore. i think someone did something to me",
        "its about saturday. i went out and i dont remember getting home",
    ],
)
def test_a_weekday_is_recent_so_an_adult_is_not_asked_if_they_were_under_18(text):
    from actions import account
    from actions.skip_logic import under_18_then_matters

    read = account.read_account(text)
    assert read.within_12_months is True
    answers = {"age": 20.0, "crime_type": "sexual_offence", "within_12_months": True}
    assert not under_18_then_matters(answers)


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (
            "hi, a patients relative told me on the ward he would kill me. now hes been waiting "
            "by my car in the staff car park twice",
            "stalking_harassment",
        ),
        ("my mum said she would kill me if i lost it", None),
    ],
)
def test_a_threat_to_kill_and_waiting_by_the_car_is_harassment(text, crime):
    from actions import account

    read = account.read_account(text).crime_type
    assert read == crime if crime else read != "stalking_harassment"


def test_a_question_beside_a_phone_being_checked_is_answered_with_what_is_known():
    # Round 27 replayed: Amira's "what if they just take me to the airport. can anyone stop it?
    # and they cant call me, my dad checks my phone" got the answer about someone else picking
    # up the phone: the privacy path read the question without her forced marriage.
    from actions.reading import Turn, read_turn
    from referrals.directory import load_directory

    answers = {
        "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
        "relationship_to_offender": "family_member", "age": 19.0,
        "account_details": ["forced_marriage"], "discreet": True,
    }  # fmt: skip
    reading = read_turn(
        Turn(
            text="what if they just take me to the airport. can anyone stop it? and they cant "
            "call me, my dad checks my phone",
            intent="ask_right", confidence=0.9, requested="language", answers=answers,
            asked={"language": 1}, missed={}, organisations=load_directory(),
        )
    )  # fmt: skip
    # "they cant call me" is answered too: she chooses how they contact her.
    assert [s.response for s in reading.say] == [
        "utter_forced_marriage_airport",
        "utter_if_someone_answers",
    ]


def test_a_forced_marriage_planned_for_this_summer_is_recent():
    from actions import account

    text = "my parents want me to marry my cousin in pakistan this summer. i said no"
    assert account.read_account(text).within_12_months is True
