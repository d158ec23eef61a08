"""A person's result: the assessment, entitlements and organisations, with who each is for and
how to reach it (referrals/results.py)."""

from __future__ import annotations

import pytest

from referrals.directory import Organisation, load_directory
from referrals.results import ask_gender, build_result, matching_answers, more_for


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def test_a_result_labels_gendered_services_while_the_gender_is_unknown(
    organisations: list[Organisation],
) -> None:
    result = build_result({"crime_type": "domestic_abuse"}, organisations)
    assert result.referral_ids[:2] == ["national-domestic-abuse-helpline", "mens-advice-line"]
    assert result.for_whom() == {
        "national-domestic-abuse-helpline": "for women",
        "mens-advice-line": "for men",
    }
    assert ask_gender({"crime_type": "domestic_abuse"}, organisations) is True
    assert ask_gender({"crime_type": "domestic_abuse", "gender": "woman"}, organisations) is False


def test_a_result_gives_routes_for_someone_who_cannot_phone(
    organisations: list[Organisation],
) -> None:
    result = build_result(
        {
            "crime_type": "burglary",
            "borough": "hackney",
            "cannot_phone": True,
            "community": ["deaf"],
        },
        organisations,
    )
    routes = result.routes()
    lvws = routes["london-victim-and-witness-service"]
    assert lvws[0].kind == "chat"
    assert ("text_relay", "18001 0808 168 9291") in [(r.kind, r.value) for r in lvws]


def test_more_leaves_out_what_was_shown(organisations: list[Organisation]) -> None:
    answers = {"crime_type": "sexual_offence", "borough": "lambeth", "under_18": True}
    shown = build_result(answers, organisations).referral_ids
    more = [org.id for org in more_for(answers, shown, organisations)]
    assert more and not set(more) & set(shown)
    assert "rape-crisis-247-support-line" in more


def test_matching_answers_add_the_facts_the_rules_derive() -> None:
    answers = matching_answers({"crime_type": "theft", "relationship_to_offender": "partner_or_ex"})
    assert answers["domestic_abuse"] is True
