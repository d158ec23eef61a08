"""Round 59, helper F2: Yvonne (57, burgled, panic attacks), Kai (56, 17, harassed and shoved),
Susan (56, 61, pushed by her son), Samira (56, 34, Urdu)."""

from __future__ import annotations

import pytest

from actions import account, wording
from actions.answers import read_language
from actions.reading import Turn, read_turn

BURGLED = {"crime_type": "burglary", "consent": True}


@pytest.mark.parametrize(
    "text",
    [
        "No, thankfully I wasn't there. But I've been having panic attacks since, I had one on the "
        "bus yesterday. Does that count as a disability? I've never had them before",
        "i keep having panic attacks since it happened",
        "I get panic attacks now",
    ],
)
def test_yvonnes_panic_attacks_told_first_are_kept(text):
    assert account.read_account(text, None).facts().get("impairment") is True


@pytest.mark.parametrize(
    "text",
    [
        "he gives me panic attacks",  # not told as her own condition
        "no panic attacks or anything",
        "I have anxiety since it happened",  # distress, not named as a condition
    ],
)
def test_other_panic_words_are_not_a_condition(text):
    assert account.read_account(text, None).facts().get("impairment") is None


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. But can you change the time to after 5.30 please",
        "can you change the time to after 5.30 please",
    ],
)
def test_yvonnes_time_change_asked_is_taken(text):
    answers = {
        **BURGLED,
        "referral_consent": True,
        "contact_safe": True,
        "contact_times": "After 5",
    }
    reading = read_turn(
        Turn(text=text, requested="contact_method", answers=answers, intent="ask_question")
    )
    assert not reading.reject
    assert "5.30" in str(reading.slots.get("contact_times"))


def test_a_question_that_changes_nothing_is_still_for_the_rules():
    answers = {
        **BURGLED,
        "referral_consent": True,
        "contact_safe": True,
        "contact_times": "After 5",
    }
    reading = read_turn(
        Turn(
            text="can you tell me what the weather is like?",
            requested="contact_method",
            answers=answers,
            intent="ask_question",
        )
    )
    assert reading.reject and "contact_times" not in reading.slots


KAI = (
    "hi. idk if this is the right thing but theres this group at college who keep calling me slurs "
    "and he/she-ing me on purpose and last week one of them shoved me into a locker. fun times"
)


def test_kais_shove_is_kept_beside_the_harassment():
    facts = account.read_account(KAI, None).facts()
    assert facts["crime_type"] == "stalking_harassment"  # one crime type, as before
    assert "pushed_or_hit" in facts["account_details"]
    line = wording.noted_line(facts) if hasattr(wording, "noted_line") else None
    phrases = wording._fact_phrases(facts, False, False)
    assert "you were pushed or hit (an assault)" in phrases, line


@pytest.mark.parametrize(
    "text",
    [
        "my neighbour keeps shouting at me but he never hit me",
        "he keeps messaging me and says he will hit me",
        "he punched me in the face outside the pub",  # an assault already: no extra fact
    ],
)
def test_no_blow_noted_where_none_or_already_the_crime(text):
    facts = account.read_account(text, None).facts()
    assert "pushed_or_hit" not in (facts.get("account_details") or [])


SUSAN = {
    "crime_type": "domestic_abuse",
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_times": "mornings",
    "voicemail_ok": True,
}


@pytest.mark.parametrize(
    ("text", "step", "answers"),
    [
        ("07700 900456. And you promise it won't go to the police?", "contact_details", SUSAN),
        (
            "Yes please. And you promise it won't go to the police?",
            "referral_consent",
            {"crime_type": "domestic_abuse", "consent": True},
        ),
    ],
)
def test_susans_condition_is_answered_and_the_step_asked_again(text, step, answers):
    reading = read_turn(Turn(text=text, requested=step, answers=answers, intent="ask_question"))
    assert "utter_support_not_police" in [said.response for said in reading.say]
    assert step not in reading.slots and not reading.reject


def test_a_number_with_another_question_still_goes_through():
    reading = read_turn(
        Turn(
            text="07700 900456. will they ring in the morning?",
            requested="contact_details",
            answers=SUSAN,
            intent="ask_question",
        )
    )
    assert reading.slots.get("contact_details") == "07700900456"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("english ok. or urdu better", "urdu"),
        ("urdu better", "urdu"),
        ("english ok, polish would be better", "polish"),
        ("English is fine. Gujarati better for my mother", "english"),
        ("English is ok, I also speak Bengali", "english"),
        ("english is better", "english"),
    ],
)
def test_samiras_better_language_is_kept(text, language):
    assert read_language(text).value == language
