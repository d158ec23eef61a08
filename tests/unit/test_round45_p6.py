"""Round 45 (helper P6): Aisha, Yasmin and Fiona.

- Aisha, 34, her husband said he'd kill her if she left, texting from the bathroom: while the
  questions waited, "how do i leave with my kids" got the same holding text four times; "number?"
  got "I can't answer"; "its my husband. threats" was read as writing for someone else.
- Yasmin, 21, her brothers forcing a marriage, on a friend's phone: told "stay with your family";
  "if they find this chat im dead" and "my older one hit me" got nothing; "its my friends phone"
  changed who did it to "someone you know".
- Fiona, 47, a nurse threatened by a patient's son: leaving tonight ignored; her employer
  question got another person's "laughed it off" and sexual-harassment law.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from known_answers import answer, assert_one_sms_with_source, sendable

from actions.account import read_account
from actions.reading import corrections

NEW = (
    "utter_p6_leave_with_children",
    "utter_p6_da_helpline_number",
    "utter_p6_family_danger_tonight",
    "utter_p6_afraid_they_find_out_family",
    "utter_p6_afraid_they_find_out",
    "utter_p6_leaving_shift_tonight",
    "utter_p6_employer_duty_violence",
    "utter_p6_sorry_not_laughed_off",
)
AISHA = {"relationship_to_offender": "partner_or_ex", "age": 34}
YASMIN = {
    "relationship_to_offender": "family_member",
    "account_details": ["forced_marriage"],
    "age": 21,
}
FIONA = {"relationship_to_offender": "someone_known", "age": 47}
DIRECTORY = (Path(__file__).resolve().parents[2] / "referrals" / "directory.yml").read_text()


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, "round 45, helper P6", ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    for text in sendable(name):
        for number in re.findall(r"\b0\d{2,4}[ \d]{6,10}\d\b", text):
            assert number in DIRECTORY, (name, number)


# -- Aisha ---------------------------------------------------------------------------------


def test_a_husbands_threat_to_kill_is_domestic_abuse_by_a_partner():
    told = read_account("i need help. husband said he will kill me if i leave")
    assert (told.crime_type, told.offender) == ("domestic_abuse", "partner_or_ex")
    told = read_account("my dad said hed kill me if i told anyone")
    assert told.offender == "family_member"
    assert read_account("a man said he would kill me").offender != "partner_or_ex"


def test_its_my_husband_threats_is_who_did_it_not_someone_written_for():
    told = read_account(
        "no not assault. its my husband. threats. he controls everything money phone"
    )
    assert told.for_someone_else is None
    assert told.offender == "partner_or_ex"
    assert read_account("its my husband, he was attacked on the bus").for_someone_else
    assert read_account("its my mum. threats from the neighbour").offender != "family_member"


@pytest.mark.parametrize(
    "text",
    [
        "i cant call he will hear. how do i leave with my kids",
        "please. 3 kids. where do i go",
        "hes not hitting me now. i just need to know where to go. is there a place for women "
        "with kids",
        "ok hes gone to the shop. 10 mins. how do i leave with kids. where",
        "how can i get out with the children",
    ],
)
def test_leaving_with_children_gets_the_refuge_helpline(text):
    assert answer(text, "domestic_abuse", **AISHA) == "utter_p6_leave_with_children"


def test_leaving_with_children_before_any_answer_reads_the_first_message():
    assert answer("how do i leave with my kids. my husband hits me", None) == (
        "utter_p6_leave_with_children"
    )


@pytest.mark.parametrize("text", ["i can call now hes out. number?", "whats the number?"])
def test_number_gets_the_domestic_abuse_helpline(text):
    assert answer(text, "domestic_abuse", **AISHA) == "utter_p6_da_helpline_number"


@pytest.mark.parametrize(
    "text, crime",
    [
        ("number?", "burglary"),
        ("my number is 07700 900583?", "domestic_abuse"),
        ("how do i leave a review", "domestic_abuse"),
        ("where do i go to report it", "burglary"),
        ("not now. hes downstairs. im in bathroom", "domestic_abuse"),
    ],
)
def test_ordinary_messages_do_not_get_aishas_answers(text, crime):
    who = "partner_or_ex" if crime == "domestic_abuse" else "stranger"
    assert answer(text, crime, relationship_to_offender=who) not in (
        "utter_p6_leave_with_children",
        "utter_p6_da_helpline_number",
    )


# -- Yasmin --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "not right now. but i have to go home tonight. what do i do if it gets bad",
        "my family IS the problem?? i live with them. where else would i go",
        "what if it kicks off when i get home",
    ],
)
def test_family_danger_tonight_never_says_stay_with_family(text):
    assert answer(text, "domestic_abuse", **YASMIN) == "utter_p6_family_danger_tonight"


def test_must_i_go_back_has_no_stay_with_family_for_family_abuse():
    for text in sendable("utter_dont_have_to_go_back", relationship_to_offender="family_member"):
        assert "your family" not in text
        assert "Karma Nirvana" in text
    assert any(
        "stay with your family" in text
        for text in sendable("utter_dont_have_to_go_back", relationship_to_offender="partner_or_ex")
    )


@pytest.mark.parametrize(
    "text",
    [
        "i mean it tho. if my brothers find out im talking to people about this i dont know what "
        "theyd do. my older one hit me once last year when i wore makeup",
        "english. and its my friends phone not mine so its ok. if they find this chat im dead tbh",
        "did u read what i said. hes hit me before",
    ],
)
def test_fear_of_family_and_being_hit_are_answered(text):
    assert answer(text, "domestic_abuse", **YASMIN) == "utter_p6_afraid_they_find_out_family"


def test_fear_of_a_partner_finding_the_chat_gets_the_helpline():
    said = answer("if he finds this chat im dead", "domestic_abuse", **AISHA)
    assert said == "utter_p6_afraid_they_find_out"


@pytest.mark.parametrize(
    "text",
    [
        "if they find out im dead",  # no partner or family: not this answer
        "the burglar hit me once",
    ],
)
def test_fear_answer_needs_abuse_by_family_or_partner(text):
    assert answer(text, "burglary", relationship_to_offender="stranger") not in (
        "utter_p6_afraid_they_find_out_family",
        "utter_p6_afraid_they_find_out",
    )


@pytest.mark.parametrize(
    "text",
    [
        "english. and its my friends phone not mine so its ok. if they find this chat im dead tbh",
        "ok. can someone contact me? but not my phone they check it. and not this one its my "
        "friends",
    ],
)
def test_a_friends_phone_does_not_change_who_did_it(text):
    changes = corrections(
        text, {"crime_type": "domestic_abuse", "relationship_to_offender": "family_member"}
    )
    assert "relationship_to_offender" not in changes
    assert "crime_type" not in changes


def test_it_was_my_friend_still_changes_who_did_it():
    changes = corrections(
        "sorry i got that wrong, it was my friend",
        {"crime_type": "assault", "relationship_to_offender": "stranger"},
    )
    assert changes.get("relationship_to_offender") == "someone_known"


# -- Fiona ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "not rn im at work. worried about leaving tonight tho, shift ends 8",
        "Feeling safe. esp getting to the bus tonight",
        "what do i do tonight tho. he said after my shift. 2hrs",
        "scared about going home later, he said hed wait for me",
    ],
)
def test_leaving_the_shift_tonight_gets_practical_steps(text):
    assert answer(text, "stalking_harassment", **FIONA) == "utter_p6_leaving_shift_tonight"


@pytest.mark.parametrize(
    "text",
    [
        "ok. and my employer - is the trust supposed to do more than a datix? they have a duty "
        "to staff dont they",
        "no. told my ward manager, she said fill in a datix. shouldnt the trust be doing something "
        "more??",
    ],
)
def test_employer_duty_is_health_and_safety_not_sexual_harassment(text):
    assert answer(text, "stalking_harassment", **FIONA) == "utter_p6_employer_duty_violence"


def test_sexual_harassment_at_work_still_gets_its_own_answer():
    said = answer(
        "what are my rights at work tho, like can my manager just laugh it off like that?",
        "sexual_offence",
    )
    assert said != "utter_p6_employer_duty_violence"


def test_her_correction_is_acknowledged():
    said = answer(
        "who said she laughed it off? she didnt. and its not sexual harassment hes threatening to "
        "hurt me bc his mum died",
        "stalking_harassment",
        **FIONA,
    )
    assert said == "utter_p6_sorry_not_laughed_off"


@pytest.mark.parametrize(
    "text, crime",
    [
        ("i work nights, does that matter", "stalking_harassment"),
        ("yes", "stalking_harassment"),
        ("my shift pattern changes every week", "stalking_harassment"),
        ("can i get the bus to the police station", "burglary"),
        ("she laughed when i told her", "stalking_harassment"),
    ],
)
def test_ordinary_messages_do_not_get_fionas_answers(text, crime):
    assert answer(text, crime, **FIONA) not in (
        "utter_p6_leaving_shift_tonight",
        "utter_p6_employer_duty_violence",
        "utter_p6_sorry_not_laughed_off",
    )
