"""Questions role-players asked in round 19 that got a wrong answer or none: an order being
breached, tests after a spiking (time-limited, so the Havens today, not "it's never too late"),
whether being groped counts, what the police would do weeks later, a family liaison officer who
does not call back, British Transport Police, posts online, who pays for damage, and whether the
police take a hate crime seriously when nobody was hit. Each answer is in
bot/domain/responses_answers.yml with its sources; each test quotes the message as it was
written, with near misses that must keep their own answers."""

from __future__ import annotations

import pytest
from known_answers import RESPONSES, answer, sendable

from core.text import SMS_LIMIT

NEW = (
    "utter_order_breach",
    "utter_havens_today",
    "utter_havens_before_washing",
    "utter_sexual_assault_counts",
    "utter_rape_crisis_for_you",
    "utter_police_after_weeks",
    "utter_flo_not_calling",
    "utter_transport_police",
    "utter_posts_removed",
    "utter_damage_who_pays",
    "utter_hate_taken_seriously",
)


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_and_one_message_is_sent(name):
    for variant in RESPONSES[name]:
        assert len(variant["text"]) <= SMS_LIMIT, name
    assert len(sendable(name)) == 1
    assert len(sendable(name, for_someone_else=True)) == 1


@pytest.mark.parametrize("name", [n for n in NEW if len(RESPONSES[n]) > 1])
def test_someone_writing_for_another_is_told_about_them(name):
    theirs = sendable(name, for_someone_else=True)[0]
    assert theirs != sendable(name)[0]
    assert "your " not in theirs.replace("your own", "")


# -- 1. a non-molestation order breached ------------------------------------------------------

BREACH = (
    "I already HAVE the order. He's breaching it. How do I report breaches and how should I "
    "keep evidence of the emails?"
)


@pytest.mark.parametrize(
    "crime_type", ["domestic_abuse", "stalking_harassment", "sexual_offence", None]
)
def test_a_breached_order_gets_the_breach_answer_whatever_the_crime_was_read_as(crime_type):
    assert answer(BREACH, crime_type) == "utter_order_breach"


@pytest.mark.parametrize(
    "text",
    [
        "he keeps breaking the order, what do i do?",
        "what happens if he breaches the non molestation order",
        "can i report him for breaching the injunction?",
    ],
)
def test_other_breaches_are_recognised(text):
    assert answer(text, "domestic_abuse") == "utter_order_breach"


def test_the_breach_answer_says_what_the_law_and_the_evidence_are():
    message = sendable("utter_order_breach")[0]
    assert "Family Law Act 1996, section 42A" in message
    assert "999" in message and "101" in message
    assert "dated list" in message and "don't delete" in message and "safe email" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("can i get a court order to stop him contacting me?", "utter_protection_order"),
        ("should I keep his messages?", "utter_keep_evidence"),
        ("he broke my phone. what do i do", None),
        ("no", None),
        ("my ex husband", None),
    ],
)
def test_near_misses_of_a_breach_keep_their_answers(text, expected):
    said = answer(text, "domestic_abuse")
    assert said != "utter_order_breach"
    if expected:
        assert said == expected


# -- 2. tests after a spiking: the Havens today -----------------------------------------------

TESTS_ASKED = [
    "no im at home. but i dont know what happened to me. is it too late to get tested",
    "i mean like a test for the drug or like a rape test. its wednesday now",
    "please can you just tell me if i can still get tested",
    "should i go to the havens today",
]


@pytest.mark.parametrize("text", TESTS_ASKED)
@pytest.mark.parametrize(
    ("crime_type", "answers"),
    [
        ("assault", {"possible_sexual_offence": True}),
        ("assault", {}),
        ("sexual_offence", {}),
        (None, {}),
    ],
)
def test_asking_about_tests_days_later_gets_the_havens_today(text, crime_type, answers):
    assert answer(text, crime_type, **answers) == "utter_havens_today"


def test_the_havens_answer_gives_the_time_limits_not_false_comfort():
    message = sendable("utter_havens_today")[0]
    assert "today" in message and "020 3299 6900" in message
    assert "7 days" in message and "5 days" in message and "72 hours" in message
    assert "not too late" not in message and "years" not in message


