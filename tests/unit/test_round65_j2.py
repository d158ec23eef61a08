"""Round 65, helper J2: wrong facts read from free text (Gloria, Kieran, Pete, Moira, Josh,
Zainab)."""

from __future__ import annotations

import pytest

from actions import account, reading
from actions.wording import changed_line
from tests.unit.known_answers import RESPONSES, answer, said_answer, sendable

# -- 1. Gloria: "the bus every day" is not the crime again --------------------------------------
GLORIA = (
    "Well my keys were in the bag with my address on a letter, so I am worried he could come to "
    "the house. And I need my freedom pass back, I cannot pay the bus every day. And someone to "
    "talk to would be nice."
)
ONCE = dict(consent=True, crime_type="theft", repeat_victimisation=False)


@pytest.mark.parametrize(
    "text", [GLORIA, "I take the kids to school every day", "I work every day"]
)
def test_own_routine_every_day_keeps_it_happened_once(text):
    assert "repeat_victimisation" not in reading.corrections(text, ONCE)


@pytest.mark.parametrize(
    "text",
    [
        "he does it every day",
        "it happens every day",
        "they come every day",
        "I get messages every day",
        "it has happened lots of times",
    ],
)
def test_real_repeats_still_read(text):
    assert reading.corrections(text, ONCE).get("repeat_victimisation") is True


# -- 2. Kieran: "my bro ... swings on me" is his own account -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "its my bro innit. he gets mad drunk n swings on me",
        "its my bro. he hits me when hes drunk",
    ],
)
def test_relative_who_harms_the_writer_is_not_written_for(text):
    assert account.read_account(text).for_someone_else is not True


@pytest.mark.parametrize(
    "text",
    [
        "its my sister. her boyfriend hits her",
        "its my sister. her boyfriend hits her and he swings on me too",
        "its my nan. her carer hurts her",
    ],
)
def test_someone_else_harmed_is_still_written_for(text):
    assert account.read_account(text).for_someone_else is True


# -- 3. Pete: asking whether to report is not having reported; the bad back taken off ----------
PETE_SAID = [
    "had a fare punch me last night and do a runner. got it all on dashcam. is there any point "
    "reporting it or will old bill not bother"
]
PETE_ASKS = (
    "no im fine, bit of a fat lip. 30 odd years on the cabs ive had worse. but will they "
    "actually do something or is it another crime number and forget it"
)


def test_asking_if_police_will_act_is_not_reported():
    assert account.read_account(PETE_ASKS).reported is not True
    assert not account.police_know(PETE_ASKS)


@pytest.mark.parametrize(
    "text", [PETE_ASKS, "will they actually do something", "is there any point reporting it"]
)
def test_asking_if_reporting_is_worth_it_gets_the_honest_answer(text):
    got = said_answer(text, "assault", PETE_SAID, consent=False, reported_to_police=False)
    # what reporting can do (or what happens if you report), never the investigation answer;
    # with his dashcam told, round 65 J4's answer on footage (merged beside this one)
    assert got in (
        "utter_i6_will_police_bother",
        "utter_c4_police_after_report",
        "utter_j4_worth_reporting_footage",
    )
    assert "crime number" not in RESPONSES[got][0]["text"]


def test_any_point_reporting_is_answered_before_the_police_question():
    got = said_answer(PETE_ASKS, "assault", PETE_SAID, consent=False)
    assert got in ("utter_i6_will_police_bother", "utter_j4_worth_reporting_footage")


def test_after_reporting_the_investigation_answer_stays():
    got = said_answer(
        "will they actually do something", "assault", PETE_SAID, reported_to_police=True
    )
    assert got == "utter_police_investigation"


def test_other_peoples_crime_numbers_still_read_as_reported():
    assert account.read_account("i reported it and got a crime number").reported is True


PETE = dict(consent=False, crime_type="assault", impairment=True, age=61.0)


@pytest.mark.parametrize(
    "text",
    [
        "i never said i was afraid. i said i aint scared of him. and a bad back dont make me "
        "vulnerable, cheeky",
        "and the back thing. take that off, its got nothing to do with it. what about my money, "
        "the fare and i lost the rest of the night off work",
        "for gods sake. I DONT HAVE A DISABILITY. its a bad back. so last time, will the police "
        "bother with this or not, ive got his face on camera",
    ],
)
def test_denied_disability_is_taken_off_at_once(text):
    changes = reading.corrections(text, PETE)
    assert changes.get("impairment") is False
    assert "don't have a health condition or disability" in (changed_line(changes) or "")


@pytest.mark.parametrize(
    "text",
    [
        "my back is bad and it makes it hard to stand",
        "take that off, the fare was 38",
        "I dont have a disability, I have MS",
        "i dont have a disability but my anxiety is bad",
    ],
)
def test_condition_not_denied_stays(text):
    assert "impairment" not in reading.corrections(text, PETE)


# -- 4. Moira: slashed tyres are not a windscreen -------------------------------------------------
def test_damage_not_civil_names_no_windscreen():
    text = (
        "its no just the tyres hen its the threats, the whole year of it. aye a phoned the polis "
        "twice, they came oot once and said it was a civil matter"
    )
    assert answer(text, "criminal_damage") == "utter_damage_not_civil"
    said = sendable("utter_damage_not_civil")[0]
    assert "windscreen" not in said and "Criminal Damage Act 1971" in said


# -- 5. Josh: not a robbery; Zainab: not "more than once" ----------------------------------------
def test_harm_not_expected_is_not_an_assault():
    assert account.read_account("I do not think he will hurt me right now.").crime_type is None
    assert account.read_account("he wont hurt me").crime_type is None
    # t84c (round 84, Wayne): harm only expected or threatened is not an assault done; harm
    # done still is.
    assert account.read_account("he hurt me").crime_type == "assault"
    assert account.read_account("I think he will hurt me").crime_type != "assault"


@pytest.mark.parametrize(
    "text",
    [
        "That is wrong. Robbery means using force. He did not use force. He takes it when I am "
        "not there. Before you said theft. Also you still did not define danger.",
        "27. Did you change robbery to theft? Please confirm.",
    ],
)
def test_robbery_without_force_is_put_right_to_theft(text):
    changes = reading.corrections(text, dict(consent=True, crime_type="robbery"))
    assert changes.get("crime_type") == "theft"
    assert "a theft" in (changed_line(changes) or "")


def test_robbery_correction_does_not_touch_other_crimes():
    text = "He did not use force. Before you said theft."
    assert "crime_type" not in reading.corrections(text, dict(consent=True, crime_type="fraud"))


@pytest.mark.parametrize(
    "text",
    [
        "ok my sister is ringing them now. what do i tell them about how i fell? i dont want "
        "social services involved",
        "shes ringing the maternity unit not 999",
    ],
)
def test_someone_ringing_for_help_is_not_stalking(text):
    told = account.read_account(text)
    assert told.crime_type != "stalking_harassment" and told.repeat is not True


def test_real_ringing_still_stalking():
    told = account.read_account("my ex keeps ringing me day and night")
    assert told.crime_type == "stalking_harassment"
