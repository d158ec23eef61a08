"""Round 91, helper i91c: Tariq (spat at and racially abused by a customer at work, "can I lose
my job?"), Leah (5 months pregnant, a controlling partner, a flat in both names) and Precious."""

from __future__ import annotations

import asyncio

from rasa_sdk.executor import CollectingDispatcher

from actions import topics
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionOutsideQuestions
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import responses_in_conversation, sendable


def _form(domain, text: str, slots: dict, requested: str, earlier: tuple[str, ...]) -> list:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    for index, message in enumerate(earlier):
        tracker.events.insert(index, {"event": "user", "text": message})
    asyncio.run(ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain))
    return [m.get("response") or m.get("utter_action") for m in dispatcher.messages]


# -- Tariq ---------------------------------------------------------------------------------------

_TARIQ = (
    "no im fine, im at home. its about a customer at my work, i work at a supermarket in "
    "stratford. theres this guy comes in every week and hes always abusing me, last week he spat "
    "at me and called me a p*ki. my manager says its part of the job. is spitting even assault??",
)
_JOB = "utter_i91c_job_after_reporting"


def test_if_i_go_police_will_i_lose_my_job_gets_the_job_answer():
    # He was given the compensation answer (utter_l6_damage_and_lost_earnings).
    got = responses_in_conversation(
        "no not yet. if i go police will i lose my job? my manager dont want no trouble with "
        "customers",
        "assault",
        _TARIQ,
    )
    assert got == [_JOB]


def test_can_they_sack_me_for_going_to_police_gets_the_job_answer():
    # He was told "I can't answer your question here".
    got = responses_in_conversation(
        "35. but u didnt answer me, can they sack me for going to police??", "assault", _TARIQ
    )
    assert got == [_JOB]


def test_is_he_allowed_to_say_its_part_of_the_job_is_answered_no():
    # "Yes. Grabbing or hitting someone is assault ..." read as "yes, he is allowed".
    got = responses_in_conversation(
        "ok but what about my manager, is he allowed to just say its part of the job? i dont "
        "want to lose my job i got rent",
        "assault",
        _TARIQ,
    )
    assert got == ["utter_i91c_not_part_of_job_spat", _JOB]
    (text,) = sendable("utter_i91c_not_part_of_job_spat")
    assert text.startswith("No. ") and "Spitting" in text and "knife" not in text


def test_wait_yes_he_is_allowed_gets_no_and_the_job_answer_not_a_knife():
    got = responses_in_conversation(
        "wait YES he is allowed?? u said yes. and i asked about losing my job not about hitting, "
        "he didnt hit me he spat",
        "assault",
        _TARIQ,
    )
    assert got == ["utter_i91c_not_part_of_job_spat", _JOB]


def test_the_job_answer_never_says_violence_is_part_of_the_job():
    (text,) = sendable(_JOB)
    assert "isn't part of any job" in text and "Acas" in text and len(text) <= 320
    (plain,) = sendable("utter_i91c_not_part_of_job")
    assert plain.startswith("No. ") and "Spitting" not in plain


def test_job_answer_is_narrow():
    # Not without work in the story, and not for a sexual assault at work (own answers).
    assert _JOB not in responses_in_conversation("will i lose my job?", "assault", ())
    got = responses_in_conversation(
        "he groped me at work, will i lose my job if i report?", "sexual_offence", ()
    )
    assert _JOB not in got
    # "will they tell my work?" keeps its own answer.
    assert _JOB not in responses_in_conversation("yes. will they tell my work?", "assault", _TARIQ)


def test_tariq_job_question_in_the_form_gets_the_job_answer(domain):
    slots = {"consent": True, "crime_type": "assault", "in_danger": False}
    sent = _form(
        domain,
        "no not yet. if i go police will i lose my job? my manager dont want no trouble with "
        "customers",
        slots,
        "reported_to_police",
        _TARIQ,
    )
    assert _JOB in sent, sent
    assert "utter_l6_damage_and_lost_earnings" not in sent