@pytest.mark.parametrize("crime_type", ["assault", "sexual_offence", None])
def test_not_showering_before_the_havens_is_answered_with_go_anyway(crime_type):
    text = "should i not shower until i go to the havens"
    assert answer(text, crime_type) == "utter_havens_before_washing"
    message = sendable("utter_havens_before_washing")[0]
    assert "try not to wash" in message and "still go" in message


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("should i have a shower?", "sexual_offence", "utter_evidence_advice"),
        ("is it too late to go to the havens? its been 2 weeks", "sexual_offence", None),
        ("its been 5 years, is it too late to report it?", "assault", "utter_not_too_late"),
        ("can i still get support?", "assault", None),
        ("is it too late to get tested", "fraud", None),
        ("no im at home", "assault", None),
    ],
)
def test_near_misses_of_the_tests_question_keep_their_answers(text, crime_type, expected):
    said = answer(text, crime_type)
    assert said not in ("utter_havens_today", "utter_havens_before_washing")
    if expected:
        assert said == expected


# -- 3. groped: does it count; is Rape Crisis for me -------------------------------------------


@pytest.mark.parametrize("crime_type", ["sexual_offence", "assault", None])
def test_being_groped_counts(crime_type):
    text = "is it even serious enough to count? he didnt like rape me or anything"
    assert answer(text, crime_type) == "utter_sexual_assault_counts"
    message = sendable("utter_sexual_assault_counts")[0]
    assert "Sexual Offences Act 2003, section 3" in message and "isn't your fault" in message


def test_rape_crisis_is_for_any_sexual_violence():
    text = "is rape crisis for me tho, it wasnt rape"
    assert answer(text, "sexual_offence") == "utter_rape_crisis_for_you"
    assert "any kind of sexual violence" in sendable("utter_rape_crisis_for_you")[0]


@pytest.mark.parametrize(
    "text",
    [
        "is it serious enough to report?",
        "he didnt rape me",
        "he grabbed my bag, is it serious enough?",
        "what is rape crisis",
    ],
)
def test_near_misses_of_does_it_count(text):
    said = answer(text, "assault")
    assert said not in ("utter_sexual_assault_counts", "utter_rape_crisis_for_you")


# -- 4. what would the police do, weeks later --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what would police even do now its been 3 weeks",
        "is it too late to report it to police now? would they even do anything",
    ],
)
@pytest.mark.parametrize("crime_type", ["assault", "sexual_offence", "robbery", None])
def test_weeks_later_the_police_answer_says_what_they_do(text, crime_type):
    assert answer(text, crime_type) == "utter_police_after_weeks"
    message = sendable("utter_police_after_weeks")[0]
    assert "not too late" in message and "met.police.uk" in message and "101" in message


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("can i still report it years later?", "assault", "utter_not_too_late"),
        ("would they even bother?", "assault", "utter_worth_reporting"),
        ("what will the police do?", "assault", None),
        ("what would police even do now its been 3 weeks", "fraud", None),
    ],
)
def test_near_misses_of_the_weeks_later_question(text, crime_type, expected):
    said = answer(text, crime_type)
    assert said != "utter_police_after_weeks"
    if expected:
        assert said == expected


# -- 5. the family liaison officer does not call back ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what do i do about the FLO not calling back. its been 3 weeks",
        "you keep telling me what an FLO is i KNOW what it is",
        "the family liaison officer isnt answering my calls",
    ],
)
def test_an_flo_who_does_not_call_back_gets_what_to_do(text):
    assert answer(text, "homicide", bereaved=True) == "utter_flo_not_calling"
    message = sendable("utter_flo_not_calling")[0]
    assert "senior investigating officer" in message and "Right 12" in message
    assert "National Homicide Service" in message


@pytest.mark.parametrize(
    "text", ["family liaison officer. what is it", "what is an FLO?", "is the flo on our side?"]
)
def test_what_an_flo_is_still_gets_the_definition(text):
    assert answer(text, "homicide", bereaved=True) == "utter_family_liaison"


# -- 6. British Transport Police ---------------------------------------------------------------


def test_british_transport_police_is_named_with_its_numbers():
    text = "should I report to British Transport Police instead?"
    assert answer(text, "sexual_offence") == "utter_transport_police"
    message = sendable("utter_transport_police")[0]
    assert "61016" in message and "0800 40 50 40" in message and "999" in message


@pytest.mark.parametrize("text", ["it happened on the tube", "on the train home", "the tube"])
def test_the_tube_said_in_an_answer_is_not_a_question_about_btp(text):
    assert answer(text, "sexual_offence") != "utter_transport_police"


