"""Round 103, helper n103f: Anjali (son killed), Nadia (forced marriage), Terry (jaw wired)."""

from __future__ import annotations

from actions.questions import asks_for_discreet_words
from tests.unit.known_answers import responses_in_conversation, sendable

ANJALI_FIRST = (
    "Hello. My son Rohan was stabbed last month, he was 20. He died in hospital the same night. "
    "I don't really know why I'm writing here, the police liaison officer gave me some leaflets "
    "but I can't read them, I can't take anything in. There is going to be an inquest and a "
    "trial and I don't understand any of it."
)


def test_anjali_cannot_read_leaflets_is_no_wish_for_plain_words() -> None:
    assert not asks_for_discreet_words(ANJALI_FIRST)
    # A real wish for plain words is still read.
    assert asks_for_discreet_words(
        "please dont send me anything that says police or abuse, he checks my phone"
    )


def test_anjali_why_would_someone_look_is_not_fear_of_being_watched() -> None:
    said = responses_in_conversation(
        "yes that's ok. Why would someone look at my messages? nobody is watching me. I just "
        "meant I can't concentrate to read the leaflets.",
        "homicide",
    )
    assert "utter_v5_could_he_see_chat" not in said
    assert responses_in_conversation("could he see these messages?", "domestic_abuse") == [
        "utter_v5_could_he_see_chat"
    ]


def test_anjali_funeral_answered_beside_the_inquest() -> None:
    said = responses_in_conversation(
        "I didn't see it happen, I was at home, so I don't think I give evidence? The inquest, "
        "the coroner opened it and then stopped it, they said because of the trial. What does "
        "that mean, will it start again? When can we have his funeral, they still have his body",
        "homicide",
    )
    assert said[0] == "utter_q6_inquest_after_trial"
    assert "utter_body_release" in said


def test_anjali_you_did_not_answer_about_the_funeral() -> None:
    said = responses_in_conversation(
        "No. But you didn't answer about the funeral. It has been 5 weeks and we can't bury "
        "him. His grandmother is asking me every day.",
        "homicide",
    )
    assert said and said[0] == "utter_body_release"


NADIA_FIRST = (
    "hi i dont know if this is the right place. my brothers have took my passport and they said "
    "they will sort me out because they found out about my boyfriend. im at my friends now"
)


def test_nadia_police_will_not_go_to_her_family() -> None:
    said = responses_in_conversation(
        "ok yes. but will police tell my family? they cant know im doing this",
        None,
        [NADIA_FIRST],
    )
    assert said and said[0] == "utter_n103f_police_wont_tell_family_you"
    text = sendable("utter_n103f_police_wont_tell_family_you")[0]
    assert "safety" not in text and len(text) <= 320
    # Without family abuse, the general answer stays.
    assert responses_in_conversation(
        "will police tell my family? they cant know", "assault", ["a man hit me in the pub"]
    )[:1] == ["utter_n6_police_tell_family"]


def test_nadia_is_my_boyfriend_safe_is_answered() -> None:
    said = responses_in_conversation(
        "english. but what about my boyfriend is he safe? they didnt hit me by the way they just "
        "threatened",
        None,
        [
            NADIA_FIRST,
            "feeling safe and someone to talk to. my boyfriend wants me to go to police but hes "
            "not muslim and if my brothers find him i dont know what they do",
        ],
    )
    assert said and said[0] == "utter_n103f_partner_safe_from_family"
