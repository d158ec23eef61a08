"""Safeguarding questions role-players asked in round 19: strangling with no marks, reporting for
a friend, a friend with the abuser now, whether a husband's violence is domestic abuse, a spouse
visa, pregnancy after being hurt, social services and a baby, a carer who harms an older parent,
and whether the police would take a son away. Each answer is in
bot/domain/responses_safeguarding.yml with its sources; each is tested with the messages as they
were written, and with near misses that must not get it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import answer, sources_above

from core import yaml_files

FILE = Path(__file__).resolve().parents[2] / "bot" / "domain" / "responses_safeguarding.yml"
RESPONSES = yaml_files.load(FILE.read_text())["responses"]


def texts(name: str) -> list[str]:
    return [variant["text"] for variant in RESPONSES[name]]


def test_every_answer_has_its_sources_written_above_it():
    for name in RESPONSES:
        comments = sources_above(name, FILE)
        assert re.search(r"\b[\w.-]+\.(?:uk|org|com)\b|As utter_", comments), name


def test_every_answer_fits_one_message_and_promises_nothing():
    for name in RESPONSES:
        for text in texts(name):
            assert len(text) <= 320, name
            assert "will be fine" not in text and "I promise" not in text, name


# -- strangling with no marks -------------------------------------------------------------------

FRIEND_FIRST = (
    "Not sure. Jo is back at home with him now. He strangled her with his hands last night, "
    "she's got no marks though. Is it still serious if there are no marks?"
)
FRIEND_AGAIN = (
    "38. But you didn't answer me - is it serious with no marks? And can I report it myself even "
    "if she won't?"
)


@pytest.mark.parametrize(
    "text",
    [
        FRIEND_FIRST,
        "he choked me but there are no marks, is it still serious?",
        "does it count if he strangled me and left no marks?",
    ],
)
def test_strangling_with_no_marks_is_serious_and_wins_over_the_strangling_answer(text):
    assert answer(text, "domestic_abuse") == "utter_strangled_no_marks"
    assert answer(text, "domestic_abuse", for_someone_else=True) == "utter_strangled_no_marks"


def test_the_no_marks_answer_says_it_is_a_crime_and_to_get_checked():
    plain, them = texts("utter_strangled_no_marks")[::-1]
    for message in (plain, them):
        assert "Serious Crime Act 2015, s.75A" in message and "no marks" in message
        assert "NHS 111" in message and "999" in message and "danger" in message
    assert "They should get checked" in them and "Please get checked" in plain
    they_variant = RESPONSES["utter_strangled_no_marks"][0]
    assert they_variant["condition"][0]["name"] == "for_someone_else"


def test_both_questions_at_once_get_both_answers():
    assert (
        answer(FRIEND_AGAIN, "domestic_abuse", for_someone_else=True)
        == "utter_no_marks_and_reporting"
    )
    message = texts("utter_no_marks_and_reporting")[0]
    assert "s.75A" in message and "101" in message and "met.police.uk" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he strangled me last night", "utter_strangled"),
        ("he had his hands round my neck, should i go to hospital?", "utter_strangled"),
        ("38", None),
        ("no", None),
        ("she's got no marks", None),  # told, not asked
    ],
)
def test_strangling_told_without_the_marks_question_keeps_its_answer(text, expected):
    assert answer(text, "domestic_abuse", for_someone_else=True) == expected


# -- reporting for someone else -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can I report it myself even if she won't?",
        "can I report it to the police myself, as her friend?",
        "And can I report it for her?",
        "can i call the police on her behalf?",
    ],
)
def test_a_friend_can_report_it(text):
    assert answer(text, "domestic_abuse", for_someone_else=True) == "utter_report_for_someone"


def test_the_reporting_answer_gives_the_routes_and_the_helpline():
    message = texts("utter_report_for_someone")[0]
    assert "101" in message and "met.police.uk" in message and "999" in message
    assert "0808 2000 247" in message and "may act" in message


@pytest.mark.parametrize(
    ("text", "kwargs", "expected"),
    [
        # The victim, about their own report: yes, with Right 2 (round 94, n94d), never the
        # answer for reporting someone else's crime.
        ("can i report it myself?", {}, "utter_n94d_report_it_yourself"),
        ("can i report it anonymously for her?", {}, "utter_anonymous_reporting"),
        ("can I report it myself?", {"for_someone_else": True}, "utter_report_for_someone"),
        ("she won't report it", {"for_someone_else": True}, None),
        ("my husband", {"for_someone_else": True}, None),
    ],
)
def test_reporting_near_misses(text, kwargs, expected):
    assert answer(text, "domestic_abuse", **kwargs) == expected


# -- a friend with the abuser now -------------------------------------------------------------

WITH_HIM_NOW = "No. Did you read what I said? She's with him NOW. What should I do?"


def test_a_friend_with_the_abuser_now_is_told_999_and_the_helpline():
    assert answer(WITH_HIM_NOW, "domestic_abuse", for_someone_else=True) == (
        "utter_with_the_abuser_now"
    )
    message = texts("utter_with_the_abuser_now")[0]
    assert "999" in message and "0808 2000 247" in message and "confront" in message


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [
        ("I'm with him now, what should I do?", {}),  # about the writer: not this answer
        ("she's with her mum now, what should I do?", {"for_someone_else": True}),
        ("she was with him last year", {"for_someone_else": True}),
        ("No", {"for_someone_else": True}),
    ],
)
def test_not_a_friend_with_the_abuser_now(text, kwargs):
    assert answer(text, "domestic_abuse", **kwargs) != "utter_with_the_abuser_now"


# -- a husband's violence is domestic abuse -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I dont understand. my husband hit me. domestic abuse?",
        "ok he go. sorry. my husband also hit me sometimes. who can help wife like me",
        "my boyfriend slaps me, is this abuse?",
    ],
)
def test_a_partner_hitting_is_domestic_abuse(text):
    # "who can help wife like me" was read as a question about restorative justice: a known
    # answer is said before the classifier's rights answer (actions/dialogue.ActionAnswerRight).
    assert answer(text, None) == "utter_is_domestic_abuse"
    assert answer(text, "domestic_abuse") == "utter_is_domestic_abuse"


def test_the_domestic_abuse_answer_names_the_law_and_the_helplines():
    man, woman = texts("utter_is_domestic_abuse")
    assert "Domestic Abuse Act 2021" in woman and "0808 2000 247" in woman
    assert "0808 801 0327" in man
    assert all("restorative" not in message.lower() for message in (man, woman))


@pytest.mark.parametrize(
    "text", ["my husband hit me", "my husband", "yes every day", "who can help?"]
)
def test_told_not_asked_is_not_the_abuse_answer(text):
    assert answer(text, None) != "utter_is_domestic_abuse"


# -- a spouse visa ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my visa is spouse visa. if I leave husband I must go Gambia?",
        "im on a partner visa, will i be deported if i leave him?",
    ],
)
def test_a_spouse_visa_and_leaving_gets_the_concession(text):
    assert answer(text, "domestic_abuse") == "utter_partner_visa"


def test_the_visa_answer_says_may_and_names_the_concession():
    message = texts("utter_partner_visa")[0]
    assert "Migrant Victims of Domestic Abuse Concession" in message and "may be able" in message
    assert "3 months" in message and "0808 2000 247" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will the police check my immigration status?", "utter_immigration"),
        ("my visa is spouse visa", None),
        ("I'm on a student visa", None),
    ],
)
def test_other_immigration_questions_keep_their_answers(text, expected):
    assert answer(text, "domestic_abuse") == expected


# -- pregnant after being hurt ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no and i dont want him arrested i just want him to change. im pregnant is the baby "
        "gonna be ok",
        "if i call them will they make me leave him or tell police. and nobody has said if the "
        "baby is ok, he pushed me down the stairs and im 5 months",
        "wait. can i just ask someone about the baby. who do i call for that",
        "ok. im pregnant tho does that matter",
        "im pregnant. should i go hospital? ive had a bit of pain since",
    ],
)
def test_pregnant_after_harm_is_told_midwife_now_and_999(text):
    assert answer(text, "domestic_abuse") == "utter_pregnant_after_harm"


def test_the_pregnancy_answer_says_midwife_maternity_unit_and_999():
    message = texts("utter_pregnant_after_harm")[0]
    assert "midwife" in message and "maternity unit" in message and "999" in message
    assert "bleeding" in message and "can't say" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # No pregnancy in the text and no slot holds it: the injury answer, which says get checked.
        ("should i go hospital? ive had a bit of pain since", "utter_injury"),
        ("im pregnant", None),
        ("it happened 5 months ago", None),
        ("i was pregnant when we met", None),
    ],
)
def test_pregnancy_near_misses(text, expected):
    assert answer(text, "domestic_abuse") == expected


# -- social services and a baby ---------------------------------------------------------------


def test_fear_of_social_services_is_answered_kindly():
    text = "will social services get involved if i tell someone?? they cant take my baby"
    assert answer(text, "domestic_abuse") == "utter_social_services_baby"
    message = texts("utter_social_services_baby")[0]
    assert "very rare" in message and "0808 2000 247" in message


@pytest.mark.parametrize("text", ["my baby is 3 months old", "ss", "no social worker"])
def test_social_services_near_misses(text):
    assert answer(text, "domestic_abuse") != "utter_social_services_baby"


# -- a carer who harms an older parent --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thank you. Do I have to tell the care agency? Or does the council do that?",
            "utter_carer_who_to_tell",
        ),
        (
            "That's not what I asked. The carer is from an agency. Do they have to be told?",
            "utter_carer_who_to_tell",
        ),
        (
            "should I ring the police tonight or wait for the support team? The carer comes at 8am",
            "utter_carer_police_tonight",
        ),
    ],
)
def test_a_carer_who_harms_is_told_to_the_council_and_the_agency(text, expected):
    assert answer(text, "theft", for_someone_else=True) == expected
    assert (
        answer(text, "theft", for_someone_else=True, account_details=["carer", "economic"])
        == expected
    )


def test_the_carer_answers_name_the_duty_and_the_routes():
    tell, tonight = texts("utter_carer_who_to_tell")[0], texts("utter_carer_police_tonight")[0]
    assert "Care Act 2014, s.42" in tell and "agency" in tell and "CQC" in tell
    assert "999" in tonight and "101" in tonight and "agency" in tonight


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can the council stop the noise?", "utter_council_asb"),
        ("my carer helps me with forms", None),
        ("should I ring the police?", "utter_telling_the_police"),
    ],
)
def test_carer_near_misses(text, expected):
    assert answer(text, "stalking_harassment") == expected


# -- will the police take him away --------------------------------------------------------------


def test_an_older_parent_is_told_honestly_what_the_police_may_do():
    assert answer("72. will the police take him away if i tell someone", "robbery") == (
        "utter_police_take_him_away"
    )
    message = texts("utter_police_take_him_away")[0]
    assert "without reporting" in message and "can't promise" in message
    assert "08 08 16 89 111" in message


@pytest.mark.parametrize("text", ["72", "he took my money", "police took ages"])
def test_police_near_misses(text):
    assert answer(text, "robbery") != "utter_police_take_him_away"


@pytest.mark.parametrize(
    "text",
    ["my dad hits my mum, what can i do?", "my son hit his wife, is that domestic abuse?"],
)
def test_violence_to_someone_else_is_not_answered_as_if_to_them(text):
    assert answer(text, None) != "utter_is_domestic_abuse"


@pytest.mark.parametrize("text", ["will they tell social services?", "is there a social worker?"])
def test_social_services_without_a_child_is_not_the_baby_answer(text):
    assert answer(text, "domestic_abuse") != "utter_social_services_baby"
