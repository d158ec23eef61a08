"""Round 97, helper i97a: Bilal (van robbed), Kezia (filmed in the shower), Tony (pub
windows smashed, a threat to burn him out), Nora (her husband's headstone smashed)."""

from __future__ import annotations

import pytest

from actions import wording
from actions.account import read_account
from actions.answers import read_answer
from actions.questions import l3_mentions_drinking_or_flashbacks
from actions.reading import Turn, corrections, read_turn
from actions.situation_answers import v86b2_drink_that_night
from tests.unit.known_answers import answer_in_conversation, sendable

# -- Bilal, 24: his parcel van taken from him ------------------------------------------------

BILAL_OPENING = "hi two men pulled me out my van yesterday and took it"
BILAL_TOLD = (
    "i drive a parcel van. stopped at red light in hounslow 2 guys opened door dragged me out "
    "and drove off with van and all the parcels"
)
BILAL_PARCELS = (
    "no never seen them before. my firm says i might have to pay for the parcels. do i have to "
    "pay for the parcels??"
)


@pytest.mark.parametrize("text", [BILAL_OPENING, BILAL_TOLD])
def test_dragged_out_of_his_van_and_it_taken_is_a_robbery(text):
    assert read_account(text).crime_type == "robbery"
    assert read_answer("crime_type", text).value == "robbery"


def test_van_driven_off_with_is_not_a_driver_who_did_not_stop():
    assert "driver_uninsured_or_untraced" not in read_account(BILAL_TOLD).details


def test_pulled_out_of_a_car_and_hit_stays_an_assault():
    assert read_account("he pulled me out of the car and hit me").crime_type == "assault"


@pytest.mark.parametrize("crime", ["robbery", "assault"])
def test_his_firm_making_him_pay_for_the_parcels_gets_the_wages_answer(crime):
    said = answer_in_conversation(BILAL_PARCELS, crime, [BILAL_OPENING, BILAL_TOLD])
    assert said is not None and said.response == "utter_n80e_wage_deductions"


# -- Kezia, 19: filmed in the shower by her flatmate's boyfriend --------------------------------

KEZIA_TOLD = (
    "not sure?? im at the library rn i dont want to go home. my flatmates boyfriend filmed me in "
    "the shower through the gap in the door i saw it on his phone last night"
)
KEZIA_CRIME = "no. is filming someone like that even a crime?? he'll just say it was a joke"
KEZIA_CRIME_AGAIN = (
    "19. but seriously is it a crime or not, i dont want to go to the police and they laugh at me"
)
KEZIA_PHONE = (
    "thats for instagram posts its NOT posted. can the police take his phone off him? and will "
    "he find out it was me who told"
)
KEZIA_CANT = "wait so the police CANT take his phone?? so whats the point"
KEZIA_OFF_PHONE = "lewisham. but how do i get it off his phone"


@pytest.mark.parametrize("text", [KEZIA_CRIME, KEZIA_CRIME_AGAIN])
def test_secret_filming_in_the_shower_is_said_to_be_voyeurism(text):
    said = answer_in_conversation(text, "sexual_offence", [KEZIA_TOLD])
    assert said is not None and said.response == "utter_i97a_secret_filming_is_a_crime"
    (reply,) = sendable("utter_i97a_secret_filming_is_a_crime")
    assert "s.67" in reply and "never shared" in reply and len(reply) <= 320


def test_asking_if_sharing_is_a_crime_keeps_the_sharing_answer():
    said = answer_in_conversation("is it a crime if he shares it", "sexual_offence", [KEZIA_TOLD])
    assert said is None or said.response != "utter_i97a_secret_filming_is_a_crime"


@pytest.mark.parametrize("text", [KEZIA_PHONE, KEZIA_CANT, KEZIA_OFF_PHONE])
def test_police_can_take_his_phone_is_answered_yes(text):
    said = answer_in_conversation(text, "sexual_offence", [KEZIA_TOLD], consent=True)
    assert said is not None and said.response == "utter_i97a_police_can_take_his_phone"
    (reply,) = sendable("utter_i97a_police_can_take_his_phone")
    assert reply.startswith("Yes") and len(reply) <= 320


