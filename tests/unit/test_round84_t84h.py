"""Round 84, helper t84h: Nadia's camera question and her choice of service, Rosa's fear of the
police and Home Office and her question about Kalayaan, Gary's "who pays" for an interpreter,
and Mark's question about SurvivorsUK; with other people's messages that keep their readings."""

from __future__ import annotations

import pytest

from actions import dialogue, topics
from tests.unit.conftest import responses
from tests.unit.known_answers import after_result
from tests.unit.test_assessment_form import run_validation

NADIA_SAID = (
    "hi someone has slashed my car tyres again, third time in 2 months. im pretty sure its my ex "
    "husband but i cant prove it. can i get a camera or something"
)
NADIA = {
    "consent": True, "in_danger": False, "crime_type": "domestic_abuse",
    "repeat_victimisation": True, "reported_to_police": True, "age": 36,
    "relationship_to_offender": "partner_or_ex",
}  # fmt: skip


@pytest.fixture(autouse=True)
def _no_saving(monkeypatch):
    monkeypatch.setattr(dialogue, "_f5_save", lambda tracker, changes: None)


# -- 1. Nadia: "can i get a camera or something" -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        NADIA_SAID,
        "croydon. did you see what i asked about a camera??",
        "ive asked 3 times now. can anyone help me get a camera or not",
        "feeling safe and practical. like a camera on the drive so next time theres proof. i cant "
        "afford one tbh, the tyres alone have cost me nearly 400 quid",
    ],
)
def test_nadia_camera_question_has_its_answer(text):
    said = topics.topic_answer(text, NADIA)
    assert said is not None and said.response == "utter_t84h_camera_help"


@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("croydon. did you see what i asked about a camera??", "relationship_to_offender"),
        (
            "feeling safe and practical. like a camera on the drive so next time theres proof. i "
            "cant afford one tbh, the tyres alone have cost me nearly 400 quid",
            "needs",
        ),
    ],
)
async def test_nadia_camera_question_answered_in_the_form(dispatcher, domain, text, requested):
    slots = {**NADIA}
    slots.pop(requested, None)
    await run_validation(
        dispatcher, domain, intent="inform", requested_slot=requested, slots=slots, text=text
    )
    assert "utter_t84h_camera_help" in responses(dispatcher)


def test_nadia_camera_question_after_the_result(domain):
    text = "ive asked 3 times now. can anyone help me get a camera or not"
    assert "utter_t84h_camera_help" in after_result(text, NADIA, (NADIA_SAID,), domain)


@pytest.mark.parametrize(
    "text",
    [
        "i cant afford one, the solicitor wants 500 quid",
        "my neighbours camera points right at my garden and window, is that allowed?",
        "do i have to pay for the order? i cant afford it",
    ],
)
def test_other_money_and_camera_words_keep_their_readings(text):
    said = topics.topic_answer(text, NADIA)
    assert said is None or said.response != "utter_t84h_camera_help"


# -- 3. Rosa: the police and the Home Office, arrest, and Kalayaan --------------------------------

ROSA_SAID = (
    "hello maam sir. sorry to disturb. i am domestic helper here in london kensington. my "
    "employer keep my passport and they pay me very small not like the contract. i work from 6am "
    "until 10pm everyday. is this allowed? please dont tell immigration"
)
ROSA = {
    "consent": True, "crime_type": "human_trafficking", "relationship_to_offender": "someone_known",
    "account_details": ["labour_told"], "age": 38, "language": "tagalog",
}  # fmt: skip


def _known(text: str, facts: dict):
    from actions.questions import known_answer
    from referrals.matching import default_directory

    said = known_answer(text, facts.get("crime_type"), default_directory(), answers=facts)
    return said and [said.response, *(then.response for then in said.then)]


def test_rosa_will_you_tell_immigration_or_police():
    text = (
        "ok. but you will not tell immigration or police? im scared they send me home. my family "
        "in philippines need the money"
    )
    assert _known(text, ROSA) == [
        "utter_t84h_we_dont_tell_authorities",
        "utter_k3_exploited_sent_home",
    ]


def test_rosa_is_not_told_about_friends_taking_money():
    from actions.questions import r3_asks_if_friends_taking_money_is_ok

    assert not r3_asks_if_friends_taking_money_is_ok(ROSA_SAID, "human_trafficking", ROSA)
    # Lucy (round 47): her "friends" take her money: still answered.
    lucy = "but is it ok what jade and kayleigh do. they say frends share. they take my money"
    assert r3_asks_if_friends_taking_money_is_ok(lucy, "theft", {"consent": True})


def test_rosa_please_tell_me_if_they_will_arrest_me():
    text = "no. i cannot go police. no passport. please tell me if they will arrest me"
    assert _known(text, ROSA) == ["utter_g3_exploited_worker_not_arrested"]


