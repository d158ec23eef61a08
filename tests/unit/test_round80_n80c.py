"""Round 80, helper n80c: referral, consent and contact details (Darren, Gemma, Linda, Ken,
Brian, Aliyah, Nadia)."""

from __future__ import annotations

import pytest

from actions import dialogue, reading
from actions.answers import contact_said, read_answer, read_referral_consent
from actions.assessment_form import ValidateNeedsAssessmentForm, n80c_notes_noted, z73d_settled
from actions.questions import j3_services_taken_off, known_answer
from actions.reading import corrections
from core import contact_notes
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker, responses

_DIRECTORY = default_directory()


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Darren: "the victim and witness lot not the stalking ones" keeps London VWS ------------

DARREN = dict(
    crime_type="stalking_harassment", consent=True, results_shown=True, referral_consent=True,
    contact_safe=True, contact_method="call", contact_details="07700900461",
    contact_times="after 5", voicemail_ok=True, assessment_done=True, borough="havering",
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "its MY camera mate i have the footage. anyway ok refer me then, the victim and witness "
        "lot not the stalking ones",
        "is that the victim and witness service calling me or who? dont want the stalking lot",
        "NO. i WANT the victim and witness service. i DONT want the stalking helpline or paladin. "
        "are you even reading what i write",
    ],
)
def test_darren_keeps_victim_and_witness_and_drops_stalking(text):
    ids = {org.id for org in j3_services_taken_off(text, _DIRECTORY)}
    assert "national-stalking-helpline" in ids and "paladin" in ids
    assert "witness-service" not in ids
    assert "london-victim-and-witness-service" not in ids


@pytest.mark.parametrize(
    "text",
    [
        "is that the victim and witness service calling me or who? dont want the stalking lot",
        "NO. i WANT the victim and witness service. i DONT want the stalking helpline or paladin. "
        "are you even reading what i write",
    ],
)
def test_darren_is_told_the_service_he_wants_stays(text):
    said = known_answer(text, "stalking_harassment", _DIRECTORY, False, DARREN)
    assert said is not None and said.response == "utter_n80c_taken_off_kept"
    assert said.args["kept"] == "London Victim and Witness Service"
    assert "Witness Service" not in said.args["org_name"].replace("Victim and Witness", "")


def test_darren_which_service_the_worker_is_from():
    said = known_answer(
        "which service is the support worker from then. london victim and witness?",
        "stalking_harassment",
        _DIRECTORY,
        False,
        DARREN,
    )
    assert said is not None and said.response == "utter_m79d_details_via_team"
    assert said.args["service"] == "London Victim and Witness Service"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Why is Karma Nirvana still on there?? I told you twice it's not honour or forced "
            "marriage. Take it off.",
            {"karma-nirvana"},
        ),
        ("But not that honour crowd", {"karma-nirvana"}),
        ("i dont want the witness service", {"witness-service"}),
        ("yes refer me to the victim and witness service", set()),
    ],
)
def test_others_taking_services_off_keep_their_reading(text, expected):
    assert {org.id for org in j3_services_taken_off(text, _DIRECTORY)} == expected


def test_the_new_answer_fits_one_text(domain):
    text = domain["responses"]["utter_n80c_taken_off_kept"][0]["text"]
    long = text.format(
        org_name="National Stalking Helpline, Paladin National Stalking Advocacy Service and "
        "London Stalking Support Service",
        kept="London Victim and Witness Service",
    )
    assert len(long) <= 320


# -- 2. Gemma: a time said about showering is not a time to be texted ---------------------------

GEMMA = dict(
    crime_type="sexual_offence", consent=True, referral_consent=True, contact_safe=True,
    contact_method="text", contact_details="07700900412",
    contact_times="any time is fine im not going to work this week", assessment_done=True,
    results_shown=True, age=29, borough="lambeth", case_reference="VC-NVT9YV",
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "thank you. should i still call the havens now or wait for your person to text me? and "
        "should i not shower? i already showered on sunday morning is that bad",
        "no sunday morning isnt when to text me, thats when i showered. any time is fine. but did "
        "you see my question? should i call the havens now and is it bad i showered",
        "NOT sunday morning. any time. please",
    ],
)
def test_gemma_times_stay_any_time(text):
    assert "contact_times" not in corrections(text, GEMMA)


