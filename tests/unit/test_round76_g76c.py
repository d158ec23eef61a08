"""Round 76, helper g76c: facts misread (the crime, whom it is about, the age, repeats) and
corrections refused (Tomasz, Harold, Samira, Kieran, Bisi, Pat, Nia)."""

from __future__ import annotations

from typing import Any

import pytest

from actions import wording
from actions.account import read_account
from actions.answers import read_answer
from actions.questions import asks_about_securing_home
from actions.reading import Turn, corrections, read_turn


def turn(text: str, requested: str | None, answers: dict[str, Any], **kw: Any) -> Any:
    return read_turn(Turn(text=text, requested=requested, answers=answers, **kw))


# -- 1. Tomasz: tools taken from his van, not a home burglary ----------------------------------

TOMASZ_VAN = (
    "I told you. van broken in, window smash, they take all tools. in Ealing outside my house. "
    "and money question?"
)
TOMASZ_NOT_HOME = "not my home!! is the van. house ok. yes reported online I have reference number"


@pytest.mark.parametrize(
    "text", [TOMASZ_VAN, "hello. someone break my van last night, all tools gone"]
)
def test_tomasz_van_is_a_theft(text: str) -> None:
    assert read_account(text).crime_type == "theft"


def test_tomasz_gets_no_home_security_answer() -> None:
    assert not asks_about_securing_home(TOMASZ_VAN, "theft")
    reading = turn(TOMASZ_VAN, "crime_type", {"consent": True, "in_danger": False})
    assert reading.slots["crime_type"] == "theft"
    assert "utter_secure_home" not in {message.response for message in reading.say}


def test_tomasz_not_my_home_is_taken_and_said() -> None:
    answers = {"consent": True, "in_danger": False, "crime_type": "burglary"}
    assert corrections(TOMASZ_NOT_HOME, answers)["crime_type"] == "theft"
    reading = turn(TOMASZ_NOT_HOME, "reported_to_police", answers)
    assert reading.slots["crime_type"] == "theft"
    assert reading.slots["reported_to_police"] is True
    assert "crime_type" in reading.corrected
    line = wording.changed_line({"crime_type": "theft"}, before=answers)
    assert line == "Thank you, I've changed that: a theft."


@pytest.mark.parametrize(
    "text,crime",
    [
        ("my house was broken into and they took my laptop", "burglary"),
        ("they smashed my car window last night", "criminal_damage"),
        ("someone smashed the front door in and took my tv", "burglary"),
    ],
)
def test_home_and_damage_keep_their_reading(text: str, crime: str) -> None:
    assert read_account(text).crime_type == crime


def test_a_home_window_still_gets_the_home_security_answer() -> None:
    assert asks_about_securing_home("who can fix my broken window?", "burglary")


# -- 2. Harold: a bogus caller let in, who stole: a distraction burglary -----------------------

HAROLD_OPENING = (
    "Good afternoon. My daughter told me to use this. I have had something stolen from my house "
    "and I am not sure what to do. Harold"
)
HAROLD = (
    "No, I am safe. He has gone. A man came to the door on Tuesday and said he was from the water "
    "board and needed to check the pipes. I let him in. After he left my wallet was gone and my "
    "late wife's ring from the dresser. Harold"
)


def test_harold_theft_becomes_a_burglary() -> None:
    assert read_account(HAROLD_OPENING).crime_type == "theft"
    reading = turn(HAROLD, "in_danger", {"consent": True, "crime_type": "theft"})
    assert reading.slots["crime_type"] == "burglary"
    assert reading.noted["crime_type"] == "burglary"
    assert "doorstep" in reading.slots["account_details"]


def test_a_theft_told_again_as_a_theft_stays_a_theft() -> None:
    reading = turn(
        "they took my purse from my bag on the bus", "reported_to_police", {"crime_type": "theft"}
    )
    assert reading.slots.get("crime_type", "theft") == "theft"


# -- 3 and 4. Samira: called a terrorist (hate abuse), her son saw it -------------------------

