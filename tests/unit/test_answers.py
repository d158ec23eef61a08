"""A message read as the answer to the question asked (actions/answers.py)."""

from __future__ import annotations

import pytest

from actions.answers import read_answer

DECLINED = "declined"
NONE = None

CASES = [
    ("consent", "yes thats fine", True),
    ("consent", "no dont keep anything", False),
    ("consent", "hello", NONE),
    ("consent", "what does that mean?", NONE),
    ("in_danger", "not right now, hes at work", False),
    ("in_danger", "no im at my sisters", False),
    ("in_danger", "yes hes downstairs", True),
    ("in_danger", "im not safe", True),
    ("in_danger", "not sure", DECLINED),
    ("reported_to_police", "yes, the police are looking into it", True),
    ("reported_to_police", "not yet, maybe tomorrow", False),
    ("reported_to_police", "police came round last night", True),
    ("age", "no, I'm 81", 81.0),
    ("age", "rather not say", DECLINED),
    ("under_18", "i was 15 when it started", True),
    ("under_18", "no", False),
    ("relationship_to_offender", "my ex husband", "partner_or_ex"),
    ("relationship_to_offender", "my nan", "family_member"),
    ("relationship_to_offender", "the neighbour across the road", "someone_known"),
    ("relationship_to_offender", "never seen him before", "stranger"),
    ("relationship_to_offender", "no idea, didnt see them", "unknown"),
    ("relationship_to_offender", "flatmate, not family", "someone_known"),
    ("relationship_to_offender", "his brother", "someone_known"),
    ("repeat_victimisation", "loads of times", True),
    ("repeat_victimisation", "no this was the first time", False),
    ("hate_motivated", "yes cos im gay", True),
    ("hate_motivated", "dont think so", False),
    ("hate_motivated", "not sure", DECLINED),
    ("impairment", "i have bipolar", True),
    ("impairment", "no nothing like that", False),
    ("fear_of_giving_evidence", "id be terrified", True),
    ("fear_of_giving_evidence", "wouldnt be scared no", False),
    ("needs", "someone to talk to and help with court", ["emotional", "court"]),
    ("needs", "dunno", DECLINED),
    ("language", "polish if possible", "polish"),
    ("language", "english is fine", "english"),
    ("borough", "tower hamlets, near bow", "tower hamlets"),
    ("borough", "i live in kent", "outside_london"),
    ("gender", "female", "woman"),
    ("gender", "non-binary", "non_binary"),
    ("gender", "rather not say", DECLINED),
    ("referral_consent", "yes but they must be careful", True),
    ("referral_consent", "no thanks", False),
    ("contact_safe", "only in the day when hes at work", True),
    ("contact_safe", "no he checks my phone", False),
    ("voicemail_ok", "rather they didnt", False),
    ("contact_method", "text please, not calls", "text"),
    ("contact_details", "its 07700 900123", "07700900123"),
]


@pytest.mark.parametrize(("slot", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_a_message_read_as_the_answer_to_its_question(slot, text, expected):
    answer = read_answer(slot, text)
    if expected == DECLINED:
        assert answer.declined and answer.value is None
    elif expected is None:
        assert not answer.answered
    else:
        assert answer.value == expected


def test_an_age_answer_settles_under_18_for_a_child():
    assert read_answer("age", "im 14").extra == {"under_18": True}
