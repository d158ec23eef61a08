"""Round 52 (helper Y3): Frank, Ahmed and Jess.

- Frank, 79, his grandson (19) taking his bank card: read as a parent writing about a child,
  then as writing for someone else aged 19; "he would never hurt me" and "nobody robbed me or
  hurt me" made "a robbery, you were hurt"; "I AM 79", "my age is 79" not taken; "will the bank
  give me the money back" got "stop your cards" three times; "what about age uk" got nothing.
- Ahmed, a taxi driver: "not paying fare. is that crime?" got the unpaid-wages answer.
- Jess, probably spiked: "do they make you have the examination?" and "WHO would it be? police
  or not?" got "I can't answer that one here".
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import corrections

NEW = (
    "utter_y3_money_back_family",
    "utter_y3_older_people_help",
    "utter_y3_stop_without_police",
    "utter_y3_fare_not_paid",
    "utter_y3_havens_exam_choice",
)
FRANK = {
    "relationship_to_offender": "family_member",
    "account_details": ["card_taken", "economic"],
    "age": 79,
}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 52, helper Y3", ({}, {"cannot_phone": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Frank: the account --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "yes thats ok. I am not sure I am a victim really. It is my grandson. he has been taking "
        "my bank card out of my wallet and getting money out. about £600 now I think. I dont want "
        "him in trouble he is a good lad really",
        "WHAT CHILD. I am 79. Its my grandson taking my money, he is 19. what do you mean No, I "
        "cant stop it?",
        "its my son, he keeps taking my pension",
    ],
)
def test_a_relative_taking_my_money_is_about_me(text):
    told = read_account(text)
    assert not told.for_child and not told.for_someone_else
    assert told.offender == "family_member"
    assert told.age in (None, 79)


def test_frank_is_79_not_his_grandsons_19():
    told = read_account("I am 79. Its my grandson taking my money, he is 19.")
    assert told.age == 79


@pytest.mark.parametrize(
    "text",
    [
        "my son was robbed, they took his card",
        "im writing for my mum, my brother keeps taking her pension",
        "my daughter was attacked on the way home",
    ],
)
def test_still_written_for_someone_else(text):
    told = read_account(text)
    assert told.for_child or told.for_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "NO NOT DANGER. he would never hurt me",
        "nobody robbed me or hurt me",
        "he never touched me",
    ],
)
def test_a_harm_denied_is_not_told(text):
    told = read_account(text)
    assert told.crime_type not in ("assault", "robbery")
    assert "injured" not in told.details


@pytest.mark.parametrize("text", ["he hit me and nobody helped", "i was robbed", "he hurt me"])
def test_a_harm_told_is_still_read(text):
    assert read_account(text).crime_type in ("assault", "robbery")


# -- Frank: corrections --------------------------------------------------------------------

NOTED = {
    "age": 19,
    "crime_type": "robbery",
    "account_details": ["injured", "card_taken"],
    "repeat_victimisation": False,
    "relationship_to_offender": "family_member",
}


@pytest.mark.parametrize(
    "text",
    [
        "NO thats wrong. I AM 79. nobody robbed me or hurt me, he took my card and took money "
        "out lots of times since the summer",
        "I am 79 years old. please put that right",
        "my age is 79",
        "ok. what have you got written down about me, I want to check you have it right. I am 79 "
        "not 19",
        "I AM 79",
    ],
)
def test_his_age_is_put_right(text):
    assert corrections(text, NOTED)["age"] == 79


@pytest.mark.parametrize(
    "text", ["im 20 minutes away", "i am 5 months pregnant", "i am 19 and a half"]
)
def test_not_an_age_correction(text):
    assert corrections(text, NOTED).get("age") in (None,)


def test_a_parents_own_age_never_corrects_the_childs():
    assert "age" not in corrections("I am 40", {"age": 12, "for_child": True})


def test_not_hurt_and_many_times_are_put_right():
    changes = corrections(
        "NO thats wrong. I AM 79. nobody robbed me or hurt me, he took my card and took money "
        "out lots of times since the summer",
        NOTED,
    )
    assert changes["account_details"] == ["card_taken"]
    assert changes["repeat_victimisation"] is True
    assert (
        "injured"
        not in corrections("he didnt injure me!! can I talk to a person please", NOTED)[
            "account_details"
        ]
    )


# -- Frank: his questions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to know will the bank give me the money back. its my pension money. and how do I "
        "stop him without getting police",
        "ENGLISH. but will the bank give it back?? you didnt say",
        "thank you. who will it be that texts me? and I still want to know, does the bank have "
        "to pay me back if it was family that took it",
        "YOU KEEP SAYING THAT. I know to stop the card. I am asking about getting the MONEY BACK",
    ],
)
def test_the_bank_refund_is_answered(text):
    assert answer(text, "domestic_abuse", **FRANK) == "utter_y3_money_back_family"


@pytest.mark.parametrize(
    "text",
    [
        "what about age uk. do they help with this sort of thing",
        "whats the mens advice line for? I dont need compensation for injury he never touched "
        "me. is there someone for older people, my neighbour said age uk",
    ],
)
def test_help_for_older_people(text):
    assert answer(text, "domestic_abuse", **FRANK) == "utter_y3_older_people_help"


@pytest.mark.parametrize(
    "text",
    [
        "No I havent. I dont want the police. can I stop it without the police? I just want it "
        "to stop",
        "how do I stop him without getting police",
    ],
)
def test_stopping_it_without_the_police(text):
    assert answer(text, "domestic_abuse", **FRANK) == "utter_y3_stop_without_police"


@pytest.mark.parametrize(
    "text, crime",
    [
        ("will the bank refund me", "fraud"),
        ("he took my card, how do i stop my card", "domestic_abuse"),
        ("will i get compensation", "domestic_abuse"),
        ("can i get support without the police?", "domestic_abuse"),
    ],
)
def test_other_questions_keep_their_answers(text, crime):
    assert answer(text, crime, **FRANK) not in NEW


# -- Ahmed ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i mean not paying fare. is that crime? can police do something for that also when i "
        "report",
        "and the £38 fare he run off without paying, is that a crime too or just bad luck",
        "what about the fare he didnt pay £38",
    ],
)
def test_a_fare_not_paid(text):
    assert answer(text, "assault", hate_motivated=True) == "utter_y3_fare_not_paid"


@pytest.mark.parametrize(
    "text",
    ["my boss didnt pay me, is that a crime?", "is it a crime if my employer doesnt pay my wages"],
)
def test_unpaid_wages_keep_their_answer(text):
    assert answer(text, "other") == "utter_q4_unpaid_wages_crime"


# -- Jess ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "22. whats the havens? is that like a hospital? will they make me do like an examination "
        "down there because i dont think i can handle that rn",
        "i dont know who. but can you answer, do they make you have the examination? i really "
        "dont want someone looking at me like that",
        "do i have to have an internal exam",
    ],
)
def test_the_examination_is_her_choice(text):
    assert answer(text, "sexual_offence") == "utter_y3_havens_exam_choice"


def test_who_would_contact_her():
    said = answer("but WHO would it be? police or not?", "sexual_offence")
    assert said == "utter_referral_who_gets_details"


@pytest.mark.parametrize(
    "text",
    ["do i have to go to court", "will i be cross examined", "i have exams at school next week"],
)
def test_not_the_examination(text):
    assert answer(text, "sexual_offence") != "utter_y3_havens_exam_choice"


# -- Maria ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sorry i dont understand all. you speak portugues?",
        "you speak portuguese",
        "do you speak polish?",
    ],
)
def test_only_english_and_an_interpreter(text):
    assert answer(text, None) == "utter_other_language"


@pytest.mark.parametrize(
    "text", ["do you speak english?", "can you speak to my mum?", "can u speak to him for me?"]
)
def test_not_a_language_asked_of_the_bot(text):
    assert answer(text, None) != "utter_other_language"
