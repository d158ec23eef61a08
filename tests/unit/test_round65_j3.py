"""Round 65, helper j3: Mairead (r64a, 50, her ex sends nasty texts and stood outside her work;
she denied honour and forced marriage three times) and Nadia (r63a, her husband says he will take
the children to Somalia; he has the passports)."""

import pytest

from actions.account import j3_denies_topic, j3_without_denied_topics, read_account
from actions.assessment_form import j3_declined_noted
from actions.questions import j3_declined_services
from actions.reading import corrections
from core.vocabulary import plain
from referrals.directory import load_directory
from referrals.matching import match_organisations
from tests.unit.known_answers import (
    RESPONSES,
    answer,
    assert_one_sms_with_source,
    numbers_not_in_directory,
    said_answer,
)

ORGANISATIONS = load_directory()
NEW = (
    "utter_j3_texts_enough",
    "utter_j3_taken_off_list",
    "utter_j3_not_honour_or_marriage",
    "utter_j3_stop_taking_children_simple",
)
MAIREAD_FIRST = (
    "Hi. I'm on my break at work so I haven't long. My ex has been sending me texts, nasty ones, "
    "saying I'll regret leaving and he knows where I am. Last Tuesday he turned up at my work in "
    "Ealing and stood outside the door for about an hour. I don't know what to do."
)
MAIREAD = {"relationship_to_offender": "partner_or_ex", "age": 50}
NADIA_FIRST = "hello. i need help please. my husband he say he take my children to somalia"


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name: str) -> None:
    slots = ({"org_name": "Karma Nirvana"},) if name == "utter_j3_taken_off_list" else ({},)
    assert_one_sms_with_source(name, "round 65, helper j3", slots)


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name: str) -> None:
    assert numbers_not_in_directory(name) == [], name


@pytest.mark.parametrize(
    "text",
    [
        "Yes grand. Are the texts enough for the police to do something? I've kept them all, "
        "screenshots and everything.",
        "I'm safe now, I'm at work and there's people around. He's not here today. But you didn't "
        "say, would the police actually do anything with just texts?",
        "will the police do anything about the messages?",
    ],
)
def test_mairead_texts_get_the_plain_answer_not_abroad(text: str) -> None:
    assert said_answer(text, "stalking", [MAIREAD_FIRST], **MAIREAD) == "utter_j3_texts_enough"


def test_threats_from_abroad_still_answered() -> None:
    said = ["my brother in law keeps sending me threats on whatsapp"]
    for text in (
        "He lives in Lahore. Can the police in the UK actually do anything if the person is "
        "abroad?",
        "He's in Pakistan, not here. Can they do anything at all?",
    ):
        assert said_answer(text, "stalking", said) == "utter_w6_threats_from_abroad", text


def test_texts_answer_not_for_a_scam_or_without_threats() -> None:
    # Other people: a scam text, and a question about texts with no threats told.
    assert (
        said_answer("are the texts enough for the police to do something?", "fraud", [])
        != "utter_j3_texts_enough"
    )
    assert said_answer("will the police text me updates?", "burglary", []) != (
        "utter_j3_texts_enough"
    )


@pytest.mark.parametrize(
    "text",
    [
        "50. So you understand he's not abroad? It's nothing to do with honour or forced marriage, "
        "he's just my ex, Irish like me.",
        "No. Look I've 10 minutes left of my break. I said NOT forced marriage. Can you please "
        "just get it right.",
        "its not honour based abuse, he's my ex",
    ],
)
def test_a_denied_topic_is_not_answered_or_noted(text: str) -> None:
    got = said_answer(text, "stalking", [MAIREAD_FIRST], **MAIREAD)
    assert got == "utter_j3_not_honour_or_marriage"
    assert not {"forced_marriage", "honour_based"} & read_account(text).details


def test_denial_takes_the_topic_off_the_notes() -> None:
    text = "I told you twice it's not honour or forced marriage"
    answers = {"crime_type": "stalking", "account_details": ["honour_based", "forced_marriage"]}
    assert corrections(text, answers)["account_details"] == []


