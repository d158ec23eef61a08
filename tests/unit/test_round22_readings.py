"""Round 22 of role-play: what the bot misread, with the role-players' words (see
docs/conversations.md)."""

import pytest

from actions.account import read_account
from actions.answers import read_answer
from actions.questions import is_question, known_answer
from actions.reading import Turn, corrections, read_turn
from actions.skip_logic import under_18_then_matters
from bot.risk_words import detect_risk, trusted_crisis
from tests.unit.conftest import responses
from tests.unit.test_assessment_form import RESULT_SHOWN, run_validation


def _turn(text, requested, intent="inform", **answers):
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers))


@pytest.mark.parametrize(
    "text",
    [
        # Kwame, a bus driver assaulted for the third time, angry at the questions.
        "35. whats the point of all these questions honestly. this is the 3rd time ive been "
        "assaulted on the buses",
        # Ellie, 15, after the first crisis reply.
        "omg not like actually die. its just a saying. im not gonna do anything",
        "im dying of embarrassment",
    ],
)
def test_no_suicide_alarm_for(text):
    assert detect_risk(text) is None
    assert not trusted_crisis(text, "self_harm")


def test_wanting_to_die_of_embarrassment_from_a_child_still_gets_the_crisis_lines():
    assert trusted_crisis("i want to die of embarrassment honestly", "self_harm")


def test_asking_for_police_outside_is_not_someone_outside_now():
    # Omar: "No not now..." was put in danger mode and sent the Silent Solution.
    text = (
        "No not now, shop is closed today. But they saw my kids and they know where we live "
        "above the shop. Can the police put someone outside?"
    )
    assert detect_risk(text) is None
    assert detect_risk("can the police put someone outside? hes outside now") == "in_danger"


def test_taking_a_son_to_school_is_not_a_theft_or_a_fear_of_social_services():
    # Nadia, in a refuge: told "your baby will be taken" and "I've noted: a theft".
    text = (
        "Not right now, I'm inside and the staff know. But I'm scared to go out to take my son "
        "to school"
    )
    assert read_account(text).crime_type is None
    assert known_answer(text, "domestic_abuse", (), False, {}) is None
    assert read_account("he took my phone").crime_type == "theft"
    found = known_answer("will social services take my son away if i tell", None, (), False, {})
    # Round 65, helper j3: no baby was told, so not the baby answer (Nadia, r63a).
    assert found.response == "utter_p7_children_services_keep_family"


def test_someone_of_86_is_not_asked_if_they_were_under_18_then():
    # Helen, for her mother of 86 in a care home: asked twice, word for word.
    answers = {"age": 86.0, "crime_type": None, "for_someone_else": True}
    assert not under_18_then_matters(answers)
    assert under_18_then_matters({**answers, "account_details": ["as_a_child"]})
    assert under_18_then_matters({"age": 40.0, "crime_type": "sexual_offence"})


def test_a_child_bitten_by_a_dog_is_the_one_harmed():
    # Bea: "it was my son who got bit" made her son the offender; her boy of 4 was not seen.
    first = read_account(
        "my neighbours dog went for my little boy in the park yesterday he's 4 and he needed "
        "stitches in his leg and the owner just LAUGHED. is that even a crime??"
    )
    assert first.for_child and first.age == 4
    later = (
        "no it happened once, yesterday. and it was my son who got bit not me. i havent reported it"
    )
    assert read_account(later).offender is None
    assert corrections(later, {"relationship_to_offender": "someone_known"}) == {}


STEVE = "Im not going to hurt myself. I just mean all of this. the forms, the questions. Im safe"


async def test_safe_after_the_crisis_lines_asks_the_referral_question_again(dispatcher, domain):
    # Steve, whose son was killed: "Im safe" after the Samaritans lines closed the referral.
    sent = [
        "utter_ask_referral_consent",
        "utter_referral_reminder",
        "utter_referral_reminder",
        "utter_self_harm",
    ]
    slots = await run_validation(
        dispatcher, domain, slots=RESULT_SHOWN, requested_slot="referral_consent",
        latest_action="action_resume_assessment", intent="safe_now", sent=sent,
        text=STEVE,
    )  # fmt: skip
    assert "utter_referral_left_open" not in responses(dispatcher)
    assert slots["requested_slot"] == "referral_consent"


def test_a_vaguer_time_said_in_passing_keeps_the_hours_given():
    # Joan: "between 1 and 4" (when her grandson is out) became "in the afternoon".
    answers = {
        "referral_consent": True,
        "contact_safe": True,
        "contact_times": "Only in the afternoons, between 1 and 4",
    }
    text = (
        "I think a telephone call would be best, to the house telephone, in the afternoon. I do "
        "not have email. Will he be able to see these messages on my telephone?"
    )
    assert "contact_times" not in corrections(text, answers)
    assert corrections("not afternoons, mornings only", answers)["contact_times"]


@pytest.mark.parametrize(
    ("text", "age", "borough"),
    [
        ("48. merton, if that's next", 48.0, "merton"),
        ("I am 52. Live in Wandsworth, near the common", 52.0, "wandsworth"),
    ],
)
def test_a_borough_beside_the_age_is_kept(text, age, borough):
    # Paul and Tom were asked for their borough again.
    slots = _turn(text, "age", consent=True, crime_type="burglary").slots
    assert slots["age"] == age and slots["borough"] == borough


def test_identity_theft_is_fraud():
    # Derek: "I've noted: a theft".
    text = (
        "SOMEONE HAS STOLEN MY IDENTITY and opened loans in my name. letters from debt collectors "
        "every week"
    )
    assert read_account(text).crime_type == "fraud"


