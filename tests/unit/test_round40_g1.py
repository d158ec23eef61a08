"""Round 40, helper G1: wrong facts kept and corrections not taken, with each person's own words
and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.reading import Turn, corrections, read_turn
from tests.unit.conftest import make_tracker, responses


def _read(text: str, requested: str | None, intent: str | None = None, **answers: object):
    asked = {requested: 1} if requested else {}
    return read_turn(
        Turn(text=text, intent=intent, requested=requested, answers=answers, asked=asked)
    )


# -- 1. Aminata: three years of abuse recorded as "it happened once" -----------------------------

_AMINATA = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 38,
    "hate_motivated": True,
    "repeat_victimisation": False,
    "results_shown": True,
    "consent": True,
}


def test_one_time_also_is_one_time_of_several():
    said = (
        "not now. but when he come home i dont know. last week he hit me with belt in front of "
        "my daughter, she is 5. he choke me one time also before christmas"
    )
    assert account.read_account(said).repeat is not False


@pytest.mark.parametrize("said", ["it only happened one time", "it was a one time thing"])
def test_one_time_alone_is_still_once(said):
    assert account.read_account(said).repeat is False


@pytest.mark.parametrize(
    "said",
    [
        "no is wrong. it happen many many times, 3 years. and i dont know about targeted, he beat "
        "me because he is bad man not because i am african",
        "it did NOT happen once. he beat me many times for 3 years",
        "please change. it happen many times not once",
        "it has happened more than once",
    ],
)
def test_happened_once_is_put_right(said):
    assert corrections(said, _AMINATA).get("repeat_victimisation") is True


@pytest.mark.parametrize(
    "said",
    [
        "it only happened once",
        "it didnt happen more than once",
        "thank you",
        "what happens next",
    ],
)
def test_once_stays_once(said):
    assert "repeat_victimisation" not in corrections(said, _AMINATA)


def test_no_is_wrong_is_not_a_no_to_being_referred():
    said = (
        "no is wrong. it happen many many times, 3 years. and i dont know about targeted, he beat "
        "me because he is bad man not because i am african"
    )
    reading = _read(said, "referral_consent", intent="deny", **_AMINATA)
    assert reading.slots.get("referral_consent") is not False
    assert reading.slots.get("repeat_victimisation") is True
    assert reading.slots.get("hate_motivated") is False


@pytest.mark.parametrize("said", ["no", "no thanks", "no i dont want anyone to contact me"])
def test_a_plain_no_still_declines(said):
    reading = _read(said, "referral_consent", intent="deny", **_AMINATA)
    assert reading.slots.get("referral_consent") is False


# -- 2. Beatrice: a witness, "Not my partner!"; her referral skipped unasked ---------------------


def test_the_neighbours_husband_is_not_her_partner():
    said = "It's the neighbour. The husband. Not my partner! Just to be clear. I live on my own."
    assert read_answer("relationship_to_offender", said).value == "someone_known"


@pytest.mark.parametrize(
    "said, who",
    [
        ("my husband", "partner_or_ex"),
        ("the husband", "partner_or_ex"),
        ("My partner or ex", "partner_or_ex"),
        ("a neighbour", "someone_known"),
    ],
)
def test_other_answers_about_who_did_it(said, who):
    assert read_answer("relationship_to_offender", said).value == who


_BEATRICE_CORRECTS = (
    "No no no. It was NOT my partner. I haven't got a partner, I'm divorced 12 years. It's the "
    "man NEXT DOOR. He beat HIS wife. Please get that right, I don't want a support worker "
    "thinking I'm in an abusive relationship."
)
_BEATRICE = {
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "consent": True,
    "age": 55,
    "results_shown": True,
}


def test_the_man_next_door_is_put_right_and_the_referral_stays_open():
    assert corrections(_BEATRICE_CORRECTS, _BEATRICE)["relationship_to_offender"] == (
        "someone_known"
    )
    reading = read_turn(
        Turn(
            text=_BEATRICE_CORRECTS,
            intent="deny",
            requested="referral_consent",
            answers=_BEATRICE,
            asked={"referral_consent": 2},
        )
    )
    assert "referral_consent" not in reading.skipped
    assert reading.slots.get("referral_consent") is None


@pytest.mark.parametrize("said", ["It's the man NEXT DOOR", "he lives next door"])
def test_next_door_is_not_skip(said):
    assert not read_answer("referral_consent", said).declined


@pytest.mark.parametrize("said", ["next", "skip", "next question"])
def test_next_is_still_skip(said):
    assert read_answer("hate_motivated", said).declined


async def test_the_form_keeps_the_referral_question_after_the_correction(dispatcher, domain):
    slots = {
        **_BEATRICE,
        "in_danger": False,
        "hate_motivated": False,
        "repeat_victimisation": True,
        "reported_to_police": True,
    }
    tracker = make_tracker(
        slots=slots,
        text=_BEATRICE_CORRECTS,
        intent="deny",
        requested_slot="referral_consent",
        sent=["utter_result", "utter_ask_referral_consent", "utter_referral_reminder"],
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert "referral_consent" not in (set_slots.get("skipped_slots") or [])
    assert "utter_referral_left_open" not in responses(dispatcher)


# -- 3. Gloria, 69: her grandson, 24, takes money from her purse and pushed her ------------------

_GLORIA = (
    "Yes that is ok dear. Thank you. Its about my grandson Marcus, he is 24 and he live with me "
    "since his mother passed, God rest her soul. I love him dearly but lately he has been taking "
    "money out of my purse without asking and when I say something he shouts at me terrible. "
    "Last month he pushed me against the kitchen door. I dont want to get him in trouble, I just "
    "want it to stop"
)


def test_her_grandson_at_home_is_abuse_by_a_relative_and_his_age_is_not_hers():
    told = account.read_account(_GLORIA)
    assert told.crime_type == "domestic_abuse"
    assert told.offender == "family_member"
    assert told.age is None
    assert not told.for_someone_else


@pytest.mark.parametrize(
    "said",
    [
        "its about my grandson, he was attacked on the bus and they took his phone",
        "I'm writing for my mum, her carer has been taking money from her purse",
    ],
)
def test_written_for_someone_harmed_is_still_for_them(said):
    told = account.read_account(said)
    assert told.for_someone_else or told.for_child


def test_not_a_robbery_it_is_my_own_grandson():
    said = (
        "Oh no dear that is not right. I am not 24, Marcus is 24. I am 69, I will be 70 in March. "
        "And it is not a robbery like on the street, it is my own grandson in my own home taking "
        "from my purse and the shouting and the push"
    )
    changes = corrections(said, {"crime_type": "robbery", "age": 24})
    assert changes["age"] == 69
    assert changes["crime_type"] == "domestic_abuse"
    assert changes["relationship_to_offender"] == "family_member"


# -- 4. Alan: beaten in a doorway while sleeping rough, his bag taken ----------------------------


def test_asleep_in_a_doorway_is_not_a_burglary():
    said = (
        "on library computer only got 30 mins. got beat up last night by 2 blokes while i was "
        "asleep in a doorway off the strand. they took my bag and sleeping bag. where can i go "
        "tonight"
    )
    assert account.read_account(said).crime_type == "robbery"


@pytest.mark.parametrize(
    "said",
    [
        "while i was asleep upstairs they took my laptop",
        "someone broke in while we were asleep and took the car keys",
    ],
)
def test_asleep_at_home_is_still_a_burglary(said):
    assert account.read_account(said).crime_type == "burglary"


def test_no_house_puts_the_burglary_right():
    said = (
        "burglary?? i aint got a house. they kicked me in while i was sleeping and nicked my stuff"
    )
    assert corrections(said, {"crime_type": "burglary"})["crime_type"] == "robbery"
    reading = _read(said, "reported_to_police", crime_type="burglary")
    assert reading.slots.get("crime_type") == "robbery"
    assert "crime_type" in reading.corrected


@pytest.mark.parametrize("said", ["no", "yes i told the police about the burglary"])
def test_a_burglary_answer_is_not_changed(said):
    assert "crime_type" not in corrections(said, {"crime_type": "burglary"})


# -- 5. Jay: "its not gonna get to court is it" -----------------------------------------------


def test_not_going_to_court_is_not_reported():
    reading = _read(
        "idk. probably. its not gonna get to court is it",
        "fear_of_giving_evidence",
        crime_type="assault",
        reported_to_police=False,
    )
    assert "reported_to_police" not in reading.slots


@pytest.mark.parametrize("said", ["the court date is next month", "his trial is in june"])
def test_a_court_date_is_still_reported(said):
    assert account.read_account(said).reported is True


# -- 6. Tariq: "3rd time asking lol"; "thats not just theft" -----------------------------------


def test_asking_a_third_time_is_not_being_targeted_again():
    said = (
        "no. thats literally what im asking u. is it worth it or do the police just give u a "
        "crime number and do nothing. 3rd time asking lol"
    )
    reading = _read(said, "reported_to_police", crime_type="theft")
    assert "repeat_victimisation" not in reading.slots


def test_the_third_time_he_came_is_still_again():
    reading = _read("its the 3rd time hes done it", "crime_type")
    assert reading.slots.get("repeat_victimisation") is True


def test_not_just_theft_with_an_injury_is_a_robbery():
    said = (
        "but i did get injured?? he yanked my arm proper, wrist swollen up. thats not just "
        "theft is it"
    )
    assert corrections(said, {"crime_type": "theft", "results_shown": True})["crime_type"] == (
        "robbery"
    )


# -- 7. Lucy: "i said i didnt want to. more than once." --------------------------------------


def test_saying_no_more_than_once_is_not_being_targeted_again():
    reading = _read(
        "i said i didnt want to. more than once. he did it anyway. i just kind of froze",
        "crime_type",
    )
    assert reading.slots.get("crime_type") == "sexual_offence"
    assert "repeat_victimisation" not in reading.slots


def test_it_happened_more_than_once_is_still_repeat():
    reading = _read("he did it more than once", "crime_type")
    assert reading.slots.get("repeat_victimisation") is True


# -- 8. Chloe's safe times, Mei's no, Kemi's brother ----------------------------------------


def test_in_the_day_said_again_keeps_weekdays_before_5():
    reading = _read(
        "only calls in the day like i said",
        "contact_safe",
        referral_consent=True,
        contact_times="weekdays, before 5",
        crime_type="domestic_abuse",
    )
    assert reading.slots.get("contact_safe") is True
    assert "contact_times" not in reading.slots


@pytest.mark.parametrize(
    "said, times",
    [
        (
            "it has to be weekdays before 5 not just in the day, hes home weekends. and you didnt "
            "say about the call list",
            "weekdays before 5",
        ),
        ("can you change the time to weekdays before 5pm please", "weekdays before 5pm please"),
    ],
)
def test_times_put_right(said, times):
    answers = {
        "crime_type": "domestic_abuse",
        "contact_times": "in the day",
        "referral_consent": True,
        "contact_method": "call",
        "contact_safe": True,
    }
    assert corrections(said, answers)["contact_times"] == times


def test_no_and_a_question_about_anxiety_is_a_no():
    reading = _read(
        "No. But I feel anxiety since then, I don't sleep so good. Is that mental health "
        "condition?",
        "impairment",
        crime_type="hate_crime",
        hate_motivated=True,
    )
    assert reading.slots.get("impairment") is False


@pytest.mark.parametrize("said", ["yes i have anxiety", "i have depression"])
def test_a_condition_is_still_a_condition(said):
    assert read_answer("impairment", said).value is True


@pytest.mark.parametrize("said", ["hes dead", "i said hes dead. he died last month"])
def test_hes_dead_after_my_brother_got_stabbed(said):
    reading = _read(said, "consent", for_someone_else=True)
    assert reading.slots.get("crime_type") == "homicide"
    assert reading.slots.get("bereaved") is True
    assert reading.slots.get("for_someone_else") is False
    assert "utter_sorry_for_loss" in [m.response for m in reading.say]
    assert "utter_heard_you" not in [m.response for m in reading.say]


@pytest.mark.parametrize("said", ["my phone is dead", "ok", "yes thats fine"])
def test_other_words_at_the_privacy_question_are_not_a_death(said):
    reading = _read(said, "consent", for_someone_else=True)
    assert reading.slots.get("crime_type") != "homicide"
