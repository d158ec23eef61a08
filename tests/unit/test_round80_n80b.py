"""Round 80, helper n80b: what happened and who (crime types, and whose facts)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_crime_type
from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn
from referrals.matching import match_organisations
from tests.unit.test_assessment_form import run_validation

# -- Darren (r80c): harassment by neighbours, "im not being stalked" ---------------------------

_DARREN = {
    "consent": True, "in_danger": False, "crime_type": "criminal_damage",
    "relationship_to_offender": "someone_known", "account_details": ["neighbour", "weapon"],
}  # fmt: skip


async def test_darren_not_just_damage_its_harassment_keeps_the_neighbours(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, requested_slot="reported_to_police", intent="inform", slots=_DARREN,
        text="not yet for the brick. rang 101 months ago about the abuse and nothing happened. "
        "its not just damage its harrassment mate, been going on since like june",
    )  # fmt: skip
    assert slots.get("crime_type") == "stalking_harassment"


async def test_darren_not_being_stalked_is_no_stalking(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, requested_slot="impairment", intent="deny",
        slots={**_DARREN, "crime_type": "stalking_harassment", "repeat_victimisation": True},
        text="no. im not being stalked tho its the neighbours",
    )  # fmt: skip
    assert "stalking_described" not in (slots.get("account_details") or _DARREN["account_details"])


def test_darren_results_have_the_council_not_the_stalking_services():
    answers = {
        **_DARREN, "crime_type": "stalking_harassment", "repeat_victimisation": True,
        "age": 44.0, "borough": "havering",
    }  # fmt: skip
    found = [org.id for org in match_organisations(answers)]
    assert "council-asb-team" in found
    assert "paladin" not in found and "national-stalking-helpline" not in found


@pytest.mark.parametrize(
    "text",
    [
        "no. im not being stalked tho its the neighbours",
        "stalking?? im not being stalked. its antisocial neighbours. can the council do anything?",
    ],
)
def test_darren_not_being_stalked_is_no_stalking_described(text):
    assert "stalking_described" not in read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "hes been following me home from work for weeks",
        "my ex keeps turning up at my flat, he is stalking me",
        "im being stalked by my ex",
    ],
)
def test_stalking_told_is_still_described(text):
    assert "stalking_described" in read_account(text).details


# -- Aliyah (r80a): "that's grooming isn't it?" asked, "he didnt touch her" denied ------------

_ALIYAH_MUM = (
    "this is her mum now. no its not that. I want to know what the police will actually do, "
    "she's 17 and this man asked her to get in his car, that's grooming isn't it?"
)
_ALIYAH_DENIAL = (
    "no. wait why did you change it to sexual offence, he didnt touch her. he followed her and "
    "tried to get her in the car. I just meant is he grooming her"
)
_ALIYAH_AGAIN = (
    "I told you it is NOT a sexual offence he never touched her. why are you sending me to a "
    "sexual assault centre?? its a man following her in a car"
)


def test_aliyah_grooming_asked_is_not_a_sexual_offence_told():
    assert read_account(_ALIYAH_MUM).crime_type != "sexual_offence"
    assert read_crime_type(_ALIYAH_MUM).value != "sexual_offence"
    assert "crime_type" not in corrections(_ALIYAH_MUM, {"crime_type": "stalking_harassment"})


@pytest.mark.parametrize("text", [_ALIYAH_DENIAL, _ALIYAH_AGAIN])
def test_aliyah_sexual_offence_denied_is_stalking(text):
    known = {"crime_type": "sexual_offence", "for_child": True, "account_details": []}
    assert corrections(text, known).get("crime_type") == "stalking_harassment"


@pytest.mark.parametrize(
    "text",
    [
        "he groomed her online for months",
        "hes grooming my daughter, he sends her messages every night",
        "he touched her on the bus",
        "my daughter was sexually assaulted",
    ],
)
def test_grooming_and_sexual_offences_told_are_still_read(text):
    assert read_account(text).crime_type == "sexual_offence"


async def test_aliyah_denial_is_said_back_as_stalking(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, requested_slot="needs", intent="inform", text=_ALIYAH_DENIAL,
        slots={"consent": True, "in_danger": False, "crime_type": "sexual_offence",
               "for_child": True, "age": 17.0, "under_18": True, "reported_to_police": False,
               "relationship_to_offender": "stranger", "impairment": False,
               "account_details": ["stalking_described"]},
    )  # fmt: skip
    assert slots.get("crime_type") == "stalking_harassment"
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "stalking or harassment" in said


# -- Farah (r80c): her in-laws hold her passport; "no not trafficking. its family" ----------------

_FARAH = (
    "not right now they are out. my husbands family dont let me go out alone. my mother in law "
    "has my passport"
)


def test_farah_in_laws_holding_her_passport_is_abuse_by_family():
    said = read_account(_FARAH)
    assert said.crime_type == "domestic_abuse"
    assert said.offender == "family_member"


async def test_farah_not_trafficking_its_family_is_said_back(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, requested_slot="reported_to_police", intent="deny",
        text="no not trafficking. its family. my in laws. i live with them and my husband",
        slots={"consent": True, "in_danger": False, "crime_type": "human_trafficking",
               "account_details": ["labour_told"]},
    )  # fmt: skip
    assert slots.get("crime_type") == "domestic_abuse"
    said = " ".join(m.get("text") or "" for m in dispatcher.messages)
    assert "domestic abuse" in said or "family" in said


@pytest.mark.parametrize(
    "text",
    [
        "my uncle brought me to the uk and makes me work in his shop for no money, he has my "
        "passport",
        "my boss has my passport and doesnt pay me",
        "i was trafficked to london, they took my passport",
    ],
)
def test_trafficking_told_is_still_trafficking(text):
    assert read_account(text).crime_type == "human_trafficking"


# -- Tom (r80a): knocked over and his wallet taken ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello. My daughter said to use this. I was knocked over by three youngsters on bikes "
        "outside the shops in Welling and they took my wallet.",
        "three teenagers on bikes knocked me over and took my wallet",
    ],
)
def test_tom_knocked_over_and_robbed_is_robbery(text):
    assert read_account(text).crime_type == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "i was knocked over by a car on the crossing and the driver didnt stop",
        "my wallet was stolen from my bag on the bus",
    ],
)
def test_other_falls_and_thefts_are_not_robbery(text):
    assert read_account(text).crime_type != "robbery"


# -- Arjun (r80b): Priya's language is not his; support for staff not hurt ---------------------

_ARJUN = {
    "consent": True, "crime_type": "criminal_damage", "language": "english",
    "hate_motivated": True, "repeat_victimisation": True, "reported_to_police": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "She was not hurt, she was not there at the time. She is just frightened to open the shop "
        "now. And can she get help in Gujarati?",
        "Thank you. So for Priya, if she calls the London Victim and Witness Service, can they "
        "provide a Gujarati interpreter?",
    ],
)
def test_arjun_a_language_for_his_assistant_is_not_his(text):
    assert "language" not in corrections(text, _ARJUN)


@pytest.mark.parametrize(
    "text, language",
    [
        ("actually I need a Polish interpreter please", "polish"),
        ("can I have a Polish interpreter", "polish"),
    ],
)
def test_a_language_asked_for_oneself_is_still_put_right(text, language):
    assert corrections(text, _ARJUN).get("language") == language


def test_a_language_for_the_one_written_for_is_theirs():
    answers = {**_ARJUN, "for_someone_else": True}
    assert corrections("can she get help in Gujarati?", answers).get("language") == "gujarati"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you. Regarding my assistant Priya: can she use this service herself? She does not "
        "speak much English, her first language is Gujarati.",
        "Could the support service also contact my dispensing assistant, Priya, or does she need "
        "to contact them herself?",
    ],
)
def test_arjun_support_for_his_assistant_not_hurt(text):
    said = known_answer(text, "criminal_damage", (), True, _ARJUN)
    assert said is not None and said.response == "utter_n80b_staff_member_support"


@pytest.mark.parametrize(
    "text, response",
    [
        (
            "ok what about my staff member, she was the one threatened with the knife. can she get "
            "support",
            "utter_j3_staff_member_support",
        ),
    ],
)
def test_staff_threatened_keep_their_answer(text, response):
    said = known_answer(text, "robbery", (), False, {"consent": True, "crime_type": "robbery"})
    assert said is not None and said.response == response


# -- Aliyah: back on the phone by name after her mum -------------------------------------------

_ALIYAH = {
    "consent": True, "age": 17.0, "under_18": True, "crime_type": "stalking_harassment",
    "for_child": True, "for_someone_else": True,
    "said": ["im home now. my mum's here", "17", _ALIYAH_MUM],
}  # fmt: skip


@pytest.mark.parametrize("requested", ["referral_consent", "impairment"])
def test_aliyah_back_by_name_is_spoken_to_again(requested):
    text = (
        "its aliyah again. mum says i should say yes. is it ok if they text me not call, i dont "
        "want to talk on the phone about it"
    )
    got = read_turn(Turn(text=text, requested=requested, answers=_ALIYAH))
    assert got.slots.get("for_child") is False
    assert got.say[0].response == "utter_k5_now_the_person"


@pytest.mark.parametrize("text", ["its mum again, sorry", "its her nan again", "its me again"])
def test_a_parent_back_is_not_the_young_person_by_name(text):
    got = read_turn(Turn(text=text, requested="impairment", answers=_ALIYAH))
    if text == "its me again":
        assert got.slots.get("for_child") is False
    else:
        assert got.slots.get("for_child") is not False


def test_stalking_denied_takes_away_stalking_told_before():
    known = {
        "crime_type": "stalking_harassment",
        "account_details": ["neighbour", "stalking_described"],
    }
    changed = corrections("no. im not being stalked tho its the neighbours", known)
    assert changed.get("account_details") == ["neighbour"]


def test_a_stalker_who_stopped_for_now_keeps_the_stalking():
    known = {"crime_type": "stalking_harassment", "account_details": ["stalking_described"]}
    assert "account_details" not in corrections("he isnt following me anymore", known)
