"""Round 29 (helper L): accounts the role-play showed were read wrong.

Each positive case quotes the role-player's message verbatim (transcripts in /tmp/roleplay/r29a..c);
near misses must keep their reading.
"""

from __future__ import annotations

import pytest

from actions.account import PREGNANT, read_account
from actions.answers import read_repeat_victimisation, read_reported_to_police
from core.vocabulary import plain

# -- 1. who did it, said but not read --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        # Siobhan (r29a/01)
        (
            "Hello, I'm sorry to bother you with this, I'm honestly not sure it's serious enough "
            "to count. My ex-husband and I divorced two years ago and for the last few months he "
            "keeps turning up outside my work, leaving flowers and notes on my car, and messaging "
            "me from new numbers whenever I block him. He's never threatened me as such. Is this "
            "something I should be reporting or am I overreacting?",
            "partner_or_ex",
        ),
        # Gary (r29a/04)
        (
            "right. neighbours 2 grown up sons have been chucking bricks at my van and "
            "threatening me over parking for MONTHS. police do f all. im about ready to go round "
            "there and sort them out myself",
            "someone_known",
        ),
        # Priya (r29a/05)
        ("My husband and his mother keep my passport and all my money", "partner_or_ex"),
        (
            "Hello. I am not sure if I should be writing here. My husband and his mother keep my "
            "passport and all my money, I am not allowed to have my own bank card, and they don't "
            "let me see my friends. He has never hit me. Is this abuse, or is this just a family "
            "problem?",
            "partner_or_ex",
        ),
        # Frank (r29b/06)
        ("My wife has dementia and lately she has become violent towards me", "partner_or_ex"),
        # Rosa (r29b/04)
        (
            "no now I am home. but tomorrow I go work in the house again. the husband of the "
            "family he touch me, my bunda, and he say things sexual when wife is not there. every "
            "week. I need this job",
            "someone_known",
        ),
        ("the patrão. the man of house I clean. I said", "someone_known"),
        # Chantelle (r29c/03)
        (
            "its my boyfriend, the babys dad. i need somewhere to go with her tonight",
            "partner_or_ex",
        ),
        # Marcus (r29b/01)
        (
            "38. its not a partner or wife. i didnt know him really. he was at the party and i "
            "stayed over and i woke up and he was. yeah",
            "someone_known",
        ),
        ("i told you. a guy from the party. friend of a friend", "someone_known"),
        # Lily (r29c/05)
        (
            "hi 😕 some ppl from my year made a fake insta with my pics and keep posting stuff",
            "someone_known",
        ),
        # Ellie (r29b/05)
        ("my ex has pics of me", "partner_or_ex"),
    ],
)
def test_who_did_it_is_read_from_the_account(text: str, offender: str) -> None:
    assert read_account(text).offender == offender


def test_siobhan_ex_husband_is_stalking_and_still_going_on() -> None:
    account = read_account(
        "My ex-husband and I divorced two years ago and for the last few months he keeps turning "
        "up outside my work, leaving flowers and notes on my car, and messaging me from new "
        "numbers whenever I block him."
    )
    assert account.crime_type == "stalking_harassment"
    assert account.within_12_months is True  # when they divorced is not when it happened


def test_gary_neighbours_sons_are_not_strangers() -> None:
    account = read_account(
        "right. neighbours 2 grown up sons have been chucking bricks at my van and threatening "
        "me over parking for MONTHS."
    )
    assert account.offender == "someone_known"
    assert account.repeat is True


def test_priya_husband_and_mother_in_law_is_domestic_abuse_not_trafficking() -> None:
    account = read_account("My husband and his mother keep my passport and all my money")
    assert account.crime_type == "domestic_abuse"
    assert "economic" in account.details
    whole = read_account(
        "Hello. I am not sure if I should be writing here. My husband and his mother keep my "
        "passport and all my money, I am not allowed to have my own bank card, and they don't let "
        "me see my friends. He has never hit me. Is this abuse, or is this just a family problem?"
    )
    assert whole.crime_type == "domestic_abuse"


def test_frank_wife_with_dementia_violent_is_domestic_abuse_and_not_his_impairment() -> None:
    account = read_account(
        "Good afternoon. I am not entirely sure this is the right place. My name is Frank. My wife "
        "has dementia and lately she has become violent towards me. I do not wish to get her into "
        "any trouble."
    )
    assert account.offender == "partner_or_ex"
    assert account.crime_type == "domestic_abuse"
    assert account.impairment is None


def test_frank_as_her_carer_is_not_the_carer_who_harmed_nor_impaired() -> None:
    account = read_account(
        "Help coping, I suppose. Someone who understands dementia. I am her only carer and I am "
        "very tired. I do not want her taken away or the police involved."
    )
    assert account.impairment is None
    assert account.offender is None
    assert "carer" not in account.details
    assert account.reported is not True


