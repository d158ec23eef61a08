"""Round 39 (helper F6): wrong facts kept from passing mentions, and corrections not taken.

- Marcus, punched by two strangers: "my bf tried to drag them off me" was noted as "it was a
  partner or ex" (the boyfriend helped).
- Ellie, raped by a man she did not know: "will they test for what drug it was? my friend said
  ..." changed it to "someone you know"; "wait no i didnt know him" did not put it right.
- Aisha, her hijab pulled once, on a bus: "I don't want them going through it again" (her
  children) was noted as "it has happened more than once".
- Chris, hit by his wife, who holds his bank card: "its my wife not a man" read as writing for
  someone else; "when she drinks she hits me" read as a question, and the card as fraud.
- Ahmed, a cab driver: "he said something about muslims before he hit me" at the hate question
  was skipped.
- Mr Okafor, Daniel and Chris: the police knowing, or not, was kept wrongly and not put right.
- Leon, 15: "i said ye. 4 months" and "been like 4 months" were not a yes to "more than once".
- Mr Okafor and Bernard: his neighbour, his borough, their conditions were asked again.

Each test quotes the message as it was written; ordinary messages must not change.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions import account
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionAnswerRight, ActionOutsideQuestions
from actions.questions import is_question
from actions.reading import Turn, corrections, read_turn, repetition_told
from tests.unit.conftest import make_tracker


def _turn(text: str, requested: str | None, answers: dict, **kw) -> Turn:
    return Turn(
        text=text,
        intent=kw.pop("intent", "inform"),
        requested=requested,
        answers=answers,
        asked=kw.pop("asked", {requested: 1} if requested else {}),
        **kw,
    )


def test_the_new_answer_is_one_sms_with_its_source_above():
    assert_one_sms_with_source("utter_not_reported_is_fine", "round 39, helper F6")
    assert numbers_not_in_directory("utter_not_reported_is_fine") == []


# -- 1. Marcus: the boyfriend who pulled them off ---------------------------------------------

MARCUS = (
    "not yet. two blokes outside a bar on old compton st, started shouting faggot at me and my "
    "boyfriend cos we were holding hands, then one of them punched me in the face and the other "
    "one kicked me when i went down. my bf tried to drag them off me. split lip and my ribs are "
    "fucking killing me"
)


def test_marcus_boyfriend_who_helped_is_not_who_did_it():
    told = account.read_account(MARCUS)
    assert told.offender is None
    assert told.crime_type == "assault"
    reading = read_turn(
        _turn(MARCUS, "reported_to_police", {"crime_type": "assault", "consent": True})
    )
    assert "relationship_to_offender" not in reading.slots
    assert reading.slots["hate_motivated"] is True  # targeted for who he is: still kept


@pytest.mark.parametrize(
    "said",
    [
        "a man punched me. my bf tried to drag them off me",
        "two lads jumped me and my boyfriend pulled him off me",
        "some guy attacked me, my mate tried to get them off me",
        "i got hit outside the pub. my bf stepped in and tried to stop them",
        "me and my girlfriend were attacked, my gf tried to pull them off us",
        "my brother shoved him off me and we ran",
    ],
)
def test_someone_close_who_helped_is_not_who_did_it(said):
    assert account.read_account(said).offender is None


@pytest.mark.parametrize(
    "said",
    [
        "my bf punched me",
        "my boyfriend dragged me out of the car",
        "my bf tried to strangle me",
        "my dad tried to stop me leaving the house",
        "its my wife, she hits me",
    ],
)
def test_a_partner_or_relative_who_did_do_it_is_still_read(said):
    assert account.read_account(said).offender in ("partner_or_ex", "family_member")


# -- 2. Ellie: a friend who told her something, and "i didnt know him" -------------------------

ELLIE = {
    "crime_type": "sexual_offence",
    "relationship_to_offender": "stranger",
    "reported_to_police": False,
    "age": 28.0,
    "borough": "hackney",
    "results_shown": True,
}


def test_ellies_friend_who_told_her_about_the_drug_is_not_who_did_it():
    said = "will they test for what drug it was? my friend said it goes out your system really fast"
    assert corrections(said, ELLIE) == {}
    reading = read_turn(_turn(said, "referral_consent", ELLIE, intent="ask_right"))
    assert "relationship_to_offender" not in reading.slots
    assert not reading.corrected


@pytest.mark.parametrize(
    "said",
    [
        "wait no i didnt know him. i said my friend told me about the drugs thing. what have you "
        "written down about me",
        "no i dont know him, he was some guy at the club",
        "I never said I knew him",
        "thats wrong i never met him before that night",
    ],
)
def test_i_didnt_know_him_puts_right_someone_known(said):
    known = {**ELLIE, "relationship_to_offender": "someone_known"}
    assert corrections(said, known).get("relationship_to_offender") == "stranger"


@pytest.mark.parametrize(
    "said", ["i didnt know him that well", "i didnt know him really, he was at the party"]
)
def test_knowing_him_a_little_is_not_a_stranger(said):
    known = {**ELLIE, "relationship_to_offender": "someone_known"}
    assert "relationship_to_offender" not in corrections(said, known)


def test_it_was_my_friend_still_corrects_a_stranger():
    assert corrections("it was my friend", ELLIE) == {"relationship_to_offender": "someone_known"}
    assert corrections("actually it was my friend who did it", ELLIE) == {
        "relationship_to_offender": "someone_known"
    }


def test_my_friend_did_it_at_the_question_is_someone_known():
    assert read_answer("relationship_to_offender", "my friend did it").value == "someone_known"


# -- 3. Aisha: her children "going through it again" -------------------------------------------

AISHA = (
    "40. What actually happens if I go to the police? Will they want to talk to my kids? I don't "
    "want them going through it again"
)


def test_aishas_children_going_through_it_again_is_not_a_repeat():
    assert account.read_account(AISHA).repeat is None
    reading = read_turn(
        _turn(AISHA, "age", {"crime_type": "assault", "hate_motivated": True, "consent": True})
    )
    assert reading.slots.get("age") == 40.0
    assert "repeat_victimisation" not in reading.slots


@pytest.mark.parametrize(
    "said",
    [
        "I don't want her to relive it",
        "i dont want to go through it all again in court",
        "do i have to tell it all again to the police?",
        "I can't face talking about it again",
    ],
)
def test_living_it_over_again_is_not_being_targeted_again(said):
    assert not repetition_told([said])


@pytest.mark.parametrize(
    "said",
    ["it happened again last week", "he did it again", "they came back again yesterday"],
)
def test_it_happening_again_is_still_a_repeat(said):
    assert repetition_told([said])
    assert account.read_account(said).repeat is True


# -- 4. Chris: his wife, not a man; when she drinks; the card she holds -------------------------

CHRIS = (
    "its my wife. when she drinks she hits me. slaps, threw a mug at me last month. and she puts "
    "me down in front of the kids, calls me pathetic. she took my bank card too so i have to ask "
    "her for money. feel stupid even typing this"
)


def test_its_my_wife_not_a_man_is_not_writing_for_someone_else():
    reading = read_turn(_turn("its my wife not a man. ok yes thats fine", "consent", {}))
    assert reading.slots.get("consent") is True
    assert "for_someone_else" not in reading.slots
    assert "utter_about_them" not in [say.response for say in reading.say]


def test_its_my_mum_not_me_is_still_writing_for_someone_else():
    assert account.read_account("its my mum not me").for_someone_else is True


def test_chris_is_read_as_abused_by_his_wife_and_not_told_to_stop_the_card():
    told = account.read_account(CHRIS)
    assert told.offender == "partner_or_ex"
    assert told.crime_type == "domestic_abuse"
    assert told.for_someone_else is None
    assert "economic" in told.details
    reading = read_turn(
        _turn(CHRIS, "crime_type", {"consent": True, "in_danger": False, "for_someone_else": False})
    )
    assert reading.slots["crime_type"] == "domestic_abuse"
    assert reading.slots["relationship_to_offender"] == "partner_or_ex"
    said = [say.response for say in reading.say]
    assert not {"utter_card_used", "utter_bank_card", "utter_bank_scam"} & set(said)


@pytest.mark.parametrize(
    "said",
    [
        "its my wife. when she drinks she hits me",
        "when he drinks he gets violent",
        "when i got home the door was open",
    ],
)
def test_when_it_happens_is_not_a_question(said):
    assert not is_question(said)


@pytest.mark.parametrize(
    "said",
    [
        "when will he be let out",
        "when i report it do i need id",
        "when she drinks is it abuse",
        "when do i hear back",
        "when he gets out will they tell me",
    ],
)
def test_when_asked_is_still_a_question(said):
    assert is_question(said)


CHRIS_ANSWERS = {"relationship_to_offender": "partner_or_ex", "gender": "man"}


@pytest.mark.parametrize(
    "said",
    [
        "forget the police. what about the money thing, she has my card and my wages go in there. "
        "is there anything i can do without it kicking off",
        "she has my bank card, what can i do without her finding out?",
        "he keeps my wages, is there a way to sort it without him knowing?",
    ],
)
def test_a_card_or_wages_held_by_a_partner_gets_help_with_economic_abuse(said):
    assert answer(said, "domestic_abuse", **CHRIS_ANSWERS) == "utter_economic_abuse_help"


def test_the_card_and_account_answers_keep_their_questions():
    assert answer("he has my card, should i cancel it", "domestic_abuse") == "utter_bank_card"
    assert (
        answer("he controls all the money, can i open an account without him knowing?",
               "domestic_abuse", **CHRIS_ANSWERS)
        == "utter_own_account_safely"
    )  # fmt: skip
    assert answer("they took my purse with my bank card, what do i do", "theft") in (
        "utter_bank_card",
        "utter_card_used",
    )


# -- 5. Ahmed: what the passenger said about Muslims -------------------------------------------


@pytest.mark.parametrize(
    ("said", "strand"),
    [
        (
            "hmm not sure. he said something about muslims before he hit me, i dont remember "
            "exactly",
            "religion",
        ),
        ("not sure. he said something about muslims before he hit me", "religion"),
        ("not sure, he was shouting stuff about my religion", "religion"),
        ("maybe, he said something about black people first", "race"),
    ],
)
def test_words_about_who_they_are_said_by_the_attacker_are_a_likely_yes(said, strand):
    found = read_answer("hate_motivated", said)
    assert found.value is True
    assert strand in found.extra["hate_strand"]


def test_ahmed_at_the_hate_question_is_kept_as_a_yes():
    reading = read_turn(
        _turn(
            "hmm not sure. he said something about muslims before he hit me, i dont remember "
            "exactly",
            "hate_motivated",
            {"crime_type": "assault", "relationship_to_offender": "stranger"},
        )
    )
    assert reading.slots["hate_motivated"] is True
    assert reading.slots["hate_strand"] == ["religion"]
    assert "hate_motivated" not in reading.skipped


@pytest.mark.parametrize(
    ("said", "value", "declined"),
    [
        ("not sure", None, True),
        ("no", False, False),
        ("not really", False, False),
        ("he didnt say anything about muslims", False, False),
        ("no he said nothing about race", False, False),
        ("not sure no", False, False),
    ],
)
def test_other_answers_to_the_hate_question_keep_their_reading(said, value, declined):
    found = read_answer("hate_motivated", said)
    assert (found.value, found.declined) == (value, declined)


def test_words_about_a_thing_are_not_about_who_they_are():
    said = "not sure, he said something about the white van he drove"
    assert read_answer("hate_motivated", said).value is not True
    assert account.read_hate(said)[0] is None


# -- 6. The police knowing: Mr Okafor, Daniel, Chris -------------------------------------------

OKAFOR_REPORTED = (
    "I reported the abuse to the police in the spring, and they came once and spoke to him, but "
    "nothing changed. I have not yet reported the push. I have also written to Lewisham Council, "
    "as he is a council tenant as am I, but they have not replied. What I really want is for the "
    "council to act."
)
DANIEL_REPORTED = (
    "i didnt report it the feds was already there. they took my name and number and now they keep "
    "calling for a statement. i aint sure i wanna"
)


@pytest.mark.parametrize("said", [OKAFOR_REPORTED, DANIEL_REPORTED])
def test_the_police_knowing_is_a_yes_to_the_police_question(said):
    assert read_answer("reported_to_police", said).value is True
    assert account.read_account(said).reported is True


def test_the_police_chasing_a_statement_is_not_being_targeted_again():
    told = account.read_account(DANIEL_REPORTED)
    assert told.repeat is None
    assert told.crime_type != "stalking_harassment"
    assert "stalking_described" not in told.details


@pytest.mark.parametrize(
    "said",
    [
        "no",
        "not yet",
        "no i havent",
        "no, will the police come out?",
        "no the police never came",
        "i havent reported it, the police dont know",
        "no police came",
        "i reported it to the council not the police",
        "not yet. two blokes outside a bar on old compton st",
    ],
)
def test_not_reported_stays_a_no(said):
    assert read_answer("reported_to_police", said).value is False


OKAFOR = {
    "crime_type": "assault",
    "relationship_to_offender": "someone_known",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 58.0,
    "impairment": True,
    "hate_motivated": True,
    "borough": "lewisham",
    "consent": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
}


@pytest.mark.parametrize(
    "said",
    [
        "That is not correct. I have told the police about the racial abuse, in the spring. It is "
        "only the push I have not reported yet.",
        "Please correct it: I have reported it to the police.",
    ],
)
def test_mr_okafor_puts_right_that_he_told_the_police(said):
    assert corrections(said, OKAFOR) == {"reported_to_police": True}


@pytest.mark.parametrize(
    "said",
    [
        "police do know tho they was there. and put that im a WITNESS not the one who got attacked",
        "police know about it",
        "the feds was already there",
    ],
)
def test_daniel_puts_right_that_the_police_know(said):
    daniel = {"crime_type": "serious_violence", "reported_to_police": False, "age": 23.0}
    assert corrections(said, daniel).get("reported_to_police") is True


def test_chris_puts_right_a_report_he_never_made():
    said = "i havent told the police though? i dont have a crime number"
    chris = {"reported_to_police": True, **CHRIS_ANSWERS}
    assert corrections(said, {**chris, "crime_type": "domestic_abuse"}) == {
        "reported_to_police": False
    }
    assert answer(said, "domestic_abuse", **chris) == "utter_not_reported_is_fine"
    assert (
        answer(said, "domestic_abuse", **{**chris, "reported_to_police": False})
        == "utter_not_reported_is_fine"
    )


@pytest.mark.parametrize(
    "said",
    [
        "i havent told the police, should i?",
        "what happens if i havent told the police?",
        "the police never gave me a crime reference number the second time, are they supposed to?",
    ],
)
def test_questions_about_reporting_are_not_the_not_reported_answer(said):
    assert answer(said, "domestic_abuse", **CHRIS_ANSWERS) != "utter_not_reported_is_fine"


@pytest.mark.parametrize(
    "said",
    [
        "Please correct it: I have reported it to the police.",
        "That is not correct. I have told the police about the racial abuse, in the spring. It is "
        "only the push I have not reported yet.",
    ],
)
def test_a_correction_told_after_the_result_is_taken_though_it_reads_like_a_question(
    said, dispatcher, domain
):
    tracker = make_tracker(
        slots={**OKAFOR, "assessment_done": True, "results_shown": True},
        text=said,
        intent="ask_right",
        active_loop=None,
    )
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots.get("reported_to_police") is True
    assert slots.get("assessment_done") is False


def test_a_question_after_the_result_does_not_change_an_answer(dispatcher, domain):
    tracker = make_tracker(
        slots={**OKAFOR, "assessment_done": True, "results_shown": True},
        text="what if it was my partner, would that change anything?",
        intent="ask_right",
        active_loop=None,
    )
    events = ActionAnswerRight().run(dispatcher, tracker, domain)
    assert not [e for e in events if e.get("name") == "relationship_to_offender"]


def test_police_know_about_it_after_the_result_is_taken(dispatcher, domain):
    tracker = make_tracker(
        slots={
            "consent": True,
            "crime_type": "serious_violence",
            "reported_to_police": False,
            "assessment_done": True,
            "results_shown": True,
            "referral_consent": True,
            "contact_safe": True,
        },
        text="police know about it",
        intent="nlu_fallback",
        active_loop=None,
    )
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    slots = {e.get("name"): e.get("value") for e in events if e.get("event") == "slot"}
    assert slots.get("reported_to_police") is True


# -- 7. Leon: "i said ye. 4 months" ----------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "i said ye. 4 months",
        "been like 4 months. n they said if i stop theyll kill me. theyll kill me if i stop fr",
        "been like 4 months",
        "i said yes",
        "like i said yeah",
        "its been about 3 months now",
        "it happened again last week",
    ],
)
def test_a_yes_said_again_or_how_long_it_has_gone_on_is_more_than_once(said):
    assert read_answer("repeat_victimisation", said).value is True


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("i said no", False),
        ("no", False),
        ("it happened 4 months ago", None),
    ],
)
def test_other_answers_about_how_often_keep_their_reading(said, value):
    assert read_answer("repeat_victimisation", said).value is value


def test_leons_yes_asked_again_is_kept_not_skipped():
    leon = {
        "consent": True,
        "in_danger": False,
        "crime_type": "human_trafficking",
        "age": 15.0,
        "under_18": True,
        "relationship_to_offender": "someone_known",
    }
    reading = read_turn(
        _turn(
            "i said ye. 4 months",
            "repeat_victimisation",
            leon,
            asked={"repeat_victimisation": 2},
            missed={"repeat_victimisation": 1},
        )
    )
    assert reading.slots.get("repeat_victimisation") is True
    assert "repeat_victimisation" not in reading.skipped


def test_leons_answer_beside_the_danger_is_kept():
    reading = read_turn(
        _turn(
            "been like 4 months. n they said if i stop theyll kill me. theyll kill me if i stop fr",
            "repeat_victimisation",
            {"consent": True, "in_danger": False, "crime_type": "human_trafficking"},
            intent="in_danger",
        )
    )
    assert reading.slots.get("repeat_victimisation") is True


# -- 8. Facts given are kept: Mr Okafor's neighbour and borough, their conditions --------------

OKAFOR_FIRST = (
    "Good evening. My name is Mr Okafor and I reside in Lewisham. I am writing to seek advice "
    "regarding my neighbour, who has subjected me to racial abuse for a number of months. Last "
    "week he pushed me against the garden fence. I would like to know what can be done."
)


def test_mr_okafors_neighbour_and_borough_are_kept_from_his_first_message():
    told = account.read_account(OKAFOR_FIRST)
    assert told.offender == "someone_known"
    reading = read_turn(
        _turn(
            "Not at this moment. He is inside his own house. However I am anxious every time I go "
            "into the garden.",
            "in_danger",
            {"consent": True},
            opening=True,
            earlier=(OKAFOR_FIRST,),
        )
    )
    assert reading.slots["relationship_to_offender"] == "someone_known"
    assert reading.slots["borough"] == "lewisham"


@pytest.mark.parametrize(
    ("said", "borough"),
    [("I reside in Lewisham", "lewisham"), ("we live in croydon", "croydon")],
)
def test_where_they_live_said_at_another_question_is_kept(said, borough):
    reading = read_turn(_turn(said, "age", {"consent": True, "crime_type": "assault"}))
    assert reading.slots.get("borough") == borough


def test_mr_okafors_diabetes_told_at_another_question_is_kept():
    reading = read_turn(
        _turn(
            "Yes. I have type 2 diabetes and a bad knee, which is why I could not get away from "
            "him. I was shaken and my blood sugar was all over the place for days afterwards.",
            "relationship_to_offender",
            {"consent": True, "crime_type": "assault", "age": 58.0},
        )
    )
    assert reading.slots.get("impairment") is True


@pytest.mark.parametrize(
    "said",
    [
        "Well, the wrist now. And I have had a bit of trouble with my heart for some years. I take "
        "tablets for it.",
        "I have just told you. A heart condition.",
        "I have problems with my breathing",
        # -- round 44, helper N6 --: blood pressure alone is now a no (test_round44_n6.py).
        "i take tablets for my heart",
    ],
)
def test_a_condition_told_in_everyday_words_is_a_yes(said):
    assert read_answer("impairment", said).value is True


@pytest.mark.parametrize(
    "said", ["no", "No, I'm fit and healthy", "just the wrist now, I take painkillers for it"]
)
def test_no_condition_is_not_made_a_yes(said):
    assert read_answer("impairment", said).value is not True


CHRIS_SO_FAR = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 44.0,
    "repeat_victimisation": True,
    "hate_motivated": False,
    "under_18": False,
}


async def test_a_borough_told_before_a_question_the_rules_answer_is_kept(dispatcher, domain):
    # Chris: "barnet. do i have to give my name? what if she sees these texts" at the health
    # question, then "Which London borough do you live in?" ("i said barnet already").
    events = await ValidateNeedsAssessmentForm().run(
        dispatcher,
        make_tracker(
            slots=CHRIS_SO_FAR,
            text="barnet. do i have to give my name? what if she sees these texts",
            intent="ask_right",
            requested_slot="impairment",
            latest_action="action_answer_right",
            sent=["utter_ask_impairment"],
        ),
        domain,
    )
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots.get("borough") == "barnet"
    assert slots["requested_slot"] == "impairment"


async def test_an_account_in_a_question_the_rules_answer_is_not_kept(dispatcher, domain):
    events = await ValidateNeedsAssessmentForm().run(
        dispatcher,
        make_tracker(
            slots={**CHRIS_SO_FAR, "relationship_to_offender": None},
            text="what if it was my partner, would that change anything?",
            intent="ask_right",
            requested_slot="impairment",
            latest_action="action_answer_right",
            sent=["utter_ask_impairment"],
        ),
        domain,
    )
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots.get("relationship_to_offender") is None
