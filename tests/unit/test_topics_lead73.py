"""Round 73, lead: what a university can do about a student who harms another (Helen, round 72,
for her daughter of 19, three tries), and questions asked for someone beside the writer or inside
a sentence, without a question mark."""

from __future__ import annotations

import pytest

from actions import questions, topics

HELEN = {
    "crime_type": "stalking_harassment",
    "relationship_to_offender": "partner_or_ex",
    "age": 19.0,
    "for_someone_else": True,
}


@pytest.mark.parametrize(
    "text",
    [
        "she has anxiety, its got a lot worse since this. she says she cant go into uni. "
        "shes saying can the uni do anything, he goes there too",
        "shes not in halls she lives with me. i meant the university itself, can they stop him, "
        "hes on her course. feeling safe and someone to talk to",
        "before that. he is on her course at uni. can the university do anything about him?? "
        "she has to sit in lectures with him",
        "can my college ban him? he's in my class",
    ],
)
def test_what_the_university_can_do(text):
    say = topics.topic_answer(text, HELEN)
    assert say is not None and say.response == "utter_topic_university_acts"
    # The halls answer (Nia, round 47) is for halls or a building only.
    assert not questions.r4_stalker_at_halls_or_outside(text, "stalking_harassment", HELEN)


def test_nia_at_halls_keeps_the_halls_answer():
    nia = "can my uni do anything? like stop him getting into halls"
    assert questions.r4_stalker_at_halls_or_outside(nia, "stalking", HELEN)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("can uni give me an extension", HELEN),
        ("will the uni find out", HELEN),
        (
            "can the uni do anything? my laptop was stolen with my essay on it",
            {"crime_type": "theft"},
        ),
        ("can my school do anything about him", {**HELEN, "age": 15.0, "under_18": True}),
    ],
)
def test_not_what_the_university_can_do(text, facts):
    say = topics.topic_answer(text, facts)
    assert say is None or say.response != "utter_topic_university_acts"


@pytest.mark.parametrize(
    "text",
    [
        "the police said they can stop him",
        "she is saying sorry all the time",
        "he is asking for money",
    ],
)
def test_telling_is_not_asking(text):
    assert not topics.asks_without_a_mark(text)


# -- whether money taken by a relative or partner counts (Agnes, round 72, 70) ----------------

AGNES = {
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "family_member",
    "age": 70.0,
    "gender": "woman",
    "said": [
        "It is about my grandson Daniel.",
        "He has my bank card and he takes most of my pension each month",
    ],
}


@pytest.mark.parametrize(
    "text",
    [
        "No and I dont want the police. I dont want him in trouble. I just want to know if this "
        "counts as something or if I am being silly.",
        "Who? I told you I am 70. Daniel is 26. Does it count or not, what he does?",
        "Serious crimes? Domestic abuse? He has never hit me. I only wanted to know if taking my "
        "pension counts as anything.",
    ],
)
def test_agnes_is_told_it_counts_and_given_hourglass(text):
    say = topics.topic_answer(text, AGNES)
    assert say is not None and say.response == "utter_topic_money_taken_counts_older"


def test_under_sixty_gets_the_helpline_answer():
    facts = {**AGNES, "age": 34.0}
    say = topics.topic_answer("does it count as abuse? he takes my wages every week", facts)
    assert say is not None and say.response == "utter_topic_money_taken_counts"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Pauline (r59): her husband with dementia hit her.
        (
            "can you just answer me, does it count as abuse if he cant help it?",
            {**AGNES, "relationship_to_offender": "partner_or_ex"},
        ),
        # Priya (r56) and Zainab (r62): whether it counts for another reason.
        ("ok. but does it count? I keep thinking maybe I gave him the wrong idea", AGNES),
        ("im pregnant, does that count? otherwise no", AGNES),
        # Nobody spoke of money.
        (
            "does it count if he only shouts?",
            {**AGNES, "said": ["my son shouts at me every night"]},
        ),
        # A stranger's theft.
        (
            "does it count as a crime?",
            {"crime_type": "theft", "relationship_to_offender": "stranger", "age": 70.0},
        ),
    ],
)
def test_not_money_taken_by_family(text, facts):
    say = topics.topic_answer(text, facts)
    assert say is None or not say.response.startswith("utter_topic_money_taken")


