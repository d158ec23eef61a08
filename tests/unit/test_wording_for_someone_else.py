"""Someone writing for another adult ("im texting for my sister") is asked about "them".

The slot ``for_someone_else`` picks a variant of each question about the person it happened
to (bot/domain/responses.yml), as ``for_child`` does for a parent. Rasa 3.6 chooses at random
among all the variants whose conditions match, so these tests ask Rasa's own filter which
variants can be sent, not just whether one exists. The contact questions stay with the person
writing, who is the one contacted; the referral question says the person it happened to should
agree.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from rasa.core.nlg.generator import ResponseVariationFilter

from actions.reading import Turn, read_turn
from actions.results import DETAILS_HINT, DETAILS_HINT_FOR_THEM, categories_sentence, short_result
from core import yaml_files
from core.text import SMS_LIMIT
from referrals.directory import Organisation, load_directory
from referrals.results import build_result

ROOT = Path(__file__).resolve().parents[2]
RESPONSES = yaml_files.load((ROOT / "bot" / "domain" / "responses.yml").read_text())["responses"]
SLOTS = yaml_files.load((ROOT / "bot" / "domain" / "slots.yml").read_text())["slots"]

# The questions about the person it happened to, and their second tries that say "you".
ABOUT_THE_VICTIM = (
    "in_danger", "crime_type", "bereaved", "reported_to_police", "age", "under_18",
    "relationship_to_offender", "repeat_victimisation", "hate_motivated", "impairment",
    "fear_of_giving_evidence", "needs", "language", "borough", "gender",
)  # fmt: skip
QUESTIONS = [f"utter_ask_{slot}" for slot in ABOUT_THE_VICTIM]
REASKS = ["utter_reask_crime_type", "utter_reask_age", "utter_reask_relationship_to_offender"]
# Where the person it happened to must agree: a service will contact the person writing.
REFERRAL = ["utter_ask_referral_consent", "utter_referral_reminder"]
FOR_THEM = [*QUESTIONS, *REASKS, *REFERRAL]

# "You" where it means the person writing, which the variants may keep.
WRITERS_YOU = (
    "do you think", "as far as you know", "you're writing for", "relative of yours",
    "are you or the person", "you can say", "what you've told me", "contact you",
    "when you're ready", "would you like us", "you could say",
)  # fmt: skip
# Button titles in the person's own voice, and the same choice said of them.
THEIR_TITLES = {
    "My partner or ex": "Their partner or ex",
    "Someone I know": "Someone they know",
    "I don't live in London": "They don't live in London",
    "Yes, I'm in danger": "Yes, someone's in danger",
    "No, I'm safe now": "No, we're safe now",
}
# The longest text put before the referral question ({hint}).
HINTS = (DETAILS_HINT, DETAILS_HINT_FOR_THEM)

FOR_THEM_SLOTS = {"for_someone_else": True}


def conditions(variant: dict[str, Any]) -> dict[str, Any]:
    return {c["name"]: c["value"] for c in variant.get("condition") or []}


def their_variant(name: str) -> dict[str, Any]:
    # The question itself, not the safety check asked again after a danger message.
    found = [
        v
        for v in RESPONSES[name]
        if conditions(v).get("for_someone_else") is True
        and conditions(v).get("safety_check") is None
    ]
    assert len(found) == 1, f"{name} has {len(found)} variants for someone else"
    return found[0]


def default_variant(name: str) -> dict[str, Any]:
    return next(v for v in RESPONSES[name] if not v.get("condition"))


def sendable(name: str, **slots: Any) -> list[str]:
    """The texts Rasa may send for ``name`` with these slots (it picks one at random)."""
    filled = {slot: None for slot in SLOTS} | slots
    chosen = ResponseVariationFilter(RESPONSES).responses_for_utter_action(name, "rest", filled)
    return [variant["text"] for variant in chosen]


def read(requested: str, text: str, **answers: Any) -> dict[str, Any]:
    known = {"consent": True, "in_danger": False, "crime_type": "assault", **FOR_THEM_SLOTS}
    known.pop(requested, None)
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=known)).slots


@pytest.mark.parametrize("name", FOR_THEM)
def test_every_question_about_them_has_a_variant_for_someone_else(name):
    assert their_variant(name)["text"] != default_variant(name)["text"]


@pytest.mark.parametrize("name", FOR_THEM)
def test_only_the_variant_for_them_can_be_sent(name):
    """Not a random pick between "How old are you?" and "How old are they?"."""
    assert sendable(name, **FOR_THEM_SLOTS) == [their_variant(name)["text"]]


@pytest.mark.parametrize("name", FOR_THEM)
def test_the_variant_for_them_says_you_only_of_the_person_writing(name):
    text = their_variant(name)["text"].lower().replace("\u2019", "'")
    for phrase in WRITERS_YOU:
        text = text.replace(phrase, "")
    assert not re.search(r"\byou(?:r|rs|rself|'re|'ve|'d|'ll)?\b", text), text


@pytest.mark.parametrize("name", FOR_THEM)
def test_the_variant_for_them_fits_one_long_sms(name):
    text = their_variant(name)["text"]
    longest = max((text.replace("{hint}", f"{hint} ") for hint in HINTS), key=len)
    assert len(longest) <= SMS_LIMIT, f"{name} is {len(longest)} characters"


@pytest.mark.parametrize("name", [n for n in FOR_THEM if "buttons" in default_variant(n)])
def test_the_variant_for_them_keeps_the_same_buttons(name):
    ours, theirs = default_variant(name)["buttons"], their_variant(name)["buttons"]
    assert [b["payload"] for b in theirs] == [b["payload"] for b in ours]
    assert [b["title"] for b in theirs] == [THEIR_TITLES.get(b["title"], b["title"]) for b in ours]


@pytest.mark.parametrize("name", FOR_THEM)
def test_the_child_variant_comes_first(name):
    names = [conditions(v) for v in RESPONSES[name]]
    children = [i for i, c in enumerate(names) if c.get("for_child") is True]
    theirs = [i for i, c in enumerate(names) if c.get("for_someone_else") is True]
    assert not children or children[0] < theirs[0]
    assert not names[-1], "the default comes last"


@pytest.mark.parametrize("name", FOR_THEM)
def test_a_parent_still_gets_the_childs_wording(name):
    child = [v["text"] for v in RESPONSES[name] if conditions(v).get("for_child") is True]
    assert sendable(name, for_child=True) == (child or [default_variant(name)["text"]])


@pytest.mark.parametrize("name", FOR_THEM)
def test_after_a_death_the_person_writing_is_asked_about_themselves(name):
    """'my brother was stabbed and died' reads as writing for someone else, but the person
    writing is the bereaved relative, a victim themselves: never "How old are they?"."""
    texts = sendable(name, for_someone_else=True, bereaved=True)
    assert their_variant(name)["text"] not in texts
    assert texts


@pytest.mark.parametrize("name", FOR_THEM)
def test_discreet_mode_never_gets_police_or_abuse_from_a_variant_for_them(name):
    """Someone whose phone is checked asked for plain words: a variant for them that says
    "police" or "abuse" is not sent to them (the discreet variant is)."""
    variant = their_variant(name)
    words = " ".join([variant["text"], *(b["title"] for b in variant.get("buttons", []))])
    if re.search(r"police|abuse", words, re.IGNORECASE):
        assert variant["text"] not in sendable(name, for_someone_else=True, discreet=True)


@pytest.mark.parametrize(
    ("check", "for_them", "words"),
    [
        ("in_danger", True, "Is anyone in danger right now, you or the person it happened to?"),
        ("in_danger", None, "Are you in danger right now?"),
        ("in_danger", False, "Are you in danger right now?"),
        ("self_harm", True, "Are you in danger right now, or have you hurt yourself?"),
        ("self_harm", None, "Are you in danger right now, or have you hurt yourself?"),
    ],
)
def test_the_safety_check_after_a_crisis_message_keeps_its_words(check, for_them, words):
    """The check after "i want to end it" asks whether they have hurt themselves: never
    diluted by a random pick of the opening question. After danger told by someone writing for
    another person ("she's at home with him now") it asks about both of them."""
    sent = sendable("utter_ask_in_danger", for_someone_else=for_them, safety_check=check)
    assert len(sent) == 1 and sent[0].startswith(words)


def test_the_opening_danger_question_asks_about_both_of_them():
    text = their_variant("utter_ask_in_danger")["text"]
    assert "you or the person it happened to" in text and "in danger right now" in text


def test_the_referral_question_says_whose_agreement_it_needs():
    text = their_variant("utter_ask_referral_consent")["text"]
    assert "the person it happened to is happy" in text
    assert "contact you" in text, "one contact is kept: the person writing"


def _payload_value(payload: str) -> Any:
    """What a button's payload sets: True for /affirm, False for /safe_now, else its value."""
    if payload in ("/affirm", "/safe_now"):
        return payload == "/affirm"
    return next(iter(json.loads(payload.split("{", 1)[1].replace("{{", "{")[:-1] or "{}").values()))