def test_their_own_phone_taken_is_not_this_answer():
    said = answer_in_conversation("can the police take my phone", "sexual_offence", [KEZIA_TOLD])
    assert said is None or said.response != "utter_i97a_police_can_take_his_phone"


# -- Tony, 53: pub windows smashed, "we'll burn the place down with you in it" ----------------

TONY_OPENING = "got my pub windows smashed"
TONY_THREAT = (
    "not right now. lot of barred regulars did it last week. one of em said we'll burn the "
    "place down with you in it"
)
TONY_KNOWS = "course i know em theyve drunk in my pub for years till i barred em"
TONY_ONCE = (
    "i just told you. someone i know. and it was once not more than once, the drinking was for "
    "years"
)
TONY_NOT_DRINKING = (
    "no. and im not drinking more, i run a pub, THEY drank in it. what about the threat to burn "
    "it down with me in it. nobody cares about that?"
)
TONY_PUT_RIGHT = "its wrong. they threatened to kill me. burn the pub with me in it. put that down"
TONY_LICENCE = (
    "no im not scared of them in court. worried about my licence tho. does the brewery need "
    "telling? and will this go against my licence"
)
TONY_ANSWERS = {
    "crime_type": "criminal_damage",
    "consent": True,
    "in_danger": False,
    "reported_to_police": True,
    "age": 53,
}


def test_threat_to_burn_him_in_the_pub_is_noted_as_a_threat_to_kill():
    reading = read_turn(
        Turn(
            text=TONY_THREAT,
            intent="inform",
            requested="in_danger",
            answers={"crime_type": "criminal_damage", "consent": True, "said": [TONY_OPENING]},
            asked={"in_danger": 1},
        )
    )
    assert "threat_to_kill" in reading.slots["account_details"]
    line = wording.noted_line({"crime_type": "criminal_damage", **reading.noted})
    assert line is not None and "damage to your property and a threat to kill" in line


def test_threat_to_kill_put_right_keeps_the_damage_and_adds_no_assault():
    answers = {**TONY_ANSWERS, "offender": "someone_known", "account_details": []}
    changes = corrections(TONY_PUT_RIGHT, answers)
    assert changes.get("crime_type") in (None, "criminal_damage")
    assert "threat_to_kill" in changes["account_details"]


def test_threat_with_a_hammer_put_right_is_still_an_assault():
    answers = {**TONY_ANSWERS, "account_details": []}
    changes = corrections("its wrong, he threatened to kill me with a hammer", answers)
    assert changes.get("crime_type") == "assault"


def test_regulars_drinking_for_years_is_not_more_than_once_and_who_is_read():
    reading = read_turn(
        Turn(
            text=TONY_KNOWS,
            intent="inform",
            requested="relationship_to_offender",
            answers={**TONY_ANSWERS, "said": [TONY_OPENING, TONY_THREAT]},
            asked={"relationship_to_offender": 1},
        )
    )
    assert reading.slots.get("relationship_to_offender") == "someone_known"
    assert reading.slots.get("repeat_victimisation") is not True


def test_the_drinking_was_for_years_gets_no_drinking_answer():
    reading = read_turn(
        Turn(
            text=TONY_ONCE,
            intent="inform",
            requested="relationship_to_offender",
            answers={**TONY_ANSWERS, "said": [TONY_OPENING, TONY_KNOWS]},
            asked={"relationship_to_offender": 2},
        )
    )
    assert "utter_l3_drinking_flashbacks" not in [say.response for say in reading.say]


def test_their_drinking_denied_is_not_drinking_more_or_drink_blame():
    assert not l3_mentions_drinking_or_flashbacks(TONY_NOT_DRINKING)
    assert not v86b2_drink_that_night(TONY_NOT_DRINKING)
    # Dave and Kemi keep theirs.
    assert l3_mentions_drinking_or_flashbacks("not sleeping great. drinking more than i should")
    assert v86b2_drink_that_night("i meant i was drunk that night")


