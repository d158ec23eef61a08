"""Round 24 answers (helper D1): questions role-players asked that got a wrong answer.

- Sam, 17, non-binary, beaten up at college: "do police even care about stuff like this?" got the
  answer about religion or race naming Tell MAMA; "whats galop" was passed over; "do i have to
  tell my parents, they dont really get the non binary thing" got an answer about "your mum".
- Winston, whose son's killer is up for parole: "Who do I send it to?" (his statement) got the
  police's updates on an arrest; "Who is my victim liaison officer?" got "I can't answer that".
- Gloria, 76, burgled, who thinks the burglar has her key: the locks got the insurance answer.
- Kasia, told by her landlord to leave in a week: "I need help with house" got the Havens.
- Dwayne, whose 14-year-old brother was stabbed: "is there anything for my mum tho, shes not
  sleeping" got CAMHS and Childline.

Each answer is in bot/domain/responses_answers.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re

import pytest
from known_answers import RESPONSES, answer, sendable, sources_above

from core.text import SMS_LIMIT
from tests.unit.conftest import responses
from tests.unit.test_assessment_form import run_validation

NEW = (
    "utter_lgbt_hate_taken_seriously",
    "utter_telling_parents_your_choice",
    "utter_galop_and_parents",
    "utter_parole_statement_to_vlo",
    "utter_parole_statement",
    "utter_locks_changed",
    "utter_told_to_leave_home",
    "utter_support_for_family",
)
ABOUT_THE_VICTIM = (
    "utter_lgbt_hate_taken_seriously",
    "utter_parole_statement_to_vlo",
    "utter_parole_statement",
    "utter_locks_changed",
    "utter_told_to_leave_home",
)
BY_AGE = ("utter_telling_parents_your_choice", "utter_galop_and_parents")

ORDINARY = (
    "no", "yes", "17", "66", "76", "my son", "my husband", "a stranger", "the landlord",
    "some guys from my course. i know their names", "yes every day", "skip", "english",
    "Merton. Wimbledon, to be precise.", "Phone call", "after 5 any day", "my mum",
)  # fmt: skip
CRIME_TYPES = ("assault", "homicide", "burglary", "sexual_offence", "serious_violence", None)


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}, {"under_18": False}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", ABOUT_THE_VICTIM)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert not re.search(r"\b(?:you|your|yours)\b", theirs, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", BY_AGE)
def test_a_young_person_is_offered_childline_and_an_adult_victim_support(name):
    young = sendable(name, under_18=True)[0]
    adult = sendable(name, under_18=False)[0]
    assert "0800 1111" in young and "0800 1111" not in adult
    assert "08 08 16 89 111" in adult


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", variant["text"])


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(
        text, crime_type, hate_motivated=True, hate_strand=["transgender_identity"], under_18=True
    )
    assert said not in NEW, (text, crime_type)


# -- 1. Sam: hate for being non-binary, Galop, telling parents -----------------------------------

SAM = {"hate_motivated": True, "hate_strand": ["transgender_identity"], "under_18": True}


@pytest.mark.parametrize(
    "text",
    [
        "no. do police even care about stuff like this? teachers didnt do anything, they just "
        "said ignore them",
        "ok. do police actually care tho if i report it, like will they take it seriously cos im "
        "non binary",
    ],
)
def test_police_and_hate_for_gender_identity_is_answered_with_galop_not_tell_mama(text):
    assert answer(text, "assault", **SAM) == "utter_lgbt_hate_taken_seriously"
    message = sendable("utter_lgbt_hate_taken_seriously")[0]
    assert "gender identity" in message and "hate crime" in message
    assert "Galop" in message and "0800 999 5428" in message and "non-binary" in message
    assert "Tell MAMA" not in message and "religion" not in message


def test_non_binary_said_in_the_question_is_enough_without_a_hate_strand():
    text = "will they take it seriously cos im non binary"
    assert answer(text, "assault") == "utter_lgbt_hate_taken_seriously"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("will the police take it seriously? it was racist", {"hate_motivated": True}),
        ("do police even care about this?", {"hate_strand": ["religion"]}),
        ("will police take it seriously, they pulled my hijab", {}),
    ],
)
def test_hate_for_race_or_religion_keeps_its_own_answer(text, answers):
    # z87d (round 87): race alone gets its own answer, without the faith services.
    assert answer(text, "assault", **answers) in (
        "utter_hate_taken_seriously",
        "utter_z87d_race_hate_taken_seriously",
    )


@pytest.mark.parametrize(
    "text", ["im non binary", "they called me a tranny", "its not religion or race?? im non binary"]
)
def test_saying_who_they_are_is_not_asking_if_police_care(text):
    assert answer(text, "assault", **SAM) != "utter_lgbt_hate_taken_seriously"


def test_being_gay_without_a_sign_of_hate_is_not_the_hate_answer():
    text = "my gay friend was hit by her girlfriend, will police take it seriously?"
    assert answer(text, "assault") != "utter_lgbt_hate_taken_seriously"


@pytest.mark.parametrize(
    "text",
    [
        "whats galop. and do i have to tell my parents, they dont really get the non binary thing",
        "i dont want to tell my mum. and you didnt say what galop is",
    ],
)
def test_galop_and_telling_parents_are_answered_together(text):
    assert answer(text, "assault", **SAM) == "utter_galop_and_parents"
    message = sendable("utter_galop_and_parents", under_18=True)[0]
    assert message.startswith("Galop is") and "0800 999 5428" in message
    assert "don't have to tell your parents" in message and "anyone you trust" in message
    assert "mum" not in message and " her" not in message


def test_galop_named_while_talking_of_not_telling_mum_is_answered_without_the_directory():
    # The privacy reading ("tell my mum" reads as a privacy question) asks without the
    # organisations, so Galop must be known by its name here.
    from actions.questions import known_answer

    said = known_answer("i dont want to tell my mum. and you didnt say what galop is")
    assert said is not None and said.response == "utter_galop_and_parents"


def test_telling_parents_speaks_of_parents_and_of_their_choice():
    text = "do i have to tell my parents, they dont really get the non binary thing"
    assert answer(text, "assault", **SAM) == "utter_telling_parents_your_choice"
    message = sendable("utter_telling_parents_your_choice", under_18=True)[0]
    assert "don't have to tell your parents" in message and "your choice" in message
    assert "mum" not in message and "0800 1111" in message


@pytest.mark.parametrize(
    "text", ["i dont want to tell my mum", "my parents dont understand, do i have to tell them"]
)
def test_not_wanting_to_tell_is_respected(text):
    assert answer(text, "assault", under_18=True) == "utter_telling_parents_your_choice"


def test_do_i_have_to_tell_my_mum_keeps_its_answer():
    assert answer("do i have to tell my mum", "online_abuse", under_18=True) == (
        "utter_telling_a_parent"
    )


@pytest.mark.parametrize(
    "text",
    [
        "i cant tell my parents, he says hell send the pics to everyone",
        "i told my parents",
        "my parents know",
        "will they tell my parents?",
        "what is galop",
        "the police came but they dont get it",
        "teachers didnt do anything, they dont understand",
    ],
)
def test_near_misses_are_not_the_telling_parents_answers(text):
    assert answer(text, "online_abuse", under_18=True) not in BY_AGE


# -- 2. Winston: the parole hearing -------------------------------------------------------------

WINSTON = {"bereaved": True}


@pytest.mark.parametrize(
    "text",
    [
        "Yes, I know who did it. He was a young man from the estate, he was convicted. Thank you "
        "for telling me about the statement. Who do I send it to?",
        "No. But that is not what I asked. The man has been in prison for years. I asked who I "
        "send my statement to for the parole hearing.",
        "Is there no one who can help me specifically with the parole? Who is my victim liaison "
        "officer?",
    ],
)
def test_the_statement_goes_to_the_victim_liaison_officer(text):
    assert answer(text, "homicide", **WINSTON) == "utter_parole_statement_to_vlo"
    message = sendable("utter_parole_statement_to_vlo")[0]
    assert "Victim Liaison Officer" in message and "Probation Service" in message
    assert "Parole Board" in message and "28 days" in message
    assert "vcsenquiries@justice.gov.uk" in message


@pytest.mark.parametrize(
    "text",
    [
        "No, I am not in danger. I would like to know what I can do about the parole hearing. I "
        "do not want that man released.",
        "I am 66. Please, can you tell me whether I can make a statement to the Parole Board?",
        "No. Are you listening to me? I need help with the parole hearing, not a trial.",
        "Information. About the parole process.",
    ],
)
def test_what_can_be_done_about_the_parole_hearing(text):
    assert answer(text, "homicide", **WINSTON) == "utter_parole_statement"
    message = sendable("utter_parole_statement")[0]
    assert "Victim Personal Statement" in message and "Parole Board" in message
    assert "not whether the prisoner should be released" in message
    assert "licence conditions" in message and "court" not in message


@pytest.mark.parametrize(
    "text",
    [
        "The police were involved at the time, of course. He was convicted of murder in 2021 and "
        "sentenced. It is the Parole Board now. The letter came from the Victim Contact Scheme.",
        "There was a trial in 2021. I gave evidence then. It is finished.",
        "he is on parole, can the police arrest him?",
        "who do i give it to, he was released on bail",
        "he was released on parole, is he allowed to contact me?",
        "who do i send the photos to?",
        "who is the family liaison officer?",
        "the liaison officer hasnt rung for weeks",
    ],
)
def test_near_misses_are_not_the_parole_answers(text):
    said = answer(text, "homicide", **WINSTON)
    assert said not in ("utter_parole_statement_to_vlo", "utter_parole_statement"), text


# -- 3. Gloria: the locks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Forgive me, but it has only happened the once, on Tuesday. Yes, I telephoned the police "
        "that morning and an officer came. I have a crime reference number. What I would really "
        "like to know is whether anyone can help me to have my locks changed, as I believe the "
        "man may have a key.",
        "A stranger. But you have not answered my question about the locks. I have contacted my "
        "insurer already. I am frightened to sleep in my own bed.",
        "It was not again and again, it was once. I corrected you. And still nobody has said "
        "anything about my locks. Is there anyone who can come and change them? I cannot afford "
        "a locksmith's call-out fee.",
        "Feeling safe, and practical help. The locks, as I said.",
    ],
)
def test_the_locks_are_answered_not_the_insurance(text):
    assert answer(text, "burglary") == "utter_locks_changed"
    message = sendable("utter_locks_changed")[0]
    assert "locks changed" in message and "handyperson" in message and "council" in message
    assert "0808 168 9291" in message and "999" in message
    assert "insurer" not in message and "crime reference" not in message


@pytest.mark.parametrize(
    "text",
    [
        "my insurance wants a crime number",
        "they smashed the lock and took my tv",
        "I have a crime reference number.",
        "how do I claim on insurance?",
        "my landlord changed the locks while i was out, what can i do?",
        "can u help me get my locks changed",
        "i need my locks changed asap",
        "can someone help fix my locks",
    ],
)
def test_near_misses_are_not_the_locks_answer(text):
    assert answer(text, "burglary") != "utter_locks_changed"


def test_a_key_the_burglar_took_is_enough_to_ask_about_the_locks():
    text = "they took my spare key, who can change the locks?"
    assert answer(text, "burglary") == "utter_locks_changed"


def test_after_domestic_abuse_locks_are_not_this_answer():
    text = "can someone help me get the locks changed, he still has a key"
    assert answer(text, "domestic_abuse") != "utter_locks_changed"


# -- 4. Kasia: told to leave by her landlord -----------------------------------------------------


def test_help_with_housing_after_being_told_to_leave():
    text = (
        "what is Havens? I not want hospital. I need help with house, where I live if he throw "
        "me out. and somebody speak Polish?"
    )
    said = answer(text, "sexual_offence", relationship_to_offender="someone_known")
    assert said == "utter_told_to_leave_home"
    message = sendable("utter_told_to_leave_home")[0]
    assert "council" in message and "56 days" in message and "shelter.org.uk" in message
    assert "reasonable notice" in message and "court order" in message
    assert "Havens" not in message


@pytest.mark.parametrize(
    "text",
    [
        "landlord come in my room at night. now he say I have to leave in one week. what I do?",
        "my landlord is trying to evict me, can anyone help?",
    ],
)
def test_other_ways_of_being_told_to_leave(text):
    assert answer(text, "sexual_offence") == "utter_told_to_leave_home"


def test_a_lock_out_gets_the_lock_out_answer():
    """Since round 81 (Nina): locked out already is illegal eviction, not a notice to leave."""
    text = "my landlord changed the locks while i was out, what can i do?"
    assert answer(text, "sexual_offence") == "utter_p81f_landlord_lockout"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("no. if I go police he will throw me out faster. I have nowhere to go", {}),
        ("my husband will throw me out, where do i go?", {}),
        ("he will kick me out of the house, what do i do", {"crime_type": "domestic_abuse"}),
        ("where can i sleep tonight if he throws me out of the flat", {}),
        ("I live there", {}),
        ("he live downstairs", {}),
    ],
)
def test_near_misses_are_not_the_housing_answer(text, answers):
    crime_type = answers.pop("crime_type", "sexual_offence")
    assert answer(text, crime_type, **answers) != "utter_told_to_leave_home"


# -- 5. Dwayne: support for his mum --------------------------------------------------------------

DWAYNE = {"for_someone_else": True, "under_18": True}


@pytest.mark.parametrize(
    "text",
    [
        "no. look im calming down a bit. what support is there for my mum and me? we're all "
        "messed up",
        "07700 900789. is there anything for my mum tho, shes not sleeping",
        "CAMHS?? my mum is 50 she aint a young person. and childline is for kids. is there "
        "nothing for family",
    ],
)
def test_a_victims_family_is_not_sent_to_childrens_services(text):
    assert answer(text, "serious_violence", **DWAYNE) == "utter_support_for_family"
    message = sendable("utter_support_for_family", **DWAYNE)[0]
    assert "families get support" in message and "0808 168 9291" in message
    assert "GP" in message and "NHS Talking Therapies" in message
    assert "CAMHS" not in message and "Childline" not in message and "0800 1111" not in message


@pytest.mark.parametrize(
    "text",
    [
        "i cant sleep, is there help?",
        "my mum",
        "her boyfriend hits her, is there help for my mum?",
        "is there anything for my son, hes not sleeping",
    ],
)
def test_near_misses_are_not_the_family_answer(text):
    assert answer(text, "serious_violence", **DWAYNE) != "utter_support_for_family"


# -- in the conversation: the question asked beside an answer, or instead of one ------------------


async def test_who_do_i_send_it_to_beside_who_did_it(dispatcher, domain):
    await run_validation(
        dispatcher, domain,
        text="Yes, I know who did it. He was a young man from the estate, he was convicted. "
        "Thank you for telling me about the statement. Who do I send it to?",
        intent="ask_right", requested_slot="relationship_to_offender",
        slots={"consent": True, "in_danger": False, "crime_type": "homicide", "bereaved": True,
               "reported_to_police": True, "age": 66.0, "under_18": False},
    )  # fmt: skip
    said = responses(dispatcher)
    assert "utter_parole_statement_to_vlo" in said
    assert "utter_ask_right/updates" not in said


async def test_galop_while_not_wanting_to_tell_mum_at_the_referral_question(dispatcher, domain):
    await run_validation(
        dispatcher, domain, text="i dont want to tell my mum. and you didnt say what galop is",
        intent="inform", requested_slot="referral_consent",
        slots={"consent": True, "in_danger": False, "crime_type": "assault", "age": 17.0,
               "under_18": True, "hate_motivated": True, "hate_strand": ["transgender_identity"],
               "results_shown": True},
    )  # fmt: skip
    said = responses(dispatcher)
    assert "utter_galop_and_parents" in said and "utter_privacy_answer" not in said


async def test_the_locks_beside_the_police_answer(dispatcher, domain):
    await run_validation(
        dispatcher, domain,
        text="Forgive me, but it has only happened the once, on Tuesday. Yes, I telephoned the "
        "police that morning and an officer came. I have a crime reference number. What I would "
        "really like to know is whether anyone can help me to have my locks changed, as I "
        "believe the man may have a key.",
        intent="affirm", requested_slot="reported_to_police",
        slots={"consent": True, "in_danger": False, "crime_type": "burglary", "age": 76.0},
    )  # fmt: skip
    said = responses(dispatcher)
    assert "utter_locks_changed" in said and "utter_insurance_crime_number" not in said


async def test_housing_asked_at_the_referral_question_is_not_the_havens(dispatcher, domain):
    await run_validation(
        dispatcher, domain,
        text="what is Havens? I not want hospital. I need help with house, where I live if he "
        "throw me out. and somebody speak Polish?",
        intent="ask_right", requested_slot="referral_consent",
        slots={"consent": True, "in_danger": False, "crime_type": "sexual_offence", "age": 28.0,
               "under_18": False, "relationship_to_offender": "someone_known",
               "results_shown": True},
    )  # fmt: skip
    said = responses(dispatcher)
    # Housing first; "what is Havens?" may then be answered after it.
    assert said[0] == "utter_told_to_leave_home"


async def test_help_for_mum_given_with_the_number_is_not_childrens_help(dispatcher, domain):
    await run_validation(
        dispatcher, domain,
        text="07700 900789. is there anything for my mum tho, shes not sleeping",
        intent="inform", requested_slot="contact_details",
        slots={"consent": True, "in_danger": False, "crime_type": "serious_violence",
               "age": 14.0, "under_18": True, "for_someone_else": True, "results_shown": True,
               "referral_consent": True, "contact_safe": True, "contact_method": "call",
               "contact_times": "after 5 any day", "voicemail_ok": True},
    )  # fmt: skip
    said = responses(dispatcher)
    assert "utter_support_for_family" in said and "utter_low_mood" not in said
