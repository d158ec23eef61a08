"""Round 39 (helper F7): questions and needs from the most vulnerable people that got "I can't
answer that one here", the next question, or the wrong answer.

- Joanne, 36, a learning disability, supported housing in Brent; a man at the shop who says he
  is her friend takes her money every week. "what is keep" at the privacy question; "is he bad
  man?"; "i have no money for food" (twice ignored); "can i tell sue. sue is my staff" (told
  about suing, twice); "do i have to give him my money" (the criminal injuries scheme's text).
- Chris, 44, hit by his wife, who took his bank card: will the kids be taken; why the NSPCC;
  cancelling the card she holds; "do i have to give my name?".
- Priya, 34, coercive control: "is there help without police", ignored three times.
- Sandra, 52, her son killed: a funeral deposit (told "It's not a scam"); "is that all you can
  say. my son is dead".
- Bernard, 81, robbed: "Is that normal at my age?"; no crime number; his Freedom Pass.
- Leon, 15: Childline without a phone.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest

from actions import questions
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionFinishAssessment, ActionHandoff, ActionOutsideQuestions
from actions.reading import Turn, answer_to_first_message, read_turn
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import (
    ORGANISATIONS,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    sendable,
)

ANCHOR = "round 39, helper F7"
NEW = (
    "utter_consent_easy_read",
    "utter_false_friend_takes_money",
    "utter_you_dont_have_to_give_money",
    "utter_tell_your_staff",
    "utter_no_money_for_food",
    "utter_why_nspcc_listed",
    "utter_card_kept_by_partner",
    "utter_name_not_needed",
    "utter_da_help_without_police",
    "utter_funeral_deposit",
    "utter_bereaved_not_enough",
    "utter_common_reaction",
    "utter_freedom_pass",
    "utter_no_crime_number_given",
    "utter_childline_without_phone",
)
JOANNE = {
    "consent": True,
    "in_danger": False,
    "repeat_victimisation": True,
    "account_details": ["economic"],
}
CHRIS = {
    "consent": True,
    "in_danger": False,
    "relationship_to_offender": "partner_or_ex",
    "account_details": ["card_taken", "economic", "child_witness"],
    "reported_to_police": False,
    "age": 44,
}
PRIYA = {
    "consent": True,
    "in_danger": False,
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
}
SANDRA = {"consent": True, "in_danger": False, "bereaved": True, "age": 52}
BERNARD = {
    "consent": True,
    "in_danger": False,
    "reported_to_police": True,
    "relationship_to_offender": "stranger",
    "age": 81,
}


def _turn(text: str, requested: str, answers: dict, intent: str = "inform"):
    return read_turn(
        Turn(
            text=text,
            intent=intent,
            requested=requested,
            answers=answers,
            organisations=ORGANISATIONS,
        )
    )


def _said(reading) -> list[str | None]:
    return [message.response for message in reading.say]


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(
        name, ANCHOR, ({}, {"gender": "man"}, {"cannot_phone": True}, {"under_18": True})
    )


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- 1. Joanne: the privacy question in easy words --------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i dont no what that means",
        "what is keep",
        "i dont understand",
        "what does keep mean",
        "wat is keep",
        "sorry i dont know what that means",
        "what is keeping",
    ],
)
def test_lost_at_the_privacy_question_gets_it_in_easy_words(said):
    assert answer(said, None, consent=None) == "utter_consent_easy_read"


def test_the_easy_words_say_what_keep_means_and_that_no_is_fine():
    text = sendable("utter_consent_easy_read")[0]
    assert "'Keep' means we save" in text and "90 days" in text and "say no" in text


@pytest.mark.parametrize("said", ["i dont understand", "what does that mean"])
def test_lost_at_another_question_is_not_about_the_privacy_question(said):
    assert answer(said, "theft", **JOANNE) != "utter_consent_easy_read"


@pytest.mark.parametrize("intent", ["deny", "inform", "nlu_fallback"])
def test_at_the_privacy_question_it_is_explained_and_asked_again(intent):
    reading = _turn("i dont no what that means", "consent", {"consent": None}, intent=intent)
    assert _said(reading) == ["utter_consent_easy_read"]
    assert "consent" not in reading.slots


@pytest.mark.parametrize(
    ("said", "value"),
    [("no", False), ("No, keep nothing", False), ("ok yes", True), ("yes thats fine", True)],
)
def test_a_clear_yes_or_no_to_the_privacy_question_still_counts(said, value):
    reading = _turn(said, "consent", {"consent": None}, intent="affirm" if value else "deny")
    assert reading.slots.get("consent") is value
    assert "utter_consent_easy_read" not in _said(reading)


async def test_the_form_keeps_the_easy_words_and_asks_again(dispatcher, domain):
    tracker = make_tracker(
        slots={}, text="i dont no what that means", intent="deny", requested_slot="consent"
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    assert "utter_consent_easy_read" in responses(dispatcher)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["requested_slot"] == "consent" and "consent" not in slots


def test_a_no_the_form_lets_go_at_the_privacy_question_gets_the_easy_words(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": None},
        text="i dont no what that means",
        intent="deny",
        requested_slot="consent",
    )
    ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert responses(dispatcher)[:1] == ["utter_consent_easy_read"]


# -- 1. Joanne: the man who says he is her friend ------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "no. is he bad man? he say he is my frend",
        "is he a bad person? he says hes my friend",
        "is he really my friend? he takes my money",
    ],
)
def test_is_he_a_bad_man_gets_a_real_friend_does_not_take_your_money(said):
    assert answer(said, "theft", **JOANNE) == "utter_false_friend_takes_money"


def test_the_false_friend_answer_says_wrong_and_not_your_fault():
    text = sendable("utter_false_friend_takes_money")[0]
    assert "A real friend does not take your money" in text and "not your fault" in text


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("is he a bad person? he says he loves me", "domestic_abuse", {}),
        (
            "is he a bad man? my friends think so",
            None,
            {"relationship_to_offender": "partner_or_ex"},
        ),
        ("my friend was attacked, is he ok?", "assault", {}),
    ],
)
def test_other_questions_about_him_are_not_the_false_friend_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_false_friend_takes_money"


def test_at_the_police_question_the_no_is_kept_and_the_question_answered():
    reading = _turn("no. is he bad man? he say he is my frend", "reported_to_police", JOANNE)
    assert reading.slots["reported_to_police"] is False
    assert _said(reading) == ["utter_false_friend_takes_money"]


# -- 1. Joanne: no money for food ----------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i want to keep my money. i have no money for food",
        "english. i said i have no money for food",
        "i got no money for food this week",
        "i cant afford food",
        "i dont have any money for food",
    ],
)
def test_no_money_for_food_is_answered(said):
    assert answer(said, "theft", **JOANNE) == "utter_no_money_for_food"


def test_no_money_for_food_is_answered_beside_the_answer_it_gives():
    reading = _turn("i want to keep my money. i have no money for food", "needs", JOANNE)
    assert "utter_no_money_for_food" in _said(reading)
    reading = _turn("english. i said i have no money for food", "language", JOANNE)
    assert reading.slots["language"] == "english"
    assert _said(reading) == ["utter_no_money_for_food"]


def test_someone_kept_by_an_exploiter_keeps_the_helpline_answer():
    said = "I need my ID back and my money. I have no food tonight"
    assert answer(said, "human_trafficking") != "utter_no_money_for_food"


@pytest.mark.parametrize(
    "said", ["i had money for food in my bag", "he spent it on food", "food, help with court"]
)
def test_food_said_otherwise_is_not_the_food_answer(said):
    assert answer(said, "theft", **JOANNE) != "utter_no_money_for_food"


# -- 1. Joanne: Sue is her staff, not suing ------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "ok. can i tell sue. sue is my staff",
        "no sue is a lady. she works at my house. can i tell her about the man",
        "i dont want a solisiter. i want to tell my staff lady",
        "can i tell my support worker",
        "should i tell my key worker about him?",
    ],
)
def test_telling_her_staff_gets_yes_tell_them(said):
    assert answer(said, "theft", **JOANNE) == "utter_tell_your_staff"


@pytest.mark.parametrize(
    "said",
    [
        "can i tell sue",
        "sue is my staff",
        "sue my support worker can help",
        "in the day when sue is here. not thursday",
        "ask sue about it",
    ],
)
def test_sue_as_a_name(said):
    assert questions.f7_sue_is_a_name(said)


@pytest.mark.parametrize(
    "said",
    [
        "can i sue",
        "can i sue him?",
        "can i sue my landlord for this?",
        "can i sue the club?",
        "can i sue them for compensation?",
    ],
)
def test_suing_is_still_suing(said):
    assert not questions.f7_sue_is_a_name(said)
    assert answer(said, "assault") == "utter_suing"


@pytest.mark.parametrize(
    ("said", "answers"),
    [
        ("can i tell the staff at the club what happened?", {}),
        ("my carer took my money, should i tell my social worker?", {}),
        ("should i tell my carer's agency?", {"account_details": ["carer"]}),
    ],
)
def test_other_staff_are_not_her_staff(said, answers):
    assert answer(said, "theft", **answers) != "utter_tell_your_staff"


def test_the_staff_answer_is_yes_and_names_no_one():
    text = sendable("utter_tell_your_staff")[0]
    assert text.startswith("Yes. Please tell your staff") and "Sue" not in text


# -- 1. Joanne: Thursday, and whether she has to give him her money -----------------------------


@pytest.mark.parametrize(
    "said",
    [
        "what do i do thursday. he will be at the shop. he will ask for my money",
        "i dont understand. do i have to give him my money",
        "do i have to give him my benefits?",
        "what should i do when he comes for my money",
    ],
)
def test_giving_him_her_money_gets_no_you_do_not(said):
    assert answer(said, "theft", **JOANNE) == "utter_you_dont_have_to_give_money"


def test_the_no_answer_has_999_and_adult_safeguarding():
    text = sendable("utter_you_dont_have_to_give_money")[0]
    assert text.startswith("No. You do not have to give him your money")
    assert "999" in text and "adult safeguarding" in text


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("do i have to give him my wages?", "domestic_abuse", {}),
        ("do i have to give him the money i owe?", "human_trafficking", {}),
        ("do i have to give them my bank details?", "fraud", {}),
        ("do i have to pay the debt? they want the money by friday", None, {}),
    ],
)
def test_other_money_questions_are_not_this_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_you_dont_have_to_give_money"


# -- 2. Chris: the children, the NSPCC, the card, his name ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "yeah loads of times. past year or so its got worse. will the kids be taken off us if i "
        "tell someone? thats my biggest worry",
        "will my kids be taken into care if i call someone?",
        "im scared the children will be taken away from me",
    ],
)
def test_children_taken_is_answered(said):
    assert answer(said, "domestic_abuse", **CHRIS) == "utter_children_not_taken"


def test_children_taken_is_answered_beside_the_answer_at_the_repeat_question():
    said = (
        "yeah loads of times. past year or so its got worse. will the kids be taken off us if i "
        "tell someone? thats my biggest worry"
    )
    reading = _turn(said, "repeat_victimisation", CHRIS, intent="ask_right")
    assert reading.slots["repeat_victimisation"] is True
    assert _said(reading) == ["utter_children_not_taken"]


def test_the_kids_taken_to_school_is_not_a_fear():
    assert answer("the kids were taken to school by my mum", "domestic_abuse") is None


@pytest.mark.parametrize(
    "said",
    [
        "wait why the nspcc?? are they going to get involved with my kids now",
        "why is the nspcc on there?",
        "will the nspcc tell social services about my kids?",
    ],
)
def test_why_the_nspcc_is_listed(said):
    assert answer(said, "domestic_abuse", **CHRIS) == "utter_why_nspcc_listed"


@pytest.mark.parametrize("said", ["what is the nspcc?", "can my son call childline or the nspcc?"])
def test_other_nspcc_questions_keep_their_answers(said):
    assert answer(said, "domestic_abuse", **CHRIS) != "utter_why_nspcc_listed"


@pytest.mark.parametrize(
    "said",
    [
        "if i cancel it shell know straight away and go mad. thats the problem",
        "forget the police. what about the money thing, she has my card and my wages go in there. "
        "is there anything i can do without it kicking off",
    ],
)
def test_a_card_held_by_his_wife_gets_plan_first(said):
    # F6's answer for the same message (economic abuse help, your own account safely) also
    # plans first; either may come first now both are merged.
    assert answer(said, "domestic_abuse", **{**CHRIS, "gender": "man"}) in (
        "utter_card_kept_by_partner",
        "utter_economic_abuse_help",
    )


def test_the_plan_first_answer_for_a_man_names_the_mens_advice_line():
    text = sendable("utter_card_kept_by_partner", gender="man")[0]
    assert "0808 801 0327" in text and "economic abuse" in text and "don't cancel" in text


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("my purse was stolen, should i cancel my card?", "theft", {}),
        ("should i cancel my card?", "domestic_abuse", CHRIS),
    ],
)
def test_a_card_with_nobody_to_notice_is_not_plan_first(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_card_kept_by_partner"


@pytest.mark.parametrize(
    "said",
    [
        "barnet. do i have to give my name? what if she sees these texts",
        "do you need my name?",
        "will they need my real name",
    ],
)
def test_giving_a_name_is_answered_at_once(said):
    assert answer(said, "domestic_abuse", **CHRIS) == "utter_name_not_needed"


def test_the_name_question_is_answered_beside_the_borough():
    reading = _turn(
        "barnet. do i have to give my name? what if she sees these texts",
        "impairment",
        CHRIS,
        intent="ask_right",
    )
    assert "utter_name_not_needed" in _said(reading)


@pytest.mark.parametrize(
    "said",
    [
        "will my name be kept private if i report it?",
        "do i have to give my name to the police?",
        "can i report it without giving my name?",
    ],
)
def test_a_name_and_the_police_keep_their_answers(said):
    assert answer(said, "domestic_abuse", **CHRIS) != "utter_name_not_needed"


def test_no_crime_number_when_he_never_reported_is_support_without_a_report():
    said = "i havent told the police though? i dont have a crime number"
    # F6's utter_not_reported_is_fine says the same (no report needed, Right 4) and comes first.
    assert answer(said, "domestic_abuse", **CHRIS) in (
        "utter_support_without_report",
        "utter_not_reported_is_fine",
    )


# -- 3. Priya: help without the police -----------------------------------------------------------

PRIYA_ASKS = (
    "34. sorry. is there help without police tho you didnt say",
    "skip. please can u just tell me what help there is without police, i might not have long",
    "is there any support without going to the police?",
)


@pytest.mark.parametrize("said", PRIYA_ASKS)
def test_help_without_police_is_answered(said):
    assert answer(said, "domestic_abuse", **PRIYA) == "utter_da_help_without_police"


def test_her_first_message_is_answered_once_she_has_said_yes_to_the_privacy_question():
    first = (
        "hi i need to be quick. my husband controls all the money and checks my phone, he "
        "shouts at me a lot and once he pushed me. i dont want police. is there help without "
        "police"
    )
    said = answer_to_first_message(
        first,
        {"consent": True, "crime_type": "domestic_abuse"},
        ORGANISATIONS,
        frozenset({"utter_privacy_answer"}),
    )
    assert said is not None and said.response == "utter_da_help_without_police"


def test_her_first_message_still_gets_the_phone_warning_before_the_privacy_question():
    first = (
        "hi i need to be quick. my husband controls all the money and checks my phone, he "
        "shouts at me a lot and once he pushed me. i dont want police. is there help without "
        "police"
    )
    assert answer(first, None, consent=None) == "utter_privacy_answer"


def test_it_is_answered_beside_her_age_and_beside_her_skip():
    reading = _turn(PRIYA_ASKS[0], "age", {**PRIYA, "crime_type": "domestic_abuse"})
    assert reading.slots["age"] == 34
    assert _said(reading) == ["utter_da_help_without_police"]
    reading = _turn(
        PRIYA_ASKS[1],
        "impairment",
        {**PRIYA, "crime_type": "domestic_abuse", "age": 34},
        intent="ask_right",
    )
    assert "impairment" in reading.skipped
    assert _said(reading) == ["utter_da_help_without_police"]


def test_the_helpline_fits_who_is_asking():
    assert "0808 2000 247" in sendable("utter_da_help_without_police")[0]
    assert "0808 801 0327" in sendable("utter_da_help_without_police", gender="man")[0]
    assert (
        "nationaldahelpline.org.uk"
        in sendable("utter_da_help_without_police", cannot_phone=True)[0]
    )


@pytest.mark.parametrize(
    ("said", "crime", "answers"),
    [
        ("can i get a non molestation order without the police?", "domestic_abuse", PRIYA),
        ("can i go to the havens without police?", "sexual_offence", {}),
        ("is there help without police?", "assault", {"relationship_to_offender": "stranger"}),
        ("i dont want police", "domestic_abuse", PRIYA),
    ],
)
def test_other_without_police_messages_are_not_this_answer(said, crime, answers):
    assert answer(said, crime, **answers) != "utter_da_help_without_police"


# -- 4. Sandra: the funeral deposit, and "is that all you can say" -------------------------------

FUNERAL = (
    "the funeral director wants a deposit and i havent got it. does the cica pay it straight "
    "away or do i have to pay first"
)


@pytest.mark.parametrize(
    "said",
    [
        FUNERAL,
        "what? i didnt say it was a scam. im asking about paying for jasons funeral",
        "do i have to pay the funeral director up front?",
    ],
)
def test_paying_for_the_funeral_now_is_answered(said):
    assert answer(said, "homicide", **SANDRA) == "utter_funeral_deposit"


def test_the_funeral_deposit_is_never_a_scam_warning():
    assert not questions.asks_if_a_scam(FUNERAL, "homicide")
    assert answer("is this a scam? will you ask me for money?", "homicide", **SANDRA) == (
        "utter_not_a_scam"
    )


def test_the_funeral_answer_says_cica_is_not_immediate_and_names_the_dwp_payment():
    text = sendable("utter_funeral_deposit")[0]
    assert "doesn't pay straight away" in text and "Funeral Expenses Payment" in text


@pytest.mark.parametrize(
    "said",
    [
        "who pays for the funeral? i cant afford it",
        "Can I ask about the funeral, I cant afford it. Who pays?",
    ],
)
def test_who_pays_for_a_funeral_keeps_its_answer(said):
    assert answer(said, "homicide", **SANDRA) == "utter_funeral_costs"
    assert answer("does cica pay for funerals?", "homicide", **SANDRA) != "utter_funeral_deposit"


def test_is_that_all_you_can_say_gets_a_kind_answer():
    said = "is that all you can say. my son is dead"
    assert answer(said, "homicide", **SANDRA) == "utter_bereaved_not_enough"
    reading = _turn(said, "referral_consent", {**SANDRA, "crime_type": "homicide"})
    assert _said(reading) == ["utter_bereaved_not_enough"]


def test_is_that_all_from_someone_not_bereaved_is_not_the_bereaved_answer():
    assert answer("is that all you can say?", "assault") != "utter_bereaved_not_enough"


# -- 5. Bernard: how he feels, his crime number, his Freedom Pass --------------------------------


def test_is_that_normal_at_my_age_gets_a_common_reaction():
    said = (
        "I see. To be truthful I have not been out of the house since. I keep going over it at "
        "night. Is that normal at my age?"
    )
    assert answer(said, "robbery", **BERNARD) == "utter_common_reaction"


@pytest.mark.parametrize(
    ("said", "crime"),
    [
        ("is it normal that my wrist still hurts?", "robbery"),
        (
            "im not sleeping and i keep having nightmares. is that normal? can i talk to someone",
            "robbery",
        ),
        ("is it normal what he does? he checks my phone", "domestic_abuse"),
    ],
)
def test_other_is_it_normal_questions_keep_their_answers(said, crime):
    assert answer(said, crime, **BERNARD) != "utter_common_reaction"


def test_no_crime_number_after_reporting_gets_how_to_ask_for_it():
    said = (
        "I do not have a crime number. Nobody gave me one, or if they did I have lost it, I was "
        "in rather a state."
    )
    assert answer(said, "robbery", **BERNARD) == "utter_no_crime_number_given"


def test_no_crime_number_said_after_the_result_is_answered_not_thanked(dispatcher, domain):
    said = "I do not have a crime number. Nobody gave me one, or if they did I have lost it."
    slots = {**BERNARD, "crime_type": "robbery", "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=slots, text=said, active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_no_crime_number_given"]


def test_a_statement_after_the_result_with_nothing_to_answer_is_still_thanked(dispatcher, domain):
    slots = {**BERNARD, "crime_type": "robbery", "assessment_done": True, "results_shown": True}
    tracker = make_tracker(slots=slots, text="my daughter comes on saturdays", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_already_done"]


def test_an_answer_already_given_is_not_given_again_after_the_result(dispatcher, domain):
    said = "I do not have a crime number. Nobody gave me one."
    slots = {**BERNARD, "crime_type": "robbery", "assessment_done": True, "results_shown": True}
    tracker = make_tracker(
        slots=slots, text=said, active_loop=None, sent=["utter_no_crime_number_given"]
    )
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_already_done"]


@pytest.mark.parametrize(
    "said",
    [
        "And my Freedom Pass was in the wallet. How do I get a new one? I cannot get about "
        "without it.",
        "how do i replace my freedom pass?",
    ],
)
def test_a_freedom_pass_is_replaced_through_london_councils(said):
    assert answer(said, "robbery", **BERNARD) == "utter_freedom_pass"
    text = sendable("utter_freedom_pass")[0]
    assert "London Councils" in text and "0300 330 1433" in text


def test_the_freedom_pass_line_is_in_the_directory_but_never_offered():
    (entry,) = [org for org in ORGANISATIONS if org.id == "freedom-pass"]
    assert entry.contact.phone == "0300 330 1433" and entry.auto_offer == "never"


# -- 6. Leon: Childline without a phone ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "how do i talk to childline if i aint got a phone",
        "can i talk to childline online or sumn. i aint got a phone",
        "can i email childline?",
    ],
)
def test_childline_without_a_phone_is_the_online_chat(said):
    assert answer(said, None) == "utter_childline_without_phone"
    text = sendable("utter_childline_without_phone")[0]
    assert "childline.org.uk" in text and "chat" in text


def test_the_childline_entry_has_its_website():
    (entry,) = [org for org in ORGANISATIONS if org.id == "childline"]
    assert entry.contact.chat == "https://www.childline.org.uk"


@pytest.mark.parametrize("said", ["what is childline?", "can i call childline?"])
def test_other_childline_questions_are_not_this_answer(said):
    assert answer(said, None) != "utter_childline_without_phone"


def test_asking_how_to_reach_childline_is_not_a_request_for_a_worker(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": None},
        text="how do i talk to childline if i aint got a phone",
        intent="request_human",
        active_loop=None,
    )
    events = ActionHandoff().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_childline_without_phone"]
    assert events == []


def test_asking_for_a_person_and_about_childline_still_asks_for_a_person(dispatcher, domain):
    tracker = make_tracker(
        slots={"consent": True},
        text="human. can i chat to childline online",
        intent="request_human",
        active_loop=None,
    )
    ActionHandoff().run(dispatcher, tracker, domain)
    assert "utter_handoff" in responses(dispatcher)


def test_at_the_danger_question_childline_is_answered():
    reading = _turn(
        "can i talk to childline online or sumn. i aint got a phone",
        "in_danger",
        {"consent": False},
        intent="describe_crime",
    )
    assert "utter_childline_without_phone" in _said(reading)


def test_the_easy_words_are_said_once_then_a_miss_counts_as_a_miss():
    reading = read_turn(
        Turn(
            text="i dont know",
            intent="deny",
            requested="consent",
            answers={"consent": None},
            organisations=ORGANISATIONS,
            said=frozenset({"utter_consent_easy_read"}),
        )
    )
    assert _said(reading) == ["utter_reask_consent"]
