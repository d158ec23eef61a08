"""Round 45, main: what the role-play found in the form itself."""

from conftest import make_tracker
from test_assessment_form import FORM


async def test_a_borough_beside_a_question_keeps_the_question_pending(dispatcher, domain):
    # "merton. will he get in trouble tho?" (Hannah, 16) at "Do you know who did it?": the
    # borough was kept but the form named no next question, so Rasa asked its first empty one,
    # "Was the person who died a close relative of yours?", and nobody had died.
    slots = {
        "consent": True, "in_danger": False, "crime_type": "online_abuse",
        "account_details": ["intimate_images"], "reported_to_police": False, "age": 16.0,
        "under_18": True,
    }  # fmt: skip
    tracker = make_tracker(
        slots=slots,
        text="merton. will he get in trouble tho? everyone knows it was him",
        intent="ask_right",
        entities=[{"entity": "borough", "value": "merton"}],
        requested_slot="relationship_to_offender",
    )
    events = await FORM.run(dispatcher, tracker, domain)
    set_to = {event["name"]: event["value"] for event in events if event.get("event") == "slot"}
    assert set_to["borough"] == "merton"
    assert set_to["requested_slot"] == "relationship_to_offender"
    # The question is answered here, as no rule runs once the form goes on.
    assert dispatcher.messages
