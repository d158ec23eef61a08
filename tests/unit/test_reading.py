"""How the form reads one message while a question is pending (actions/reading.py)."""

from __future__ import annotations

from actions.reading import Turn, ask_counts, corrections, read_turn


def turn(text, requested, intent="inform", answers=None, asked=None, **kw):
    return Turn(
        text=text,
        intent=intent,
        requested=requested,
        answers=answers or {},
        asked=asked or {requested: 1},
        **kw,
    )


def test_an_answer_with_a_rights_topic_in_it_is_kept_and_not_taken_for_a_question():
    reading = read_turn(
        turn(
            "yes, the police are looking into it",
            "reported_to_police",
            intent="ask_right",
            rights_topic="police_updates",
            rights_confidence=0.95,
        )
    )
    assert not reading.reject
    assert reading.slots["reported_to_police"] is True
    assert reading.say == []


def test_a_rights_question_asked_beside_an_answer_is_answered_too():
    reading = read_turn(
        turn(
            "yes i did. will they keep me updated?",
            "reported_to_police",
            intent="ask_right",
            rights_topic="police_updates",
            rights_confidence=0.95,
        )
    )
    assert reading.slots["reported_to_police"] is True
    assert [s.response for s in reading.say] == ["utter_ask_right/police_updates"]


def test_a_question_that_is_only_a_question_goes_to_the_rules():
    reading = read_turn(
        turn(
            "what is a victim personal statement?",
            "needs",
            intent="ask_right",
            rights_topic="vps",
            rights_confidence=0.9,
        )
    )
    assert reading.reject


def test_control_words_go_to_the_rules_but_an_answer_mentioning_them_does_not():
    assert read_turn(turn("stop", "needs", intent="stop")).reject
    reading = read_turn(turn("yes he wont stop", "repeat_victimisation", intent="stop"))
    assert not reading.reject and reading.slots["repeat_victimisation"] is True


def test_danger_inside_an_answer_gets_999_keeps_the_answer_and_asks_about_safety_once():
    reading = read_turn(
        turn(
            "no, he said hed kill me if i go to the police",
            "reported_to_police",
            intent="in_danger",
            answers={"in_danger": False},
            asked={"in_danger": 1},
        )
    )
    assert reading.slots["reported_to_police"] is False
    assert reading.flags == ["in_danger"]
    assert reading.say[0].response == "utter_emergency"
    assert reading.slots["in_danger"] is None and reading.slots["safety_check"] == "in_danger"


def test_the_safety_question_is_not_asked_a_third_time():
    reading = read_turn(
        turn(
            "he keeps threatening me",
            "needs",
            intent="in_danger",
            answers={"in_danger": False},
            asked={"in_danger": 2, "needs": 1},
        )
    )
    assert reading.say[0].response == "utter_emergency"
    assert "in_danger" not in reading.slots


def test_thoughts_of_suicide_keep_the_answer():
    reading = read_turn(
        turn(
            "someone to talk to. i dont want to be here anymore",
            "needs",
            intent="self_harm",
            answers={"in_danger": False},
        )
    )
    assert reading.slots["needs"] == ["emotional"]
    assert reading.say[0].response == "utter_self_harm"
    assert reading.flags == ["self_harm"]


def test_a_miss_is_asked_again_once_then_skipped():
    first = read_turn(turn("purple", "hate_motivated", asked={"hate_motivated": 1}))
    assert [s.response for s in first.say] == ["utter_reask_hate_motivated"]
    second = read_turn(
        turn("purple", "hate_motivated", asked={"hate_motivated": 1}, missed={"hate_motivated": 1})
    )
    assert [s.response for s in second.say] == ["utter_moving_on"]
    assert second.skipped == ["hate_motivated"]


def test_another_language_is_never_an_answer_or_consent():
    assert read_turn(turn("tak", "consent", intent="other_language")).reject
    reading = read_turn(turn("hello", "consent", intent="greet"))
    assert "consent" not in reading.slots


def test_volunteered_facts_fill_only_what_is_unknown_and_are_noted():
    reading = read_turn(
        turn(
            "no, my ex has been hitting me for years",
            "reported_to_police",
            answers={"relationship_to_offender": None},
        )
    )
    assert reading.slots["reported_to_police"] is False
    assert reading.noted == {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "repeat_victimisation": True,
    }
    kept = read_turn(
        turn(
            "no, my ex hit me",
            "reported_to_police",
            answers={"relationship_to_offender": "stranger"},
        )
    )
    assert "relationship_to_offender" not in kept.noted


def test_who_did_the_reporting_is_not_who_did_the_crime():
    reading = read_turn(
        turn(
            "my nephew did it on the computer",
            "reported_to_police",
            answers={"relationship_to_offender": None},
        )
    )
    assert "relationship_to_offender" not in reading.slots


def test_passing_mentions_are_not_the_offender():
    reading = read_turn(
        turn(
            "my wife told me to report it",
            "reported_to_police",
            answers={"relationship_to_offender": None},
        )
    )
    assert "relationship_to_offender" not in reading.slots


def test_corrections_at_any_point():
    assert corrections(
        "it wasnt my family, it was a neighbour", {"relationship_to_offender": "family_member"}
    ) == {"relationship_to_offender": "someone_known"}
    assert corrections("hes a stranger", {"relationship_to_offender": "partner_or_ex"}) == {
        "relationship_to_offender": "stranger"
    }
    assert corrections("I said 52", {"age": 25.0})["age"] == 52.0
    assert corrections("thanks", {"age": 25.0}) == {}


def test_button_payloads_answer_with_their_intent_and_entities():
    reading = read_turn(
        turn(
            '/inform{"relationship": "stranger"}',
            "relationship_to_offender",
            entities=[{"entity": "relationship", "value": "stranger"}],
        )
    )
    assert reading.slots["relationship_to_offender"] == "stranger"
    assert read_turn(turn("/affirm", "consent", intent="affirm")).slots["consent"] is True
    assert read_turn(turn("/safe_now", "in_danger", intent="safe_now")).slots["in_danger"] is False


def test_asks_are_counted_from_the_responses_sent():
    counts = ask_counts(
        [
            "utter_ask_consent",
            "utter_reask_consent",
            "utter_ask_consent",
            "utter_ask_right/vps",
            None,
        ]
    )
    assert counts == {"consent": 2}
