"""Round 51, helper W6: Rukhsana (threats from abroad, a cousin near her work), Ken (gift-card
refund), Naomi (can CST report it for me) and Aaliyah (what the support worker's text says)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, answer

RUKHSANA = (
    "Threatening messages from my brother-in-law. He says I've brought shame on the family by "
    "divorcing his brother. My husband isn't involved in this, to be clear.",
)


@pytest.mark.parametrize(
    "text",
    [
        "No. That's partly why I'm here. He lives in Lahore. Can the police in the UK actually do "
        "anything if the person is abroad?",
        "35. But that isn't what I asked. He's in Pakistan, not here. Can they do anything at all?",
        "Is sending threats over WhatsApp from another country a crime in the UK if I receive "
        "them here?",
    ],
)
def test_threats_from_abroad(text: str) -> None:
    assert answer(text, "domestic_abuse", said=RUKHSANA) == "utter_w6_threats_from_abroad"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. And the cousins? One of them drove past the pharmacy where I work twice last "
        "week. It might be nothing.",
    ],
)
def test_relative_watching_after_honour_threats(text: str) -> None:
    said = (*RUKHSANA, text)
    assert answer(text, "domestic_abuse", said=said) == "utter_w6_watched_after_honour_threats"
    follow = "Should I be worried about that? Honestly."
    assert (
        answer(follow, "domestic_abuse", said=(*said, follow))
        == "utter_w6_watched_after_honour_threats"
    )


def test_ken_gift_cards_refund() -> None:
    text = (
        "It wasn't a transfer, I bought the cards in the shop with my card. So does the refund "
        "apply to me or not? Sorry to be slow."
    )
    assert answer(text, "fraud") == "utter_w6_gift_card_refund"


def test_naomi_cst_reports_for_her() -> None:
    text = (
        "can CST report it to the police for me or do i have to do it myself? i really dont want "
        "to sit in a police station with the baby"
    )
    assert answer(text, "hate_crime") == "utter_w6_cst_reports_for_you"
    assert "child" not in RESPONSES["utter_w6_cst_reports_for_you"][0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "will the text say its about the pics? my mum reads my notifications sometimes",
        "just tell me what the support person will put in the text",
        "what?? i asked what the text from the support worker will say",
    ],
)
def test_aaliyah_support_text(text: str) -> None:
    assert answer(text, "online_abuse") == "utter_w6_support_text_plain"
    words = RESPONSES["utter_w6_support_text_plain"][0]["text"].lower()
    assert "nude" not in words and "sexual" not in words and "picture" not in words


@pytest.mark.parametrize(
    "text, crime",
    [
        ("my brother lives abroad, can he help me?", "burglary"),
        ("Should I be worried about that?", "burglary"),
        ("can i get a refund from my bank?", "fraud"),
        ("can CST help me?", "hate_crime"),
        ("what is a VPS?", "assault"),
        ("Yes", "domestic_abuse"),
    ],
)
def test_ordinary_messages_not_taken(text: str, crime: str) -> None:
    assert (answer(text, crime) or "").startswith("utter_w6") is False
