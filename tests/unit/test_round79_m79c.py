"""Round 79, helper m79c: who did it, what happened, for whom (facts read wrongly)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_crime_type
from actions.reading import corrections
from tests.unit.test_assessment_form import run_validation

# -- Lee (r79d): the neighbour who rang him is not who burgled the house -------------------------


def test_lee_the_neighbour_who_rang_is_not_who_did_it():
    said = read_account(
        "hi my house has been burgled, were on holiday in spain and the neighbour just rang me. "
        "what do i do from here??"
    )
    assert said.crime_type == "burglary"
    assert said.offender is None


def test_lee_the_neighbour_who_noticed_it_is_not_who_did_it():
    said = read_account(
        "what? no we dont know who did it. the neighbour just noticed the door was smashed in "
        "and called me. not reported yet can i do that from here?"
    )
    assert said.offender != "someone_known"


@pytest.mark.parametrize(
    "text, who",
    [
        ("my ex just rang me and threatened to kill me", "partner_or_ex"),
        ("my neighbour keeps ringing me and shouting", "someone_known"),
        ("my ex rang me 40 times last night", "partner_or_ex"),
        ("it was my neighbour who broke in", "someone_known"),
    ],
)
def test_people_who_call_to_harm_are_still_who_did_it(text, who):
    assert read_account(text).offender == who


# -- Kasia (r79a): her husband named, then in few words what he does ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my husband. he move out 2 month ago but always coming. yesterday night he kick door and "
        "shout very bad words at me, kids see everything. Zosia 9 and Kuba 5. they crying",
        "i tell you. my husband, he is violent. kick door",
    ],
)
def test_kasia_abuse_by_her_husband_is_read(text):
    said = read_account(text)
    assert said.crime_type == "domestic_abuse"
    assert said.offender == "partner_or_ex"
    assert read_crime_type(text).value == "domestic_abuse"


@pytest.mark.parametrize(
    "text",
    [
        "my husband. he was hit by a car last week",
        "my son. he was hit by a car last week",
        "my husband. he works nights. we were burgled on tuesday",
    ],
)
def test_a_relative_named_then_harmed_or_beside_them_is_not_the_doer(text):
    assert read_account(text).offender not in ("partner_or_ex", "family_member")


# -- Rhys (r79a): no crime number is no report; a phone yanked from his hand is robbery -----------


def test_rhys_a_no_on_the_crime_number_is_not_a_report():
    said = read_account("so thats a no on the crime number then. fine whatever, yes")
    assert said.reported is None


@pytest.mark.parametrize(
    "text", ["the crime number is 1234", "they gave me the crime number", "i have a crime number"]
)
def test_a_crime_number_had_is_still_a_report(text):
    assert read_account(text).reported is True


def test_rhys_hurt_as_his_phone_was_yanked_is_a_robbery():
    said = read_account(
        "nah im fine, just a grazed hand from where he yanked it. ive been worse after a night "
        "out in cardiff"
    )
    assert said.crime_type == "robbery"


@pytest.mark.parametrize(
    "text", ["i cut my hand when he pulled the door", "i hurt my wrist when i fell over"]
)
def test_other_hurt_hands_are_not_a_robbery(text):
    assert read_account(text).crime_type != "robbery"


async def test_rhys_at_the_danger_question_the_theft_becomes_a_robbery_not_reported(
    dispatcher, domain
):
    slots = await run_validation(
        dispatcher, domain, text="so thats a no on the crime number then. fine whatever, yes",
        intent="affirm", requested_slot="consent",
        slots={"crime_type": "theft", "unconfirmed": {"crime_type": "theft"}},
    )  # fmt: skip
    assert "reported_to_police" not in slots


def test_rhys_isnt_that_robbery_changes_the_theft():
    text = (
        "its not just theft tho is it, he yanked it out my hand and i got hurt. isnt that "
        "robbery? thats what the insurance form asks"
    )
    assert corrections(text, {"crime_type": "theft"}).get("crime_type") == "robbery"


# -- Sunil (r79b): "domestic abuse??" doubts the word; a denial removes it ------------------------


def test_sunil_domestic_abuse_said_back_as_a_question_is_not_told():
    text = "domestic abuse?? no no this is my shop not my home. english is ok"
    assert read_account(text).crime_type is None
    assert read_crime_type(text).value is None
    assert "crime_type" not in corrections(text, {"crime_type": "robbery"})


def test_sunil_not_domestic_abuse_takes_it_away_and_reads_the_rest():
    text = (
        "NO. it is NOT domestic abuse. nothing to do with my family. its kids stealing from my "
        "shop and threatening me with bottle. change it back"
    )
    assert corrections(text, {"crime_type": "domestic_abuse"}).get("crime_type") == "robbery"
    assert corrections(text, {"crime_type": "robbery"}).get("crime_type") in (None, "robbery")


def test_sunil_threatened_with_a_bottle_in_few_words_is_not_stalking():
    assert read_account("threatening me with bottle").crime_type == "assault"


@pytest.mark.parametrize(
    "text, crime",
    [
        ("ROBBERY", "robbery"),
        ("robbery?", "robbery"),
        ("NOT ONLY ASSAULT. MAN TAKE MY BAG. PHONE WALLET KEYS GONE. ROBBERY?", "robbery"),
        ("he grabbed my phone, is that robbery?", "robbery"),
    ],
)
def test_a_crime_named_or_asked_about_is_still_read(text, crime):
    assert read_crime_type(text).value == crime


def test_threatening_with_the_police_is_not_a_weapon():
    assert read_account("he keeps threatening me with the police").crime_type != "assault"


# -- David (r79d): his daughter Sarah was killed by her boyfriend, not his partner ---------------

_DAVID = {
    "consent": True, "in_danger": False, "crime_type": "homicide", "bereaved": True,
    "reported_to_police": True, "age": 60.0, "account_details": ["after_trial", "someone_died"],
}  # fmt: skip


async def test_david_her_boyfriend_at_the_time_is_her_partner(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text="Yes, of course. He was convicted. He was her boyfriend at the "
        "time. I asked you about probation.", intent="affirm",
        requested_slot="relationship_to_offender", slots=_DAVID,
    )  # fmt: skip
    assert slots["relationship_to_offender"] == "partner_or_ex"
    assert "her_partner" in slots["account_details"]


@pytest.mark.parametrize(
    "text",
    [
        "To be clear: my daughter Sarah was killed by her boyfriend. Not my partner. Please make "
        "sure whoever reads this understands that.",
        "It should say my daughter was killed by her then boyfriend. Yes, you can pass my details "
        "on. I'd like someone who can help me with the parole side urgently.",
    ],
)
def test_david_killed_by_her_boyfriend_is_said_back_as_her_partner(text):
    from actions.wording import _fact_phrases, put_right_line

    for who in ("partner_or_ex", None):
        answers = {**_DAVID, "relationship_to_offender": who}
        changes = corrections(text, answers)
        assert changes["relationship_to_offender"] == "partner_or_ex"
        assert "her_partner" in changes["account_details"]
        assert "it was her partner" in _fact_phrases({**answers, **changes}, False)
    line = put_right_line(changes, {**_DAVID, "relationship_to_offender": "partner_or_ex"})
    assert line == "Thank you, I've changed that: it was her partner."


def test_a_partner_without_a_death_is_still_their_own():
    from actions.wording import _fact_phrases

    facts = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    assert "it was a partner or ex" in _fact_phrases(facts, False)
    assert corrections("he was her boyfriend", {"crime_type": "assault"}) == {}


@pytest.mark.parametrize(
    "text", ["What did you update it to?", "what did you change it to", "what does it say now?"]
)
def test_david_asking_what_it_was_changed_to_is_a_read_back(text):
    from actions.questions import f5_asks_what_was_noted

    assert f5_asks_what_was_noted(text)


@pytest.mark.parametrize("text", ["what did you say", "what do you do now?", "what is it for"])
def test_other_what_questions_are_not_a_read_back(text):
    from actions.questions import f5_asks_what_was_noted

    assert not f5_asks_what_was_noted(text)


# -- Bukola (r79b): for her son Tayo, 17; the older men are not family -----------------------------

_BUKOLA_OPENING = (
    "hello, i need some help please its about my son. the police raided our flat on tuesday "
    "morning and found drugs in his room, he is 17. i know he has been used by older men, this "
    "county lines thing, they threatened him. i want him to be treated as a victim not a "
    "criminal, can you help"
)


def test_bukola_writes_for_her_son_of_17_and_the_men_are_not_family():
    said = read_account(_BUKOLA_OPENING)
    assert said.for_child is True
    assert said.age == 17
    assert said.offender != "family_member"
    assert said.crime_type == "human_trafficking"


def test_a_grandson_who_takes_from_the_writer_is_still_the_one_who_does_it():
    said = read_account(
        "its about my grandson. he takes money from my purse and shouts if i say no"
    )
    assert said.offender == "family_member"
    assert said.for_child is not True


async def test_bukola_at_the_age_question_it_is_her_sons_age(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, text="no it was NOT a family member!! its older men from outside, not "
        "family. tayo is my son. im 44 but its tayo who is the victim hes 17", intent="inform",
        requested_slot="age", slots={"consent": True, "in_danger": False,
        "crime_type": "human_trafficking", "relationship_to_offender": "family_member",
        "reported_to_police": True},
    )  # fmt: skip
    assert slots["for_child"] is True
    assert slots["age"] == 17.0 and slots["under_18"] is True
    assert slots["relationship_to_offender"] not in ("family_member", "someone_known")


def test_bukola_strangers_to_us_are_strangers():
    text = (
        "yes its been months. they give him money and trainers, then they make him carry stuff to "
        "other towns, margate he said once. one time he came home with his face swollen. he wont "
        "tell me their names. and we dont really know them, i said outside i mean strangers to us"
    )
    answers = {"crime_type": "human_trafficking", "relationship_to_offender": "someone_known"}
    assert corrections(text, answers)["relationship_to_offender"] == "stranger"


def test_a_parent_giving_their_own_age_alone_keeps_it():
    assert corrections("im 44", {"age": 44.0, "for_child": False}).get("for_child") is None
