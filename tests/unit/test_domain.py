"""The domain keeps the contract, and every message fits an SMS and cites only real numbers."""

import functools
import re
from pathlib import Path

import pytest

from core import yaml_files

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_DIR = ROOT / "bot" / "domain"
CONTRACT_INTENTS = {
    "greet", "goodbye", "affirm", "deny", "thanks", "in_danger", "self_harm", "request_human",
    "delete_my_data", "stop", "help", "bot_challenge", "dont_know", "describe_crime", "inform",
    "out_of_scope", "ask_right",
}  # fmt: skip
CONTRACT_ENTITIES = {
    "crime_type", "borough", "age", "language", "hate_strand", "relationship",
}  # fmt: skip
CONTRACT_SLOTS = {
    "consent", "in_danger", "crime_type", "reported_to_police", "bereaved", "under_18",
    "relationship_to_offender", "repeat_victimisation", "hate_motivated", "impairment",
    "fear_of_giving_evidence", "needs", "language", "borough", "contact_safe", "referral_consent",
    "enhanced_categories", "referrals", "case_reference",
}  # fmt: skip
ASK_RIGHT_TOPICS = {
    "enhanced_service", "needs_assessment", "cjs_information", "support_referral",
    "police_updates", "vps", "prosecution_decision", "right_to_review", "court_hearings",
    "giving_evidence", "court_visit", "meet_prosecutor", "appeal", "victim_contact_scheme",
    "parole", "compensation", "restorative_justice", "complaint",
}  # fmt: skip


def load_domain() -> dict:
    merged: dict = {}
    for path in sorted(DOMAIN_DIR.glob("*.yml")):
        part = yaml_files.load(path.read_text()) or {}
        for key, value in part.items():
            if isinstance(value, dict):
                merged.setdefault(key, {}).update(value)
            elif isinstance(value, list):
                merged.setdefault(key, []).extend(value)
    return merged


DOMAIN = load_domain()
TEXTS = [
    (name, variant["text"])
    for name, variants in DOMAIN["responses"].items()
    for variant in variants
    if "text" in variant
]


def test_contract_names_are_all_present():
    assert CONTRACT_INTENTS <= set(DOMAIN["intents"])
    assert CONTRACT_ENTITIES <= set(DOMAIN["entities"])
    assert CONTRACT_SLOTS <= set(DOMAIN["slots"])
    assert "needs_assessment_form" in DOMAIN["forms"]


def test_every_ask_right_topic_has_an_answer():
    topics = {n.split("/", 1)[1] for n in DOMAIN["responses"] if n.startswith("utter_ask_right/")}
    assert topics == ASK_RIGHT_TOPICS


def test_every_question_of_the_form_can_be_asked():
    # An action with settings ("send_domain") is a mapping from its name.
    actions = {a if isinstance(a, str) else next(iter(a)) for a in DOMAIN["actions"]}
    for slot in DOMAIN["forms"]["needs_assessment_form"]["required_slots"]:
        assert f"utter_ask_{slot}" in DOMAIN["responses"] or f"action_ask_{slot}" in actions


@pytest.mark.parametrize(("name", "text"), TEXTS)
def test_every_message_fits_one_long_sms(name, text):
    assert len(text) <= 320, f"{name} is {len(text)} characters"


@pytest.mark.parametrize(("name", "text"), TEXTS)
def test_no_emoji_or_characters_outside_plain_text(name, text):
    assert all(ord(ch) < 0x2000 for ch in text), name


def test_rights_answers_are_generated_from_the_code_rules():
    from core.code_rules import rights_answers_domain_yaml

    generated = (DOMAIN_DIR / "responses_rights.yml").read_text()
    assert generated == rights_answers_domain_yaml(), "run bin/run or bin/test to regenerate"


def _numbers(text: str) -> set[str]:
    return {
        re.sub(r"\s", "", m)
        for m in re.findall(r"(?<![\d£])(?:0\d[\d ]{7,12}\d|1\d{2} ?\d{3}|\b\d{5}\b)", text)
    }


def test_every_phone_number_in_a_message_is_in_the_sourced_directory():
    directory = (ROOT / "referrals" / "directory.yml").read_text()
    known = {re.sub(r"\s", "", m) for m in re.findall(r"[\d ]{5,}", directory)}
    # 999 and its text relay are in the safety messages; 07700 900123 is in Ofcom's range
    # reserved for drama, used only as an example of the format.
    known |= {"999", "18000", "55", "07700900123"}
    for name, text in TEXTS:
        for number in _numbers(text):
            assert number in known, f"{name} gives {number}, which the directory does not source"


INTERRUPTIONS = {"in_danger", "self_harm", "stop", "request_human", "delete_my_data", "ask_right"}


@pytest.mark.parametrize("slot", sorted(DOMAIN["slots"]))
def test_no_slot_is_filled_from_an_interruption(slot):
    """A slot filled from "he's outside my flat in hackney" would keep the form running, and the
    danger rule would never get its turn (Rasa's RulePolicy lets an active form go first)."""
    for mapping in DOMAIN["slots"][slot].get("mappings", []):
        if mapping["type"] in ("from_entity", "from_text"):
            assert set(mapping.get("not_intent", [])) >= INTERRUPTIONS, (slot, mapping)


def _crime_type_buttons() -> list[tuple[str, str]]:
    responses = yaml_files.load((DOMAIN_DIR / "responses.yml").read_text())["responses"]
    found = []
    for variant in responses["utter_ask_crime_type"]:
        for button in variant.get("buttons", []):
            value = re.search(r'"crime_type": "(\w+)"', button["payload"])
            if value:
                found.append((button["title"], value.group(1)))
    return found


@pytest.mark.parametrize(("title", "crime_type"), _crime_type_buttons())
def test_a_crime_button_typed_as_words_is_read_as_its_crime(title, crime_type):
    """People type a button's title (over SMS, or a copy of what they saw): round 12 typed
    "Abuse by a partner or family" and was told "Sorry, I didn't quite get that"."""
    from actions.answers import read_answer

    assert read_answer("crime_type", title).value == crime_type


@functools.cache
def _domain_as_rasa_loads_it():
    # Rasa validates the whole folder against its schema, which is slow: once per worker.
    from rasa.shared.core.domain import Domain

    return Domain.load(str(DOMAIN_DIR))


@pytest.mark.parametrize("path", sorted(DOMAIN_DIR.glob("*.yml")), ids=lambda path: path.name)
def test_every_domain_file_loads_in_rasa_with_no_key_twice(path):
    # A response written twice (a merge, round 45) made Rasa skip the whole of
    # responses_answers.yml with only a warning, and every answer in it went silent; the
    # checks that read the files with yaml.safe_load, which keeps the last copy, did not see it.
    from ruamel.yaml import YAML

    YAML(typ="safe", pure=True).load(path.read_text())  # raises on a key given twice
    part = yaml_files.load(path.read_text()) or {}
    loaded = _domain_as_rasa_loads_it()
    assert set(part.get("responses") or {}) <= set(loaded.responses)
    assert set(part.get("intents") or []) <= set(loaded.intents)
