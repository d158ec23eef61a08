"""Round 75, helper c75e: services and results that fit what the person said (Tom, Olena, Chloe,
Liam, Janet)."""

from __future__ import annotations

from typing import Any

import pytest

from actions import wording
from actions.account import read_account
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment
from actions.reading import Turn, corrections, read_turn
from actions.results import c75e_changed_since_shown, more_services, short_result
from referrals.matching import default_directory, explain_match, match_organisations
from referrals.results import build_result, matching_answers
from tests.unit.conftest import make_tracker

FORM = ValidateNeedsAssessmentForm()
STALKING_ONLY = {"national-stalking-helpline", "paladin", "london-stalking-support-service"}


def ids(answers: dict[str, Any]) -> list[str]:
    return build_result(answers).referral_ids


def slots_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


# -- 1. Tom: stalked by his ex, domestic abuse and stalking both ------------------------------

TOM = (
    "my ex boyfriend wont leave me alone basically. keeps turning up at my flat and at my gym, i "
    "block him and he just messages from a new number. and now hes saying hell out me to work. im "
    "a teacher so thats. fun"
)
TOM_BOTH = (
    "its stalking as well as the domestic thing. both. can you put the stalking helpline back"
)


def tom(**changes: Any) -> dict[str, Any]:
    answers = {
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "partner_or_ex",
        "repeat_victimisation": True,
        "reported_to_police": False,
        "age": 41.0,
        "borough": "lambeth",
        "hate_motivated": True,
        "hate_strand": ["sexual_orientation"],
        "account_details": sorted(read_account(TOM).details),
        "language": "english",
    }
    return {**answers, **changes}


def test_tom_account_tells_of_stalking() -> None:
    assert "stalking_described" in read_account(TOM).details
    said = "i block him and he just messages from a new number"
    assert "stalking_described" in read_account(said).details


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"gender": "man"},
        {"crime_type": "domestic_abuse"},
        {"crime_type": "domestic_abuse", "gender": "man"},
    ],
)
def test_tom_keeps_a_stalking_service_and_a_domestic_abuse_one(changes: dict[str, Any]) -> None:
    shown = ids(tom(**changes))
    assert len(shown) == 3
    assert "national-stalking-helpline" in shown
    # Galop is the LGBT+ domestic abuse service, for him first.
    assert shown[0] == "galop-lgbt-helpline"


def test_a_man_named_as_domestic_abuse_keeps_both_without_galop() -> None:
    answers = tom(crime_type="domestic_abuse", gender="man", hate_motivated=False, hate_strand=None)
    assert ids(answers) == [
        "mens-advice-line",
        "national-stalking-helpline",
        "london-victim-and-witness-service",
    ]


def test_a_woman_named_as_domestic_abuse_with_stalking_told_keeps_the_da_helpline_first() -> None:
    answers = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "gender": "woman",
        "age": 34.0,
        "borough": "hackney",
        "repeat_victimisation": True,
        "account_details": ["stalking_described"],
    }
    assert ids(answers) == [
        "national-domestic-abuse-helpline",
        "national-stalking-helpline",
        "london-victim-and-witness-service",
    ]


def test_tom_both_is_not_a_switch() -> None:
    before = {
        "consent": True,
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "account_details": ["labour_told", "online", "stalking_described"],
        "gender": "man",
        "results_shown": True,
    }
    changes = corrections(TOM_BOTH, before)
    assert "crime_type" not in changes
    assert "stalking_described" in changes["account_details"]
    line = wording.changed_line(changes, before=before)
    assert line is not None and "stalking as well as domestic abuse" in line
    reading = read_turn(Turn(text=TOM_BOTH, requested="referral_consent", answers=before))
    assert "crime_type" not in reading.slots
    assert "referral_consent" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "its domestic abuse and stalking",
        "it's stalking too",
        "both. its stalking as well",
    ],
)
def test_stalking_said_as_well_as_domestic_abuse_adds_it(text: str) -> None:
    before = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    changes = corrections(text, before)
    assert changes.get("crime_type", "domestic_abuse") == "domestic_abuse"
    if "account_details" in changes:
        assert "stalking_described" in changes["account_details"]


