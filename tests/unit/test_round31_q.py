"""Readings from role-play round 31, with the role-players' words (see
/tmp/roleplay/transcripts/r31*.txt): answers about being contacted read as they were meant
(Graham, Ollie, Dimitar, Irena, Rukhsana, Precious), a yes or no with extra words (Terry, Gwen,
Kwame), side remarks that changed stored answers (Terry, Kwame, Becca), and two false crisis
alarms (Terry, Jade)."""

import pytest

from actions.answers import contact_said, read_answer
from actions.reading import Turn, corrections, read_turn
from bot.risk_words import IN_DANGER, SELF_HARM, detect_risk, trusted_crisis

ASKED = {"consent": True}
REFERRED = {"consent": True, "referral_consent": True}


def read(text: str, requested: str, answers: dict | None = None, intent: str = "inform"):
    return read_turn(
        Turn(text=text, intent=intent, requested=requested, answers=answers or dict(ASKED))
    )


# -- 1. Graham: "Is it safe for a support worker to contact you?" ------------------------------

GRAHAM_MOSTLY = (
    "Mostly. My son does sometimes pick up the landline, so please use my mobile, and during the "
    "day when he's usually asleep, before 1pm."
)
GRAHAM_NO_MESSAGE = "No, please don't leave a message. The mobile is 07700 900266."
GRAHAM_PUT_RIGHT = (
    "No, I do want them to contact me! I meant no voicemail. Please ring my mobile 07700 900266, "
    "mornings before 1pm."
)


def test_grahams_mostly_is_safe_with_his_times():
    reading = read(GRAHAM_MOSTLY, "contact_safe", REFERRED)
    assert reading.slots["contact_safe"] is True
    times = reading.slots["contact_times"]
    assert "during the day" in times and "before 1pm" in times
    assert "not before" not in times  # his son's sleep is when to call, not when she is busy


def test_grahams_no_is_to_the_voicemail_and_his_number_is_kept():
    reading = read(GRAHAM_NO_MESSAGE, "contact_safe", REFERRED)
    assert reading.slots["contact_safe"] is True
    assert reading.slots["voicemail_ok"] is False
    assert reading.slots["contact_details"] == "07700900266"
    assert not any(say.response.startswith("utter_no_contact") for say in reading.say)


def test_a_number_beside_a_no_is_still_the_number():
    assert read_answer("contact_details", GRAHAM_NO_MESSAGE).value == "07700900266"
    assert read_answer("contact_details", "no").declined
    assert read_answer("contact_details", "no i dont have one").declined


def test_grahams_correction_keeps_the_number_so_it_is_not_asked_again():
    answers = {**REFERRED, "contact_safe": False}
    changed = corrections(GRAHAM_PUT_RIGHT, answers)
    assert changed["contact_safe"] is True
    assert changed["contact_details"] == "07700900266"
    assert changed["voicemail_ok"] is False
    assert changed["contact_method"] == "call"
    assert "before 1pm" in changed["contact_times"]


@pytest.mark.parametrize(
    "text",
    [
        "No, it's not safe, he reads my messages",
        "no. please don't contact me",
        "no he checks my phone",
    ],
)
def test_a_real_no_is_still_a_no(text):
    assert read_answer("contact_safe", text).value is False


# -- 2, 3, 6. Yes at the referral question, with more words -----------------------------------

GRAHAM_YES = (
    "Very well, yes. Though I'd still like to know if anyone can help him with the drugs. He has "
    "said before he'd like to stop."
)
OLLIE_YES = "ahh so THAT's the answer to my question earlier, cheers. yes go on then, pass me on"
OLLIE_SAFE = "yep, my phone's my own. calls fine, any time after 5 on weekdays. 07700 900934"
IRENA_YES = (
    "Thank you, that is better. Yes - I have talked to Maja and she is happy for someone to "
    "contact me. Please phone me on 07700 900590, weekdays after 10am."
)


@pytest.mark.parametrize("text", [GRAHAM_YES, OLLIE_YES])
def test_a_yes_after_other_words_is_a_yes_to_being_referred(text):
    assert read(text, "referral_consent").slots["referral_consent"] is True


def test_ollies_safe_answer_keeps_the_way_times_and_number():
    slots = read(OLLIE_SAFE, "contact_safe", REFERRED).slots
    assert slots["contact_safe"] is True
    assert slots["contact_method"] == "call"
    assert slots["contact_times"] == "after 5, weekdays"
    assert slots["contact_details"] == "07700900934"


