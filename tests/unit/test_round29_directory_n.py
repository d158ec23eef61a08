"""Round 29 role-play: services that fit or do not fit (round 29, helper N).

Marcus (a man raped by a man) was offered no service for male survivors: SurvivorsUK had no
contact details. Frank (hit by his wife, who has dementia; he is her carer) was offered no
dementia help. Gary (neighbour's sons throwing bricks at his van and threatening him) was given
the stalking services instead of the council's anti-social behaviour team. The accounts are read
with ``read_account`` and matched with the real directory, as the result does.
"""

from __future__ import annotations

from typing import Any

import pytest

from actions.account import read_account
from referrals.directory import Organisation, load_directory
from referrals.matching import explain_match, gender_question_needed, match_organisations

LONG = 8
STALKING = {"national-stalking-helpline", "paladin", "london-stalking-support-service"}


@pytest.fixture(scope="module")
def organisations() -> list[Organisation]:
    return load_directory()


def answers_from_words(said: list[str], **slots: Any) -> dict[str, Any]:
    """The answers after these messages: the account's facts, merged, then the given slots."""
    answers: dict[str, Any] = {}
    details: list[str] = []
    for text in said:
        account = read_account(text)
        for key, value in account.facts().items():
            if key == "account_details":
                details += [d for d in sorted(account.details) if d not in details]
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


# ------------------------------------------------------------- male survivors (Marcus) ----

MARCUS = [
    "something happened after a party. a guy. i dont know if it counts",
    "38. its not a partner or wife. i didnt know him really. he was at the party and i stayed "
    "over and i woke up and he was. yeah",
]
MARCUS_SLOTS = {
    "crime_type": "sexual_offence",
    "age": 38,
    "borough": "greenwich",
    "gender": "man",
    "relationship_to_offender": "someone_known",
    "needs": ["emotional", "health"],
    "language": "english",
    "within_12_months": True,
}


def test_survivors_uk_can_now_be_reached_on_its_own_site(organisations):
    survivors = next(org for org in organisations if org.id == "survivors-uk")
    assert survivors.has_contact
    assert survivors.contact.web == "https://www.survivorsuk.org"
    assert any("survivorsuk.org" in source for source in survivors.source)


def test_a_man_raped_by_a_man_is_shown_survivors_uk(organisations):
    answers = answers_from_words(MARCUS, **MARCUS_SLOTS)
    assert "survivors-uk" in shown(answers, organisations)
    assert "galop-lgbt-helpline" not in shown(answers, organisations)


def test_marcus_is_asked_his_gender_since_it_now_changes_the_services(organisations):
    # He never said it in words the bot reads; the one gender question finds it out.
    answers = answers_from_words(MARCUS, **{**MARCUS_SLOTS, "gender": None})
    assert gender_question_needed(answers, organisations)


def test_a_woman_raped_is_not_offered_survivors_uk(organisations):
    answers = answers_from_words(MARCUS, **{**MARCUS_SLOTS, "gender": "woman"})
    offered = ids(answers, organisations)
    assert "survivors-uk" not in offered
    assert "rape-crisis-247-support-line" in shown(answers, organisations)


def test_a_man_mugged_is_not_offered_survivors_uk(organisations):
    answers = answers_from_words(
        ["two lads mugged me on the high street and took my phone"],
        age=38,
        borough="greenwich",
        gender="man",
    )
    assert answers["crime_type"] == "robbery"
    assert "survivors-uk" not in ids(answers, organisations)


# ------------------------------------------------------------- dementia (Frank) ----

FRANK = [
    "Good afternoon. I am not entirely sure this is the right place. My name is Frank. My wife "
    "has dementia and lately she has become violent towards me. I do not wish to get her into "
    "any trouble.",
    "Not at this moment, no. She is asleep. But she hit me with her hand several times this "
    "week and yesterday she threw a cup at me. I have bruises on my arm.",
    "Help coping, I suppose. Someone who understands dementia. I am her only carer and I am "
    "very tired. I do not want her taken away or the police involved.",
]
FRANK_SLOTS = {
    "age": 69,
    "borough": "sutton",
    "gender": "man",
    "relationship_to_offender": "partner_or_ex",
    "needs": ["emotional"],
    "language": "english",
}


def test_a_husband_hit_by_his_wife_who_has_dementia_is_shown_dementia_uk(organisations):
    answers = answers_from_words(FRANK, **FRANK_SLOTS)
    assert "offender_dementia" in answers["account_details"]
    assert shown(answers, organisations)[0] == "dementia-uk-helpline"
    dementia = next(org for org in organisations if org.id == "dementia-uk-helpline")
    assert dementia.contact.phone == "0800 888 6678"
    assert "dementia" in explain_match(answers, dementia)


def test_adult_safeguarding_is_offered_to_frank_only_as_before(organisations):
    # The dementia line changes nothing else: safeguarding still follows the carer detail.
    answers = answers_from_words(FRANK, **FRANK_SLOTS)
    without = {**answers, "account_details": [d for d in answers["account_details"]]}
    without["account_details"].remove("offender_dementia")
    before = "council-adult-safeguarding" in ids(without, organisations)
    assert ("council-adult-safeguarding" in ids(answers, organisations)) == before


