"""Round 69, helper O4: Priyanka (passwords), Steve (dashcam shows his driving), David (boys and
a criminal record, hate crime a police matter), Olu (moped back, Home Office)."""

from __future__ import annotations

import pytest

from actions.questions import l6_asks_bot_to_send_police, w3_asks_if_record_matters
from tests.unit.known_answers import RESPONSES, answer, answer_in_conversation, said_answer

PRIYANKA_SAID = [
    "my ex has got into my instagram AND my email. hes posting stuff as me. i'm freaking out"
]
STEVE_SAID = [
    "alright. wife told me to message this. some bloke punched me through my car window at the "
    "lights on saturday. honestly not a big deal"
]
DAVID_SAID = [
    "The two teenage sons from next door but one have taken to shouting things at me when I pass. "
    "Rather unpleasant words about my being gay, I won't repeat them. And on three occasions this "
    "month they have thrown eggs at my front window."
]
OLU_SAID = ["hello. 2 guys jumped me last nite and took my moped. im delivery rider"]


@pytest.mark.parametrize(
    "text",
    [
        "angry. scared. hes messaged my friends pretending to be me asking for nudes from one of "
        "them. we broke up in august and hes been weird since. should i change my passwords now "
        "or will that tip him off",
        "no. PASSWORDS. do i change them or not",
        "are you even listening. i asked if i should reset my email password",
        "so do i change my passwords tonight or wait for them to call",
        "should i change my instagram password?",
    ],
)
def test_priyanka_passwords(text):
    got = said_answer(text, "stalking_harassment", PRIYANKA_SAID, consent=True, age=26.0)
    assert got == "utter_o4_passwords_safety_plan"


@pytest.mark.parametrize(
    "text",
    [
        "nah no need. if i send the police the dashcam will i get done for cutting him up? it "
        "shows that too",
        "i said no. and thats not what i asked. the footage shows my bad driving too, can i get "
        "in trouble",
        "will the dashcam video get me in trouble for my driving?",
    ],
)
def test_steve_footage_shows_his_driving(text):
    assert said_answer(text, "assault", STEVE_SAID, consent=True) == (
        "utter_o4_footage_shows_my_driving"
    )


def test_sending_the_police_footage_is_not_asking_the_bot_to_send_them():
    assert not l6_asks_bot_to_send_police("if i send the police the dashcam what happens")
    assert l6_asks_bot_to_send_police("can you send the police to my house?")


def test_david_boys_record_and_police_matter():
    text = (
        "No. I should hate for the boys to get a criminal record over some eggs. Their mother is "
        "perfectly pleasant. Is this really a police matter?"
    )
    assert said_answer(text, "hate_crime", DAVID_SAID, consent=True, age=70.0) == (
        "utter_o4_hate_police_matter_young"
    )
    assert said_answer(text, None, DAVID_SAID, consent=True) == "utter_o4_hate_police_matter_young"
    assert not w3_asks_if_record_matters(text)
    assert said_answer("is this really a police matter?", "hate_crime", [], consent=True) == (
        "utter_o4_hate_police_matter"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I beg your pardon, I do not have a criminal record. I meant the boys.",
        "Thank you. One more thing, you mentioned my 'record' earlier. I hope you have not "
        "written down that I have convictions, because I do not.",
    ],
)
def test_david_has_no_record(text):
    got = said_answer(text, "hate_crime", DAVID_SAID, consent=True, age=70.0)
    assert got != "utter_w3_record_and_your_rights"


def test_david_no_record_noted():
    text = (
        "Thank you. One more thing, you mentioned my 'record' earlier. I hope you have not "
        "written down that I have convictions, because I do not."
    )
    assert said_answer(text, "hate_crime", DAVID_SAID, consent=True) == "utter_o4_no_record_noted"