@pytest.mark.parametrize(
    "text",
    [
        TONY_LICENCE,
        "im not a taxi driver. its a premises licence. feeling safe. and the brewery, do i tell "
        "them or not",
        "does the brewery need telling",
    ],
)
def test_pub_licence_and_brewery_get_the_premises_licence_answer(text):
    said = answer_in_conversation(text, "criminal_damage", [TONY_OPENING, TONY_THREAT])
    assert said is not None and said.response == "utter_i97a_premises_licence"
    (reply,) = sendable("utter_i97a_premises_licence")
    assert "TfL" not in reply and len(reply) <= 320


def test_taxi_driver_keeps_the_tfl_answer():
    said = answer_in_conversation(
        "if i report it will TfL take my licence off me?", "assault", ["a passenger hit me"]
    )
    assert said is not None and said.response == "utter_licence_and_record"


def test_will_they_ring_me_at_the_referral_question_is_about_the_support_service():
    said = answer_in_conversation(
        "yeah ok. will they ring me cos im driving most the day",
        "robbery",
        [BILAL_OPENING, "yes rang them straight away. will the police find the van"],
        consent=True,
        results_shown=True,
        assessment_done=True,
        reported_to_police=True,
    )
    assert said is not None and said.response == "utter_i97a_how_they_contact"


# -- Nora, 67: her late husband's headstone smashed, the second time ---------------------------

NORA_OPENING = (
    "Hello, I'm not sure if this is the right place to write to but my daughter said I should "
    "try. I went up to visit my husband Derek's grave this morning at the cemetery in Richmond "
    "and someone has smashed his headstone, it's cracked right across, and the flowers I left "
    "were thrown all about the path. It's the second time this has happened and I just don't "
    "know what to do."
)
NORA_WHO = (
    "Well as I said, it's my husband's headstone that has been smashed, at the cemetery. I don't "
    "know which of those it would be, it isn't really any of them is it. Should I be telling the "
    "cemetery people or the police about it? I didn't know who deals with this sort of thing."
)
NORA_RING = (
    "No, not this time. The first time, back in the spring, I told the lady in the cemetery "
    "office and she said she would look into it but nothing came of it. Should I ring the "
    "police? I don't like to waste their time with it when there are people being hurt."
)
NORA_999 = (
    "I'm 67. But it didn't happen once dear, it's happened twice now, the spring and now today. "
    "And I'm not in any danger, it's a grave, nobody is there now, I don't think I need to ring "
    "999 do I?"
)
NORA_MENDING = (
    "Thank you. What about the headstone though, is there any help with the cost of mending it? "
    "And does the cemetery have to do anything about it?"
)


@pytest.mark.parametrize("text", [NORA_OPENING, NORA_WHO])
def test_smashed_headstone_is_criminal_damage(text):
    assert read_account(text).crime_type == "criminal_damage"
    assert read_answer("crime_type", text).value == "criminal_damage"


def test_not_this_time_the_first_time_back_in_the_spring_is_not_once():
    answers = {"crime_type": "criminal_damage", "repeat_victimisation": True, "consent": True}
    assert corrections(NORA_RING, answers).get("repeat_victimisation") is not False


@pytest.mark.parametrize("text", [NORA_RING, NORA_999])
def test_ringing_the_police_about_a_damaged_grave_is_101_not_999(text):
    said = answer_in_conversation(
        text, "criminal_damage", [NORA_OPENING], in_danger=False, consent=True
    )
    assert said is not None and said.response == "utter_report_when_its_over"


@pytest.mark.parametrize("text", [NORA_WHO, NORA_MENDING])
def test_who_to_tell_and_mending_the_headstone_get_the_grave_answer(text):
    said = answer_in_conversation(
        text, "criminal_damage", [NORA_OPENING], in_danger=False, consent=True, results_shown=True
    )
    assert said is not None and said.response == "utter_i97a_damaged_grave"
    (reply,) = sendable("utter_i97a_damaged_grave")
    assert "101" in reply and "insur" in reply and len(reply) <= 320


def test_a_neighbour_question_keeps_the_who_deals_answer():
    said = answer_in_conversation(
        "so who actually deals with this then",
        "criminal_damage",
        ["my neighbour keeps egging my door"],
    )
    assert said is not None and said.response == "utter_f96b_who_deals"
