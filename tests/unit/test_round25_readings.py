"""Left open by the round 24 fixes, found when replaying round 24 against them, with the
role-players' words (see docs/conversations.md): a parole case is not asked about a trial to
come, and hate for a disability is not answered as hate for race or religion."""

import pytest

from actions.answers import read_answer
from actions.reading import Turn, read_turn
from core import yaml_files
from tests.unit.known_answers import answer, sendable

# -- Winston: his son's killer was convicted in 2021 and is up for parole -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "There was a trial in 2021. I gave evidence then. It is finished.",
        "He was convicted of murder in 2021. It is the Parole Board now.",
        "the trial is over",
        "no, i already gave evidence",
    ],
)
def test_a_trial_that_is_over_answers_the_court_question(text):
    assert read_answer("fear_of_giving_evidence", text).value is False


def test_the_finished_trial_gets_no_paragraph_about_trials_and_no_second_asking():
    reading = read_turn(
        Turn(
            text="There was a trial in 2021. I gave evidence then. It is finished.",
            intent="inform",
            requested="fear_of_giving_evidence",
            answers={"consent": True, "crime_type": "homicide"},
        )
    )
    assert reading.slots["fear_of_giving_evidence"] is False
    assert reading.say == []


@pytest.mark.parametrize(
    "text",
    [
        "yes im scared, the trial is next month",
        "im scared he will be found guilty and his mates come for me",
        "yes",
    ],
)
def test_fear_of_a_trial_to_come_is_still_fear(text):
    assert read_answer("fear_of_giving_evidence", text).value is True


# -- hate for a disability ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("do the police even care about this?", {"hate_strand": ["disability"]}),
        (
            "will the police take it seriously? they hate me because im in a wheelchair",
            {},
        ),
    ],
)
def test_disability_hate_is_not_answered_as_race_or_religion(text, answers):
    said = answer(text, "assault", hate_motivated=True, **answers)
    assert said == "utter_hate_taken_seriously_any"
    message = sendable(said)[0]
    assert "Tell MAMA" not in message and "religion or race" not in message
    assert "disability" in message and len(message) <= 320


@pytest.mark.parametrize(
    ("text", "answers"),
    [
        ("do the police even care about this?", {"hate_strand": ["religion"]}),
        ("will the police take it seriously, it was racist", {}),
    ],
)
def test_race_or_religion_hate_keeps_its_answer(text, answers):
    # z87d (round 87): race alone gets its own answer, without the faith services.
    assert answer(text, "assault", hate_motivated=True, **answers) in (
        "utter_hate_taken_seriously",
        "utter_z87d_race_hate_taken_seriously",
    )


@pytest.mark.parametrize(
    "text", ["I am 66. Who do I send my statement to?", "where do i send my vps"]
)
def test_who_takes_a_statement_is_answered_for_a_trial_and_for_parole(text):
    said = answer(text, "homicide")
    assert said == "utter_who_takes_a_statement"
    message = sendable(said)[0]
    assert "Victim Liaison Officer" in message and "police officer" in message
    assert len(message) <= 320


def test_a_statement_after_a_conviction_goes_to_the_liaison_officer():
    text = "He was convicted in 2021. Who do I send my statement to?"
    assert answer(text, "homicide") == "utter_parole_statement_to_vlo"


# -- Kemi: pregnant, pushed down the stairs, her boyfriend in the next room ---------------------

KEMI = {
    "consent": True,
    "crime_type": "assault",
    "relationship_to_offender": "partner_or_ex",
    "account_details": ["pregnant"],
}


def _danger_turn(text, **answers):
    return read_turn(
        Turn(
            text=text,
            intent="inform",
            requested="in_danger",
            answers={**KEMI, **answers},
            said=("utter_emergency",),
        )
    )


@pytest.mark.parametrize(
    "text",
    [
        "i cant call he will hear. i just want to know where i can go. is the baby ok if i fell? my belly hurts a bit",  # noqa: E501
        "i cant call anyone i told you. text me a place. is there a refuge number i can text or chat online",  # noqa: E501
        "i cant talk hes in the next room",
    ],
)
def test_cannot_call_is_never_a_no_to_being_in_danger(text):
    # She was told "I'm glad you're safe now" twice.
    assert read_answer("in_danger", text).value is True