def test_rosa_touched_by_the_man_of_the_house_is_sexual_offence_by_someone_known() -> None:
    account = read_account(
        "no now I am home. but tomorrow I go work in the house again. the husband of the family he "
        "touch me, my bunda, and he say things sexual when wife is not there. every week. I need "
        "this job"
    )
    assert account.crime_type == "sexual_offence"
    assert account.offender == "someone_known"


def test_chantelle_first_message_names_nobody_and_her_baby_is_not_a_pregnancy() -> None:
    account = read_account(
        "he punched me in the face tnight and went out hes back in like an hour can i get in a "
        "refuge tonite i got my baby shes 9 months pls"
    )
    assert account.offender is None
    assert "pregnant" not in account.details
    assert account.within_12_months is not False  # "back in like an hour" is not "back in 2015"
    assert not PREGNANT.search(
        plain(
            "wat?? im not pregnant shes 9 MONTHS OLD shes a baby. she's fine hes never touched her"
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "im 5 months pregnant and he pushed me",
        "shes 7 months pregnant and he pushed her",
        "he pushed me down the stairs and im 5 months",
        "I'm pregnant, is the baby ok",
    ],
)
def test_a_pregnancy_is_still_read(text: str) -> None:
    assert "pregnant" in read_account(text).details


def test_lily_people_from_her_year_fake_account_is_online_abuse() -> None:
    first = read_account(
        "hi 😕 some ppl from my year made a fake insta with my pics and keep posting stuff"
    )
    assert first.crime_type == "online_abuse"
    assert first.offender == "someone_known"
    second = read_account(
        "the fake account says im a sl*t and stuff and they put in comments that they gonna jump "
        "me after school 😭"
    )
    assert second.crime_type == "online_abuse"


@pytest.mark.parametrize(
    ("text", "offender"),
    [
        # Round 10's class: a partner or relative named, but not doing it.
        ("my wife told me to report it", None),
        ("my dad doesn't know yet", None),
        ("me and my girlfriend were attacked by two lads", None),
        ("my wife told me to report it because he keeps following me", None),
        ("my husband was attacked and then he ran off", None),
        ("my neighbours son was stabbed last night", None),
        ("my friends brother helped me report it", None),
        ("my boyfriend was at the party when it happened", None),
        ("some people from my year are really nice to me", None),
        # Someone else named between the ex and "he": the neighbour did it.
        (
            "my ex and i split up last year and now my neighbour keeps threatening me, he is "
            "horrible",
            "someone_known",
        ),
        ("My mum has dementia and a man keeps ringing her for money", None),
    ],
)
def test_a_partner_or_relative_named_beside_it_is_not_who_did_it(
    text: str, offender: str | None
) -> None:
    assert read_account(text).offender == offender


def test_the_writers_own_condition_is_still_read() -> None:
    assert read_account("I have dementia and my carer takes my money").impairment is True
    assert read_account("i am a carer for my mum and i have ptsd").impairment is True
    assert read_account("I have dementia").impairment is True
    # A relative's condition is not the writer's when that relative harmed them ...
    assert read_account("my sister has autism and she gets violent").impairment is None
    # ... but is kept when the account is about them (Helen, round 22: her mother in a home).
    assert (
        read_account(
            "Hi, I'm not sure if this is the right place. My mum is 86 and has dementia, she's in "
            "a care home in Richmond. Twice now I've found bruises on her arms, like finger "
            "marks, and the staff just say she fell."
        ).impairment
        is True
    )
    # An abusive carer is still read as one.
    assert read_account("my carer hits me").offender == "someone_known"


# -- 2. a romance scam is not a partner ------------------------------------------------------


def test_dorothy_man_from_a_dating_site_is_fraud_not_a_partner() -> None:
    # Dorothy (r29a/07)
    account = read_account(
        "Hello dear. I am not very good with these things so please bear with me. I met a "
        "gentleman called Richard on a dating website over a year ago and I have sent him about "
        "£30,000 altogether for his medical bills. My bank now says it was a scam but I am not at "
        "all sure he wasn't real. I feel very foolish."
    )
    assert account.crime_type == "fraud"
    assert account.offender in ("someone_known", "stranger")
    answer = read_account(
        "Well, I suppose he is someone I know, or I thought I did. We never actually met in "
        "person. Should I tell my son? He will be so cross with me."
    )
    assert answer.offender in ("someone_known", "stranger")


@pytest.mark.parametrize(
    "text",
    [
        "my online boyfriend took all my savings, we never actually met in person",
        "i thought he was my boyfriend, he took all my savings",
        "my boyfriend from the dating app keeps asking for money, we have never met in person",
    ],
)
def test_a_boyfriend_never_met_is_not_a_partner(text: str) -> None:
    account = read_account(text)
    assert account.offender != "partner_or_ex"
    assert account.crime_type != "domestic_abuse"


def test_a_date_met_online_is_someone_known() -> None:
    account = read_account("I met him on hinge and he raped me")
    assert account.crime_type == "sexual_offence"
    assert account.offender == "someone_known"


