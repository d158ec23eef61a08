"""Round 79, helper m79e: questions passed over, answered the first time (Bukola, Ayesha,
Marco, Bernadette, Joan), with other people's messages that keep their answers."""

from __future__ import annotations

import pytest

from actions import questions
from tests.unit.known_answers import (
    DOMAIN,
    after_result,
    assert_one_sms_with_a_source,
    at_question,
    said_answer,
    topic_answered,
)

TOPICS_FILE = DOMAIN / "responses_topics.yml"
NEW = [
    "utter_m79e_exploited_child_victim",
    "utter_m79e_child_enhanced",
    "utter_m79e_exploited_child_charge",
    "utter_m79e_county_lines_service",
    "utter_m79e_taken_abroad",
    "utter_m79e_hit_not_normal",
    "utter_m79e_order_breach_penalty",
    "utter_m79e_police_did_nothing",
    "utter_m79e_asb_case_review",
    "utter_m79e_asb_review_who",
]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_sources(name):
    assert_one_sms_with_a_source(name, TOPICS_FILE)


# -- 1. Bukola: her son (17) groomed into county lines -----------------------------------------

BUKOLA_SAID = (
    "hello, i need some help please its about my son. the police raided our flat on tuesday "
    "morning and found drugs in his room, he is 17. i know he has been used by older men, this "
    "county lines thing, they threatened him. i want him to be treated as a victim not a "
    "criminal, can you help",
)
BUKOLA = {
    "said": BUKOLA_SAID,
    "consent": True,
    "crime_type": "human_trafficking",
    "relationship_to_offender": "someone_known",
    "reported_to_police": True,
    "for_child": True,
    "age": 44.0,
}


def test_bukola_is_he_a_victim_in_law_beside_the_threats_answer():
    text = (
        "not right now no. but im scared for tayo, those men know where we live and he owes them "
        "because the police took the drugs. what does exploitation mean legally? is he a victim "
        "in the law or not"
    )
    said = at_question(text, "in_danger", {"consent": True, "said": BUKOLA_SAID})
    assert "utter_m79e_exploited_child_victim" in said, said


def test_bukola_extra_support_and_the_drugs_charge_both_answered(domain):
    text = (
        "but its tayo who the code is for not me right? hes under 18, does he get the extra "
        "support because hes a child? and will they drop the drugs charge if hes a victim of "
        "exploitation"
    )
    slots = {k: v for k, v in BUKOLA.items() if k != "said"}
    sent = after_result(text, slots, BUKOLA_SAID, domain)
    assert sent == ["utter_m79e_child_enhanced", "utter_m79e_exploited_child_charge"], sent


def test_bukola_county_lines_service_not_acas_pay(domain):
    text = (
        "MORE. acas is that for jobs? he doesnt have a job hes in college. is there nothing for "
        "kids with county lines, someone told me about st giles?"
    )
    slots = {k: v for k, v in BUKOLA.items() if k != "said"}
    sent = after_result(text, slots, BUKOLA_SAID, domain)
    assert "utter_m79e_county_lines_service" in sent, sent
    assert not {"utter_w8_unpaid_pay", "utter_y73e_unpaid_pay_boss"} & set(sent), sent


def test_naming_acas_is_not_unpaid_pay():
    text = "acas is that for jobs? he doesnt have a job hes in college"
    assert not questions.w8_asks_about_unpaid_pay(text, {"said": BUKOLA_SAID})


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "thank you. last question, for my money who I ask? my friend say ACAS?",
            ("they not pay me",),
        ),
        ("please, can I get my money? 1 month, 640 pound", ("they not pay me for one month work",)),
    ],
)
def test_pay_owed_keeps_the_acas_answer(text, said):
    assert questions.w8_asks_about_unpaid_pay(text, {"said": said})


def test_an_adult_asking_if_they_are_a_victim_is_not_the_child_answer():
    facts = {"said": ("my boss hit me",), "crime_type": "assault", "age": 30.0}
    assert topic_answered("is he a victim too or not?", facts) is None


