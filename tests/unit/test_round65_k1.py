"""Round 65, helper k1: Marcus (hurt by police officers), Kasia (a landlord who comes in and
sends sexual messages), Hassan (an Uber driver spat at by a passenger), Joan (her grandson, 19)
and Pauline (her husband killed by a hit-and-run driver)."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_relationship
from actions.questions import must_go
from tests.unit.known_answers import RESPONSES, said_answer

MARCUS_SAID = [
    "Got stopped and searched on Coldharbour Lane yesterday. Found nothing obviously. Two officers "
    "twisted my arm up my back and cuffed me so tight my wrist is still swollen. I want to "
    "complain. Do I even count as a victim or is this just for people the police like",
    "who sees it. you gonna pass this to the met? because the police ARE the problem here",
]
KASIA_SAID = [
    "Hello, I have problem with my landlord. He is coming in my flat when I am not there and also "
    "when I am there, without asking me. And he send me messages with sexual things. Is this "
    "crime? I am afraid he will make me leave the flat",
]
HASSAN_SAID = [
    "hi. passenger spat in my face last night in my car and called me a p*ki. does spitting count "
    "as assault?",
    "he was a passenger, picked him up in hounslow about 11pm. I drive uber. he got angry about "
    "the route, started with the racist stuff then spat on me when he got out. I have dashcam of "
    "all of it",
]
JOAN_SAID = [
    "Hello. I am not sure if this is the right place. My grandson lives with me and he has been "
    "taking money out of my purse. When I say no he shouts and says things I wont repeat. I dont "
    "want him in trouble with the police",
]
PAULINE_SAID = ["My husband was killed by a hit and run driver 3 weeks ago"]


@pytest.mark.parametrize(
    "text",
    [
        "i told you. met officers. uniform. i got one of their numbers off the shoulder",
        "THE POLICE. two coppers",
        "two police officers",
    ],
)
def test_police_officers_are_read_as_who_did_it(text):
    assert read_relationship(text).value == "stranger"


@pytest.mark.parametrize(
    "text",
    ["my husband is a police officer", "my brother. two officers came round after", "my ex"],
)
def test_other_answers_about_police_are_not_strangers(text):
    assert read_relationship(text).value != "stranger"


def test_officers_who_hurt_him_are_read_from_his_account():
    assert account.read_account(MARCUS_SAID[0]).offender == "stranger"


@pytest.mark.parametrize(
    "text",
    [
        "report it to who? the police? thats my whole point. what about a solicitor, is there "
        "anyone who does complaints against police",
        "thats not what i asked. i want to complain about the officers who hurt me. and i want a "
        "solicitor. is there a human i can talk to",
        "information. how to make the complaint stick. and maybe a solicitor",
    ],
)
def test_marcus_complaint_goes_to_the_iopc(text):
    assert said_answer(text, "assault", MARCUS_SAID) == "utter_k1_police_complaint_iopc"
    said = RESPONSES["utter_k1_police_complaint_iopc"][0]["text"]
    assert "IOPC" in said and "crime number" in said and "Solicitor" in said


def test_marcus_fear_gets_an_independent_route():
    text = "court? against the met? yeah id be worried. they know my face and my address now"
    assert said_answer(text, "assault", MARCUS_SAID) == "utter_k1_police_fear"
    assert "IOPC" in RESPONSES["utter_k1_police_fear"][0]["text"]


@pytest.mark.parametrize(
    "said, text",
    [
        # Someone whose complaint is about how an officer dealt with their case.
        (
            ["my neighbour punched me and the officer never called back"],
            "can i complain about the officer? do i need a solicitor",
        ),
        # Someone afraid of the man who attacked them (not the police).
        (["a man punched me outside the pub"], "im scared he will come back"),
    ],
)
def test_others_do_not_get_the_police_as_offender_answers(said, text):
    assert said_answer(text, "assault", said) not in (
        "utter_k1_police_complaint_iopc",
        "utter_k1_police_fear",
    )


def test_result_says_he_can_complain_to_the_iopc():
    from actions.results import categories_sentence
    from referrals.directory import load_directory
    from referrals.results import build_result

    answers = {
        "crime_type": "assault", "reported_to_police": False, "age": 45.0,
        "fear_of_giving_evidence": True, "hate_motivated": True,
    }  # fmt: skip
    sentence = categories_sentence(build_result({**answers, "said": MARCUS_SAID}, load_directory()))
    assert "IOPC" in sentence
    other = categories_sentence(
        build_result({**answers, "said": ["a man punched me"]}, load_directory())
    )
    assert other.startswith("If you report it, you're") and "IOPC" not in other


@pytest.mark.parametrize(
    "text",
    [
        "34. Can he do that? finish the contract and I must go?",
        "what? no I am not going anywhere. I ask if landlord can make me leave the flat",
        "maybe because I am woman alone and Polish, I dont know. Please answer about the flat",
        "no. why you not answer me about the flat??",
        "but who help me with the flat? landlord say I must leave if I make problem. is there "
        "someone for housing?",
    ],
)
def test_kasia_gets_the_eviction_answer(text):
    assert said_answer(text, None, KASIA_SAID, consent=True) == "utter_k1_landlord_cant_just_evict"


def test_kasia_must_go_question_is_not_leaving_the_chat():
    assert not must_go("34. Can he do that? finish the contract and I must go?")
    assert must_go("hes home i have to go")


def test_kasia_is_it_crime():
    text = "I am safe, I am at work now. But he has the key. Is it crime what he do?"
    assert said_answer(text, None, KASIA_SAID, consent=True) == "utter_k1_landlord_can_be_crime"


def test_kasia_account_is_harassment():
    told = account.read_account(
        "I told you already. Landlord come in my flat without permission, many times, and send me "
        "messages like he want to sleep with me, photo also"
    )
    assert told.crime_type == "stalking_harassment"


@pytest.mark.parametrize(
    "said, text",
    [
        (["my landlord wont fix the boiler"], "can he make me leave the flat?"),
        (["my partner hits me"], "will he make me leave the flat?"),
    ],
)
def test_other_tenants_do_not_get_the_landlord_answers(said, text):
    assert said_answer(text, None, said) != "utter_k1_landlord_cant_just_evict"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "what? I'M the driver mate. the passenger spat on me. its my licence not his",
            "utter_k1_driver_not_passenger",
        ),
        (
            "who did it go to, stop hate? and make sure they know i was the driver not the "
            "passenger",
            "utter_k1_driver_not_passenger",
        ),
        (
            "not yet. do i have to tell uber as well? reported it in the app but not police",
            "utter_k1_driver_tell_operator",
        ),
        (
            "so uber do i need to tell them or not? they might ban him",
            "utter_k1_driver_tell_operator",
        ),
        ("ok fine. but does it count as assault or not", "utter_spitting_is_assault"),
    ],
)
def test_hassan_is_the_driver(text, expected):
    assert said_answer(text, "hate_crime", HASSAN_SAID, hate_motivated=True) == expected


def test_passenger_still_gets_the_cab_firm_answer():
    said = ["the uber driver shouted at me and grabbed my arm when i got out"]
    text = "do i have to tell the cab firm?"
    assert said_answer(text, "assault", said) not in (
        "utter_k1_driver_tell_operator",
        "utter_k1_driver_not_passenger",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Domestic abuse? I wouldnt call it that, he is my grandson, he is 19. No I havent "
        "reported it. What would happen if I did, would they take him away? Would he be thrown "
        "out?",
        "He isnt a child dear he is 19. Im 69. I mean would the police arrest him and would he "
        "have to leave my house. I dont want that",
    ],
)
def test_joan_grandson_is_an_adult(text):
    got = said_answer(
        text, "domestic_abuse", JOAN_SAID, relationship_to_offender="family_member", age=69.0
    )
    assert got == "utter_k1_adult_relative_what_happens"


def test_a_child_is_still_a_child():
    said = ["my son is 9 and his dad hits me"]
    text = "if i tell them will they take him away?"
    assert said_answer(text, "domestic_abuse", said) not in (
        "utter_k1_adult_relative_what_happens",
        "utter_k1_adult_relative_what_happens_any_age",
    )


def test_joan_drugs_help_names_her_grandson():
    text = (
        "Thank you. Is there anyone who can help him with the drugs? I think thats the root of it"
    )
    got = said_answer(text, "domestic_abuse", JOAN_SAID, relationship_to_offender="family_member")
    assert got == "utter_k1_family_drugs_help_grandson"


def test_pauline_inquest_and_mib():
    text = (
        "will the inquest happen before they catch the driver? my son wants to know if we can "
        "speak at it"
    )
    assert said_answer(text, "homicide", PAULINE_SAID) == "utter_k1_inquest_adjourned"
    text = "what is the motor insurers thing. yes I suppose someone can ring me"
    assert said_answer(text, "homicide", PAULINE_SAID) == "utter_k1_mib_explained"


@pytest.mark.parametrize(
    "text",
    ["they sent a letter about an inquest, what happens at that", "can i claim from the mib?"],
)
def test_other_inquest_and_mib_questions_keep_their_answers(text):
    got = said_answer(text, "homicide", PAULINE_SAID)
    assert got not in ("utter_k1_inquest_adjourned", "utter_k1_mib_explained")
