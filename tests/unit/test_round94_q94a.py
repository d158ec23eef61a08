"""Round 94, helper q94a: Naomi, 41, Camden; her ex breached a criminal court's restraining
order by messaging her from new numbers; she reported it 3 weeks ago and has heard nothing
(r94d-naomi)."""

from __future__ import annotations

from tests.unit.known_answers import answer, sendable

FIRST = (
    "Hi. My ex has a restraining order against him and he's breached it - he's been messaging me "
    "from new numbers. I reported it to the Met 3 weeks ago, I have a crime reference, and nobody "
    "has contacted me since. What exactly am I entitled to in terms of updates under the Victims' "
    "Code? And how do I complain?"
)
CORRECTION = (
    "Yes that's fine. But it's a restraining order from the criminal court, not a non-molestation "
    "order. And they're texts and WhatsApps, not emails. You also didn't answer my main question: "
    "what am I entitled to on updates, and how quickly should the police have told me something?"
)
JUST_ANSWER = (
    "I'm safe, I'm at home. I don't need a new order, I already HAVE one. I'm asking about my "
    "right to be kept updated on the investigation. Please just answer that."
)


def test_restraining_order_breach_gets_its_own_law_and_messages_not_emails():
    # S1: "My ex has a restraining order against him and he's breached it" got "Breaking a
    # non-molestation order is a crime (Family Law Act 1996, section 42A)... keep the emails".
    asked = (
        "My ex has a restraining order against him and he's breached it - he's been messaging me "
        "from new numbers. What should I do?"
    )
    got = answer(asked, "stalking_harassment")
    assert got == "utter_q94a_restraining_order_breach", got
    (text,) = sendable(got)
    assert "restraining order" in text and "non-molestation" not in text
    assert "363" in text and "email" not in text and len(text) <= 320
    # A non-molestation order keeps its own answer, and it no longer speaks only of emails.
    nmo = answer("He's breached the non-molestation order again. What do I do?", "domestic_abuse")
    assert nmo == "utter_order_breach"
    assert all("keep the messages" in t for t in sendable("utter_order_breach"))


def test_updates_question_is_answered_the_first_time():
    # S2: her question about updates was answered only on the third ask; the correction about
    # the order's kind got "Yes, without the police. Which order depends on who it is...".
    for text in (FIRST, CORRECTION, JUST_ANSWER):
        for crime in ("stalking_harassment", "domestic_abuse", None):
            assert answer(text, crime) == "utter_t7_update_times", (text, crime)
    # Still the court's or compensation's own answers elsewhere.
    assert answer("what am I entitled to on updates about the trial?", None) != (
        "utter_t7_update_times"
    )
