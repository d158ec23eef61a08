"""Round 59, helper f1: Linda (purse stolen, card used), Fatima (hijab pulled on a bus, children
of 7 and 9 with her) and Marcus (shoved down steps by a club's bouncer), round 58."""

from __future__ import annotations

import pytest

from actions import reading, wording
from core import yaml_files
from tests.unit.known_answers import RESPONSES, said_answer

LINDA_SAID = [
    "hi someone nicked my purse out my trolley in lidl lewisham this morning and theyve already "
    "used my card twice, so annoyed with myself",
]
FATIMA_SAID = [
    "Salam. Yesterday on the 25 bus a man grabbed my hijab and pulled it and shouted horrible "
    "things about muslims. My children were with me, they are 7 and 9. My daughter has not "
    "stopped crying. Is there any support for children?",
]
MARCUS_SAID = [
    "Bouncer outside a club in Shoreditch called me the n word last night and shoved me down the "
    "steps. My ankle is swollen up. Is that a hate crime or what",
]


# 1. A question naming a service is not a correction of the crime.
@pytest.mark.parametrize(
    "text",
    [
        "49. so do i ring 101 then or that fraud one, im confused now",
        "do i call the fraud team or 101",
        "is it that fraud line i ring",
    ],
)
def test_a_service_named_is_not_a_crime_put_right(text):
    changes = reading.corrections(text, {"crime_type": "theft", "age": 49.0})
    assert "crime_type" not in changes


@pytest.mark.parametrize(
    "text, crime",
    [
        ("no. its a THEFT not fraud, can you put that right", "fraud"),
        ("its not a scam it was theft, my purse got stolen", "fraud"),
    ],
)
def test_a_crime_said_outright_is_still_put_right(text, crime):
    assert reading.corrections(text, {"crime_type": crime})["crime_type"] == "theft"


def test_it_was_fraud_still_puts_it_right():
    assert reading.corrections("it was fraud", {"crime_type": "theft"}) == {"crime_type": "fraud"}


# 2. A stolen card: the unauthorised-payment answer, and no "stop your cards" once stopped.
def test_bank_pay_me_back_after_a_stolen_card():
    text = "ye fine. will the bank pay me back do you know?"
    assert said_answer(text, "fraud", LINDA_SAID, consent=True) == "utter_card_used"


@pytest.mark.parametrize(
    "text",
    [
        "lewisham. i didnt ask about criminal injuries i asked if the BANK pays back the 60",
        "ive ALREADY cancelled them. i just want to know if i get the 60 back and if the police "
        "will do anything, there was cctv in lidl surely",
        "english obvs. are you going to answer me about the money??",
    ],
)
def test_refund_once_the_cards_are_stopped(text):
    said = [*LINDA_SAID, "fine thanks just cross. got my cards cancelled now."]
    assert said_answer(text, "theft", said, consent=True) == "utter_f1_card_refund_cards_stopped"


def test_cards_cancelled_and_payments_told():
    text = (
        "fine thanks just cross. got my cards cancelled now. how much was taken is like 60 quid on "
        "the 2 payments"
    )
    got = said_answer(text, "theft", LINDA_SAID, consent=True)
    assert got == "utter_f1_card_refund_cards_stopped"


def test_refund_without_a_card_taken_is_not_this_answer():
    # Joan-like: paid by transfer to a scammer; no card taken.
    said = ["a man rang saying he was from my bank and i moved 3000 to a safe account"]
    got = said_answer("will the bank pay me back", "fraud", said, consent=True)
    assert got not in ("utter_f1_card_refund_cards_stopped", "utter_card_used")


def test_refund_after_a_partner_took_the_card_is_not_this_answer():
    said = ["my boyfriend took my card and keeps spending, i cancelled it"]
    got = said_answer("will the bank pay me back", "domestic_abuse", said, consent=True)
    assert got != "utter_f1_card_refund_cards_stopped"