# -- 7. posts online ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "can you get posts removed?",
        "how do i get the posts taken down? they're on insta and twitter",
    ],
)
def test_posts_to_take_down(text):
    assert answer(text, "online_abuse") == "utter_posts_removed"
    message = sendable("utter_posts_removed")[0]
    assert "Report Harmful Content" in message and "Screenshot" in message
    assert "0345 6000 459" in message


@pytest.mark.parametrize(
    "text", ["he posted about me on insta", "my ex", "can you get my nudes taken down?"]
)
def test_near_misses_of_posts(text):
    assert answer(text, "online_abuse") != "utter_posts_removed"


# -- 8. who pays for damage --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["my car fixed, who pays for that", "who pays for my tyres? 3 sets"]
)
@pytest.mark.parametrize("crime_type", ["criminal_damage", "stalking_harassment", None])
def test_who_pays_for_damage(text, crime_type):
    assert answer(text, crime_type) == "utter_damage_who_pays"
    message = sendable("utter_damage_who_pays")[0]
    assert "insurance" in message and "crime reference number" in message
    assert "court can order" in message and "doesn't cover property" in message


@pytest.mark.parametrize(
    ("text", "crime_type", "expected"),
    [
        ("who pay for my tools? insurance? police pay?", "burglary", None),
        ("who will pay for my broken tooth?", "assault", None),
        ("So the CICA will pay for my door?", "burglary", "utter_compensation_not_violent"),
        ("my car", "criminal_damage", None),
    ],
)
def test_near_misses_of_who_pays(text, crime_type, expected):
    said = answer(text, crime_type)
    assert said != "utter_damage_who_pays"
    if expected:
        assert said == expected


# -- 9. will the police take a hate crime seriously --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no. will the police even take it seriously tho its not like he hit me",
        "you still didnt say if the police will take it seriously. he didnt actually hit me",
    ],
)
@pytest.mark.parametrize("crime_type", ["assault", "stalking_harassment", "other"])
def test_a_hate_crime_without_a_blow_is_taken_seriously(text, crime_type):
    # z87d (round 87): no race or faith told, so not the faith services (Kofi, a Christian,
    # was offered Tell MAMA and CST for racist graffiti).
    assert answer(text, crime_type, hate_motivated=True) == "utter_hate_taken_seriously_any"
    message = sendable("utter_hate_taken_seriously_any")[0]
    assert "hate crime" in message and "even if nobody hit you" in message
    # Round 39: CATCH is no longer named (its MOPAC contract ended 30 September 2025).
    assert "CATCH" not in message and "Tell MAMA" not in message and "08 08 16 89 111" in message


def test_the_hate_words_alone_are_enough():
    text = "he pulled my hijab. will the police take it seriously?"
    assert answer(text, "assault") == "utter_hate_taken_seriously"


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("will the police even take it seriously tho its not like he hit me", {}),
        ("no", {"hate_motivated": True}),
        ("he didnt hit me", {"hate_motivated": True}),
    ],
)
def test_near_misses_of_the_hate_question(text, answers):
    assert answer(text, "domestic_abuse", **answers) != "utter_hate_taken_seriously"


def test_asking_for_an_order_is_not_a_breach():
    text = "can i get a restraining order, he breached his bail"
    assert answer(text, "domestic_abuse") == "utter_protection_order"


def test_sti_tests_keep_the_evidence_answer():
    """STI tests are done later, not at once: the round 10 answer stands."""
    text = "is it too late to get tested, like for drugs or stds or whatever"
    assert answer(text, "sexual_offence") == "utter_evidence_advice"


# -- near misses found in review ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i havent heard of an flo, what is it?",
        "what is an FLO, i have not heard of it",
        "i havent got an flo, what is it?",
    ],
)
def test_not_knowing_what_an_flo_is_gets_the_definition(text):
    assert answer(text, "homicide", bereaved=True) == "utter_family_liaison"


@pytest.mark.parametrize(
    ("text", "crime_type", "answers"),
    [
        ("they arrested him. what will they do now?", "assault", {}),
        ("what if they do anything again?", "assault", {"hate_motivated": True}),
        ("should i report his posts to the police?", "online_abuse", {}),
        ("he touched my car, does that count?", "criminal_damage", {}),
        ("who pays to fix my teeth?", "assault", {}),
    ],
)
def test_other_near_misses_get_none_of_the_new_answers(text, crime_type, answers):
    assert answer(text, crime_type, **answers) not in NEW


def test_the_havens_long_after_keeps_the_not_too_late_answer():
    text = "can i still go to the havens? it was 3 months ago"
    assert answer(text, "sexual_offence") == "utter_havens_not_too_late"
