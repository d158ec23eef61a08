"""Round 65, helper k3: questions answered "I can't answer" or wrongly (Maria, Bernadette, Frank,
Dave, Nikki, Chloe)."""

from __future__ import annotations

import pytest

from actions.assessment_form import k3_named_service_noted
from actions.reading import Turn, read_turn
from core import contact_notes
from tests.unit.known_answers import (
    ORGANISATIONS,
    RESPONSES,
    answer,
    answer_in_conversation,
    said_answer,
)


def _text(name: str) -> str:
    return str(RESPONSES[name][0]["text"])


def _turn(text: str, requested: str, **answers):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested=requested,
            answers={"consent": True, **answers},
            organisations=ORGANISATIONS,
        )
    )


# -- Maria, a Filipino domestic worker whose employer keeps her passport --
MARIA_SAID = [
    "not danger i think. she shout shout everyday. she take my passport, keep in her drawer. i "
    "sleep kitchen floor. salary only 300 pound one month",
]


@pytest.mark.parametrize(
    "text",
    [
        "no no police. if i tell police they send me philippines? my children there need my money",
        "if i report will they send me back home?",
        "police will deport me if i tell them?",
    ],
)
def test_forced_work_fear_of_being_sent_home_is_answered(text):
    assert said_answer(text, "human_trafficking", MARIA_SAID) == "utter_k3_exploited_sent_home"


def test_a_domestic_workers_visa_is_not_the_skilled_worker_answer():
    text = "my visa is domestic worker, madam is sponsor. if i leave her house i lose visa? deport?"
    assert said_answer(text, "human_trafficking", MARIA_SAID) == "utter_k3_domestic_worker_visa"
    reply = _text("utter_k3_domestic_worker_visa")
    assert "020 7243 2942" in reply and "08000 121 700" in reply and "Acas" not in reply


def test_mina_on_a_skilled_worker_visa_still_gets_the_sponsored_visa_answer():
    text = "If I report him, maybe he will fire me and then I lose my visa? My sponsor is the job"
    assert answer(text, "sexual_offence") == "utter_q1_sponsored_visa"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("will they send me back home if i report him? i have no papers", "assault"),
        ("will the police send me a letter?", "human_trafficking"),
    ],
)
def test_not_sent_home_answer_outside_forced_work_or_without_that_fear(text, crime_type):
    assert answer(text, crime_type) != "utter_k3_exploited_sent_home"


# -- Bernadette, 83, a distraction burglary, hard of hearing --
BERNADETTE_SAID = [
    "I let him in and he went upstairs while i was in the Kitchen running the tap like he said.",
    "Not yet. Sandra says i should but i cant hear on the Telephone very well.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Is it a Burglary if i let him in myself? Yes please somebody to help. But not on the "
        "Telephone. Can they speak to my daughter Sandra she Can hear",
        "is it still burglary if i opened the door to him?",
        "Is it burglary even though I let them in",
    ],
)
def test_letting_him_in_is_still_burglary(text):
    assert said_answer(text, "burglary", BERNADETTE_SAID) == "utter_k3_distraction_burglary"


def test_how_to_report_without_hearing_the_phone():
    text = "Yes a bit. How do i do it if i cant hear the Phone"
    got = said_answer(text, "burglary", BERNADETTE_SAID, reported_to_police=False)
    assert got == "utter_p2_police_without_calling"
    # At the court question the yes is kept too.
    reading = _turn(text, "fear_of_giving_evidence", crime_type="burglary")
    assert reading.slots.get("fear_of_giving_evidence") is True


@pytest.mark.parametrize(
    "text",
    [
        "is it burglary or theft?",  # no trick told
        "how do i do it",  # nothing about hearing
    ],
)
def test_burglary_and_hearing_answers_need_their_words(text):
    got = said_answer(text, "burglary", ["someone broke in"], reported_to_police=False)
    assert got not in ("utter_k3_distraction_burglary", "utter_p2_police_without_calling")


# -- Frank, 77, a romance scam --
FRANK_SAID = [
    "I met a lady on the internet, Elena, we wrote for months. She was in hospital in Turkey and "
    "needed money for the bills and I sent her £9,000 over a few weeks.",
]


@pytest.mark.parametrize(
    "text",
    [
        "77. I sent it to an account she gave me, I think it was a UK account, a friend of hers "
        "in Manchester. Am I a silly old fool?",
        "You didnt answer me, am I a fool?",
        "am i a stupid old man",
    ],
)
def test_romance_scam_fool_is_answered_with_romance_words(text):
    assert said_answer(text, "fraud", FRANK_SAID) == "utter_k3_romance_scam_not_foolish"
    assert "fear and hurry" not in _text("utter_k3_romance_scam_not_foolish")


def test_a_silly_old_fool_after_a_bank_scam_gets_the_general_reassurance():
    said = ["a man rang saying he was from my bank and I moved my savings to a safe account"]
    assert said_answer("Am I a silly old fool?", "fraud", said) == "utter_s1_scam_not_stupid"


def test_too_late_for_the_bank_refund():
    text = (
        "Is it too late? The last payment was in August. And must I go to the police as well or "
        "is this Report Fraud the police?"
    )
    got = answer_in_conversation(text, "fraud", FRANK_SAID)
    assert got is not None and got.response == "utter_k3_scam_refund_time"
    assert [then.response for then in got.then] == ["utter_how_to_report"]
    assert "13 months" in _text("utter_k3_scam_refund_time")