@pytest.mark.parametrize(
    "text",
    [
        "my parents are making me marry my cousin",
        "my family say i brought no honour to them and they will punish me",
        "is it not forced marriage if they take me abroad to marry?",
        "it's not just honour, it's a forced marriage too",
    ],
)
def test_a_topic_told_is_still_read(text: str) -> None:
    words = plain(text)
    assert not j3_denies_topic(words, "forced_marriage")
    assert not j3_denies_topic(words, "honour_based")
    assert answer(text, None) != "utter_j3_not_honour_or_marriage"


def test_denied_topics_are_blanked() -> None:
    words = plain("It's nothing to do with honour or forced marriage, he's just my ex")
    assert "honour" not in j3_without_denied_topics(words)
    assert "marriage" not in j3_without_denied_topics(words)
    assert "abroad" not in j3_without_denied_topics(plain("He's not abroad, he's in Hanwell"))


@pytest.mark.parametrize(
    "text",
    [
        "Why is Karma Nirvana still on there?? I told you twice it's not honour or forced "
        "marriage. Take it off.",
        "Fine, yes. But not that honour crowd. Text my mobile 07723 905 118, don't ring me at "
        "work.",
    ],
)
def test_mairead_takes_karma_nirvana_off(text: str) -> None:
    got = said_answer(text, "stalking", [MAIREAD_FIRST], **MAIREAD)
    assert got == "utter_j3_taken_off_list"
    assert j3_declined_services([text], ORGANISATIONS) == ["karma-nirvana"]


def test_why_is_a_topic_still_there_is_not_a_service_taken_off() -> None:
    # Nadia (round 52): the forced-marriage note, with her passport question.
    assert (
        j3_declined_services(["why is forced marriage still there i said no"], ORGANISATIONS) == []
    )
    assert j3_declined_services(["can you take the kids to school for me"], ORGANISATIONS) == []


def test_declined_service_leaves_the_results() -> None:
    answers = {
        "crime_type": "domestic_abuse",
        "relationship_to_offender": "partner_or_ex",
        "account_details": ["honour_based"],
        "age": 30,
        "gender": "woman",
        "borough": "Ealing",
    }
    assert "karma-nirvana" in [o.id for o in match_organisations(answers, ORGANISATIONS)]
    answers["said"] = ("Why is Karma Nirvana still on there?? Take it off.",)
    j3_declined_noted(answers)
    assert answers["declined_services"] == ["karma-nirvana"]
    assert "karma-nirvana" not in [o.id for o in match_organisations(answers, ORGANISATIONS)]


def test_keep_evidence_wording_is_not_letters() -> None:
    text = RESPONSES["utter_l2_stalking_safer_at_work"][0]["text"]
    assert "letters" not in text


@pytest.mark.parametrize(
    "text,said",
    [
        (NADIA_FIRST, []),
        (
            "i dont know. he not hit me. but he say he take the kids and i never see them. he have "
            "the passports",
            [NADIA_FIRST],
        ),
        (
            "not social services. my HUSBAND. he want take them to somalia. 3 children.",
            [NADIA_FIRST],
        ),
        ("no. police can stop him take kids?", [NADIA_FIRST]),
    ],
)
def test_nadia_husband_taking_children_abroad(text: str, said: list[str]) -> None:
    # "police can stop him take kids?" has round 65 J4's answer about the police, merged beside
    got = said_answer(text, None, said)
    assert got == "utter_j3_stop_taking_children_simple" or (
        "police" in text and got == "utter_j4_police_stop_taking_kids"
    )


def test_social_services_fear_keeps_its_answers() -> None:
    baby = "will social services get involved if i tell someone?? they cant take my baby"
    assert answer(baby, "domestic_abuse") == "utter_social_services_baby"
    kids = "will social services take my kids away if i tell someone?"
    got = answer(kids, "domestic_abuse")
    assert got != "utter_social_services_baby"
    assert got != "utter_j3_stop_taking_children_simple"


def test_other_peoples_children_messages_do_not_get_it() -> None:
    assert said_answer("he takes the kids to school every day", "domestic_abuse", []) != (
        "utter_j3_stop_taking_children_simple"
    )
    assert said_answer(
        "my ex will take the kids this weekend, is that ok?", "domestic_abuse", []
    ) != ("utter_j3_stop_taking_children_simple")