SAMIRA_TOLD = "I tell you already. eggs and he say terrorist. because I wear hijab I think"
SAMIRA_NEEDS = (
    "feeling safe. and help for my son, he is scared now to go out the door. and someone speak "
    "arabic please"
)
SAMIRA_NOT_CHILD = "no not my child, is me. he say terrorist to ME. my son only see it. WHY"
SAMIRA_PUT_RIGHT = [
    "this is wrong!! not terrorism. HE call me terrorist, is insult. I am the victim not my son. "
    "please fix",
    "still say terrorism. it is NOT terrorism. is a boy with eggs and bad words. please remove "
    "this, it scare me, I dont want police think something about terrorism with my name",
    "please tell me the terrorism is removed from my file",
]
SAMIRA = {
    "consent": True,
    "in_danger": False,
    "crime_type": "terrorism",
    "repeat_victimisation": True,
    "hate_motivated": True,
    "age": 29.0,
    "results_shown": True,
}


def test_samira_he_say_terrorist_is_hate_not_terrorism() -> None:
    told = read_account(SAMIRA_TOLD)
    assert told.crime_type != "terrorism"
    assert told.hate is True
    reading = turn(SAMIRA_TOLD, "crime_type", {"consent": True, "in_danger": False})
    assert reading.slots.get("crime_type") != "terrorism"


@pytest.mark.parametrize("text", SAMIRA_PUT_RIGHT)
def test_samira_not_terrorism_takes_it_off(text: str) -> None:
    changes = corrections(text, SAMIRA)
    assert changes["crime_type"] not in (None, "terrorism")


def test_samira_is_told_terrorism_is_off() -> None:
    line = wording.changed_line({"crime_type": "other"}, before=SAMIRA)
    assert line is not None and "not terrorism" in line
    assert len(line) <= 320


def test_a_terrorist_attack_stays_terrorism() -> None:
    assert read_account("i was injured in the terror attack at the station").crime_type == (
        "terrorism"
    )
    assert "crime_type" not in corrections(
        "the police said it was a terrorist attack", {"crime_type": "terrorism"}
    )


def test_samira_son_needing_help_does_not_make_him_the_victim() -> None:
    answers = {**SAMIRA, "crime_type": "other", "results_shown": False}
    reading = turn(SAMIRA_NEEDS, "needs", answers)
    assert "for_child" not in reading.slots
    assert "safety" in reading.slots["needs"]


def test_samira_first_correction_is_taken() -> None:
    assert corrections(SAMIRA_NOT_CHILD, {**SAMIRA, "for_child": True})["for_child"] is False


def test_a_parent_writing_for_a_child_at_the_start_still_is() -> None:
    reading = turn(
        "its about my son, he is 12, boys at school beat him up", "in_danger", {"consent": True}
    )
    assert reading.slots.get("for_child") is True


# -- 5. Kieran, 35: his daughter's age is not his --------------------------------------------

KIERAN = (
    "croydon. tbh its not me im worried about its my little girl, shes 3. last week she threw the "
    "kettle at me, i got a burn on my arm, the little one was in the next room. what if next time "
    "its her"
)
KIERAN_ANSWERS = {
    "consent": True,
    "in_danger": False,
    "crime_type": "domestic_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
    "age": 35.0,
}


def test_kieran_daughters_age_is_not_under_18() -> None:
    reading = turn(KIERAN, "under_18", KIERAN_ANSWERS)
    assert reading.slots.get("under_18") is not True
    assert reading.slots.get("borough") == "croydon"


@pytest.mark.parametrize(
    "text,value", [("yes i was 16", True), ("i was 15 and my brother was 12", True), ("no", False)]
)
def test_under_18_answers_keep_their_reading(text: str, value: bool) -> None:
    assert read_answer("under_18", text).value is value


