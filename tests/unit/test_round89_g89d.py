"""Round 89, helper g89d: Ade (70, registered blind, a screen reader) asking for information he
can listen to; Shanice (22, intimate images shared by her ex, a mechanic) asking for a woman
police officer; Mr Patel's "Please telephone me on <number>" at the safe-contact question."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.assessment_form import ValidateNeedsAssessmentForm
from tests.unit.conftest import make_tracker
from tests.unit.known_answers import answer_in_conversation, sendable, sources_above


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Ade: "information i can listen to. not read" -------------------------------------------

ADE = [
    "hello my bag was snatched in the street. i am blind and use a screen reader. please keep "
    "messages short",
    "yes",
    "safe. at home",
    "yes police came. bag had my keys and bus pass",
]
ADE_NEEDS = "practical help. new bus pass. and information i can listen to. not read"
ADE_AGAIN = "english. did you hear me. i need to listen not read"


def test_information_he_can_listen_to_is_a_communication_need():
    needs = read_answer("needs", ADE_NEEDS).value
    assert "communication" in needs and "practical" in needs and "information" in needs
    assert "emotional" not in needs  # "listen" here is not "someone to listen"
    assert "communication" in read_answer("needs", ADE_AGAIN).value


@pytest.mark.parametrize(
    "text",
    [
        ADE_NEEDS,
        ADE_AGAIN,
        "can i get it in audio",
        "i'm blind, i can't read it",
        "do you have large print",
    ],
)
def test_a_request_to_listen_not_read_is_answered(text):
    got = answer_in_conversation(text, "theft", ADE, impairment=True, age=70.0)
    assert got is not None and got.response == "utter_g89d_listen_not_read"


def test_the_listen_answer_says_right_1_and_phone_not_letters():
    [text] = sendable("utter_g89d_listen_not_read")
    assert "Right 1" in text and "phone" in text and len(text) <= 320
    assert "gov.uk" in sources_above("utter_g89d_listen_not_read")


def test_someone_to_listen_is_still_emotional_support():
    assert read_answer("needs", "someone to listen to me").value == ["emotional"]
    got = answer_in_conversation("someone to listen to me", "theft", ADE)
    assert got is None or got.response != "utter_g89d_listen_not_read"


# -- 2. Shanice: a woman police officer, and her ex is not police ------------------------------

SHANICE = [
    "my ex has put nudes of me on an insta account and sent them to my friends im literally "
    "shaking i need them taken down NOW how do i get them off",
    "yes whatever just tell me how to get them taken down",
    "no im not in danger hes not here. is this even a crime or is it just my fault for sending "
    "them to him in the first place",
    "no. but u didnt answer, is it actually illegal what he did",
]
PICS = (
    "22. if i go police are they gonna look at the pics?? i dont want some male officer judging "
    "me like why did u send them"
)
WOMAN = (
    "yeah he threatened to do it when i broke up with him in march, and hes been messaging me "
    "from new accounts. im 22 btw not under 18. can i ask for a woman officer??"
)
POLICE_WOMAN = (
    "i meant a woman POLICE officer when i report it, not a support worker. can i ask for that"
)
NOT_POLICE = (
    "wtf?? my ex isnt a police officer. hes a mechanic. ur not listening. yes just pass my "
    "details on"
)
NOT_POLICE_AGAIN = "ok. u know my ex isnt police right, dont want them thinking that"


@pytest.mark.parametrize("crime_type", ["online_abuse", "sexual_offence"])
@pytest.mark.parametrize(
    "text, before, age",
    [(PICS, [], None), (WOMAN, [PICS], 22.0), (POLICE_WOMAN, [PICS, WOMAN], 22.0)],
)
def test_a_woman_police_officer_is_answered(crime_type, text, before, age):
    got = answer_in_conversation(
        text,
        crime_type,
        SHANICE + before,
        relationship_to_offender="partner_or_ex",
        **({"age": age} if age else {}),
    )
    assert got is not None and got.response == "utter_g89d_woman_officer_images"


def test_the_woman_officer_answer_has_no_under_18_lines():
    [text] = sendable("utter_g89d_woman_officer_images")
    assert "18" not in text and "CEOP" not in text and "Childline" not in text
    assert "woman" in text and "evidence" in text and "fault" in text and len(text) <= 320
    assert "bedfordshire.pcc.police.uk" in sources_above("utter_g89d_woman_officer_images")


def test_an_adult_gets_no_under_18_lines_in_the_images_answer():
    texts = sendable("utter_images_online", under_18=False)
    assert texts and all("CEOP" not in text and "under 18" not in text for text in texts)


@pytest.mark.parametrize("text", [NOT_POLICE, NOT_POLICE_AGAIN])
def test_her_ex_is_not_police_is_taken_with_a_sorry(text):
    got = answer_in_conversation(
        text,
        "online_abuse",
        [*SHANICE, PICS, WOMAN, POLICE_WOMAN],
        relationship_to_offender="partner_or_ex",
        age=22.0,
    )
    assert got is not None and got.response == "utter_r4_not_noted_as_officer"
    assert "Sorry" in sendable("utter_r4_not_noted_as_officer")[0]


def test_a_partner_in_the_police_is_still_answered():
    got = answer_in_conversation(
        "my ex is a police officer, how do i report him",
        "domestic_abuse",
        ["my ex hit me"],
        relationship_to_offender="partner_or_ex",
    )
    assert got is not None and got.response == "utter_j6_report_police_partner"


# -- 3. Mr Patel: "Please telephone me on 07700 900 254." -------------------------------------

PATEL = dict(
    crime_type="robbery", consent=True, in_danger=False, reported_to_police=True, age=58.0,
    results_shown=True, borough="harrow", referral_consent=True,
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Yes, it is safe. Please telephone me on 07700 900 254.",
        "yes. call me on 07700 900 254",
        "yes please phone me on 07700 900 254",
    ],
)
def test_telephone_me_on_a_number_gives_the_way_and_the_number(text):
    answer = read_answer("contact_safe", text)
    assert answer.value is True
    assert answer.extra["contact_method"] == "call"  # the number: the form takes it (below)


async def test_mr_patel_is_not_asked_how_to_contact_him(dispatcher, domain):
    tracker = make_tracker(
        slots=PATEL,
        text="Yes, it is safe. Please telephone me on 07700 900 254.",
        requested_slot="contact_safe",
        turn={},
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now["contact_safe"] is True
    assert set_now["contact_method"] == "call"
    assert str(set_now["contact_details"]).replace(" ", "").endswith("254")
    assert set_now.get("requested_slot") not in ("contact_method", "contact_details")


ADE_SLOTS = dict(
    crime_type="theft", consent=True, in_danger=False, reported_to_police=True, age=70.0,
    relationship_to_offender="stranger", repeat_victimisation=False, hate_motivated=False,
    impairment=True, fear_of_giving_evidence=False, borough="southwark",
)  # fmt: skip


@pytest.mark.parametrize(
    "text, requested, said_before",
    [(ADE_NEEDS, "needs", ADE), (ADE_AGAIN, "language", [*ADE, ADE_NEEDS])],
)
async def test_ade_is_answered_in_the_form(dispatcher, domain, text, requested, said_before):
    slots = dict(ADE_SLOTS, said=said_before)
    if requested == "language":
        slots["needs"] = ["practical", "information", "communication"]
    tracker = make_tracker(slots=slots, text=text, requested_slot=requested, turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert "utter_g89d_listen_not_read" in str(dispatcher.messages)
    if requested == "needs":
        assert "communication" in set_now["needs"]


@pytest.mark.parametrize(
    "text",
    [
        "i have an audio recording of him threatening me",
        "someone to listen to me",
        "i cant read english very well",
    ],
)
def test_other_messages_are_not_taken_for_listen_not_read(text):
    got = answer_in_conversation(text, "assault", ["he hit me"])
    assert got is None or got.response != "utter_g89d_listen_not_read"
