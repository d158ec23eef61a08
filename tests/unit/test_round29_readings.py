"""Readings from role-play round 29, with the role-players' words (see docs/conversations.md):
prescribed tablets and a helper wanted are no crisis, "give me a human" asks for a person,
deleting his messages is not deleting this chat, times to call kept with the way to call, a
"Yes fine." inside a longer message is consent, and short answers read as they were meant."""

import pytest

from actions.answers import contact_said, read_answer
from actions.reading import Turn, read_turn
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis
from core.person_request import asks_for_person
from core.privacy_question import about_their_things, asks_about_keeping_evidence
from tests.unit.conftest import classify
from tests.unit.known_answers import answer

# -- 1. False alarms --------------------------------------------------------------------------

JANET = (
    "no. well Ive not slept properly since it happened, the GP gave me tablets. is that a "
    "condition? you still havent said if they can keep him away from our road"
)
DOROTHY = (
    "Yes please, somebody to help me would be lovely. Could they write to me by email please, "
    "dorothy.pickering@btinternet.com. Not telephone, I can't hear it properly."
)


@pytest.mark.parametrize(
    "text",
    [
        JANET,
        "the GP gave me tablets",
        "my gp put me on sleeping pills since the burglary",
        "the tablets from the doctor make me drowsy",
        "the doctor gave me antidepressants, do i need to tell the police?",
    ],
)
def test_prescribed_tablets_are_no_crisis_whatever_the_classifier_guessed(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, SELF_HARM)
    assert classify(text, SELF_HARM, [SELF_HARM, "inform"]) == "inform"


@pytest.mark.parametrize(
    "text",
    [
        "i took all my tablets",
        "ive been saving my tablets",
        "ive been saving up my sleeping tablets for weeks",
        "took loads of my sleeping tablets",
    ],
)
def test_tablets_taken_all_at_once_or_kept_back_are_still_self_harm(text):
    assert detect_risk(text) == SELF_HARM


@pytest.mark.parametrize(
    "text",
    [
        "the gp gave me sleeping tablets and i took them all",
        "the doctor gave me pills i want to die",
    ],
)
def test_a_guess_of_self_harm_beside_prescribed_tablets_is_still_believed(text):
    assert trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize(
    "text", [DOROTHY, "Yes please, somebody to help me would be lovely.", "someone to help me"]
)
def test_a_helper_wanted_is_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, IN_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "help me hes outside",
        "please help me they are here",
        "somebody help me hes here",
        "i need someone to help me, he is outside now",
        "somebody to help me, hes at the door",
    ],
)
def test_a_cry_for_help_with_someone_there_is_still_danger(text):
    assert detect_risk(text) == IN_DANGER


def test_samirs_court_answer_is_read_so_his_needs_come_at_the_needs_question():
    # "me no. Dev probably yes" was not read, so the court question came twice and his needs,
    # typed at the second asking, were lost.
    assert read_answer("fear_of_giving_evidence", "me no. Dev probably yes").value is False
    needs = read_answer(
        "needs",
        "feeling safe and practical help. like can I get CCTV or something, and what do I do "
        "when they come in",
    ).value
    assert "safety" in needs and "practical" in needs


# -- 2. "give me a human" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "useless. give me a human",
        "get me a human",
        "can i talk to a human",
        "i want a real person",
        "give me a real person please",
        "put me through to a human",
    ],
)
def test_asking_for_a_human_in_any_words(text):
    assert asks_for_person(text)
    assert classify(text, "inform") == "request_human"


@pytest.mark.parametrize(
    "text",
    [
        "is this a human?",
        "human rights",
        "human trafficking",
        "give me human rights info",
        "get me a human trafficking number",
        "is he a human being",
    ],
)
def test_the_word_human_alone_is_not_a_request(text):
    assert not asks_for_person(text)


# -- 3. Deleting his messages is not deleting this chat ----------------------------------------

ELLIE = "should i block him and delete all his messages? i just want it gone"


def test_ellies_question_about_his_messages_is_answered_not_taken_for_erasure():
    assert asks_about_keeping_evidence(ELLIE)
    assert classify(ELLIE, "delete_my_data") == "ask_right"
    # Round 38: blocking and deleting asked together after any crime get "save first, then
    # block" (utter_save_then_block), which answers both.
    assert answer(ELLIE, "harassment") in ("utter_keep_evidence", "utter_save_then_block")


@pytest.mark.parametrize(
    "text",
    ["delete his messages", "delete the photos", "get the account deleted", "delete all his texts"],
)
def test_someone_elses_messages_photos_or_account(text):
    assert about_their_things(text)


