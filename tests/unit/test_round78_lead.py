"""Round 78, lead: what the result says about skipped questions, and the interpreter's article."""

from __future__ import annotations

import pytest

from actions.wording import contact_line
from core.code_rules import assess, format_reasons_message

SKIPPED = "Some questions were skipped"
# Tom (r78c): a bike taken from his shed, every question answered; nobody died, so he was never
# asked whether he lost someone.
TOM = {
    "crime_type": "burglary", "reported_to_police": False, "age": 45.0, "under_18": False,
    "relationship_to_offender": "unknown", "repeat_victimisation": False,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": False,
    "account_details": ["neighbour"],
}  # fmt: skip


def _why(answers: dict) -> str:
    return " ".join(format_reasons_message(assess(answers), answers))


def test_nothing_skipped_is_not_called_skipped():
    assert SKIPPED not in _why(TOM)


def test_a_skipped_question_still_is():
    assert SKIPPED in _why({**TOM, "fear_of_giving_evidence": None})


def test_whether_they_lost_someone_counts_where_someone_may_have_died():
    died = {**TOM, "crime_type": "assault", "account_details": ["someone_died"]}
    assert assess(died).likely_enhanced or SKIPPED in _why(died)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("arabic", "with an Arabic interpreter"),
        ("urdu", "with an Urdu interpreter"),
        ("ukrainian", "with a Ukrainian interpreter"),
        ("polish", "with a Polish interpreter"),
        ("bsl", "with a BSL interpreter"),
    ],
)
def test_the_interpreter_takes_the_right_article(language, words):
    # Fatima (r78b): "... (you asked for a woman), with a Arabic interpreter".
    line = contact_line({"contact_method": "text", "contact_details": "07700900584",
                         "language": language})  # fmt: skip
    assert words in line


# -- Margaret (80): her grandson uses her card; she is not a money mule -------------------------

MARGARET_SAID = (
    "It is my son who has been using my bank card to take money out of the cash machine, my "
    "grandson, I mean. He is 24. When I ask him about it he shouts at me.",
)
MARGARET = {
    "crime_type": "domestic_abuse", "relationship_to_offender": "family_member", "age": 80,
    "said": MARGARET_SAID,
}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I would like to know how to stop the money going without him being arrested. Can "
            "the bank help me with that?",
            None,
        ),
        (
            "I have not let anybody move money. Am I in trouble? He takes my card from my handbag "
            "and uses it. I have never done anything wrong.",
            "utter_r3_not_in_trouble",
        ),
    ],
)
def test_money_taken_by_a_grandson_is_never_the_money_mule_answer(text, expected):
    from actions.questions import known_answer
    from tests.unit.known_answers import ORGANISATIONS

    for facts in (MARGARET, {**MARGARET, "account_details": ["economic"]}):
        got = known_answer(text, "domestic_abuse", ORGANISATIONS, answers=facts)
        assert got is None or got.response != "utter_d4_money_mule_honest"
        if expected and "account_details" in facts:  # economic, as the account reader notes
            assert got is not None and got.response == expected


def test_someone_who_lent_their_account_still_gets_the_honest_answer():
    from actions.questions import known_answer
    from tests.unit.known_answers import ORGANISATIONS

    said = ("a guy on insta paid me 300 to use my bank account and now its frozen",)
    got = known_answer("am i going to get arrested??", "fraud", ORGANISATIONS,
                       answers={"crime_type": "fraud", "said": said})  # fmt: skip
    assert got is not None and got.response == "utter_d4_money_mule_honest"


# -- goodbyes said as going ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "thanks. got to go back on the ward",  # Joy, a nurse on her break
        "thats not what i asked. forget it ill ask whoever texts me. later",  # Kyle
        "ok. gotta go",
    ],
)
def test_going_is_a_goodbye(text):
    from actions.reading import ends_with_goodbye, signs_off

    assert signs_off(text) and ends_with_goodbye(text)


@pytest.mark.parametrize(
    "text",
    [
        "i have to go to court next week",
        "do i have to go to court",
        "maybe later",
        "ill tell him later",
        "i need to go to hospital",
        "i have to go, hes coming back now",
    ],
)
def test_other_going_is_not(text):
    from actions.reading import signs_off

    assert not signs_off(text)


# -- a service asked about by name tells nothing of what happened --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If I say yes, will they tell the police about my grandson? I do not want that. And why "
        "is there a stalking helpline, nobody is stalking me.",  # Margaret
        "why is there a stalking helpline",
        "what is the rape crisis service",
    ],
)
def test_a_service_asked_about_is_not_a_crime_told(text):
    from actions.account import read_account

    account = read_account(text)
    assert account.crime_type is None and "stalking_described" not in account.details


def test_a_crime_told_beside_it_still_is():
    from actions.account import read_account

    account = read_account("my ex keeps following me, what is the stalking helpline")
    assert account.crime_type == "stalking_harassment"


def test_nothing_for_blokes_at_the_referral_question_is_answered():
    # Gary (58), hit by his wife: "Sorry, I didn't catch that" before.
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {
        "consent": True, "crime_type": "domestic_abuse", "gender": "man", "age": 58.0,
        "relationship_to_offender": "partner_or_ex", "results_shown": True,
    }  # fmt: skip
    reading = read_turn(
        Turn(
            text="so nothing for blokes then. figured. dont know why i bothered",
            requested="referral_consent",
            answers=facts,
            organisations=default_directory(),
        )
    )
    assert [say.response for say in reading.say] == ["utter_for_men_too"]
    assert "referral_consent" not in reading.slots


def test_a_husband_who_can_see_the_messages_gets_the_phone_answer_at_once():
    # Aisha (29), on a phone her husband uses: the danger question came with no answer.
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    reading = read_turn(
        Turn(
            text="ok yes. but he can see the messages? I am scared he read this",
            requested="consent",
            answers={},
            organisations=default_directory(),
        )
    )
    assert reading.slots.get("consent") is True and reading.slots.get("discreet") is True
    assert "utter_phone_seen" in [say.response for say in reading.say]


@pytest.mark.parametrize(
    ("requested", "text", "slot", "value"),
    [
        # Margaret (80) at the hate-crime question: her hearing, not a yes.
        (
            "hate_motivated",
            "I am rather hard of hearing, I have hearing aids but the telephone is very difficult "
            "for me. Otherwise I manage.",
            "hate_motivated",
            None,
        ),
        ("hate_motivated", "I am disabled", "hate_motivated", None),
        ("in_danger", "i am", "in_danger", True),
        ("fear_of_giving_evidence", "i am very scared", "fear_of_giving_evidence", True),
        ("hate_motivated", "yes because im disabled", "hate_motivated", True),
    ],
)
def test_i_am_followed_by_what_they_are_is_not_a_yes(requested, text, slot, value):
    from actions.reading import Turn, read_turn
    from referrals.matching import default_directory

    facts = {"consent": True, "crime_type": "domestic_abuse", "age": 80.0}
    reading = read_turn(
        Turn(text=text, requested=requested, answers=facts, organisations=default_directory())
    )
    assert reading.slots.get(slot) is value
