"""The form's validator: answers parsed, re-asked once, skipped, and safety first."""

import pytest

from actions.assessment_form import ValidateNeedsAssessmentForm
from core import records
from tests.unit.conftest import make_tracker, responses

FORM = ValidateNeedsAssessmentForm()


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


async def run_validation(dispatcher, domain, **kwargs):
    return slots_of(await FORM.run(dispatcher, make_tracker(**kwargs), domain))


async def test_first_question_is_consent(dispatcher, domain):
    slots = await run_validation(dispatcher, domain, slots={}, requested_slot=None)
    assert slots["requested_slot"] == "consent"


async def test_yes_to_danger_gives_999_at_once_and_flags(dispatcher, domain, records_db):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={"consent": True, "in_danger": True},
        text="yes",
        intent="affirm",
        requested_slot="in_danger",
    )
    assert responses(dispatcher)[0] == "utter_emergency"
    assert slots["in_danger"] is True
    assert slots["requested_slot"] is None, "the questions stop"
    assert records.flags_for(records.open_db(records_db), "test-person") == ["in_danger"]


async def test_danger_without_consent_is_not_recorded(dispatcher, domain, records_db):
    await run_validation(
        dispatcher,
        domain,
        slots={"consent": False, "in_danger": True},
        intent="affirm",
        requested_slot="in_danger",
    )
    assert records.flags_for(records.open_db(records_db), "test-person") == []


async def test_not_sure_about_danger_gives_999_and_carries_on(dispatcher, domain):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={"consent": True, "in_danger": "not sure"},
        text="not sure",
        intent="dont_know",
        requested_slot="in_danger",
    )
    assert responses(dispatcher) == ["utter_emergency"]
    assert slots["in_danger"] is None
    assert "in_danger" in slots["skipped_slots"]
    assert slots["requested_slot"] == "crime_type"


@pytest.mark.parametrize(
    ("value", "text", "intent", "expected"),
    [
        ("im 15", "im 15", "inform", True),
        ("15", "15", "inform", True),
        (True, "yeah", "affirm", True),
        ("i was 40", "i was 40", "inform", False),
    ],
)
async def test_age_answers(dispatcher, domain, value, text, intent, expected):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={"consent": True, "in_danger": False, "crime_type": "assault", "under_18": value},
        text=text,
        intent=intent,
        requested_slot="under_18",
    )
    assert slots["under_18"] is expected


async def test_dont_know_skips_the_question_for_good(dispatcher, domain):
    base = {"consent": True, "in_danger": False, "crime_type": "burglary"}
    slots = await run_validation(
        dispatcher,
        domain,
        slots={**base, "under_18": "dunno"},
        text="dunno",
        intent="dont_know",
        requested_slot="under_18",
    )
    assert slots["under_18"] is None
    assert slots["skipped_slots"] == ["under_18"]
    assert slots["requested_slot"] != "under_18"


BEFORE_BOROUGH = {
    "consent": True,
    "in_danger": False,
    "crime_type": "burglary",
    "reported_to_police": True,
    "under_18": False,
    "relationship_to_offender": "stranger",
    "repeat_victimisation": False,
    "hate_motivated": False,
    "impairment": False,
    "fear_of_giving_evidence": False,
    "needs": ["practical"],
    "language": "english",
}


async def test_unclear_answer_is_reasked_once_with_examples_then_skipped(dispatcher, domain):
    base = BEFORE_BOROUGH
    first = await run_validation(
        dispatcher, domain, slots={**base, "borough": "blah"}, text="blah", requested_slot="borough"
    )
    assert responses(dispatcher) == ["utter_reask_borough"]
    assert first["borough"] is None and first["reasked_slots"] == ["borough"]
    assert first["requested_slot"] == "borough"

    dispatcher.messages.clear()
    second = await run_validation(
        dispatcher,
        domain,
        slots={**base, "borough": "blah again", "reasked_slots": ["borough"]},
        text="blah again",
        requested_slot="borough",
    )
    assert responses(dispatcher) == ["utter_moving_on"]
    assert "borough" in second["skipped_slots"]
    assert second["requested_slot"] != "borough"


async def test_crime_we_cannot_place_becomes_other_after_one_reask(dispatcher, domain):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={
            "consent": True,
            "in_danger": False,
            "crime_type": "it was awful",
            "reasked_slots": ["crime_type"],
        },
        text="it was awful",
        requested_slot="crime_type",
    )
    assert slots["crime_type"] == "other"


async def test_outside_london_is_understood(dispatcher, domain):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={"consent": True, "in_danger": False, "borough": "i dont live in london"},
        text="i dont live in london",
        requested_slot="borough",
    )
    assert slots["borough"] == "outside_london"


async def test_hate_strand_in_passing_answers_the_hate_question(dispatcher, domain):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={
            "consent": True,
            "in_danger": False,
            "crime_type": "assault",
            "hate_motivated": "sexual_orientation",
            "hate_strand": ["sexual_orientation"],
        },
        text="they beat me up because im gay",
        intent="describe_crime",
        requested_slot="crime_type",
        turn={"hate_motivated": "sexual_orientation", "hate_strand": ["sexual_orientation"]},
    )
    assert slots["hate_motivated"] is True


async def test_entity_picked_up_in_passing_never_triggers_a_reask(dispatcher, domain):
    await run_validation(
        dispatcher,
        domain,
        slots={"consent": True, "in_danger": False, "borough": "narnia"},
        text="narnia",
        requested_slot="crime_type",
        turn={"borough": "narnia"},
    )
    assert responses(dispatcher) == []


async def test_dont_know_who_did_it_is_an_answer(dispatcher, domain):
    slots = await run_validation(
        dispatcher,
        domain,
        slots={
            "consent": True,
            "in_danger": False,
            "crime_type": "robbery",
            "relationship_to_offender": "no idea",
        },
        text="no idea",
        intent="dont_know",
        requested_slot="relationship_to_offender",
    )
    assert slots["relationship_to_offender"] == "unknown"


async def test_refused_consent_ends_the_questions(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={"consent": False}, intent="deny", requested_slot="consent"
    )
    assert slots["consent"] is False
    assert slots["requested_slot"] is None


async def test_contact_details_are_validated(dispatcher, domain):
    base = {
        "consent": True,
        "in_danger": False,
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "contact_times": "any time",
        "voicemail_ok": False,
    }
    ok = await run_validation(
        dispatcher,
        domain,
        slots={**base, "contact_details": "07700 900123"},
        text="07700 900123",
        requested_slot="contact_details",
    )
    assert ok["contact_details"] == "07700900123"
    bad = await run_validation(
        dispatcher,
        domain,
        slots={**base, "contact_details": "123"},
        text="123",
        requested_slot="contact_details",
    )
    assert bad["contact_details"] is None
    assert "utter_reask_contact_details" in responses(dispatcher)
