"""Round 79, helper m79d: contact details, consent, and who gets the details (Peter for Walter,
Kasia, Bernadette, Faisal, Joan, Sam, Hannah, Maya)."""

from __future__ import annotations

import pytest

from actions import dialogue, wording
from actions.answers import read_contact_times, read_referral_consent, read_voicemail_ok
from actions.assessment_form import m79d_notes_noted, z73d_settled
from actions.questions import known_answer, m79d_asks_contact_read_back
from actions.reading import Turn, corrections, m79d_notes_said, read_turn, y73d_busy_times
from core import contact_notes
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker, responses


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Peter: the time he is busy is the reason, and a voicemail allowed is allowed --------


def _times(text: str) -> str | None:
    return y73d_busy_times(text, read_contact_times(text).value)


def test_peter_busy_before_that_is_the_reason_not_the_time():
    assert _times("weekdays after 5, I'm at work before that") == (
        "weekdays after 5, I'm at work before that"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after 6 is best im at work in the day", None),  # Bola (round 73): kept as before
        ("mornings im at work, after 5 is fine", None),
    ],
)
def test_busy_times_said_by_others_keep_their_reading(text, expected):
    assert "not after" not in str(_times(text))


@pytest.mark.parametrize(
    "text",
    [
        "voicemail is fine too",
        "no thats wrong. I said weekdays AFTER 5pm is good. not before 5. voicemail is fine too",
        "they CAN leave a voicemail. it's my phone, it's fine",
        "they can leave a message",
        "a message is fine",
    ],
)
def test_peter_voicemail_allowed(text):
    assert read_voicemail_ok(text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "no. no voicemail",
        "please tell them NOT to leave a voicemail",
        "no, don't leave a message",
        "no he checks my phone",
    ],
)
def test_no_voicemail_is_still_a_no(text):
    assert read_voicemail_ok(text).value is False


def test_peters_dad_deaf_on_the_phone_does_not_stop_calls_to_peter():
    answers = {
        "contact_method": "call", "cannot_phone": True, "for_someone_else": True,
        "said": ["please contact me (Peter) not him, he's deaf on the phone"],
    }  # fmt: skip
    assert "voicemail_ok" not in z73d_settled(answers)


def test_someone_deaf_themselves_is_still_not_asked_about_a_voicemail():
    answers = {"contact_method": "call", "cannot_phone": True, "said": ["i am deaf"]}
    assert z73d_settled(answers).get("voicemail_ok") is False


# -- 2. Kasia: a time in a message about something else changes nothing -----------------------

KASIA = dict(
    crime_type="domestic_abuse", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07700900613", voicemail_ok=False,
    contact_times="morning, 9 until 2", assessment_done=True, results_shown=True,
    language="polish", borough="ealing", age=36, case_reference="VC-K9V69H",
)  # fmt: skip


def test_kasia_door_broken_tonight_does_not_change_her_times():
    text = (
        "no not court. my DOOR in my flat is broken. he kick it. i am alone with kids tonight "
        "and cannot lock"
    )
    assert "contact_times" not in corrections(text, KASIA)


@pytest.mark.parametrize(
    "text",
    [
        "NO not call tonight!! only morning 9 to 2 like i said. tonight maybe he is here",
        "time to call me: morning 9 until 2. NOT tonight. please change",
        "no sorry, AFTER 8, not before",
    ],
)
def test_times_put_right_still_change_them(text):
    assert corrections(text, KASIA).get("contact_times")