@pytest.mark.parametrize("text", ["no im safe now, i cant talk long", "no", "im ok"])
def test_safe_said_beside_it_is_still_safe(text):
    assert read_answer("in_danger", text).value is False


def test_in_danger_the_baby_question_is_answered_before_the_questions_wait():
    reading = _danger_turn(
        "i cant call he will hear. i just want to know where i can go. is the baby ok if i fell? "
        "my belly hurts a bit"
    )
    assert [say.response for say in reading.say] == [
        "utter_emergency",
        "utter_pregnant_after_harm",
        "utter_when_safe",
    ]
    assert reading.pause and reading.slots["in_danger"] is True


@pytest.mark.parametrize(
    "text",
    [
        "yes but i cant call anyone. i need somewhere to go me and the baby. a refuge or something",
        "i cant call anyone i told you. text me a place. is there a refuge number i can text or chat online",  # noqa: E501
    ],
)
def test_in_danger_a_refuge_is_found_without_a_call(text):
    reading = _danger_turn(text)
    assert [say.response for say in reading.say] == [
        "utter_emergency",
        "utter_refuge_without_a_call",
        "utter_when_safe",
    ]


def test_the_refuge_answer_names_the_helpline_chat_and_999_by_text():

    from tests.unit.known_answers import DOMAIN

    responses = yaml_files.load((DOMAIN / "responses.yml").read_text())["responses"]
    text = responses["utter_refuge_without_a_call"][0]["text"]
    assert "nationaldahelpline.org.uk" in text and "18000" in text and len(text) <= 320


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "yes but text only. and refuge?? can they get me in tonight",
            "utter_refuge_without_a_call",
        ),
        ("where can i go tonight", "utter_living_with_them"),  # the refuge line (round 31)
    ],
)
def test_refuge_questions_after_the_result(text, expected):
    assert answer(text, "domestic_abuse", relationship_to_offender="partner_or_ex") == expected


# -- Fiona: a bottle thrown at her is not self-harm; Nadia: her brother is home ------------------


def test_a_bottle_that_hit_her_arm_is_not_self_harm():
    from bot.risk_words import detect_risk

    text = "i just told you what happened?? they throw things and film me. a bottle hit my arm last week"  # noqa: E501
    assert detect_risk(text) is None
    assert detect_risk("i hit my arms until they bruise") == "self_harm"
    assert detect_risk("i keep cutting my arms") == "self_harm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("i cant call anyone theyll hear me. i have to go my brother is home", True),
        ("i gotta go my dad is back", True),
        ("i have to go to work, my brother is home with the kids", False),
        ("i need to go, my son is coming back from school soon so ill finish later", False),
    ],
)
def test_having_to_go_because_a_relative_is_home(text, expected):
    from actions.questions import must_go

    assert must_go(text) is expected


# -- threats to come back, locks without a key, stopping a forced marriage ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "no danger now. but i am scared they come back to shop",
        "no first time. but they say they come back",
        "they speak arabic when they call? and if the boys come back what i do",
        "yeah honestly. he was massive and he said hed find me. do i get to see the court before",
        "first time. but they said if i tell anyone they'll find me. they know my school init",
    ],
)
def test_a_threat_to_come_back_is_answered(text):
    said = answer(text, "robbery")
    assert said == "utter_threat_to_return"
    message = sendable(said)[0]
    assert "999" in message and "101" in message and len(message) <= 320


@pytest.mark.parametrize(
    "text", ["he comes back at 6", "no", "my son came back home", "will the police come back"]
)
def test_coming_back_without_a_threat_is_not(text):
    assert answer(text, "robbery") != "utter_threat_to_return"


def test_a_partner_coming_back_is_not_this_answer():
    said = answer("he said hed find me", "domestic_abuse", relationship_to_offender="partner_or_ex")
    assert said != "utter_threat_to_return"


def test_a_broken_lock_is_not_told_he_may_have_a_key():
    text = (
        "No nobody is there now. They broke the back door, the lock is broken, I have put a "
        "board on it. Is there anyone who can fit new locks for her? I cannot afford a "
        "locksmith right now"
    )
    said = answer(text, "burglary", for_someone_else=True)
    assert said == "utter_locks_fitted"
    assert "key" not in sendable(said, for_someone_else=True)[0]
    key = "whether anyone can help me to have my locks changed, as I believe the man may have a key"
    assert answer(key, "burglary") == "utter_locks_changed"