def test_a_car_that_burned_is_arson():
    # Frank, Deaf, English his second language.
    text = "hello. my car burn. outside my house last night. fire brigade come"
    assert read_account(text).crime_type == "arson"


def test_not_sure_about_danger_is_unsure_and_gets_routes_without_a_call(domain):
    # Frank: "not sure ... i cannot call 999 i am deaf" was read as "no" and he got nothing.
    text = (
        "not sure. neighbour maybe do it. we argue before about parking. he shout at me. i cannot "
        "call 999 i am deaf"
    )
    assert read_answer("in_danger", text).declined
    reading = _turn(text, "in_danger", consent=True)
    assert [s.response for s in reading.say][:1] == ["utter_if_unsafe"]
    assert reading.slots.get("cannot_phone") is True
    variants = domain["responses"]["utter_if_unsafe"]
    by_text = [v for v in variants if v.get("condition")]
    assert "18000" in by_text[0]["text"] and "call 999" not in by_text[0]["text"]


async def test_safe_to_the_safety_check_after_the_result_asks_the_referral_again(
    dispatcher, domain
):
    # Steve: the crisis check ran inside the form; "Im safe" answered it and the referral
    # question, reminded twice before, was closed unasked.
    sent = [
        "utter_ask_referral_consent",
        "utter_referral_reminder",
        "utter_referral_reminder",
        "utter_self_harm",
        "utter_ask_in_danger",
    ]
    slots = await run_validation(
        dispatcher, domain, slots={**RESULT_SHOWN, "in_danger": None, "safety_check": "self_harm"},
        requested_slot="in_danger", intent="inform", sent=sent, text=STEVE,
    )  # fmt: skip
    assert slots["in_danger"] is False
    assert "utter_referral_left_open" not in responses(dispatcher)
    assert slots["requested_slot"] == "referral_consent"


def test_a_sore_arm_is_not_someone_hurting_them_now():
    # Omar: "It is hurting a lot when I lift boxes" got the 999 lines before any question.
    assert (
        detect_risk(
            "Yes ok. But my arm, should I go to hospital? It is hurting a lot when I lift boxes"
        )
        is None
    )
    assert detect_risk("he is hurting me") == "in_danger"


def test_leaving_a_violent_husband_for_a_refuge_is_domestic_abuse():
    # Nadia's first message was not read, and "What happened?" was asked.
    account = read_account(
        "Hello. I left my husband two months ago after years of violence and I am in a refuge "
        "now. I think he knows which area I'm in, his brother has been seen outside twice this "
        "week."
    )
    assert account.crime_type == "domestic_abuse" and account.offender == "partner_or_ex"


def test_rough_handling_in_a_care_home_is_read_with_where_she_lives():
    # Helen: asked "What happened?" twice and her mother's borough again.
    opening = (
        "Hi, I'm not sure if this is the right place. My mum is 86 and has dementia, she's in a "
        "care home in Richmond. Twice now I've found bruises on her arms, like finger marks, and "
        "the staff just say she fell."
    )
    slots = read_turn(Turn(text=opening, intent="describe_crime", opening=True)).slots
    assert slots["crime_type"] == "assault" and slots["borough"] == "richmond upon thames"
    later = (
        "I think someone at the home is being rough with her, grabbing her arms. Maybe one of "
        "the carers. But I can't prove it"
    )
    assert read_account(later).crime_type == "assault"


def test_walking_past_the_dog_every_day_is_not_being_targeted_again():
    # Bea: "i have to walk past it every day" was noted as "happened more than once".
    assert (
        read_account(
            "no were home. but the dog lives next door and i have to walk past it every day"
        ).repeat
        is None
    )
    assert read_account("he hits me every day").repeat is True
    said = "no it happened once, yesterday. and it was my son who got bit not me"
    assert corrections(said, {"repeat_victimisation": True})["repeat_victimisation"] is False


def test_police_who_came_and_named_the_crime_means_reported():
    # Frank: "police say arson" to "Have you reported it?" got the same question again.
    text = "i say already. car fire. somebody put fire on my car. police say arson"
    assert read_answer("reported_to_police", text).value is True


def test_a_dog_attack_is_kept_so_is_it_a_crime_is_answered_later():
    # Bea asked "is it a crime" five times; the dog was only in her first message.
    account = read_account(
        "my neighbours dog went for my little boy in the park yesterday he's 4 and he needed "
        "stitches in his leg and the owner just LAUGHED. is that even a crime??"
    )
    assert "dog_attack" in account.details
    answers = {"account_details": sorted(account.details)}
    assert known_answer("is it a crime", None, (), False, answers).response == (
        "utter_dog_attack_crime"
    )
    assert "dog_attack" not in read_account("my dog was stolen from the garden").details


@pytest.mark.parametrize(
    "text", ["I am asking about my arm!!", "Last time I ask, should I go hospital"]
)
def test_a_question_asked_again_without_its_mark_is_a_question(text):
    # Omar asked about his arm six times; these went by as answers that said nothing.
    assert is_question(text)
    assert known_answer(text, "robbery", (), False, {}) is not None
    assert not is_question("i asked him to stop")


def test_a_boyfriend_who_kind_of_grabbed_her_is_a_partner():
    # Zara: "noted: an assault", then "Do you know who did it?" after "my boyfriend".
    account = read_account(
        "hi idk if this is the right place. my boyfriend kind of grabbed me last night when we "
        "were arguing. hes not like that usually he didnt mean it"
    )
    assert account.offender == "partner_or_ex" and account.crime_type == "domestic_abuse"


def test_whats_da_in_a_longer_message_is_answered():
    text = "whats DA. and i said i dont want to report him so whats the point"
    assert known_answer(text, "domestic_abuse", (), False, {}).response == "utter_what_da_means"
    assert known_answer("what da hell", None, (), False, {}) is None
