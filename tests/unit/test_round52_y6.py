"""Round 52, helper Y6: Amina (exposed to on the bus by a stranger, once) and George (14 months
sober, harassed by the neighbours upstairs)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.reading import Turn, read_turn
from tests.unit.known_answers import answer, answer_in_conversation

AMINA_ACCOUNT = (
    "I was on the 12 bus going home from placement and a man sat across from me and exposed "
    "himself. I moved seats and then when I got off he got off too and followed me. I ran into a "
    "shop and he went away. I was shaking for ages"
)
AMINA = dict(
    consent=True,
    relationship_to_offender="stranger",
    repeat_victimisation=False,
    reported_to_police=False,
    age=24.0,
)
GEORGE_SAID = [
    "not danger exactly. its the lot upstairs. music blasting till 4am every night, and when i go "
    "up and ask them to turn it down they bang on my door after and shout stuff. called me a "
    "dirty alchy, junkie, all sorts. been going on since march",
    "dunno. they go on about me being an alcoholic. i am, in recovery, 14 months sober. does "
    "that count",
    "depression yeah. on tablets. honestly i cant take much more of this. no sleep for months. "
    "some nights i think a drink would be easier",
]
GEORGE = dict(
    consent=True,
    relationship_to_offender="someone_known",
    repeat_victimisation=True,
    reported_to_police=True,
    age=41.0,
)


def test_amina_shaking_for_ages_is_not_more_than_once() -> None:
    assert read_account(AMINA_ACCOUNT).repeat is not True


@pytest.mark.parametrize(
    "text",
    [
        "he hit me again last night, he's done it loads of times",
        "they have been doing it for months",
        "same man again, I was crying for ages",
    ],
)
def test_repeats_are_still_read(text: str) -> None:
    assert read_account(text).repeat is True


def test_amina_why_more_than_once_gets_no_cant_answer() -> None:
    reading = read_turn(
        Turn(
            text="A stranger. And sorry why did you say it happened more than once? It was just "
            "one time",
            requested="relationship_to_offender",
            answers={
                **AMINA,
                "crime_type": "sexual_offence",
                "repeat_victimisation": True,
                "relationship_to_offender": None,
            },
        )
    )
    assert reading.slots.get("relationship_to_offender") == "stranger"
    assert reading.slots.get("repeat_victimisation") is False
    assert "utter_question_beside_answer" not in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "What should I do if I see him on the bus again? I get really panicky",
        "what do i do if i see him at the bus stop again",
        "what if I see that man on the tube again?",
    ],
)
def test_amina_seeing_him_on_the_bus_again(text: str) -> None:
    assert answer(text, "sexual_offence", **AMINA) == "utter_y6_see_him_on_transport"


def test_seeing_an_ex_again_is_not_the_bus_answer() -> None:
    said = "what should I do if I see him on the bus again?"
    assert (
        answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex")
        != "utter_y6_see_him_on_transport"
    )


@pytest.mark.parametrize(
    "text",
    [
        "im not going to do anything stupid mate. i mean i might start drinking again. thats "
        "what scares me",
        "ok. and the drinking thing. is there anyone for that or is that not your department",
        "im scared ill start again",
    ],
)
def test_george_fear_of_drinking_again(text: str) -> None:
    said = answer_in_conversation(text, "stalking_harassment", GEORGE_SAID, **GEORGE)
    assert said is not None and said.response == "utter_q5_fear_of_relapse"


def test_george_relapse_fear_answered_at_the_safety_check() -> None:
    reading = read_turn(
        Turn(
            text="im not going to do anything stupid mate. i mean i might start drinking again. "
            "thats what scares me",
            requested="in_danger",
            answers={
                **GEORGE,
                "crime_type": "stalking_harassment",
                "safety_check": "self_harm",
                "said": GEORGE_SAID,
            },
        )
    )
    assert "utter_q5_fear_of_relapse" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "my dad might start drinking again, is there help for him",
        "he was drinking again and hit me",
        "tbh the drinking's the bit thats bothering me, the flashbacks too",
    ],
)
def test_others_drinking_is_not_relapse_fear(text: str) -> None:
    assert answer(text, "assault") != "utter_q5_fear_of_relapse"


@pytest.mark.parametrize(
    "text",
    [
        "english. did you read what i said? is there anyone above the council i can go to",
        "for it to STOP. and sleep. ive complained to the council 5 times is there anything "
        "above them",
    ],
)
def test_george_above_the_council_gets_the_case_review(text: str) -> None:
    said = answer_in_conversation(text, "stalking_harassment", GEORGE_SAID, **GEORGE)
    assert said is not None and said.response == "utter_g4_asb_case_review"


def test_above_the_council_not_for_domestic_abuse() -> None:
    said = "is there anyone above the council i can go to"
    assert answer(said, "domestic_abuse") != "utter_g4_asb_case_review"


@pytest.mark.parametrize("text", ["Yes", "No, I'm safe, carry on", "Southwark", "A stranger"])
def test_ordinary_answers_get_none_of_these(text: str) -> None:
    got = answer(text, "sexual_offence", **AMINA)
    assert got not in (
        "utter_y6_see_him_on_transport",
        "utter_q5_fear_of_relapse",
        "utter_g4_asb_case_review",
    )


def test_george_housing_association() -> None:
    said = (
        "the ASB team is the council. ive DONE the council. whats the point of them again. can "
        "my housing association do anything"
    )
    got = answer_in_conversation(said, "stalking_harassment", GEORGE_SAID, **GEORGE)
    assert got is not None and got.response == "utter_y6_housing_association_asb"


def test_housing_association_not_for_domestic_abuse() -> None:
    said = "can my housing association do anything"
    assert answer(said, "domestic_abuse") != "utter_y6_housing_association_asb"


@pytest.mark.parametrize(
    "text",
    [
        "cheers. the music's started again now as it goes. 11pm on a tuesday",
        "the noise is going again right now",
    ],
)
def test_george_noise_now(text: str) -> None:
    assert answer(text, "stalking_harassment", **GEORGE) == "utter_y6_noise_now"


@pytest.mark.parametrize(
    "text", ["the music was loud last night", "can they stop the music", "yes", "skip"]
)
def test_not_noise_now(text: str) -> None:
    assert answer(text, "stalking_harassment", **GEORGE) != "utter_y6_noise_now"


# Chloe, 17: her ex (18) shared a private picture of her in the year's group chat.
CHLOE = dict(
    consent=True,
    relationship_to_offender="partner_or_ex",
    age=17.0,
    account_details=["intimate_images", "online"],
    repeat_victimisation=False,
)


def test_chloe_people_messaging_is_not_sextortion() -> None:
    said = "english obvs. what do i do about the people messaging me"
    assert answer(said, "online_abuse", **CHLOE) == "utter_y6_others_messaging_about_image"


def test_a_demand_for_money_is_still_sextortion() -> None:
    said = "what do i do, they keep messaging me saying pay them or they send it to everyone"
    assert answer(said, "online_abuse", **CHLOE) != "utter_y6_others_messaging_about_image"


def test_chloe_not_in_trouble_for_sending_her_own_picture() -> None:
    said = (
        "wait am i gonna get in trouble too? cos i sent it to him in the first place. when we "
        "were together"
    )
    assert answer(said, "online_abuse", **CHLOE) == "utter_images_not_in_trouble"


def test_chloe_support_person_and_parents() -> None:
    said = "the support person wont tell my parents right?"
    assert answer(said, "online_abuse", **CHLOE) == "utter_support_parents_young"


def test_police_and_parents_still_the_police_answer() -> None:
    said = "if i go to police do they tell my parents"
    assert answer(said, "online_abuse", **CHLOE) != "utter_support_parents_young"


def test_adults_not_given_the_young_answers() -> None:
    adult = {**CHLOE, "age": 30.0}
    assert answer("the support person wont tell my parents right?", "online_abuse", **adult) != (
        "utter_support_parents_young"
    )
    assert (
        answer("what do i do about the people messaging me", "online_abuse", **adult)
        != "utter_y6_others_messaging_about_image"
    )


def test_amina_stranger_is_not_told_when_hes_round() -> None:
    said = "ok so I wouldnt have to see him at all? also would the bus cameras still have it"
    assert answer(said, "sexual_offence", **AMINA) != "utter_t1_has_to_see_him"


def test_someone_known_still_gets_when_hes_round() -> None:
    said = "he keeps coming round and i have to see him. i feel sick every time"
    assert (
        answer(said, "sexual_offence", relationship_to_offender="someone_known")
        == "utter_t1_has_to_see_him"
    )


@pytest.mark.parametrize(
    "text",
    [
        "what do you mean when hes round? I dont know him, he was a stranger on the bus. And if "
        "the cameras are only 10 days then its already gone isnt it",
        "is the cctv already gone?",
    ],
)
def test_amina_footage_gone_gets_report_anyway(text: str) -> None:
    assert answer(text, "sexual_offence", **AMINA) == "utter_q1_report_without_cctv"


def test_would_the_cameras_have_it_still_gets_the_cctv_answer() -> None:
    said = "would the bus cameras still have it"
    assert answer(said, "sexual_offence", **AMINA) == "utter_cctv"


def test_before_its_deleted_still_gets_the_cctv_answer() -> None:
    said = "will they get the bus cctv before it's deleted"
    assert answer(said, "assault") != "utter_q1_report_without_cctv"