@pytest.mark.parametrize(
    "text",
    [
        "ok but can anyone stop them taking me in the summer??",
        "will karma nirvana tell my family? and what if they just book the tickets, can anyone stop it",  # noqa: E501
    ],
)
def test_can_anyone_stop_it_after_telling_of_a_forced_marriage(text):
    said = answer(text, "domestic_abuse", account_details=["forced_marriage"])
    assert said == "utter_forced_marriage_order"


def test_stop_them_taking_me_without_a_forced_marriage_told_is_not_that_answer():
    assert answer("can anyone stop them taking me", "robbery") != "utter_forced_marriage_order"


# -- safe times: Maria's son sleeps in the morning; Helen cannot face morning calls -------------


def test_times_while_he_sleeps_replace_any_time_said_before():
    reading = read_turn(
        Turn(
            text="yes. morning 9 to 12, he sleep then",
            intent="affirm",
            requested="contact_safe",
            answers={
                "consent": True,
                "crime_type": "domestic_abuse",
                "referral_consent": True,
                "contact_times": "yes any time",
            },
        )
    )
    assert reading.slots["contact_safe"] is True
    assert reading.slots["contact_times"] == "morning, 9 to 12"


def test_not_in_the_morning_is_never_kept_as_the_morning():
    from actions.answers import contact_said

    said = contact_said("yes please. but not phone calls in the morning I cant face them")
    assert said.get("contact_times") != "morning"


@pytest.mark.parametrize(
    "text",
    [
        "what about the videos they put online, can they get them taken down",
        "revenge porn?? its not that kind of video, its them laughing at me in my wheelchair. on tiktok. can they take it down?",  # noqa: E501
    ],
)
def test_videos_made_to_mock_her_are_reported_to_the_platform(text):
    assert answer(text, "stalking_harassment", hate_motivated=True) == "utter_posts_removed"


def test_an_intimate_video_still_gets_the_intimate_image_answer():
    text = "he shared a video of us having sex, can i get it taken down?"
    assert answer(text, "sexual_offence") == "utter_images_online"


@pytest.mark.parametrize(
    "text",
    ["Im not vulnerable, take that off", "WHY. I dont need help giving an account, I'm not senile"],
)
def test_not_vulnerable_takes_the_condition_off(text):
    from actions.reading import corrections

    assert corrections(text, {"impairment": True, "crime_type": "fraud"}) == {"impairment": False}


def test_who_it_is_and_cannot_phone_are_kept_while_the_questions_wait():
    from actions.dialogue import kept_while_paused

    text = "im not safe hes my boyfriend we live together. no police. please whisper i mean i cant talk"  # noqa: E501
    assert kept_while_paused(text, {"crime_type": "assault"}) == {
        "relationship_to_offender": "partner_or_ex",
        "cannot_phone": True,
    }
    assert kept_while_paused("hello??", {}) == {}
    assert kept_while_paused("hes my boyfriend", {"relationship_to_offender": "stranger"}) == {}


def test_having_to_go_read_as_safe_by_the_classifier_is_still_not_safe(dispatcher, domain):
    # Live, the classifier read "no. i have to go someone is awake" as safe_now, and she was told
    # "I'm glad you're safe now" before "OK, go".
    from actions.dialogue import ActionResumeAssessment
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={"consent": True, "crime_type": "human_trafficking", "in_danger": True},
        text="no. i have to go someone is awake",
        intent="safe_now",
        sent=["utter_go_now"],
        active_loop=None,
    )
    ActionResumeAssessment().run(dispatcher, tracker, domain)
    assert "utter_glad_safe_go_on" not in responses(dispatcher)
    assert responses(dispatcher)[-1] == "utter_still_here"


def test_whats_the_point_theyre_kids_is_about_reporting():
    from bot.risk_words import SELF_HARM, trusted_crisis

    assert not trusted_crisis("no. whats the point theyre kids", SELF_HARM)
    assert trusted_crisis("whats the point in living", SELF_HARM)