# -- Leah ----------------------------------------------------------------------------------------

_LEAH = (
    "ok. hes at work til 6 so i have a bit of time. my partner, he controls everything basically. "
    "my money goes in his account, he checks my phone every night, i'm not allowed to see my "
    "sister anymore. but he's never hit me. does that even count as abuse if he doesnt hit me?",
)
_LEAH_PREGNANT = (
    "not right now no. but im 5 months pregnant and he's getting worse since i told him. he "
    "screams at me and punches the wall next to me"
)


def test_pregnant_and_getting_worse_gets_the_danger_answer():
    # Only "I've noted: harm at home ..." came back.
    got = responses_in_conversation(_LEAH_PREGNANT, "domestic_abuse", _LEAH)
    assert got[:1] == ["utter_q3_worse_in_pregnancy"]


def test_pregnant_and_getting_worse_in_the_danger_question(domain):
    slots = {"consent": True, "crime_type": "domestic_abuse"}
    sent = _form(domain, _LEAH_PREGNANT, slots, "in_danger", _LEAH)
    assert "utter_q3_worse_in_pregnancy" in sent, sent


def test_worse_without_a_pregnancy_told_is_not_the_pregnancy_answer():
    for text in (
        "he's getting worse, he screams at me",
        "im not pregnant but it's getting worse",
        "what if im pregnant? it's getting worse",
    ):
        got = responses_in_conversation(text, "domestic_abuse", ())
        assert "utter_q3_worse_in_pregnancy" not in got, text


_LEAH_SLOTS = {
    "consent": True,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "in_danger": False,
    "repeat_victimisation": True,
}


def test_flat_in_both_names_make_him_go_gets_the_stay_in_home_answer(domain):
    # "I can't answer your question here" and Victim Support's live chat.
    text = (
        "no. i dont want him arrested i just want him to leave. the flat is in both our names, "
        "can i stay and make him go?"
    )
    said = topics.topic_answer(text, {**_LEAH_SLOTS, "age": 28.0})
    assert said is not None and said.response == "utter_k77f_stay_in_home"
    sent = _form(domain, text, _LEAH_SLOTS, "reported_to_police", (*_LEAH, _LEAH_PREGNANT))
    assert "utter_k77f_stay_in_home" in sent, sent
    (woman,) = sendable("utter_k77f_stay_in_home", gender="woman")
    assert "occupation order" in woman and "0808 2000 247" in woman


def test_make_him_go_is_not_read_into_other_questions():
    for text in (
        "can i make him go to counselling?",
        "can i get him to go back to his mums for a bit?",
    ):
        said = topics.topic_answer(text, {**_LEAH_SLOTS, "age": 28.0})
        assert said is None or said.response != "utter_k77f_stay_in_home", text


# -- Precious ------------------------------------------------------------------------------------

_PRECIOUS = (
    "hi i need some advice. my ex has a non molestation order but he keeps turning up at my work "
    "and at the kids school",
    "no. but there IS a court order thats what im saying, the non mol. does the school need a "
    "copy of it",
)


def test_how_long_till_they_text_and_the_school_copy_are_both_answered(dispatcher, domain):
    # After her referral she got only "I can't say exactly when"; "and last time, should i ..."
    # was not read as a question of its own.
    slots = {
        "consent": True, "in_danger": False, "assessment_done": True,
        "crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex",
        "age": 30.0, "gender": "woman", "referral_consent": True, "contact_safe": True,
        "contact_method": "text", "contact_times": "after 6pm",
    }  # fmt: skip
    tracker = make_tracker(
        slots=slots,
        text="how long till they text? and last time, should i give the school a copy of the "
        "order or not",
        intent="nlu_fallback",
        active_loop=None,
    )
    for index, message in enumerate(_PRECIOUS):
        tracker.events.insert(index, {"event": "user", "text": message})
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert "utter_tell_the_school_order" in sent, sent
    assert "utter_when_contacted" in sent, sent
