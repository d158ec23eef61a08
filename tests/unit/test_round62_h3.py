"""Round 62, helper h3: wrong facts and labels (Kemal, Grace, Bernard, Pat, Ola, Ines)."""

from __future__ import annotations

import pytest

from actions.account import read_account
from tests.unit.known_answers import RESPONSES, said_answer

KEMAL_SAID = [
    "hello. some boys break my shop window last night and throw brick at me. police not come yet",
    "window cost £900. insurance want crime number. and i have cctv, who take it? police dont "
    "come for cctv",
]
KEMAL = dict(consent=True, age=58.0, repeat_victimisation=True)
GRACE_SAID = [
    "no no nothing like that. someone copied my card at the cash machine in Croydon and took "
    "£900. I have cancelled the card now",
]
GRACE = dict(consent=True, age=70.0, cannot_phone=True, impairment=True)
BERNARD_SAID = [
    "No, nothing like that. It is my carer, I believe. Twenty pounds here, ten there.",
    "I am 75. Will they put me in a home if I say something about her?",
]
PAT_SAID = [
    "I am 79 and I live on my own since my husband passed. I have a carer who comes in the "
    "mornings and I think she has been taking money from my purse.",
    "I meant I am worried the social will think I cant manage on my own. Will they put me in a "
    "home if I say something?",
]
OLA_SAID = [
    "Hi. My son was attacked at the park by another boy and I want to know what I can do",
    "no we are home. he is 12, a boy bit him on the arm and punched him in the face at Burgess "
    "Park. then the boy's mum came and started shouting at ME like it was our fault",
]
OLA = dict(consent=True, age=12.0, under_18=True, for_child=True)
INES_SAID = [
    "Hello, I am not sure if this is the right place. My boyfriend did something to me and I "
    "dont know what to do",
]


def test_brick_thrown_at_him_is_an_assault():
    for text in (KEMAL_SAID[0], "not only window!! they throw brick at ME. yes i report"):
        assert read_account(text).crime_type == "assault"
    window = "some boys smashed my shop window"
    assert read_account(window).crime_type == "criminal_damage"
    told = read_account("no danger now. but my arm is cut from glass, blood a lot last night")
    assert "injured" in told.details


def test_cloned_card_is_fraud():
    assert read_account(GRACE_SAID[0]).crime_type == "fraud"
    told = read_account("I just told you, my card was copied at the cashpoint and they took £900")
    assert told.crime_type == "fraud"


@pytest.mark.parametrize(
    ("text", "crime", "expected"),
    [
        ("ok yes. but why police not come?? i call them 2 times", None, "utter_h3_police_not_come"),
        ("turkish better. but cctv?? i ask you", "assault", "utter_own_cctv_save"),
        (
            "yes ok. they speak turkish? my english not good on phone",
            "assault",
            "utter_h3_interpreter_right",
        ),
        (
            "ok thank you. you write they hit me with brick? not only window. and what i do with "
            "cctv video",
            "assault",
            "utter_h3_attack_noted",
        ),
    ],
)
def test_kemal(text, crime, expected):
    assert said_answer(text, crime, KEMAL_SAID, **KEMAL) == expected


def test_interpreter_answer_has_no_abuse_helpline():
    text = RESPONSES["utter_h3_interpreter_right"][0]["text"]
    assert "Domestic" not in text and "Right" in text


def test_abuse_at_home_keeps_the_helpline_language_answer():
    said = ["my husband hits me"]
    got = said_answer(
        "this number they speak bangla? i cant talk english good on phone",
        "domestic_abuse",
        said,
        consent=True,
        relationship_to_offender="partner_or_ex",
    )
    assert got != "utter_h3_interpreter_right"


@pytest.mark.parametrize(
    "text",
    [
        "no just the once. will the bank have to give me my money back? its my pension money",
        "no. I already cancelled the card I said. I am asking about the refund",
        "I dont know. I wouldnt hear anything in a court. does my money come back or not??",
    ],
)
def test_grace_refund_without_stop_your_cards(text):
    assert said_answer(text, "fraud", GRACE_SAID, **GRACE) == "utter_f1_card_refund_cards_stopped"


def test_grace_refund_before_cards_stopped():
    said = ["someone cloned my card at the cash machine and took £300"]
    got = said_answer("will the bank give me my money back?", "fraud", said, consent=True)
    assert got == "utter_card_used"