# 3. Pulling clothing can be assault: no knife.
@pytest.mark.parametrize(
    "text",
    [
        "No not yet. He only pulled my scarf, he did not hit me. Is that really assault? And is it "
        "hate crime?",
        "he just grabbed my coat, is that assault",
        "she pushed me but i wasnt hurt, does that count as assault?",
    ],
)
def test_pulling_clothes_can_be_assault(text):
    assert said_answer(text, "assault", FATIMA_SAID, consent=True) == "utter_f1_force_is_assault"
    assert "knife" not in RESPONSES["utter_f1_force_is_assault"][0]["text"]


@pytest.mark.parametrize(
    "text",
    [
        "he threatened me but didnt touch me, is that assault?",
        "is it assault if someone shouts at you",
    ],
)
def test_no_force_told_is_not_this_answer(text):
    assert said_answer(text, "assault", [], consent=True) != "utter_f1_force_is_assault"


# 4. The bouncer or the club.
@pytest.mark.parametrize(
    "text",
    [
        "nah not yet. thing is do i report the bouncer himself or the club?? like the club hired "
        "him. my mate jay saw it all btw",
        "27. thats useless man. hes security he should have a badge or whatever cant i get him "
        "sacked",
        "ok. so what have you got down about me? and u still never said if i report the club or "
        "the bouncer",
    ],
)
def test_bouncer_or_club(text):
    assert said_answer(text, "assault", MARCUS_SAID, consent=True) == "utter_f1_report_door_staff"


@pytest.mark.parametrize(
    "text",
    ["do i report it to the police or the council", "the security guard at tesco saw it all"],
)
def test_not_door_staff(text):
    assert said_answer(text, "assault", [], consent=True) != "utter_f1_report_door_staff"


# 5. Children as witnesses.
@pytest.mark.parametrize(
    "text",
    [
        "A little yes. I would not want my children to go to court. Would they have to? They saw "
        "everything",
        "will my kids have to give evidence",
    ],
)
def test_children_at_court(text):
    assert said_answer(text, "assault", FATIMA_SAID, consent=True) == "utter_f1_child_witnesses"


@pytest.mark.parametrize(
    "text",
    ["scared no. pissed off yes. would jay have to go court too?", "would i have to go to court"],
)
def test_not_children_at_court(text):
    assert said_answer(text, "assault", MARCUS_SAID, consent=True) != "utter_f1_child_witnesses"


def test_a_child_victim_is_not_this_answer():
    text = "would i have to go to court, my mum says my son is scared too"
    got = said_answer(text, "assault", [], consent=True, age=15.0, under_18=True)
    assert got != "utter_f1_child_witnesses"


# 6, 7, 8: wording.
def test_no_hospital_taken_as_told():
    text = RESPONSES["utter_help_for_child_victim"][0]["text"]
    assert "the hospital that treated them" not in text


def test_no_sling_for_any_body_part():
    from pathlib import Path

    path = Path(__file__).parents[2] / "bot/domain/responses_safeguarding.yml"
    variants = yaml_files.load(path.read_text())["responses"]["utter_possible_broken_bone"]
    assert all("sling" not in variant["text"] for variant in variants)


def test_confirmation_does_not_promise():
    line = wording.summary_line({"crime_type": "assault", "contact_method": "text"})
    assert "they'll contact you" not in line
    assert "should contact you" in line
    from pathlib import Path

    domain = Path(__file__).parents[2] / "bot/domain"
    for path in (domain / "responses.yml", domain / "responses_answers.yml"):
        text = path.read_text()
        assert "passed your request to the support team, and they'll contact" not in text
        # round 59, main: the variant for people who cannot phone said it too (Rachel)
        assert "passed your request to the support team. They'll contact" not in text
        assert "support team and they'll contact you as you asked" not in text
        assert "support team, and they'll contact you as you asked" not in text


@pytest.mark.parametrize(
    "name",
    [
        "utter_f1_card_refund_cards_stopped",
        "utter_f1_force_is_assault",
        "utter_f1_report_door_staff",
        "utter_f1_child_witnesses",
    ],
)
def test_answers_are_short(name):
    assert all(len(v["text"]) <= 320 for v in RESPONSES[name])
