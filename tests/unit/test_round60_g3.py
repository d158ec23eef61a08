"""Round 60, helper G3: Stacey (Deaf, threatened by her ex), Noreen (her daughter, 16, stalked
by an ex) and Irene (80, burgled, whose grandson set up her phone)."""

from __future__ import annotations

import pytest

from actions.answers import contact_said
from actions.dialogue import ActionDangerInterrupt
from actions.reading import g3_emergency_line
from tests.unit.conftest import make_tracker, responses
from tests.unit.known_answers import RESPONSES


# -- Stacey: the 999 line leads with what works without a voice --
@pytest.mark.parametrize(
    "text",
    [
        "hello. I am deaf. my ex he send text he will kill me. I scared. I cant phone",
        "im deaf and hes outside my door",
        "I use BSL. he is here now, help",
    ],
)
def test_deaf_person_in_danger_gets_999_without_a_voice(text):
    assert g3_emergency_line(text, {}) == "utter_g3_emergency_no_voice"


@pytest.mark.parametrize(
    "text",
    [
        "hes here now i cant talk",  # can't speak: the Silent Solution comes first
        "oh god hes outside now. hes banging on the door. shes upstairs crying",  # Noreen
        "im a bit deaf in one ear but hes outside now",
    ],
)
def test_others_keep_the_999_line(text):
    assert g3_emergency_line(text, {}) == "utter_emergency"


def test_for_someone_else_keeps_its_line():
    assert g3_emergency_line(
        "my mum is deaf and he is hitting her", {"for_someone_else": True}
    ) == ("utter_emergency")


def test_deaf_from_earlier_answers():
    assert g3_emergency_line("he is here", {"community": ["deaf"]}) == (
        "utter_g3_emergency_no_voice"
    )


def test_danger_interrupt_uses_it(dispatcher, domain):
    tracker = make_tracker(
        slots={},
        intent="in_danger",
        text="hello. I am deaf. my ex he send text he will kill me. I scared. I cant phone",
        active_loop=None,
    )
    ActionDangerInterrupt().run(dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[0] == "utter_g3_emergency_no_voice"
    assert "utter_emergency" not in said


def test_no_voice_line_fits_and_leads_without_a_call():
    text = RESPONSES["utter_g3_emergency_no_voice"][0]["text"]
    assert len(text) <= 320
    assert "press 55" not in text and "999 BSL" in text and "18000" in text


# -- Noreen: "after 6" is after 6 --
@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "yes please, someone to ring me not her. 07700 900318, after 6 weekdays",
            "after 6, weekdays",
        ),
        ("no AFTER 6. im at work in the day, i cant talk at work", "after 6, not in the day"),
        ("no, after 6", "after 6"),
        ("not before 10. mornings are best", "mornings, not before 10"),
        # other people's words keep their "not"
        ("only text. not after 6 or weekends hes home", "not after 6, not at weekends"),
        ("no after 6 please", "not after 6"),
        ("not after 6", "not after 6"),
    ],
)
def test_contact_times(text, times):
    assert contact_said(text)["contact_times"] == times


# -- Stacey: the ex's threat to kill, at "What happened?" --
def test_ex_threat_to_kill_is_domestic_abuse():
    from actions.answers import read_crime_type

    text = "ex boyfriend. he text me 'I will kill you'. many text. I told you"
    assert read_crime_type(text).value == "domestic_abuse"
    assert read_crime_type("my ex keeps texting me").value != "domestic_abuse"


# -- Stacey: "I not have crime number" is a no --
@pytest.mark.parametrize(
    "text",
    [
        "no. I am 36 I said. I not have crime number",
        "I not have crime number",
        "i no have crime number",
        "i dont have crime number",
    ],
)
def test_no_crime_number_is_not_reported(text):
    from actions import reading
    from actions.answers import read_answer

    assert read_answer("reported_to_police", text).value is not True
    assert not reading.corrections(text, {"reported_to_police": False}).get("reported_to_police")


@pytest.mark.parametrize("text", ["i have a crime number", "I have crime number 123"])
def test_a_crime_number_is_still_reported(text):
    from actions.answers import read_answer

    assert read_answer("reported_to_police", text).value is True


# -- Stacey: how to tell the police without a number --
def test_police_without_calling_asks_no_crime_number_when_not_reported():
    from tests.unit.known_answers import sendable

    assert all(
        "crime number to report" in t
        for t in sendable("utter_p2_police_without_calling", reported_to_police=False)
    )
    assert all(
        "give your crime number" in t
        for t in sendable("utter_p2_police_without_calling", reported_to_police=True)
    )


# -- Stacey: a Deaf abuse service; Irene: the lock tonight --
IRENE_SAID = [
    "I dont think so. They have gone. But they came in through the kitchen window and the back "
    "door lock is broken so I cant lock it. I am frightened to go to sleep tonight.",
    "I dont think so. Perhaps because I am old and on my own. Who will mend the lock? The housing "
    "association has not rung back.",
]


@pytest.mark.parametrize(
    ("text", "crime_type", "said", "response"),
    [
        (
            "yes. only text or email. no call. is there deaf service for abuse?",
            "domestic_abuse",
            [],
            "utter_g3_deaf_abuse_service",
        ),
        ("are there any BSL services for domestic abuse?", None, [], "utter_g3_deaf_abuse_service"),
        (
            "Yes please. But who can do the lock tonight? I am on my own and its getting dark "
            "at 4.",
            "burglary",
            IRENE_SAID,
            "utter_g3_lock_tonight",
        ),
        (
            "Mornings are best, not before 10. Will they come tonight?",
            "burglary",
            IRENE_SAID,
            "utter_g3_lock_tonight",
        ),
    ],
)
def test_new_answers(text, crime_type, said, response):
    from tests.unit.known_answers import answer_in_conversation

    found = answer_in_conversation(text, crime_type, said)
    assert found is not None and found.response == response


@pytest.mark.parametrize(
    ("text", "crime_type", "said"),
    [
        ("will they come tonight?", "domestic_abuse", []),  # no broken lock told
        ("is there a deaf service?", "burglary", []),
        ("who will fix the window?", "burglary", IRENE_SAID),  # no "tonight"
        ("can we get something to stop him coming, like an injunction?", "stalking_harassment", []),
    ],
)
def test_near_misses_do_not_get_them(text, crime_type, said):
    from tests.unit.known_answers import answer_in_conversation

    found = answer_in_conversation(text, crime_type, said)
    assert found is None or found.response not in (
        "utter_g3_deaf_abuse_service",
        "utter_g3_lock_tonight",
    )


@pytest.mark.parametrize("name", ["utter_g3_deaf_abuse_service", "utter_g3_lock_tonight"])
def test_new_answers_fit_in_one_message(name):
    assert all(len(v["text"]) <= 320 for v in RESPONSES[name])
