"""Round 71, lead: Gwen, 77, burgled while at church, whose fear at every noise got the 999
lines, and whose "is it a person reading this?" at the privacy question got "I can't answer"."""

from __future__ import annotations

import pytest

from actions.questions import known_answer, w70b_asks_if_a_bot
from bot.risk_words import detect_risk, trusted_crisis

GWEN = (
    "no not now. they came while i was at church sunday morning. but i dont sleep well now every "
    "noise at night i think theyre back"
)


@pytest.mark.parametrize(
    "text", [GWEN, "every time i hear a noise i think hes back", "every noise i think its them"]
)
def test_a_fear_at_every_noise_is_not_danger_now(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


@pytest.mark.parametrize(
    "text",
    [
        "i think theyre back",
        "i think theyre back, i can hear them downstairs",
        "theyre back",
        "every noise i think theyre back and now i can hear someone in the kitchen",
    ],
)
def test_someone_back_now_still_alarms(text):
    assert detect_risk(text) == "in_danger"


@pytest.mark.parametrize(
    "text", ["yes thats alright i suppose. is it a person reading this?", "is anyone reading this"]
)
def test_asking_if_a_person_reads_gets_the_honest_answer(text):
    assert w70b_asks_if_a_bot(text)
    said = known_answer(text, None)
    assert said is not None and said.response == "utter_iamabot"


def test_someone_else_reading_her_messages_is_not_asking_about_the_bot():
    assert not w70b_asks_if_a_bot("is someone reading my messages, my husband?")


# -- Declan: who the support team is, and that it is not the police ------------------------------


def test_who_the_support_team_is():
    said = known_answer("who's the support team then? not the old bill is it", None)
    assert said is not None and said.response == "utter_who_contacts"
    assert known_answer("who's team are you on", None) is None


def test_concluding_the_service_is_the_police_is_not_who_hurt_him():
    from actions.reading import corrections

    facts = {"crime_type": "assault", "hate_motivated": True}
    assert (
        corrections("yes?? so it is the police. i'll say no then, dont keep anything", facts) == {}
    )
    assert corrections("is your support team the police", facts) == {}
    assert corrections("It WAS the police. Two officers", facts) == {
        "account_details": ["police_officers"]
    }


def test_whether_the_support_team_is_the_police_asked_late():
    from actions.topics import topic_answer

    for text in (
        "ok. i might ring the galop lot. is it them that are not the police, the support team you "
        "mentioned at the start?",
        "simple question. is your support team the police. yes or no",
    ):
        said = topic_answer(text, {"crime_type": "assault"})
        assert said is not None and said.response == "utter_support_not_police"
    assert topic_answer("can the police give me a support worker?", {}) is None


def test_people_like_me_is_not_homelessness_unless_a_home_was_said_to_be_lacking():
    from actions.questions import q7_asks_if_police_care_when_homeless

    text = "they never do anything for people like me. does this count as a hate crime even?"
    assert not q7_asks_if_police_care_when_homeless(text, {"said": ("got punched at the pub",)})
    assert q7_asks_if_police_care_when_homeless(
        "will the police even care about people like me?", {"said": ("im sleeping rough",)}
    )


# -- Gwen: someone coming to the house, after the police have been -------------------------------


def test_a_visit_asked_after_reporting_is_not_the_fingerprints_answer():
    from actions.questions import matching_answers

    reported = {"crime_type": "burglary", "reported_to_police": True, "age": 77.0}
    for text in (
        "feeling safe and someone to talk to. could anyone come and see me at home? i dont go out",
        "would they come to the house? i cant hear the telephone very well",
    ):
        found = [say.response for say in matching_answers(text, "burglary", answers=reported)]
        assert not any("fingerprints" in (name or "") for name in found), found
    asked = "will the police come round for fingerprints?"
    said = known_answer(asked, "burglary", answers=reported)
    assert said is not None and said.response == "utter_x71c_burglary_fingerprints_reported"
    said = known_answer("will someone come round to the house?", "burglary", answers={})
    assert said is not None and said.response == "utter_j4_burglary_fingerprints"
