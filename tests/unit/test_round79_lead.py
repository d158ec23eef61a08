"""Round 79 session, lead: what round 78 left unfixed (Kyle, Fatima, Derek, Jess)."""

from __future__ import annotations

import pytest

from actions.answers import read_crime_type, read_impairment, read_referral_consent
from actions.questions import known_answer


def test_kyle_aight_yeah_is_a_yes_with_his_text_and_number():
    said = read_referral_consent("aight yeah. text me dont call. 07700 900655")
    assert said.value is True
    assert said.extra.get("contact_method") == "text"
    assert said.extra.get("contact_details") == "07700900655"


@pytest.mark.parametrize("text", ["aight", "aight nah", "aight yeah but dont call"])
def test_aight_alone_or_with_a_condition_is_not_taken_for_a_yes(text):
    assert read_referral_consent(text).value is not True


def _read_back(text: str):
    answers = {
        "crime_type": "assault", "said": [], "consent": True, "referral_consent": True,
        "contact_method": "text", "contact_details": "07700900584",
        "contact_times": "Weekdays between 10 and 2, when my daughter is at school",
    }  # fmt: skip
    return known_answer(text, "assault", (), True, answers=answers)


@pytest.mark.parametrize(
    "text",
    [
        # Fatima (r78b), after her referral: "I can't answer that one here".
        "Thank you. Can you tell me what times you wrote? I want to be sure it is not when my "
        "daughter is home.",
        "what number did you put down?",
        "which days did u save",
    ],
)
def test_asking_what_times_or_number_were_written_gets_them_read_back(text):
    said = _read_back(text)
    assert said is not None and said.args.get("utter_action") == "utter_summary"
    assert "This is what the support team will see" in said.text


@pytest.mark.parametrize("text", ["what times can they call", "what time do you close"])
def test_other_questions_about_times_are_not_a_read_back(text):
    said = _read_back(text)
    assert said is None or said.args.get("utter_action") != "utter_summary"


def test_derek_a_brain_injury_now_is_a_condition_though_none_before():
    text = (
        "Not before this. The doctors say the head injury is serious, they're talking about a "
        "brain injury, memory problems. We don't know yet how he'll be. He gets confused and "
        "tired."
    )
    assert read_impairment(text, about_them=True).value is True


@pytest.mark.parametrize(
    "text",
    [
        "not before this",
        "no, they scanned him, no brain damage thank god",
        "no. they said no sign of brain injury",
    ],
)
def test_no_brain_injury_is_still_a_no(text):
    assert read_impairment(text, about_them=True).value is False


def test_jess_mocked_for_her_wheelchair_and_stones_at_her_window_is_harassment():
    text = (
        "you just said the exact same thing twice lol. no im not in danger right now, theyre at "
        "school. its the neighbours kids, two teenage lads next door. been mocking me for being "
        "in a wheelchair for months, kicking my ramp, throwing stones at my window"
    )
    assert read_crime_type(text).value == "stalking_harassment"


@pytest.mark.parametrize("text", ["stop mocking me", "are you mocking me?", "ok"])
def test_mocking_said_to_the_bot_is_no_crime(text):
    assert read_crime_type(text).value is None


MARGARET = {
    "crime_type": "domestic_abuse", "relationship_to_offender": "family_member", "age": 80.0,
    "said": ["It is my grandson, he uses my bank card to take money out. He is 24."],
    "consent": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # Margaret (r78a): "Tell your bank straight away to stop your cards", nothing of home.
        "Thank you. Should I ask the bank for a new card and a new number? I do not want to "
        "cause a row at home.",
        "should i cancel my card?",
    ],
)
def test_an_older_person_whose_relative_uses_their_card_gets_a_new_card_with_a_plan(text):
    from tests.unit.known_answers import RESPONSES

    said = known_answer(text, "domestic_abuse", (), False, answers=MARGARET)
    assert said is not None and said.response == "utter_lead79_new_card_family"
    for variant in RESPONSES["utter_lead79_new_card_family"]:
        assert "0808 808 8141" in variant["text"] and len(variant["text"]) <= 320


def test_a_younger_person_keeps_the_card_answer():
    said = known_answer(
        "should i cancel my card?", "domestic_abuse", (), False, answers={**MARGARET, "age": 30.0}
    )
    assert said is not None and said.response != "utter_lead79_new_card_family"


def test_a_stranger_with_a_stolen_card_keeps_the_card_answer():
    said = known_answer(
        "should i cancel my card?",
        "theft",
        (),
        False,
        answers={"crime_type": "theft", "age": 80.0, "said": ["my purse was stolen"]},
    )
    assert said is None or said.response != "utter_lead79_new_card_family"


TIANA = {
    "consent": True, "crime_type": "stalking_harassment", "age": 26.0,
    "relationship_to_offender": "stranger", "repeat_victimisation": True,
}  # fmt: skip


