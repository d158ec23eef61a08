"""Round 73, helper z73d: contact, consent, "human" and disability (Kyle, Joyce, Nadia, Jess,
Patricia, Sandra, George, Fatima)."""

from __future__ import annotations

import dataclasses

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.assessment_form import z73d_settled
from actions.reading import Turn, corrections, read_turn, z73d_contact_change
from referrals.matching import default_directory
from referrals.results import build_result
from tests.unit.conftest import make_tracker, responses


def form(text: str, requested: str, **answers):
    return read_turn(Turn(text=text, requested=requested, answers=answers))


KYLE_FIRST = (
    "hello. I am deaf. my phone taken by man on bike. now my bank card used online. I cant "
    "phone. how I tell police and bank"
)


# -- 1. Kyle: the first 999 line carries the ways without a call ------------------------------


@pytest.mark.parametrize(
    "text", [KYLE_FIRST, "hi I am deaf, can I use this chat", "hello, I cant phone anyone"]
)
def test_kyle_welcome_without_a_call(text):
    assert dialogue._welcome(text).endswith("_cannot_phone")


@pytest.mark.parametrize(
    "text",
    [
        "hi",
        "I am a bit deaf in one ear but fine",
        "my neighbour is deaf and saw it",
        "I got burgled",
    ],
)
def test_other_welcomes_unchanged(text):
    assert not dialogue._welcome(text).endswith("_cannot_phone")


def test_kyle_consent_question_sets_cannot_phone(dispatcher):
    tracker = make_tracker(text=KYLE_FIRST, active_loop=None)
    events = dialogue.ActionAskConsent().run(dispatcher, tracker, {})
    assert responses(dispatcher)[0] == "utter_z73d_intro_cannot_phone"
    assert "utter_ask_consent" in responses(dispatcher)
    assert {"event": "slot", "name": "cannot_phone", "value": True, "timestamp": None} in [
        dict(e) for e in events
    ] or any(getattr(e, "get", lambda k: None)("name") == "cannot_phone" for e in events)


# -- 2. Kyle: an email given is the way; no voicemail question; "change contact to email" ----

KYLE = dict(crime_type="robbery", consent=True, referral_consent=True, cannot_phone=True)


def test_kyle_email_with_address_is_email():
    text = "email. kyle.baptiste23@gmail.com. this phone is brother phone, he need it back"
    found = form(text, "contact_method", **KYLE, contact_safe=True)
    assert found.slots["contact_method"] == "email"
    assert found.slots["contact_details"] == "kyle.baptiste23@gmail.com"


def test_a_call_with_a_number_stays_a_call():
    found = form("phone call please 07700 900123", "contact_method", contact_safe=True)
    assert found.slots["contact_method"] == "call"


def test_deaf_or_no_calls_never_asked_about_voicemail():
    said = ("yes. but NO phone call. text or email only",)
    answers = dict(KYLE, contact_method="call", contact_details="k@gmail.com", said=said)
    settled = z73d_settled(answers)
    assert settled["contact_method"] == "email"
    deaf = dict(KYLE, contact_method="call", contact_details="07700900123", said=("ok",))
    assert z73d_settled(deaf)["voicemail_ok"] is False


def test_someone_who_phones_is_still_asked_about_voicemail():
    answers = dict(consent=True, referral_consent=True, contact_method="call", said=("yes",))
    assert "voicemail_ok" not in z73d_settled(answers)


@pytest.mark.parametrize(
    "text",
    [
        "change contact to email",
        "NO. not phone. EMAIL. kyle.baptiste23@gmail.com. please fix",
        "can you switch it to email",
    ],
)
def test_kyle_change_contact_to_email(text):
    answers = dict(KYLE, contact_method="call", contact_details="kyle.baptiste23@gmail.com")
    assert z73d_contact_change(text, answers)["contact_method"] == "email"
    assert corrections(text, answers)["contact_method"] == "email"


@pytest.mark.parametrize(
    "text", ["change of plan, I want to go to the police", "email me the results", "thanks"]
)
def test_no_contact_change_read_from_other_messages(text):
    answers = dict(KYLE, contact_method="call", contact_details="07700900123")
    assert z73d_contact_change(text, answers) == {}


def test_change_to_email_without_an_address_is_not_guessed():
    answers = dict(KYLE, contact_method="call", contact_details="07700900123")
    assert z73d_contact_change("change contact to email", answers) == {}


def test_kyle_after_result_contact_changed(dispatcher, monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)
    slots = dict(KYLE, contact_method="call", contact_details="k@gmail.com", assessment_done=True)
    tracker = make_tracker(slots=slots, text="change contact to email", active_loop=None)
    events = dialogue.z73d_contact_changed(dispatcher, tracker, "change contact to email")
    assert events is not None
    assert any(
        dict(e).get("name") == "contact_method" and dict(e)["value"] == "email" for e in events
    )


# -- 3. Kyle: "human" is never "a support worker will phone you" to someone who cannot phone --


def test_kyle_not_told_a_worker_will_phone():
    slots = dict(KYLE, contact_method="call", contact_details="k@gmail.com", assessment_done=True)
    assert not dialogue._u1_call_chosen(make_tracker(slots=slots, text="human"))
    slots = dict(
        consent=True, referral_consent=True, contact_method="call",
        contact_details="07700900123", assessment_done=True,
    )  # fmt: skip
    assert dialogue._u1_call_chosen(make_tracker(slots=slots, text="human"))


