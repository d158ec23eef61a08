"""Round 100, helper l100d: Natalia (a lodger her landlord touched), Ben (15, threatened on a
group chat), Carmen (67, her husband with dementia hits out), Jerome (his ex threatens a false
allegation)."""

from __future__ import annotations

from actions.account import read_account
from actions.reading import Turn, read_turn, y73c_its_the_writer
from core.vocabulary import plain
from tests.unit.known_answers import responses_in_conversation

NATALIA = [
    "not now, he is at work. i rent room in flat of man, he is landlord. he come in my room "
    "without knock, many times, and last week he touch my breast. i said no and he laugh",
]


# Natalia S1: her need for a new room got "I can't answer" three times.
def test_who_helps_find_a_new_room_is_answered():
    for text in (
        "feeling safe and practical help. maybe new room. where i can go?",
        "they speak polish? and who help me find new room, this is what i need most",
        "ok but the room? i need new place to live, who help with that",
    ):
        got = responses_in_conversation(text, "sexual_offence", NATALIA)
        assert got[:1] == ["utter_n3_move_depends_on_home"], (text, got)
    both = responses_in_conversation(
        "they speak polish? and who help me find new room, this is what i need most",
        "sexual_offence",
        NATALIA,
    )
    assert any("interpreter" in (name or "") for name in both)


CARMEN = [
    "Good morning. I am not sure if I should be writing to a service like this. My husband is "
    "not a criminal, he is ill.",
    "Yes that is fine. But please understand I do not want the police involved with him.",
    "I don't know how to answer that. He is asleep now. We have been married 40 years and he "
    "has dementia, since last year he gets confused in the evenings and sometimes he hits out "
    "at me. Last night he grabbed my arm and hit it and there is a big bruise this morning. He "
    "didn't know it was me I think.",
    "I am 67. Does this count as abuse? I don't feel it is right to call it that, he loves me.",
    "It was my husband, as I said. Please don't write him down as a criminal.",
    "No, nothing like that. He is not targeting me, he is ill. Did you read what I wrote?",
    "A robbery?? No, nobody robbed me. My husband hit my arm when he was confused. And he is "
    "not my ex, we are married.",
    "I have not hurt myself! Why are you giving me the Samaritans? I am not suicidal, I am "
    "tired. And I have told you three times it was my husband.",
]
CARMEN_ASKS = (
    "Practical help with looking after him. I am on my own with him, our son lives in Spain. I "
    "need someone who understands dementia, not the police. Will anyone take him away from me?"
)
CARMEN_FACTS = {"age": 67, "offender": "partner_or_ex", "account_details": ["offender_dementia"]}


# Carmen S1: "he grabbed my arm and hit it" was noted as a robbery.
def test_grabbing_an_arm_and_hitting_it_is_no_robbery():
    assert read_account(CARMEN[2]).crime_type == "assault"
    assert read_account("he grabbed my bag and hit me").crime_type == "robbery"


# Carmen S4: "Will anyone take him away from me?" got "Yes. Your son ... he's the one hurt", then
# a child taken into care, twice.
def test_fear_husband_with_dementia_is_taken_away_gets_the_care_answer():
    got = responses_in_conversation(CARMEN_ASKS, "domestic_abuse", CARMEN, **CARMEN_FACTS)
    assert got[:1] == ["utter_n3_care_home_fear_him"], got
    for text in (
        "What? My son is not hurt, he is 38 and lives in Spain. I am the one with the bruise. "
        "And you said Yes, they will take my husband away?? Please explain, I am very upset now.",
        "Yes, the dementia nurse would be good. I am the person it happened to, I am happy. But "
        "you still have not told me, will they take my husband away from me?",
    ):
        got = responses_in_conversation(
            text, "domestic_abuse", [*CARMEN, CARMEN_ASKS], **CARMEN_FACTS
        )
        assert "utter_p7_children_services_keep_family" not in got, (text, got)
        assert "utter_t84d_son_own_help_redthread" not in got
        assert got[:1] == ["utter_n3_care_home_fear_him"], (text, got)