# -- 3. reported or not ----------------------------------------------------------------------


def test_frank_not_wanting_the_police_involved_is_not_a_report() -> None:
    text = "I do not want her taken away or the police involved"
    assert read_account(text).reported is not True
    assert read_reported_to_police(text).value is not True
    assert read_account("I do not want the police involved").reported is False


def test_hugh_reported_to_action_fraud_is_reported() -> None:
    assert read_account("Reported to Action Fraud, got a reference.").reported is True
    text = "Stop telling me to call my bank! Reported to Action Fraud, got a reference. Nobody's rung me back."  # noqa: E501
    assert read_account(text).reported is True
    assert read_reported_to_police(text).value is True


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        ("the police are involved now", True),
        ("i reported it to the police last week", True),
        ("not reported to the police yet", False),
        ("i havent told the police", False),
    ],
)
def test_reported_near_misses(text: str, reported: bool) -> None:
    assert read_account(text).reported is reported


# -- 5. a witness threatened -----------------------------------------------------------------


def test_bukola_witness_threatened_is_harassment_not_the_stabbing() -> None:
    # Bukola (r29c/07)
    first = read_account(
        "Hello, I'm not sure if this is for me. I saw a boy get stabbed outside my block in "
        "August and I gave a statement to police. Now the family of the one who did it are "
        "hanging around outside my flat staring at me, and yesterday one of them said we know "
        "where your kids go to school. I'm so scared. I don't want to go to court anymore"
    )
    assert first.crime_type == "stalking_harassment"
    later = read_account(
        "36. but the attack wasnt on me, I just saw it. its the threats now that are happening to "
        "me"
    )
    assert later.crime_type == "stalking_harassment"


def test_a_witness_not_threatened_keeps_the_crime_they_saw() -> None:
    account = read_account("I saw a boy get stabbed and I gave a statement to the police")
    assert account.crime_type == "serious_violence"


# -- 6. "again" that is not being targeted again ---------------------------------------------


def test_leon_its_me_again_is_not_repeat() -> None:
    # Leon (r29a/06)
    text = (
        "its me again. mum stop taking the phone. nah never seen them before. but they go to the "
        "school near the station i think"
    )
    assert read_account(text).repeat is not True
    assert read_repeat_victimisation(text).value is not True


def test_nat_not_them_is_not_a_yes() -> None:
    # Nat (r29b/07), answering "has it happened more than once?"
    text = (
        "not them. im a trans woman btw not non binary. and what do i do if they misgender me "
        "again, can i ask for someone else"
    )
    assert read_account(text).repeat is not True
    assert read_repeat_victimisation(text).value is not True
    assert read_repeat_victimisation("not them. im a trans woman btw").value is not True


@pytest.mark.parametrize(
    "text",
    [
        "he hit me again",
        "they were messaging me again last night",
        "hes at me again",
        "she called me again",
        "yes loads but never my face before",
    ],
)
def test_again_is_still_read(text: str) -> None:
    assert read_repeat_victimisation(text).value is True


# -- further round-29 findings in the same area ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Nat (r29b/07): her corrections were read as "more than once".
        "no its NOT more than once, fix that. and yes pass my details to galop, tell them my name "
        "is Nat, she/her",
        "nat.k@example.com and it is Nat, she/her. did you fix the more than once thing",
    ],
)
def test_nat_not_more_than_once_is_not_repeat(text: str) -> None:
    assert read_account(text).repeat is not True
    assert read_repeat_victimisation(text).value is not True


def test_more_than_once_is_still_repeat() -> None:
    assert read_account("it has happened more than once").repeat is True
    assert read_repeat_victimisation("yes more than once").value is True


def test_nat_asking_about_a_hate_crime_is_not_race_hate() -> None:
    # Nat (r29b/07): a trans woman asking whether it will be recorded as a hate crime.
    account = read_account(
        "strangers. two of them. if i report will the police actually record it as a hate crime "
        "or just a scuffle"
    )
    assert "race" not in account.hate_strands
    assert read_account("it was a hate crime").hate is True


def test_a_condition_of_the_one_they_write_for_is_still_read() -> None:
    account = read_account(
        "Good afternoon. I am writing on behalf of my husband Tom, he is 64 and has dementia."
    )
    assert account.for_someone_else is True
    assert account.impairment is True


def test_chantelle_baby_never_touched_is_not_a_sexual_offence() -> None:
    text = (
        "wat?? im not pregnant shes 9 MONTHS OLD shes a baby. she's fine hes never touched her. "
        "i asked what do i bring to a refuge"
    )
    assert read_account(text).crime_type != "sexual_offence"
    assert read_account("he touched me on the bus").crime_type == "sexual_offence"


def test_rosa_the_patrao_answers_who_did_it() -> None:
    from actions.answers import read_relationship

    assert read_relationship("the patrão. the man of house I clean. I said").value == (
        "someone_known"
    )
