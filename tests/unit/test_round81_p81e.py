"""Round 81, helper p81e: questions about the referral, privacy and who will contact them
(Grace, Shanice, Sam, Olu, Paul, Ron, Mei, Sophie)."""

from __future__ import annotations

import pytest

from actions import dialogue
from actions.answers import read_answer
from actions.questions import known_answer
from actions.reading import corrections
from core.second_contact import asks_to_keep_someone_informed, number_is_someone_elses
from referrals.matching import default_directory
from tests.unit.conftest import make_tracker, responses
from tests.unit.test_assessment_form import run_validation

_DIRECTORY = default_directory()
REFERRED = dict(
    consent=True, results_shown=True, referral_consent=True, contact_safe=True,
    assessment_done=True,
)  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


def _answer(text, crime=None, orgs=(), **answers):
    said = known_answer(text, crime, orgs, False, answers)
    return said and said.response, said and said.args


# -- 1. Grace: nothing is sent to her phone (her husband checks it) ----------------------------


async def test_grace_at_the_privacy_question_is_told_nothing_is_sent(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="affirm", requested_slot="consent", slots={},
        text="ok yes thats fine. but nobody else sees it right? not sent to my phone or anything",
    )  # fmt: skip
    assert responses(dispatcher)[0] == "utter_p81e_nothing_sent_to_phone"
    assert slots["consent"] is True and slots["requested_slot"] == "in_danger"


async def test_grace_at_the_danger_question_gets_the_answer_then_the_questions(dispatcher, domain):
    slots = await run_validation(
        dispatcher, domain, intent="deny", requested_slot="in_danger", slots={"consent": True},
        text="no im at work. on my break. you didnt answer tho, will anything get sent to my "
        "phone? my husband checks it",
    )  # fmt: skip
    assert responses(dispatcher)[0] == "utter_p81e_nothing_sent_to_phone"
    assert slots["in_danger"] is False


def test_once_referred_by_phone_the_no_texts_answer_stays():
    said, _ = _answer(
        "ok thanks. and they wont text me to confirm or anything right?",
        **REFERRED, contact_method="call", contact_details="07700900461", voicemail_ok=False,
    )  # fmt: skip
    assert said != "utter_p81e_nothing_sent_to_phone"


# -- 2. Shanice: the police won't contact her from this; who texts her -------------------------

SHANICE = dict(REFERRED, contact_method="text", contact_details="07700900482")


@pytest.mark.parametrize(
    "text",
    [
        "so victim support will text me? not the police right",
        "thats not what i asked. i havent reported it. im not talking to police. is the police "
        "gonna contact me from this yes or no",
    ],
)
def test_shanice_is_told_the_police_wont_contact_her(text):
    assert _answer(text, "sexual_offence", **SHANICE)[0] == "utter_p81e_police_wont_contact"


def test_shanice_who_is_it_gets_who_contacts():
    text = "ok but WHO. like the revenge porn people or victim support or who"
    said, _ = _answer(text, **SHANICE)
    assert said == "utter_who_contacts"


def test_someone_who_reported_asking_about_police_updates_keeps_that_answer():
    said, _ = _answer(
        "will the police call me when they arrest him?", **SHANICE, reported_to_police=True
    )
    assert said != "utter_p81e_police_wont_contact"


# -- 3. Sam: nobody texts his stolen number ----------------------------------------------------


def test_sam_nobody_texts_his_old_number():
    said, args = _answer(
        "and just to check nobody is texting my old number right, cos thats going straight to "
        "the guy who robbed me",
        "theft", **REFERRED, contact_method="email", contact_details="sam.okafor.wc@gmail.com",
    )  # fmt: skip
    assert said == "utter_p81e_no_other_number"
    assert args["how"] == "by email at the address you gave (sa...@gmail.com)"


# -- 4. Olu: who will it be that calls ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "thank you. who will it be that calls? and can they help with the kids and the funeral "
        "money or do i have to ask someone else",
        "who will it be that calls?",
    ],
)
def test_olu_who_calls(text):
    olu = dict(REFERRED, contact_method="call", contact_details="07700900412")
    assert _answer(text, "homicide", **olu)[0] == "utter_who_contacts"


# -- 5. Paul: his son too ----------------------------------------------------------------------


def test_paul_his_son_is_helped_too_with_the_services_for_him():
    paul = dict(REFERRED, contact_method="call", contact_details="07911238406")
    orgs = [o for o in _DIRECTORY if o.id in ("redthread", "childline")]
    said, args = _answer(
        "will they help my son too or just me? hes the one who got stabbed",
        "serious_violence", orgs, **paul,
    )  # fmt: skip
    assert said == "utter_p81e_child_too_named"
    assert args["child"] == "son" and "Redthread" in args["services"]