def test_irenas_yes_for_maja_is_read_with_the_phone_number_and_times():
    answers = {"consent": True, "for_someone_else": True}
    reading = read(IRENA_YES, "referral_consent", answers)
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_method"] == "call"
    assert reading.slots["contact_details"] == "07700900590"
    assert reading.slots["contact_times"] == "weekdays, after 10am"
    assert not any(say.response.startswith("utter_reask") for say in reading.say)


@pytest.mark.parametrize(
    "text",
    [
        "thanks. yes he was a stranger",  # about who did it, not the referral
        "thanks. yes? what does that mean",
        "cheers. no idea",
    ],
)
def test_a_later_yes_about_something_else_is_not_a_yes_to_being_referred(text):
    assert read_answer("referral_consent", text).value is not True


# -- 4. Contact times from the right words ------------------------------------------------------

PRECIOUS = (
    "yes. but what about tonight, can i change the locks? his name isnt on the tenancy its mine. "
    "can police stop him coming back?"
)
RUKHSANA_YES = (
    "yes but only on this work number, and only between 12 and 2. like I said nobody can call me "
    "at home"
)
RUKHSANA_NUMBER = "07700 900461, that's my work mobile. will they remember it's only 12 to 2?"


def test_a_question_about_tonight_is_not_a_time_to_call():
    reading = read(PRECIOUS, "referral_consent")
    assert reading.slots["referral_consent"] is True
    assert "contact_times" not in reading.slots
    assert "contact_times" not in contact_said("yes. but what about tonight, can i change locks?")


def test_a_question_about_being_called_still_gives_its_time():
    assert contact_said("yes. can they call me after 6?")["contact_times"] == "after 6"


def test_rukhsanas_hours_are_kept():
    reading = read(RUKHSANA_YES, "referral_consent")
    assert reading.slots["referral_consent"] is True
    assert reading.slots["contact_times"] == "between 12 and 2"


def test_whose_number_it_is_is_not_a_time():
    answers = {
        **REFERRED,
        "contact_safe": True,
        "contact_method": "call",
        "voicemail_ok": False,
        "contact_times": "between 12 and 2",
    }
    reading = read(RUKHSANA_NUMBER, "contact_details", answers)
    assert reading.slots.get("contact_details") == "07700900461"
    assert "contact_times" not in reading.slots
    assert read_answer("contact_times", RUKHSANA_NUMBER).value is None
    assert "contact_times" not in corrections(RUKHSANA_NUMBER, answers)


# -- 5. Dimitar ---------------------------------------------------------------------------------


def test_dimitars_call_ok_after_8_evening_no_messages():
    slots = read("call ok, after 8 evening i finish work. message not ok", "contact_safe", REFERRED)
    assert slots.slots["contact_safe"] is True
    assert slots.slots["contact_method"] == "call"
    assert slots.slots["contact_times"] == "after 8 evening"


# -- 7. A yes or no with more words ------------------------------------------------------------


@pytest.mark.parametrize(
    ("slot", "text", "value"),
    [
        ("fear_of_giving_evidence", "court?? theyll never catch em. no", False),
        ("referral_consent", "finally. no ta, ill ring the police myself", False),
        (
            "fear_of_giving_evidence",
            "I should think so, yes. I would not want to see those men again.",
            True,
        ),
        (
            "hate_motivated",
            "I do not believe so. Perhaps because I am old and live alone. What should I do if "
            "they knock on my door again?",
            False,
        ),
        ("hate_motivated", "I do not believe so. Perhaps because I am old and live alone.", False),
        ("referral_consent", "Not much use then. No thanks, I'll ask the union", False),
    ],
)
def test_an_answer_with_more_words_is_read(slot, text, value):
    reading = read(text, slot)
    assert reading.slots[slot] is value
    assert not reading.reject


@pytest.mark.parametrize(
    "text",
    [
        "is it serious if there are no marks? and can I report it myself?",
        "what does court mean?",
    ],
)
def test_a_question_alone_is_still_no_answer(text):
    assert read_answer("fear_of_giving_evidence", text).value is None


# -- 8. Side remarks that changed stored answers -------------------------------------------------


def test_terrys_complaint_about_the_bot_is_not_being_targeted_again():
    text = "dont know. some scrote with a screwdriver. third time youve told me about insurers ffs"
    reading = read(text, "relationship_to_offender", {"consent": True, "crime_type": "theft"})
    assert "repeat_victimisation" not in reading.slots
    assert "repeat_victimisation" not in reading.noted