# -- 2. Ayesha: honour abuse, taken abroad ------------------------------------------------------

AYESHA = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "reported_to_police": False,
    "age": 31.0,
    "under_18": False,
    "repeat_victimisation": True,
}


def test_ayesha_honour_abuse_is_not_who_contacts():
    text = "no not like that. is this what people call honour abuse? i feel stupid even asking"
    said = at_question(text, "hate_motivated", AYESHA)
    assert "utter_topic_honour_abuse" in said, said
    assert "utter_who_contacts" not in said


def test_who_will_call_me_keeps_its_answer():
    assert questions.asks_who_will_contact("which people will call me?")


@pytest.mark.parametrize(
    "text",
    [
        "thats not what i asked. i asked if this counts as honour based abuse. and what about "
        "them taking me abroad, can they do that",
        "what about them taking me abroad, can they do that",
    ],
)
def test_ayesha_taken_abroad(text):
    said = frozenset({"utter_topic_honour_abuse"})
    assert topic_answered(text, AYESHA, said) == "utter_m79e_taken_abroad"


@pytest.mark.parametrize(
    "text",
    [
        "can he take the kids abroad without my permission?",
        "can they take me to court for this?",
    ],
)
def test_other_journeys_are_not_being_taken_abroad(text):
    assert topic_answered(text, AYESHA) != "utter_m79e_taken_abroad"


# -- 3. Marco: hit with a pan at work ----------------------------------------------------------

MARCO = {"consent": True, "crime_type": "assault", "relationship_to_offender": "someone_known"}


def test_marco_being_hit_is_not_normal():
    text = (
        "no. my boss say to keep it in the kitchen, no police. he says its normal in kitchens, "
        "things happen in service. but he hit me with metal pan, is not normal no?"
    )
    assert at_question(text, "reported_to_police", MARCO) == ["utter_m79e_hit_not_normal"]


@pytest.mark.parametrize(
    "text",
    [
        "is it normal to feel shaky days after he hit me?",
        "is it normal that i still cant sleep since he hit me?",
    ],
)
def test_feeling_after_being_hit_is_not_this_answer(text):
    assert topic_answered(text, {**MARCO, "age": 33.0}) != "utter_m79e_hit_not_normal"


# -- 4. Bernadette: the order's penalty, police inaction ---------------------------------------

BERNADETTE_SAID = (
    "I need help. My ex husband keeps messaging me even though there is a non-molestation "
    "order. Police are slow. I am Deaf. Text or email only, NO phone calls.",
)
BERNADETTE = {
    "said": BERNADETTE_SAID,
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "repeat_victimisation": True,
    "reported_to_police": True,
}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "48. I dont have care needs I am Deaf not ill. Already reported 3 times online. "
            "Nothing. What can he actually get for breaching it, prison?",
            "age",
        ),
        (
            "No. You keep repeating same thing. I asked what punishment. Prison or not?",
            "hate_motivated",
        ),
    ],
)
def test_bernadette_the_penalty_for_a_breach(text, requested):
    said = at_question(text, requested, BERNADETTE)
    assert said == ["utter_m79e_order_breach_penalty"], said


def test_does_this_break_it_keeps_its_answer():
    said = ("i have a non molestation order against him",)
    assert said_answer(
        "does messaging my mum count? does this break it?", "domestic_abuse", said
    ) == ("utter_l5_nmo_breach_check")


def test_bernadette_police_did_nothing(domain):
    text = (
        "Still no address. Whatever. Last thing. I reported 3 times and police did nothing. "
        "What can I do about that?"
    )
    slots = {k: v for k, v in BERNADETTE.items() if k != "said"}
    assert after_result(text, slots, BERNADETTE_SAID, domain) == ["utter_m79e_police_did_nothing"]


def test_police_did_nothing_not_reported_is_not_this_answer():
    facts = {**BERNADETTE, "reported_to_police": False}
    text = "the police did nothing when i called. what can i do about that?"
    assert topic_answered(text, facts) != "utter_m79e_police_did_nothing"