# -- 4. Joyce: hard of hearing on the phone cannot phone --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have arthritis in my hands so the typing is slow. And my hearing is not good on the "
        "phone",
        "I cant hear very well on the phone you see",
        "No I mean the police. 101 or the fraud one? I cant hear well on the phone",
        "my hearing is poor on the telephone",
    ],
)
def test_joyce_hard_of_hearing_on_the_phone(text):
    found = form(text, "impairment", crime_type="fraud", consent=True)
    assert found.slots.get("cannot_phone") is True


@pytest.mark.parametrize(
    "text",
    [
        "I am a bit deaf in one ear",
        "my mums hearing is not good on the phone",
        "I am a bit hard of hearing but I can manage the phone if people speak up",
    ],
)
def test_others_hearing_or_one_ear_still_phones(text):
    found = form(text, "impairment", crime_type="fraud", consent=True)
    assert found.slots.get("cannot_phone") is not True


# -- 5. Nadia: under 18 not asked for abuse going on now; a friend's phone is not "for them" --


def test_nadia_friends_phone_is_not_for_someone_else():
    text = "monday to friday 9 to 5 only. this is my friend Shirin phone. ask for nadia"
    found = form(text, "referral_consent", crime_type="domestic_abuse", consent=True, age=31)
    assert not found.slots.get("for_someone_else")


def test_writing_about_a_friend_is_still_for_someone_else():
    text = "its about my friend, her boyfriend hits her"
    found = form(text, "crime_type", consent=True)
    assert found.slots.get("for_someone_else") is not False


def test_nadia_going_on_now_is_not_from_childhood():
    said = (
        "i cannot call police, they say if i tell anybody i will be sent back to bangladesh. "
        "i am on spouse visa. is this true??",
        "31",
    )
    answers = dict(crime_type="domestic_abuse", consent=True, age=31, said=said)
    assert z73d_settled(answers)["under_18"] is False


def test_an_old_abuse_still_asks_under_18():
    said = ("my uncle abused me", "31")
    answers = dict(crime_type="sexual_offence", consent=True, age=31, said=said)
    assert "under_18" not in z73d_settled(answers)


# -- 6. Jess, Patricia: a referral asked to a named service; first times "noted" -------------


def _result_with(org_id: str, answers):
    org = next(o for o in default_directory() if o.id == org_id)
    return dataclasses.replace(build_result(answers), organisations=[org])


@pytest.mark.parametrize(
    "text, org_id",
    [
        ("yes refer me. to galop", "galop-lgbt-helpline"),
        (
            "Very well, yes, you may pass my details on. I should prefer the road victims' "
            "service, Brake, rather than a general one.",
            "brake-national-road-victim-service",
        ),
    ],
)
def test_jess_patricia_referral_to_a_named_service(dispatcher, text, org_id):
    answers = dict(crime_type="assault", consent=True, referral_consent=True)
    tracker = make_tracker(slots=answers, text=text, active_loop=None)
    dialogue.z73d_named_service(dispatcher, tracker, _result_with(org_id, answers))
    assert responses(dispatcher) == ["utter_z73d_referral_via_team"]
    message = dispatcher.messages[0]
    assert message["service"] and message["contact"]


def test_no_named_service_line_without_a_name(dispatcher):
    answers = dict(crime_type="assault", consent=True, referral_consent=True)
    tracker = make_tracker(slots=answers, text="yes please refer me", active_loop=None)
    dialogue.z73d_named_service(dispatcher, tracker, _result_with("galop-lgbt-helpline", answers))
    assert responses(dispatcher) == []


def test_jess_first_times_are_noted_not_changed():
    found = form(
        "text. 07700 900461. after 6 is best im at work", "contact_method",
        crime_type="assault", consent=True, referral_consent=True, contact_safe=True,
    )  # fmt: skip
    assert found.slots["contact_times"] == "after 6"
    assert "contact_times" not in found.corrected


# -- 7. Sandra, George, Fatima ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["I suppose so yes", "I suppose so, yes", "i guess so yeah"])
def test_sandra_hedged_yes_is_consent(text):
    assert read_answer("consent", text).value is True


@pytest.mark.parametrize("text", ["i suppose not", "no", "I suppose so? what happens to it"])
def test_hedged_no_or_question_is_not_a_yes(text):
    assert read_answer("consent", text).value is not True


def test_sandra_dont_leave_a_message_is_no_voicemail():
    text = "Weekday afternoons, 1 till 4. He's usually out then. Don't leave a message"
    found = form(
        text, "contact_times", crime_type="domestic_abuse", consent=True, referral_consent=True,
        contact_safe=True, contact_method="call", contact_details="07700900762",
    )  # fmt: skip
    assert found.slots["voicemail_ok"] is False


def test_leaving_a_message_ok_is_not_read_as_no():
    text = "afternoons. you can leave a message"
    found = form(
        text, "contact_times", consent=True, referral_consent=True, contact_safe=True,
        contact_method="call", contact_details="07700900762",
    )  # fmt: skip
    assert found.slots.get("voicemail_ok") is not False


@pytest.mark.parametrize(
    "text, times",
    [
        ("Landline. 01689 555 217. Not before 10 I walk the dog.", "not before 10"),
        ("phone 07911 482 306. not before 9 the kids are at school then", "not before 9"),
    ],
)
def test_george_fatima_time_given_with_the_number(text, times):
    found = form(text, "contact_method", consent=True, referral_consent=True, contact_safe=True)
    assert found.slots["contact_times"] == times


def test_a_number_alone_still_asks_the_time():
    found = form("phone 07911 482 306", "contact_method", consent=True, contact_safe=True)
    assert not found.slots.get("contact_times")
