"""Round 25 readings (helper G), with the role-players' words (/tmp/roleplay/r25a): someone
texting in secret who must go, or whose phone is checked or not theirs, gets how to clear the
chat at once and no more questions; courier fraud put right is fraud, and said back; a height is
never an age; who did it and "still happening" said in passing are kept; an ongoing two years
is more than once and not asked about childhood; a contact method said with a yes is not asked
again."""

import pytest

from actions.account import read_account, read_age
from actions.answers import contact_said, read_answer
from actions.dialogue import _BACK, ActionFinishAssessment, ActionResumeAssessment
from actions.questions import must_go
from actions.reading import Turn, phone_not_theirs, read_turn
from actions.skip_logic import next_question
from tests.unit.conftest import make_tracker, responses

TRAFFICKED = {"consent": True, "in_danger": False, "crime_type": "human_trafficking"}


def said(reading):
    return [say.response for say in reading.say]


# -- Precious: domestic servitude, on a borrowed phone -----------------------------------------


@pytest.mark.parametrize(
    ("text", "requested", "kept"),
    [
        ("i dont know. maybe because i am african. i must go soon", "hate_motivated", None),
        ("no. i have to go someone is awake", "impairment", False),
    ],
)
def test_having_to_go_gets_the_short_exit_line_and_no_question(text, requested, kept):
    reading = read_turn(Turn(text=text, intent="inform", requested=requested, answers=TRAFFICKED))
    assert said(reading) == ["utter_go_now"]
    assert reading.pause and reading.slots["in_danger"] is True
    if kept is not None:
        assert reading.slots[requested] is kept  # the answer that came with it is still kept


@pytest.mark.parametrize(
    "text",
    [
        "do i have to go?",
        "hes got adhd. he says he isnt going back to school tomorrow, does he have to go?",
        "i have to go to court next week",
        "i need to go to hospital",
        "i must go to the police",
        "i was awake all night",
        "someone is coming round to fix the lock",
        "i need to stop him",
        "i have to stop thinking about it",
        "theyre coming to fix the door",
    ],
)
def test_going_somewhere_or_awake_at_night_is_not_having_to_go_now(text):
    assert not must_go(text)


def test_a_checked_borrowed_phone_mid_questions_gets_the_delete_line_and_a_pause():
    reading = read_turn(
        Turn(
            text="no not safe. they check the phone. it is not my phone",
            intent="deny",
            requested="needs",
            answers=TRAFFICKED,
        )
    )
    assert said(reading) == ["utter_phone_not_theirs"]
    assert reading.pause and reading.slots["discreet"] is True


def test_not_safe_they_check_the_phone_at_the_referral_is_a_no_and_the_end_says_delete(
    dispatcher, domain, records_db
):
    reading = read_turn(
        Turn(
            text="no not safe. they check the phone. it is not my phone",
            intent="deny",
            requested="referral_consent",
            answers=TRAFFICKED,
        )
    )
    assert reading.slots["referral_consent"] is False and reading.slots["discreet"] is True
    assert said(reading) == [] and not reading.pause
    slots = {
        **TRAFFICKED,
        "reported_to_police": False,
        "age": 34.0,
        "results_shown": True,
        "referral_consent": False,
        "discreet": True,
    }
    ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain)
    # "OK, nobody will contact you. If someone checks your phone, delete these messages."
    assert responses(dispatcher) == ["utter_no_contact"]


def test_a_plain_no_to_the_referral_still_gets_the_usual_close(dispatcher, domain, records_db):
    slots = {**TRAFFICKED, "results_shown": True, "referral_consent": False}
    ActionFinishAssessment().run(dispatcher, make_tracker(slots=slots), domain)
    assert responses(dispatcher) == ["utter_no_referral"]


def test_not_safe_they_check_the_phone_at_the_contact_question_is_a_no():
    reading = read_turn(
        Turn(
            text="not safe. they check the phone",
            intent="deny",
            requested="contact_safe",
            answers={**TRAFFICKED, "referral_consent": True},
        )
    )
    assert reading.slots["contact_safe"] is False and reading.slots["discreet"] is True
    # The close for "not safe" (utter_no_contact) says to delete these messages; nothing that
    # promises plain messages from a worker who will not be contacting them.
    assert "utter_phone_seen" not in said(reading) and not reading.pause


@pytest.mark.parametrize(
    "text",
    [
        "they check the phone",
        "it is not my phone",
        "im on a borrowed phone",
        "using my friends phone sorry",
    ],
)
def test_a_phone_that_is_checked_or_not_theirs(text):
    assert phone_not_theirs(text)