def test_grace_daughter():
    text = (
        "information I suppose. and can my daughter do all this for me, talk to them for me? "
        "shes very good"
    )
    assert said_answer(text, "fraud", GRACE_SAID, **GRACE) == "utter_h3_someone_speaks_for_you"
    text = (
        "thank you. did you put down my daughter Karen can speak for me? and nobody has told me "
        "about the bank refund"
    )
    got = said_answer(text, "fraud", GRACE_SAID, **GRACE)
    assert got == "utter_h3_daughter_and_card_refund"


@pytest.mark.parametrize(
    ("said", "text"),
    [
        (BERNARD_SAID[:1], BERNARD_SAID[1]),
        (
            BERNARD_SAID,
            "Who is he? I am asking about me. I am the one she is taking from. Yes it has "
            "happened many times, since about the summer.",
        ),
        (
            BERNARD_SAID,
            "You still have not told me if they will put me in a home. I have lived in this "
            "house 40 years.",
        ),
        (PAT_SAID[:1], PAT_SAID[1]),
        (
            PAT_SAID,
            "Who is him? There is no him dear, my husband Ron passed 3 years ago. It is me I am "
            "asking about. Yes it has happened a few times, since about August",
        ),
    ],
)
def test_own_care_home_fear(said, text):
    assert said_answer(text, "theft", said, consent=True, age=79.0) == "utter_h3_care_home_fear_me"


def test_carer_for_a_man_keeps_his_answer():
    said = ["Alan has dementia and his carer hurt him, I look after him"]
    text = "If I tell social services, will they say I can't cope and take Alan into a home?"
    assert said_answer(text, "assault", said, consent=True) != "utter_h3_care_home_fear_me"
    # "who is he" with no care home fear before is not this answer
    got = said_answer("who is he? i am asking about me", "assault", ["he hit me"], consent=True)
    assert got != "utter_h3_care_home_fear_me"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "no. he has bite marks and his eye is swollen. should I take him to the doctor? he is "
            "very quiet since",
            "utter_h3_child_marks",
        ),
        (
            "adult safeguarding? he is 12. yes he would be scared, he doesnt want to go to the "
            "park anymore",
            "utter_h3_child_marks",
        ),
        (
            "not yet. would the police even do anything, the other boy is maybe 13 or 14",
            "utter_h3_child_suspect_age",
        ),
        (
            "a boy from the estate, I dont know his name but I know the mum by face. but can a "
            "child that age even be arrested?",
            "utter_h3_child_suspect_age",
        ),
        (
            "no first time. you are not answering me. is 13 old enough for police to do something "
            "or not",
            "utter_h3_child_suspect_age",
        ),
        (
            "last thing. can the police do anything to a 13 year old, yes or no",
            "utter_h3_child_suspect_age",
        ),
        (
            "I dont think so. the mum said something about africans when she was shouting at me "
            "though",
            "utter_h3_racist_remark_report",
        ),
        (
            "ok. and the mother who shouted at me and said the africans thing, can I report her "
            "too?",
            "utter_h3_racist_remark_report",
        ),
    ],
)
def test_ola(text, expected):
    assert said_answer(text, "assault", OLA_SAID, **OLA) == expected


def test_child_marks_never_adult_safeguarding():
    assert "adult" not in RESPONSES["utter_h3_child_marks"][0]["text"].lower()


def test_adult_bruises_keep_their_answer():
    said = ["my husband Alan has bruises on his arms, the carer did it"]
    text = "Should I take photos of the bruises? And should I take him to the GP?"
    assert said_answer(text, "assault", said, consent=True, age=70.0) != "utter_h3_child_marks"


def test_ines():
    text = "the police can see it? I have settled status, I dont want problems with home office"
    got = said_answer(text, "domestic_abuse", INES_SAID)
    assert got == "utter_h3_settled_status_police"
    text = "if I say yes, they tell police? I still dont know if I want report him"
    assert said_answer(text, "domestic_abuse", INES_SAID, consent=True) == (
        "utter_l1_referral_not_police"
    )


def test_employer_threat_keeps_the_employer_answer():
    said = ["my boss wont pay my wages and says he will call immigration"]
    text = "I have settled status, can he call the home office on me?"
    assert said_answer(text, None, said, consent=True) == "utter_q4_settled_status_threat"


@pytest.mark.parametrize(
    "text",
    [
        "why did he do this to me?",
        "i have a cat, who will feed it?",
        "my mum said something about the police",
        "can i report it to the police?",
    ],
)
def test_near_misses_get_none_of_these(text):
    got = said_answer(text, "assault", ["a man hit me in the street"], consent=True, age=30.0)
    assert got is None or not got.startswith("utter_h3_")