@pytest.mark.parametrize(
    "text",
    [
        "That is very thorough, thank you. But if I do telephone the police, will those boys be "
        "arrested? They are only about 14 and 16. I really would not want to ruin their lives.",
        "will the kids be arrested?",
    ],
)
def test_david_will_the_boys_be_arrested(text):
    got = said_answer(text, "hate_crime", DAVID_SAID, consent=True, age=70.0)
    assert got == "utter_o4_young_ones_arrested"


@pytest.mark.parametrize(
    "text",
    [
        "ive got a record, does it matter?",
        "am i entitled to anything or not, even with a criminal record",
        "does cica care about previous convictions",
    ],
)
def test_own_record_still_gets_the_record_answer(text):
    assert answer(text, "assault", consent=True) == "utter_w3_record_and_your_rights"


def test_olu_moped_back_after_injury():
    text = (
        "my lip is cut, one of them punch me 2 times. i dont sleep. the moped is my work, without "
        "it i cant earn nothing. how i get it back?"
    )
    got = answer_in_conversation(text, "robbery", OLU_SAID, consent=True, age=29.0)
    assert got is not None and got.response == "utter_injury"
    assert [then.response for then in got.then][:1] == ["utter_o4_stolen_vehicle_back"]


def test_olu_moped_back():
    text = (
        "no it happen one time, last night only. i dont know them. and the moped?? how i get it "
        "back"
    )
    assert said_answer(text, "robbery", OLU_SAID, consent=True) == "utter_o4_stolen_vehicle_back"


@pytest.mark.parametrize(
    "text",
    [
        "ok yes. but they will not tell home office about me?",
        "will the support service tell the Home Office?",
    ],
)
def test_olu_support_not_home_office(text):
    assert said_answer(text, "robbery", OLU_SAID, consent=True) in (
        "utter_o4_support_not_home_office",
        "utter_v6_support_not_home_office",  # asked outright: V6's answer, also a no
    )


def test_olu_yes_but_not_home_office():
    text = "ok yes. but they will not tell home office about me?"
    got = said_answer(text, "robbery", OLU_SAID, consent=True)
    assert got == "utter_o4_support_not_home_office"


# Negative tests: other people's messages that must not get these answers.
@pytest.mark.parametrize(
    "text,crime,said,name",
    [
        ("he knows my password, what do i do", "fraud", [], "utter_o4_passwords_safety_plan"),
        (
            "should i change my bank pin?",
            "fraud",
            ["someone stole my card"],
            "utter_o4_passwords_safety_plan",
        ),
        (
            "the cctv shows him hitting me, will he be charged?",
            "assault",
            [],
            "utter_o4_footage_shows_my_driving",
        ),
        (
            "will he be arrested? my kids saw it",
            "domestic_abuse",
            [],
            "utter_o4_young_ones_arrested",
        ),
        ("will i get a criminal record?", "assault", [], "utter_o4_young_ones_arrested"),
        ("my car was stolen, can i get my money back", "theft", [], "utter_o4_stolen_vehicle_back"),
        (
            "if i go police will they tell the home office",
            "robbery",
            [],
            "utter_o4_support_not_home_office",
        ),
        (
            "is this really a police matter?",
            "burglary",
            ["someone broke into my shed"],
            "utter_o4_hate_police_matter",
        ),
    ],
)
def test_others_do_not_get_o4_answers(text, crime, said, name):
    got = answer_in_conversation(text, crime, said, consent=True)
    names = [] if got is None else [got.response, *(t.response for t in got.then)]
    assert name not in names


def test_o4_texts_short_and_sourced():
    for name in (
        "utter_o4_passwords_safety_plan",
        "utter_o4_footage_shows_my_driving",
        "utter_o4_no_record_noted",
        "utter_o4_hate_police_matter",
        "utter_o4_hate_police_matter_young",
        "utter_o4_young_ones_arrested",
        "utter_o4_stolen_vehicle_back",
        "utter_o4_support_not_home_office",
    ):
        assert len(RESPONSES[name][0]["text"]) <= 320
