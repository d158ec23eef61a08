"""Round 78, helper k78a: what is and is not a request to delete, what was noted for the support
worker, and who will be contacted (Leah, Zoe, Rose)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.questions import k78a_asks_if_deleted
from tests.unit.conftest import classify, make_tracker, responses

LEAH = dict(
    crime_type="stalking", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="leahdarcy.27@proton.me",
    contact_times="any time is fine for email", assessment_done=True, results_shown=True,
    borough="hackney", age=27, perpetrator="partner", case_reference="VC-AG9FTP",
)  # fmt: skip
LEAH_GYM = (
    "ok I'll stop deleting them. should I tell the gym staff about her? I don't want to make a "
    "big thing of it but I don't feel safe going"
)
LEAH_STILL_THERE = (
    "ok. is my request for someone to email me still there? you didn't delete it right"
)
LEAH_NO = "no!! don't delete anything. I was asking about telling the gym"


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Leah: deleting his messages, or asking whether we deleted, is not "delete my data" ----


@pytest.mark.parametrize("text", [LEAH_GYM, LEAH_STILL_THERE])
def test_leah_is_not_asked_to_delete_everything(text):
    assert classify(text, "delete_my_data", ["delete_my_data", "ask_right", "inform"]) != (
        "delete_my_data"
    )


@pytest.mark.parametrize(
    "text",
    [
        "delete my data",
        "can you delete everything",
        "please delete this chat, he checks my phone",
        "i want you to delete my answers",
        "actually can u delete everything. if my mum sees a reference number",
        "yes delete",
    ],
)
def test_requests_to_delete_stay_requests(text):
    assert classify(text, "delete_my_data") == "delete_my_data"


@pytest.mark.parametrize(
    "action", [dialogue.ActionFinishAssessment, dialogue.ActionOutsideQuestions]
)
def test_leah_no_to_the_delete_question_is_told_nothing_was_deleted(dispatcher, action):
    tracker = make_tracker(
        slots=LEAH, text=LEAH_NO, active_loop=None, sent=["utter_confirm_delete"]
    )
    events = action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k78a_nothing_deleted_referral"]
    assert not any(dict(e).get("name") == "data_erased" for e in events)


@pytest.mark.parametrize("action", [dialogue.ActionFinishAssessment, dialogue.ActionAnswerRight])
def test_leah_asking_if_we_deleted_is_told_the_request_stands(dispatcher, action):
    tracker = make_tracker(
        slots=LEAH, text=LEAH_STILL_THERE, active_loop=None, sent=["utter_referral_saved"]
    )
    action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k78a_nothing_deleted_referral"]


def test_without_a_referral_nothing_deleted_is_said_without_one(dispatcher):
    slots = dict(LEAH, referral_consent=False, contact_method=None, contact_details=None)
    tracker = make_tracker(
        slots=slots, text=LEAH_NO, active_loop=None, sent=["utter_confirm_delete"]
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_delete_cancelled"]


@pytest.mark.parametrize(
    "text",
    [
        LEAH_GYM,
        "should i delete his messages?",
        "how do i delete this chat from my phone?",
        "delete my data",
        "did he delete the photos?",
    ],
)
def test_other_messages_are_not_asking_if_we_deleted(text):
    assert not k78a_asks_if_deleted(text)


# -- 4 and 5. Zoe's mum and Elsie's home visit, kept for the support worker -------------------

from actions.assessment_form import k78a_notes_noted  # noqa: E402
from actions.reading import k78a_notes_said  # noqa: E402
from core import contact_notes  # noqa: E402

ROSE_SAID = (
    "She's quite deaf, has hearing aids but struggles on the phone. And arthritis. Her mind is "
    "sharp though",
    "Weekday afternoons are best, I work mornings. And please tell them Elsie is deaf and would "
    "really like a home visit if possible",
)
ROSE_ASKS = (
    "Thank you. Will they know she wants a home visit and that she's deaf? I want to make sure "
    "they don't just ring her landline"
)
ROSE = dict(
    crime_type="burglary", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07700900288", voicemail_ok=False,
    contact_times="Weekday afternoons are best, I work mornings", assessment_done=True,
    results_shown=True, borough="barnet", age=88, for_someone_else=True,
    case_reference="VC-5VW3AU",
)  # fmt: skip
ZOE_SAID = (
    "i ALREADY told a teacher thats what im saying 🙄 anyway yes u can pass it on but can they "
    "talk to my mum as well",
    "ye its safe. can u answer about my mum tho",
    "text me 07700 900 552. and my mums number is 07700 900 771 shes called Tanya, they can call "
    "her",
)
ZOE_ASKS = "did u get my mums number tho? will they ring her"
ZOE = dict(
    crime_type="online_abuse", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700900552", assessment_done=True,
    contact_times="after 4 when im home from school not in lessons", results_shown=True,
    borough="southwark", age=14, case_reference="VC-J7EUN2",
)  # fmt: skip


def test_rose_home_visit_and_elsies_deafness_are_kept_for_the_worker():
    answers = {"referral_consent": True, "for_someone_else": True, "said": ROSE_SAID}
    k78a_notes_noted(answers)
    assert answers["contact_notes"] == ["victim_deaf", "home_visit"]
    assert len(contact_notes.for_worker(answers["contact_notes"])) == 2


def test_zoes_mum_is_kept_for_the_worker():
    answers = {"referral_consent": True, "said": ZOE_SAID}
    k78a_notes_noted(answers)
    assert answers["contact_notes"] == ["parent_too"]


def test_nothing_kept_without_a_referral():
    answers = {"referral_consent": False, "said": ZOE_SAID}
    k78a_notes_noted(answers)
    assert "contact_notes" not in answers


def test_rose_asking_if_they_will_know_is_told_yes(dispatcher):
    slots = dict(ROSE, contact_notes=["victim_deaf", "home_visit"])
    tracker = make_tracker(
        slots=slots, text=ROSE_ASKS, active_loop=None, sent=["utter_referral_saved"]
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_f5_note_kept"]
    note = dispatcher.messages[0]["note"]
    assert "home visit" in note and "deaf" in note


def test_rose_telling_it_after_the_referral_adds_it(dispatcher):
    tracker = make_tracker(
        slots=ROSE, text=ROSE_SAID[1], active_loop=None, sent=["utter_referral_saved"]
    )
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_f5_note_added"]
    assert [dict(e)["value"] for e in events if dict(e).get("name") == "contact_notes"] == [
        ["home_visit", "victim_deaf"]
    ]


@pytest.mark.parametrize("action", [dialogue.ActionFinishAssessment, dialogue.ActionAnswerRight])
def test_zoe_asking_about_her_mums_number_is_answered(dispatcher, action):
    slots = dict(ZOE, contact_notes=["parent_too"])
    tracker = make_tracker(
        slots=slots, text=ZOE_ASKS, active_loop=None, sent=["utter_referral_saved"]
    )
    action().run(dispatcher, tracker, {})
    assert responses(dispatcher) == ["utter_k78a_parent_too_kept"]


@pytest.mark.parametrize(
    "text",
    [
        "no i told my teacher and school said they dealt with it but its still going round 😔 my "
        "mum knows shes so angry she wants to go to the police. will the boys get arrested??",
        "dont tell my mum",
        "please dont contact my parents",
        "my mum cant find out",
        "he came to my house and i am deaf",
        "i live with my parents and they dont know, dont call",
        "no home visits please, text only",
        "he keeps coming round to my flat",
    ],
)
def test_other_messages_keep_no_such_note(text):
    assert k78a_notes_said(text, for_someone_else=False) == []


def test_own_deafness_is_not_the_person_helped():
    assert k78a_notes_said("i'm deaf so text only", for_someone_else=False) == []


# -- 2. Jess: an "ok" that leads into a complaint is not a yes ---------------------------------

from actions.answers import read_referral_consent  # noqa: E402
from tests.unit.test_assessment_form import RESULT_SHOWN, run_validation  # noqa: E402

JESS = "ok. you didnt show me the more services though"


def test_jess_ok_then_a_complaint_is_no_answer():
    assert read_referral_consent(JESS).value is None


@pytest.mark.parametrize(
    "text",
    [
        "ok",
        "ok sure",
        "ok. text me",
        "okay. go ahead",
        "ok. yes please, you didnt say who though",
        "ok. but you never said who will call. yes refer me",
    ],
)
def test_other_oks_stay_yes(text):
    assert read_referral_consent(text).value is True


async def test_jess_is_shown_more_services_and_asked_again(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, slots=RESULT_SHOWN, requested_slot="referral_consent", text=JESS,
        intent="affirm", sent=["utter_ask_referral_consent", "utter_referral_reminder"],
    )  # fmt: skip
    assert "referral_consent" not in slots
    assert slots["requested_slot"] == "referral_consent"
    said = [m.get("utter_action") or m.get("response") for m in dispatcher.messages]
    assert said[0] == "utter_show_services"
    assert said[-1] == "utter_reask_referral_consent"


# -- 3. Aisha: nobody will contact her, and no request is spoken of ---------------------------

from tests.unit.known_answers import answer, answer_in_conversation  # noqa: E402

AISHA = dict(referral_consent=True, contact_safe=False, language="sylheti", gender="woman")
AISHA_ASKS = "Please just tell me, will anybody call me or message me? yes or no"
AISHA_SAYS = (
    "No!! I dont want message. My husband will see. I said not safe. Nobody should contact me, I "
    "will call myself"
)


@pytest.mark.parametrize("text", [AISHA_ASKS, AISHA_SAYS])
def test_aisha_is_told_nobody_will_contact_her(text):
    assert answer(text, "domestic_abuse", **AISHA) == "utter_k78a_nobody_will_contact"


def test_aisha_is_never_told_of_a_request_that_does_not_exist():
    got = answer_in_conversation("Someone who speak Bangla?", "domestic_abuse", (), **AISHA)
    assert got is None or "utter_interpreter_passed_on" not in str(got)


def test_with_a_referral_the_interpreter_is_on_it():
    slots = dict(AISHA, contact_safe=True)
    assert answer("Someone who speak Bangla?", "domestic_abuse", **slots) == (
        "utter_interpreter_passed_on"
    )


@pytest.mark.parametrize(
    "text",
    [AISHA_ASKS, "will they call me or text?", "i dont want any calls, text only"],
)
def test_with_a_referral_no_nobody_will_contact(text):
    slots = dict(AISHA, contact_safe=True)
    assert answer(text, "domestic_abuse", **slots) != "utter_k78a_nobody_will_contact"


def test_the_answer_is_short_and_has_the_numbers():
    from tests.unit.known_answers import sendable

    for text in sendable("utter_k78a_nobody_will_contact", crime_type="domestic_abuse") + sendable(
        "utter_k78a_nobody_will_contact"
    ):
        assert len(text) <= 320 and "08 08 16 89 111" in text and text.startswith("No.")