@pytest.mark.parametrize(
    "text",
    [
        "yes text me on sunday morning",
        "can you change it to after 6pm weekdays only",
        "no sorry, AFTER 8, not before",
        "i said tuesday mornings",
    ],
)
def test_times_put_right_still_change(text):
    said = corrections(text, dict(GEMMA, contact_times="evenings"))
    assert said.get("contact_times")


def test_a_time_said_of_something_done_is_not_a_time_to_call():
    assert "contact_times" not in contact_said("yes. i went to the gp on monday morning")
    assert contact_said("yes please, monday morning is best").get("contact_times")


def test_gemma_gets_her_havens_answer(dispatcher):
    tracker = make_tracker(
        slots=GEMMA,
        text=(
            "thank you. should i still call the havens now or wait for your person to text me? "
            "and should i not shower? i already showered on sunday morning is that bad"
        ),
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    sent = responses(dispatcher)
    assert not any(name and "referral_saved" in name for name in sent)
    assert not any(name and "cant_answer" in name for name in sent)


# -- 4. Ken: how he knows it is really them; asked about a voicemail; speak up -------------------

KEN = dict(
    crime_type="fraud", consent=True, in_danger=False, results_shown=True, age=81.0,
    impairment=True, cannot_phone=True, borough="barnet", language="English",
)  # fmt: skip
KEN_SAID = [
    "HELLO I THINK I HAVE BEEN SCAMMED. A POLICE OFFICER RANG ME ON TUESDAY",
    "MY HEARING IS NOT GOOD AND I HAVE A BAD HEART. NOTHING ELSE",
]


def _with_earlier(tracker, said):
    tracker.events[:0] = [
        {"event": "user", "text": text, "parse_data": {"text": text, "intent": {}, "entities": []}}
        for text in said
    ]
    return tracker


@pytest.mark.parametrize(
    ("slot", "text"),
    [
        (
            "referral_consent",
            "YES PLEASE. BUT HOW WILL I KNOW IT IS REALLY THEM AND NOT ANOTHER CROOK",
        ),
        (
            "contact_safe",
            "YES IT IS SAFE. I LIVE ON MY OWN. BUT PLEASE ANSWER HOW DO I KNOW IT IS THEM",
        ),
    ],
)
def test_ken_how_will_i_know_it_is_them(slot, text):
    answers = dict(KEN, requested_slot=slot)
    if slot != "referral_consent":
        answers["referral_consent"] = True
    said = known_answer(text, "fraud", _DIRECTORY, False, answers)
    assert said is not None and said.response == "utter_g4_know_its_really_us"


@pytest.mark.parametrize(
    "text",
    [
        "THEY CAN LEAVE A MESSAGE ON THE MACHINE IF I DONT GET TO THE PHONE IN TIME. AND WHEN THEY "
        "RING HOW DO I KNOW THEY ARE GENUINE",
        "WILL THEY ASK ME FOR MY BANK DETAILS",
    ],
)
def test_ken_after_the_referral(text):
    answers = dict(
        KEN, referral_consent=True, contact_safe=True, contact_method="call",
        contact_details="02083460127", contact_times="MORNINGS ARE BEST", assessment_done=True,
    )  # fmt: skip
    said = known_answer(text, "fraud", _DIRECTORY, False, answers)
    assert said is not None and said.response == "utter_g4_know_its_really_us"


@pytest.mark.parametrize(
    "text",
    ["will the bank ask me for my details?", "how do i know if i was scammed?", "yes please"],
)
def test_other_questions_at_the_referral_are_not_the_genuine_answer(text):
    answers = dict(KEN, requested_slot="referral_consent")
    said = known_answer(text, "fraud", _DIRECTORY, False, answers)
    assert said is None or said.response != "utter_g4_know_its_really_us"


async def test_ken_yes_with_his_question_is_a_yes_and_answered(dispatcher, domain):
    tracker = make_tracker(
        slots=KEN,
        text="YES PLEASE. BUT HOW WILL I KNOW IT IS REALLY THEM AND NOT ANOTHER CROOK",
        requested_slot="referral_consent",
        turn={},
    )
    events = await ValidateNeedsAssessmentForm().run(
        dispatcher, _with_earlier(tracker, KEN_SAID), domain
    )
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("referral_consent") is True
    assert "utter_g4_know_its_really_us" in responses(dispatcher)


def test_ken_hard_of_hearing_choosing_calls_is_asked_about_voicemail():
    said = [*KEN_SAID, "PHONE. 020 8346 0127. PLEASE SPEAK UP AS I AM HARD OF HEARING"]
    answers = dict(KEN, contact_method="call", contact_details="02083460127", said=said)
    assert "voicemail_ok" not in z73d_settled(answers)


def test_someone_deaf_still_is_not_asked_about_voicemail():
    answers = dict(KEN, contact_method="call", contact_details="07700900123", said=["i am deaf"])
    assert z73d_settled(answers)["voicemail_ok"] is False


def test_ken_speak_up_is_kept_for_the_worker():
    answers = dict(
        KEN, referral_consent=True, contact_method="call",
        said=(*KEN_SAID, "PHONE. 020 8346 0127. PLEASE SPEAK UP AS I AM HARD OF HEARING"),
    )  # fmt: skip
    n80c_notes_noted(answers)
    assert answers["contact_notes"] == ["speak_up"]


# -- 5. Brian: not the care agency, kept and said back --------------------------------------------

BRIAN = dict(
    crime_type="theft", consent=True, referral_consent=True, contact_safe=True,
    contact_method="call", contact_details="07700900412",
    contact_times="between 1 and 4 in the afternoon", voicemail_ok=False, assessment_done=True,
    results_shown=True, age=62, borough="ealing", case_reference="VC-GWVGF6",
)  # fmt: skip


def test_brian_not_the_care_agency_during_the_questions():
    answers = dict(
        BRIAN,
        said=(
            "ok. yes you can pass my details on. but please not to the care agency, and dont ring "
            "in the mornings or evenings when she is here, she might hear. afternoons 1 till 4 is "
            "ok. my number is 07700 900412",
        ),
    )
    n80c_notes_noted(answers)
    assert "not_care_agency" in answers["contact_notes"]
    assert contact_notes.for_worker(answers["contact_notes"])


def test_brian_asks_again_after_the_referral(dispatcher):
    tracker = make_tracker(
        slots=BRIAN,
        text="and they wont tell the care agency will they? I said not the agency",
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    events = dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert "utter_f5_note_added" in responses(dispatcher)
    assert any(e.get("value") == ["not_care_agency"] for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "my carer comes from an agency",
        "will the care agency find out?",
        "I need her, she is a good carer, it wasnt her it was him",
    ],
)
def test_other_words_about_carers_are_no_note(text):
    assert "not_care_agency" not in reading.n80c_notes_said(text)


# -- 3. Linda: "tues and thurs" kept with "daytime" ----------------------------------------------


def test_linda_keeps_her_days():
    said = contact_said(
        "ok. yes you can pass my details on. but they mustnt call the house phone, he answers it. "
        "my mobile is ok but only in the daytime when hes out, he goes to his day centre tues and "
        "thurs"
    )
    assert "tuesday" in said["contact_times"] and "thursday" in said["contact_times"]
    assert "daytime" in said["contact_times"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes, sat and sun mornings", "saturday and sunday mornings"),
        ("yes ring me mon to fri after 6", "monday to friday"),
    ],
)
def test_short_days_read_in_full(text, expected):
    assert expected in contact_said(text)["contact_times"]


