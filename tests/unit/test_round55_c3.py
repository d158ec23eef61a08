"""Round 55, helper C3: Eileen (for her daughter Katie, touched at her day centre), Harold (77,
his agency carer takes money and is rough), Grace (racist neighbour, housing association) and
Sean (an Irish Traveller whose work van was burnt out)."""

from __future__ import annotations

import pytest

from actions import account
from tests.unit.known_answers import RESPONSES, said_answer

EILEEN_SAID = [
    "I am writing on behalf of my daughter Katie she is 34 and has a learning disability. She "
    "told me a man at her day centre touched her in a sexual way. I am beside myself.",
]
EILEEN = dict(consent=True, age=34.0, for_someone_else=True)


def eileen(text: str) -> str | None:
    return said_answer(text, "sexual_offence", EILEEN_SAID, **EILEEN)


@pytest.mark.parametrize(
    "text",
    [
        "And the centre? Will you contact the centre? I don't want them to know I went to anyone "
        "yet",
        "I asked if YOU will contact the centre. Yes or no?",
        "will you tell the centre?",
    ],
)
def test_will_you_contact_the_centre(text):
    assert eileen(text) == "utter_c3_we_dont_contact_centre"


@pytest.mark.parametrize(
    "text",
    [
        "Should I keep Katie at home on Monday or send her to the centre? The man might be there.",
        "Fine I will wait. Katie is upset and I need to know if I should keep her off the centre "
        "or not",
        "should i send her back to the centre",
    ],
)
def test_keep_her_home_from_the_centre(text):
    assert eileen(text) == "utter_c3_day_centre_keep_home"


def test_complaint_about_the_day_centre_is_not_the_victims_code_route():
    text = (
        "I don't know. Possibly because of her disability, he picks on the vulnerable ones. Can I "
        "make a complaint about the centre?"
    )
    assert eileen(text) == "utter_c3_complain_care_provider"
    assert "Ombudsman" not in RESPONSES["utter_c3_complain_care_provider"][0]["text"]


def test_day_centre_answers_not_for_other_people():
    # A complaint about the police, and a centre never told of: not the care-provider answers.
    assert eileen("Can I make a complaint about the police?") != "utter_c3_complain_care_provider"
    other = ["my ex keeps turning up at the leisure centre where I work"]
    assert said_answer("will you contact the centre?", "stalking_harassment", other) != (
        "utter_c3_we_dont_contact_centre"
    )
    assert said_answer("should i keep going to the centre", "stalking_harassment", other) != (
        "utter_c3_day_centre_keep_home"
    )


HAROLD_SAID = [
    "need help carer take money",
    "carer from agency she take money and push me when i say",
]
HAROLD = dict(consent=True, age=77.0, account_details=["carer", "paid_carer"])


def harold(text: str) -> str | None:
    return said_answer(text, "theft", HAROLD_SAID, **HAROLD)


def test_will_i_lose_my_carer():
    assert harold("if i tell will i lose carer") == "utter_care_goes_on"


@pytest.mark.parametrize(
    "text",
    [
        "yes but dont tell agency she will know",
        "yes but will agency know",
        "will the agency find out",
    ],
)
def test_will_the_agency_know(text):
    assert harold(text) == "utter_c3_agency_not_told"


def test_agency_answers_not_for_other_people():
    # An estate agency, with no carer told; losing a job, not a carer.
    said = ["my landlord's letting agent keeps coming in without asking"]
    assert said_answer("will the agency know i complained", "other", said) != (
        "utter_c3_agency_not_told"
    )
    assert said_answer("if i tell will i lose my job", "assault", ["my boss hit me"]) != (
        "utter_care_goes_on"
    )


@pytest.mark.parametrize(
    "text",
    ["she take from my wallet", "need help carer take money", "my carer takes money from my purse"],
)
def test_carer_taking_money_is_read_as_theft(text):
    assert account.read_account(text).crime_type == "theft"


def test_taking_from_own_wallet_is_not_theft():
    assert account.read_account("i take from my wallet to pay the bus").crime_type is None


def test_agency_carer_is_a_paid_carer():
    said = account.read_account("carer from agency she take money and push me when i say")
    assert "paid_carer" in said.details


GRACE_SAID = [
    "For about a year he has shouted racist abuse at me whenever I come and go. Last Tuesday he "
    "poured bleach all over my car, the paint is ruined.",
]


@pytest.mark.parametrize(
    "text",
    [
        "No. Can I ask, what are the housing association actually obliged to do about this? And "
        "the council? I feel I have been passed from one to the other.",
        "I have already reported it. I told you, I have a police reference. And you still have not "
        "told me what the housing association has to do.",
        "Is there anything I can do if the housing association keeps ignoring my complaints? Some "
        "formal step?",
    ],
)
def test_what_the_housing_association_must_do(text):
    got = said_answer(text, "criminal_damage", GRACE_SAID, consent=True, age=52.0)
    assert got == "utter_c3_housing_association_duty"


def test_housing_association_not_for_other_questions():
    said = ["my neighbour keeps shouting at me"]
    assert said_answer("who is my housing association", "stalking_harassment", said) != (
        "utter_c3_housing_association_duty"
    )
    assert said_answer("can the council rehouse me", "stalking_harassment", said) != (
        "utter_c3_housing_association_duty"
    )


def test_reported_the_car_to_police_is_reported():
    text = (
        "It is also criminal damage, not only harassment. I reported the car to police on "
        "Wednesday and have a reference. I have reported the abuse to my housing association "
        "many times over the year and they have done nothing."
    )
    assert account.read_account(text).reported is True
    assert account.read_account("I reported it to my housing association").reported is None


SEAN_SAID = [
    "someone burnt my van out on the site last nite",
    "i told you. van burnt out. fire",
    "practical. need the van for work. no van no money",
]


def sean(text: str) -> str | None:
    return said_answer(text, "arson", SEAN_SAID, consent=True, age=44.0, hate_crime=True)


@pytest.mark.parametrize(
    "text",
    [
        "whats that gonna do about my van",
        "the van. can anyone help me get back working. i got kids",
        "what about my van",
    ],
)
def test_what_helps_with_the_van(text):
    assert sean(text) == "utter_c3_van_practical"


def test_insurer_wont_pay():
    text = "what about the van. insurance wont pay out for fire on a site they say"
    assert sean(text) == "utter_c3_insurer_refuses"


def test_burnt_van_is_arson():
    assert account.read_account("someone burnt my van out on the site last nite").crime_type == (
        "arson"
    )


def test_van_answers_not_for_other_people():
    burglary = ["someone broke into my house and took my laptop"]
    assert said_answer("what about my van", "burglary", burglary) != "utter_c3_van_practical"
    assert said_answer("the insurance wont pay", "burglary", burglary) != (
        "utter_c3_insurer_refuses"
    )
    assert said_answer("how do i get back to work after this", "assault", ["he punched me"]) != (
        "utter_c3_van_practical"
    )