@pytest.mark.parametrize(
    "text",
    [
        "Why do you say again and again? It was only the one lady. And what exactly do I tell "
        "the bank?",
        "what do i say to the bank",
        "what should I tell Barclays?",
    ],
)
def test_what_to_tell_the_bank(text):
    assert said_answer(text, "fraud", FRANK_SAID) == "utter_k3_what_to_tell_the_bank"


@pytest.mark.parametrize(
    ("text", "crime_type"),
    [
        ("is it too late to report it? it was years ago", "sexual_offence"),
        ("what do i tell the bank about my stolen card", "burglary"),
    ],
)
def test_bank_answers_only_after_a_scam(text, crime_type):
    assert answer(text, crime_type) not in (
        "utter_k3_scam_refund_time",
        "utter_k3_what_to_tell_the_bank",
    )


# -- Dave, his van broken into --
DAVE_SAID = ["some scumbag done my van last night, 4 grand of tools gone."]


@pytest.mark.parametrize(
    "text",
    [
        "no. the geezer next door has one of them ring doorbells pointing at the street. will "
        "the old bill actually look at it",
        "no. answer my question, will the police look at the doorbell camera or not",
        "my neighbour has cctv, will the police check it?",
    ],
)
def test_a_neighbours_camera_outside_abuse(text):
    assert said_answer(text, "burglary", DAVE_SAID) == "utter_k3_neighbours_camera"


def test_a_doorbell_camera_after_abuse_at_home_is_still_the_safety_answer():
    text = "can I get one of those doorbell cameras? he keeps coming to the door"
    assert answer(text, "domestic_abuse") == "utter_q6_safety_alarm"
    assert answer(text, "burglary") != "utter_q6_safety_alarm"


def test_no_camera_footage_answer_for_abuse_at_home():
    text = "will the police look at my neighbours doorbell camera?"
    assert answer(text, "domestic_abuse") != "utter_k3_neighbours_camera"


# -- Nikki: a yes to Galop, not Victim Support; afraid of court --
def test_a_yes_naming_galop_is_a_yes():
    text = (
        "wtf is tfl got to do with it, i mean my driving licence. anyway yes but i want galop not "
        "victim support"
    )
    reading = _turn(text, "referral_consent", crime_type="assault")
    assert reading.slots.get("referral_consent") is True
    assert not any(say.response == "utter_reask_referral_consent" for say in reading.say)
    answers: dict = {"said": ("hi", text), "contact_notes": None}
    k3_named_service_noted(answers)
    assert answers["contact_notes"] == ["named_service"]
    assert contact_notes.for_worker(["named_service"]) == [
        contact_notes.FOR_WORKER["named_service"]
    ]


@pytest.mark.parametrize(
    "text",
    ["no i dont want galop or anyone", "no thanks", "yes please", "i went to galop last year"],
)
def test_no_named_service_note_without_a_yes_naming_one(text):
    answers: dict = {"said": (text,), "contact_notes": None}
    k3_named_service_noted(answers)
    assert not answers["contact_notes"]


def test_no_to_the_referral_is_still_no():
    reading = _turn("no i dont want galop or anyone", "referral_consent", crime_type="assault")
    assert reading.slots.get("referral_consent") is not True


def test_afraid_of_facing_him_at_court_is_a_yes():
    text = "honestly yeah. standing there with him staring at me? no thanks"
    reading = _turn(text, "fear_of_giving_evidence", crime_type="assault")
    assert reading.slots.get("fear_of_giving_evidence") is True


@pytest.mark.parametrize("text", ["no thanks", "nah im fine with seeing him there"])
def test_not_afraid_is_not_read_as_afraid(text):
    reading = _turn(text, "fear_of_giving_evidence", crime_type="assault")
    assert reading.slots.get("fear_of_giving_evidence") is not True


# -- Chloe, 21, spiked --
CHLOE_SAID = ["hi um i think my drink got spiked on saturday and i dont know what happened"]


@pytest.mark.parametrize(
    "text",
    [
        "i have anxiety, i take sertraline. is that gonna mess with the test or something",
        "yes probably. but what about my meds and the test??",
        "will my medication affect the drug test?",
    ],
)
def test_medicine_and_the_spiking_test(text):
    assert said_answer(text, "assault", CHLOE_SAID) == "utter_k3_medicines_and_test"


def test_drinking_is_never_her_fault_after_spiking():
    text = "no. will they say its my fault cos i was drinking? i had like 3 drinks"
    assert said_answer(text, "assault", CHLOE_SAID) == "utter_k3_drunk_or_spiked_not_your_fault"
    assert _text("utter_k3_drunk_or_spiked_not_your_fault").startswith("No.")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("is my medication going to affect the test results?", ["my husband hits me"]),
        ("will they say its my fault cos i was drinking?", ["i crashed my car into a wall"]),
    ],
)
def test_spiking_answers_need_a_spiking(text, said):
    assert said_answer(text, None, said) not in (
        "utter_k3_medicines_and_test",
        "utter_k3_drunk_or_spiked_not_your_fault",
    )


def test_every_k3_answer_fits_one_message():
    for name in RESPONSES:
        if name.startswith("utter_k3_"):
            assert len(_text(name)) <= 320, name
