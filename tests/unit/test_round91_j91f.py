"""Round 91, helper j91f: other questions left unanswered or answered with something else.

Margaret (70) had to stop before her husband came home and asked whether she could come back
and whether her answers were kept; Amelia (19) asked whether it was too late to be tested two
days after her drink was spiked; Oliver asked whether his ex or the family court could see the
chat; Fiona how long a move takes; Tunde about Snapchat telling them of a screenshot; Sunita
how she could live with the children with no money."""

from __future__ import annotations

import pytest

from tests.unit.conftest import responses
from tests.unit.known_answers import answer, sendable
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

