"""Answers that take a person's facts as told are only sent to people who told them
(actions/answer_facts.yml): round 50 found a woman flashed at 8am told "being drunk doesn't make
it your fault", a grandmother told to keep "the videos", a retired man given self-defence
advice for "the shop"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from actions import answer_facts
from actions.questions import known_answer
from core import yaml_files

DOMAIN = Path(__file__).parents[2] / "bot" / "domain"


def _responses() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(DOMAIN.glob("*.yml")):
        data = yaml_files.load(path.read_text(encoding="utf-8")) or {}
        for name, variants in (data.get("responses") or {}).items():
            texts[name] = " ".join(str(v.get("text") or "") for v in variants)
    return texts


def test_every_answer_listed_exists_and_names_known_facts() -> None:
    known = answer_facts.facts()
    responses = _responses()
    for name, needs in known.answers.items():
        assert name in responses, name
        assert needs <= set(known.said), (name, needs)
    for fact, names in known.generic.items():
        assert fact in known.said, fact
        assert names <= set(responses), names - set(responses)


def test_no_answer_or_fact_is_named_twice() -> None:
    """YAML keeps the last of two equal keys without a word: an answer listed twice loses the
    first list's facts (round 59 listed the car-keys answer again and dropped its `keys`)."""

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader: Strict, node: yaml.MappingNode) -> dict[Any, Any]:
        keys = [loader.construct_object(key) for key, _ in node.value]
        twice = {key for key in keys if keys.count(key) > 1}
        assert not twice, twice
        return loader.construct_mapping(node)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    path = Path(answer_facts.__file__).with_name("answer_facts.yml")
    yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)


def test_every_answer_that_states_a_fact_says_whether_it_takes_it_as_told() -> None:
    """A new answer with "your shop" or "the videos" in it must be listed: under `answers`
    when it is written for someone who said so, under `generic` when the words are not theirs."""
    known = answer_facts.facts()
    unlisted = [
        (fact, name)
        for name, text in _responses().items()
        if not name.startswith("utter_ask_")  # form questions: variants chosen by the slots
        for fact, pattern in known.asserted.items()
        if pattern.search(text)
        and fact not in known.answers.get(name, frozenset())
        and name not in known.generic.get(fact, frozenset())
    ]
    assert not unlisted, unlisted


def _answer(text: str, said: tuple[str, ...], crime: str | None = None, **extra: Any) -> str | None:
    say = known_answer(text, crime, answers={"said": said, **extra})
    return None if say is None else say.response


def test_no_touching_answer_when_she_said_he_did_not_touch_her() -> None:
    said = ("a man flashed me on the tube",)
    text = "wait no he didnt touch me, it wasnt rape. he just exposed himself. is that even a crime"
    assert _answer(text, said, "sexual_offence") != "utter_s2_not_only_rape"


def test_the_touching_answer_still_reaches_the_woman_who_was_grabbed() -> None:
    said = ("the husband of my client grabbed my breast while I was cleaning",)
    text = "is it still a crime if it was not rape? only touch"
    without = known_answer(text, "sexual_offence")
    with_said = _answer(text, said, "sexual_offence")
    assert without is not None
    assert with_said == without.response


@pytest.mark.parametrize(
    ("response", "said", "fits"),
    [
        ("utter_p1_dont_go_back_at_him", ("my grandson was robbed at knifepoint",), False),
        ("utter_p1_dont_go_back_at_him", ("they posted videos of it on snapchat",), True),
        ("utter_r5_heard_unwanted", ("a man flashed me on the tube at 8am",), False),
        ("utter_r5_heard_unwanted", ("i was drunk and he had sex with me",), True),
        ("utter_s4_force_and_weapons", ("a burglar was in my kitchen at 3am",), False),
        ("utter_s4_force_and_weapons", ("they rob my shop every few weeks",), True),
        ("utter_refuge_with_children", ("can a 16 year old go to a refuge",), False),
        ("utter_refuge_with_children", ("he hits me and i have two kids",), True),
        ("utter_keys_and_address_stolen", ("they took my bag with my key in it",), True),
        ("utter_keys_and_address_stolen", ("they took my purse",), False),
        ("utter_q6_immigration_threat", ("will support tell the home office",), False),
        ("utter_s2_not_only_rape", ("he didnt touch me, he exposed himself",), False),
        ("utter_j7_harassed_at_work_job", ("my boyfriends ex turned up at my work",), False),
    ],
)
def test_an_answer_fits_only_what_was_told(
    response: str, said: tuple[str, ...], fits: bool
) -> None:
    assert answer_facts.fits(response, "what should i do", {"said": said}) is fits


def test_a_parent_writing_for_a_child_has_a_child_whatever_the_words() -> None:
    answers = {"said": ("it happened to my 8 year old",), "for_child": True}
    assert answer_facts.fits("utter_help_for_child_victim", "is there help", answers)


def test_without_the_conversation_nothing_is_held_back() -> None:
    assert answer_facts.fits("utter_r5_heard_unwanted", "is it my fault", {})
    assert answer_facts.fits("utter_r5_heard_unwanted", "is it my fault", None)
