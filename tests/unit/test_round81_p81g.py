"""Round 81, helper p81g: questions that got no answer or a wrong one (Olu, Shanice, Ahmed, Paul,
Kev, Sam), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions.aftermath_answers import answer
from actions.questions import asks_about_a_scar
from actions.reading import Turn, read_turn
from referrals.matching import default_directory
from tests.unit.known_answers import DOMAIN, assert_one_sms_with_a_source

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_p81g_inquest_attend",
    "utter_p81g_funeral_payment_apply",
    "utter_p81g_under18_images_no_copies",
    "utter_p81g_under18_images_crime",
    "utter_p81g_asylum_nhs_free",
    "utter_p81g_child_stabbing_cica",
    "utter_p81g_money_transfer_not_bank_refund",
    "utter_p81g_stolen_phone_banking",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


def _said(text: str, requested: str, facts: dict) -> list[str | None]:
    """What is said to ``text`` at the question ``requested`` (a question, as the NLU reads it)."""
    reading = read_turn(
        Turn(
            text=text,
            requested=requested,
            answers=facts,
            organisations=default_directory(),
            intent="ask_question",
        )
    )
    return [say.response for say in reading.say]


OLU = {"consent": True, "crime_type": "homicide", "bereaved": True, "age": 47}
SHANICE = {
    "consent": True,
    "crime_type": "online_abuse",
    "age": 19,
    # Her first message: the pictures are told (the answers about them rest on it).
    "said": ["my ex has put my nudes in a group chat, everyone from college has seen them"],
}
AHMED = {"consent": True, "crime_type": "robbery", "age": 40}
PAUL = {
    "consent": True,
    "crime_type": "serious_violence",
    "for_child": True,
    "age": 14,
    "said": [
        "my boy got stabbed outside his school yesterday. hes 14. hes in north mid hospital, he's "
        "going to be ok they say but"
    ],
}
KEV = {"consent": True, "crime_type": "fraud", "age": 52}
SAM = {"consent": True, "crime_type": "theft", "age": 33}


@pytest.mark.parametrize(
    ("text", "requested", "facts", "expected"),
    [
        (
            "i dont know. i dont think ill be a witness i wasnt there. the FLO said something "
            "about an inquest, what even is that? do we have to go",
            "fear_of_giving_evidence",
            OLU,
            "utter_p81g_inquest_attend",
        ),
        (
            "and the funeral. we cant have it yet because of the post mortem thing and my mum "
            "keeps asking how we will pay for it. it will be thousands",
            "language",
            OLU,
            "utter_funeral_costs",
        ),
        (
            "english. but can someone help with the funeral money??",
            "language",
            OLU,
            "utter_funeral_costs",
        ),
        (
            "dayo has 2 kids, Tobi is 9 and Kemi is 6. their mum is struggling and tobi wont talk "
            "at all since. is there anyone for the children",
            "referral_consent",
            OLU,
            "utter_n80e_bereaved_children_support",
        ),
        (
            "its a whatsapp group not insta. and do i screenshot the ones where im 17 too?? is "
            "that even allowed. english btw",
            "language",
            SHANICE,
            "utter_p81g_under18_images_no_copies",
        ),
        (
            "woman. but you didnt answer me. do i screenshot the 17 ones or not. im not 17 now im "
            "19 but i was in them",
            "gender",
            SHANICE,
            "utter_p81g_under18_images_no_copies",
        ),
        (
            "theres no cctv its a phone thing lol. ok whatever. does it matter that i was 17 in "
            "some of them? like is that a different crime",
            "referral_consent",
            SHANICE,
            "utter_p81g_under18_images_crime",
        ),
        (
            "no. but my eye very bad now, i cant see good from it. i dont have gp. i can go "
            "hospital without pay?",
            "impairment",
            AHMED,
            "utter_p81g_asylum_nhs_free",
        ),
        (
            "you dont answer me. my eye. hospital i must pay or not? i have asylum support card "
            "only",
            "fear_of_giving_evidence",
            AHMED,
            "utter_p81g_asylum_nhs_free",
        ),
        (
            "A&E i must pay? i am asylum seeker",
            "referral_consent",
            AHMED,
            "utter_p81g_asylum_nhs_free",
        ),
        (
            "no its not that. its gangs and that. can he get compensation for this? hes got a "
            "scar on his side for life",
            "hate_motivated",
            PAUL,
            "utter_p81g_child_stabbing_cica",
        ),
        (
            "some of it i sent through western union to ghana not the bank, does that count",
            "referral_consent",
            KEV,
            "utter_p81g_money_transfer_not_bank_refund",
        ),
        (
            "and the phone?? he could be in my banking app right now",
            "referral_consent",
            SAM,
            "utter_p81g_stolen_phone_banking",
        ),
    ],
)
def test_their_questions_are_answered_at_the_question(text, requested, facts, expected):
    assert expected in _said(text, requested, facts)


def test_olus_funeral_payment_question_after_rights():
    got = answer("it says funeral payments. how do we get that, my mum needs to know", OLU)
    assert got is not None and got.response == "utter_p81g_funeral_payment_apply"


def test_i_cant_do_this_is_not_a_miss_at_the_referral_question():
    assert _said("i cant do this", "referral_consent", OLU) == ["utter_n7_bereaved_cant_do_this"]


def test_pauls_question_is_not_about_caring_for_a_scar():
    assert not asks_about_a_scar(
        "can he get compensation for this? hes got a scar on his side for life"
    )


@pytest.mark.parametrize(
    "text",
    [
        "no. 1st time. can i get compensation? and will the scar go",
        "compensation and my health. the scar",
        "will the scar fade?",
    ],
)
def test_questions_about_the_scar_itself_keep_the_scar_answer(text):
    assert asks_about_a_scar(text)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Savings for one's own funeral, nobody killed (round 39, Maureen).
        ("it was my savings for my funeral, can i get it back?", KEV),
        # Children, not bereaved: not the homicide service.
        ("is there anyone for the children?", {"crime_type": "domestic_abuse"}),
        # An adult's pictures, nothing about being under 18.
        ("do i screenshot them before i report it?", SHANICE),
        # Paying for the hospital, asked by someone not seeking asylum and not hurt in the eye.
        ("will the hospital charge me for parking?", {"crime_type": "assault"}),
        # Compensation for an adult's injury: the CICA answers, not the child's.
        ("can i get compensation for my arm?", {"crime_type": "assault"}),
        # A bank transfer: the bank refund answers.
        ("will the bank refund me or not, yes or no", KEV),
        # Whether to go to court, not the inquest.
        ("do we have to go to court?", OLU),
        # Gift cards and Western Union together: the answer about both (round 27, Gerald).
        ("you still havent answered about the gift cards and western union", KEV),
        # CICA named, the funeral's cost told: the compensation answers (round 46, q6).
        (
            "My daughter mentioned something called criminal injuries compensation. Does that "
            "apply to us? I don't want money for Margaret, but the funeral cost a great deal.",
            OLU,
        ),
        # A serious attack told without a knife: not "a stab wound".
        (
            "can he get compensation for this? hes got a scar for life",
            {**PAUL, "said": ["my son was glassed in a pub fight, hes 16"]},
        ),
    ],
)
def test_other_questions_are_not_these(text, facts):
    assert answer(text, facts) is None


@pytest.mark.parametrize("intent", ["other_language", "inform"])
def test_olus_funeral_money_at_the_language_question_is_not_a_language(intent):
    reading = read_turn(
        Turn(
            text="and the funeral. we cant have it yet because of the post mortem thing and my mum "
            "keeps asking how we will pay for it. it will be thousands",
            requested="language",
            answers={**OLU, "relationship_to_offender": "stranger"},
            organisations=default_directory(),
            intent=intent,
        )
    )
    assert [say.response for say in reading.say] == ["utter_funeral_costs"]
    assert not reading.reject


def test_a_message_in_another_language_is_still_one():
    reading = read_turn(
        Turn(
            text="dzień dobry, potrzebuję pomocy",
            requested="language",
            answers=OLU,
            organisations=default_directory(),
            intent="other_language",
        )
    )
    assert reading.reject
