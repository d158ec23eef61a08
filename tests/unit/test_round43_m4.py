"""Round 43 answers (helper M4): questions that got "I can't answer" or another question's
answer.

- Joanne, 44, whose husband checks her phone and controls her money: "ok but what happens
  then?" at the referral question, "what if i need to leave. where would i even go with no
  money", "whats 18000?", "whos that number for", "can they just text", and the safe time said
  as the times to avoid ("not after 6 or weekends").
- Nadine, 15, slapped and filmed by girls in her year: "do i have to tell the police?" (got
  "They may"), "its not gonna go to court is it", "whose number is that?", "will the support
  ppl tell my school or jade?".

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from conftest import make_tracker
from known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

from actions.answers import contact_said, read_referral_consent
from actions.assessment_form import answers_from
from actions.questions import known_answer
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_m4_referral_what_next",
    "utter_m4_leaving_no_money",
    "utter_m4_text_only",
    "utter_m4_court_if_charged",
    "utter_m4_support_wont_tell_school",
)
JOANNE = {"age": 44, "relationship_to_offender": "partner_or_ex", "gender": "woman"}
NADINE = {"age": 15, "under_18": True, "relationship_to_offender": "someone_known"}
AT_REFERRAL = {"requested_slot": "referral_consent", "results_shown": True}
SUPPORTLINE = (
    "You choose how and when they contact you: a text, an email or a call at a time you say is "
    "safe, and no voicemail if you say so. You can tell them what to do if someone else answers. "
    "Or call Victim Support yourself when it's safe: 08 08 16 89 111."
)
RESULT = (
    "Services that can help:\n• Childline (NSPCC) (for children and young people under 19): call "
    "0800 1111 or chat at childline.org.uk\n• London Victim and Witness Service: call 0808 168 "
    "9291 or chat at londonvws.org.uk"
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 43, helper M4", ({}, {"under_18": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. What happens after a referral, at the referral question --


@pytest.mark.parametrize(
    "text",
    [
        "ok but what happens then?",
        "ok what happens next?",
        "what happens if i say yes?",
        "and then what?",
        "hmm what would happen after?",
    ],
)
def test_what_happens_after_a_referral_is_answered_at_the_referral_question(text):
    assert answer(text, "domestic_abuse", **JOANNE, **AT_REFERRAL) == (
        "utter_m4_referral_what_next"
    )
    assert read_referral_consent(text).value is None
    assert not read_referral_consent(text).declined


def test_the_question_is_answered_while_the_form_reads_it_and_not_taken_as_an_answer():
    read = read_turn(
        Turn(
            text="ok but what happens then?",
            intent="ask_question",
            requested="referral_consent",
            answers={"crime_type": "domestic_abuse", **JOANNE, **AT_REFERRAL},
        )
    )
    assert "referral_consent" not in read.slots
    assert [say.response for say in read.say] == ["utter_m4_referral_what_next"]


@pytest.mark.parametrize(
    "text", ["ok yes then. text only", "yes", "yes what happens then?", "ok yes pass them on"]
)
def test_a_real_yes_is_still_a_yes(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize("text", ["no", "no thanks", "nah im ok"])
def test_a_no_is_still_a_no(text):
    assert read_referral_consent(text).value is False


@pytest.mark.parametrize(
    "text,answers",
    [
        # Not at the referral question, or about reporting: other answers.
        ("ok but what happens then?", {"requested_slot": "needs"}),
        ("what happens next if i report it to the police?", AT_REFERRAL),
        ("what happens then?", {"requested_slot": "referral_consent", "referral_consent": True}),
    ],
)
def test_what_happens_then_elsewhere_does_not_get_the_referral_answer(text, answers):
    assert answer(text, "domestic_abuse", **JOANNE, **answers) != "utter_m4_referral_what_next"


# -- 2. Leaving with no money --


@pytest.mark.parametrize(
    "text",
    [
        "what if i need to leave. where would i even go with no money",
        "what if i have to leave?",
        "where would i go if i left him",
        "how would i even leave him with no money?",
        "i want to get out but i have no money",
        "i need to leave him but i have no money",
    ],
)
def test_leaving_with_no_money_gets_the_refuge_and_council_answer(text):
    assert answer(text, "domestic_abuse", **JOANNE) == "utter_m4_leaving_no_money"


def test_the_leaving_answer_names_the_helpline_the_council_and_999():
    [text] = sendable("utter_m4_leaving_no_money")
    assert "0808 2000 247" in text and "council" in text and "999" in text


@pytest.mark.parametrize(
    "text,crime",
    [
        ("what if i need to leave?", "burglary"),  # not abuse at home
        ("where would i go to report it?", "domestic_abuse"),
        ("i have no money since he took my card", "domestic_abuse"),
    ],
)
def test_other_messages_do_not_get_the_leaving_answer(text, crime):
    told = JOANNE if crime == "domestic_abuse" else {"age": 44}
    assert answer(text, crime, **told) != "utter_m4_leaving_no_money"


# -- 3. 18000, whose number, texts only, the safe time --


@pytest.mark.parametrize("text", ["whats 18000? i can talk its fine", "what is 18000?"])
def test_18000_is_explained(text):
    assert answer(text, "domestic_abuse", **JOANNE) == "utter_text_relay"


def test_i_can_talk_puts_right_cannot_phone():
    said = corrections("whats 18000? i can talk its fine", {"cannot_phone": True})
    assert said.get("cannot_phone") is False
    assert "cannot_phone" not in corrections("i cant talk, hes here", {"cannot_phone": True})


def _whose(text: str, *bot_texts: str) -> str | None:
    said = known_answer(
        text,
        "domestic_abuse",
        ORGANISATIONS,
        answers={"crime_type": "domestic_abuse", **JOANNE, "recent_bot_texts": bot_texts},
    )
    return said.text if said is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "44. whos that number for",
        "yes loads. but who is the number for u didnt say",
        "whose number is that? its diff from the other one. and can they text me instead",
        "who is that number?",
    ],
)
def test_whose_number_names_the_service_whose_number_was_last_given(text):
    said = _whose(text, RESULT, SUPPORTLINE, "How old are you?")
    assert said is not None
    assert "08 08 16 89 111 is Victim Support Supportline" in said
    assert "0800 1111" not in said
    assert len(said) <= 320


def test_whose_number_says_texts_only_can_be_asked_for_when_they_ask():
    said = _whose("whose number is that? and can they text me instead", SUPPORTLINE)
    assert said is not None and "texts only" in said
    assert "texts only" not in (_whose("whos that number for", SUPPORTLINE) or "")


def test_whose_number_names_every_service_in_a_list():
    said = _whose("whose number is that", RESULT)
    assert said is not None
    assert "0800 1111 is Childline" in said and "0808 168 9291 is London Victim" in said


def test_whose_number_without_a_number_sent_is_left_to_other_answers():
    assert _whose("whos that number for", "How old are you?") is None


def test_the_bots_last_messages_reach_the_answers():
    tracker = make_tracker(
        slots={"crime_type": "domestic_abuse"},
        text="44. whos that number for",
        requested_slot="age",
    )
    tracker.events.append({"event": "bot", "text": SUPPORTLINE})
    answers = answers_from(tracker)
    assert answers["recent_bot_texts"][-1] == SUPPORTLINE
    assert answers["requested_slot"] == "age"


@pytest.mark.parametrize(
    "text",
    [
        "will they phone me tho? he checks my phone. can they just text",
        "would they ring me? can they text me instead",
        "can they just text? will they call me?",
    ],
)
def test_asking_for_texts_only_gets_the_contact_answer_not_police_updates(text):
    assert answer(text, "domestic_abuse", **JOANNE) == "utter_m4_text_only"


@pytest.mark.parametrize(
    "text",
    ["will the police text me updates?", "can they just text", "text only", "will they call me?"],
)
def test_other_contact_messages_do_not_get_the_texts_only_answer(text):
    assert answer(text, "domestic_abuse", **JOANNE) != "utter_m4_text_only"


@pytest.mark.parametrize(
    "text,times",
    [
        ("only text. not after 6 or weekends hes home", "not after 6, not at weekends"),
        ("text. not after 5pm", "not after 5pm"),
        ("weekdays before 6", "weekdays, before 6"),
    ],
)
def test_the_times_to_avoid_are_kept_in_their_words(text, times):
    assert contact_said(text).get("contact_times") == times


def test_the_safe_time_is_kept_at_the_contact_safe_question():
    read = read_turn(
        Turn(
            text="only text. not after 6 or weekends hes home",
            intent="inform",
            requested="contact_safe",
            answers={"crime_type": "domestic_abuse", **JOANNE, "referral_consent": True},
        )
    )
    assert read.slots.get("contact_times") == "not after 6, not at weekends"
    assert read.slots.get("contact_method") == "text"


# -- 4. Nadine --


def test_do_i_have_to_tell_the_police_gets_no_first():
    text = (
        "no i havent. my mum doesnt even know. do i have to tell the police? i dont want jade to "
        "get arrested and everyone hate me more"
    )
    assert answer(text, "assault", **NADINE) == "utter_support_without_report"
    assert answer("my dad doesnt know. do i have to report it?", "assault", **NADINE) == (
        "utter_support_without_report"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Do I have to go to police?",  # the choice answer, as before
        "do i have to go to the police station? my mum wants to know",
        "do i have to report it to police for my insurance? my dad asked",
    ],
)
def test_other_do_i_have_to_questions_keep_their_answers(text):
    assert answer(text, "assault", **NADINE) != "utter_support_without_report"


def test_will_the_police_tell_my_mum_still_gets_the_parents_answer():
    assert answer("will the police tell my mum?", "assault", **NADINE) != (
        "utter_support_without_report"
    )


@pytest.mark.parametrize(
    "text",
    [
        "court?? 😳 its not gonna go to court is it",
        "will it go to court?",
        "is this going to court?",
        "its not going to end up in court is it?",
    ],
)
def test_court_question_is_answered(text):
    assert answer(text, "assault", **NADINE) == "utter_m4_court_if_charged"


@pytest.mark.parametrize(
    "text,told",
    [
        ("will it go to court?", {"reported_to_police": True}),  # reported: not "unless reported"
        ("yes", {}),
        ("no", {}),
        ("how do i get to the court?", {}),
        ("do i have to go to court?", {}),  # utter_court, as before
        ("Would it be in court or the papers?", {}),
    ],
)
def test_other_messages_do_not_get_the_court_answer(text, told):
    assert answer(text, "assault", **NADINE, **told) != "utter_m4_court_if_charged"


@pytest.mark.parametrize(
    "text",
    [
        "will the support ppl tell my school or jade?",
        "would the support people tell my school?",
        "will victim support tell my teachers?",
    ],
)
def test_support_telling_school_is_answered(text):
    assert answer(text, "assault", **NADINE) == "utter_m4_support_wont_tell_school"


def test_the_young_variant_names_childline_and_says_the_people_who_did_it_are_never_told():
    [text] = sendable("utter_m4_support_wont_tell_school", under_18=True)
    assert "0800 1111" in text and "never tell the people who did it" in text


@pytest.mark.parametrize(
    "text",
    [
        "will the police tell my school?",
        "should i tell my school?",
        "my school knows",
        "will you tell my school",  # this chat: utter_who_we_tell
    ],
)
def test_other_school_messages_do_not_get_the_support_answer(text):
    assert answer(text, "assault", **NADINE) != "utter_m4_support_wont_tell_school"
