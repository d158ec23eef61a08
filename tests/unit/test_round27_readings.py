"""Round 27 readings (helper D), with the role-players' words (/tmp/roleplay/r27a, r27b): answers
to the question asked are read as they were meant. "not right now im inside" is a no to danger
now, and a threat told with when it was made is the account; asking whether a threat is a crime
is not danger; "tak ok" is a yes; "yes very scared" is the safety need and "someone speak polish"
help to communicate; "english" beside the needs is the language; "call the shop phone" is the
way to be contacted; a slap and a year of pressure is more than once; "wait my brother is home"
must stop now, and "break over gotta go" is going back to work."""

import pytest

from actions.answers import contact_said, read_answer
from actions.questions import must_go
from actions.reading import Turn, read_turn
from bot.risk_words import detect_risk, trusted_crisis

ASKED = {"consent": True, "in_danger": False, "crime_type": "assault"}


def said(reading):
    return [say.response for say in reading.say]


# -- Ngozi: a patient's son threatened to kill her; she is on a break at work ------------------

NGOZI_SAFE_NOW = (
    "not right now im inside. but a patients son said hed kill me last week, said he knows what "
    "car i drive. hes been waiting outside the hospital car park 3 times since"
)
NGOZI_LAW = "37. thats not what i asked. is saying hell kill me even a crime"


@pytest.mark.parametrize("text", [NGOZI_SAFE_NOW, NGOZI_LAW])
def test_safe_now_with_a_past_threat_or_a_question_about_the_law_is_not_danger(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "in_danger")


def test_not_right_now_answers_the_danger_question_and_the_threat_is_read():
    assert read_answer("in_danger", NGOZI_SAFE_NOW).value is False
    answers = {key: value for key, value in ASKED.items() if key != "in_danger"}
    reading = read_turn(
        Turn(text=NGOZI_SAFE_NOW, intent="inform", requested="in_danger", answers=answers)
    )
    assert reading.slots["in_danger"] is False
    assert not reading.pause and "utter_emergency" not in said(reading)


def test_the_age_given_with_a_question_about_the_law_is_kept_and_nothing_pauses():
    reading = read_turn(Turn(text=NGOZI_LAW, intent="inform", requested="age", answers=ASKED))
    assert reading.slots["age"] == 37
    assert not reading.pause and "utter_emergency" not in said(reading)


@pytest.mark.parametrize(
    "text",
    [
        "he said he'll kill me and he's outside",
        "he said hell kill me and hes outside",
        "he is threatening to kill me, is that a crime",
        "not right now. but he said hed kill me last week and hes outside now",
        "not right now but he threatened to kill me last week and hes on his way",
        "not right now but he said hed kill me last week. hes coming tonight",
        "not right now. he said he'd kill me",
        "im inside but hes outside, he said hed kill me last week",
    ],
)
def test_a_threat_with_someone_there_or_no_word_of_safety_is_still_danger(text):
    assert detect_risk(text) == "in_danger"


BREAK_OVER = "yes. text 07700 900233. break over gotta go"


def test_break_over_gotta_go_is_going_back_to_work_and_the_yes_and_number_are_kept():
    assert not must_go(BREAK_OVER)
    reading = read_turn(
        Turn(text=BREAK_OVER, intent="affirm", requested="referral_consent", answers=ASKED)
    )
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "text"
    assert reading.slots["contact_details"] == "07700900233"
    assert not reading.pause and "in_danger" not in reading.flags


@pytest.mark.parametrize(
    "text",
    [
        "break over gotta go",
        "my break is over i have to go",
        "break over gotta go now",
        "at work gtg",
        "lunch is over, need to go",
    ],
)
def test_going_back_to_work_is_not_having_to_stop_in_secret(text):
    assert not must_go(text)


@pytest.mark.parametrize(
    "text",
    [
        "break over gotta go hes home",
        "gotta go",
        "i must go soon",
        "i have to go hes home",
        "no. i have to go someone is awake",
        "i dont know. maybe because i am african. i must go soon",
        "i have to go my brother is home",
        "hes home early i have to go",
    ],
)
def test_having_to_go_because_of_who_is_there_still_stops(text):
    assert must_go(text)


# -- Amira: pressure to marry; her family checks her phone --------------------------------------

AMIRA_BROTHER = "no. wait my brother is home"
AMIRA_A_YEAR = (
    "theyve been going on about it for a year. my dad slapped me last month when i said i want "
    "to go uni instead. and they check my phone"
)


def test_wait_my_brother_is_home_stops_now_and_keeps_the_no():
    assert must_go(AMIRA_BROTHER)
    reading = read_turn(
        Turn(text=AMIRA_BROTHER, intent="deny", requested="impairment", answers=ASKED)
    )
    assert said(reading) == ["utter_go_now"]
    assert reading.pause and reading.slots["impairment"] is False


@pytest.mark.parametrize(
    "text",
    [
        "wait my son is home",
        "wait my brother is home on tuesdays",
        "wait, my brother is here with me, he saw it",
        "my brother is home",
    ],
)
def test_a_relative_at_home_said_otherwise_is_not_having_to_go(text):
    assert not must_go(text)


