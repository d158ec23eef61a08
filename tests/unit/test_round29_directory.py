"""Round 28 role-play: people for whom no fitting specialist service was offered (round 29, H).

Olu (son killed by a drunk driver) was offered SAMM and the National Homicide Service, both for
murder or manslaughter, and no road victims' service; Amara (a domestic worker whose employers
keep her passport), Nikita (sister of a stabbed 22-year-old) and Grace (mother of a son on
drugs) had nothing for their situation. The accounts are read with ``read_account`` and matched
with the real directory, as the result does.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.account import read_account
from referrals.directory import Organisation, load_directory
from referrals.matching import explain_match, match_organisations, more_organisations

LONG = 8


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def answers_from_words(said: list[str], **slots: Any) -> dict[str, Any]:
    """The answers after these messages: the account's facts, merged, then the given slots."""
    answers: dict[str, Any] = {}
    details: list[str] = []
    for text in said:
        for key, value in read_account(text).facts().items():
            if key == "account_details":
                details += [d for d in sorted(read_account(text).details) if d not in details]
            elif value is not None and answers.get(key) is None:
                answers[key] = value
    if details:
        answers["account_details"] = details
    answers.update(slots)
    return answers


def ids(answers: dict[str, Any], organisations: list[Organisation]) -> list[str]:
    return [org.id for org in match_organisations(answers, organisations, limit=LONG)]


def shown(answers: dict[str, Any], organisations: list[Organisation]) -> list[str]:
    return [org.id for org in match_organisations(answers, organisations)]


# ------------------------------------------------------------------------ road deaths ----

OLU = [
    "Good afternoon. My son Tunde was killed by a drunk driver in April. The man has now been "
    "charged. I would like to know what help there is for families like ours and how the court "
    "case will work.",
    "A stranger. He was driving over the limit and hit Tunde on his motorbike on Brixton Hill. "
    "The police family liaison officer told us he is charged with causing death by careless "
    "driving while over the limit.",
]
OLU_SLOTS = {
    "age": 60,
    "borough": "lambeth",
    "language": "english",
    "needs": ["court", "emotional"],
}


def test_a_father_whose_son_was_killed_by_a_drunk_driver_gets_brake_first(organisations):
    answers = answers_from_words(OLU, **OLU_SLOTS)
    assert "road_crash" in answers["account_details"]
    assert shown(answers, organisations)[0] == "brake-national-road-victim-service"


def test_a_road_death_is_not_offered_the_murder_and_manslaughter_services(organisations):
    answers = answers_from_words(OLU, **OLU_SLOTS)
    offered = ids(answers, organisations)
    assert "samm" not in offered
    assert "national-homicide-service" not in offered
    samm = next(org for org in organisations if org.id == "samm")
    assert "not by a death on the road" in explain_match(answers, samm)


def test_his_reply_that_it_was_a_road_crash_is_read_as_one():
    said = (
        "It was not murder, it was a road crash. Is there anything for families after a road "
        "death? Someone mentioned RoadPeace."
    )
    assert "road_crash" in read_account(said).details


def test_a_murder_still_gets_samm_and_the_homicide_service_not_brake(organisations):
    said = ["my brother was stabbed and he died, they are calling it murder"]
    offered = ids(answers_from_words(said, age=30, borough="lambeth"), organisations)
    assert "national-homicide-service" in offered
    assert "brake-national-road-victim-service" not in offered


@pytest.mark.parametrize(
    "said",
    [
        "my daughter was hit by a car on the zebra crossing and the driver didnt stop",
        "a hit and run, my brother is in hospital with a broken leg",
        "my husband was killed by a lorry driver who was on his phone",
        "he was charged with death by dangerous driving",
        "i was knocked down by a drink driver and broke my hip",
    ],
)
def test_deaths_and_injuries_caused_by_drivers_are_road_crashes(said):
    assert "road_crash" in read_account(said).details


@pytest.mark.parametrize(
    "said",
    [
        "someone stole my car and drove off",
        "he punched me and drove off",
        "my parked car was hit by a van",
        "the taxi driver hit me",
        "he knocked me down and took my phone",
        "they broke into my car and took the radio",
        "he tried to run me over on purpose after we argued",
        "my cousin was killed by the car bomb",
    ],
)
def test_a_car_theft_or_a_driver_who_punched_is_not_a_road_crash(said):
    assert "road_crash" not in read_account(said).details


# ------------------------------------------------------------- migrant domestic worker ----

AMARA = [
    "hello please i need help. the family i work for they keep my passport and i work from 6am "
    "to 10pm every day. they pay me 200 pounds a month. i cannot leave",
]


def test_a_domestic_worker_whose_employers_keep_her_passport_gets_kalayaan(organisations):
    answers = answers_from_words(
        AMARA, age=36, borough="lewisham", gender="woman", language="english"
    )
    assert answers["crime_type"] == "human_trafficking"
    assert "kalayaan" in shown(answers, organisations)