@pytest.mark.parametrize(
    "text",
    ["yes please. i sat and waited for hours", "yes. the sun was out", "yes please, call me"],
)
def test_words_like_days_are_not_days(text):
    assert "contact_times" not in contact_said(text)


# -- 6. Aliyah: a yes with the way she wants ---------------------------------------------------

ALIYAH_YES = (
    "its aliyah again. mum says i should say yes. is it ok if they text me not call, i dont want "
    "to talk on the phone about it"
)


def test_aliyah_yes_with_texts():
    said = read_referral_consent(ALIYAH_YES)
    assert said.value is True and said.extra.get("contact_method") == "text"


def test_aliyah_i_said_yes():
    assert read_referral_consent("?? so is that a yes. i said yes").value is True


@pytest.mark.parametrize(
    "text",
    [
        "i never said yes",
        "should i say yes?",
        "i said yes to the police",
        "did i say yes",
        "what happens if i say yes? can they text",
        "wait i didnt say yes to that yet. i asked why",
    ],
)
def test_other_messages_about_saying_yes_are_no_yes(text):
    assert read_referral_consent(text).value is not True


def test_aliyah_text_pls_is_the_way():
    said = read_answer("contact_safe", "yeah its my phone. text pls")
    assert said.value is True and said.extra.get("contact_method") == "text"


