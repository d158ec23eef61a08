"""Round 96, helper f96b: Vik and Lena (round 95, /tmp/roleplay/out95/findings-d.md)."""

from __future__ import annotations

from actions import reading
from actions.answers import read_answer
from tests.unit.known_answers import ALL_RESPONSES, answer, said_answer

# Vik, 38: his children (9 and 12) abused by a neighbour's teenage sons, a race hate crime told.
VIK = {
    "hate_motivated": True,
    "hate_strand": ["race"],
    "for_child": True,
    "age": 9.0,
    "under_18": True,
    "repeat_victimisation": True,
    "relationship_to_offender": "known",
}
POLICE_SAID = (
    "finally. 3 times in 6 months, yeah weve done that. but the racist stuff to my kids, police "
    "said thats not a hate crime its just kids being kids. is that right??"
)


def test_what_the_police_said_is_not_his_correction() -> None:
    # It was "Thank you, I've changed that: it wasn't because of who you are".
    changes = reading.corrections(POLICE_SAID, {"crime_type": "stalking_harassment", **VIK})
    assert "hate_motivated" not in changes
    # His own word still takes it off.
    own = reading.corrections("it wasnt a hate crime", {"crime_type": "stalking_harassment", **VIK})
    assert own.get("hate_motivated") is False


def test_is_that_right_about_the_police_is_answered() -> None:
    got = answer(POLICE_SAID, "stalking_harassment", **VIK)
    assert got == "utter_f96b_others_said_not_hate"
    text = ALL_RESPONSES[got][0]["text"]
    assert "hate incident" in text and "report-it.org.uk" in text and "Stop Hate UK" in text
    assert len(text) <= 320


def test_who_actually_deals_with_this_is_answered_first_time() -> None:
    for said in (
        "so who actually deals with this then. neighbours kids been egging my door for weeks and "
        "shouting racist stuff at my kids. council says its police, police say its council. go on",
        "yeah whatever fine. but you didnt answer me, who deals with it",
        "feeling safe and information. specifically information on WHO ACTUALLY DEALS WITH THIS",
    ):
        assert answer(said, "stalking_harassment", **VIK) == "utter_f96b_who_deals_hate", said
    text = ALL_RESPONSES["utter_f96b_who_deals_hate"][0]["text"]
    assert "ASB Case Review" in text and "hate crime" in text and len(text) <= 320
    # No hate told: the same answer without it.
    assert answer("who actually deals with this", "criminal_damage") == "utter_f96b_who_deals"
    # Not a partner's abuse.
    assert answer("who deals with this", "domestic_abuse") != "utter_f96b_who_deals"


# Lena, 20, groped on the N29 night bus and followed off it.
LENA_FIRST = (
    "hi um i dont really know if this is the right place. a man on the night bus was touching me "
    "and then he got off at my stop and followed me",
    "ok yeah thats fine",
)


def test_is_it_bad_enough_to_report_after_groping() -> None:
    said = (
        "no im at home now its fine. it was 2 nights ago. i ran into a shop and he went away i "
        "think. is it even bad enough to report? he didnt like hurt me"
    )
    # Before the crime is noted (it is noted from this message) and after.
    for crime in (None, "sexual_offence"):
        assert said_answer(said, crime, LENA_FIRST) == "utter_sexual_assault_counts"
    text = ALL_RESPONSES["utter_sexual_assault_counts"][-1]["text"]
    assert "sexual assault" in text and "support" in text


def test_they_wont_make_me_go_to_the_police() -> None:
    said = "ok maybe yes. but they wont make me go to the police will they? i havent decided"
    got = said_answer(said, "sexual_offence", LENA_FIRST, gender="woman")
    assert got == "utter_l1_referral_not_police"
    assert "don't have to report" in ALL_RESPONSES[got][0]["text"]
    # The yes is still a yes to the referral.
    assert read_answer("referral_consent", said).value is True


def test_report_now_because_of_the_cctv_is_the_bus_cctv_answer() -> None:
    said = "ok but should i report it now because of the cctv"
    earlier = (*LENA_FIRST, "no i havent. will there be cctv on the bus? it was the N29")
    assert said_answer(said, "sexual_offence", earlier) == "utter_cctv"
    # Her own video said: the answer for sending it.
    own = (*earlier, "i filmed him on my phone")
    assert said_answer(said, "sexual_offence", own) != "utter_cctv"


def test_both_childrens_ages_are_kept_and_said_back() -> None:
    from actions import account, wording

    first = (
        "no not in danger its eggs mate. its my kids im worried about, the racist stuff. "
        "they're 9 and 12"
    )
    facts = account.read_account(first).facts()
    assert facts["age"] == 9.0 and facts["child_ages"] == [9.0, 12.0]
    line = wording.noted_line(facts, about_child=True)
    assert line is not None and "your children are 9 and 12" in line
    # Told again when only the 9-year-old was kept: put right, and said so.
    kept = {"for_child": True, "age": 9.0, "under_18": True, "hate_motivated": True}
    for said in (
        "two kids. 9 AND 12. both of them. and its harassment i guess, racist harassment, plus "
        "the eggs on my door which is my property. the neighbours sons, teenagers",
        "no. and its KIDS plural. the 12 year old is the one getting it worst actually",
    ):
        changes = reading.corrections(said, kept)
        assert changes.get("child_ages") == [9.0, 12.0], said
        assert "age" not in changes  # the youngest stays the age the rules use
        assert wording.put_right_line(changes, kept) == (
            "Thank you, I've changed that: your children are 9 and 12."
        )
    # One child's age alone is as before.
    assert "child_ages" not in account.read_account("my son is 14, he was mugged").facts()