def test_kasia_asking_what_time_they_call_gets_her_times(dispatcher):
    tracker = make_tracker(
        slots=KASIA,
        text="I'm safe now. please tell me, they call me what time?",
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert "utter_g76b_contact_read_back" in responses(dispatcher)
    read_back = next(
        m for m in dispatcher.messages if m.get("response") == "utter_g76b_contact_read_back"
    )
    assert "9 until 2" in read_back["contact_how"]


@pytest.mark.parametrize(
    "text",
    ["what time do you close?", "what times can they call", "what number should i call?"],
)
def test_other_time_questions_are_not_a_read_back(text):
    assert not m79d_asks_contact_read_back(text)


# -- 3. Bernadette: email first, texts too, never a call; the address read back --------------

BERNADETTE = dict(
    crime_type="domestic_abuse", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="bernadette.k48@mailbox.co.uk", cannot_phone=True,
    language="bsl", borough="enfield", age=48, results_shown=True,
)  # fmt: skip
BERNADETTE_TEXT_TOO = "Any time. Text also ok 07723 456 789 but NOT a call, I cant hear it"


def test_bernadette_texts_too_keeps_her_email():
    reading = read_turn(
        Turn(text=BERNADETTE_TEXT_TOO, requested="contact_times", answers=BERNADETTE)
    )
    assert "contact_method" not in reading.slots
    assert "contact_details" not in reading.slots


def test_bernadette_texts_too_is_a_note_for_the_worker():
    answers = {**BERNADETTE, "said": ("Yes safe. Email best.", BERNADETTE_TEXT_TOO)}
    m79d_notes_noted(answers)
    assert answers["contact_notes"] == ["text_too"]
    assert "Never phone" in contact_notes.for_worker(answers["contact_notes"])[0]


def test_a_number_for_texts_instead_still_changes_the_way():
    reading = read_turn(
        Turn(text="text me instead 07723 456 789", requested="contact_times", answers=BERNADETTE)
    )
    assert reading.slots.get("contact_details") == "07723456789"


def test_the_email_address_is_read_back_masked_like_the_number():
    line = wording.contact_line(BERNADETTE)
    assert "be...@mailbox.co.uk" in line
    assert "bernadette.k48" not in line


@pytest.mark.parametrize(
    "text", ["What email address do you have for me? And the no calls?", "Read it back please."]
)
def test_bernadette_asking_for_the_address_gets_it(dispatcher, text):
    tracker = make_tracker(
        slots=dict(
            BERNADETTE, case_reference="VC-QVK74M", contact_notes=["no_calls"], assessment_done=True
        ),
        text=text,
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    read_back = [
        m for m in dispatcher.messages if m.get("response") == "utter_g76b_contact_read_back"
    ]
    assert read_back and "be...@mailbox.co.uk" in read_back[0]["contact_how"]


# -- 4. Faisal: a voicemail only asking to call back ------------------------------------------

FAISAL_VOICEMAIL = "yeah but dont say nothing about the stabbing in it just say call back"
FAISAL_ASKS = (
    "did u get the bit about the voicemail tho, just call back, nothing about what its about"
)


@pytest.mark.parametrize("text", [FAISAL_VOICEMAIL, FAISAL_ASKS])
def test_faisal_voicemail_call_back_only(text):
    assert m79d_notes_said(text, "call") == ["voicemail_call_back"]


def test_faisal_voicemail_is_still_a_yes():
    assert read_voicemail_ok(FAISAL_VOICEMAIL).value is True


@pytest.mark.parametrize(
    "text",
    ["just call me back when you can", "yes thats fine", "dont leave a message", "yes"],
)
def test_other_voicemail_answers_keep_no_note(text):
    assert m79d_notes_said(text, "call") == []


FAISAL = dict(
    crime_type="assault", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07911123456", voicemail_ok=True,
    contact_times="evenings after 7 im home then. or weekends", assessment_done=True,
    results_shown=True, case_reference="VC-R57PNM",
)  # fmt: skip


def test_faisal_asking_if_it_was_got_is_told(dispatcher):
    tracker = make_tracker(
        slots=FAISAL, text=FAISAL_ASKS, active_loop=None, sent=["utter_referral_saved"]
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    said = [m for m in dispatcher.messages if m.get("response", "").startswith("utter_f5_note")]
    assert said and "call back" in said[0]["note"]


# -- 5. Joan: "yes thats it!" to what was explained, with a question, is not consent ----------

JOAN = (
    "Yes thats it! I have reported it three times. Who do I ask for it, the council or the "
    "police? I am not very good on computers"
)


def test_joan_yes_thats_it_is_not_a_yes_to_the_referral():
    assert read_referral_consent(JOAN).value is None
    answers = dict(crime_type="harassment", consent=True, results_shown=True, age=72)
    reading = read_turn(Turn(text=JOAN, requested="referral_consent", answers=answers))
    assert reading.slots.get("referral_consent") is not True


@pytest.mark.parametrize(
    "text", ["yes thats fine", "yes thats it", "yes please. who will call me?", "yeah go on then"]
)
def test_other_yeses_stay_yeses(text):
    assert read_referral_consent(text).value is True


# -- 6. Who gets the details, before and during the referral questions ------------------------

_DIRECTORY = {org.id: org for org in default_directory()}
SAM_SERVICES = tuple(
    _DIRECTORY[key]
    for key in ("galop-lgbt-helpline", "revenge-porn-helpline", "london-victim-and-witness-service")
)


def _answer(text: str, slot: str = "referral_consent"):
    answers = dict(crime_type="online_abuse", consent=True, results_shown=True, requested_slot=slot)
    return known_answer(text, "online_abuse", SAM_SERVICES, False, answers)


def test_sam_which_one_the_revenge_porn_one():
    said = _answer("ok fair. yeah pass my details on. which one tho, the revenge porn one?")
    assert said is not None and said.response == "utter_m79d_details_via_team"
    assert said.args["service"] == "Revenge Porn Helpline"
    assert "0345 6000 459" in said.args["contact"]


@pytest.mark.parametrize(
    ("text", "slot"),
    [
        ("yeah its my phone. but which service are u sending it to??", "contact_safe"),
        ("police will know if i say yes? i dont want police come to house", "referral_consent"),
        (
            "if someone contacts me does that mean the police get told? or he finds out? i dont "
            "want that",
            "referral_consent",
        ),
        (
            "thats not what i asked. im not reporting it. if i say yes to you passing my details, "
            "do the police or him find out?",
            "referral_consent",
        ),
        ("omg. who do you send my details to", "referral_consent"),
        (
            "would they call me? my mum might pick up if its the house phone. and would they "
            "tell her",
            "referral_consent",
        ),
    ],
)
def test_who_gets_my_details_is_answered(text, slot):
    said = _answer(text, slot)
    assert said is not None and said.response == "utter_m79d_who_gets_details"


@pytest.mark.parametrize(
    "text",
    ["will the police tell me if he is arrested?", "what does enhanced mean", "which one is best?"],
)
def test_other_questions_at_the_referral_keep_their_answers(text):
    said = _answer(text)
    assert said is None or not (said.response or "").startswith("utter_m79d")


def test_the_new_answers_fit_one_text(domain):
    for name in ("utter_m79d_who_gets_details", "utter_m79d_details_via_team"):
        text = domain["responses"][name][0]["text"]
        assert len(text.replace("{service}", "Revenge Porn Helpline" * 1)) <= 320