# -- 6. Ron: his daughter kept informed, not who did it, and not his number --------------------

RON = dict(
    REFERRED, crime_type="robbery", in_danger=False, contact_method="call",
    contact_details="01708447219", contact_times="mornings are best", voicemail_ok=True, age=77.0,
    impairment=True, borough="havering", reported_to_police=True, repeat_victimisation=False,
    language="english",
)  # fmt: skip
KAREN = (
    "thank you. can karen ring them as well? shes in leeds. her number is 07700 900733. shes my "
    "daughter"
)


def test_rons_daughter_is_not_who_did_it_nor_his_number():
    assert read_answer("relationship_to_offender", KAREN).value is None
    assert "contact_details" not in corrections(KAREN, RON)


async def test_ron_at_the_who_did_it_question_is_answered_about_karen(dispatcher, domain):
    waiting = {k: v for k, v in RON.items() if k != "assessment_done"}
    slots = await run_validation(
        dispatcher, domain, text=KAREN, requested_slot="relationship_to_offender", slots=waiting
    )
    assert "utter_p81e_someone_kept_informed" in responses(dispatcher)
    assert "relationship_to_offender" not in slots and "contact_details" not in slots


def test_ron_can_they_tell_my_daughter_too():
    said, args = _answer(
        "yes please. can they ring me on the house phone. 01708 447 219. and can they tell my "
        "daughter too, her name is karen",
        **dict(RON, referral_consent=None, requested_slot="referral_consent"),
    )
    assert said == "utter_p81e_someone_kept_informed" and args["who"] == "your daughter"


def test_ron_which_number_is_read_back(dispatcher):
    tracker = make_tracker(
        slots=RON,
        text="which number will they ring me on? i dont have a mobile",
        active_loop=None,
        sent=["utter_referral_saved"],
    )
    dialogue.ActionFinishAssessment().run(dispatcher, tracker, {})
    assert "utter_p81e_which_number" in responses(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "my number is 07700 900111",
        "this is my new number 07700900222",
        "call me on 07700 900461 thats my mobile",
        "use my mums number 07700900111, its safe",
    ],
)
def test_their_own_number_is_still_theirs(text):
    assert not number_is_someone_elses(text)


@pytest.mark.parametrize(
    "text, who",
    [
        ("it was my daughter", "family_member"),
        ("my son did it", "family_member"),
        ("my ex", "partner_or_ex"),
    ],
)
def test_who_did_it_is_still_read(text, who):
    assert not asks_to_keep_someone_informed(text)
    assert read_answer("relationship_to_offender", text).value == who


def test_a_new_own_number_after_the_referral_is_still_taken():
    assert corrections("sorry use 07700 900999 instead", RON).get("contact_details")


# -- 7. Mei: a valid student visa --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I see. My visa is valid, I have done nothing wrong. I only want to know if reporting "
        "could cause a problem for my visa. I will say yes, it is OK.",
        "No, I am safe. The spit landed on my coat, not my face. But you did not answer about my "
        "visa. Will reporting affect my student visa?",
        "And my visa?",
    ],
)
def test_mei_valid_visa(text):
    said_before = (
        "Before I agree, will this information be shared with the Home Office or my "
        "university? I am on a student visa.",
    )
    said, _ = _answer(text, "assault", consent=True, hate_motivated=True, said=said_before)
    assert said == "utter_p81e_valid_visa"


@pytest.mark.parametrize(
    "text",
    [
        "my visa expired last year, will the police report me?",
        "i have no papers, will they tell the home office?",
        "will the police check my visa?",
        "is my visa a problem if I report it?",
        "can he cancel my visa? its a health and care worker visa",
    ],
)
def test_without_status_keeps_the_immigration_answer(text):
    assert _answer(text, "assault", consent=True)[0] != "utter_p81e_valid_visa"


# -- 8. Sophie: does her employer have to report it ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "if i go hr does it mean police get involved automatically?",
        "no i mean HR at my work. you said they might have to tell police. would they?",
        "thats not what i asked. does my employer have to report it to police",
    ],
)
def test_sophie_employer_and_police(text):
    sophie = dict(consent=True, results_shown=True, requested_slot="referral_consent")
    assert _answer(text, "sexual_offence", **sophie)[0] == "utter_p81e_employer_and_police"


@pytest.mark.parametrize(
    "text",
    [
        "if i go to the havens will they tell the police?",
        "will the isva have to tell the police?",
        "my manager groped me. will the police tell my family?",
    ],
)
def test_other_bodies_telling_the_police_are_not_the_employer_answer(text):
    sophie = dict(consent=True, results_shown=True, requested_slot="referral_consent")
    assert _answer(text, "sexual_offence", **sophie)[0] != "utter_p81e_employer_and_police"