# -- 5. Joan: the ASB Case Review --------------------------------------------------------------

JOAN_SAID = (
    "Hello dear. I hope this is the right place. My neighbour has been making my life a misery "
    "for months now shouting at me and throwing rubbish over into my garden",
    "I have just told you dear. It is my neighbour. Shouting abuse, rubbish in the garden, the "
    "fence. I have complained to the council and the police three times and nobody has done a "
    "thing",
)
JOAN = {
    "said": JOAN_SAID,
    "consent": True,
    "crime_type": "stalking_harassment",
    "repeat_victimisation": True,
    "reported_to_police": True,
    "age": 72.0,
    "relationship_to_offender": "someone_known",
}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "I dont think so. He calls me an old witch and worse. I live on my own since my "
            "husband passed. Someone told me there is a thing where you can make them review it, "
            "where they have to look at it again if you complain enough times. Do you know what "
            "that is",
            "hate_motivated",
        ),
        (
            "Arthritis and my heart is not good. But did you read what I asked? The review thing",
            "impairment",
        ),
        (
            "Its not gone to court dear, nobody has charged anybody. Nobody has done anything at "
            "all. I dont think thats the thing I mean. My friend Maureen said its called a trigger "
            "or something. For the council.",
            "fear_of_giving_evidence",
        ),
    ],
)
def test_joan_the_asb_case_review(text, requested):
    said = at_question(text, requested, JOAN)
    assert said == ["utter_m79e_asb_case_review"], said


def test_joan_the_review_thing_is_not_the_right_to_review():
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    text = "Arthritis and my heart is not good. But did you read what I asked? The review thing"
    reading = read_turn(
        Turn(
            text=text,
            requested="impairment",
            answers=JOAN,
            organisations=default_directory(),
            intent="ask_right",
            confidence=0.9,
            rights_topic="right_to_review",
            rights_confidence=0.9,
        )
    )
    sent = [say.response for say in reading.say]
    assert "utter_m79e_asb_case_review" in sent, sent
    assert not any("right_to_review" in str(name) for name in sent), sent


def test_a_decision_not_to_charge_keeps_the_right_to_review():
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {
        "said": ("he punched me and the police said no further action",),
        "crime_type": "assault",
    }
    text = "can i ask for a review of that decision?"
    reading = read_turn(
        Turn(
            text=text,
            requested="impairment",
            answers=facts,
            organisations=default_directory(),
            intent="ask_right",
            confidence=0.9,
            rights_topic="right_to_review",
            rights_confidence=0.9,
        )
    )
    assert "utter_m79e_asb_case_review" not in [say.response for say in reading.say]


@pytest.mark.parametrize(
    "text",
    [
        "Yes thats it! I have reported it three times. Who do I ask for it, the council or the "
        "police? I am not very good on computers",
        "Thank you. But you still havent said who I ask for the review. Is there a telephone "
        "number for it, I dont do the internet much",
    ],
)
def test_joan_who_to_ask_and_a_phone_number(text, domain):
    slots = {k: v for k, v in JOAN.items() if k != "said"}
    earlier = (*JOAN_SAID, "My friend Maureen said its called a trigger or something.")
    sent = after_result(text, slots, earlier, domain)
    assert sent[0] == "utter_m79e_asb_review_who", sent


def test_who_do_i_ask_without_the_review_is_not_this_answer():
    facts = {"said": ("someone stole my bike",), "crime_type": "theft"}
    assert topic_answered("who do i ask about getting it back?", facts) != (
        "utter_m79e_asb_review_who"
    )


@pytest.mark.parametrize(
    ("topic", "text"),
    [
        ("police_updates", "whats the point, the police never do anything do they"),
        ("right_to_review", "can i fight the decision to drop charges"),
        ("right_to_review", "who do i contact to challenge the charging decision"),
        ("right_to_review", "can i get the decision reviewed?"),
    ],
)
def test_rights_questions_keep_their_rights_answer(topic, text):
    assert questions.topic_fits(topic, text)
