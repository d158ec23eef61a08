"""Round 84 (helper t84b): Gloria, 45, whose son of 17 hits her (r84a).

- "my son is 17 ... hes hit me twice now" got Karma Nirvana, a forced-marriage and honour-based
  abuse service: a relative alone is domestic abuse, for the National Domestic Abuse Helpline.
- "me? no. im just exhausted ... i think he might have something going on with his mental health
  tho" was stored as her condition; her first correction was not taken.
- "will the helpline people call the police on him? ... if they wont then yes you can pass my
  details on. text me only please, dont ring" got police reasonable adjustments and no yes.
"""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.answers import read_impairment, read_referral_consent
from actions.dialogue import ActionAnswerRight
from actions.reading import corrections
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import answer, at_question

GLORIA = {"relationship_to_offender": "family_member", "age": 45, "repeat_victimisation": True}
YASMIN = {
    "relationship_to_offender": "family_member",
    "account_details": ["forced_marriage"],
    "age": 21,
}
FIRST = (
    "no its not like that, hes not the one hurt. my son is 17 and hes been getting really "
    "angry, punching the walls, and hes hit me twice now. last week he took money out of my "
    "purse too. i love him i dont want him arrested i just want some help for him and me"
)
ASKS_POLICE = (
    "ok. will the helpline people call the police on him? because i dont want that. if they "
    "wont then yes you can pass my details on. text me only please, dont ring, i cant talk when "
    "hes home"
)


# -- 1. Karma Nirvana only for forced marriage or honour-based abuse --------------------------


def test_son_who_hits_her_gets_the_domestic_abuse_helpline_not_karma_nirvana():
    assert answer(FIRST, "domestic_abuse", **GLORIA) == "utter_p6_afraid_they_find_out"


def test_forced_marriage_keeps_karma_nirvana():
    said = answer("did u read what i said. hes hit me before", "domestic_abuse", **YASMIN)
    assert said == "utter_p6_afraid_they_find_out_family"


def test_honour_told_in_the_message_keeps_karma_nirvana():
    text = "my brother hit me because he says i brought shame on the family honour"
    assert answer(text, "domestic_abuse", **GLORIA) != "utter_p6_afraid_they_find_out"


def test_family_danger_tonight_needs_forced_marriage():
    text = "what if it kicks off when i get home"
    assert answer(text, "domestic_abuse", **YASMIN) == "utter_p6_family_danger_tonight"
    assert answer(text, "domestic_abuse", **GLORIA) != "utter_p6_family_danger_tonight"


# -- 3. "me? no" is her no --------------------------------------------------------------------


def test_me_no_with_her_sons_mental_health_is_a_no():
    text = (
        "me? no. im just exhausted. i work nights at the hospital. i think he might have "
        "something going on with his mental health tho"
    )
    assert read_impairment(text).value is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no", False),
        ("yes I have depression", True),
        ("not really. I've got anxiety", True),
        ("me? yes, i have MS", True),
    ],
)
def test_other_condition_answers_keep_their_reading(text, value):
    assert read_impairment(text).value is value


def test_first_correction_of_her_condition_is_taken():
    text = (
        "i dont have a health condition i said no. its my son who might have mental health "
        "stuff. please correct that"
    )
    answers = {**GLORIA, "crime_type": "domestic_abuse", "impairment": True}
    assert corrections(text, answers).get("impairment") is False


def test_own_condition_beside_a_son_is_not_taken_off():
    text = "its my son who is autistic. i have depression myself"
    answers = {**GLORIA, "crime_type": "domestic_abuse", "impairment": True}
    assert "impairment" not in corrections(text, answers)


# -- 4. Will the helpline call the police? Her conditional yes --------------------------------


def test_will_the_helpline_call_the_police_is_answered():
    assert answer(ASKS_POLICE, "domestic_abuse", **GLORIA) == "utter_support_not_police"


def test_conditional_yes_is_a_yes_by_text():
    said = read_referral_consent(ASKS_POLICE)
    assert said.value is True
    assert said.extra.get("contact_method") == "text"


@pytest.mark.parametrize(
    "text",
    [
        "will they call the police? if they do then no",
        "no i dont want anyone contacting me",
        "if they wont tell anyone then maybe, i need to think",
    ],
)
def test_other_referral_answers_are_not_this_yes(text):
    assert read_referral_consent(text).value is not True


def test_after_the_result_the_question_is_answered_and_the_yes_taken(domain):
    slots = {
        **GLORIA,
        "consent": True,
        "crime_type": "domestic_abuse",
        "impairment": False,
        "assessment_done": True,
        "results_shown": True,
    }
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(slots=slots, text=ASKS_POLICE, active_loop=None)
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    sent = [m.get("response") for m in dispatcher.messages]
    assert sent[0] == "utter_support_not_police"
    assert "utter_p2_police_contact_adjustments" not in sent
    set_slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert set_slots.get("referral_consent") is True
    assert set_slots.get("contact_method") == "text"


def test_deaf_person_asking_police_to_text_keeps_adjustments():
    said = answer("police must text me or email, not phone?", "assault", cannot_phone=True, age=40)
    assert said == "utter_p2_police_contact_adjustments"


# -- 2 and 5. Help for a son who is violent at home; never "on your list" when not --------------

SAID = [
    "hi i dont really know if this is the right place. its about my son",
    FIRST,
]
GLORIA_SAID = {**GLORIA, "impairment": False, "said": SAID}


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        (
            "someone to talk to i guess. and help for him, like someone who works with teenagers "
            "who are like this. is there anything like that",
            "needs",
        ),
        ("english. but you didnt answer about my son, is there help for him?", "language"),
        (
            "lambeth. and im not leaving anyone its my son not a partner!! i asked if theres help "
            "for HIM, for a teenager who is violent at home",
            "borough",
        ),
    ],
)
def test_help_for_her_violent_son_is_answered(text, requested):
    facts = {**GLORIA_SAID, "crime_type": "domestic_abuse"}
    assert at_question(text, requested, facts) == ["utter_t84b_help_for_child_who_hurts"]


def test_can_they_help_my_son_too_when_he_is_the_one_who_hurts_her():
    facts = {
        **GLORIA_SAID,
        "referral_consent": True,
        "results_shown": True,
        "contact_method": "text",
        "referrals": ["national-domestic-abuse-helpline", "london-victim-and-witness-service"],
    }
    text = (
        "thank you. who will text me, the domestic abuse one? and can they help my son too or "
        "only me"
    )
    assert answer(text, "domestic_abuse", **facts) == "utter_t84b_help_for_child_who_hurts"


def test_childline_and_redthread_named_only_when_on_their_list():
    from actions.service_answers import child_too_answer
    from referrals.directory import load_directory

    facts = {
        "relationship_to_offender": "stranger",
        "for_child": True,
        "referral_consent": True,
        "referrals": ["victim-support"],
    }
    said = child_too_answer("will they help my son too or just me?", facts, load_directory())
    assert said is not None and said.response == "utter_p81e_child_too"


def test_the_new_answer_is_one_sms_with_sources():
    from tests.unit.known_answers import ANSWERS_FILE, assert_one_sms_with_a_source

    assert_one_sms_with_a_source("utter_t84b_help_for_child_who_hurts", ANSWERS_FILE)