@pytest.mark.parametrize(
    "text",
    [
        "under 18?? im 35 mate i told u. my daughters 3 not me",
        "thats wrong tho. i was NOT under 18. can u fix it",
    ],
)
def test_kieran_puts_under_18_right(text: str) -> None:
    answers = {**KIERAN_ANSWERS, "under_18": True, "results_shown": True}
    assert corrections(text, answers)["under_18"] is False


def test_kieran_is_told_he_was_not_under_18() -> None:
    line = wording.changed_line({"under_18": False}, before={"under_18": True})
    assert line == "Thank you, I've changed that: you were not under 18 when it happened."


# -- 6. Bisi, for her son Tobi -----------------------------------------------------------------

BISI = {
    "consent": True,
    "for_someone_else": True,
    "crime_type": "serious_violence",
    "age": 19.0,
    "reported_to_police": True,
    "relationship_to_offender": "someone_known",
    "results_shown": True,
    "borough": "southwark",
}


def test_bisi_fear_of_them_coming_again_is_not_a_repeat() -> None:
    assert read_account("Will they come after him again when he is discharged?").repeat is None
    assert read_account("he came after me again last night").repeat is True


def test_bisi_only_redthread_is_not_unreported() -> None:
    text = (
        "I asked Tobi just now on whatsapp, he said ok but only Redthread, not police people. And "
        "for me is there anyone? I am his mother, I am not coping well"
    )
    assert "reported_to_police" not in corrections(text, BISI)


def test_bisi_has_been_reported_is_taken() -> None:
    text = (
        "No it HAS been reported, I told you, DC Okafor has it, there is a crime number. Tobi just "
        "does not want to talk to police victim services. Yes pass it on but only to Redthread "
        "please"
    )
    assert corrections(text, {**BISI, "reported_to_police": False})["reported_to_police"] is True


@pytest.mark.parametrize("text", ["it has not been reported yet", "no crime number yet"])
def test_not_reported_is_not_read_as_reported(text: str) -> None:
    assert corrections(text, {**BISI, "reported_to_police": False}).get("reported_to_police") in (
        None,
        False,
    )


# -- 7. Pat, 62: her grown-up son takes her money ----------------------------------------------

PAT_OPENING = (
    "Hello, sorry to bother you. I'm not sure if I should be writing to this. It's about my son, "
    "he lives with me. Sorry, I don't really know how this works."
)
PAT_CONSENT = (
    "Oh. Yes that's ok. Sorry, it's not abuse or anything like that, I don't need a refuge. He's "
    "my son. He's not well, he takes drugs, and money keeps going from my purse and he's had my "
    "bank card. I just don't know what to do."
)
PAT = {
    "consent": True,
    "crime_type": "robbery",
    "relationship_to_offender": "family_member",
    "repeat_victimisation": True,
    "reported_to_police": False,
    "age": 62.0,
    "results_shown": True,
}


def test_pat_son_who_has_her_card_is_not_her_child_as_victim() -> None:
    reading = turn(PAT_CONSENT, "consent", {"for_child": True, "said": [PAT_OPENING]})
    assert reading.slots["for_child"] is False
    assert reading.slots["relationship_to_offender"] == "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "Robbery? Oh no he's never robbed me, he just takes money from my purse and uses my card. "
        "Sorry, please don't put robbery, that sounds terrible. And did you change it to the "
        "morning?",
        "It wasn't a robbery. He takes money and threatens me, he pushed me once.",
    ],
)
def test_pat_not_robbery_and_still_more_than_once(text: str) -> None:
    changes = corrections(text, PAT)
    assert changes["crime_type"] == "domestic_abuse"
    assert changes.get("repeat_victimisation") is not False


def test_pat_most_weeks_for_a_year_puts_repeat_back() -> None:
    text = (
        "No sorry, the push was once, but the money and the shouting is most weeks, for a year. "
        "Between 9 and 11 in the morning for the phone please. I'll leave it there, thank you for "
        "your help"
    )
    answers = {**PAT, "crime_type": "domestic_abuse", "repeat_victimisation": False}
    assert corrections(text, answers)["repeat_victimisation"] is True


