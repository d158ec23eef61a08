"""Round 99, helper k99b: Rob (his son of 28 takes his money), Keisha (16, a video of her being
hit going round Snapchat), Wei (his restaurant's window smashed, his wife frightened) and
Hannah (for her sister with a learning disability whose "friends" take her money)."""

from typing import Any

from actions.account import read_account
from actions.answers import read_answer
from tests.unit.known_answers import answer_in_conversation, sendable

KEISHA_FIRST = "hi um a girl hit me at school and someone filmed it and now its all over snap"
KEISHA_SAID = [KEISHA_FIRST, "will the school find out if i say yes", "ok ye"]
HANNAH_FIRST = (
    "Hi, I'm writing about my sister Laura. She's 41 and has a learning disability and lives on "
    "her own in Wandsworth. Some so called friends she met have basically moved into her flat "
    "and they're taking her benefits money. I'm so angry. Who can go round there?"
)
ROB_SAID = [
    "hi",
    "ok",
    "no not right now. its my son. hes out",
    "no its me thats been hurt not him. hes 28 lives with me. takes money out my wallet and "
    "pushed me into the door last week",
    "no. im the one this is about. me. hes the one doing it. and no not reported, i dont want "
    "him arrested",
    "52",
    "i said. my son",
    "the money yeah loads of times. he's on drugs. the push was just the once. i want help for "
    "him not against him",
    "no",
    "hurt my shoulder bit. not sleeping. feel like a failure as a dad to be honest",
]


def _said(text: str, crime_type: str | None, earlier: list[str], **answers: Any) -> str | None:
    got = answer_in_conversation(text, crime_type, earlier, **answers)
    return None if got is None else got.response


# Keisha S1: "can they make the video come down" got the police evidence answer, then "16. but
# can u get it taken down or not" got "I can't answer".
def test_keisha_video_come_down_is_the_takedown_answer() -> None:
    text = "no im home. can they make the video come down tho everyone keeps sending it"
    assert _said(text, "assault", KEISHA_SAID) == "utter_l3_attack_videos_down"


def test_keisha_age_then_taken_down_is_the_takedown_answer() -> None:
    earlier = [*KEISHA_SAID, "no im home. can they make the video come down tho"]
    text = "16. but can u get it taken down or not"
    assert _said(text, "assault", earlier) == "utter_l3_attack_videos_down"


# Keisha S2: "everyone keeps sending it" was noted as "it has happened more than once".
def test_video_passed_round_is_not_a_repeat() -> None:
    text = "no im home. can they make the video come down tho everyone keeps sending it"
    assert read_account(text).repeat is not True
    assert read_account("he keeps sending me messages").repeat is True


# Keisha S3: "i just dont wanna go in tomorrow" got how to report to the police.
def test_keisha_not_going_in_tomorrow_is_the_school_worry() -> None:
    text = "no. i just dont wanna go in tomorrow tbh everyones seen it"
    got = _said(text, "assault", [KEISHA_FIRST], age=16, under_18=True)
    assert got == "utter_school_worry"
    # Not going in to a station is still about reporting.
    assert _said("i dont want to go in, can i report it online", "assault", []) == (
        "utter_how_to_report"
    )


# Hannah S2 and S3: "Is that even a crime? the bank said she handed it over herself" got the
# stop-your-cards answer, and "is it a crime when they take it off her like that when she
# doesnt understand?" the Domestic Abuse Act.
def test_hannah_is_it_a_crime_gets_mate_crime() -> None:
    first = (
        "I already said, they're living in her flat and taking her money. Is that even a "
        "crime? the bank said she handed it over herself"
    )
    second = (
        "people she knows, they're meant to be her friends. And it's not about cards, you didnt "
        "answer - is it a crime when they take it off her like that when she doesnt understand?"
    )
    for crime_type in (None, "fraud", "theft", "domestic_abuse"):
        for text in (first, second):
            got = _said(text, crime_type, [HANNAH_FIRST], for_someone_else=True)
            assert got == "utter_w5_gave_money_still_crime", (crime_type, text)


# Hannah S1: "who can actually go round to her flat?" got "I can't answer".
def test_hannah_who_can_go_round() -> None:
    text = "yes fine. but who can actually go round to her flat?"
    assert _said(text, None, [HANNAH_FIRST]) == "utter_k99b_who_can_visit_adult"
    assert _said(text, "theft", [HANNAH_FIRST], for_someone_else=True) == (
        "utter_k99b_who_can_visit_adult"
    )
    said = sendable("utter_k99b_who_can_visit_adult")[0]
    assert "adult safeguarding" in said and len(said) <= 320
    # Not someone writing for themselves.
    own = ["my ex keeps coming round, i have a learning disability"]
    assert _said("who can go round to my flat?", None, own) != "utter_k99b_who_can_visit_adult"


# Hannah S4: "does laura have to agree to all this?" got "I can't answer".
def test_hannah_does_laura_have_to_agree() -> None:
    text = (
        "yes she'd be terrified. does laura have to agree to all this? she keeps saying they're "
        "her friends and she doesnt want them in trouble"
    )
    got = _said(text, "theft", [HANNAH_FIRST], for_someone_else=True)
    assert got == "utter_k99b_adult_agree_safeguarding"
    assert len(sendable("utter_k99b_adult_agree_safeguarding")[0]) <= 320


# Wei S1: the premium and the cost of the window got the crime number answer twice.
def test_wei_premium_and_window_cost() -> None:
    for text in (
        "I don't know. Maybe some young men who hang around the street, but I am not sure. My "
        "insurance company said the premium will go up again, is there any help with that?",
        "No. I already have crime number. My question is the premium getting higher every time, "
        "can anybody help with the cost of window or the insurance?",
    ):
        for crime_type in ("criminal_damage", "hate_crime"):
            assert _said(text, crime_type, []) == "utter_damage_who_pays"


# Wei S2: his wife's fear was noted as his own fear of giving evidence.
def test_wei_wifes_fear_is_not_his() -> None:
    text = (
        "Not scared, no. I am more worried for my staff and my wife, she is frightened to close "
        "up at night now."
    )
    assert read_answer("fear_of_giving_evidence", text).value is False
    assert read_answer("fear_of_giving_evidence", "yes im scared").value is True


# Rob S3: "would they come to the house. he cant know" at the referral offer got "Yes. You can
# tell the police how ...".
def test_rob_would_they_come_to_the_house_at_referral() -> None:
    text = "would they come to the house. he cant know"
    got = _said(
        text, "domestic_abuse", ROB_SAID, results_shown=True,
        relationship_to_offender="family_member",
    )  # fmt: skip
    assert got == "utter_if_someone_answers"


# Rob S2: "and help for him. will the police get told if i use this" got "While he's under 18"
# (his son is 28), and the police question was passed over.
def test_rob_adult_son_help_and_police_question() -> None:
    text = "someone to talk to i suppose. and help for him. will the police get told if i use this"
    got = answer_in_conversation(
        text, "domestic_abuse", ROB_SAID, relationship_to_offender="family_member", age=52,
        requested_slot="needs",
    )  # fmt: skip
    assert got is not None
    sent = [got.response, *(then.response for then in got.then)]
    assert "utter_t84b_help_for_child_who_hurts" not in sent
    assert "utter_support_not_police" in sent
