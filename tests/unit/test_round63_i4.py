"""Round 63, helper i4: consent and referral answers that were not taken (Bridget, Helen, Dev,
Ravi, Pete, Chloe (r62c-sharon), Sean)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer
from actions.questions import worker_gender_asked
from tests.unit.known_answers import answer

YES_TO_KEEPING = [
    "I suppose so. It's about my son, I don't really want to get him into trouble",
    "fine. but can you actually tell me how to complain? they're supposed to update me aren't they",
    "whatever yes. I've got his number and his snapchat name. should I message him?",
    "i guess so. who sees it though?",
]


@pytest.mark.parametrize("text", YES_TO_KEEPING)
def test_a_first_yes_is_taken_at_the_privacy_question(text):
    assert read_answer("consent", text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "You didn't answer where it's stored. I'd rather you kept nothing for now.",
        "fine. but dont keep my name",
        "ok. no, keep nothing",
    ],
)
def test_keep_nothing_is_a_no(text):
    assert read_answer("consent", text).value is False


@pytest.mark.parametrize("text", ["ok but is it a hate crime or not", "what is this for?"])
def test_others_are_not_a_yes_to_keeping(text):
    assert read_answer("consent", text).value is not True


REFUSALS = [
    "no i dont need no support worker. be honest, will the police even bother with it? ive had 3 "
    "runners this year and nothing ever happened",
    "useless. i said no to the support worker thing",
    "ok whatever. no dont pass anything on. if i change my mind can i come back here later",
]


@pytest.mark.parametrize("text", REFUSALS)
def test_refusals_of_the_referral_are_a_no(text):
    assert read_answer("referral_consent", text).value is False


def test_seans_go_on_then_is_a_yes():
    got = read_answer(
        "referral_consent", "go on then. can it be a bloke who calls? and not at home"
    )
    assert got.value is True


def test_devs_yes_keeps_his_number_and_a_call():
    got = read_answer(
        "referral_consent",
        "its not me being groomed its my daughter. yes get someone to call me. 07700 900 356",
    )
    assert got.value is True
    assert got.extra.get("contact_method") == "call"
    assert got.extra.get("contact_details") == "07700900356"


@pytest.mark.parametrize(
    "text",
    [
        "yes pass it on. dont pass my details to my dad",
        "no. not yet",
        "go on then? what happens next",
        "i dont need a support worker i need the police",
    ],
)
def test_other_referral_answers_are_unchanged(text):
    got = read_answer("referral_consent", text)
    if text.startswith("yes"):
        assert got.value is True
    else:
        assert got.value is not True


def test_chloe_can_come_back():
    said = answer(
        "ok whatever. no dont pass anything on. if i change my mind can i come back here later",
        "assault",
        requested_slot="referral_consent",
    )
    assert said == "utter_i4_come_back_any_time"


def test_ravi_after_a_no_is_told_how():
    text = (
        "Third time the same paragraph. Fine. On reflection I'd like someone to contact me about "
    )
    text += "this. What do I need to do?"
    assert answer(text, "fraud", consent=False) == "utter_i4_contact_after_no"
    assert answer(text, "fraud", consent=True) != "utter_i4_contact_after_no"


def test_come_back_not_asked_by_others():
    assert answer("can i come back to the crime question", "assault", requested_slot="age") != (
        "utter_i4_come_back_any_time"
    )
    assert answer("he said he will come back later", "assault") != "utter_i4_come_back_any_time"


@pytest.mark.parametrize(
    "text", ["can it be a bloke who calls?", "phone. 07700 900218. bloke if poss"]
)
def test_a_bloke_is_a_man_worker(text):
    assert worker_gender_asked(text) == "man"


def test_a_bloke_in_an_account_is_not_a_worker():
    assert worker_gender_asked("some bloke online, says hes 19 but hes obviously older") is None
