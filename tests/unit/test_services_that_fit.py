"""Round 15 of role-play: services missed or mis-ordered in the result (issue 10).

Each test names what a tester saw. The directory is the real one (referrals/directory.yml).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker

from actions.assessment_form import answers_from
from actions.results import RESULT_LIMIT, more_services, short_result
from actions.spiking import fears_sexual_assault_after_spiking
from core.text import SMS_LIMIT
from referrals.directory import Organisation, load_directory
from referrals.matching import explain_match
from referrals.results import build_result


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def tracker_with(said: list[str], slots: dict[str, Any]) -> Tracker:
    """A tracker after the person sent ``said``, one message each, with ``slots`` filled."""
    events: list[dict[str, Any]] = []
    for text in said:
        events += [
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {"text": text}},
        ]
    return Tracker.from_dict(
        {
            "sender_id": "test-person",
            "slots": slots,
            "latest_message": {"text": said[-1], "intent": {"name": "inform"}},
            "events": events,
            "paused": False,
            "followup_action": None,
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


SPIKED_IN_HACKNEY = {
    "crime_type": "assault",
    "borough": "hackney",
    "age": 22,
    "gender": "woman",
    "reported_to_police": False,
    "within_12_months": True,
    "needs": ["health"],
}


# -- 1. spiking, and afraid something else happened ---------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        ["i got spiked at a bar last night", "im scared something else happened"],
        ["someone put something in my drink", "could i have been assaulted?"],
        ["I was spiked", "I don't know if I was raped"],
        ["I was spiked", "i dont know if they touched me"],
        ["my drink got spiked, i think they did stuff to me"],
        ["i was drugged at a party", "did he rape me?"],
    ],
)
def test_spiked_and_afraid_of_sexual_assault_is_read_from_the_whole_chat(said):
    assert fears_sexual_assault_after_spiking(said) is True


@pytest.mark.parametrize(
    "said",
    [
        ["i got spiked and my mates got me home", "i just feel sick"],
        ["he punched me outside the pub", "im scared something else happened"],
        ["i got spiked", "i dont think i was raped, my friends were with me the whole time"],
        ["i got spiked", "nothing else happened, i was with my sister"],
        ["i was spiked", "/inform"],
    ],
)
def test_a_spiking_without_that_fear_or_a_fear_without_a_spiking_is_not(said):
    assert fears_sexual_assault_after_spiking(said) is False


def test_the_fear_said_after_the_crime_reaches_the_answers_matching_uses():
    said = ["i got spiked at a club in hackney last night", "im scared something else happened"]
    answers = answers_from(tracker_with(said, {"crime_type": "assault"}))
    assert answers["possible_sexual_offence"] is True
    assert answers["crime_type"] == "assault"  # what they said stays what they said

    calm = answers_from(tracker_with(["i got spiked", "i feel sick"], {"crime_type": "assault"}))
    assert "possible_sexual_offence" not in calm


def test_spiked_and_afraid_gets_the_havens_and_rape_crisis(organisations):
    feared = build_result({**SPIKED_IN_HACKNEY, "possible_sexual_offence": True}, organisations)
    shown = feared.referral_ids[:3]
    assert "the-havens" in shown and "rape-crisis-247-support-line" in shown
    assert shown[-1] == "london-victim-and-witness-service"

    outside = {**SPIKED_IN_HACKNEY, "borough": "outside_london", "possible_sexual_offence": True}
    assert "rape-crisis-247-support-line" in build_result(outside, organisations).referral_ids


def test_spiked_and_afraid_is_not_told_back_as_a_rape(organisations):
    plain_assault = build_result(SPIKED_IN_HACKNEY, organisations)
    feared = build_result({**SPIKED_IN_HACKNEY, "possible_sexual_offence": True}, organisations)
    assert feared.categories == plain_assault.categories
    assert short_result(feared)[0] == short_result(plain_assault)[0]
    assert "sexual offence" not in " ".join(short_result(feared)).lower()


# -- 5. someone who cannot phone ----------------------------------------------------------------

CRIMES = ["assault", "burglary", "fraud", "domestic_abuse", "sexual_offence", "stalking_harassment",
          "robbery", "theft", "criminal_damage", "online_abuse", "homicide", "other"]  # fmt: skip


@pytest.mark.parametrize("crime_type", CRIMES)
@pytest.mark.parametrize("borough", ["camden", "outside_london", None])
@pytest.mark.parametrize("needs", [["information"], ["emotional", "practical"], []])
def test_someone_who_cannot_phone_never_sees_a_phone_number_first(
    organisations, crime_type, borough, needs
):
    # "he listens to my calls": not Deaf, so text relay is no help either.
    answers = {"crime_type": crime_type, "borough": borough, "needs": needs, "cannot_phone": True}
    result = build_result(answers, organisations)
    for org_id, routes in result.routes().items():
        assert routes and routes[0].kind not in ("phone", "text_relay"), (org_id, routes)
    lines = short_result(result)[1].splitlines()[1:]
    assert all(": call " not in line for line in lines), lines


def test_a_deaf_person_keeps_a_phone_only_service_by_text_relay(organisations):
    answers = {"crime_type": "assault", "borough": "camden", "needs": ["information"],
               "cannot_phone": True, "community": ["deaf"]}  # fmt: skip
    result = build_result(answers, organisations)
    assert "victims-information-line" in result.referral_ids
    routes = result.routes()["victims-information-line"]
    assert [r.kind for r in routes] == ["text_relay"]
    assert ": call " not in short_result(result)[1]


# -- 2. a young person whose intimate image was shared ------------------------------------------


@pytest.mark.parametrize(
    "answers",
    [
        {"crime_type": "online_abuse", "age": 15, "account_details": ["intimate_images", "online"]},
        {"crime_type": "other", "under_18": True, "account_details": ["intimate_images"]},
        {
            "crime_type": "sexual_offence",
            "age": 16,
            "account_details": ["intimate_images"],
            "borough": "lambeth",
            "gender": "woman",
        },
    ],
)
def test_a_young_person_whose_image_was_shared_gets_report_remove(organisations, answers):
    result = build_result(answers, organisations)
    assert "report-remove" in result.referral_ids[:3]
    assert "Report Remove" in short_result(result)[1]


def test_an_adult_whose_image_was_shared_gets_the_revenge_porn_helpline_not_report_remove(
    organisations,
):
    answers = {"crime_type": "online_abuse", "age": 25, "account_details": ["intimate_images"]}
    ids = build_result(answers, organisations).referral_ids
    assert "revenge-porn-helpline" in ids and "report-remove" not in ids


# -- 6. one number for each Victim Support service ----------------------------------------------

SUPPORTLINE = "08 08 16 89 111"  # as Victim Support writes it
LONDON_SUPPORTLINE = "0808 168 9291"  # as the London Victim and Witness Service writes it


def test_the_london_service_is_not_named_victim_support_beside_its_own_number(organisations):
    result = build_result({"crime_type": "burglary", "borough": "camden"}, organisations)
    line = next(line for line in short_result(result)[1].splitlines() if LONDON_SUPPORTLINE in line)
    assert line.startswith("• London Victim and Witness Service:"), line
    assert "Victim Support" not in line


@pytest.mark.parametrize(
    ("borough", "name", "number", "other"),
    [
        ("camden", "London Victim and Witness Service", LONDON_SUPPORTLINE, SUPPORTLINE),
        ("outside_london", "Victim Support Supportline", SUPPORTLINE, LONDON_SUPPORTLINE),
        (None, "Victim Support Supportline", SUPPORTLINE, LONDON_SUPPORTLINE),
    ],
)
def test_more_with_nothing_more_names_the_general_service_already_shown(
    organisations, borough, name, number, other
):
    result = build_result({"crime_type": "burglary", "borough": borough}, organisations)
    shown = [org for org in organisations if org.id in result.referral_ids]
    (message,) = more_services(result, shown)
    assert f"The {name} can tell you" in message and number in message
    assert other not in message
    assert len(message) <= SMS_LIMIT


def test_more_with_nothing_more_gives_the_chat_first_to_someone_who_cannot_phone(organisations):
    answers = {"crime_type": "burglary", "borough": "camden", "cannot_phone": True}
    result = build_result(answers, organisations)
    shown = [org for org in organisations if org.id in result.referral_ids]
    (message,) = more_services(result, shown)
    assert "any time: chat at londonvws.org.uk" in message


def _digits(text: str) -> list[str]:
    return re.findall(r"0 ?8 ?0 ?8 ?1 ?6 ?8 ?9 ?(?:1 ?1 ?1|2 ?9 ?1)\b", text)


def test_each_victim_support_number_is_written_one_way_everywhere():
    root = Path(__file__).resolve().parents[2]
    files = [
        *(root / "bot").rglob("*.yml"),
        *(root / "bot").rglob("*.py"),
        *(root / "actions").rglob("*.py"),
        *(root / "core").rglob("*.yml"),
        root / "referrals" / "directory.yml",
    ]
    written = {number for path in files for number in _digits(path.read_text(encoding="utf-8"))}
    assert written == {SUPPORTLINE, LONDON_SUPPORTLINE}


# -- 7. "enhanced service" said plainly ---------------------------------------------------------

CATEGORY_CASES = [
    {"crime_type": "burglary", "repeat_victimisation": True},
    {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex", "age": 30},
    {"crime_type": "sexual_offence", "under_18": True, "impairment": True,
     "repeat_victimisation": True, "fear_of_giving_evidence": True, "reported_to_police": False},
    {"crime_type": "homicide", "bereaved": True, "impairment": True, "hate_motivated": True,
     "repeat_victimisation": True, "fear_of_giving_evidence": True, "borough": "camden"},
]  # fmt: skip


@pytest.mark.parametrize("answers", CATEGORY_CASES)
def test_the_result_says_what_the_enhanced_service_is_within_the_limits(organisations, answers):
    result = build_result(answers, organisations)
    assert result.categories
    messages = short_result(result, ask_referral=True)
    first = messages[0]
    assert "extra support (the Victims' Code calls it the enhanced service)" in first
    assert "(the enhanced service)" not in first
    assert len(messages) <= 3 and sum(len(m) for m in messages) <= RESULT_LIMIT
    assert all(len(m) <= SMS_LIMIT for m in messages)


# -- 3. identity fraud: credit taken out in someone's name --------------------------------------

IDENTITY_FRAUD = {
    "crime_type": "fraud",
    "account_details": ["economic", "identity_fraud"],
    "borough": "camden",
}


def test_credit_taken_out_in_their_name_gets_cifas_and_report_fraud(organisations):
    ids = build_result(IDENTITY_FRAUD, organisations).referral_ids
    assert {"cifas-protective-registration", "report-fraud"} <= set(ids[:3])
    assert ids[-1] == "london-victim-and-witness-service"


def test_a_scam_transfer_or_money_a_partner_controls_does_not_get_cifas(organisations):
    scam = build_result({"crime_type": "fraud", "borough": "camden"}, organisations)
    assert "cifas-protective-registration" not in scam.referral_ids
    transfer = {"crime_type": "fraud", "account_details": ["economic"], "borough": "camden"}
    assert "cifas-protective-registration" not in build_result(transfer, organisations).referral_ids
    partner = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "account_details": ["economic"],
        "gender": "woman",
    }
    controlled = build_result(partner, organisations)
    assert "cifas-protective-registration" not in controlled.referral_ids
    assert controlled.referral_ids[0] == "national-domestic-abuse-helpline"
    cifas = next(org for org in organisations if org.id == "cifas-protective-registration")
    assert explain_match(partner, cifas) == (
        "Not suggested: only suggested when the account mentions credit or accounts opened in "
        "their name."
    )
    in_name = {**partner, "account_details": ["economic", "identity_fraud"]}
    assert explain_match(in_name, cifas) == "Not suggested: not for this type of crime."


def test_ceop_is_for_online_sexual_abuse_not_every_crime_online(organisations):
    bullied = {"crime_type": "stalking_harassment", "age": 14, "account_details": ["online"]}
    assert "ceop" not in build_result(bullied, organisations).referral_ids
    groomed = {"crime_type": "sexual_offence", "age": 14, "account_details": ["online"]}
    assert "ceop" in build_result(groomed, organisations).referral_ids


def test_the_identity_fraud_answer_is_not_the_bank_transfer_refund(domain):
    answer = domain["responses"]["utter_identity_fraud"]
    no_phone, spoken = answer
    for variant in answer:
        assert "85,000" not in variant["text"] and "refund" not in variant["text"]
        assert "Experian, Equifax and TransUnion" in variant["text"]
        assert "Cifas Protective Registration" in variant["text"]
    assert no_phone["condition"][0]["name"] == "cannot_phone"
    assert not re.search(r"\d{4} \d{3} \d{4}", no_phone["text"])
    assert "0300 123 2040" in spoken["text"]  # report-fraud's number, from the directory


# -- 4. labour exploitation ---------------------------------------------------------------------


def test_an_exploited_worker_gets_the_modern_slavery_helpline_not_acas(organisations):
    # j91g (round 91): Acas's conciliation contacts the employer, dangerous where the employer
    # is the trafficker (Agnieszka, whose boss holds her passport); Acas is named only when
    # someone asks about pay.
    answers = {"crime_type": "human_trafficking", "borough": "newham"}
    result = build_result(answers, organisations)
    assert result.referral_ids[0] == "modern-slavery-helpline"
    assert "acas-helpline" not in result.referral_ids
    assert "Acas" not in short_result(result)[1]
