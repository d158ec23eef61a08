"""Round 76, lead: findings fixed by the lead, each with the person's words and negatives."""

from __future__ import annotations

import pytest

from actions.questions import known_answer
from tests.unit.known_answers import ORGANISATIONS, answer, assert_one_sms_with_source

KIERAN = (
    "u dont mention my daughter. can u put that theres a 3 yr old living with us and she burnt "
    "me with the kettle"
)
BISI_ADD = (
    "It is right. But can you add that the boys know where we live and I am scared they will "
    "come to the house when he is discharged. What can we do to be safe?"
)
BISI_ADDED = "Did you add it to his notes? Sorry. I have to go back to the ward now"


@pytest.mark.parametrize(
    "text",
    [
        KIERAN,
        BISI_ADDED,
        "can you add that he has a knife",
        "could you please note that she has a learning disability",
        "have u put that in",
        "please add this to my file",
        "make a note that the police never came",
    ],
)
def test_adding_to_the_notes_is_answered_from_what_is_kept(text):
    assert answer(text, "serious_violence", consent=True) == "utter_l76_in_the_chat"
    assert answer(text, "serious_violence", consent=False) == "utter_l76_chat_not_kept"


def test_whether_it_was_added_to_the_notes_may_get_what_is_noted():
    got = answer("has that been added to my notes", "serious_violence", consent=True)
    assert got in ("utter_summary", "utter_l76_in_the_chat")


def test_bisi_what_she_added_is_answered_and_her_follow_up_too():
    # The safety answer written for "they know where we live" comes first; "Did you add it to
    # his notes?" then gets the notes answer.
    said = known_answer(BISI_ADD, "serious_violence", ORGANISATIONS, answers={"consent": True})
    assert said is not None and said.response == "utter_if_he_comes"
    assert answer(BISI_ADDED, "serious_violence", consent=True) == "utter_l76_in_the_chat"


@pytest.mark.parametrize(
    "text",
    [
        # Contact details have their own readers.
        "can you put my new number down 07700 900 123",
        "can u add that they can text me",
        "could you note that the times are after 8pm",
        "can you add my email",
        # Not about the notes.
        "can you put me through to someone",
        # The summary (round 39, F5).
        "I mean, what details about me have you noted down?",
        "what have you put down about me",
        "can you help me",
        "will you tell the police",
        "he put it on facebook",
    ],
)
def test_other_requests_are_not_taken_as_adding_to_the_notes(text):
    got = answer(text, "domestic_abuse", consent=True)
    assert got not in ("utter_l76_in_the_chat", "utter_l76_chat_not_kept")


def test_the_answers_are_one_sms_with_their_sources():
    for name in ("utter_l76_in_the_chat", "utter_l76_chat_not_kept"):
        assert_one_sms_with_source(name, "# -- round 76, lead --")


MARCUS_FIRST = (
    "Some scumbag has keyed my car and slashed my tyres AGAIN. third time in 2 months. "
    "I know exactly who it is too"
)


@pytest.mark.parametrize("requested", [None, "consent"])
def test_a_first_message_changes_nothing_it_tells(requested):
    from actions.reading import Turn, read_turn

    # As the form builds them at the first message: the words said and nothing told yet.
    answers = {"said": (MARCUS_FIRST,), "recent_bot_texts": (), "skipped_slots": []}
    got = read_turn(
        Turn(text=MARCUS_FIRST, intent="inform", requested=requested, answers=answers, asked={})
    )
    assert got.corrected == []
    assert got.slots["relationship_to_offender"] == "someone_known"
    assert got.slots["crime_type"] == "criminal_damage"


def test_a_later_message_still_corrects():
    from actions.reading import Turn, read_turn

    got = read_turn(
        Turn(
            text="I know exactly who it is",
            intent="inform",
            requested="reported_to_police",
            answers={"consent": True, "relationship_to_offender": "stranger"},
            asked={"reported_to_police": 1},
        )
    )
    assert "relationship_to_offender" in got.corrected


@pytest.mark.parametrize(
    "text",
    [
        "please tell me the terrorism is removed from my file",
        "has it been taken off my record",
        "is that changed on my file now",
    ],
)
def test_asking_if_a_fact_is_off_the_file_reads_back_what_is_noted(text):
    from actions.questions import g76b_asks_what_passed_on

    assert g76b_asks_what_passed_on(text)


@pytest.mark.parametrize(
    "text",
    ["has the post been removed", "is it removed from instagram", "the photos are gone"],
)
def test_a_post_taken_down_is_not_a_question_about_the_file(text):
    from actions.questions import g76b_asks_what_passed_on

    assert not g76b_asks_what_passed_on(text)


def test_an_everyday_first_word_is_not_a_service_asked_for():
    # Lucy: "I didn't know if it was 'enough' to report" brought in Report Fraud's contact
    # beside her referral; Dev's "to galop" still names Galop.
    from actions.dialogue import _z73d_service_words
    from referrals.directory import load_directory

    words = {org.name: _z73d_service_words(org) for org in load_directory()}
    assert words["Report Fraud (City of London Police)"] == []
    assert words["Galop national LGBT+ helpline"] == ["galop"]


@pytest.mark.parametrize(
    ("text", "before"),
    [
        (
            "still say terrorism. it is NOT terrorism. is a boy with eggs and bad words. please "
            "remove this, it scare me, I dont want police think something about terrorism with "
            "my name",
            None,
        ),
        ("you have my number right? 07700 900 655. and please tell me the terrorism is removed "
         "from my file", "other"),
        ("this is wrong!! not terrorism. HE call me terrorist, is insult.", "terrorism"),
    ],
)  # fmt: skip
def test_a_denial_of_terrorism_never_makes_it_the_crime(text, before):
    from actions.reading import Turn, corrections, read_turn

    answers = {"consent": True, "crime_type": before, "hate_motivated": True}
    for requested in (None, "referral_consent", "crime_type"):
        got = read_turn(Turn(text=text, intent="inform", requested=requested, answers=answers,
                             asked={}))  # fmt: skip
        assert got.slots.get("crime_type") != "terrorism"
    assert corrections(text, answers).get("crime_type") != "terrorism"


def test_a_terrorist_attack_is_still_terrorism():
    from actions.reading import Turn, read_turn

    got = read_turn(
        Turn(
            text="i was caught in the terrorist attack at the station, a bomb went off",
            intent="inform",
            requested="crime_type",
            answers={"consent": True},
            asked={"crime_type": 1},
        )
    )
    assert got.slots.get("crime_type") == "terrorism"
