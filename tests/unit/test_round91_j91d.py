"""Round 91, helper j91d: wrong facts recorded, and "I've changed that" for things the person
never corrected."""

from __future__ import annotations

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import Turn, read_turn
from actions.wording import put_right_line
from core.second_contact import supporter_to_contact, v86c1_someone_to_contact
from tests.unit.known_answers import answer_in_conversation

# 1. Tunde (17), robbed by older boys from the estate, asked who gets his details.
TUNDE = {
    "consent": True,
    "age": 17.0,
    "crime_type": "robbery",
    "relationship_to_offender": "stranger",
    "repeat_victimisation": True,
}
WHO_GETS_DETAILS = "ok but who do u pass my details to. if its police then no"
NOT_POLICE = (
    "wdym it was police officers?? it wasnt police it was them boys from the estate. ur "
    "confusing me"
)


def _read(text, requested, **answers):
    return read_turn(Turn(text=text, intent="inform", requested=requested, answers=answers))


def test_if_its_police_then_no_is_not_police_officers_did_it():
    reading = _read(WHO_GETS_DETAILS, "referral_consent", **TUNDE)
    assert "police_officers" not in (reading.slots.get("account_details") or ())
    assert "police_officers" not in read_account(WHO_GETS_DETAILS).details


def test_police_officers_who_did_it_still_noted():
    reading = _read("it was police officers who beat me up", "referral_consent", **TUNDE)
    assert "police_officers" in (reading.slots.get("account_details") or ())


def test_it_wasnt_police_takes_police_officers_off():
    answers = {**TUNDE, "account_details": ["police_officers"]}
    reading = _read(NOT_POLICE, "referral_consent", **answers)
    assert "police_officers" not in reading.slots.get("account_details", ["police_officers"])
    line = put_right_line({"account_details": reading.slots["account_details"]}, answers)
    assert line == "Sorry, I got that wrong. I've taken it off: it was police officers."


# 2. Carol (55): her brother killed by a drunk driver (a stranger); "mum" is never a name.
RING_MUM = (
    "well i do want it so fine. phone call. can they ring mum too or do i have to give her number "
    "separately? how long before someone calls"
)
NO_MU = (
    "weekdays in the day. and please dont put Mu on anything, its my mum, shes called Jean, she "
    "needs someone to talk to herself"
)
MY_NUMBER = (
    "that number ending 412 is MY number not Mu's. there is no Mu. please fix it so they ring "
    "me, Carol"
)
CAROL = {
    "consent": True,
    "age": 55.0,
    "crime_type": "homicide",
    "relationship_to_offender": "stranger",
    "referral_consent": True,
    "contact_method": "call",
}


def test_ring_mum_too_invents_no_one_called_mu():
    assert v86c1_someone_to_contact(RING_MUM) is None
    assert supporter_to_contact([RING_MUM]) is None
    got = answer_in_conversation(
        RING_MUM, "homicide", [], **{k: v for k, v in CAROL.items() if k != "crime_type"}
    )
    assert got is None or "Mu" not in str(got.args.get("who"))
    # a name is still read whole
    assert v86c1_someone_to_contact("can they ring my son paul too") == "Paul"


def test_that_is_my_number_makes_it_her_own():
    said = ["can you call jo instead. her number is 07700 900217"]
    assert supporter_to_contact(said) == "Jo"
    assert supporter_to_contact([*said, MY_NUMBER.replace("Mu", "jo")]) is None


def test_naming_her_mum_does_not_change_who_did_it():
    reading = _read(NO_MU, "contact_times", **CAROL)
    assert reading.slots.get("relationship_to_offender") in (None, "stranger")
    assert "relationship_to_offender" not in reading.corrected
    assert read_account("its my mum, shes called Jean").offender is None
    assert read_account("it was my brother, he punched me").offender == "family_member"
    assert read_account("its my dad, hes the one who hit me").offender == "family_member"


# 3. Stan: harassed by youngsters on his estate; his daughter urges him to report it.
STAN_NOT_REPORTED = (
    "Do you mean like the police? No I havent. I didnt want to waste their time with kids and "
    "eggs. My daughter keeps on at me to"
)


def test_a_daughter_urging_him_to_report_is_not_who_did_it():
    assert read_account(STAN_NOT_REPORTED).offender is None
    assert read_account("my son keeps on at me about money, he hit me").offender == "family_member"
    reading = _read(
        STAN_NOT_REPORTED,
        "reported_to_police",
        consent=True,
        crime_type="stalking_harassment",
        repeat_victimisation=True,
    )
    assert "relationship_to_offender" not in reading.slots
    assert "relationship_to_offender" not in reading.noted
    assert reading.slots.get("reported_to_police") is False


# 4. Oliver (42): afraid a court will side with his ex on custody, not of giving evidence.
OLIVER = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
}
CUSTODY = (
    "No. That's the thing. If I report her, will it affect custody? I'm terrified a court will "
    "side with her and I'll lose Maisie. Also honestly the police would probably laugh at me"
)
NEVER_SAID = (
    "42. Sorry, worried about giving evidence? I never said that. I'm more worried about being "
    "believed."
)


def test_fear_a_court_sides_with_her_is_not_fear_of_giving_evidence():
    reading = _read(CUSTODY, "reported_to_police", **OLIVER)
    assert "fear_of_giving_evidence" not in reading.slots
    assert reading.slots.get("reported_to_police") is False


def test_i_never_said_that_takes_off_worried_about_giving_evidence():
    reading = _read(NEVER_SAID, "age", **OLIVER, fear_of_giving_evidence=True)
    assert reading.slots.get("fear_of_giving_evidence", True) is None
    assert reading.slots.get("age") == 42.0


# 5. Kieran: a past report of something else is not a report of this.
KEPT_UPDATED = (
    "no im at home. 'kept updated' lol. last time i reported something i got a text with a crime "
    "number and never heard anything again"
)


def test_last_time_i_reported_something_is_not_reported():
    assert read_account(KEPT_UPDATED).reported is None
    reading = _read(KEPT_UPDATED, "in_danger", consent=True, crime_type="assault")
    assert "reported_to_police" not in reading.slots
    assert "reported_to_police" not in reading.noted
    assert read_account("he punched me. i reported it and got a crime number").reported is True


# 6. Rashid: texting British Transport Police on 61016 and getting a reference is reporting.
TEXTED_BTP = (
    "i didnt post it some random did. and it was on the tube not the street, isnt that british "
    "transport police not the met? i texted that 61016 number yesterday and they gave me a "
    "reference"
)


def test_texting_61016_and_a_reference_is_reported():
    assert read_answer("reported_to_police", TEXTED_BTP).value is True
    reading = _read(
        TEXTED_BTP, "reported_to_police", consent=True, crime_type="assault", hate_motivated=True
    )
    assert reading.slots.get("reported_to_police") is True


# 7. Joe (58), a cabbie whose car was broken into: no bike nor delivery company of his own.
CABBIE = (
    "WHAT HAS MY AGE GOT TO DO WITH IT. 58. I need to get back on the road, I'm a cabbie, can't "
    "work without the satnav"
)


def test_a_cabbie_without_his_satnav_is_not_told_about_a_bike():
    reading = _read(CABBIE, "age", consent=True, crime_type="theft", reported_to_police=False)
    said = [one.response for one in reading.say]
    assert "utter_lost_earnings" not in said
    assert reading.slots.get("age") == 58.0