def test_a_year_of_pressure_and_a_slap_is_more_than_once():
    assert read_answer("repeat_victimisation", AMIRA_A_YEAR).value is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ive known him for a year", None),
        ("no hes never done it before", False),
        ("no", False),
        ("been going on for a year", True),
    ],
)
def test_a_year_said_otherwise_is_read_as_before(text, expected):
    assert read_answer("repeat_victimisation", text).value is expected


# -- Agnieszka: Polish, little English ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tak ok. my english not so good sorry", True),
        ("tak", True),
        ("tak, but no keep nothing", False),
        ("no", False),
        ("hello", None),
    ],
)
def test_tak_is_a_yes_to_keeping_the_chat(text, expected):
    assert read_answer("consent", text).value is expected


@pytest.mark.parametrize(
    ("text", "needs", "language"),
    [
        ("yes very scared", ["safety"], None),
        (
            "safe place for me and children. and someone speak polish",
            ["safety", "communication"],
            "polish",
        ),
        ("information and feeling safe. english, islington", ["information", "safety"], "english"),
        ("im scared of court", ["court"], None),
        ("someone to talk to", ["emotional"], None),
        ("practical help in tower hamlets", ["practical"], None),
    ],
)
def test_needs_read_as_meant_with_the_language_said_beside_them(text, needs, language):
    answer = read_answer("needs", text)
    assert answer.value == needs
    assert answer.extra.get("language") == language


def test_english_beside_the_needs_is_kept_so_the_language_is_not_asked_again():
    reading = read_turn(
        Turn(
            text="information and feeling safe. english, islington",
            intent="inform",
            requested="needs",
            answers=ASKED,
        )
    )
    assert reading.slots["language"] == "english"
    assert reading.slots["borough"] == "islington"


# -- Imran: his shop's phone ---------------------------------------------------------------------


def test_call_the_shop_phone_is_the_way_to_be_contacted():
    text = "ok yes. call the shop phone 020 7247 3310 in the afternoon"
    reading = read_turn(
        Turn(text=text, intent="affirm", requested="referral_consent", answers=ASKED)
    )
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "call"
    assert reading.slots["contact_times"] == "afternoon"


@pytest.mark.parametrize(
    ("text", "method"),
    [
        ("yes but dont call the shop phone, text 07700 900233", "text"),
        ("yes my mum will call the number you gave", None),
        ("yes i will call the number", None),
        ("yes. i called the police on 999", None),
        ("yes, my phone number is 07700 900233", None),
    ],
)
def test_a_method_is_kept_only_when_it_is_the_way_to_contact_them(text, method):
    assert contact_said(text).get("contact_method") == method


# -- further readings from the round 27 findings --------------------------------------------------


def test_a_bad_hip_and_poor_eyes_are_a_yes_to_the_disability_question():
    # Doreen (r27a/01)
    text = (
        "bad hip and my eyes arent good. should i tell my daughter? she'll say i shouldnt have let "
        "them in"
    )
    assert read_answer("impairment", text).value is True
    assert read_answer("impairment", "i had a bad day").value is None
    assert read_answer("impairment", "not really, bad knees but thats age").value is False


def test_dont_call_me_its_not_my_phone_is_a_no_to_being_contacted():
    # Tyrone (r27a/02)
    text = "nah dont call me its not my phone. ill think about it"
    assert read_answer("referral_consent", text).value is False
    assert read_answer("referral_consent", "no its not a hate crime").value is None


def test_right_now_in_my_room_so_no_is_a_no_to_danger():
    # Rhys (r27c/04)
    text = "right now i am in my room. so no. you didn't say what the victims code is."
    assert read_answer("in_danger", text).value is False
    assert read_answer("in_danger", "hes outside. so no i cant call").value is True


def test_not_knowing_whether_it_is_ok_is_asked_again_not_taken_as_no():
    # Rhys (r27c/04)
    text = "what is the victims code. and who is the support team. i don't know if it is ok"
    answer = read_answer("consent", text)
    assert not answer.answered


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harry says yes thats fine", True),  # Harry (r27b/05), typed by his neighbour
        ("whatever yes", True),  # Owen (r27c/06)
        ("mum says no keep nothing", False),
        ("he said no", None),
        ("police said yes", None),
    ],
)
def test_a_yes_given_for_someone_or_after_whatever_is_consent(text, expected):
    assert read_answer("consent", text).value is expected


def test_the_days_of_the_week_are_kept_as_the_safe_times():
    # Zainab (r27c/05)
    text = (
        "yes but he checks my phone. dont text. only call tuesday or thursday morning when hes at "
        "work"
    )
    said = contact_said(text)
    assert said["contact_method"] == "call"
    assert said["contact_times"] == "tuesday or thursday morning"
    assert read_answer("contact_safe", "only those times").value is True


def test_a_threat_for_going_to_the_police_is_danger_not_a_saying():
    # Amira (r27b/02)
    text = (
        "my brother would kill me if the police came to the house. is it even a crime if its my "
        "parents"
    )
    assert detect_risk(text) == "in_danger"
    assert detect_risk("my mum would kill me if she knew i lost my phone") is None
    assert detect_risk("my dad will kill me if he finds out i smoke") is None