# -- a test after spiking (Chloe, round 72, 20, answered on her fourth try) ----------------------

CHLOE = {"age": 20.0, "said": ["i think someone put something in my drink last night"]}


@pytest.mark.parametrize(
    "text",
    [
        "no. i dont even know what happened tbh. like do i go to the police or a doctor or what? "
        "can they test me for whatever it was",
        "20. but u didnt answer, can they test me??",
        # Sam (r68), spiked: "can i test if something was in my drink? like a blood test?"
        "can i test if something was in my drink? like a blood test? its been 3 days",
    ],
)
def test_chloe_is_told_about_a_test(text):
    say = topics.topic_answer(text, CHLOE)
    assert say is not None and say.response == "utter_topic_spiking_test"


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        # Rachel (r59), raped, no word of spiking: an STI test is another question.
        (
            "no. can i ask something else. should i get tested for stuff? STIs. its been 2 weeks",
            {"age": 31.0, "said": ["i went back to his place", "he didnt stop when i said no"]},
        ),
        ("can i get tested for stis", CHLOE),
        ("will they do a dna test on the knife", CHLOE),
    ],
)
def test_not_a_spiking_test(text, facts):
    say = topics.topic_answer(text, facts)
    assert say is None or say.response != "utter_topic_spiking_test"


# -- whether a support worker contacts the offender or the police (Mariam, round 72) -------------


@pytest.mark.parametrize(
    "text",
    [
        "ok. if i say yes to someone contacting me, will they contact him? or the police? "
        "i dont want him to know",
        # Joan (r65): "If I say yes will they tell the police? I dont want police coming round."
        "If I say yes will they tell the police? I dont want police coming round.",
        "if the support worker calls me will she tell my ex?",
    ],
)
def test_a_support_worker_contacts_only_them(text):
    say = topics.topic_answer(text, {"relationship_to_offender": "partner_or_ex"})
    assert say is not None and say.response == "utter_topic_support_contacts_only_you"


@pytest.mark.parametrize(
    "text",
    [
        "will the police contact him?",
        "if i report it will they tell him",
        "can you text me instead",
    ],
)
def test_not_what_a_support_worker_does(text):
    say = topics.topic_answer(text, {"relationship_to_offender": "partner_or_ex"})
    assert say is None or say.response != "utter_topic_support_contacts_only_you"


def test_ellie_asks_about_id_without_a_mark():
    # Ellie (r73, 15): "just tell me about report remove do i need id".
    ellie = {"age": 15.0, "under_18": True}
    say = topics.topic_answer("just tell me about report remove do i need id", ellie)
    assert say is not None and say.response == "utter_topic_report_remove_id"
    assert not topics.asks_without_a_mark("i do need help")


def test_a_witness_statement_is_not_whether_support_makes_you_report():
    # After z73a's topic for Sandra ("Will these people make me report him?").
    say = topics.topic_answer("can they force me to give a statement?", {"age": 19.0})
    assert say is not None and say.response == "utter_witness_statement_choice"


def test_a_question_pointing_on_reaches_what_follows():
    # Ibrahim (r74), whose brother was killed: "What? I am asking about Bilal. He wants revenge.
    # He might hurt someone" (his nephew).
    text = "What? I am asking about Bilal. He wants revenge. He might hurt someone"
    assert topics.asked_parts(text) == [text]
    facts = {"crime_type": "homicide", "said": ["Bilal wants revenge"]}
    say = topics.topic_answer(text, facts)
    assert say is not None and say.response == "utter_topic_a74d_revenge"
    # A question that does not point on keeps the one sentence after it.
    assert topics.asked_parts("can i get an order? he lives nearby. i work at tesco") == [
        "can i get an order? he lives nearby."
    ]
