"""Round 96, helper e: Cerys, Ines, Patrick and Akin (/tmp/roleplay/out96/findings-e.md)."""

from __future__ import annotations

from tests.unit.known_answers import answer, answer_in_conversation, topic_answered

AKIN_SAID = [
    "ya ok. they took my wallet to it has my adress on my driving licence, i keep thinking they "
    "gona come to my house",
]


def test_akin_locks_after_robbery_are_not_the_lodger_answer() -> None:
    got = answer_in_conversation(
        "what if they come to my house tho, they got my adress. my wife and kids are here. "
        "should i change the locks",
        "robbery",
        AKIN_SAID,
        relationship_to_offender="stranger",
    )
    assert got is not None
    sent = [got.response, *(then.response for then in got.then)]
    assert "utter_q3_guest_must_leave" not in sent
    assert "utter_partner_coming_back" not in sent
    assert "utter_secure_home" in sent
    # Before he said who did it, too.
    assert (
        answer(
            "what if they come to my house tho, they got my adress. my wife and kids are here. "
            "should i change the locks",
            "robbery",
        )
        != "utter_q3_guest_must_leave"
    )


def test_ines_portuguese_sim_is_yes_not_a_sim_card() -> None:
    asked = "sim, ok. but my manager cannot see this? I don't want problems with the job"
    assert answer(asked, "sexual_offence") == "utter_privacy_answer"
    later = (
        "sim, yes please. but not call me at work time, and what do you write that happen to me?"
    )
    assert answer(later, "sexual_offence") != "utter_w2_block_sim"
    # A SIM card asked about still gets its answer.
    assert answer("Can they block my sim card?", "theft") == "utter_w2_block_sim"


INES_SAID = [
    "hello, I am not sure if I can write here. something happen at my work, in the hotel, and my "
    "manager say forget it. but I cannot forget",
    "no is not theft!! I clean rooms in a hotel in westminster. a guest close the door when I was "
    "inside and he stand in front of it, he try to kiss me and touch me, my chest. I push him and "
    "I run out. no police, I did not call",
]
INES_JOB = (
    "30. can the hotel sack me for this? the manager move me to another floor and say forget it, "
    "don't make problem. I need this job, I send money to my mãe"
)


def test_ines_job_question_is_not_rehousing() -> None:
    got = answer_in_conversation(INES_JOB, "sexual_offence", INES_SAID)
    sent = [] if got is None else [got.response, *(then.response for then in got.then)]
    assert "utter_council_move" not in sent
    assert "utter_n3_move_depends_on_home" not in sent
    assert (
        topic_answered(INES_JOB, {"crime_type": "sexual_offence", "age": 30})
        == "utter_topic_a74d_victimisation_work"
    )
    # Being moved home is still the housing answer.
    assert answer("can the council move me? I rent from the council", "stalking_harassment") in (
        "utter_council_move",
        "utter_n3_move_depends_on_home",
    )


CERYS_SAID = [
    "I'm at home. not sure honestly. I was on local telly talking about cycling lanes and since "
    "then someone's been posting about me, they put my street name up and wrote 'I know where "
    "you live'. and worse stuff, rape threats. I don't know if it's one person or loads",
]


def test_cerys_safe_at_home_is_not_rehousing_or_phone_privacy() -> None:
    for asked in (
        "yes loads of times, every day for about 2 weeks. should I move out? I live on my own and "
        "they know my street. I'm honestly thinking of going to my sister's",
        "no. well because I'm a woman probably, the men who get on telly about bikes don't get "
        "rape threats. that's not what I asked though, I'm not homeless, I asked is it safe to "
        "stay here",
        "for god's sake. I TOLD you it's not a sexual offence. it's online threats. and you still "
        "haven't answered: is it safe for me to stay in my flat or not?",
    ):
        for crime in ("online_abuse", "sexual_offence"):
            got = answer_in_conversation(asked, crime, CERYS_SAID)
            assert got is not None and got.response == "utter_q5_address_known", (asked, crime)
    # This chat's privacy is still asked as before.
    assert answer("is it safe to talk here? is this private?", "online_abuse") == (
        "utter_privacy_answer"
    )


def test_patrick_sue_his_wife_is_not_suing() -> None:
    asked = (
        "University? I am 70 years old and retired. This is absurd. No, I have no disability. I "
        "feel such a fool, frankly. Sue, my wife, has been very good about it but it was our "
        "retirement money."
    )
    got = answer_in_conversation(asked, "fraud", [], age=70)
    assert got is None or got.response != "utter_suing"
    assert answer("can i sue my neighbour for this?", "criminal_damage") == "utter_suing"