@pytest.mark.parametrize(
    ("requested", "title", "value"),
    [
        (name.removeprefix("utter_ask_"), button["title"], _payload_value(button["payload"]))
        for name in QUESTIONS
        for button in their_variant(name).get("buttons", [])
        if button["title"] in THEIR_TITLES.values() and button["title"] != "Someone they know"
    ],
)
def test_a_button_for_them_typed_as_words_is_read_as_its_choice(requested, title, value):
    """Over SMS people type a button's title. ("Someone they know", as in the child's variant,
    is not read when typed: the reader knows "someone I know".)"""
    assert read(requested, title).get(requested) == value


@pytest.mark.parametrize(
    ("requested", "example"),
    [
        (name.removeprefix("utter_reask_"), example)
        for name in REASKS
        for example in re.findall(r"(?<!\w)'(.+?)'(?!\w)", their_variant(name)["text"])
        if example not in ("skip", "something else")
    ],
)
def test_every_example_in_asking_again_is_read(requested, example):
    assert read(requested, example), example


def test_the_age_asked_again_for_them_is_read():
    assert read("age", "34") == {"age": 34.0}


# -- the result ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


SISTER = {
    "for_someone_else": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
    "age": 38.0,
    "borough": "croydon",
}


def test_the_result_for_someone_else_says_they_are_likely_to_be_entitled(organisations):
    sentence = categories_sentence(build_result(SISTER, organisations))
    assert sentence.startswith("From what you've told me, they're likely to be entitled")
    assert "you're" not in sentence