# Carmen S4(b): her corrections did not undo "writing for someone else".
def test_the_writer_says_she_is_the_one_hurt():
    text = (
        "What? My son is not hurt, he is 38 and lives in Spain. I am the one with the bruise. "
        "And you said Yes, they will take my husband away?? Please explain, I am very upset now."
    )
    assert not read_account(text).for_someone_else
    for text in (
        "I am not writing for anyone else. It is ME. There is no child. Can I please speak to a "
        "real person, this is making it worse.",
        "carry on then. but please get it right, it is me he hit, my husband.",
    ):
        assert y73c_its_the_writer(plain(text)), text


JEROME = [
    "alright. is this only for women or can men use it too",
    "yeah ok",
    "not right now no. its my ex, we split in march and she keeps turning up at my flat, banging "
    "on the door at like 2am, last week she keyed my car all down the side. i know it was her cos "
    "my neighbour saw her",
    "no cos she said if i go to the police shell tell them i hit her. i never touched her. "
    "honestly whos gonna believe a guy over her",
]


# Jerome S1: "what if she does say i hit her ... do i get arrested?" got "I can't answer" twice.
def test_a_threatened_false_allegation_is_answered():
    for text in (
        "28. but what if she does say i hit her, then what, do i get arrested?",
        "maybe. but if i report her and she says i hit her whats gonna happen to me. thats the "
        "thing stopping me",
    ):
        got = responses_in_conversation(text, "domestic_abuse", JEROME, gender="man", age=28)
        assert got[:1] == ["utter_w8_accused_not_guilty"], (text, got)


BEN_OPENING = (
    "not rn im at home. but theres these lads from my year on a group chat saying theyre gonna "
    "batter me after school tmrw. like proper threats. is this even a crime or am i being "
    "dramatic"
)


# Ben S1: "lads from school ... my mum and dad dont know" was noted as a family member, then "not
# my mum" took it back and "Do you know who did it?" came again.
def test_parents_who_dont_know_are_not_who_did_it():
    answers = {"crime_type": "stalking_harassment", "age": 15, "said": [BEN_OPENING]}
    got = read_turn(
        Turn(
            text="yeah lads from school. like 4 of them. my mum and dad dont know btw and i dont "
            "want them to",
            requested="relationship_to_offender",
            answers=answers,
        )
    )
    assert got.slots.get("relationship_to_offender") == "someone_known"
    then = read_turn(
        Turn(
            text="feeling safe i guess. and someone to talk to thats not my mum",
            requested="needs",
            answers={**answers, **got.slots},
        )
    )
    assert "relationship_to_offender" not in then.slots
    assert then.slots.get("needs") == ["safety", "emotional"]


# Carmen S3: "he is not my ex, we are married" cleared "partner or ex", and "Do you know who did
# it?" came again straight after "I've changed that: domestic abuse".
def test_not_my_ex_but_my_husband_keeps_who_did_it():
    answers = {
        "crime_type": "robbery",
        "relationship_to_offender": "partner_or_ex",
        "age": 67,
        "reported": False,
    }
    got = read_turn(
        Turn(
            text="A robbery?? No, nobody robbed me. My husband hit my arm when he was confused. "
            "And he is not my ex, we are married.",
            requested="disability",
            answers=answers,
        )
    )
    assert got.slots.get("crime_type") == "domestic_abuse"
    assert "relationship_to_offender" not in got.slots


# Carmen S5: "please understand I do not want the police involved with him" got no reply.
def test_no_police_wish_at_the_privacy_question_is_heard():
    got = read_turn(
        Turn(
            text="Yes that is fine. But please understand I do not want the police involved "
            "with him.",
            requested="consent",
            answers={"said": CARMEN[:1]},
        )
    )
    assert got.slots.get("consent") is True
    assert "utter_s83f_no_police_heard" in [say.response for say in got.say]
