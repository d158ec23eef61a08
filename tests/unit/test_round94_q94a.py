"""Round 94, helper q94a: Naomi, 41, Camden; her ex breached a criminal court's restraining
order by messaging her from new numbers; she reported it 3 weeks ago and has heard nothing
(r94d-naomi)."""

from __future__ import annotations

from tests.unit.known_answers import ALL_RESPONSES, answer, sendable

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
    # The correction alone is not a question about which order to get.
    only_correction = CORRECTION.split(" You also")[0]
    for crime in ("stalking_harassment", "domestic_abuse"):
        assert answer(only_correction, crime) is None
    # Still the court's or compensation's own answers elsewhere.
    assert answer("what am I entitled to on updates about the trial?", None) != (
        "utter_t7_update_times"
    )


WITHHELD = (
    "Yes, he doesn't have access to my phone. But please don't withhold your number, I don't "
    "answer withheld calls because of him"
)
PHONE = (
    "Phone, 07700 900288. Text me first so I know it's you, like I said I don't pick up unknown "
    "numbers"
)
TIMES = "Weekdays after 5. Will they text first?"


def test_text_me_first_is_a_note_not_a_change_to_texts():
    # S3: "Weekdays after 5. Will they text first?" got the police-family answer and "I've
    # changed that: they should contact you by text"; her "please don't withhold your number"
    # was never said back.
    from actions.answers import contact_said
    from actions.assessment_form import k77b_notes_noted
    from actions.reading import Turn, k77b_notes_said, read_turn
    from actions.wording import contact_line
    from referrals.directory import load_directory

    assert "contact_method" not in contact_said(TIMES)
    assert contact_said("07700 900418. text first pls, im in class")["contact_method"] == "text"
    assert "not_withheld" in k77b_notes_said(WITHHELD, "call")
    assert "text_first" in k77b_notes_said(PHONE, "call")
    assert "text_first" not in k77b_notes_said(PHONE, "text")

    answers = {
        "crime_type": "domestic_abuse",
        "referral_consent": True,
        "contact_safe": True,
        "contact_method": "call",
        "contact_details": "07700900288",
        "said": (WITHHELD, PHONE, TIMES),
    }
    reading = read_turn(
        Turn(
            text=TIMES,
            intent="inform",
            requested="contact_times",
            answers=answers,
            asked={"contact_times": 1},
            organisations=load_directory(),
        )
    )
    assert reading.slots.get("contact_method") in (None, "call"), reading.slots
    assert reading.slots.get("contact_times") == "Weekdays after 5"
    said = [say.response for say in reading.say]
    assert "utter_y4_police_adapt_visit" not in said, said
    assert "utter_question_beside_answer" not in said, said

    noted = dict(answers)
    k77b_notes_noted(noted)
    assert {"text_first", "not_withheld"} <= set(noted["contact_notes"])
    line = contact_line(
        {**noted, "contact_times": "Weekdays after 5", "contact_notes": noted["contact_notes"]}
    )
    assert "texting you first" in line and "withheld" in line and "Weekdays after 5" in line
    for variant in ALL_RESPONSES["utter_referral_saved"]:
        sent = variant["text"].format(contact_how=line, case_reference="VC-JEZRXV")
        assert len(sent) <= 320, sent


def test_the_confirmation_keeps_her_call_notes():
    from actions.dialogue import q94a_call_notes
    from tests.unit.conftest import make_tracker

    slots = {"contact_method": "call", "contact_notes": ["text_first", "not_withheld", "plain"]}
    assert q94a_call_notes(make_tracker(slots=slots, active_loop=None)) == {
        "contact_notes": ["text_first", "not_withheld"]
    }
    assert q94a_call_notes(make_tracker(slots={"contact_notes": []}, active_loop=None)) == {}
