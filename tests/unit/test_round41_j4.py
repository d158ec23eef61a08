"""Round 41 (helper J4): wrong facts stored and questions left unanswered.

- Marta, 29, au pair, raped two nights before by the father of the family she lives with:
  pregnancy and infection, which council tonight, her wages; "I said no many times" stored as
  "more than once"; "No? It was two nights ago" read as under 18 (then child advice); her
  friend in Manchester read as her living outside London (the Havens dropped); "Message is
  better" read as not safe to contact.
- Eileen, 91, distraction burglary: "I keep thinking he might come back" stored as "more than
  once"; police updates asked three times.
- Patrick, for his wife with dementia: "whether it happened before" stored as "more than once",
  his "we don't know" not taken; will the agency find out it was him.
- Leah, burgled while away: an invented man with a key; "last time they just gave me a number"
  stored as reported; fingerprints asked twice.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory, sendable

from actions.answers import read_answer
from actions.reading import Turn, corrections, read_turn, repetition_told
from actions.wording import changed_line
from referrals.directory import load_directory
from referrals.matching import match_organisations

NEW = (
    "utter_j4_pregnancy_and_infection",
    "utter_j4_council_tonight",
    "utter_j4_wages_if_you_leave",
    "utter_j4_police_updates",
    "utter_j4_safeguarding_who_raised_it",
    "utter_j4_burglary_fingerprints",
)
MARTA = {
    "age": 29,
    "relationship_to_offender": "someone_known",
    "reported_to_police": False,
    "under_18": True,  # as it was misread
}
EILEEN = {"age": 91, "reported_to_police": True, "relationship_to_offender": "stranger"}
PATRICK = {
    "age": 70,
    "relationship_to_offender": "someone_known",
    "impairment": True,
    "for_someone_else": True,
    "reported_to_police": False,
    "repeat_victimisation": True,
    "borough": "hillingdon",
}
LEAH = {
    "age": 33,
    "relationship_to_offender": "unknown",
    "reported_to_police": False,
    "repeat_victimisation": True,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 41, helper J4", ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Marta ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Thank you. I live in Brent, near Kilburn. Is there some place in Brent for women? And "
        "should I see a doctor, he did not use protection",
        "I am not hit on the head. I mean I can be pregnant? Or disease? Where do I go for "
        "this, I don't have GP here",
        "could i be pregnant?",
        "he didnt use a condom, what do i do",
        "am i at risk of an infection",
    ],
)
def test_pregnancy_or_infection_after_a_rape_gets_the_havens_and_pep(said):
    assert answer(said, "sexual_offence", **MARTA) == "utter_j4_pregnancy_and_infection"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("should I see a doctor, he did not use protection", "assault"),
        ("I'm pregnant and he hit me, should I go to hospital?", "assault"),
        ("should I go to A&E? my head is really bad", "assault"),
    ],
)
def test_not_after_a_sexual_offence_or_own_pregnancy(said, crime):
    assert answer(said, crime, age=30) != "utter_j4_pregnancy_and_infection"


def test_the_havens_and_pep_answer_has_the_havens_and_no_gp():
    text = sendable("utter_j4_pregnancy_and_infection")[0]
    assert "020 3299 6900" in text and "72 hours" in text and "no GP needed" in text


@pytest.mark.parametrize(
    "said",
    [
        "Feeling safe, practical help. Which council? I don't have friends in London, only one "
        "girl from Portugal but she lives in Manchester",
        "Thank you. Did you write I want Portuguese? And Brent council, what is the number for "
        "tonight?",
    ],
)
def test_which_council_tonight(said):
    assert answer(said, "sexual_offence", **MARTA) == "utter_j4_council_tonight"


@pytest.mark.parametrize(
    "said",
    [
        "Ok. Another question. If I leave the house, can I still get my money? They owe me 3 "
        "weeks of wages",
        "But the money? He pays me cash. I am scared he will not pay if I go",
    ],
)
def test_wages_if_she_leaves(said):
    assert answer(said, "sexual_offence", **MARTA) == "utter_j4_wages_if_you_leave"


def test_money_back_after_a_fraud_is_not_wages():
    assert answer("can i get my money back if i leave the bank?", "fraud", age=40) != (
        "utter_j4_wages_if_you_leave"
    )


def test_a_grown_woman_never_gets_the_child_advice():
    said = (
        "What is the Havens? Can they help me tonight? I am scared he comes to my room again, "
        "I hear him on the stairs"
    )
    assert answer(said, "sexual_offence", **MARTA) != "utter_young_person_his_visit"
    assert (
        answer("hes coming on sunday what do i do", "sexual_offence", age=17, under_18=True)
        == "utter_young_person_his_visit"
    )


def test_two_nights_ago_is_not_under_18():
    assert read_answer("under_18", "No? It was two nights ago, I said").value is False
    assert read_answer("under_18", "yes I was 15").value is True


def test_said_no_many_times_is_not_more_than_once():
    opening = (
        "I am au pair for a family. Two nights ago the father came in my room and he touched me "
        "and forced me. I said no many times. I am still living in the house, I have nowhere to go"
    )
    assert not repetition_told([opening])
    assert repetition_told(["he has done it many times"])
    assert repetition_told(["i told him to stop many times but he keeps coming back"])


def test_a_friend_in_manchester_is_not_where_she_lives():
    said = (
        "Feeling safe, practical help. Which council? I don't have friends in London, only one "
        "girl from Portugal but she lives in Manchester"
    )
    answers = {"crime_type": "sexual_offence", **MARTA, "under_18": False}
    reading = read_turn(Turn(text=said, requested="needs", answers=answers, asked={"needs": 1}))
    assert reading.slots.get("borough") is None
    assert reading.slots["needs"] == ["safety", "practical"]
    directory = load_directory()
    shown = [o.id for o in match_organisations({**answers, **reading.slots}, directory)]
    assert "the-havens" in shown


def test_message_is_better_is_safe_by_text():
    said = (
        "My phone is mine, but please not call when I am with the children, they can hear. "
        "Message is better"
    )
    found = read_answer("contact_safe", said)
    assert found.value is True and found.extra.get("contact_method") == "text"
    for unsafe in ("no, he checks my phone", "no its not safe", "not safe to call, message only"):
        assert read_answer("contact_safe", unsafe).value is False, unsafe


# -- Eileen ---------------------------------------------------------------------------------


def test_fear_of_a_return_is_not_more_than_once():
    said = (
        "No I am quite safe thank you, I have had the chain put on the door now. Although I must "
        "admit I have not slept well since, I keep thinking he might come back."
    )
    reading = read_turn(Turn(text=said, requested="in_danger", asked={"in_danger": 1}))
    assert "repeat_victimisation" not in reading.slots
    assert reading.slots["in_danger"] is False
    assert repetition_told(["he keeps coming back"])


@pytest.mark.parametrize(
    "said",
    [
        "Hi this is Carol her daughter, mum's getting a bit muddled with the buttons. She was "
        "targeted because she's old, they go for elderly people deliberately. Is that covered? "
        "Also she's had no update from police since weds, is that normal?",
        "No, not any of those. But can you tell me what the police are supposed to do about "
        "keeping her updated? thats what I actually want to know",
        "Carol is asking again whether the police ought to have told us something by now. It "
        "has been nearly a week.",
        "i havent heard anything from the police, is that normal?",
    ],
)
def test_police_updates_are_answered_with_right_6(said):
    assert answer(said, "burglary", **EILEEN) == "utter_j4_police_updates"


def test_the_updates_answer_for_someone_who_cannot_phone_has_no_call():
    deaf = sendable("utter_j4_police_updates", cannot_phone=True)[0]
    assert "18001 101" in deaf and "call 101" not in deaf and "Right 6" in deaf
    assert "call 101" in sendable("utter_j4_police_updates")[0]


@pytest.mark.parametrize(
    "said",
    [
        "how do I chase it? I just have a crime number, no officer name",
        "the FLO hasnt given us any update, is that normal?",
        "what happens after i report it?",
    ],
)
def test_other_police_questions_keep_their_answers(said):
    crime = "homicide" if "FLO" in said else "burglary"
    assert answer(said, crime, **EILEEN) != "utter_j4_police_updates"


# -- Patrick --------------------------------------------------------------------------------


def test_about_the_question_whether_it_happened_before_is_not_a_yes():
    said = (
        "We're not in danger, I said I'm with her. I was answering your question about whether "
        "it happened before."
    )
    assert read_answer("repeat_victimisation", said).value is None
    assert not repetition_told([said])
    assert read_answer("repeat_victimisation", "yes he has done it before").value is True
    assert read_answer("repeat_victimisation", "no").value is False


@pytest.mark.parametrize(
    "said",
    [
        "I'm not certain it happened more than once, I said I don't know. Otherwise fine. And "
        "the carer is a paid carer, not someone we know personally.",
        "Please change 'more than once' - we don't know that. And where did the dementia "
        "helpline go? That was the useful one.",
    ],
)
def test_not_knowing_takes_more_than_once_off(said):
    changes = corrections(said, PATRICK)
    assert "repeat_victimisation" in changes and changes["repeat_victimisation"] is None
    assert "not known if it happened before" in (changed_line(changes) or "")


def test_only_once_still_says_once():
    assert corrections("It only happened once as far as I know", PATRICK) == {
        "repeat_victimisation": False
    }


@pytest.mark.parametrize(
    "said",
    [
        "Feeling safe and information. One thing that worries me - if I complain, will the "
        "agency know it was me? We still need carers, I can't manage her on my own, and I don't "
        "want them taking it out on her.",
        "English. But you've not answered me. Will the agency find out it was me who complained?",
        "Thank you. Last try on my worry: when the council investigates, do they tell the care "
        "agency who raised it? I'm frightened of them dropping us.",
    ],
)
def test_will_the_agency_know_it_was_him(said):
    assert answer(said, "assault", **PATRICK) == "utter_j4_safeguarding_who_raised_it"


def test_the_police_telling_him_is_not_the_care_answer():
    said = "will the police tell him it was me who reported it?"
    assert answer(said, "assault", age=30) != "utter_j4_safeguarding_who_raised_it"


# -- Leah -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "not yet im doing it after this. wait do the locks count? like the insurance said last "
        "time i needed 5 lever locks and i never changed them, am i screwed",
        "who is he?? i dont know who did it lol. im 33. and i asked about the insurance locks "
        "thing",
    ],
)
def test_no_invented_man_with_a_key(said):
    assert answer(said, "burglary", **LEAH) != "utter_locks_changed"


def test_a_key_said_still_gets_the_key_answer():
    said = "can anyone help me get my locks changed, as I believe the man may have a key"
    assert answer(said, "burglary", age=70) == "utter_locks_changed"


def test_the_police_last_time_is_not_a_report_of_this_one():
    said = (
        "ok last thing. will the police actually come round and do fingerprints? last time they "
        "just gave me a number and nothing happened. and do i need the crime number before i "
        "call insurance"
    )
    assert "reported_to_police" not in corrections(said, LEAH)
    assert corrections("i did report it, the police gave me a crime number", LEAH) == {
        "reported_to_police": True
    }


@pytest.mark.parametrize(
    "said",
    [
        "yeah fine whatever. also do i touch stuff or leave it for fingerprints?? the place is a "
        "tip",
        "ok last thing. will the police actually come round and do fingerprints? last time they "
        "just gave me a number and nothing happened. and do i need the crime number before i "
        "call insurance",
        "fingerprints. will they come. yes or no",
    ],
)
def test_fingerprints_after_a_burglary(said):
    assert answer(said, "burglary", **LEAH) == "utter_j4_burglary_fingerprints"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("is it too late for forensics? it was 3 days ago", "sexual_offence"),
        ("do i need the crime number for insurance?", "burglary"),
    ],
)
def test_other_messages_do_not_get_the_fingerprints_answer(said, crime):
    assert answer(said, crime, age=30) != "utter_j4_burglary_fingerprints"


def test_no_invented_man_with_a_key_before_who_did_it_is_asked():
    said = (
        "not yet im doing it after this. wait do the locks count? like the insurance said last "
        "time i needed 5 lever locks and i never changed them, am i screwed"
    )
    assert answer(said, "burglary", repeat_victimisation=True) == "utter_locks_fitted"
