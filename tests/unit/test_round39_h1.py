"""Round 39 (helper H1): two services offered where they do not fit.

- Role-play round 38: a trans 17-year-old whose classmates post transphobic comments about them
  online, use their deadname and post old photos from before they transitioned (no sexual
  images, no grooming) was offered CEOP. CEOP is for under-18s' online SEXUAL abuse: grooming,
  nude or sexual images shared, asked for or threatened (sextortion), online sexual blackmail.
  It "does not respond to bullying, fake accounts or hacked accounts" (its directory notes).
  The directory's new `crime_needs` says so: online abuse fits CEOP only with intimate images
  or sexual messages (a new matcher situation the account reader sets).
- CATCH, the pan-London hate crime service: MOPAC's contract ended on 30 September 2025
  (PCD 1437, the longest extension the contract allowed) and no source says it continues, so
  the entry is retired and the answers that named it name sourced services instead.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from known_answers import answer, numbers_not_in_directory, sendable

from actions.account import read_account
from core import yaml_files
from referrals.directory import (
    DEFAULT_PATH,
    Organisation,
    load_directory,
    validate_entry,
)
from referrals.matching import explain_match, match_organisations, more_organisations
from referrals.store import load_row, organisation_row


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def offered(answers: dict[str, Any], organisations: list[Organisation]) -> list[str]:
    """Every service the person could page through (the short list and MORE)."""
    return [org.id for org in more_organisations(answers, organisations, limit=20)]


def from_account(text: str, **extra: Any) -> dict[str, Any]:
    """The answers one message gives, as the bot stores them, plus what was asked later."""
    return {**read_account(text).facts(), **extra}


# -- 1. The 17-year-old: transphobic abuse online is not CEOP's ----------------------------------

SEVENTEEN = (
    "im 17 and trans. people from school keep leaving transphobic comments on my posts, using my "
    "deadname and posting old photos of me from before i transitioned"
)


def test_the_seventeen_year_olds_account_is_online_hate_without_sexual_content():
    reading = read_account(SEVENTEEN)
    assert reading.age == 17
    assert "online" in reading.details
    assert not {"intimate_images", "sexual_messages"} & reading.details


@pytest.mark.parametrize("crime_type", [None, "online_abuse", "stalking_harassment"])
def test_the_seventeen_year_old_is_not_offered_ceop(organisations, crime_type):
    answers = from_account(
        SEVENTEEN,
        crime_type=crime_type,
        hate_motivated=True,
        hate_strand=["transgender_identity"],
        borough="lewisham",
    )
    ids = offered(answers, organisations)
    assert "ceop" not in ids
    # They get the LGBT+ and hate crime services, and Childline, instead.
    shown = [org.id for org in match_organisations(answers, organisations)]
    assert "galop-lgbt-helpline" in shown and "childline" in shown
    assert "catch-hate-crime" not in ids


def test_why_ceop_was_left_out_is_explained(organisations):
    ceop = next(org for org in organisations if org.id == "ceop")
    answers = {"crime_type": "online_abuse", "age": 17, "account_details": ["online"]}
    why = explain_match(answers, ceop)
    assert why.startswith("Not suggested: for online abuse only when it involves")
    assert "intimate images" in why and "sexual messages" in why


# -- 2. Online abuse of a child without sexual content: no CEOP ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "im 14 and people keep bullying me online on tiktok",
        "im 16 and someone hacked my instagram account and is posting as me",
        "im 15 and someone made a fake account pretending to be me",
        "im 17, someone posted my home address online after an argument, doxxing me",
        "im 16 and someone keeps sending me racist abuse online",
        "im 13 and girls in my year keep posting mean comments about me on snapchat",
        "im 15 and this boy keeps messaging me threats on instagram saying hes gonna beat me up",
    ],
)
def test_online_abuse_of_a_child_without_sexual_content_is_not_ceop(organisations, text):
    answers = from_account(text)
    assert answers.get("age") is not None and answers["age"] < 18
    assert "ceop" not in offered(answers, organisations), answers


@pytest.mark.parametrize(
    "answers",
    [
        {"crime_type": "online_abuse", "age": 15, "account_details": ["online"]},
        {"crime_type": "online_abuse", "under_18": True, "account_details": ["online"]},
        {
            "crime_type": "online_abuse",
            "age": 16,
            "account_details": ["online"],
            "hate_motivated": True,
            "hate_strand": ["race"],
        },
        {"crime_type": "stalking_harassment", "age": 14, "account_details": ["online"]},
        {"crime_type": "online_abuse", "age": 12},
    ],
)
def test_the_answers_for_bullying_or_hate_online_leave_out_ceop(organisations, answers):
    assert "ceop" not in offered(answers, organisations)


# -- 3. Online sexual abuse of a child: CEOP stays ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # groomed online
        "im 15, a man i met on snapchat has been grooming me and asking me to meet up",
        "im 13, an older guy on discord is grooming me",
        # asked for or sent nudes
        "im 14 and someone online keeps asking me to send nudes",
        "im 15 and my ex boyfriend shared my nudes on instagram",
        # sextortion
        "im 16, he says hes gonna send my pics to my school unless i send more",
        # sexual messages, told as online abuse
        "im 15 and a man keeps sending me sexual messages on snapchat",
        "im 14 and a man keeps asking me for pics in my underwear on tiktok",
    ],
)
def test_online_sexual_abuse_of_a_child_keeps_ceop(organisations, text):
    answers = from_account(text)
    assert answers.get("age") is not None and answers["age"] < 18
    shown = [org.id for org in match_organisations(answers, organisations)]
    assert "ceop" in shown, (answers, shown)


@pytest.mark.parametrize(
    "answers",
    [
        {"crime_type": "sexual_offence", "age": 14, "account_details": ["online"]},
        {"crime_type": "online_abuse", "age": 15, "account_details": ["online", "intimate_images"]},
        {"crime_type": "online_abuse", "age": 16, "account_details": ["intimate_images"]},
        {"crime_type": "online_abuse", "age": 15, "account_details": ["online", "sexual_messages"]},
        {
            "crime_type": "sexual_offence",
            "age": 16,
            "account_details": ["intimate_images", "sextortion"],
        },
    ],
)
def test_the_answers_for_online_sexual_abuse_keep_ceop(organisations, answers):
    assert "ceop" in [org.id for org in match_organisations(answers, organisations)]


def test_ceop_is_still_for_children_only(organisations):
    adult = {"crime_type": "sexual_offence", "age": 19, "account_details": ["online"]}
    assert "ceop" not in offered(adult, organisations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he keeps sending me sexual messages", True),
        ("he sends me dirty pics i never asked for", True),
        ("a man on insta keeps asking me to send sexy pics", True),
        ("hes been grooming my daughter online", True),
        ("they keep sending me hate messages", False),
        ("transphobic comments on my posts and my deadname", False),
        ("someone hacked my account and posted stuff as me", False),
        ("they keep messaging me threats", False),
    ],
)
def test_the_sexual_messages_detail(text, expected):
    assert ("sexual_messages" in read_account(text).details) is expected


# -- 4. The directory's crime_needs ------------------------------------------------------------


def _raw_entries() -> list[dict[str, Any]]:
    return yaml_files.load(DEFAULT_PATH.read_text())


def _raw(org_id: str) -> dict[str, Any]:
    return copy.deepcopy(next(e for e in _raw_entries() if e["id"] == org_id))


def test_ceop_says_online_abuse_needs_sexual_content(organisations):
    ceop = next(org for org in organisations if org.id == "ceop")
    assert ceop.serves.crime_needs_for("online_abuse") == ("intimate_images", "sexual_messages")
    assert ceop.serves.crime_needs_for("sexual_offence") == ()


def test_the_header_documents_crime_needs():
    header = DEFAULT_PATH.read_text().split("- id:", 1)[0]
    assert "crime_needs" in header and "sexual_messages" in header


@pytest.mark.parametrize(
    ("crime_needs", "problem"),
    [
        ({"online_abus": ["intimate_images"]}, "unknown crime type 'online_abus'"),
        ({"fraud": ["intimate_images"]}, "'fraud' is not in serves.crime_types"),
        ({"online_abuse": ["nudes"]}, "serves.crime_needs.online_abuse"),
        ({"online_abuse": []}, "must be a list of situations"),
        ([], "must list crime types with situations"),
    ],
)
def test_a_wrong_crime_needs_is_reported(crime_needs, problem):
    raw = _raw("ceop")
    raw["serves"]["crime_needs"] = crime_needs
    problems = validate_entry(raw)
    assert any(problem in p for p in problems), problems


def test_crime_needs_goes_into_the_database_row(organisations):
    ceop = next(org for org in organisations if org.id == "ceop")
    row = load_row(organisation_row(ceop))
    assert row["crime_needs"] == {"online_abuse": ["intimate_images", "sexual_messages"]}
    assert ceop.to_dict()["serves"]["crime_needs"] == row["crime_needs"]


def test_no_other_service_for_any_crime_online_matches_online_abuse_alone(organisations):
    """The same too-broad shape elsewhere: a specialist listing online abuse, or the online
    situation, must say what else it needs (Report Remove and the Revenge Porn Helpline are
    for intimate images only, which already is sexual content)."""
    for org in organisations:
        serves = org.serves
        if "online_abuse" in serves.crime_types:
            assert serves.crime_needs_for("online_abuse"), org.id
    bullied = {"crime_type": "online_abuse", "age": 15, "account_details": ["online"]}
    adult = {"crime_type": "online_abuse", "age": 30, "account_details": ["online"]}
    for answers in (bullied, adult):
        ids = offered(answers, organisations)
        assert not {"report-remove", "revenge-porn-helpline", "ceop"} & set(ids), ids


# -- 5. CATCH: its MOPAC contract ended, so it is no longer offered -----------------------------


def test_catch_is_retired_with_its_reason_and_sources(organisations):
    catch = next(org for org in organisations if org.id == "catch-hate-crime")
    assert catch.is_retired
    assert "30 September 2025" in (catch.retired or "") and "PCD 1437" in (catch.retired or "")
    assert any("pcd-1437" in source for source in catch.source)
    assert str(catch.checked) == "2026-12-04"


@pytest.mark.parametrize(
    ("strand", "community", "specialist"),
    [
        ("race", None, "stop-hate-uk"),
        ("religion", "muslim", "tell-mama"),
        ("religion", "jewish", "cst"),
        ("sexual_orientation", None, "galop-lgbt-helpline"),
        ("transgender_identity", None, "galop-lgbt-helpline"),
        ("disability", None, "stop-hate-uk"),
    ],
)
def test_a_hate_crime_in_london_gets_a_sourced_hate_crime_service_not_catch(
    organisations, strand, community, specialist
):
    answers: dict[str, Any] = {
        "crime_type": "assault",
        "hate_motivated": True,
        "hate_strand": [strand],
        "borough": "hackney",
        "age": 30,
    }
    if community:
        answers["community"] = [community]
    shown = [org.id for org in match_organisations(answers, organisations)]
    assert specialist in shown and "catch-hate-crime" not in shown
    assert "catch-hate-crime" not in offered(answers, organisations)


@pytest.mark.parametrize(
    "name",
    ["utter_report_without_police", "utter_hate_taken_seriously", "utter_hate_taken_seriously_any"],
)
@pytest.mark.parametrize("slots", [{}, {"for_someone_else": True}])
def test_the_hate_crime_answers_no_longer_name_catch(organisations, name, slots):
    phones = {org.contact.phone for org in organisations if not org.is_retired}
    assert "08 08 16 89 111" in phones  # Victim Support's Supportline, in the directory
    for text in sendable(name, **slots):
        assert "CATCH" not in text and "catch-hatecrime" not in text
        assert "08 08 16 89 111" in text
        assert len(text) <= 320
    if name != "utter_report_without_police":  # in responses.yml, not responses_answers.yml
        assert numbers_not_in_directory(name) == []


def test_the_hate_crime_questions_still_get_their_answers():
    said = "will the police even take it seriously tho its not like he hit me"
    # z87d (round 87): no race or faith told, so not the faith services.
    assert answer(said, "assault", hate_motivated=True) == "utter_hate_taken_seriously_any"
    assert answer(said, "assault", hate_motivated=True, hate_strand=["disability"]) in (
        "utter_hate_taken_seriously",
        "utter_hate_taken_seriously_any",
    )