def test_they_said_theyd_tell_me_if_is_not_a_question():
    from actions.questions import is_question

    assert not is_question("they said theyd tell me if they found him")


def test_rosa_asks_about_kalayaan_by_name():
    text = "my friend at church say there is group for domestic workers, kalayaan? is it good"
    said = _known(text, ROSA)
    assert said is not None
    from actions.questions import known_answer
    from referrals.matching import default_directory

    answer = known_answer(text, "human_trafficking", default_directory(), answers=ROSA)
    assert answer is not None and (answer.text or "").startswith("Kalayaan:")


def test_rosa_is_a_domestic_worker_for_kalayaan():
    from actions.account import read_account
    from referrals.matching import match_organisations

    details = read_account(ROSA_SAID).details
    assert "domestic_worker" in details
    rosa = {**ROSA, "account_details": sorted(details), "gender": "woman"}
    assert "kalayaan" in [org.id for org in match_organisations(rosa, limit=20)]


# -- 4. Gary: who pays for the interpreter ---------------------------------------------------------

GARY = {
    "consent": True, "crime_type": "burglary", "language": "bsl", "cannot_phone": True, "age": 44,
}  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "court? need interpreter BSL. every meeting. police meeting too. who pay?",
        "me pay interpreter? money?",
        "thank you. interpreter free yes? me not pay?",
    ],
)
def test_gary_is_told_the_interpreter_is_free(text):
    said = _known(text, {**GARY, "referral_consent": True})
    assert said is not None and said[0] == "utter_t84h_interpreter_free"


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # Others keep their answers: an interpreter asked for, and paying for something else.
        ("do they speak polish? i need an interpreter", "utter_t84h_interpreter_free"),
        ("who pay for my tools? insurance? police pay?", "utter_t84h_interpreter_free"),
        ("i dont need an interpreter. who pays for the window?", "utter_t84h_interpreter_free"),
    ],
)
def test_other_interpreter_and_pay_questions_keep_their_answers(text, not_expected):
    said = _known(text, GARY) or []
    assert not_expected not in said


# -- 5. Mark: "isnt survivorsuk for like rape and abuse?" ------------------------------------------


def test_mark_asks_what_survivorsuk_is_for():
    from actions.questions import known_answer
    from referrals.matching import default_directory

    text = "isnt survivorsuk for like rape and abuse? this isnt that"
    mark = {"consent": True, "crime_type": "sexual_offence", "gender": "man", "age": 38}
    answer = known_answer(text, "sexual_offence", default_directory(), answers=mark)
    assert answer is not None and (answer.text or "").startswith("SurvivorsUK:")


# -- 2. Nadia turns the domestic abuse helpline (Refuge) down --------------------------------------

NADIA_AT_REFERRAL = {
    **NADIA, "gender": "woman", "borough": "Croydon", "results_shown": True,
    "assessment_done": True, "referral_consent": True, "requested_slot": "contact_method",
}  # fmt: skip


def _nadia_list():
    from referrals.matching import match_organisations

    return match_organisations(NADIA_AT_REFERRAL)


@pytest.mark.parametrize(
    "text",
    [
        "ok yes then. but not the domestic abuse one, its not like he hits me, its just the car. "
        "is the victim support one ok",
        "NOT refuge. london victim and witness service please. text is fine",
        "i dont need a refuge!! im not leaving my house. 07700 900 318",
    ],
)
def test_nadia_is_never_sent_the_refuge_she_turned_down(text):
    from actions.questions import known_answer

    said = known_answer(text, "domestic_abuse", _nadia_list(), answers=NADIA_AT_REFERRAL)
    given = [] if said is None else [said.response, said.text or ""]
    assert "utter_refuge_without_a_call" not in given
    assert "utter_living_with_them" not in given
    assert not any("National Domestic Abuse Helpline" in str(part) for part in given)


def test_nadia_which_one_names_the_service_she_chose():
    from actions.questions import m79d_service_named

    named = m79d_service_named(
        "NOT refuge. london victim and witness service please", _nadia_list()
    )
    assert named is not None and named.id == "london-victim-and-witness-service"


@pytest.mark.parametrize(
    "text",
    [
        "i dont need a refuge, i live with him and hes back at 6",  # living with him, told
        "can i go to a refuge tonight?",
        "i need to find a refuge",
    ],
)
def test_a_refuge_asked_for_keeps_its_answer(text):
    from actions.questions import asks_about_going_to_a_refuge, lives_with_them

    assert lives_with_them(text, "domestic_abuse") or asks_about_going_to_a_refuge(
        text, "domestic_abuse"
    )