async def test_aliyah_yes_in_the_form_is_taken(dispatcher, domain):
    slots = dict(
        crime_type="stalking_harassment", consent=True, in_danger=False, results_shown=True,
        for_child=True, age=17.0, borough="waltham forest",
    )  # fmt: skip
    tracker = make_tracker(slots=slots, text=ALIYAH_YES, requested_slot="referral_consent", turn={})
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("referral_consent") is True
    assert set_now.get("contact_method") == "text"


# -- 7. Nadia: which service gets the details; nothing said that the stored state denies --------

NADIA = dict(
    crime_type="stalking_harassment", consent=True, referral_consent=True, contact_safe=True,
    contact_method="email", contact_details="nadia.k.ward@gmail.com",
    contact_times="any time for email", assessment_done=True, results_shown=True,
)  # fmt: skip


def test_nadia_is_that_going_to_the_stalking_helpline():
    said = known_answer(
        "is that going to the stalking helpline then? and they wont ring me right",
        "stalking_harassment",
        _DIRECTORY,
        False,
        NADIA,
    )
    assert said is not None and said.response == "utter_m79d_details_via_team"
    assert said.args["service"].startswith("National Stalking Helpline")


def test_nadia_which_service_is_getting_my_details():
    said = known_answer(
        "ok. and which service is actually getting my details, you still havent said",
        "stalking_harassment",
        _DIRECTORY,
        False,
        NADIA,
    )
    assert said is not None and said.response == "utter_m79d_who_gets_details"


@pytest.mark.parametrize("text", ["is it going to rain?", "will it go to court?"])
def test_other_going_to_questions_keep_their_answers(text):
    said = known_answer(text, "stalking_harassment", _DIRECTORY, False, NADIA)
    assert said is None or not (said.response or "").startswith("utter_m79d")


def test_nadia_told_nobody_replies_here_is_not_told_a_worker_will(dispatcher, domain):
    slots = dict(NADIA, waiting_for_person=True, handoff="waiting", no_reply_here=True)
    dialogue.ActionWhileWaiting().run(dispatcher, make_tracker(slots=slots, text="hello?"), domain)
    assert responses(dispatcher)[-1] == "utter_n80c_no_reply_here_waiting"


def test_waiting_without_that_keeps_its_answer(dispatcher, domain):
    slots = {"consent": True, "waiting_for_person": True, "handoff": "waiting"}
    dialogue.ActionWhileWaiting().run(dispatcher, make_tracker(slots=slots, text="hello?"), domain)
    assert responses(dispatcher) == ["utter_while_waiting"]


def test_the_new_answers_fit_one_text_each(domain):
    text = domain["responses"]["utter_n80c_no_reply_here_waiting"][0]["text"]
    assert len(text) <= 320


async def test_darren_refer_me_not_the_stalking_ones_is_a_yes_said_back(dispatcher, domain):
    slots = dict(
        crime_type="stalking_harassment", consent=True, in_danger=False, results_shown=True,
        age=44.0, borough="havering", language="English", reported_to_police=False,
    )  # fmt: skip
    tracker = make_tracker(
        slots=slots,
        text="its MY camera mate i have the footage. anyway ok refer me then, the victim and "
        "witness lot not the stalking ones",
        requested_slot="referral_consent",
        turn={},
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    set_now = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert set_now.get("referral_consent") is True
    assert "utter_n80c_taken_off_kept" in responses(dispatcher)


def test_gemma_what_times_will_your_person_text_me(dispatcher):
    tracker = make_tracker(
        slots=GEMMA,
        text="ok ill call them. and just to check what times will your person text me?",
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert "utter_g76b_contact_read_back" in responses(dispatcher)