@pytest.mark.parametrize(
    "said",
    [
        "mum has alzheimers and she hit me",
        "its his dementia, he doesnt know what hes doing when he lashes out",
        "my husband was diagnosed with dementia last year and now he shoves me",
        "My wife, who has vascular dementia, scratched my face",
    ],
)
def test_dementia_in_the_one_who_did_it_is_read(said):
    assert "offender_dementia" in read_account(said).details


@pytest.mark.parametrize(
    "said",
    [
        "I have dementia and someone stole my purse",
        "my husband hit me again last night",
        "my wife pushed me down the stairs, she has been drinking",
        "I work in a dementia care home and a man stole my car",
    ],
)
def test_own_dementia_or_a_partner_who_is_not_ill_is_not_read_as_offender_dementia(said):
    assert "offender_dementia" not in read_account(said).details


def test_a_partner_who_is_not_ill_gets_no_dementia_line(organisations):
    answers = answers_from_words(
        ["my husband hit me again last night, I have bruises on my arm"],
        age=69,
        borough="sutton",
        gender="woman",
    )
    assert "dementia-uk-helpline" not in ids(answers, organisations)


def test_a_burglary_by_strangers_while_my_husband_has_dementia_gets_no_dementia_line(
    organisations,
):
    answers = answers_from_words(
        ["someone broke into our house while we slept, my husband has dementia"],
        age=70,
        borough="sutton",
        relationship_to_offender="stranger",
    )
    assert "offender_dementia" in answers["account_details"]
    assert "dementia-uk-helpline" not in ids(answers, organisations)


# ------------------------------------------------------------ neighbours (Gary) ----

GARY = [
    "right. neighbours 2 grown up sons have been chucking bricks at my van and threatening me "
    "over parking for MONTHS. police do f all. im about ready to go round there and sort them "
    "out myself",
    "not this second no. theyre next door tho so whos to say. last week the big one said hed "
    "do my legs. i got a bad heart, my chest goes tight every time i see em",
    "ffs i TOLD you. the neighbours sons. next door. are you a robot or what",
]
GARY_SLOTS = {
    "age": 58,
    "borough": "bexley",
    "gender": "man",
    "relationship_to_offender": "someone_known",
    "language": "english",
}


def test_neighbours_threatening_and_damaging_his_van_get_no_stalking_services(organisations):
    answers = answers_from_words(GARY, **GARY_SLOTS)
    assert answers["crime_type"] == "stalking_harassment"
    assert "neighbour" in answers["account_details"]
    assert not STALKING & set(ids(answers, organisations))


def test_neighbours_threatening_him_get_the_councils_asb_team_for_his_borough(organisations):
    answers = answers_from_words(GARY, **GARY_SLOTS)
    offered = match_organisations(answers, organisations)
    assert offered[0].id == "council-asb-team"
    assert offered[0].contact.web == "https://www.bexley.gov.uk/"


def test_stalking_by_an_ex_still_gets_the_stalking_helpline(organisations):
    answers = answers_from_words(
        ["my ex keeps turning up at my work and following me home, he messages me constantly"],
        age=30,
        borough="bexley",
        gender="woman",
    )
    offered = ids(answers, organisations)
    assert "national-stalking-helpline" in offered
    assert "council-asb-team" not in offered


def test_an_ex_who_lives_next_door_and_harasses_her_still_gets_stalking_services(organisations):
    answers = answers_from_words(
        ["my ex lives next door now and keeps harassing me"],
        age=30,
        borough="bexley",
        gender="woman",
        relationship_to_offender="partner_or_ex",
    )
    assert "national-stalking-helpline" in ids(answers, organisations)
    assert "council-asb-team" not in ids(answers, organisations)


def test_a_neighbour_who_follows_and_watches_her_is_stalking(organisations):
    answers = answers_from_words(
        ["my neighbour keeps watching me and follows me to the bus stop every morning"],
        age=30,
        borough="bexley",
        gender="woman",
    )
    assert "stalking_described" in answers["account_details"]
    assert "national-stalking-helpline" in ids(answers, organisations)


def test_the_asb_team_is_not_for_a_burglary(organisations):
    answers = answers_from_words(
        ["someone broke in while we were out, my neighbour saw them run off"],
        age=40,
        borough="bexley",
    )
    assert "council-asb-team" not in ids(answers, organisations)


# ------------------------------------------------------------ Deaf (Hannah) ----


def test_no_deaf_service_is_offered_for_a_burglary_of_a_hearing_person(organisations):
    answers = answers_from_words(
        ["someone broke in last night and took my laptop"], age=40, borough="hackney"
    )
    offered = {org.id for org in match_organisations(answers, organisations, limit=LONG)}
    deaf = {org.id for org in organisations if "deaf" in org.serves.communities}
    assert not offered & deaf


def test_a_stranger_seen_by_a_neighbour_is_not_a_neighbour_dispute(organisations):
    answers = answers_from_words(
        ["a man i didnt know smashed my car window, my neighbour saw him do it"],
        age=40,
        borough="bexley",
        relationship_to_offender="stranger",
    )
    assert "neighbour" in answers["account_details"]
    assert "council-asb-team" not in ids(answers, organisations)