def test_why_with_a_question_gives_the_reasons_then_the_answer(dispatcher, domain):
    from actions.dialogue import ActionShowDetails
    from tests.unit.conftest import make_tracker, responses

    tracker = make_tracker(
        slots={
            "consent": True,
            "crime_type": "domestic_abuse",
            "relationship_to_offender": "partner_or_ex",
            "repeat_victimisation": True,
            "gender": "man",
            "results_shown": True,
            "assessment_done": True,
        },
        text="WHY. and will i lose my kids if i leave her",
        intent="show_reasons",
        active_loop=None,
    )
    ActionShowDetails().run(dispatcher, tracker, domain)
    sent = responses(dispatcher)
    assert sent[-1].startswith("utter_leaving_with_children"), sent


def test_reported_once_is_not_a_correction_of_how_often_it_happened():
    # Found by the conversation suite after round 24's "once." correction: a trans woman
    # followed for months answered "once, nothing happened" to "Have you reported it?".
    reading = read_turn(
        Turn(
            text="once, nothing happened",
            intent="inform",
            requested="reported_to_police",
            answers={
                "consent": True,
                "crime_type": "stalking_harassment",
                "repeat_victimisation": True,
            },
        )
    )
    assert reading.slots == {"reported_to_police": True}


# -- round 26: Lily, 14, asked for pictures by a man from a game -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "hi 😬 theres this guy i met on a game and he keeps asking me for pics and i dont know what to do",  # noqa: E501
        "i told u. hes a guy from fortnite hes asking for pics like of me. and now hes saying hell tell my parents if i stop 😭",  # noqa: E501
        "idk its like hes blackmailing me?? i sent him one before and now he wants more",
    ],
)
def test_a_child_asked_for_pictures_is_intimate_image_abuse(text):
    from actions.account import read_account

    found = read_account(text)
    assert found.crime_type == "online_abuse"
    assert "intimate_images" in found.details


@pytest.mark.parametrize(
    "text", ["the police asked for photos of the damage", "he wants pics of the bruises for court"]
)
def test_photos_of_damage_or_injuries_are_not(text):
    from actions.account import read_account

    assert "intimate_images" not in read_account(text).details


def test_she_is_offered_ceop_and_report_remove():
    from referrals.results import build_result

    answers = {
        "consent": True,
        "crime_type": "online_abuse",
        "account_details": ["intimate_images"],
        "age": 14.0,
        "relationship_to_offender": "stranger",
        "borough": "barnet",
    }
    ids = [o.id for o in build_result(answers).organisations]
    assert "ceop" in ids and "report-remove" in ids


# -- round 26: Sunita, writing for her sister, whose husband controls everything ---------------

SUNITA = {
    "for_someone_else": True,
    "relationship_to_offender": "partner_or_ex",
}


@pytest.mark.parametrize(
    "text",
    [
        "no. she would never. she's scared of him i think. what can i do without making it worse for her",  # noqa: E501
        "no she doesnt know, i said. so what do i actually do? can i ring that helpline myself for her?",  # noqa: E501
    ],
)
def test_how_to_help_her_without_making_it_worse(text):
    said = answer(text, "domestic_abuse", **SUNITA)
    assert said == "utter_helping_someone_abused"
    message = sendable(said, for_someone_else=True)[0]
    assert "0808 2000 247" in message and "999" in message and len(message) <= 320


@pytest.mark.parametrize("text", ["what can i do", "no", "can i ring the helpline"])
def test_other_questions_from_a_relative_are_not_this_answer(text):
    assert answer(text, "domestic_abuse", **SUNITA) != "utter_helping_someone_abused"


def test_asked_about_oneself_it_is_not_this_answer():
    text = "what can i do without making it worse for her"
    assert answer(text, "domestic_abuse") != "utter_helping_someone_abused"


@pytest.mark.parametrize(
    "text",
    ["Maybe because I am refugee? I dont know. skip", "i dont know. maybe because i am african"],
)
def test_unsure_about_hate_is_not_a_hate_crime(text):
    # Round 26: an asylum seeker was then offered hate-crime services he had not asked for.
    assert read_answer("hate_motivated", text).declined


def test_a_yes_with_maybe_is_still_a_yes():
    assert read_answer("hate_motivated", "yes i think maybe because im gay").value is True


@pytest.mark.parametrize(
    "text",
    ["what about sick pay and my SIA licence. last time im asking", "will i lose my licence"],
)
def test_his_own_work_licence_is_not_about_parole(text):
    from actions.questions import topic_fits

    assert not topic_fits("parole", text)
    assert not topic_fits("victim_contact_scheme", text)
    assert topic_fits("parole", "what about his licence conditions when he gets out")