@pytest.mark.parametrize(
    "text",
    [
        "delete my data",
        "delete this chat",
        "delete everything i said",
        "can you delete my messages?",
    ],
)
def test_this_chat_is_still_ours_to_delete(text):
    assert not about_their_things(text)
    assert not asks_about_keeping_evidence(text)


# -- 4. Times to call -------------------------------------------------------------------------


def test_busy_driving_in_the_day_is_when_not_to_call():
    said = contact_said("ok yes. call me after 6 I'm driving in day")
    assert said == {"contact_method": "call", "contact_times": "after 6, not in the day"}


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("text me, im at work in the mornings", None),
        ("ring me at work in the mornings", "mornings"),
        ("call me evenings, im working during the day", "evenings, not during the day"),
    ],
)
def test_being_at_work_is_when_not_to_call(text, times):
    assert contact_said(text).get("contact_times") == times


def test_janets_time_said_with_the_way_is_kept_so_it_is_not_asked_again():
    reading = read_turn(
        Turn(
            text="phone call please, afternoons are best",
            intent="inform",
            requested="contact_method",
            answers={"consent": True, "referral_consent": True, "contact_safe": True},
        )
    )
    assert reading.slots == {"contact_method": "call", "contact_times": "afternoons"}


def test_a_way_alone_keeps_no_time():
    assert read_answer("contact_method", "phone").extra == {}
    assert read_answer("contact_method", "email please").extra == {}


# -- 5. Consent -------------------------------------------------------------------------------

HUGH = (
    "I've already spoken to the bank, obviously. That's how I know they won't refund. Yes fine. "
    "Now the Ombudsman please."
)


def test_hughs_yes_fine_inside_a_longer_message_is_consent():
    assert read_answer("consent", HUGH).value is True


def test_yes_fine_but_a_question_is_still_consent():
    assert read_answer("consent", "yes fine but answer my question is it a hate crime").value


@pytest.mark.parametrize(
    "text",
    [
        "ok but is it a hate crime or not",
        "ok but what happens to my data",
        "alright but who sees it",
    ],
)
def test_ok_but_a_question_is_not_consent(text):
    assert read_answer("consent", text).value is None


def test_a_no_beside_a_yes_sentence_stays_a_no():
    assert (
        read_answer("consent", "The bank said no. Yes fine. No keep nothing actually.").value
        is False
    )


# -- 6. Short answers -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["me no. Dev probably yes", "me personally no, but my wife yes"])
def test_their_own_answer_said_first(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


def test_me_yes_is_a_yes():
    assert read_answer("fear_of_giving_evidence", "me yes. Dev not").value is True


@pytest.mark.parametrize(
    "text",
    [
        "no. I dont understand this question, sorry. my english not so good",
        "no i dont understand what you mean",
    ],
)
def test_a_question_not_understood_is_not_a_no(text):
    assert read_answer("under_18", text).value is None


@pytest.mark.parametrize("text", ["no", "no. i dont understand why he did it", "no i was 30"])
def test_a_no_is_still_a_no(text):
    assert read_answer("under_18", text).value is False


@pytest.mark.parametrize(
    "text",
    [
        "heart. had a stent put in 2022. doc says avoid stress lol",
        "i had a heart attack last year",
        "my heart and my back",
    ],
)
def test_a_heart_named_by_its_treatment_is_a_condition(text):
    assert read_answer("impairment", text).value is True


@pytest.mark.parametrize("text", ["no", "my heart sank when i saw it", "no, im fine"])
def test_heart_words_that_are_not_a_condition(text):
    assert read_answer("impairment", text).value is not True


# -- 7. Languages typed alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("polish", "polish"),
        ("polski", "polish"),
        ("portugues", "portuguese"),
        ("português", "portuguese"),
    ],
)
def test_a_language_typed_alone(text, language):
    assert read_answer("language", text).value == language


# -- Further finding (Chantelle): a no to calling 999 is not a no to danger ------------------


def test_a_no_to_calling_999_is_not_being_safe():
    # "I'm glad you're safe now" followed this; she had just said he was coming back.
    text = (
        "i dont want to call 999 they'll take him and his mum will kick off. i just need a "
        "refuge TONITE who do i ring for a refuge"
    )
    assert read_answer("in_danger", text).value is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i dont want to call the police, im safe at my mums", False),
        ("i dont want to call the police. hes outside now", True),
        ("i cant call 999 he will hear", True),
        ("not rite now hes out but hes coming back", True),
        ("no", False),
    ],
)
def test_what_is_said_beside_it_still_answers(text, value):
    assert read_answer("in_danger", text).value is value
