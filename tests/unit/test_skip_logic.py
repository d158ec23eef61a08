import pytest

from actions.skip_logic import questions_to_ask
from core.contract import FORM_SLOTS


def test_nothing_known_asks_everything_that_can_matter_in_form_order():
    asked = questions_to_ask({"consent": True})
    assert asked == [s for s in FORM_SLOTS if s in asked]
    assert asked[:3] == ["consent", "in_danger", "crime_type"]
    # Contact questions only follow a yes to a referral.
    assert "contact_safe" not in asked


def test_no_consent_still_asks_the_assessment_but_nothing_about_a_referral():
    asked = questions_to_ask({"consent": False})
    assert {"crime_type", "reported_to_police", "needs", "borough"} <= set(asked)
    assert not {"referral_consent", "contact_safe", "contact_details"} & set(asked)


def test_someone_in_danger_who_carries_on_is_asked_the_rest():
    assert "crime_type" in questions_to_ask({"consent": True, "in_danger": True})


def test_gender_only_when_it_changes_the_services():
    base = {"consent": True, "in_danger": False, "crime_type": "burglary"}
    assert "gender" not in questions_to_ask(base)
    assert "gender" in questions_to_ask(base, gender_matters=True)


@pytest.mark.parametrize(
    ("answers", "asked"),
    [
        ({"crime_type": "burglary", "within_12_months": True}, False),
        ({"crime_type": "sexual_offence"}, True),
        ({"crime_type": "burglary", "within_12_months": False}, True),
        ({"crime_type": "sexual_offence", "age": 15.0}, False),
    ],
)
def test_under_18_then_is_asked_of_adults_only_where_it_may_be_long_ago(answers, asked):
    wanted = questions_to_ask({"consent": True, "in_danger": False, **answers})
    assert ("under_18" in wanted) is asked


@pytest.mark.parametrize(
    ("answers", "not_asked"),
    [
        ({"crime_type": "burglary"}, "bereaved"),
        ({"crime_type": "fraud"}, "bereaved"),
        ({"crime_type": "assault"}, "bereaved"),
        ({"crime_type": "serious_violence"}, "bereaved"),
        ({"crime_type": "sexual_offence"}, "fear_of_giving_evidence"),
        ({"crime_type": "human_trafficking"}, "fear_of_giving_evidence"),
        ({"crime_type": "domestic_abuse"}, "fear_of_giving_evidence"),
        (
            {"crime_type": "assault", "relationship_to_offender": "partner_or_ex"},
            "fear_of_giving_evidence",
        ),
        ({"crime_type": "homicide"}, "hate_motivated"),
        ({"crime_type": "terrorism"}, "relationship_to_offender"),
    ],
)
def test_questions_that_cannot_matter_are_not_asked(answers, not_asked):
    assert not_asked not in questions_to_ask({"consent": True, "in_danger": False, **answers})


@pytest.mark.parametrize(
    ("answers", "asked"),
    [
        ({"crime_type": "homicide"}, "bereaved"),
        ({"crime_type": "assault"}, "fear_of_giving_evidence"),
        ({"crime_type": "robbery", "account_details": ["someone_died"]}, "bereaved"),
        # One incident of harassment is not persistent targeting: it is asked.
        ({"crime_type": "stalking_harassment"}, "repeat_victimisation"),
        ({"crime_type": None}, "age"),
    ],
)
def test_questions_that_can_matter_are_asked(answers, asked):
    assert asked in questions_to_ask({"consent": True, "in_danger": False, **answers})


def test_contact_questions_follow_referral_and_safety():
    base = {"consent": True, "in_danger": False, "crime_type": "burglary"}
    assert "contact_safe" in questions_to_ask({**base, "referral_consent": True})
    unsafe = questions_to_ask({**base, "referral_consent": True, "contact_safe": False})
    assert "contact_method" not in unsafe
    safe = {**base, "referral_consent": True, "contact_safe": True}
    assert {"contact_method", "contact_times", "voicemail_ok"} <= set(questions_to_ask(safe))


def test_voicemail_only_matters_for_calls_and_address_only_when_unknown():
    base = {
        "consent": True,
        "in_danger": False,
        "referral_consent": True,
        "contact_safe": True,
    }
    texted = questions_to_ask({**base, "contact_method": "text"}, channel="twilio")
    assert "voicemail_ok" not in texted
    assert "contact_details" not in texted
    assert "contact_details" in questions_to_ask({**base, "contact_method": "call"}, channel="rest")
    assert "contact_details" in questions_to_ask(
        {**base, "contact_method": "email"}, channel="twilio"
    )


def test_skipped_questions_are_not_asked_again():
    asked = questions_to_ask({"consent": True, "in_danger": False}, skipped=["under_18"])
    assert "under_18" not in asked


_SAMPLE = {
    "age": 30,
    "crime_type": "assault",
    "relationship_to_offender": "stranger",
    "needs": ["emotional_support"],
    "language": "english",
    "borough": "camden",
    "gender": "woman",
    "contact_times": "mornings",
    "contact_details": "07700 900000",
}


def _answer_combinations():
    """Every way the answers that decide the order can stand, with questions answered up to
    each point of the form."""
    import itertools

    from core.contract import FORM_SLOTS

    for consent, referral, safe, method, channel in itertools.product(
        (None, True, False), (None, True, False), (None, True, False), (None, "call", "email"),
        (None, "rest", "twilio"),
    ):  # fmt: skip
        for answered in range(len(FORM_SLOTS) + 1):
            answers = {slot: _SAMPLE.get(slot, True) for slot in FORM_SLOTS[:answered]}
            answers.update(consent=consent, referral_consent=referral, contact_safe=safe)
            answers["contact_method"] = method if "contact_method" in answers else None
            yield answers, channel


@pytest.mark.parametrize("matters", [True, False])
def test_gender_worked_out_only_when_needed_gives_the_same_question(matters):
    from actions.skip_logic import next_question

    calls = []

    def gender_matters() -> bool:
        calls.append(1)
        return matters

    for answers, channel in _answer_combinations():
        for skipped in ((), ("gender",), ("borough", "needs")):
            assert next_question(answers, skipped, channel, gender_matters) == next_question(
                answers, skipped, channel, matters
            ), (answers, channel, skipped)
    # Worked out only near the end, not for every question.
    assert 0 < len(calls) < sum(1 for _ in _answer_combinations()) * 3