@pytest.mark.parametrize(
    "said",
    ["i work in the family business and my brother hit me", "my nanny hit me"],
)
def test_family_business_or_a_grandmother_is_not_domestic_work(said):
    assert "domestic_worker" not in read_account(said).details


# ----------------------------------------------------------------- young people stabbed ----

NIKITA = [
    "hi im writing for my little brother hes 22 he got stabbed on tuesday in harlesden hes in "
    "st marys hospital. we're all terrified they'll come back for him or for us",
]


def test_the_sister_of_a_stabbed_22_year_old_gets_redthread(organisations):
    answers = answers_from_words(NIKITA, borough="brent", language="english")
    assert answers["age"] == 22
    assert "redthread" in ids(answers, organisations)


def test_redthread_is_not_for_an_older_man_stabbed_or_someone_outside_london(organisations):
    older = answers_from_words(NIKITA, borough="brent")
    older["age"] = 40
    assert "redthread" not in ids(older, organisations)
    away = answers_from_words(NIKITA, borough="outside_london")
    assert "redthread" not in ids(away, organisations)


# ----------------------------------------------------------------- a son on drugs ----

GRACE = [
    "He isn't here at the moment, he comes and goes. I'm sorry this is long. He is 35 and he has "
    "been using drugs for a few years now, I think it's crack but I don't really know. He takes "
    "money from my purse and from my bank card, and last week when I said no he pushed me and I "
    "fell over in the kitchen and hurt my wrist. He didn't mean it I'm sure, he was in a state.",
]


def test_a_mother_whose_son_uses_drugs_and_pushed_her_gets_adfam(organisations):
    answers = answers_from_words(
        GRACE,
        relationship_to_offender="family_member",
        age=66,
        borough="croydon",
        gender="woman",
        language="english",
    )
    assert "family_substance_use" in answers["account_details"]
    assert "adfam" in ids(answers, organisations)


def test_adfam_is_not_for_a_partners_drinking_nor_a_stranger_on_drugs(organisations):
    partner = answers_from_words(
        ["my husband hits me when hes drunk"], relationship_to_offender="partner_or_ex"
    )
    assert "adfam" not in ids(partner, organisations)
    stranger = answers_from_words(
        ["i think they were on drugs, they mugged me"], relationship_to_offender="stranger"
    )
    assert "adfam" not in ids(stranger, organisations)


# ------------------------------------------------------------- nobody else gets them ----

NEW = {"brake-national-road-victim-service", "kalayaan", "redthread", "adfam", "lawrs"}


@pytest.mark.parametrize(
    ("said", "slots"),
    [
        (["someone broke into my house and took my laptop"], {"age": 45, "borough": "hackney"}),
        (
            ["my boyfriend hits me and checks my phone"],
            {"age": 30, "borough": "camden", "gender": "woman", "language": "english"},
        ),
        (["i was mugged, two men took my phone and punched me"], {"age": 24, "borough": "brent"}),
        (["i was mugged, two men took my phone and punched me"], {"age": 52, "borough": "brent"}),
        (["someone stole my car and drove off"], {"age": 35, "borough": "ealing"}),
    ],
)
def test_the_new_services_are_not_offered_to_others(organisations, said, slots):
    answers = answers_from_words(said, **slots)
    assert not NEW & set(ids(answers, organisations))
    assert not NEW & {org.id for org in more_organisations(answers, organisations, [], limit=LONG)}


def test_a_burglary_at_a_house_she_cleans_is_not_for_kalayaan(organisations):
    answers = answers_from_words(["the house i clean in was burgled"], age=40, borough="lambeth")
    assert "kalayaan" not in ids(answers, organisations)


# ------------------------------------------------ a Brazilian cleaner (round 29, Rosa) ----

ROSA = [
    "ola, sorry my english. I am cleaner, I need ask something but I dont want police",
    "no now I am home. but tomorrow I go work in the house again. the husband of the family he "
    "touch me, my bunda, and he say things sexual when wife is not there. every week. I need "
    "this job",
    "the patrão. the man of house I clean. I said",
]


def test_a_cleaner_touched_by_the_man_of_the_house_gets_lawrs_and_kalayaan(organisations):
    answers = answers_from_words(
        ROSA, age=40, borough="lambeth", gender="woman", language="portuguese"
    )
    offered = ids(answers, organisations)
    assert "lawrs" in offered
    assert "kalayaan" in offered


def test_lawrs_is_only_for_women_who_asked_for_spanish_or_portuguese(organisations):
    english = answers_from_words(
        ROSA, age=40, borough="lambeth", gender="woman", language="english"
    )
    assert "lawrs" not in ids(english, organisations)
    unknown = answers_from_words(ROSA, age=40, borough="lambeth", gender="woman")
    assert "lawrs" not in ids(unknown, organisations)
    lawrs = next(org for org in organisations if org.id == "lawrs")
    assert "Portuguese or Spanish" in explain_match(english, lawrs)