@pytest.mark.parametrize(
    "text",
    [
        "a man rang me on the phone",
        "he was on the phone to his mate",
        "my sons phone was stolen",
        "he checks the phone bill",
        "i was using my phone when he grabbed it",
        "they stole the phone",
        "my mum looks at my phone",
    ],
)
def test_a_phone_in_the_story_is_not_a_watched_phone(text):
    assert not phone_not_theirs(text)


def test_the_teenager_whose_mum_looks_keeps_the_plain_words_and_the_questions():
    reading = read_turn(
        Turn(
            text="yes its my phone. but my mum sometimes looks at it",
            intent="affirm",
            requested="contact_safe",
            answers={"consent": True, "referral_consent": True},
        )
    )
    assert said(reading) == ["utter_phone_seen"] and not reading.pause


def test_im_back_after_going_quiet_picks_up_the_questions(dispatcher, domain):
    tracker = make_tracker(
        slots={**TRAFFICKED, "in_danger": True},
        text="im back. sorry. i want help to leave but i have no passport no money",
        sent=["utter_go_now"],
        active_loop=None,
    )
    events = ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert {e["name"]: e["value"] for e in events if e["event"] == "slot"}["in_danger"] is False
    assert "utter_still_here" not in responses(dispatcher)


def test_ok_while_paused_is_still_a_pause(dispatcher, domain):
    tracker = make_tracker(
        slots={**TRAFFICKED, "in_danger": True},
        text="hello??",
        sent=["utter_go_now"],
        active_loop=None,
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "utter_still_here"


# -- Joyce: courier fraud told after "a theft" was noted -----------------------------------------

JOYCE = {
    "consent": True,
    "in_danger": False,
    "crime_type": "theft",
    "account_details": ["card_taken", "economic"],
}


@pytest.mark.parametrize(
    "text",
    [
        "NO I HAVE NOT. I RANG THE BANK. IT WAS NOT REALLY THEFT A MAN RANG SAYING HE WAS FROM THE "
        "BANK AND SENT A COURIER FOR MY CARD AND I GAVE HIM MY PIN. £4000 GONE. I FEEL SUCH A FOOL",
        "A MAN RANG SAYING HE WAS FROM THE BANK AND SENT A COURIER FOR MY CARD AND I GAVE HIM MY "
        "PIN. £4000 GONE",
    ],
)
def test_courier_fraud_put_right_is_fraud(text):
    reading = read_turn(
        Turn(text=text, intent="inform", requested="reported_to_police", answers=JOYCE)
    )
    assert reading.slots["crime_type"] == "fraud"
    assert "crime_type" in reading.corrected  # said back: "I've changed that: fraud or a scam."


def test_a_courier_in_a_theft_is_still_a_theft():
    reading = read_turn(
        Turn(
            text="no. the courier was late and they stole my parcel off the step",
            intent="deny",
            requested="reported_to_police",
            answers=JOYCE,
        )
    )
    assert "crime_type" not in reading.slots and reading.slots["reported_to_police"] is False


# -- Mark: a height is not an age; "my wife. she hits me" names who did it ------------------------


def test_a_height_is_not_an_age():
    reading = read_turn(
        Turn(
            text="no. who would believe me. i'm 6 foot and shes 5 foot 2",
            intent="deny",
            requested="reported_to_police",
            answers={"consent": True, "in_danger": False, "crime_type": "domestic_abuse"},
        )
    )
    assert reading.slots == {"reported_to_police": False}


@pytest.mark.parametrize("text", ["im 6ft", "i'm 5'10", "i'm 6 feet tall", "im 15 stone"])
def test_heights_and_weights_are_never_ages(text):
    assert read_age(text) is None and read_age(text, asked=True) is None


@pytest.mark.parametrize(("text", "age"), [("im 45. 6 foot tall", 45), ("im 45", 45)])
def test_an_age_beside_a_height_is_kept(text, age):
    assert read_age(text, asked=True) == age


def test_my_wife_she_hits_me_names_who_did_it():
    reading = read_turn(
        Turn(
            text="my wife. she hits me sometimes and she has all the money, i have to ask her for "
            "cash. men dont get abused right? sounds stupid typing it",
            intent="inform",
            requested="crime_type",
            answers={"consent": True, "in_danger": False},
        )
    )
    assert reading.slots["crime_type"] == "domestic_abuse"
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"


@pytest.mark.parametrize(
    "text", ["my wife. she is lovely", "my son. he was attacked", "its my mum. she has dementia"]
)
def test_someone_named_who_did_no_harm_is_not_who_did_it(text):
    assert read_account(text).offender is None


# -- the 15-year-old: a boy in year 11; people keep sharing it -----------------------------------


def test_a_boy_in_year_11_is_someone_known():
    reading = read_turn(
        Turn(
            text="a boy in year 11 shared a pic of me. like a nude one. around the whole school. "
            "i sent it to him only",
            intent="inform",
            requested="crime_type",
            answers={"consent": False, "in_danger": False},
        )
    )
    assert reading.slots["relationship_to_offender"] == "someone_known"


def test_a_boy_in_year_11_who_was_hurt_did_not_do_it():
    assert read_account("a boy in year 11 was stabbed").offender is None


def test_people_keep_sharing_it_is_still_happening():
    answers = {"consent": False, "in_danger": False, "crime_type": "online_abuse", "age": 15.0}
    reading = read_turn(
        Turn(
            text="its all over snap now, people keep sharing it",
            intent="inform",
            requested="repeat_victimisation",
            answers=answers,
        )
    )
    assert reading.slots["repeat_victimisation"] is True
    assert read_answer("repeat_victimisation", "no he only shared it once").value is False


# -- Precious: 34, and two years of it -----------------------------------------------------------

PRECIOUS_ACCOUNT = (
    "the family i work for took my passport. i work from 6 in morning to 10 night. no money. "
    "2 years"
)


def test_two_years_of_work_every_day_is_more_than_once_and_not_from_childhood():
    reading = read_turn(
        Turn(
            text=PRECIOUS_ACCOUNT,
            intent="inform",
            requested="crime_type",
            answers={"consent": True, "in_danger": False},
        )
    )
    assert reading.slots["repeat_victimisation"] is True
    assert reading.slots["within_12_months"] is True
    answers = {
        **TRAFFICKED,
        **reading.slots,
        "reported_to_police": False,
        "age": 34.0,
    }
    assert next_question(answers) == "hate_motivated"  # not "under 18?", not "more than once?"


@pytest.mark.parametrize(
    "text", ["my car was stolen. 2 years ago", "he got 2 years", "he hit me when i was 10"]
)
def test_years_ago_or_a_sentence_is_not_two_years_of_it(text):
    account = read_account(text)
    assert account.repeat is not True and account.within_12_months is not True


# -- Joyce and Chloe: a yes with the way to contact them -----------------------------------------


def test_yes_text_not_call_answers_how_to_contact():
    reading = read_turn(
        Turn(
            text="yes. text not call pls",
            intent="affirm",
            requested="contact_safe",
            answers={"consent": True, "referral_consent": True},
        )
    )
    assert reading.slots["contact_safe"] is True and reading.slots["contact_method"] == "text"


def test_yes_by_letter_or_email_answers_how_to_contact():
    reading = read_turn(
        Turn(
            text="YES. BY LETTER OR EMAIL PLEASE NOT PHONE I AM DEAF",
            intent="affirm",
            requested="referral_consent",
            answers={"consent": True, "in_danger": False, "crime_type": "fraud"},
        )
    )
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "email"


@pytest.mark.parametrize("text", ["not text not call", "no phone no text", "yes", "yes please"])
def test_no_way_named_is_no_way_kept(text):
    assert "contact_method" not in contact_said(text)


def test_call_not_text_is_a_call():
    assert contact_said("call not text") == {"contact_method": "call"}


def test_no_i_have_to_go_while_paused_is_not_safe_again(dispatcher, domain):
    tracker = make_tracker(
        slots={**TRAFFICKED, "in_danger": True},
        text="no. i have to go someone is awake",
        intent="deny",
        sent=["utter_go_now"],
        active_loop=None,
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert "utter_glad_safe_go_on" not in responses(dispatcher)
    assert responses(dispatcher)[-1] == "utter_still_here"


def test_back_is_not_safe_again_after_the_999_lines(dispatcher, domain):
    tracker = make_tracker(
        slots={**TRAFFICKED, "in_danger": True},
        text="im back. sorry",
        sent=["utter_emergency", "utter_when_safe"],
        active_loop=None,
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[-1] == "utter_still_here"


@pytest.mark.parametrize("text", ["im back home and hes here", "im back at the house"])
def test_back_somewhere_is_not_back_to_the_chat(text):
    assert not _BACK.match(text)


@pytest.mark.parametrize("text", ["im back. sorry. i want help to leave", "ok im back", "back now"])
def test_back_to_the_chat(text):
    assert _BACK.match(text)
