"""Round 97, helper h97c: services that fit, and a man with no phone (Marek, Shauna)."""

from __future__ import annotations

from actions.answers import read_answer
from tests.unit.known_answers import answer_in_conversation, sendable

MAREK_FIRST = (
    "hello. i am Marek. 2 night ago two man kick me when i sleep in doorway, they take my bag "
    "with my ID. i have no phone i use computer in library"
)


def _said(text: str, earlier: list[str]) -> str | None:
    got = answer_in_conversation(text, "robbery", earlier)
    return None if got is None else got.response


def test_rough_sleeper_asking_where_to_sleep_gets_streetlink_not_a_friend() -> None:
    # Marek said he sleeps in a doorway, then: "where can i sleep safe?" got "stay with a friend
    # or family ... If he comes near you" (two men attacked him).
    for asked in (
        "now in library ok. but tonight i dont know. where can i sleep safe?",
        "thank you. but tonight? where i sleep safe, i dont want go back to doorway",
    ):
        assert _said(asked, [MAREK_FIRST]) == "utter_g4_rough_sleeping"
    text = sendable("utter_g4_rough_sleeping")[0]
    assert "streetlink" in text and "council" in text
    assert "friend" not in text and " he " not in text


def test_earlier_rough_sleeping_does_not_take_other_where_questions() -> None:
    assert _said("where do i go to report it", [MAREK_FIRST]) != "utter_g4_rough_sleeping"


def test_no_phone_how_to_call_101_gets_online_ways() -> None:
    earlier = [MAREK_FIRST, "no. police dont care about people like me. and i have no phone"]
    asked = "41. i say again I HAVE NO PHONE. how i call 101"
    assert _said(asked, earlier) == "utter_h97c_without_a_phone"
    text = sendable("utter_h97c_without_a_phone")[0]
    assert "met.police.uk" in text and "front counter" in text
    assert "took your phone" not in text and len(text) <= 320


def test_shouted_about_being_polish_is_a_hate_yes_for_race() -> None:
    got = read_answer(
        "hate_motivated",
        "i dont know. they shout something about polish, i not sure. or because i am homeless",
    )
    assert got.value is True
    assert got.extra.get("hate_strand") == ["race"]
    assert read_answer("hate_motivated", "no they said nothing").value is False


SHAUNA_FIRST = (
    "im at my mates. im ok now. a client hit me last night and held me down and took my money "
    "and my phone. im a sex worker before you ask. im texting off her phone so dont use this "
    "number"
)


def test_sex_worker_asking_to_warn_others_gets_national_ugly_mugs() -> None:
    for asked in (
        "can i warn other girls about him",
        "my face and getting my money back i cant pay rent now. and can i warn other girls about "
        "him",
        "english. u didnt answer, can i warn the other girls about him somehow without police",
        "is there nothing for sex workers specifically",
    ):
        assert _said(asked, [SHAUNA_FIRST]) == "utter_h97c_national_ugly_mugs", asked
    text = sendable("utter_h97c_national_ugly_mugs")[0]
    assert "nationaluglymugs.org" in text and len(text) <= 320
    # Not for someone who does not sell sex.
    assert _said("can i warn other girls about him", ["he hit me at the bus stop"]) != (
        "utter_h97c_national_ugly_mugs"
    )


def test_national_ugly_mugs_is_matched_for_a_sex_worker_only() -> None:
    from referrals.matching import match_organisations

    told = {"crime_type": "robbery", "age": 33, "borough": "lewisham"}
    with_work = {**told, "account_details": ["sex_work", "economic", "injured"]}
    assert "national-ugly-mugs" in [o.id for o in match_organisations(with_work)]
    without = {**told, "account_details": ["economic", "injured"]}
    assert "national-ugly-mugs" not in [o.id for o in match_organisations(without)]