def test_it_only_happened_once_still_corrects() -> None:
    changes = corrections("it only happened once", {**PAT, "crime_type": "assault"})
    assert changes.get("repeat_victimisation") is False


# -- 8. Nia, 19 --------------------------------------------------------------------------------

NIA = {
    "consent": True,
    "crime_type": "online_abuse",
    "relationship_to_offender": "partner_or_ex",
    "reported_to_police": False,
}


def test_nia_age_is_taken() -> None:
    assert turn("19. childline?? im not a kid lol", "age", NIA).slots["age"] == 19.0


def test_nia_sorry_ye_is_a_yes() -> None:
    text = (
        "sorry. ye he was controlling when we were together like checking my phone n stuff. n "
        "now this"
    )
    assert read_answer("repeat_victimisation", text).value is True
    reading = turn(
        text,
        "repeat_victimisation",
        {**NIA, "age": 19.0},
        asked={"repeat_victimisation": 2},
        missed={"repeat_victimisation": 1},
    )
    assert reading.slots["repeat_victimisation"] is True
    assert "repeat_victimisation" not in reading.skipped


@pytest.mark.parametrize("text,value", [("sorry. no", False), ("sorry, first time", False)])
def test_sorry_then_no_is_a_no(text: str, value: bool) -> None:
    assert read_answer("repeat_victimisation", text).value is value


# -- The dialogue: a fact put right in a message taken for a question --------------------------

KIERAN_SO_FAR = {
    **KIERAN_ANSWERS,
    "under_18": True,
    "borough": "croydon",
    "repeat_victimisation": True,
    "hate_motivated": False,
    "impairment": False,
    "needs": ["safety", "emotional"],
    "language": "english",
    "gender": "man",
    "results_shown": True,
}
KIERAN_PUTS_RIGHT = "under 18?? im 35 mate i told u. my daughters 3 not me"


def slots_of(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def texts_of(dispatcher: Any) -> list[str]:
    return [str(m.get("text") or m.get("response")) for m in dispatcher.messages]


async def test_kieran_put_right_beside_a_rights_question_is_kept(dispatcher, domain) -> None:
    from actions.assessment_form import ValidateNeedsAssessmentForm
    from tests.unit.conftest import make_tracker

    events = await ValidateNeedsAssessmentForm().run(
        dispatcher,
        make_tracker(
            slots=KIERAN_SO_FAR,
            text=KIERAN_PUTS_RIGHT,
            intent="ask_right",
            requested_slot="referral_consent",
            latest_action="action_answer_right",
            sent=["utter_ask_referral_consent"],
        ),
        domain,
    )
    slots = slots_of(events)
    assert slots["under_18"] is False
    assert any("changed that" in text for text in texts_of(dispatcher))


async def test_kieran_put_right_taken_outside_the_questions(dispatcher, domain) -> None:
    from actions.dialogue import ActionOutsideQuestions
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots=KIERAN_SO_FAR,
        text="thats wrong tho. i was NOT under 18. can u fix it",
        intent="out_of_scope",
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent"],
    )
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    assert slots_of(events)["under_18"] is False
    said = texts_of(dispatcher)
    assert "Thank you, I've changed that: you were not under 18 when it happened." in said
    assert "utter_cannot_answer" not in said


async def test_samira_why_after_not_my_child_is_about_her(dispatcher, domain) -> None:
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker

    tracker = make_tracker(
        slots={**SAMIRA, "crime_type": "other", "for_child": True, "hate_strand": ["religion"]},
        text=SAMIRA_NOT_CHILD,
        intent="show_reasons",
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent"],
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    said = " ".join(texts_of(dispatcher))
    assert "your child" not in said


@pytest.mark.parametrize(
    "text", ["she has reported me to the police for it", "he was reported missing last year"]
)
def test_being_reported_is_not_a_report_of_the_crime(text: str) -> None:
    assert "reported_to_police" not in corrections(text, {**BISI, "reported_to_police": False})
