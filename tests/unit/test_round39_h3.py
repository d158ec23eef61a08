"""Round 39 (helper H3): people who SAW a crime happen to someone else were assessed as if it
had been done to them.

- Kofi, 29, saw a man shot outside a chicken shop, gave him first aid and can't sleep: his result
  spoke of the crime as his own.
- Jamal, 19, saw his friend stabbed ("my boy got stabbed ... i was right there"): he was told
  "this is likely to count if you were wounded or seriously hurt on purpose" and the enhanced
  service for the most serious crime, as if he had been stabbed.

Someone harmed, including mentally or emotionally, as a direct result of seeing a crime when it
happened is a victim too (Victims and Prisoners Act 2024 s.1(1)(b), (2)(a), (4)(a), in force 29
January 2025, SI 2025/95). The reading keeps what they saw (for the services), sets the
`witness` detail and leaves the other person's injuries out of theirs; the result says they
are likely to count as a victim too, never that they were hurt.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.account import read_account
from actions.results import reasons_messages, rights_messages, short_result
from core.code_rules import assess, load_code
from referrals.results import build_result

HURT = {"injured", "serious_injury"}
LONDON = {"borough": "lambeth", "reported_to_police": True, "age": 29.0}

KOFI = [
    "i saw a guy get shot outside the chicken shop last week. i gave him first aid till the "
    "ambulance came. i cant sleep since",
    "saw a man get shot outside the chicken shop on the high road, i tried to stop the bleeding",
    "i witnessed a shooting outside the shop and now i cant sleep",
    "there was a shooting outside the chicken shop, i gave him cpr till the ambulance came",
    "i seen them shoot him outside the shop. i keep seeing it when i close my eyes",
]
JAMAL = [
    "idk. my boy got stabbed outside the chicken shop on fore st on saturday, i was right "
    "there. hes in north mid hospital. the mans who did it saw me innit",
    "watched my mate get stabbed on friday. i seen it all. he was bleeding everywhere",
    "i watched my friend get stabbed",
    "my mate got stabbed right in front of me, i cant stop thinking about it",
    "i saw my friend get stabbed outside college, i held the wound till the ambulance came",
    "24. wait it wasnt me who got stabbed, i just seen it. its my boy Dre who got stabbed",
]


def answers_for(text: str, **slots: Any) -> dict[str, Any]:
    facts = {k: v for k, v in read_account(text).facts().items() if v is not None}
    return {**facts, **LONDON, **slots}


def everything_said(text: str, **slots: Any) -> str:
    result = build_result(answers_for(text, **slots))
    return "\n".join([*short_result(result), *reasons_messages(result), *rights_messages(result)])


# -- 1. The reading: a witness, with what they saw, and no injuries of their own ---------------


@pytest.mark.parametrize("text", [*KOFI, *JAMAL])
def test_someone_who_saw_it_is_a_witness_who_was_not_hurt(text):
    told = read_account(text)
    assert "witness" in told.details, text
    assert not told.details & HURT, text
    assert told.crime_type == "serious_violence", text


@pytest.mark.parametrize("text", JAMAL)
def test_a_friend_who_saw_it_tells_their_own_account(text):
    told = read_account(text)
    assert not told.for_child
    assert not told.for_someone_else


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("i saw a guy get punched outside the pub", "assault"),
        ("i saw two lads rob an old lady", "robbery"),
        ("i saw my mate get stabbed, he died in hospital", "homicide"),
    ],
)
def test_what_they_saw_is_kept_for_the_services(text, crime_type):
    told = read_account(text)
    assert "witness" in told.details
    assert told.crime_type == crime_type


def test_watching_it_happen_is_not_stalking():
    assert "stalking_described" not in read_account("watched my mate get stabbed").details


@pytest.mark.parametrize(
    "text",
    [
        # attacked with a friend there
        "me and my mate got jumped",
        "me and my mate got jumped, they stabbed him and cut my arm",
        # the one attacked, who saw it coming
        "i saw him coming at me with a knife",
        "i saw him coming at me with a knife and he stabbed me",
        "i got robbed, i saw everything",
        # a victim who gave a statement is not a witness
        "i was stabbed and gave a statement to the police",
        "i gave a statement against my ex",
        # a parent writing about their child
        "my son was stabbed outside school, he was in hospital for a week",
        "my boy got stabbed at school, hes 15",
        # a bereaved mother who was there
        "my son was stabbed and died, i was there, i saw it all",
        "my son was stabbed and he died",
        # writing for someone else
        "my friend was stabbed, im writing for him",
        # a child who saw abuse at home is a victim of domestic abuse, not a witness
        "i saw my dad hit my mum",
    ],
)
def test_these_are_not_witnesses(text):
    assert "witness" not in read_account(text).details, text


def test_the_one_attacked_keeps_their_injuries():
    told = read_account("me and my mate got jumped, they stabbed him and cut my arm")
    assert told.details >= HURT


def test_a_parent_and_a_bereaved_mother_are_read_as_before():
    son = read_account("my son was stabbed outside school, he was in hospital for a week")
    assert son.for_child and son.details >= HURT
    mother = read_account("my son was stabbed and died, i was there, i saw it all")
    assert mother.bereaved is True and mother.crime_type == "homicide"


def test_someone_writing_for_a_friend_still_writes_for_them():
    assert read_account("my friend was stabbed, im writing for him").for_someone_else


def test_a_threatened_witness_is_still_the_victim_of_the_threats():
    told = read_account(
        "i seen a stabbing outside the chicken shop last month n gave a statement to feds. now "
        "his mandem messaging me on insta saying we know where u live dont go court"
    )
    assert told.crime_type == "stalking_harassment" and "witness" in told.details


# -- 2. The result: a victim too, never "you were wounded" -------------------------------------


@pytest.mark.parametrize("text", [*KOFI, *JAMAL])
def test_a_witness_is_never_told_it_was_done_to_them(text):
    said = everything_said(text, fear_of_giving_evidence=False)
    assert "wounded" not in said
    assert "seriously hurt" not in said
    assert "most serious crime" not in said
    assert "likely to count as a victim too, because you saw it and it has affected you" in said


@pytest.mark.parametrize("text", [KOFI[0], JAMAL[0]])
def test_the_result_says_first_that_they_count_as_a_victim_too(text):
    result = build_result(answers_for(text, fear_of_giving_evidence=False))
    first = short_result(result)[0]
    assert first.startswith(
        "From what you've told me, you are likely to count as a victim too, because you saw it"
    )
    assert result.categories == []
    assert [r.rule_id for r in result.assessment.also] == ["saw_it_happen"]
    why = reasons_messages(result)
    assert why[0].startswith("Someone who saw a crime happen and has been affected by it")


def test_even_merged_with_the_friends_injuries_a_witness_is_not_wounded():
    # "my mate got stabbed" then "i seen it all": details merged over two messages.
    given = {
        "crime_type": "serious_violence",
        "account_details": ["injured", "serious_injury", "weapon", "witness"],
        "reported_to_police": True,
    }
    assessment = assess(given)
    assert "wounding_gbh_with_intent" not in {r.rule_id for r in assessment.reasons}
    assert assessment.also


@pytest.mark.parametrize(
    ("crime_type", "slots"),
    [
        ("sexual_offence", {}),
        ("terrorism", {}),
        ("attempted_murder", {}),
        ("human_trafficking", {}),
        ("assault", {"hate_motivated": True}),
    ],
)
def test_a_witness_is_not_put_in_the_victims_category_of_what_they_saw(crime_type, slots):
    given = {"crime_type": crime_type, "account_details": ["witness"], **slots}
    assessment = assess(given)
    assert assessment.categories == ()
    assert assessment.also


@pytest.mark.parametrize("text", [KOFI[0], JAMAL[0], JAMAL[1]])
def test_a_witness_afraid_of_giving_evidence_gets_the_special_measures_reason(text):
    result = build_result(answers_for(text, fear_of_giving_evidence=True))
    assert result.categories == ["intimidated"]
    (reason,) = result.assessment.reasons
    assert reason.rule_id == "witness_afraid"
    assert "special measures" in reason.text and "YJCEA 1999 s.17" in reason.reference
    said = "\n".join(reasons_messages(result))
    assert "you saw it and feel afraid or distressed about giving evidence" in said
    assert "wounded" not in said


def test_a_young_witness_is_still_vulnerable():
    result = build_result(answers_for(KOFI[0], age=16.0, under_18=True))
    assert result.categories == ["vulnerable"]
    assert result.assessment.also


def test_the_victim_with_a_friend_there_still_gets_the_wounding_reason():
    result = build_result(answers_for("me and my mate got jumped, they stabbed him and cut my arm"))
    assert "wounding_gbh_with_intent" in {r.rule_id for r in result.assessment.reasons}
    assert not result.assessment.also


def test_a_bereaved_mother_keeps_her_own_reason():
    result = build_result(answers_for("my son was stabbed and died, i was there, i saw it all"))
    assert [r.rule_id for r in result.assessment.reasons] == ["bereaved_close_relative"]
    assert not result.assessment.also


def test_someone_writing_for_a_witness_is_told_about_them():
    given = {**LONDON, "crime_type": "assault", "account_details": ["witness"]}
    result = build_result({**given, "for_someone_else": True})
    assert short_result(result)[0].startswith(
        "From what you've told me, they are likely to count as a victim too, because they saw "
        "it and it has affected them."
    )


# -- 3. The services: LVWS, the National Homicide Service, the Witness Service at court --------


@pytest.mark.parametrize("text", [*KOFI, *JAMAL])
def test_a_london_witness_gets_the_london_victim_and_witness_service(text):
    result = build_result(answers_for(text))
    assert "london-victim-and-witness-service" in result.referral_ids
    assert "redthread" not in result.referral_ids  # for young people who were hurt


def test_a_witness_to_a_killing_gets_the_national_homicide_service():
    result = build_result(
        answers_for("i saw my mate get stabbed, he died in hospital", bereaved=False)
    )
    assert result.referral_ids[0] == "national-homicide-service"
    assert "london-victim-and-witness-service" in result.referral_ids


def test_a_witness_who_needs_help_with_court_is_told_of_the_witness_service():
    result = build_result(answers_for(KOFI[0], needs=["court"]))
    first = short_result(result)[0]
    assert first.endswith(
        "If it goes to court, the Witness Service supports witnesses there, free."
    )
    assert len(first) <= 320
    no_court = short_result(build_result(answers_for(KOFI[0], needs=["emotional"])))[0]
    assert "Witness Service" not in no_court


def test_rights_for_a_witness_of_a_stabbing():
    result = build_result(answers_for(JAMAL[1]))
    lines = [e.text for e in result.entitlements]
    assert "If a knife or gun was used, you're eligible for special measures (Right 8)" in lines
    assert (
        "Compensation if you saw someone you love hurt, in 2 years, if reported (Right 5)" in lines
    )


# -- 4. The rules carry their sources ---------------------------------------------------------


def test_the_witness_rule_is_in_the_rules_file_with_its_statute_and_sources():
    (rule,) = load_code()["also_a_victim"]
    assert rule["id"] == "saw_it_happen"
    assert "s.1(1)(b), (2)(a) and (4)(a)" in rule["reference"]
    assert "29 January 2025" in rule["reference"] and "SI 2025/95" in rule["reference"]
    assert any("2024-21" in url or "2024%2F21" in url for url in rule["sources"])
    assert str(rule["checked"]) == "2026-12-01"
    assert all(url.startswith(("https://", "http://")) for url in rule["sources"])


def test_every_message_for_a_witness_fits_a_text():
    for text in [*KOFI, *JAMAL]:
        for fear in (True, False):
            result = build_result(answers_for(text, fear_of_giving_evidence=fear, needs=["court"]))
            for message in [*short_result(result), *reasons_messages(result)]:
                assert len(message) <= 320, message


# -- 5. The questions: a witness is not asked whether they were targeted -----------------------


def test_a_witness_is_not_asked_whether_they_were_targeted():
    from actions.skip_logic import questions_to_ask

    witness = {"crime_type": "serious_violence", "account_details": ["weapon", "witness"]}
    asked = questions_to_ask(witness)
    assert "hate_motivated" not in asked and "repeat_victimisation" not in asked
    assert "fear_of_giving_evidence" in asked
    threatened = {"crime_type": "stalking_harassment", "account_details": ["witness"]}
    assert "repeat_victimisation" in questions_to_ask(threatened)
    victim = {"crime_type": "serious_violence", "account_details": ["weapon", "injured"]}
    assert {"hate_motivated", "repeat_victimisation"} <= set(questions_to_ask(victim))


def test_a_witness_is_not_persistently_targeted_but_a_threatened_one_can_be():
    seen = {"crime_type": "assault", "account_details": ["witness"], "repeat_victimisation": True}
    assert assess(seen).categories == ()
    threatened = {**seen, "crime_type": "stalking_harassment"}
    assert assess(threatened).categories == ("persistently_targeted",)


def test_questions_not_asked_of_a_witness_are_not_called_skipped():
    from core.code_rules import format_reasons_message

    given = {
        "crime_type": "serious_violence",
        "account_details": ["weapon", "witness"],
        "bereaved": False,
        "under_18": False,
        "relationship_to_offender": "stranger",
        "impairment": False,
        "fear_of_giving_evidence": False,
        "reported_to_police": True,
    }
    said = " ".join(format_reasons_message(assess(given), given))
    assert "likely to count as a victim too" in said and "skipped" not in said


def test_the_records_keep_why_a_witness_counts_with_its_statute():
    result = build_result(answers_for(KOFI[0]))
    (kept,) = [r for r in result.reasons() if r["rule"] == "saw_it_happen"]
    assert kept["category"] == "also_a_victim"
    assert "Victims and Prisoners Act 2024 s.1(1)(b)" in kept["reference"]