def _court_answer(text: str):
    from actions.reading import Turn, read_turn

    return read_turn(
        Turn(
            text=text,
            requested="fear_of_giving_evidence",
            answers=TIANA,
        )
    )


def test_tiana_answering_her_own_question_is_not_told_we_cannot_answer():
    # Tiana (r79c): "Thank you. I can't answer your question here, sorry".
    reading = _court_answer("yeah obviously, standing up in front of people who want me dead? yes")
    assert reading.slots.get("fear_of_giving_evidence") is True
    assert "utter_question_beside_answer" not in [say.response for say in reading.say]


def test_a_real_question_beside_the_answer_still_gets_the_honest_line():
    reading = _court_answer("yes. would i have to see the people who posted my address?")
    said = [say.response for say in reading.say]
    assert reading.slots.get("fear_of_giving_evidence") is True
    assert said, "a question beside the answer gets some reply"


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # Joan (r79e), 72: asked "What happened?" after telling it.
        (
            "Hello dear. I hope this is the right place. My neighbour has been making my life a "
            "misery for months now shouting at me and throwing rubbish over into my garden",
            "stalking_harassment",
        ),
        (
            "No not right now, he is quiet at the moment. It is usually in the evenings when he "
            "has had a drink. He has also broken my fence, kicked panels out of it.",
            "criminal_damage",
        ),
    ],
)
def test_joan_a_neighbours_rubbish_and_broken_fence_are_read(text, crime):
    assert read_crime_type(text).value == crime


def test_a_partner_making_life_a_misery_is_not_made_harassment_by_these_words():
    assert read_crime_type("my husband is making my life a misery").value is None


def test_david_asking_to_see_what_is_noted_is_no_miss_of_the_referral_question():
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="Show me what you've noted now, please.",
            requested="referral_consent",
            answers={"consent": True, "crime_type": "homicide", "age": 60.0},
            question_answered=True,
        )
    )
    assert "utter_reask_referral_consent" not in [say.response for say in reading.say]


def test_a_message_that_was_not_answered_elsewhere_still_gets_the_question_again():
    from actions.reading import Turn, read_turn

    reading = read_turn(
        Turn(
            text="purple monkey",
            requested="referral_consent",
            answers={"consent": True, "crime_type": "homicide", "age": 60.0},
        )
    )
    assert reading.slots.get("referral_consent") is None


@pytest.mark.parametrize(
    "text",
    [
        # Kasia (r79a, in the replay): "OK, we won't pass your details on".
        "no danger now. i ask if i get help without police. and polish organisation",
        "im safe now",
    ],
)
def test_no_to_danger_is_no_refusal_of_being_contacted(text):
    assert read_referral_consent(text).value is not False


@pytest.mark.parametrize(
    ("text", "value"), [("no im safe. yes pass it on", True), ("no danger. no thanks", False)]
)
def test_the_referral_answer_after_no_danger_is_still_read(text, value):
    assert read_referral_consent(text).value is value


def test_after_saying_no_who_gets_the_details_is_still_answered():
    # Kasia, after "OK, we won't pass your details on": "I can't answer that one here".
    from actions.assessment_form import answers_from
    from tests.unit.conftest import make_tracker

    slots = {
        "consent": True, "crime_type": "domestic_abuse", "results_shown": True,
        "referral_consent": False,
    }  # fmt: skip
    tracker = make_tracker(
        slots=slots, text="police will know if i say yes? i dont want police come to house"
    )
    answers = answers_from(tracker)
    assert answers["results_shown"] is True
    said = known_answer(tracker.latest_message["text"], "domestic_abuse", (), False, answers)
    assert said is not None and said.response == "utter_m79d_who_gets_details"


def test_bukola_asking_if_her_answer_fits_is_not_told_we_cannot_answer():
    # Bukola (r79b, in the replay), for her son (17), at the disability question.
    from actions.reading import Turn, read_turn

    answers = {
        "consent": True, "crime_type": "human_trafficking", "for_someone_else": True,
        "age": 17.0, "under_18": True,
    }  # fmt: skip
    text = "me no. tayo has ADHD, he was diagnosed at 12. is that what you mean?"
    reading = read_turn(Turn(text=text, requested="impairment", answers=answers))
    assert reading.slots.get("impairment") is True
    assert "utter_question_beside_answer" not in [say.response for say in reading.say]


def test_exploitation_in_law_is_answered_for_a_parent_of_a_child_of_17():
    from actions import topics

    said = (
        "its about my son. the police found drugs in his room, he is 17. i know he has been used "
        "by older men, this county lines thing, they threatened him.",
    )
    answers = {"consent": True, "said": said, "crime_type": "human_trafficking",
               "for_someone_else": True, "age": 17.0, "under_18": True}  # fmt: skip
    text = "what does exploitation mean legally? is he a victim in the law or not"
    said_back = topics.topic_answer(text, answers)
    assert said_back is not None and said_back.response == "utter_m79e_exploited_child_victim"