@pytest.mark.parametrize(
    "text",
    [
        "its not domestic abuse its stalking",
        "it wasnt domestic abuse, he isnt my partner, its stalking",
    ],
)
def test_domestic_abuse_denied_for_stalking_is_still_a_change(text: str) -> None:
    before = {"crime_type": "domestic_abuse", "relationship_to_offender": "someone_known"}
    assert corrections(text, before).get("crime_type") != "domestic_abuse"


def test_switching_stalking_to_domestic_abuse_is_still_taken() -> None:
    before = {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex"}
    text = (
        "ok so its domestic abuse. weird to hear that said tbh. is the threatening to out me thing "
        "actually illegal or just him being a dick"
    )
    assert corrections(text, before).get("crime_type") == "domestic_abuse"


# -- 2. Olena: harassed by a neighbour because she is Ukrainian --------------------------------

OLENA = {
    "consent": True,
    "crime_type": "stalking_harassment",
    "hate_motivated": True,
    "hate_strand": ["race"],
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 38.0,
    "relationship_to_offender": "someone_known",
    "impairment": False,
    "fear_of_giving_evidence": True,
    "needs": ["safety", "communication"],
    "language": "ukrainian",
    "borough": "barnet",
}


@pytest.mark.parametrize(
    "text", ["Stalking or harassment", "stalking or harassment", "harassment or stalking"]
)
def test_the_stalking_button_is_not_stalking_told(text: str) -> None:
    reading = read_turn(Turn(text=text, requested="crime_type", answers={"consent": True}))
    assert reading.slots["crime_type"] == "stalking_harassment"
    assert "stalking_described" not in (reading.slots.get("account_details") or ())


@pytest.mark.parametrize(
    "text", ["he is stalking me", "i think im being stalked", "he follows me home every night"]
)
def test_stalking_in_the_persons_words_is_still_told(text: str) -> None:
    assert "stalking_described" in read_account(text).details


def test_olenas_neighbour_answer_keeps_the_neighbour_after_the_button() -> None:
    answers = {**OLENA, "account_details": None}
    said = read_turn(Turn(text="Stalking or harassment", requested="crime_type", answers=answers))
    answers.update(said.slots)
    neighbour = "Neighbour. Man from flat next door. I know only his face, not name"
    said = read_turn(Turn(text=neighbour, requested="relationship_to_offender", answers=answers))
    assert said.slots["account_details"] == ["neighbour"]


@pytest.mark.parametrize("details", [["neighbour"], None])
def test_olena_gets_a_hate_crime_service_first_and_no_stalking_services(details: Any) -> None:
    shown = ids({**OLENA, "account_details": details})
    assert shown[0] == "stop-hate-uk"
    assert not STALKING_ONLY & set(shown)
    more = {org.id for org in match_organisations({**OLENA, "account_details": details}, limit=20)}
    assert not STALKING_ONLY & more


def test_olena_keeps_the_council_for_the_neighbour() -> None:
    shown = ids({**OLENA, "account_details": ["neighbour"]})
    assert shown == ["stop-hate-uk", "council-asb-team", "london-victim-and-witness-service"]


def test_a_community_hate_service_leads_where_it_fits() -> None:
    answers = {
        **OLENA,
        "hate_strand": ["religion"],
        "community": ["muslim"],
        "language": "english",
        "borough": "newham",
    }
    shown = ids(answers)
    assert shown[0] == "tell-mama"
    assert not STALKING_ONLY & set(shown)


def test_hate_with_stalking_told_keeps_the_stalking_services() -> None:
    answers = {**OLENA, "account_details": ["stalking_described"], "language": "english"}
    assert "national-stalking-helpline" in ids(answers)


def test_neighbour_harassment_without_hate_is_unchanged() -> None:
    answers = {
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "someone_known",
        "account_details": ["neighbour"],
        "hate_motivated": False,
        "borough": "croydon",
        "age": 50.0,
    }
    assert ids(answers) == ["council-asb-team", "london-victim-and-witness-service"]


def test_a_stranger_stalking_a_woman_still_gets_the_stalking_services() -> None:
    answers = {
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "stranger",
        "account_details": ["stalking_described"],
        "repeat_victimisation": True,
        "gender": "woman",
        "age": 30.0,
        "borough": "camden",
    }
    assert ids(answers) == [
        "national-stalking-helpline",
        "paladin",
        "london-victim-and-witness-service",
    ]


def test_a_woman_stalked_by_her_ex_keeps_the_da_helpline_beside_the_stalking_one() -> None:
    answers = {
        "crime_type": "stalking_harassment",
        "relationship_to_offender": "partner_or_ex",
        "gender": "woman",
        "age": 28.0,
        "borough": "merton",
        "repeat_victimisation": True,
        "account_details": ["stalking_described"],
    }
    assert ids(answers) == [
        "national-stalking-helpline",
        "national-domestic-abuse-helpline",
        "london-victim-and-witness-service",
    ]


def test_a_child_harassed_for_their_race_keeps_childline() -> None:
    answers = {**OLENA, "age": 14.0, "under_18": True, "language": "english"}
    shown = ids(answers)
    assert shown[0] == "stop-hate-uk" and "childline" in shown


# -- 3. Chloe: a possible sexual offence told after the result; Redthread ----------------------

CHLOE = {
    "consent": True,
    "in_danger": False,
    "crime_type": "assault",
    "reported_to_police": False,
    "age": 22.0,
    "relationship_to_offender": "unknown",
    "account_details": ["spiked", "injured"],
    "hate_motivated": False,
    "impairment": False,
    "needs": ["emotional", "health"],
    "language": "english",
    "borough": "camden",
}
CHLOE_BRUISES = (
    "i was at a club in camden, i woke up at my friends flat and i dont remember anything after "
    "like 11. i have bruises on my legs"
)
CHLOE_SEXUALLY = "but like what if something happened to me. like sexually. i dont know if it did"


def test_chloe_bruised_and_not_in_hospital_is_not_given_redthread() -> None:
    assert "hospital" not in read_account(CHLOE_BRUISES).details
    assert "redthread" not in ids(CHLOE)
    found = next(org for org in default_directory() if org.id == "redthread")
    assert explain_match(matching_answers(CHLOE), found).startswith("Not suggested")


@pytest.mark.parametrize(
    "text",
    [
        "i got punched outside college, went to A&E with a cut lip",
        "i got beaten up, spent the night in hospital",
        "they jumped me, ambulance came and took me in, i got stitches",
    ],
)
def test_a_young_person_hurt_and_seen_in_hospital_gets_redthread(text: str) -> None:
    details = read_account(text).details
    assert "hospital" in details
    answers = {
        "crime_type": "assault",
        "relationship_to_offender": "stranger",
        "age": 17.0,
        "under_18": True,
        "borough": "hackney",
        "account_details": sorted(details),
    }
    assert "redthread" in ids(answers)


@pytest.mark.parametrize(
    "text",
    [
        "a patient punched me on the ward at the hospital where i work, my lip is bleeding",
        "he hit me and i had to drive my mum to hospital after, my arm is bruised",
        "they punched me, my dad is in hospital anyway so i havent told anyone",
    ],
)
def test_someone_elses_hospital_is_not_theirs(text: str) -> None:
    assert "hospital" not in read_account(text).details


def test_a_stabbed_young_man_still_gets_redthread() -> None:
    answers = {
        "crime_type": "serious_violence",
        "relationship_to_offender": "stranger",
        "age": 19.0,
        "borough": "brent",
        "account_details": ["injured", "serious_injury", "weapon"],
    }
    assert "redthread" in ids(answers)


def test_an_injury_taken_back_takes_the_hospital_with_it() -> None:
    answers = {
        "crime_type": "assault",
        "relationship_to_offender": "stranger",
        "age": 17.0,
        "borough": "hackney",
        "account_details": ["hospital"],
    }
    assert "redthread" not in ids(answers)


def test_chloes_result_with_a_possible_sexual_offence_puts_the_sexual_violence_services_first():
    now = {**CHLOE, "crime_type": "sexual_offence", "gender": "woman"}
    result = build_result(now)
    assert result.referral_ids[:2] == ["the-havens", "rape-crisis-247-support-line"]
    first, services, _ = short_result(result)
    assert "likely to be entitled to extra support" in first
    assert "020 3299 6900" in services


def test_a_changed_result_is_known_to_be_out_of_date() -> None:
    shown = build_result(CHLOE)
    now = build_result({**CHLOE, "crime_type": "sexual_offence", "gender": "woman"})
    assert c75e_changed_since_shown(now, shown.referral_ids, shown.categories)
    assert not c75e_changed_since_shown(shown, shown.referral_ids, shown.categories)
    assert not c75e_changed_since_shown(now, None, None)  # nothing shown yet


def test_more_after_the_change_gives_what_was_not_shown() -> None:
    shown = build_result(CHLOE)
    now = build_result({**CHLOE, "crime_type": "sexual_offence", "gender": "woman"})
    texts = " ".join(more_services(now, default_directory(), shown.referral_ids))
    assert "Havens" in texts


async def test_chloe_told_after_the_result_gets_the_result_again(dispatcher, domain) -> None:
    shown = build_result(CHLOE)
    slots = {
        **CHLOE,
        "results_shown": True,
        "referrals": shown.referral_ids,
        "enhanced_categories": shown.categories,
    }
    tracker = make_tracker(
        slots=slots,
        text=CHLOE_SEXUALLY,
        requested_slot="referral_consent",
        sent=["utter_result", "utter_ask_referral_consent"],
    )
    changed = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert changed.get("crime_type") == "sexual_offence"
    assert changed.get("results_shown") is False


@pytest.mark.parametrize("text", ["no thanks", "what does the victims information line do"])
async def test_an_unchanged_result_is_not_given_again(dispatcher, domain, text: str) -> None:
    shown = build_result(CHLOE)
    slots = {
        **CHLOE,
        "results_shown": True,
        "referrals": shown.referral_ids,
        "enhanced_categories": shown.categories,
    }
    tracker = make_tracker(
        slots=slots,
        text=text,
        requested_slot="referral_consent",
        sent=["utter_result", "utter_ask_referral_consent"],
    )
    changed = slots_of(await FORM.run(dispatcher, tracker, domain))
    assert changed.get("results_shown") is not False


def test_the_end_gives_a_changed_result_again(dispatcher, domain, records_db) -> None:
    shown = build_result(CHLOE)
    slots = {
        **CHLOE,
        "crime_type": "sexual_offence",
        "gender": "woman",
        "results_shown": True,
        "referral_consent": False,
        "referrals": shown.referral_ids,
        "enhanced_categories": shown.categories,
    }
    tracker = make_tracker(slots=slots, text="no", active_loop=None)
    events = ActionFinishAssessment().run(dispatcher, tracker, domain)
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "Havens" in said
    assert slots_of(events)["referrals"][0] == "the-havens"


def test_the_end_does_not_repeat_an_unchanged_result(dispatcher, domain, records_db) -> None:
    shown = build_result(CHLOE)
    slots = {
        **CHLOE,
        "results_shown": True,
        "referral_consent": False,
        "referrals": shown.referral_ids,
        "enhanced_categories": shown.categories,
    }
    tracker = make_tracker(slots=slots, text="no", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert not any(m.get("utter_action") == "utter_result" for m in dispatcher.messages)


# -- 4. Liam, 16, robbed at knifepoint; 5. Janet: what the directory has -----------------------

LIAM = {
    "crime_type": "robbery",
    "relationship_to_offender": "someone_known",
    "age": 16.0,
    "under_18": True,
    "borough": "lewisham",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "fear_of_giving_evidence": True,
    "needs": ["safety"],
    "account_details": ["weapon"],
    "reported_to_police": False,
}


def test_liam_gets_childline_and_the_london_service_and_nothing_invented() -> None:
    # Redthread is for young people hurt by violence and seen in hospital; Crimestoppers is a
    # reporting route the directory never offers as support (auto_offer: never), named when
    # someone asks how to report without giving their name. Round 83 (s83b, Tyler): Fearless,
    # its youth form, is offered to a young person when a weapon was described, after Childline.
    everything = [org.id for org in match_organisations(LIAM, limit=20)]
    assert everything == ["childline", "fearless", "london-victim-and-witness-service"]
    assert not {"redthread", "crimestoppers"} & set(everything)


def test_the_national_homicide_service_has_no_phone_in_its_sources() -> None:
    found = next(org for org in default_directory() if org.id == "national-homicide-service")
    assert found.contact.phone is None and found.contact.web
