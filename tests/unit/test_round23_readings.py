"""Round 23 of role-play: what the bot misread, with the role-players' words (see
docs/conversations.md)."""

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.questions import known_answer
from actions.reading import Turn, read_turn
from bot.language import is_english
from bot.risk_words import detect_risk
from bot.safety_net import erase_words


def _turn(text, requested, intent="inform", **answers):
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers))


@pytest.mark.parametrize(
    "text",
    [
        # Amina, Somali, locked in by her husband's family, texting from the bathroom.
        "i am in bathroom. husband family lock door. take my money",
        "i dont know. maybe. they lock me",
        "yes every day. please quick they come",
        "they come now",
    ],
)
def test_being_locked_in_or_someone_coming_now_in_few_words_is_danger(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text",
    [
        "they come now and then",
        "he locked me out of the house last year",
        "can you be quick please",
    ],
)
def test_no_danger_in(text):
    assert detect_risk(text) is None


def test_her_husbands_family_locking_her_in_is_domestic_abuse_by_family():
    account = read_account("i am in bathroom. husband family lock door. take my money")
    assert account.crime_type == "domestic_abuse" and account.offender == "family_member"


def test_help_in_somali_alone_is_not_taken_as_an_english_answer():
    # Amina's "caawimaad" (help) was taken as skipping the question.
    assert not is_english("caawimaad")
    assert is_english("help")


@pytest.mark.parametrize(
    "text",
    [
        # Niamh, 17, about her stepdad: "No problem, let's skip that one."
        "he comes in my room at night",
        "he does stuff to me. i dont want to say what",
        "my stepdad comes into my room at night",
    ],
)
def test_sexual_abuse_told_as_a_child_tells_it(text):
    assert read_account(text).crime_type == "sexual_offence"


@pytest.mark.parametrize(
    "text", ["my dog comes in my room at night", "he does stuff to me like shouting"]
)
def test_not_sexual_abuse(text):
    assert read_account(text).crime_type != "sexual_offence"


@pytest.mark.parametrize(
    ("text", "who"),
    [("its my stepdad", "family_member"), ("my husband", "partner_or_ex")],
)
def test_who_did_it_told_at_what_happened_is_kept_and_not_a_miss(text, who):
    reading = _turn(text, "crime_type", consent=False)
    assert reading.slots["relationship_to_offender"] == who
    assert not reading.say and not reading.skipped


def test_its_my_neighbour_at_who_did_it_is_not_writing_for_someone_else():
    # Dana, non-binary: "The support team will see that you're writing for them."
    text = (
        "As I said, it's my neighbour. Also, I'm non-binary and use they/them. Are there services "
        "that are inclusive of non-binary people?"
    )
    reading = _turn(
        text, "relationship_to_offender", consent=True, crime_type="stalking_harassment"
    )
    assert reading.slots["relationship_to_offender"] == "someone_known"
    assert "for_someone_else" not in reading.slots


def test_a_knife_shown_with_a_threat_to_cut_is_read_with_the_weapon():
    # Ahmed: "saved only as a theft".
    account = read_account(
        "they steal from my shop every week. one boy he show me knife. he say he will cut me. I "
        "am scared every day"
    )
    assert account.crime_type in ("robbery", "assault") and "weapon" in account.details


def test_a_friend_beside_them_is_not_someone_there_now():
    # Shanice, for her friend raped last night: the 999 lines instead of the welcome.
    text = (
        "please i need help quick my friend keisha was raped last night shes here with me now. "
        "she doesnt want police. what do we do about evidence and the morning after pill"
    )
    assert detect_risk(text) is None
    assert detect_risk("hes here with me now i cant talk") == "in_danger"


def test_forgetting_things_is_not_asking_to_erase_the_chat():
    # Dennis, 72: "And I forget things sometimes" brought "Do you want me to delete everything".
    assert not erase_words("My hip, I told you. And I forget things sometimes.")
    assert not erase_words("forget it")
    assert erase_words("forget everything i said")


def test_exposure_is_kept_so_he_didnt_touch_me_is_answered():
    # Sophie, after a man exposed himself on the night bus: "he didnt touch me" was answered
    # about touching.
    account = read_account("a man exposed himself to me on the night bus, i froze")
    assert "exposure" in account.details
    answers = {"crime_type": account.crime_type, "account_details": sorted(account.details)}
    found = known_answer("he didnt touch me", account.crime_type, (), False, answers)
    assert found.response == "utter_exposure_is_a_crime"


def test_a_scam_that_went_on_for_a_year_is_more_than_once():
    assert read_answer("repeat_victimisation", "it went on for a year").value is True
    assert read_answer("repeat_victimisation", "we were together for a year").value is None


@pytest.mark.parametrize("text", ["they come now", "yes every day. please quick they come"])
def test_someone_coming_now_in_few_words_stops_the_questions(text):
    # Amina got the 999 lines and then the hate-crime question, twice.
    reading = read_turn(
        Turn(
            text=text, intent="in_danger", requested="hate_motivated",
            answers={"consent": True, "crime_type": "domestic_abuse"}, asked={"in_danger": 2},
        )
    )  # fmt: skip
    assert reading.pause and reading.slots["in_danger"] is True
