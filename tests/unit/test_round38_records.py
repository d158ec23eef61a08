"""Round 38 role-play (people who had not read the code): what was read or answered wrongly,
each with the person's own words and ordinary messages that must not change."""

from __future__ import annotations

import pytest

from actions import account
from actions.answers import read_answer
from actions.questions import is_question
from actions.reading import Turn, corrections, read_turn
from tests.unit.known_answers import answer

# -- Joan, 81, a distraction burglary: her handbag with her keys and bank card --------------------


@pytest.mark.parametrize(
    "text",
    [
        "its the bank card im worried about, should i cancel it",
        "thank you dear. and the bank card, what do i do",
        "they took my purse, what do i do",
        "ok thanks, but what about my phone",
    ],
)
def test_a_question_after_a_comma(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "he took my bag, my keys and my card",
        "yes, he took my bag",
        "my son, he lives nearby and helps me",
        "weekdays, after 6",
        "Peter says I should ring the bank first",
    ],
)
def test_a_statement_with_a_comma_is_not_a_question(text):
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    ["its the bank card im worried about, should i cancel it", "and the bank card, what do i do"],
)
def test_the_stolen_bank_card(text):
    assert answer(text, "theft") in ("utter_bank_card", "utter_card_used")


def _at_referral(text: str) -> Turn:
    return Turn(
        text=text,
        intent="deny",
        requested="referral_consent",
        answers={"crime_type": "theft", "results_shown": True},
        asked={"referral_consent": 1},
    )


@pytest.mark.parametrize(
    "text",
    [
        "no theyre not here theyve gone. its the bank card im worried about, should i cancel it",
        "no hes gone now",
        "no, what happens if they come back?",
    ],
)
def test_a_no_to_the_999_line_is_not_a_no_to_being_referred(text):
    assert read_turn(_at_referral(text)).slots.get("referral_consent") is not False


@pytest.mark.parametrize(
    "text", ["no", "no thanks", "no i dont want anyone contacting me", "nah im ok thanks"]
)
def test_a_no_at_the_referral_question_still_declines(text):
    reading = read_turn(_at_referral(text))
    assert reading.slots.get("referral_consent") is False or "referral_consent" in (reading.skipped)


# -- Dev, 29, punched by a stranger; his girlfriend filmed it -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "wtf?? its not that kind of video. its my gf filming the guy punching me",
        "its my girlfriend recording the man hitting me",
    ],
)
def test_the_girlfriend_filming_is_not_who_did_it(text):
    assert account.read_account(text).offender != "partner_or_ex"


@pytest.mark.parametrize(
    "text, offender",
    [("its my boyfriend hitting me", "partner_or_ex"), ("its my dad punching me", "family_member")],
)
def test_its_my_partner_hitting_me_is_still_who_did_it(text, offender):
    assert account.read_account(text).offender == offender


def test_the_girlfriend_filming_does_not_correct_a_stranger():
    text = "wtf?? its not that kind of video. its my gf filming the guy punching me"
    answers = {"relationship_to_offender": "stranger", "crime_type": "assault"}
    assert "relationship_to_offender" not in corrections(text, answers)
    assert corrections("no it was my boyfriend", answers) == {
        "relationship_to_offender": "partner_or_ex"
    }


# -- Maria, 35 (round 37), hiding in the bathroom from her husband -------------------------------


@pytest.mark.parametrize(
    "text",
    ["ok hes gone quiet. i think he went downstairs", "hes gone quiet", "he's gone upstairs"],
)
def test_gone_quiet_in_the_house_is_not_safe(text):
    assert read_answer("in_danger", text).value is not False


@pytest.mark.parametrize(
    "text", ["hes gone", "hes gone out", "theyve gone now", "no theyre not here theyve gone"]
)
def test_gone_is_still_safe(text):
    assert read_answer("in_danger", text).value is False


# -- Jamal, 19 (round 37), saw his friend stabbed --------------------------------------------------


def test_my_boy_in_street_talk_is_a_friend():
    text = (
        "idk. my boy got stabbed outside the chicken shop on fore st on saturday, i was right "
        "there. hes in north mid hospital. the mans who did it saw me innit"
    )
    told = account.read_account(text)
    assert not told.for_child
    assert told.for_someone_else


@pytest.mark.parametrize(
    "text",
    [
        "my boy got stabbed at school, hes 15",
        "my boy got beaten up by older kids",
        "my girl was attacked on the way home from school",
    ],
)
def test_my_boy_from_a_parent_is_still_their_child(text):
    assert account.read_account(text).for_child


@pytest.mark.parametrize(
    "text",
    [
        "no im alright now, they've gone. 2 men came to the door this morning and one kept me "
        "talking about my guttering while the other one went in the hall and took my handbag. my "
        "keys and bank card were in it",
        "a man kept me talking at the door and the other one took my purse",
    ],
)
def test_a_distraction_burglary(text):
    assert account.read_account(text).crime_type == "burglary"


@pytest.mark.parametrize(
    "text",
    [
        "someone took my handbag on the bus",
        "he went in the shop and took my bag",
        "my son went into my bedroom and took my purse",
    ],
)
def test_not_a_distraction_burglary(text):
    assert account.read_account(text).crime_type != "burglary"
