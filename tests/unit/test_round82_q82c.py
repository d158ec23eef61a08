"""Round 82, helper q82c: what happened read wrong, and the answers that follow (Maria, Bisi,
Zainab, Ama, Claire, Terry)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer, read_borough, read_crime_type
from actions.questions import known_answer
from actions.reading import corrections
from referrals.matching import default_directory
from tests.unit.test_assessment_form import run_validation

_DIRECTORY = default_directory()

# -- 1. Maria: accused of theft by her employer, whose husband grabbed her arm -----------------

MARIA = dict(
    consent=True, in_danger=False, injured=True, relationship_to_offender="someone_known",
    reported_to_police=False,
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "hello, i need help please. my english not perfect. i work cleaning for a family in "
        "chelsea and they say i steal, i did not steal anything",
        "broken?? no i think is only bruise, i can move it. i dont want hospital. police no, not "
        "yet. i am scared if i go police they say i am the thief and i lose all my work. the other "
        "families i clean for they know this lady",
    ],
)
def test_an_accusation_of_theft_is_no_theft_from_her(text):
    assert read_crime_type(text).value != "theft"
    assert "theft" not in account.named_crimes(text)


@pytest.mark.parametrize(
    "text",
    [
        "he grab my arm very strong, now it is blue (bruise?). and they keep my money, £1400 for "
        "last month. they say i take the ring of the wife so they not pay. is this a crime the "
        "money also?",
        "he hurt my arm",
    ],
)
def test_the_grab_is_an_assault(text):
    assert read_crime_type(text, "someone_known").value == "assault"


@pytest.mark.parametrize(
    ("noted", "text"),
    [
        (
            "theft",
            "no is not theft!! i did not steal. THEY say i steal. the crime is he hurt my arm. "
            "please write correct",
        ),
        ("robbery", "robbery?? no. nobody rob me. he grab my arm, is assault i think. attacked"),
        (
            "robbery",
            "it is wrong. NOT robbery. it was assault. he hurt my arm. nothing was taken from me "
            "only my pay",
        ),
        (
            "robbery",
            "many wrong!! 1 not robbery, assault. 2 only one time not more. 3 i LIVE in lambeth "
            "not chelsea, chelsea is only the work. yes safe my phone is only me",
        ),
    ],
)
def test_maria_put_right_is_an_assault(noted, text):
    assert corrections(text, {**MARIA, "crime_type": noted}).get("crime_type") == "assault"


@pytest.mark.parametrize(
    "text",
    [
        "he punched me and took my phone. its not theft",
        "it wasnt just theft, he hit me and took my bag",
    ],
)
def test_theft_with_force_put_right_is_still_a_robbery(text):
    assert corrections(text, {"crime_type": "theft"}).get("crime_type") == "robbery"


def test_maria_first_time_is_not_more_than_once():
    text = (
        "no first time he touch me. before only the wife shout sometimes. what you write now, "
        "assault? and i am 52 you ask me before"
    )
    assert read_answer("repeat_victimisation", text).value is False


@pytest.mark.parametrize(
    "text", ["yes he does it all the time", "no. she say filipino stupid sometime"]
)
def test_repeat_still_read(text):
    assert read_answer("repeat_victimisation", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "i work in chelsea but i live in lambeth, stockwell. and the reference? can they refuse?",
        "i work in chelsea but i live in lambeth",
    ],
)
def test_maria_lives_in_lambeth(text):
    assert read_borough(text).value == "lambeth"


@pytest.mark.parametrize("text", ["croydon", "i live in hackney", "chelsea"])
def test_one_borough_still_read(text):
    assert read_borough(text).value in ("croydon", "hackney", "kensington and chelsea")


@pytest.mark.parametrize(
    "text",
    [
        "many wrong!! 1 not robbery, assault. 2 only one time not more. 3 i LIVE in lambeth not "
        "chelsea, chelsea is only the work. yes safe my phone is only me",
        "no i said YES is safe. i want someone contact me. by whatsapp or sms please not call. my "
        "number 07700 900 418. and i live LAMBETH",
    ],
)
def test_maria_borough_put_right(text):
    assert corrections(text, {"borough": "kensington and chelsea"}).get("borough") == "lambeth"


def test_the_borough_of_someone_written_for_is_not_changed():
    answers = {"borough": "croydon", "for_someone_else": True}
    assert "borough" not in corrections("i live in lambeth", answers)


@pytest.mark.parametrize(
    "text",
    [
        "yes safe my phone is only me",
        "many wrong!! 1 not robbery, assault. 2 only one time not more. 3 i LIVE in lambeth not "
        "chelsea, chelsea is only the work. yes safe my phone is only me",
    ],
)
def test_maria_safe_to_contact(text):
    assert read_answer("contact_safe", text).value is True


@pytest.mark.parametrize("text", ["no he checks my phone", "no its not safe"])
def test_not_safe_stays_no(text):
    assert read_answer("contact_safe", text).value is False


# -- 2. Bisi: a salon broken into is a burglary -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi someone broke into my salon last night took my stuff and the cash and wrote go home "
        "on the mirror. I dont know what to do first",
        "someone broke into the restaurant and took the till",
        "they broke into our church and took the laptop",
    ],
)
def test_a_building_broken_into_is_a_burglary(text):
    assert read_crime_type(text).value == "burglary"


def test_a_car_broken_into_is_still_a_theft():
    assert read_crime_type("someone broke into my car and took my bag").value == "theft"


# -- 3. Zainab: her cousin's explicit pictures of himself, and touching her chest ---------------

ZAINAB = dict(
    consent=True, in_danger=False, reported_to_police=False, age=20.0, under_18=False,
    relationship_to_offender="family_member",
)  # fmt: skip


async def test_zainab_pictures_of_himself_are_a_sexual_offence(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="affirm", requested_slot="repeat_victimisation",
        slots=dict(ZAINAB),
        text="yeah he keeps sending me stuff. like pics of himself. explicit ones. and at the "
        "wedding he grabbed me when no one was looking. idk",
    )  # fmt: skip
    assert slots["crime_type"] == "sexual_offence"
    assert "intimate_images" not in slots["account_details"]


async def test_zainab_touched_her_chest_is_noted(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="deny", requested_slot="hate_motivated",
        slots=dict(ZAINAB, crime_type="online_abuse", repeat_victimisation=True),
        text="no. and its not just online he touched me. like my chest. idk if that counts as "
        "anything",
    )  # fmt: skip
    assert slots["crime_type"] == "sexual_offence"


@pytest.mark.parametrize(
    "text", ["no he never touched me, its only online", "no. he didnt touch me. just messages"]
)
def test_touching_denied_is_not_a_sexual_offence(text):
    assert "crime_type" not in corrections(text, dict(ZAINAB, crime_type="online_abuse"))


def test_zainab_his_pictures_not_hers_put_right():
    text = (
        "he didnt share MY pics. he sent pics of HIMSELF to me. and he did touch me i told u. ok "
        "whatever. yes u can pass it on but only text me. dont call my mum is always around"
    )
    answers = dict(ZAINAB, crime_type="sexual_offence", account_details=["intimate_images"])
    assert corrections(text, answers)["account_details"] == ["sexual_messages"]


@pytest.mark.parametrize("text", ["he shared my nudes", "he posted pictures of me naked"])
def test_her_own_pictures_shared_stay_intimate_images(text):
    assert "intimate_images" in account.read_account(text).details


def _answer(text, crime, **answers):
    said = known_answer(text, crime, (), False, {**ZAINAB, "crime_type": crime, **answers})
    return said and said.response


def test_zainab_is_that_assault_gets_the_sexual_assault_answer():
    text = "no. but does it count?? like is that assault or am i overreacting"
    assert _answer(text, "sexual_offence", account_details=["sexual_messages"]) == (
        "utter_sexual_assault_counts"
    )


@pytest.mark.parametrize("details", [["sexual_messages"], ["intimate_images"]])
def test_zainab_help_without_reporting_is_not_about_reporting_late_or_s66b(details):
    text = "i said i dont want police tho. can i still get help without reporting"
    said = _answer(text, "sexual_offence", account_details=details, results_shown=True)
    assert said not in ("utter_v4_still_report", "utter_n3_image_sharing_is_a_crime", None)


def test_still_report_after_washing_keeps_its_answer():
    text = "can i still report it to police even tho its been 2 days"
    assert _answer(text, "sexual_offence") == "utter_v4_still_report"


# -- 4. Ama, 15: older boys make her carry packages ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "its kinda hard to explain. theres these older boys from the estate and they keep making "
        "me take bags places. like packages. i dont know whats in them",
        "older boys keep making me carry packages",
    ],
)
def test_ama_made_to_carry_packages_is_exploitation(text):
    assert read_crime_type(text).value == "human_trafficking"
    assert "criminal_exploitation" in account.read_account(text).details


@pytest.mark.parametrize(
    "text", ["my mum makes me carry the shopping bags", "my boss makes me carry heavy bags all day"]
)
def test_carrying_bags_is_not_exploitation_by_itself(text):
    assert read_crime_type(text).value != "human_trafficking"


# -- 5. Claire: a road death, and whether the homicide service fits -----------------------------

CLAIRE = dict(
    consent=True, in_danger=False, crime_type="homicide", bereaved=True, age=41.0,
    reported_to_police=True, results_shown=True,
    account_details=["driver_uninsured_or_untraced", "road_crash", "someone_died"],
)  # fmt: skip
CLAIRE_ASKS = (
    "he wasnt murdered though, it was a car. is the homicide thing right for us? the police "
    "lady said brake"
)


def test_claire_asking_if_the_service_fits_is_no_correction():
    assert "crime_type" not in corrections(CLAIRE_ASKS, CLAIRE)


def test_claire_gets_the_road_death_answer():
    said = known_answer(CLAIRE_ASKS, "homicide", (), False, CLAIRE)
    assert said is not None and said.response == "utter_j7_homicide_service_road_death"


def test_a_keyed_car_noted_as_a_killing_is_still_put_right():
    text = "wtf no one died?? i said its NOT a murder. its my car thats it"
    changes = corrections(text, {"crime_type": "homicide", "bereaved": True})
    assert changes.get("crime_type") is None and "crime_type" in changes


# -- 6. Terry: his son told "im a dead man if i grass" -------------------------------------------

TERRY = dict(
    consent=True, in_danger=False, crime_type="serious_violence", reported_to_police=True,
    age=48.0, relationship_to_offender="someone_known", injured=True,
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "extra"),
    [
        (
            "no first time. but one of his mates messaged my son on facebook saying im a dead "
            "man if i grass",
            {},
        ),
        (
            "what do i do about his mate messaging my son saying im a dead man if i grass. third "
            "time im telling you",
            {"results_shown": True},
        ),
    ],
)
def test_terry_threat_if_he_grasses_is_witness_intimidation(text, extra):
    said = known_answer(text, "serious_violence", (), False, {**TERRY, **extra})
    assert said is not None and said.response == "utter_witness_intimidation"


@pytest.mark.parametrize(
    "text", ["im dead if my mum finds out im not in school", "honestly im dead tired"]
)
def test_other_dead_words_are_not_witness_intimidation(text):
    said = known_answer(text, "serious_violence", (), False, TERRY)
    assert said is None or said.response != "utter_witness_intimidation"
