"""Round 91, helper j91f: other questions left unanswered or answered with something else.

Margaret (70) had to stop before her husband came home and asked whether she could come back
and whether her answers were kept; Amelia (19) asked whether it was too late to be tested two
days after her drink was spiked; Oliver asked whether his ex or the family court could see the
chat; Fiona how long a move takes; Tunde about Snapchat telling them of a screenshot; Sunita
how she could live with the children with no money."""

from __future__ import annotations

import pytest

from tests.unit.conftest import responses
from tests.unit.known_answers import answer, responses_in_conversation, sendable
from tests.unit.test_assessment_form import STARTED, run_validation

MARGARET = {
    **STARTED, "crime_type": "sexual_offence", "reported_to_police": False, "age": 70.0,
    "under_18": False, "relationship_to_offender": "someone_known", "repeat_victimisation": True,
    "hate_motivated": False,
}  # fmt: skip


async def test_margarets_can_i_come_back_later_is_answered(dispatcher, domain):
    await run_validation(
        dispatcher, domain, slots=MARGARET,
        text="I have arthritis and my hearing is not what it was. I don't think that matters. "
        "I'm sorry, I think I need to stop for now, my husband will be home soon. Can I come "
        "back to this later?",
        requested_slot="impairment",
    )  # fmt: skip
    assert responses(dispatcher)[0] == "utter_j91f_stop_and_come_back"
    said = sendable("utter_j91f_stop_and_come_back", consent=True)[0]
    assert "say 'hi'" in said and "90 days" in said and len(said) <= 320


@pytest.mark.parametrize(("consent", "kept"), [(True, True), (False, False)])
def test_margarets_are_my_answers_still_there_is_answered(consent, kept):
    text = "Hello, it is me again, Margaret. I had to stop earlier. Are my answers still there?"
    got = answer(text, "sexual_offence", consent=consent, requested_slot="needs")
    assert got == "utter_j91f_answers_still_here"
    said = sendable(got, consent=consent)[0]
    assert ("90 days" in said) is kept


async def test_margarets_nobody_else_will_see_it_is_answered_at_consent(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots={},
        text="Yes that is alright I suppose. Nobody else will see it will they? My husband does "
        "not know.",
        requested_slot="consent",
    )  # fmt: skip
    assert slots["consent"] is True
    assert "utter_privacy_answer" in responses(dispatcher)
    assert "utter_question_beside_answer" not in responses(dispatcher)


AMELIA_SPIKED = (
    "no im back at my halls. i think someone put something in my drink. and im scared something "
    "happened, like sexually, i dont know. is it too late to get tested, it was friday night and "
    "its sunday now"
)


def test_amelias_too_late_to_get_tested_gets_the_havens_and_time_limits():
    assert answer(AMELIA_SPIKED, None, requested_slot="in_danger") == "utter_havens_today"
    said = sendable("utter_havens_today")[0]
    assert "72 hours" in said and "020 3299 6900" in said and "Havens" in said


def test_a_spiking_test_without_a_feared_sexual_assault_is_as_before():
    text = (
        "i think someone put something in my drink. is it too late to get tested, it was friday "
        "night and its sunday now"
    )
    assert answer(text, None) == "utter_spiking_test"


@pytest.mark.parametrize(
    "text",
    ["ive already showered tho, twice, is that bad",
     "no. but you didnt say if showering ruined it. i feel so stupid"],
)  # fmt: skip
def test_amelias_showering_question_is_answered(text):
    assert answer(text, "sexual_offence") == "utter_havens_before_washing"
    said = sendable("utter_havens_before_washing")[0]
    assert "already showered, please still go" in said


def test_amelias_showering_and_havens_police_questions_both_answered():
    got = responses_in_conversation(
        "19. ive already showered tho, twice, is that bad. and do the havens tell the police?",
        "sexual_offence", [AMELIA_SPIKED],
    )  # fmt: skip
    assert got == ["utter_havens_before_washing", "utter_havens_police_only_if_you_want"]


@pytest.mark.parametrize(
    "text",
    ["no. do i have to tell the police to get tested? i dont even know if anything happened and "
     "i dont want my parents finding out. jess says i should just go to the doctor",
     "what?? nobody filmed me?? at least i dont think so. oh god. i just asked if i have to go to "
     "the police to get a test"],
)  # fmt: skip
def test_amelias_must_i_tell_the_police_to_be_tested_gets_the_havens_without_police(text):
    assert answer(text, "sexual_offence") == "utter_havens_without_police"


OLIVER_AT_REFERRAL = {
    **STARTED, "crime_type": "domestic_abuse", "reported_to_police": False, "age": 34.0,
    "under_18": False, "relationship_to_offender": "partner_or_ex", "repeat_victimisation": True,
    "hate_motivated": False, "impairment": False, "fear_of_giving_evidence": True,
    "needs": ["information"], "language": "english", "borough": "lewisham", "gender": "man",
    "results_shown": True,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Ok. Before I say yes, could any of this be shown to the family court or to her?",
     "You didn't answer. Will my ex or her solicitor ever see what I've written here?"],
)  # fmt: skip
async def test_olivers_will_my_ex_or_the_court_see_this_gets_the_privacy_answer(
    text, dispatcher, domain
):
    assert answer(text, "domestic_abuse", consent=True) == "utter_privacy_answer"
    await run_validation(
        dispatcher, domain, slots=OLIVER_AT_REFERRAL, text=text,
        requested_slot="referral_consent",
    )  # fmt: skip
    assert "utter_privacy_answer" in responses(dispatcher)


def test_fionas_how_long_does_a_move_take_is_about_housing():
    text = (
        "i have anxiety, on sertraline. this has made it so much worse i havent slept. how long "
        "does a move take, weeks? months?"
    )
    assert answer(text, "criminal_damage", requested_slot="impairment") == (
        "utter_j91f_how_long_a_move_takes"
    )
    assert len(sendable("utter_j91f_how_long_a_move_takes")[0]) <= 320


def test_how_long_does_it_take_is_still_the_general_answer():
    assert answer("how long does it take?", "burglary") == "utter_how_long"


def test_tundes_snap_tells_them_if_i_screenshot_gets_a_safe_answer():
    text = (
        "im safe im at home. if i screenshot a snap they get told i screenshotted it. what do i do"
    )
    assert answer(text, "stalking_harassment") == "utter_j91f_screenshot_they_would_know"
    assert len(sendable("utter_j91f_screenshot_they_would_know")[0]) <= 320
