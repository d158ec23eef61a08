"""Round 51, helper W5: Simon (an ex threatens to tell his employer he has HIV unless he gives up
the flat deposit) and Carl (his autistic son's online "mates" take his money)."""

from __future__ import annotations

import pytest

from tests.unit.known_answers import RESPONSES, answer, sources_above

BLACKMAIL = "utter_w5_threat_to_reveal_blackmail"
HEALTH = "utter_w5_health_info_private"
MATE = "utter_w5_gave_money_still_crime"
HELP = "utter_w5_help_adult_without_taking_over"


@pytest.mark.parametrize(
    "text",
    [
        "No. Before I answer more, could you tell me whether the threat is actually a crime? He "
        "says if I don't let him keep the flat deposit he'll tell my manager about my HIV status. "
        "I've never told anyone at work.",
        "45. But you haven't answered my question. Is threatening to reveal someone's HIV status "
        "to get money out of them a crime?",
        "I don't know. He's using my HIV against me, but it's not as if he hates gay people, he's "
        "gay himself. Isn't what he's doing blackmail?",
        "Let me try once more, simply. My ex says: give me the deposit or I tell your boss you "
        "have HIV. Is that against the law?",
        "Thank you, finally. Is it blackmail specifically? A friend said blackmail carries a heavy "
        "sentence.",
        "is it illegal for her to threaten to tell my family about my diagnosis?",
    ],
)
def test_threat_to_reveal_is_blackmail(text: str) -> None:
    assert answer(text, "domestic_abuse") == BLACKMAIL


@pytest.mark.parametrize(
    "text",
    [
        "I'm HIV positive, as I said. It's well managed, undetectable. I'd rather that wasn't "
        "written down anywhere it doesn't need to be. Will the services you refer me to keep my "
        "status private?",
        "Immigration? I'm British. I meant my HIV status. If I speak to Galop or the police, does "
        "my HIV diagnosis stay confidential, or could it end up with my employer?",
    ],
)
def test_health_status_kept_private(text: str) -> None:
    assert answer(text, "domestic_abuse") == HEALTH


@pytest.mark.parametrize(
    "text, crime",
    [
        (
            "hi. not sure if this is the right place. my son is 22 and autistic and some lads hes "
            "been hanging around with have been taking money off him for months and last week "
            "they took his phone and shoved him about. he says theyre his mates. is that even a "
            "crime if he gave them the money?",
            None,
        ),
        (
            "not yet, i need to talk to josh first. but can you answer my first question. if josh "
            "GAVE them the money because they asked, is that still a crime? thats what he keeps "
            "saying, he gave it to them",
            "robbery",
        ),
        (
            "domestic abuse? theyre not family or his girlfriend, theyre lads from an online "
            "game. ive read about something called mate crime, is that what this is?",
            "robbery",
        ),
    ],
)
def test_gave_money_can_still_be_a_crime(text: str, crime: str | None) -> None:
    assert answer(text, crime) == MATE


@pytest.mark.parametrize(
    "text",
    [
        "court?? hes not even said he wants to report it. yes probably, he gets really anxious "
        "with strangers and loud places. but look what i really want to know is how do i help "
        "him without just taking over. hes an adult, i cant make him go to the police",
        "im not in a crisis mate. i asked how i help josh without taking over his life. he has "
        "to make his own choices",
        "right. and if josh does want to talk to someone himself, can he just ring the london "
        "victim one himself or do i have to do it for him? he hates phones tbh",
    ],
)
def test_help_an_adult_without_taking_over(text: str) -> None:
    assert answer(text, "robbery") == HELP


@pytest.mark.parametrize(
    "text, crime",
    [
        ("is it blackmail if he threatens to share my nudes?", "domestic_abuse"),
        ("he says he'll post the pics unless i pay, is that blackmail?", None),
        ("will the police check my immigration status?", "assault"),
        ("can I get compensation for the slap?", "domestic_abuse"),
        ("Yes", "domestic_abuse"),
        ("No, I'm safe now", "domestic_abuse"),
        ("I sent the money to the investment site, is that a crime?", "fraud"),
        ("is there a service for men?", "domestic_abuse"),
        ("what happens if i report it?", "robbery"),
    ],
)
def test_other_messages_keep_their_answers(text: str, crime: str | None) -> None:
    assert answer(text, crime) not in {BLACKMAIL, HEALTH, MATE, HELP}


@pytest.mark.parametrize("name", [BLACKMAIL, HEALTH, MATE, HELP])
def test_answers_are_short_and_sourced(name: str) -> None:
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= 320
    assert "SOURCES" in sources_above(name)
    assert "legislation.gov.uk" in sources_above(name) or ".org.uk" in sources_above(name)
