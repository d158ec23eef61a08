"""Round 29 answers (helper J): questions role-players asked that were dropped or got a wrong
answer.

- Bukola, a witness to a stabbing whom the suspect's family watch and threaten: "is this even
  for witnesses?", whether to tell the police or ring the officer on her card, a screen, and
  someone to come to court with her. The generic special-measures answer ("Only if there's a
  trial ...") fired on any mention of court; it now needs a question about going or giving
  evidence.
- Janet, whose daughter's killer is up for parole: "what is the victim contact scheme" got the
  family liaison officer; keeping him away from their road; help for her husband and son.
- Kofi, a minicab driver hit by a passenger: "What can I do" got the complaints answer; "who pays
  me" for the days off and the unpaid fare.
- Samir, a shopkeeper: whether a business counts as a victim, and whether his staff member can
  get help himself.
- Marcus, raped by a man: "can a man be raped ... by another man" got the men-abused-by-a-wife
  answer; the Havens after three weeks without the police.
- Aisha, attacked on a bus: reporting without the police, and whether the CCTV is kept if she
  goes through Tell MAMA.
- Nat, a trans woman: being misgendered by police, and her cut lip four days on.

Each answer is at the end of bot/domain/responses.yml with its sources; each test quotes the
message as it was written, with ordinary answers and near misses that must not get it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import answer, sendable, sources_above

from actions.questions import asks_about_court, topic_fits
from core import yaml_files
from core.text import SMS_LIMIT

RESPONSES_FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses.yml"
RESPONSES = yaml_files.load(RESPONSES_FILE.read_text())["responses"]

NEW = (
    "utter_witness_support",
    "utter_ring_the_officer",
    "utter_special_measures_intimidated_witness",
    "utter_someone_at_court",
    "utter_victim_contact_scheme",
    "utter_keep_him_away_licence",
    "utter_bereaved_relatives_support",
    "utter_witness_expenses_and_losses",
    "utter_business_victim",
    "utter_staff_own_victim",
    "utter_man_can_be_raped",
    "utter_havens_later_no_police",
    "utter_report_without_police",
    "utter_cctv_through_a_charity",
    "utter_misgendered_by_police",
    "utter_cut_days_later",
)
# Said to the one who asks, whoever they ask for.
NOT_ABOUT_THE_VICTIM = (
    "utter_bereaved_relatives_support", "utter_business_victim", "utter_staff_own_victim"
)  # fmt: skip
ABOUT_THE_VICTIM = tuple(name for name in NEW if name not in NOT_ABOUT_THE_VICTIM)
ANSWERS_HERE = (*NEW, "utter_witness_intimidation")

ORDINARY = (
    "no", "yes", "36", "55", "45", "33", "38", "24", "27", "a stranger", "Someone I know",
    "yes every day", "skip", "english", "English", "Camden", "newham", "hackney", "woman",
    "Phone call", "any time", "afternoons", "weekdays 9 till 3 when the kids are at school",
    "yes almost every evening for 2 weeks", "stranger. booked through app", "not sure",
    "feeling safe and help with court", "someone to talk to i guess", "practical help",
    "no its NOT more than once, fix that", "yes please", "ok yes",
)  # fmt: skip
CRIME_TYPES = (
    "serious_violence", "homicide", "assault", "robbery", "sexual_offence", "domestic_abuse",
    "theft", None,
)  # fmt: skip


# -- the answers themselves -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    for slots in ({}, {"for_someone_else": True}, {"under_18": True}, {"gender": "man"}):
        assert len(sendable(name, **slots)) == 1, (name, slots)


@pytest.mark.parametrize("name", ABOUT_THE_VICTIM)
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert not re.search(r"\b(?:you|your|yours|you're)\b", theirs, re.IGNORECASE), theirs


@pytest.mark.parametrize("name", NEW)
def test_every_new_answer_has_its_sources_written_above_it(name):
    comments = sources_above(name, RESPONSES_FILE)
    assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|\bentry\b|\butter_\w+", comments), name


@pytest.mark.parametrize("name", NEW)
def test_no_answer_promises_an_outcome(name):
    for variant in RESPONSES[name]:
        assert not re.search(r"\b(?:will definitely|guarantee\w*|promise)\b", variant["text"])


@pytest.mark.parametrize("text", ORDINARY)
@pytest.mark.parametrize("crime_type", CRIME_TYPES)
def test_ordinary_answers_get_none_of_the_new_answers(text, crime_type):
    said = answer(
        text,
        crime_type,
        account_details=["witness", "weapon"],
        hate_motivated=True,
        bereaved=crime_type == "homicide",
    )
    assert said not in ANSWERS_HERE, (text, crime_type)


# -- 1. Bukola, a threatened witness -------------------------------------------------------------

WITNESS = {"account_details": ("injured", "serious_injury", "weapon", "witness")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok yes. is this even for witnesses? im not the one who got stabbed",
         "utter_witness_support"),
        ("yes almost every evening for 2 weeks. should I tell the police about what they said "
         "about my kids? will it make it worse?", "utter_witness_intimidation"),
        ("no. I have the officers card from when I gave the statement, DC something. should I "
         "ring her instead of 101?", "utter_ring_the_officer"),
        ("yes very. I told you I dont want to go anymore. can they make me go? can I do it "
         "behind a screen or something so the family cant see me",
         "utter_special_measures_intimidated_witness"),
        ("sorry. why does it say I'm a victim of a serious crime, I'm the witness. and is there "
         "someone who can come to court with me? what about my kids at school, should I tell "
         "the school", "utter_someone_at_court"),
    ],
)  # fmt: skip
def test_bukola_the_witness_is_answered(text, expected):
    assert answer(text, "serious_violence", **WITNESS) == expected


def test_a_witness_answer_says_witnesses_get_support_and_special_measures():
    said = sendable("utter_witness_support")[0]
    assert "witnesses too" in said and "special measures" in said and "0808 168 9291" in said
    assert "s.51" in sendable("utter_ring_the_officer")[0]
    assert "screen" in sendable("utter_special_measures_intimidated_witness")[0]


@pytest.mark.parametrize(
    "text",
    [
        # Gary, Siobhan and Kofi: court mentioned, but not a question about going to court.
        "scared of them two? no. itll never get to court anyway",
        "Thank you, that's helpful. Before I answer, is there some kind of order that would "
        "make him stay away from my work? I've heard of restraining orders but I don't know if "
        "you need to go to court yourself.",
        "45. I dont work for uber. what about the days off, police statement, court. who pays me",
    ],
)
def test_a_mention_of_court_is_not_the_special_measures_answer(text):
    assert not asks_about_court(text)
    assert answer(text, "assault") != "utter_court"


@pytest.mark.parametrize(
    "text",
    [
        "does my son have to go to court?? hes 13",
        "would they see me in court?",
        "do i have to go to court?",
        "Can I give evidence behind a screen? I couldn't face him",
    ],
)
def test_questions_about_giving_evidence_still_get_the_court_answer(text):
    assert asks_about_court(text)


@pytest.mark.parametrize(
    "text",
    [
        "should I tell the police?",  # no witness, no threat
        "I rang the officer yesterday",
        "is this for me? I was the one who got attacked",
        "the family were in court",
    ],
)
def test_near_misses_are_not_witness_answers(text):
    assert answer(text, "assault") not in ANSWERS_HERE


# -- 2. Janet, bereaved, the killer up for parole ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes thats fine. sorry what is the victim contact scheme, I dont think I was ever in "
         "it. nobody told me anything after the trial, the family liaison officer left and that "
         "was that", "utter_victim_contact_scheme"),
        ("no im safe, hes in prison. but you didnt answer me, what is the victim contact scheme "
         "and how do I get in it", "utter_victim_contact_scheme"),
        ("Camden. and I want to know can they stop him coming anywhere near us, we still live "
         "in the same street where Sophie grew up, his mum lives two roads away. I couldnt bear "
         "to see him in the shop or at the bus stop. I'd die", "utter_keep_him_away_licence"),
        ("can my husband and my son get help too from these? and which one do I ask about the "
         "parole, I still dont know who to phone, the email you gave me is that the one?",
         "utter_bereaved_relatives_support"),
    ],
)  # fmt: skip
def test_janet_is_answered(text, expected):
    assert answer(text, "homicide", bereaved=True) == expected


def test_the_scheme_answer_says_what_it_is_and_how_to_join():
    said = sendable("utter_victim_contact_scheme")[0]
    assert "Probation Service" in said and "12 months" in said
    assert "vcsenquiries@justice.gov.uk" in said
    assert "licence conditions" in sendable("utter_keep_him_away_licence")[0]


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("what is a family liaison officer?", "homicide"),
        ("can they stop him coming near us? hes my ex", "domestic_abuse"),
        ("can my husband come with me to the appointment?", "assault"),
    ],
)
def test_near_misses_are_not_the_parole_answers(text, crime_type):
    assert answer(text, crime_type) not in ANSWERS_HERE


# -- 3. Kofi, the minicab driver -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "45. I dont work for uber. what about the days off, police statement, court. who pays me",
        "can I get my fare back and money for days not working? thats what I need",
    ],
)
def test_kofi_is_told_about_expenses_and_compensation(text):
    assert answer(text, "assault", hate_motivated=True) == "utter_witness_expenses_and_losses"


def test_the_expenses_answer_names_its_law():
    said = sendable("utter_witness_expenses_and_losses")[0]
    assert "lost earnings" in said and "Sentencing Act 2020, s.133" in said


@pytest.mark.parametrize(
    "text", ["who pays for the damage to my door?", "i had to take days off", "who pays you?"]
)
def test_near_misses_are_not_the_expenses_answer(text):
    assert answer(text, "criminal_damage") != "utter_witness_expenses_and_losses"


def test_what_can_i_do_is_not_a_complaint():
    text = (
        "Hello. I'm a minicab driver. Passenger last night refused to pay, called me racist "
        "names and hit me on the back of head. What can I do"
    )
    assert not topic_fits("complaint", text)


@pytest.mark.parametrize(
    "text",
    [
        "how do i complain",
        "the officer was really rude to me how do i complain",
        "police havent updated me in months, who do i complain to",
        "the police were racist to me when i reported it",
        "no one has called me back for weeks",
    ],
)
def test_complaints_still_fit_the_complaint_topic(text):
    assert topic_fits("complaint", text)


# -- 4. Samir, the shopkeeper --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi. I run a shop in Ealing. same group of lads keep nicking stuff, like 3-4 times a "
         "week. last week one of them pulled a knife on my staff. what can I actually do? do I "
         "even count as a victim or is that just my staff", "utter_business_victim"),
        ("ok yes. but you didnt answer, do I count as a victim, its my shop, my stock. the knife "
         "was pulled on Dev not me", "utter_business_victim"),
        ("so I do count then? and is there anything for shops, like business crime, CCTV, that "
         "kind of thing? and can Dev use these too or does he have to do this whole thing "
         "himself", "utter_staff_own_victim"),
    ],
)  # fmt: skip
def test_samir_is_answered(text, expected):
    assert answer(text, "robbery") == expected


@pytest.mark.parametrize(
    "text", ["do I count as a victim?", "can my son use these too?", "my shop was robbed"]
)
def test_near_misses_are_not_the_business_answers(text):
    assert answer(text, "robbery") not in ("utter_business_victim", "utter_staff_own_victim")


# -- 5. Marcus, raped by a man -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("can a man be raped. like legally. by another man", None),
        ("no. but you didnt answer. does it count if its a man", None),
        ("no. but you didnt answer. does it count if its a man", "sexual_offence"),
        (
            "why is there an lgbt line i said im not gay. is there something for normal guys this "
            "happened to",
            "sexual_offence",
        ),
    ],
)
def test_marcus_is_told_a_man_can_be_raped(text, crime_type):
    assert answer(text, crime_type) == "utter_man_can_be_raped"
    assert "Sexual Offences Act 2003, s.1" in sendable("utter_man_can_be_raped")[0]


def test_the_havens_after_three_weeks_without_police():
    text = "can the havens still test me after 3 weeks. i dont want police"
    assert answer(text, "sexual_offence") == "utter_havens_later_no_police"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("is this for men too?", "domestic_abuse"),
        ("does it count if its a man", "domestic_abuse"),
        ("men dont get abused right?", "domestic_abuse"),
        ("what are the havens?", "sexual_offence"),
        ("is there something for men?", "domestic_abuse"),
    ],
)
def test_near_misses_are_not_the_rape_answers(text, crime_type):
    said = answer(text, crime_type)
    assert said not in ("utter_man_can_be_raped", "utter_havens_later_no_police")


def test_a_woman_asking_is_not_told_about_men():
    said = answer("does it count if its a man", "sexual_offence", gender="woman")
    assert said != "utter_man_can_be_raped"


# -- 6. Aisha, attacked on a bus -----------------------------------------------------------------


def test_aisha_can_report_without_the_police():
    text = "24. can I just report it to TfL instead of police? I dont really trust the police tbh"
    assert answer(text, "assault", hate_motivated=True) == "utter_report_without_police"


def test_aisha_is_told_the_police_must_ask_for_the_cctv():
    text = (
        "no I'll call them myself. but if I go through tell mama will the cctv still get saved "
        "in time?"
    )
    assert answer(text, "assault", hate_motivated=True) == "utter_cctv_through_a_charity"
    assert "10 days" in sendable("utter_cctv_through_a_charity")[0]


@pytest.mark.parametrize(
    "text",
    [
        "will the bus have cctv of it? how long do they keep it",
        "what is tell mama?",
        "I dont want the police",
    ],
)
def test_near_misses_are_not_the_reporting_answers(text):
    assert answer(text, "assault", hate_motivated=True) not in (
        "utter_report_without_police", "utter_cctv_through_a_charity"
    )  # fmt: skip


# -- 7. Nat, misgendered, and her lip ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "not them. im a trans woman btw not non binary. and what do i do if they misgender me "
        "again, can i ask for someone else",
        "skip. and answer my question about misgendering pls",
    ],
)
def test_nat_is_told_what_to_do_if_misgendered(text):
    assert answer(text, "assault", hate_motivated=True) == "utter_misgendered_by_police"


def test_nat_is_told_about_her_lip():
    text = "practical help and information. and my lip, do i need stitches its been 4 days"
    assert answer(text, "assault", hate_motivated=True) == "utter_cut_days_later"
    assert "NHS 111" in sendable("utter_cut_days_later")[0]


@pytest.mark.parametrize(
    "text",
    [
        "carry on i guess. and yes id be worried about court, they'd probably deadname me "
        "there too",
        "my lip is split",
        "do i need stitches?",
    ],
)
def test_near_misses_are_not_nats_answers(text):
    assert answer(text, "assault") not in ("utter_misgendered_by_police", "utter_cut_days_later")
