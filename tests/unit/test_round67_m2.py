"""Round 67, helper m2: Winston, 80, hard of hearing but not Deaf, his phone snatched, no
landline, writing on his neighbour Doreen's computer."""

from __future__ import annotations

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.reading import contact_notes_said, corrections
from actions.wording import changed_line
from core import contact_notes
from referrals.matching import contact_routes, default_directory
from tests.unit.known_answers import (
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

WINSTON_SAID = [
    "hello is this the victim help. my neighbour Doreen put me on her computer. I had my phone "
    "took off me yesterday",
    "no im at home now. two young lads on bikes come past me outside the post office and "
    "snatched it right out my hand. I went down on the pavement",
    "Doreen rang them for me yesterday from her phone. They gave a crime number. but how are "
    "they going to get hold of me now theyve got my mobile? I havent got another one",
]
REPORTED = ["my bag was snatched and I reported it to the police, I have a crime number"]
NEW = ("utter_m2_police_other_number", "utter_m2_111_any_phone", "utter_m2_chat_cannot_tell_police")


@pytest.mark.parametrize("name", NEW)
def test_new_answers_are_one_sms_with_sources(name):
    assert_one_sms_with_source(name, "# -- round 67, helper m2 --")
    assert numbers_not_in_directory(name) == []


@pytest.mark.parametrize(
    "text",
    [
        "80. I havent got a landline, had it took out years ago. could they ring Doreens number",
        "no first time. can the police ring Doreen instead, shes next door",
        "I dont need no BSL I can hear if you shout. last thing, the police. can I give them "
        "Doreens number so they can ring me about my phone",
        "can the police ring Doreen's number",
    ],
)
def test_police_can_ring_the_neighbour(text):
    assert said_answer(text, "theft", WINSTON_SAID) == "utter_m2_police_other_number"


def test_asked_again_about_the_neighbours_number():
    said = [*WINSTON_SAID, "80. could they ring Doreens number"]
    text = (
        "no never seen them before. young lads, hoods up. you didnt answer me about Doreens number"
    )
    assert said_answer(text, "theft", said) == "utter_m2_police_other_number"


@pytest.mark.parametrize(
    "text",
    [
        "can the police ring my daughter instead",
        "could they call my son's number",
        "can I give the police my neighbours number",
        "ring my son instead",
    ],
)
def test_police_can_ring_a_relative_paraphrases(text):
    assert said_answer(text, "theft", REPORTED) == "utter_m2_police_other_number"


@pytest.mark.parametrize(
    ("text", "crime", "extra"),
    [
        ("can they ring my ex instead", "domestic_abuse", {}),
        ("can the police ring my partner instead", "theft", {}),
        # a name never told of as a helper
        ("can the police ring Doreen instead", "theft", {}),
        # family may be the ones hurting them
        (
            "can the police ring my son instead",
            "domestic_abuse",
            {"relationship_to_offender": "family_member"},
        ),
    ],
)
def test_not_a_cheerful_yes_for_an_ex_or_an_unknown_name(text, crime, extra):
    assert said_answer(text, crime, REPORTED, **extra) != "utter_m2_police_other_number"


def test_no_police_told_no_answer():
    said = ["my neighbour Doreen is helping me"]
    assert said_answer("could they ring Doreens number", None, said) != (
        "utter_m2_police_other_number"
    )


@pytest.mark.parametrize(
    "text",
    [
        "bit hot yes. I dont like bothering the doctor. is that alright to ring 111 on Doreens "
        "phone?",
        "can I call 111 from my neighbours phone",
        "is it ok to ring 111 on a landline",
    ],
)
def test_111_from_any_phone(text):
    assert said_answer(text, "theft", WINSTON_SAID) == "utter_m2_111_any_phone"


@pytest.mark.parametrize("text", ["what is 111", "should I ring 111 or 999"])
def test_111_without_another_phone_is_not_this_answer(text):
    assert said_answer(text, "theft", WINSTON_SAID) != "utter_m2_111_any_phone"


def test_chat_cannot_tell_the_police():
    text = (
        "will they know its Doreen answers and they got to speak up cos of my ears? and can you "
        "tell the police to use her number as well"
    )
    assert said_answer(text, "theft", WINSTON_SAID) == "utter_m2_chat_cannot_tell_police"
    assert contact_notes_said(text) == ["speak_up"]


def test_speak_up_is_kept_for_the_worker_and_does_not_stop_calls():
    text = (
        "I already reported it!! Doreen rang them I told you. Im asking will the support people "
        "know to speak up loud when they ring"
    )
    assert contact_notes_said(text) == ["speak_up"]
    assert "speak up" in contact_notes.FOR_WORKER["speak_up"]
    assert "won't try to ring" not in contact_notes.SAID["speak_up"]


@pytest.mark.parametrize(
    "text", ["he was shouting at me", "they shout and scream at me all day, tell them"]
)
def test_shouting_told_of_is_not_a_speak_up_note(text):
    assert "speak_up" not in contact_notes_said(text)


def test_deaf_note_still_kept():
    assert contact_notes_said("not hard of hearing. i am Deaf") == ["deaf"]


DEAF_NOTED = {"cannot_phone": True, "community": ["deaf"]}


@pytest.mark.parametrize(
    "text",
    [
        "whats 18001? I aint deaf I said. is there a normal number I can ring on Doreens phone",
        "I dont need no BSL I can hear if you shout",
        "im not deaf just a bit hard of hearing",
        "i dont need bsl, im hard of hearing not deaf",
    ],
)
def test_not_deaf_takes_the_deaf_note_off(text):
    changed = corrections(text, DEAF_NOTED)
    assert changed["cannot_phone"] is False
    assert changed["community"] == []
    line = changed_line(changed)
    assert line and "I've changed that" in line and "ordinary phone numbers" in line


@pytest.mark.parametrize(
    "text",
    [
        "I dont need no BSL I can hear if you shout",
        "i dont need bsl, im hard of hearing not deaf",
        "whats 18001? I aint deaf",
    ],
)
def test_denying_deafness_is_not_read_as_deaf(text):
    assert read_account(text).cannot_phone is None
    assert "deaf" not in (read_answer("impairment", text).extra.get("community") or [])


@pytest.mark.parametrize(
    "text", ["I am Deaf, text only", "im Deaf, BSL is my language", "I am deaf, I use BSL"]
)
def test_a_deaf_person_keeps_text_relay(text):
    assert read_account(text).cannot_phone is True
    assert corrections(text, DEAF_NOTED).get("cannot_phone") is not False


def test_ordinary_numbers_once_the_deaf_note_is_off():
    vws = next(o for o in default_directory() if o.contact.phone and "london" in o.id)
    deaf = contact_routes(vws, {"cannot_phone": True, "community": ["deaf"]})
    assert all(r.kind != "phone" for r in deaf)
    hearing = contact_routes(vws, {"cannot_phone": False, "community": []})
    assert hearing[0].kind == "phone"
    assert all(r.kind != "text_relay" for r in hearing)


# -- lead, after merging m2 --: the police part sent beside a kept note goes through the same
# told-facts check as every other answer, so it says "your crime reference number" only to
# someone who said they reported it.
_WINSTON_REFERRED = {
    "consent": True,
    "assessment_done": True,
    "results_shown": True,
    "referral_consent": True,
    "contact_safe": True,
    "contact_method": "call",
    "contact_details": "020 7946 0321",
    "case_reference": "VC-Y8KFSJ",
    "crime_type": "theft",
}
_SPEAK_UP = (
    "will they know its Doreen answers and they got to speak up cos of my ears? and can you "
    "tell the police to use her number as well"
)


@pytest.mark.parametrize(("reported", "sent"), [(True, True), (False, False)])
def test_police_part_beside_a_kept_note_needs_a_report(dispatcher, domain, reported, sent):
    from actions.dialogue import ActionFinishAssessment
    from tests.unit.conftest import make_tracker, responses

    slots = {**_WINSTON_REFERRED, "reported_to_police": reported}
    tracker = make_tracker(slots=slots, text=_SPEAK_UP, intent="inform", active_loop=None)
    ActionFinishAssessment().run(dispatcher, tracker, domain)
    assert any(name.startswith("utter_f5_note") for name in responses(dispatcher))
    assert ("utter_m2_chat_cannot_tell_police" in responses(dispatcher)) is sent
