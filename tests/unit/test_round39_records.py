"""Readings left wrong after round 38's role-play (people who had not read the code), each with
the person's own words and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer
from actions.questions import IS_A_CRIME, is_it_a_crime_answer, is_question
from actions.reading import Turn, corrections, read_turn
from actions.wording import changed_line
from bot.risk_words import trusted_crisis
from core.text import SMS_LIMIT
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sources_above,
)


def _at_referral(text: str, **answers: object) -> Turn:
    return Turn(
        text=text,
        intent="deny",
        requested="referral_consent",
        answers={"crime_type": "assault", "results_shown": True, **answers},
        asked={"referral_consent": 1},
    )


# -- Dev, 29, punched by a stranger; his girlfriend filmed it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no!! my gf didnt do anything, it was a stranger who punched me",
        "no it was a stranger, not my girlfriend",
        "NO the gardener did it, not family!",
    ],
)
def test_a_no_that_puts_right_who_did_it_is_not_a_no_to_being_referred(text):
    for answers in ({"relationship_to_offender": "stranger"}, {}):
        reading = read_turn(_at_referral(text, **answers))
        assert reading.slots.get("referral_consent") is not False, (text, answers)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "no thanks, it was a stranger anyway",
        "no i dont want anyone contacting me, it was a stranger",
        "no, nobody needs to call, he was just some random guy",
        "no thank you",
    ],
)
def test_a_no_to_being_contacted_still_declines(text):
    reading = read_turn(_at_referral(text, relationship_to_offender="stranger"))
    assert reading.slots.get("referral_consent") is False or "referral_consent" in reading.skipped


# -- Joan, 81, a distraction burglary, at the hate question ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "because im old and on my own",
        "i think because im old",
        "they pick on old people dont they",
        "because they could see i was on my own",
    ],
)
def test_picked_out_for_age_is_a_no_to_the_hate_question(text):
    assert read_answer("hate_motivated", text).value is False


@pytest.mark.parametrize(
    "text", ["because im black", "because im old and disabled", "yes because of my religion"]
)
def test_a_strand_beside_age_is_never_read_as_no(text):
    assert read_answer("hate_motivated", text).value is not False


# -- Dev, 29: his jaw --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a guy punched me outside a club, my jaw is killing me",
        "my jaw might be broken, cant eat",
        "my nose is prob broken",
        "he hit me and my ribs are still aching",
    ],
)
def test_pain_told_of_the_body_is_an_injury(text):
    assert "injured" in account.read_account(text).details


@pytest.mark.parametrize(
    "text",
    [
        "my back is killing me from work",
        "my head is killing me with all this",
        "my heart is broken",
        "my phone is broken",
        "he punched the wall",
    ],
)
def test_ordinary_aches_and_broken_things_are_not_injuries(text):
    assert "injured" not in account.read_account(text).details


# -- Leah: "i said ye to the court thing" ----------------------------------------------------------


@pytest.mark.parametrize("before", [False, None])
def test_the_court_answer_put_right(before):
    changes = corrections("i said ye to the court thing", {"fear_of_giving_evidence": before})
    assert changes == {"fear_of_giving_evidence": True}
    assert (
        changed_line(changes)
        == "Thank you, I've changed that: you'd be worried about giving evidence."
    )


def test_a_no_to_the_court_question_put_right():
    changes = corrections("no i said no to the court question", {"fear_of_giving_evidence": True})
    assert changes == {"fear_of_giving_evidence": False}


@pytest.mark.parametrize("text", ["i said yes to it", "court is on monday", "yes to court"])
def test_other_messages_put_nothing_right(text):
    assert "fear_of_giving_evidence" not in corrections(text, {"fear_of_giving_evidence": False})


# -- Maureen, 74, a doorstep roofing con: "is it a crime what they did?" -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes that is quite alright dear. But could you tell me first, is it a crime what they "
        "did? I feel such a fool.",
        "is this even a crime or was I just silly?",
        "is what they did illegal?",
        "did they commit a crime?",
    ],
)
def test_is_it_a_crime_is_answered_with_the_crime(text):
    assert answer(text, "fraud") == "utter_is_it_a_crime"
    assert answer(text, None) == "utter_may_be_a_crime"


@pytest.mark.parametrize(
    "text",
    [
        "is it illegal to record him?",
        "is it a crime if i hit him back?",
        "yes it was a crime obviously",
        "it is a crime isnt it.",
        "I feel such a fool",
    ],
)
def test_other_messages_do_not_get_is_it_a_crime(text):
    assert answer(text, "fraud") not in ("utter_is_it_a_crime", "utter_may_be_a_crime")


def test_the_answers_about_a_crime_by_name_still_come_first():
    assert answer("is it even illegal?", "stalking_harassment") == "utter_harassment_crime"
    assert answer("is that a crime?", "criminal_damage") == "utter_damage_is_a_crime"


@pytest.mark.parametrize("crime", sorted(IS_A_CRIME))
def test_every_crime_answer_is_one_sms(crime):
    say = is_it_a_crime_answer(crime)
    (template,) = (variant["text"] for variant in RESPONSES[say.response or ""])
    sent = template.format(**say.args)
    assert len(sent) <= SMS_LIMIT and "{" not in sent, sent


@pytest.mark.parametrize("name", ["utter_is_it_a_crime", "utter_may_be_a_crime"])
def test_the_new_answers_have_sources(name):
    assert len(sources_above(name)) > 80
    assert numbers_not_in_directory(name) == []


def test_never_been_in_a_court_in_my_life_is_not_a_suicide_alarm():
    text = (
        "Court? Goodness I hadn't thought of that. Would I have to go to court? I suppose I "
        "would be nervous yes, I've never been in one in my life."
    )
    assert not trusted_crisis(text, "self_harm")
    for said in ("i want to end my life", "i dont want my life anymore", "i want to take my life"):
        assert trusted_crisis(said, "self_harm"), said


def test_savings_for_her_own_funeral_are_not_a_death():
    text = (
        "Feeling safe mostly, I worry they will come back now they know I'm on my own. And I "
        "would like to know if there is any chance of getting my money back, £4,000 is a lot "
        "for me, it was my savings for the funeral."
    )
    assert answer(text, "fraud", account_details=["paid_cash"]) == "utter_cash_not_refunded"
    assert answer("who pays for the funeral? i cant afford it", "homicide") == (
        "utter_funeral_costs"
    )


@pytest.mark.parametrize(
    "text",
    [
        "I would like to know if there is any chance of getting my money back",
        "i want to know if i can get my money back",
        "i was wondering if someone could help",
    ],
)
def test_wanting_to_know_if_is_a_question(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text", ["I need to know what happens next", "I want to know what happens next"]
)
def test_wanting_to_know_what_happens_next_stays_an_answer(text):
    assert not is_question(text)


def test_does_being_old_count_as_hate():
    text = "Well I don't know dear. Perhaps because I'm old? Does that count?"
    assert answer(text, "fraud") == "utter_age_is_not_a_hate_crime"
    assert answer("because im disabled, does that count?", "fraud") != (
        "utter_age_is_not_a_hate_crime"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Is there a way to text the police?",
        "But PLEASE how do I contact the police by text, I cannot use 101 on the phone because "
        "of my hearing.",
        "How do I register for emergencySMS?",
    ],
)
def test_the_police_by_text(text):
    assert answer(text, "fraud", age=74, cannot_phone=True) == "utter_police_by_text"
    assert answer(text, "burglary") == "utter_police_by_text"


@pytest.mark.parametrize(
    "text", ["how do i report it?", "will the police text me?", "can i text 999?", "text please"]
)
def test_other_messages_do_not_get_the_police_by_text(text):
    assert answer(text, "fraud") != "utter_police_by_text"


@pytest.mark.parametrize("name", ["utter_age_is_not_a_hate_crime", "utter_police_by_text"])
def test_maureens_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "round 39, main", ({}, {"crime_type": "fraud"}))
    assert numbers_not_in_directory(name) == []


# -- Daniel, 23, saw a man stabbed: "im a witness not the victim" ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "bro thats wrong. i wasnt wounded, i wasnt targeted more than once. i WITNESSED it. im a "
        "witness not the victim. u listening?",
        "i wasnt stabbed, i just saw it",
        "it wasnt me that got stabbed, i was only a witness",
    ],
)
def test_a_witness_saying_they_were_not_hurt_does_not_take_back_what_happened(text):
    changes = corrections(text, {"crime_type": "serious_violence", "repeat_victimisation": True})
    assert "crime_type" not in changes


def test_not_hurt_said_alone_still_asks_what_happened():
    assert corrections("i wasnt wounded", {"crime_type": "serious_violence"}) == {
        "crime_type": None
    }


# -- Jordan, 17, trans, abused online by people from college ---------------------------------------


def test_does_it_go_to_my_parents_is_a_privacy_question():
    text = "does it go to my parents or anything. they cant know"
    assert answer(text, "online_abuse", age=17, under_18=True) == "utter_privacy_answer"


def test_a_hate_crime_or_am_i_being_dramatic():
    text = (
        "bro i literally just said no nudes. its my old pics with long hair in a dress, fully "
        "clothed. anyway is this like a hate crime or am i being dramatic"
    )
    assert is_question(text)
    assert answer(text, "online_abuse", age=17) == "utter_is_it_hate_crime"


@pytest.mark.parametrize(
    "text", ["wow ok helpful 🙄 fine yes", "why do you need it. ok yes", "whatever. yes fine"]
)
def test_a_yes_at_the_end_is_consent(text):
    assert read_answer("consent", text).value is True


@pytest.mark.parametrize("text", ["not really ok yes", "wow ok fine", "no. ok yes?"])
def test_a_doubtful_yes_is_not_consent(text):
    assert read_answer("consent", text).value is not True


@pytest.mark.parametrize(
    "text",
    [
        "court?? its some instagram comments lmao. i guess yeah i wouldnt want to be in a room "
        "with them",
        "i wouldnt want to be in a room with them",
        "i dont want to see him ever again",
    ],
)
def test_not_wanting_to_face_them_is_worry_about_court(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


@pytest.mark.parametrize("text", ["no i wouldnt mind", "no", "nah id be fine"])
def test_not_worried_about_court_stays_no(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


def test_getting_the_deadname_post_taken_down_is_about_the_post():
    text = (
        "can i get the posts taken down?? thats literally all i want. the deadname one especially"
    )
    assert answer(text, "online_abuse", age=17, under_18=True) == "utter_posts_removed"
    text = "what do i do if they misgender me again, can i ask for someone else"
    assert answer(text, "online_abuse") == "utter_misgendered_by_police"
