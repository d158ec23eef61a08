"""Round 53, helper Z6: Marcus, Ali and Katie."""

import pytest

from tests.unit.known_answers import answer, answer_in_conversation


@pytest.mark.parametrize(
    ("text", "crime", "expected"),
    [
        ("can i move college? i dont wanna go back der fr", "robbery", "utter_z6_move_college"),
        ("wat bout college tho. can i move or nah", "robbery", "utter_z6_move_college"),
        (
            "ok. so who helps me move college then. thats the main ting",
            "robbery",
            "utter_z6_move_college",
        ),
        (
            "court?? i aint goin court im not a snitch. if man finds out i told its over for me",
            "robbery",
            # v86c2 (round 86): with no age and no school told, no teacher or Childline (Leon,
            # 19); with an age under 18 or school told, utter_y2_not_snitching (its own test).
            "utter_v86c2_not_snitching",
        ),
        ("wait so u lot will tell her?? nah thats long", "robbery", "utter_who_we_tell"),
        ("do i hav to go police to get help?", "robbery", "utter_support_not_police"),
        (
            "the bike had a tracker tho, it shows its in a flat in camberwell rn. shud i go get it",
            "robbery",
            "utter_r2_tracker_armed_robbery",
        ),
        (
            "some of the other riders carry sumthing for protection. "
            "thinking i shud too if i go back out",
            "robbery",
            "utter_knife_for_protection",
        ),
        (
            "NO INSURANCE. do deliveroo or uber have to help me?",
            "robbery",
            "utter_z6_platform_help",
        ),
        (
            "sorry but does it actually count as a crime? he's saying it was a mistake",
            "sexual_offence",
            "utter_sexual_assault_counts",
        ),
        (
            "is there somewhere i can talk to that deals with this kind of thing but isnt police?",
            "sexual_offence",
            "utter_rape_crisis_for_you",
        ),
    ],
)
def test_their_questions_get_answers(text: str, crime: str, expected: str) -> None:
    assert answer(text, crime) == expected


@pytest.mark.parametrize(
    ("text", "crime", "not_expected"),
    [
        ("i go to college in croydon", "robbery", "utter_z6_move_college"),
        ("yes", "robbery", "utter_who_we_tell"),
        ("the police were no help", "robbery", "utter_support_not_police"),
        ("no", "sexual_offence", "utter_sexual_assault_counts"),
        ("i carry my bag everywhere", "robbery", "utter_knife_for_protection"),
        ("i work for deliveroo", "robbery", "utter_z6_platform_help"),
    ],
)
def test_ordinary_messages_do_not_match(text: str, crime: str, not_expected: str) -> None:
    assert answer(text, crime) != not_expected


@pytest.mark.parametrize(
    "text", ["wat u got down bout me", "nah i mean wat did u write bout me", "wat have u noted"]
)
def test_what_was_noted_in_his_words(text: str) -> None:
    from actions.questions import f5_asks_what_was_noted

    assert f5_asks_what_was_noted(text)
    assert not f5_asks_what_was_noted("wat bout college tho")


def test_does_it_count_after_rape_while_drunk_is_still_the_rape_answer() -> None:
    assert answer("does it count? like is that actually rape", "sexual_offence") == (
        "utter_t1_is_it_rape"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Feeling safe, someone to talk to. and can my landlord help? like can he ban him from the "
        "flat or put a lock on my door",
        "thanks. one more thing, should i tell my landlord? like could he say the bf isnt allowed "
        "to stay over anymore? its in kent so he's not around",
    ],
)
def test_landlord_asked_to_help_not_feared(text: str) -> None:
    assert answer(text, "sexual_offence") == "utter_z6_landlord_can_help"


def test_a_man_who_came_into_her_room_is_not_her_landlord() -> None:
    text = (
        "so my housemates boyfriend stays over a lot and on saturday he came into my room at like "
        "3am really drunk and got into my bed. does that count as something or am i overreacting"
    )
    assert answer(text, "assault") != "utter_l4_landlord_in_room"
    assert answer("Is he even allowed to come in my room without asking?", "assault") == (
        "utter_l4_landlord_in_room"
    )


@pytest.mark.parametrize(
    "text",
    [
        "practical help. like is there any help for a new bike or money while i cant work",
        "thats it?? i asked bout help for a new bike. is there a fund or sumthing. i aint got "
        "insurance on it",
    ],
)
def test_no_fund_for_a_stolen_bike(text: str) -> None:
    assert answer(text, "robbery") == "utter_z6_no_bike_fund"


def test_does_it_count_while_still_read_as_an_assault() -> None:
    said = [
        "so my housemates boyfriend stays over a lot and on saturday he came into my room at like "
        "3am really drunk and got into my bed. like under the covers next to me."
    ]
    text = "25. sorry but does it actually count as a crime? he's saying it was a mistake"
    found = answer_in_conversation(text, "assault", said)
    assert found is not None and found.response == "utter_sexual_assault_counts"
    assert answer("does it count as a crime?", "assault") != "utter_sexual_assault_counts"