def test_third_time_it_happened_is_still_repetition():
    reading = read(
        "dont know. third time theyve broken into my van",
        "relationship_to_offender",
        {"consent": True, "crime_type": "theft"},
    )
    assert reading.slots.get("repeat_victimisation") is True


def test_kwames_earlier_assaults_never_reported_leave_last_nights_report():
    text = (
        "Not him. Been assaulted at work before though, few times over the years, never "
        "reported those"
    )
    answers = {
        "consent": True,
        "crime_type": "assault",
        "reported_to_police": True,
        "relationship_to_offender": "stranger",
    }
    reading = read(text, "repeat_victimisation", answers)
    assert "reported_to_police" not in reading.slots
    assert "reported_to_police" not in reading.corrected


def test_no_i_never_reported_it_still_corrects():
    answers = {"consent": True, "crime_type": "assault", "reported_to_police": True}
    assert corrections("no i havent told the police, i never reported it", answers) == {
        "reported_to_police": False
    }


BECCA_COST = (
    "no first time. sorry can i ask, if i go to the police do they test me or do i have to go to "
    "a&e or what. and does it cost anything"
)
BECCA_NOT_A_SCAM = (
    "no. i didnt say it was a scam lol i meant does the TEST cost anything. and where do i "
    "actually go to get it done"
)
BECCA_NOT_SEXUAL = (
    "no thats not right i said i DONT think anything sexual happened. its the spiking. i havent "
    "told police, should i? will they even do anything"
)


def test_becca_saying_it_was_not_a_scam_does_not_make_it_fraud():
    answers = {"consent": True, "crime_type": "assault", "repeat_victimisation": False}
    assert "crime_type" not in corrections(BECCA_NOT_A_SCAM, answers)
    assert "crime_type" not in read(BECCA_NOT_A_SCAM, "hate_motivated", answers).slots
    assert "crime_type" not in read(BECCA_COST, "repeat_victimisation", answers).slots


def test_it_was_a_scam_said_outright_still_corrects():
    answers = {"consent": True, "crime_type": "theft"}
    assert corrections("no it was a scam, they pretended to be the bank", answers) == {
        "crime_type": "fraud"
    }


def test_becca_not_thinking_anything_sexual_happened_takes_the_sexual_offence_back():
    answers = {"consent": True, "crime_type": "sexual_offence", "in_danger": False}
    assert corrections(BECCA_NOT_SEXUAL, answers)["crime_type"] == "assault"


# -- 9. False crisis alarms ----------------------------------------------------------------------

TERRY = (
    "my van got done over last night, all my tools gone. about 6 grand worth. reported it online "
    "got a crime number and nobody's rung. whats the point"
)
JADE = "yes any time but not if my mum sees. i cant call anyone shes downstairs"


def test_terrys_whats_the_point_is_about_the_police():
    assert detect_risk(TERRY) is None
    assert not trusted_crisis(TERRY, SELF_HARM)


def test_jade_hiding_the_chat_from_her_mum_is_not_danger():
    assert detect_risk(JADE) is None
    assert not trusted_crisis(JADE, IN_DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "whats the point of living",
        "whats the point of anything",
        "whats the point in going on",
        "reported it and nobody's rung. whats the point of living",
        "the police never rang back. whats the point of anything anymore",
    ],
)
def test_whats_the_point_of_living_still_alarms(text):
    assert detect_risk(text) == SELF_HARM or trusted_crisis(text, SELF_HARM)


@pytest.mark.parametrize(
    "text",
    [
        "i cant talk hes downstairs",
        "not if my mum sees. shes downstairs and she hits me",
        "cant call anyone my mum is downstairs and hes here too",
        "not if my dad finds out. hes downstairs with a knife",
    ],
)
def test_someone_downstairs_who_hurts_them_is_still_danger(text):
    assert detect_risk(text) == IN_DANGER


def test_rukhsanas_no_voicemail_at_the_voicemail_question_is_its_answer_not_a_correction():
    answers = {
        **REFERRED,
        "contact_safe": True,
        "contact_method": "call",
        "contact_times": "between 12 and 2",
    }
    reading = read("no voicemail please", "voicemail_ok", answers)
    assert reading.slots == {"voicemail_ok": False}
    assert reading.corrected == []
    assert not reading.say
