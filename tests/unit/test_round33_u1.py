"""Round 33 answers (helper U1): urgent health and safety questions five role-players asked
mid-conversation that got "I can't answer", nothing, or the wrong answer.

- Frank, 81, pushed over and robbed, hit his head: a thumping head, "I'd rather wait for the GP
  on Monday", being sick, then confused. The first "get it checked today" was all he got.
- Hana, pregnant, pushed by her husband, at her sister's: "do I have to go back to his house?"
  and "Can they call my sister phone instead?".
- Brenda, 74, with a walking frame, a firework through her letterbox: what stops it happening
  again, and is it a crime or just kids being silly.
- Kay, groped on a train: CCTV on the train, the "train police", texting them, and whether it
  is sexual assault.
- Zofia, her ex under a non-molestation order at the school gate: "Should I tell the school?".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import (
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions import questions

NEW = (
    "utter_head_injury_now",
    "utter_dont_have_to_go_back",
    "utter_another_phone_ok",
    "utter_letterbox_fire_safety",
    "utter_damage_is_a_crime",
    "utter_cctv_report_soon",
    "utter_tell_the_school_order",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, "round 33, helper U1", ({}, {"for_someone_else": True}, {"cannot_phone": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


def test_the_new_patterns_do_not_replace_older_ones_of_the_same_name():
    """A second module-level `_CCTV` once silently replaced the older one that the CCTV answer
    reads."""
    source = Path(questions.__file__).read_text()
    names = re.findall(r"^(_[A-Z][A-Z0-9_]*) = ", source, flags=re.M)
    block = source[source.index("# -- round 33, helper U1 --\n") :]
    mine = re.findall(r"^(_[A-Z][A-Z0-9_]*) = ", block.split("\ndef known_answer(")[0], re.M)
    for name in mine:
        assert names.count(name) == 1, name


# -- 1. Frank: worse after a blow to the head ---------------------------------------------------

FRANK = [
    "81. My head is really thumping now, is that normal after a fall?",
    "No. Susan is worried about my head, she wants to take me to A&E but I said I'd rather wait "
    "for the GP on Monday. What do you think",
    "maybe because Im old? easy target. but please answer about my head",
    "no. I was just sick actually, Susan had to help me to the bathroom",
    "This is Susan, his daughter. Dad has just vomited and seems a bit confused. Should I call an "
    "ambulance or drive him?",
]


@pytest.mark.parametrize("said", FRANK)
def test_worse_after_a_head_injury_is_a_and_e_now(said):
    assert answer(said, "robbery") == "utter_head_injury_now"


@pytest.mark.parametrize("said", FRANK[:3])
def test_the_head_is_enough_without_the_crime(said):
    assert answer(said, None) == "utter_head_injury_now"


def test_the_answer_says_a_and_e_now_and_999_for_confusion():
    for slots in ({}, {"for_someone_else": True}):
        (text,) = sendable("utter_head_injury_now", **slots)
        assert "A&E now" in text and "999" in text and "confus" in text.lower()
        assert "GP" in text
    (by_text,) = sendable("utter_head_injury_now", cannot_phone=True)
    assert "18000" in by_text


@pytest.mark.parametrize(
    "said",
    [
        # The first telling keeps the general injury answer (round 15).
        "he punched me and now i keep being sick",
        "I banged my head on the pavement when I fell and today I have a terrible headache and "
        "feel a bit sick",
    ],
)
def test_a_first_telling_keeps_the_injury_answer(said):
    assert answer(said, "assault") == "utter_injury"


@pytest.mark.parametrize(
    "said",
    [
        "you said earlier something about 12 months. so is it too late for me? im confused",
        "im a bit confused, what happens next?",
        "i was sick of him shouting at me every night",
        "im sick with worry about my son, what do i do?",
        "my head is all over the place, should i report it?",
        "should i tell the head teacher?",
        "is it normal to feel this angry?",
        "I'd rather wait until monday to call the police, is that ok?",
    ],
)
def test_ordinary_messages_are_not_a_head_injury(said):
    for crime_type in ("assault", "robbery", None):
        assert answer(said, crime_type) != "utter_head_injury_now", (said, crime_type)


# -- 2. Hana: she doesn't have to go back; another phone ----------------------------------------

HANA_GO_BACK = [
    "Feeling safe, and someone to talk to. Can I stay with my sister, or must I go back? My "
    "husband is calling me many times.",
    "English is ok. Bengali also fine. But please tell me, do I have to go back to his house? He "
    "says I must come home tonight.",
]


@pytest.mark.parametrize("said", HANA_GO_BACK)
def test_she_does_not_have_to_go_back(said):
    got = answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert got == "utter_dont_have_to_go_back"
    (text,) = sendable("utter_dont_have_to_go_back")
    assert text.startswith("No, you don't have to go back") and "0808 2000 247" in text


def test_she_can_give_her_sisters_number():
    said = (
        "Yes please. But my husband sometimes takes my phone. Can they call my sister phone "
        "instead?"
    )
    assert answer(said, "domestic_abuse", referral_consent=True) == "utter_another_phone_ok"
    assert answer("can they text my mums number instead?", None) == "utter_another_phone_ok"


@pytest.mark.parametrize(
    "said",
    [
        "do i have to go back to the police station tomorrow?",
        "should i go back to work on monday?",
        "can i stay with my sister?",
        "do i have to go back to court?",
    ],
)
def test_going_back_elsewhere_or_not_after_abuse_is_not_the_answer(said):
    assert answer(said, "robbery") != "utter_dont_have_to_go_back"
    assert answer(said, "assault", relationship_to_offender="stranger") != (
        "utter_dont_have_to_go_back"
    )


@pytest.mark.parametrize(
    "said",
    [
        "my sister phoned the police for me",
        "he took my phone and my sisters number is in it",
        "what number should i call?",
        "can i use my phone to report it?",
    ],
)
def test_other_phone_talk_is_not_the_answer(said):
    assert answer(said, "domestic_abuse") != "utter_another_phone_ok"


# -- 3. Brenda: the letterbox, and whether a firework is a crime --------------------------------

BRENDA_LETTERBOX = [
    "Thank you. Is there anything to stop a firework coming through the letter box again? And "
    "would someone come to see me, I dont do computers much",
    "Yes please pass it on. But my question was about the letterbox, can anyone help make it "
    "safe from fire?",
    "Mornings are best. And the letterbox? Nobody has answered me about that",
    "Thank you dear. One last thing, can anyone help with the letterbox so a firework cant get in?",
]


@pytest.mark.parametrize("said", BRENDA_LETTERBOX)
def test_the_letterbox_gets_the_fire_brigade(said):
    assert answer(said, "criminal_damage") == "utter_letterbox_fire_safety"
    (text,) = sendable("utter_letterbox_fire_safety")
    assert "London Fire Brigade" in text and "london-fire.gov.uk" in text and "999" in text


def test_a_firework_through_the_door_is_a_crime():
    said = (
        "Its teenagers from the estate, I know some of there faces but not names. You didnt say "
        "if its a crime?"
    )
    assert answer(said, "criminal_damage") == "utter_damage_is_a_crime"
    assert answer("is a firework through the letterbox illegal?", None) == (
        "utter_damage_is_a_crime"
    )
    (text,) = sendable("utter_damage_is_a_crime")
    assert "criminal damage" in text and "arson" in text and "hate crime" in text


def test_being_afraid_they_will_know_is_still_answered_first():
    said = (
        "No I havent. I didnt want to make a fuss and I worry theyll know it was me who told. Is a "
        "firework through the door a crime or just kids being silly"
    )
    assert answer(said, "criminal_damage") == "utter_who_reported_it"


@pytest.mark.parametrize(
    "said",
    [
        "the letter came this morning, what does it mean?",
        "can they post the letter through my letterbox?",
        "is it a crime if he takes my money?",
        "the police said it was a civil matter, isnt it a crime?",
        "is sending fake texts a crime?",
    ],
)
def test_other_letters_and_crimes_are_not_the_new_answers(said):
    for crime_type in ("criminal_damage", "fraud", None):
        got = answer(said, crime_type)
        assert got not in ("utter_letterbox_fire_safety", "utter_damage_is_a_crime"), (said, got)


# -- 4. Kay: the train, CCTV, the transport police, sexual assault ------------------------------


def test_train_cctv_means_reporting_soon_to_the_transport_police():
    said = (
        "im safe, at my desk. it was the south western train from kingston into waterloo around "
        "8.15. would there be cctv on the train?"
    )
    assert answer(said, "sexual_offence") == "utter_cctv_report_soon"
    said = "information. how to report it without phoning. and if the cctv gets deleted"
    assert answer(said, "sexual_offence") == "utter_cctv_report_soon"
    (text,) = sendable("utter_cctv_report_soon")
    assert "61016" in text and "0800 40 50 40" in text and "soon" in text


@pytest.mark.parametrize(
    "said",
    [
        "no. who would i even report it to, the train police? i dont want to make a big scene at "
        "work calling",
        "no thanks, i'll think about it. i just wanted to know if i can text the transport police "
        "or something",
    ],
)
def test_the_train_police_are_british_transport_police(said):
    assert answer(said, "sexual_offence") == "utter_transport_police"


@pytest.mark.parametrize(
    "said",
    [
        "no. just grabbed my bum and kept his hand there, then the doors opened at clapham and he "
        "was gone. is that actually sexual assault or am i overreacting",
        "no first time. you didnt answer me tho, is it sexual assault??",
    ],
)
def test_being_groped_is_sexual_assault(said):
    assert answer(said, "sexual_offence") == "utter_sexual_assault_counts"


@pytest.mark.parametrize(
    "said",
    [
        "will the bus cctv be deleted?",
        "how long do they keep cctv",
        "i have the video on my phone, how do i send it?",
        "the train was late so i missed my appointment, can i still go?",
        "is rape sexual assault?",
    ],
)
def test_other_cctv_and_train_messages_are_not_the_new_answers(said):
    got = answer(said, "assault")
    assert got not in ("utter_cctv_report_soon", "utter_transport_police"), (said, got)
    if "rape" in said:
        assert answer(said, "sexual_offence") != "utter_sexual_assault_counts"


# -- 5. Zofia: telling the school about the order ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        # -- round 42, helper L3 --: the order answer only when an order is told of (Hana, who
        # had none, was told to give the school "a copy of the order").
        "33. I have the order. Should I tell the school? Can they stop him to come?",
        "Yes, he come 3 times in 2 weeks, he break the order. You dont answer about school",
    ],
)
def test_tell_the_school_and_give_them_the_order(said):
    got = answer(said, "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert got == "utter_tell_the_school_order"
    (text,) = sendable("utter_tell_the_school_order")
    assert "copy of the order" in text and "42A" in text and "999" in text


@pytest.mark.parametrize(
    "said",
    [
        # A child's own worry about school is utter_school_worry's.
        "should i tell the school? they all saw the pictures",
        "should i tell my teacher?",
        "can my uni stop him getting into halls",
    ],
)
def test_a_childs_school_worry_is_not_the_order_answer(said):
    assert answer(said, "sexual_offence", age=15) != "utter_tell_the_school_order"
    assert answer(said, "assault") != "utter_tell_the_school_order"


def test_a_worse_head_is_answered_every_time_it_is_told():
    from actions.reading import answer_not_thrice

    said = questions.Say(response="utter_head_injury_now")
    assert answer_not_thrice(said, frozenset({"utter_head_injury_now"})) == said
    other = questions.Say(response="utter_injury")
    assert answer_not_thrice(other, frozenset({"utter_injury"})).response == "utter_answered_above"
