"""Round 48, main: Abena, 41, whose husband held a knife to her last night and is asleep now."""

import pytest
from known_answers import answer

from actions.account import read_account
from actions.answers import read_answer
from actions.questions import matching_answers

HOME = {"relationship_to_offender": "partner_or_ex"}


@pytest.mark.parametrize(
    "text", ["he had a knife last night. hes asleep now", "hes asleep now", "hes sleeping"]
)
def test_him_asleep_in_the_house_is_not_sure_not_a_missed_answer(text):
    # It got "Sorry, I didn't catch that. You can answer yes or no".
    assert read_answer("in_danger", text).declined


@pytest.mark.parametrize(
    ("text", "value"),
    [("im safe, hes asleep", False), ("yes hes downstairs and he has a knife", True)],
)
def test_safe_or_in_danger_said_first_still_counts(text, value):
    assert read_answer("in_danger", text).value is value


@pytest.mark.parametrize(
    "text",
    ["no. what do i do right now", "41. please what do i do now", "what should i do now"],
)
def test_what_to_do_now_at_home_is_answered(text):
    # It got the next question twice, then "I can't answer that one here".
    assert answer(text, "domestic_abuse", **HOME) == "utter_what_to_do_now_at_home"


def test_not_for_other_crimes_or_other_questions():
    assert "utter_what_to_do_now_at_home" not in [
        say.response for say in matching_answers("what do i do now", "burglary")
    ]
    assert answer("what do i do if he comes back", "domestic_abuse", **HOME) != (
        "utter_what_to_do_now_at_home"
    )


def test_saying_she_is_not_deaf_is_not_read_as_deafness():
    # "im not deaf. i mean the support people. yes pass it but email only" recorded a
    # disability again, straight after she had been taken for Deaf.
    told = read_account("im not deaf. i mean the support people. yes pass it but email only")
    assert told.impairment is None and told.cannot_phone is None and not told.communities
    assert read_account("im deaf").cannot_phone is True


@pytest.mark.parametrize(
    "text",
    [
        "THERE ARE NO PICTURES. how do i keep evidence of the hate messages",
        "ok but can i screenshot the text messages or not",
    ],
)
def test_a_young_person_keeping_hate_messages_is_told_to_screenshot_them(text):
    # Jay, 17, sent transphobic messages: told four times not to copy pictures there were not.
    young = {"age": 17.0, "under_18": True}
    assert answer(text, "stalking_harassment", **young) == "utter_keep_evidence"


def test_pictures_of_a_young_person_still_get_the_child_safe_answer():
    young = {"age": 17.0, "under_18": True, "account_details": ["intimate_images"]}
    said = answer("should i screenshot the pics he sent", "online_abuse", **young)
    assert said != "utter_keep_evidence"


@pytest.mark.parametrize(
    "text",
    [
        "my husband. he controls everything. money phone. last night he held a knife at me said "
        "next time",
        "my boyfriend pulled a knife on me last night",
        "my ex put a knife to my throat",
    ],
)
def test_a_weapon_held_to_her_at_home_is_answered_when_told(text):
    from actions.reading import Turn, read_turn

    turn = Turn(text=text, intent="inform", requested="crime_type", answers={"consent": True})
    said = [say.response for say in read_turn(turn).say]
    assert "utter_weapon_threat_at_home" in said


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("a man pulled a knife on me at the cash machine", {}),
        ("my husband uses a knife to cook", {}),
        ("should i tell police he held a knife at me?", {}),
        ("he held a knife to my sister", {}),
        ("my dad held a knife at me", {"in_danger": True}),
    ],
)
def test_not_for_a_stranger_a_question_or_once_the_999_lines_are_out(text, answers):
    from actions.reading import Turn, read_turn

    turn = Turn(
        text=text, intent="inform", requested="crime_type", answers={"consent": True, **answers}
    )
    said = [say.response for say in read_turn(turn).say]
    assert "utter_weapon_threat_at_home" not in said


def test_a_grown_son_doing_it_to_his_mother_is_not_the_one_it_happened_to():
    # Sylvia, 63: "It's about my son" first (read as writing for her child), then this, at the
    # question what happened: she was asked about "them" three times.
    from actions.reading import Turn, read_turn

    text = (
        "I'm sorry I don't understand, he's not my landlord, he's my son. It's my own flat. He's "
        "35. He takes money from my purse and when I said no last week he shouted he would smash "
        "the place up and he grabbed my arm"
    )
    turn = Turn(
        text=text,
        intent="inform",
        requested="crime_type",
        answers={"consent": True, "for_child": True},
    )
    slots = read_turn(turn).slots
    assert slots["crime_type"] == "domestic_abuse"
    assert slots["relationship_to_offender"] == "family_member"
    assert slots["for_child"] is False


@pytest.mark.parametrize(
    "text",
    [
        "its about my son. some boys took money from his wallet and hit him",
        "my son was beaten up at school",
    ],
)
def test_a_child_it_happened_to_stays_the_one_it_happened_to(text):
    from actions.reading import Turn, read_turn

    turn = Turn(
        text=text,
        intent="inform",
        requested="crime_type",
        answers={"consent": True, "for_child": True},
    )
    assert read_turn(turn).slots.get("for_child") is not False


@pytest.mark.parametrize(
    "said", ["yes, he doesnt live here", "he doesn't live with me, he comes round for money"]
)
def test_a_relative_who_lives_elsewhere_is_not_a_landlord(said):
    assert answer(said, "domestic_abuse", relationship_to_offender="family_member") != (
        "utter_r4_landlord_lives_elsewhere"
    )


def test_a_landlord_named_in_abuse_at_home_still_gets_the_tenant_answer():
    said = "my landlord doesnt live here, he lives in another house, can he come in my room"
    assert answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex") == (
        "utter_r4_landlord_lives_elsewhere"
    )