def test_not_reported_yet_it_says_if_its_reported(organisations):
    answers = {**SISTER, "reported_to_police": False}
    sentence = categories_sentence(build_result(answers, organisations))
    assert sentence.startswith("If it's reported, they're likely to be entitled")


def test_the_standard_support_for_someone_else(organisations):
    answers = {"for_someone_else": True, "crime_type": "theft", "reported_to_police": False}
    sentence = categories_sentence(build_result(answers, organisations))
    assert "likely to apply to them" in sentence and sentence.endswith("once it's reported.")
    assert "you report" not in sentence


def test_the_hint_after_the_result_says_what_they_can_expect(organisations):
    messages = short_result(build_result(SISTER, organisations), ask_referral=True)
    assert messages[-1] == DETAILS_HINT_FOR_THEM
    ours = short_result(build_result({**SISTER, "for_someone_else": None}, organisations))
    assert ours[-1].startswith(DETAILS_HINT)


def test_after_a_death_the_result_is_about_the_person_writing(organisations):
    answers = {"for_someone_else": True, "crime_type": "homicide", "bereaved": True}
    sentence = categories_sentence(build_result(answers, organisations))
    assert "you're likely to be entitled" in sentence
    assert "close relative of someone who died" in sentence


def test_the_result_for_someone_writing_for_themselves_is_unchanged(organisations):
    answers = {k: v for k, v in SISTER.items() if k != "for_someone_else"}
    sentence = categories_sentence(build_result(answers, organisations))
    assert sentence.startswith("From what you've told me, you're likely to be entitled")


def test_the_noted_line_speaks_of_them_for_another_adult():
    from actions.wording import about_them, noted_line

    answers = {"for_someone_else": True}
    facts = {"age": 62, "relationship_to_offender": "stranger", "reported_to_police": False}
    line = noted_line(facts, about_others=about_them(answers))
    assert line is not None
    assert "they are 62" in line and "someone they don't know" in line
    assert "you are" not in line and "you haven't" not in line


def test_the_noted_line_speaks_to_them_after_a_death():
    from actions.wording import about_them, noted_line

    answers = {"for_someone_else": True, "bereaved": True}
    line = noted_line({"age": 50}, about_others=about_them(answers))
    assert line is not None and "you are 50" in line
