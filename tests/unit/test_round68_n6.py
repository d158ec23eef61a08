"""Round 68, helper n6: questions answered "I can't answer that" or with the wrong text (Kwame,
Amira, Irene, Mo, Hamza, Lucy, Bilal)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.questions import known_answer
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import ORGANISATIONS, RESPONSES, answer_in_conversation

FORM = ValidateNeedsAssessmentForm()

KWAME_SAID = [
    "my little brother was killed 2 weeks ago. stabbed in peckham. theres a family liaison "
    "officer but i have questions she cant answer",
    "no. its mum im worried about. she's not eating, she just sits in his room. she's 61 and has "
    "diabetes",
]
AMIRA_SAID = [
    "hi. a man just grabbed my hijab on the bus",
    "no. he was shouting stuff about muslims, terrorist, go home. my son is 7 he was crying",
]
IRENE_SAID = [
    "Hello. I am not sure if this is the right place. My house was broken into two weeks ago "
    "while I was asleep upstairs. I have not slept properly since."
]
MO_SAID = [
    "hello. me deaf. my van stolen. tools inside all gone. what do",
    "ok. but me cant phone. deaf. BSL my language. english second",
]
HAMZA_SAID = [
    "yo. got stabbed in my leg last week, police keep ringing me for a statement. is this the "
    "right place",
    "ye ok. but does this go to the police? cos they already think im part of it",
    "ok yeah. but not the police ok, just the redthread ones",
]
LUCY_SAID = [
    "no its not like that. it was 3 months ago. I went on a date with a guy from hinge and went "
    "back to his after. I'd had quite a lot to drink. I said I didn't want to and he did it anyway"
]
BILAL_SAID = ["hi, is this for if someone attacks you? passenger hit me in my cab last night"]


def said(text, crime_type, earlier, **answers):
    got = answer_in_conversation(text, crime_type, earlier, consent=True, **answers)
    return got.response if got else None


# -- Kwame, 34, whose brother was murdered --


@pytest.mark.parametrize(
    "text",
    [
        "im not a witness i wasnt there. they arrested 2 boys, one is 17. when is the trial? will "
        "we be allowed in court?",
        "im not a witness i wasnt there. when is the trial? can we be in court?",
    ],
)
def test_kwame_trial_dates(text):
    assert said(text, "homicide", KWAME_SAID, age=34.0) == "utter_n6_homicide_trial_dates"


@pytest.mark.parametrize(
    "text",
    [
        "can mum talk to someone? she wont call a helpline",
        "can mum talk to someone? she wont call a helpline. and when does the trial happen, the "
        "FLO said months",
        "will they help mum as well or just me",
        "is there support for my mum?",
    ],
)
def test_kwame_support_for_mum(text):
    assert said(text, "homicide", KWAME_SAID, age=34.0) == "utter_n6_homicide_family_support"


@pytest.mark.parametrize(
    "text",
    [
        "one of them is 17. does that mean youth court and he gets off light",
        "will the 17 year old go to youth court?",
    ],
)
def test_kwame_youth_court(text):
    assert said(text, "homicide", KWAME_SAID, age=34.0) == "utter_n6_youth_murder_crown_court"


def test_how_long_till_trial_keeps_its_answer():
    text = "thats not what i asked. how long till a murder trial usually"
    assert said(text, "homicide", KWAME_SAID, age=34.0) == "utter_how_long"


# -- Amira, whose son saw it --


@pytest.mark.parametrize(
    "text", ["what about my son? is there someone for kids", "is there any support for children?"]
)
def test_amira_support_for_son_who_saw(text):
    assert said(text, "assault", AMIRA_SAID, age=31.0) == "utter_n6_support_for_child_who_saw"


def test_child_support_not_without_a_child_told():
    text = "is there someone for kids"
    assert said(text, "assault", ["a man punched me on the bus"], age=31.0) != (
        "utter_n6_support_for_child_who_saw"
    )


def test_child_who_was_hurt_keeps_the_child_victim_answer():
    earlier = ["a boy punched my son at the park, my son was crying"]
    assert said("is there someone for kids", "assault", earlier, age=40.0) != (
        "utter_n6_support_for_child_who_saw"
    )


# -- Irene, 66, burgled while asleep --


@pytest.mark.parametrize(
    "text",
    [
        "No, never in 30 years in this house. Do you think they will come back? Everyone says "
        "burglars come back.",
        "will they come back?",
        "do burglars come back?",
    ],
)
def test_irene_will_they_come_back(text):
    assert said(text, "burglary", IRENE_SAID, age=66.0) == "utter_n6_burglars_come_back"


@pytest.mark.parametrize(
    "text",
    [
        "And the sleeping? I lie awake till 4 every night. I don't want to take pills.",
        "i cant sleep but i dont want sleeping tablets",
    ],
)
def test_irene_sleep_without_pills(text):
    assert said(text, "burglary", IRENE_SAID, age=66.0) == "utter_n6_sleep_without_pills"


# -- Mo, 40, Deaf --


@pytest.mark.parametrize(
    "text",
    [
        "yes police know. my neighbour phone them for me. but police send letter, i cant call back "
        "the number, how i talk police??",
        "thank. police letter say call officer. i cant. you tell police i deaf?",
        "no understand. officer want me call. how i contact officer no phone",
    ],
)
def test_mo_contact_officer_without_phone(text):
    got = said(text, "theft", MO_SAID, age=40.0, cannot_phone=True, reported_to_police=True)
    assert got == "utter_n6_deaf_contact_officer"


def test_mo_answer_gives_text_relay_and_bsl():
    text = RESPONSES["utter_n6_deaf_contact_officer"][0]["text"]
    assert "18001 101" in text and "BSL" in text and "can't tell the police" in text


# -- Hamza, 21, stabbed, referred "but not the police" --


@pytest.mark.parametrize(
    "text",
    [
        "so is it redthread thats gonna text me? and u aint sending it to the feds right",
        "do the police get my number. yes or no",
        "who did u send my number to",
    ],
)
def test_hamza_police_dont_get_number(text):
    got = known_answer(
        text,
        "serious_violence",
        ORGANISATIONS,
        referred=True,
        answers={"crime_type": "serious_violence", "said": HAMZA_SAID, "consent": True,
                 "age": 21.0, "referral_consent": True},
    )  # fmt: skip
    assert got is not None and got.response == "utter_n6_number_not_to_police"


def test_who_got_my_number_without_police_worry_keeps_its_answer():
    got = known_answer(
        "who did u send my number to",
        "assault",
        ORGANISATIONS,
        referred=True,
        answers={"crime_type": "assault", "said": ["a man hit me"], "consent": True,
                 "referral_consent": True},
    )  # fmt: skip
    assert got is None or got.response != "utter_n6_number_not_to_police"


def test_police_number_not_before_a_referral():
    got = said("do the police get my number", "serious_violence", HAMZA_SAID[:2], age=21.0)
    assert got != "utter_n6_number_not_to_police"


RESULT_SHOWN = {
    "consent": True, "in_danger": False, "crime_type": "serious_violence",
    "reported_to_police": True, "age": 21.0, "under_18": False,
    "relationship_to_offender": "stranger", "repeat_victimisation": True,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": True,
    "needs": ["safety"], "language": "english", "borough": "newham", "results_shown": True,
}  # fmt: skip


async def test_hamza_yes_but_not_police_is_a_yes_and_confirmed(dispatcher, domain):
    text = "ok yeah. but not the police ok, just the redthread ones"
    assert read_answer("referral_consent", text).value is True
    tracker = make_tracker(
        slots=RESULT_SHOWN,
        text=text,
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent"],
    )
    events = await FORM.run(dispatcher, tracker, domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["referral_consent"] is True
    assert "utter_n6_referral_not_police" in [m.get("response") for m in dispatcher.messages]


async def test_a_plain_yes_gets_no_police_note(dispatcher, domain):
    tracker = make_tracker(
        slots=RESULT_SHOWN, text="yes please", requested_slot="referral_consent",
        sent=["utter_ask_referral_consent"],
    )  # fmt: skip
    await FORM.run(dispatcher, tracker, domain)
    assert "utter_n6_referral_not_police" not in [m.get("response") for m in dispatcher.messages]


# -- Lucy, 28, raped 3 months ago --


@pytest.mark.parametrize(
    "text",
    [
        "someone to talk to I think. is it too late to report now? I washed everything",
        "english. but you didnt answer, is it too late to report it",
        "is it too late to report it now? i showered after",
    ],
)
def test_lucy_not_too_late(text):
    assert said(text, "sexual_offence", LUCY_SAID, age=28.0) == "utter_n6_not_too_late_rape"


def test_too_late_for_a_theft_keeps_its_answer():
    text = "is it too late to report it? it was 3 weeks ago"
    assert said(text, "theft", ["someone stole my bike"], age=30.0) != "utter_n6_not_too_late_rape"


# -- Bilal, 27, a minicab driver hit by a passenger --


@pytest.mark.parametrize(
    "text",
    [
        "court?? man i just want to drive. what if he knows my car, my reg is on the app",
        "u didnt answer. he could find me, he knows my car",
        "maybe. but first, im scared hes gonna come back for me, he had my reg and my first name "
        "on the app. what do i do",
    ],
)
def test_bilal_passenger_knows_his_car(text):
    assert said(text, "assault", BILAL_SAID, age=27.0) == "utter_n6_passenger_knows_car"


def test_bilal_uber_question_keeps_the_operator_answer():
    text = "not yet. if i report does uber find out? i cant lose my rating bro, its my only job"
    assert said(text, "assault", BILAL_SAID, age=27.0) == "utter_k1_driver_tell_operator"


def test_knows_my_address_without_a_cab_is_not_the_driver_answer():
    earlier = ["my neighbour keeps shouting at me and banging on my door"]
    text = "what if he knows my address? he could find me"
    assert said(text, "assault", earlier, age=50.0) != "utter_n6_passenger_knows_car"


def test_do_i_have_to_go_to_court_is_not_the_trial_dates_answer():
    text = "do i have to go to court?"
    assert said(text, "homicide", KWAME_SAID, age=34.0) != "utter_n6_homicide_trial_dates"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("when is the trial, what happens", "utter_n7_bereaved_trial_dates"),
        ("can i go to the trial or not", "utter_r7_trial_public"),
    ],
)
def test_older_trial_answers_stand(text, expected):
    assert said(text, "homicide", KWAME_SAID, age=34.0) == expected


def test_support_for_people_who_saw_it_keeps_the_witness_answer():
    text = "is there any support for ppl who saw it? everyone just talks to his mum"
    assert said(text, "homicide", ["my best friend was stabbed"]) != (
        "utter_n6_homicide_family_support"
    )


@pytest.mark.parametrize(
    "text,crime_type,earlier",
    [
        ("will they come back?", "robbery", ["two men robbed my shop, they said they come back"]),
        ("is there someone for kids?", "domestic_abuse", ["my husband hits me, my son saw it"]),
    ],
)
def test_other_peoples_questions_get_other_answers(text, crime_type, earlier):
    got = said(text, crime_type, earlier, age=35.0)
    assert got not in ("utter_n6_burglars_come_back", "utter_n6_support_for_child_who_saw")


def test_a_relative_at_risk_keeps_the_risk_answer():
    text = (
        "Yes please. Can they help mum too? She's taking it worse than me, she barely eats. I just "
        "want to make sure she's ok, sometimes she says she doesn't want to be here without him."
    )
    assert said(text, "homicide", KWAME_SAID, age=34.0) == "utter_j2_someone_else_at_risk"
