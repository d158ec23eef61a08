"""Round 24 of role-play: answers misread, with the role-players' words (see
docs/conversations.md). A correction or an answer meant for another question is never a no to
being referred; being targeted more than once needs words that say so; a language said in passing
is kept; "carry on" always gets a question back; what was said is not asked again."""

import pytest

from actions.answers import read_age, read_answer, read_crime_type, read_referral_consent
from actions.assessment_form import ValidateNeedsAssessmentForm
from actions.dialogue import ActionAskReferralConsent
from actions.reading import (
    Turn,
    asks_to_be_referred,
    corrections,
    language_asked_for,
    read_turn,
    repetition_told,
    who_named,
)
from tests.unit.conftest import make_tracker, responses


def _turn(text, requested, intent="inform", **answers):
    return read_turn(Turn(text=text, intent=intent, requested=requested, answers=answers))


def _opening(text, earlier, requested="consent", intent="affirm", **answers):
    return read_turn(
        Turn(
            text=text,
            intent=intent,
            requested=requested,
            answers=answers,
            opening=True,
            earlier=tuple(earlier),
        )
    )


# -- 1. the referral is never refused for them -----------------------------------------------

BRENDA_AFTER_RESULT = {
    "consent": True, "in_danger": False, "crime_type": "stalking_harassment",
    "reported_to_police": False, "age": 63.0, "under_18": False,
    "relationship_to_offender": "partner_or_ex", "repeat_victimisation": True,
    "hate_motivated": False, "impairment": True, "fear_of_giving_evidence": False,
    "needs": ["safety", "information"], "language": "english", "borough": "hillingdon",
    "gender": "woman", "results_shown": True,
}  # fmt: skip


def test_no_condition_as_such_is_a_no_to_the_disability_question():
    # Brenda was then told "you told me about a health condition or disability".
    text = (
        "No. Well, I have been sleeping badly since this started, but I don't have a "
        "condition as such."
    )
    assert read_answer("impairment", text).value is False


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no but i have anxiety", True),
        ("I don't have a disability but I have anxiety", True),
        ("I have depression", True),
        ("no", False),
    ],
)
def test_a_condition_still_named_beside_a_no(text, value):
    assert read_answer("impairment", text).value is value


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to correct my answer please. I do NOT have a disability.",
        "Excuse me, I don't have a health condition or a disability, I said I don't. I'm just "
        "not sleeping well. And I'm not sure he counts as domestic abuse, we've been divorced "
        "ten years.",
    ],
)
def test_a_disability_taken_back_is_corrected_and_is_not_a_no_to_the_referral(text):
    reading = _turn(text, "referral_consent", **BRENDA_AFTER_RESULT)
    assert reading.slots.get("impairment") is False
    assert "referral_consent" not in reading.slots
    assert "impairment" in reading.corrected
    assert reading.aside  # the referral question stays open
    assert not any(s.response == "utter_reask_referral_consent" for s in reading.say)


def test_a_correction_already_made_is_not_a_miss_of_the_referral_question():
    # Brenda's second try closed the referral: "I'll leave that for now".
    text = "I'd like to correct my answer please. I do NOT have a disability."
    reading = _turn(text, "referral_consent", **{**BRENDA_AFTER_RESULT, "impairment": False})
    assert reading.aside and not reading.skipped and not reading.say
    assert "referral_consent" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "i dont have a disability but my anxiety is bad",
        "my son doesnt have a disability",
        "I have a disability",
    ],
)
def test_no_disability_correction_in(text):
    assert "impairment" not in corrections(text, {"impairment": True})


async def test_a_correction_after_two_reminders_keeps_the_referral_question_open(
    dispatcher, domain
):
    tracker = make_tracker(
        slots=BRENDA_AFTER_RESULT,
        text="I'd like to correct my answer please. I do NOT have a disability.",
        requested_slot="referral_consent",
        sent=["utter_ask_referral_consent", "utter_referral_reminder", "utter_referral_reminder"],
        turn={},
    )
    events = await ValidateNeedsAssessmentForm().run(dispatcher, tracker, domain)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["requested_slot"] == "referral_consent"
    assert slots["impairment"] is False
    assert "referral_consent" not in slots.get("skipped_slots", [])
    assert "utter_referral_left_open" not in responses(dispatcher)


@pytest.mark.parametrize(
    "text",
    [
        "No, I didn't say I didn't want anyone to contact me. I was trying to correct the "
        "disability answer. Yes, I would like someone to contact me please.",
        "Yes, I would like someone to contact me please.",
        "yes please",
        "I would like someone to contact me",
    ],
)
def test_yes_to_being_contacted(text):
    assert read_referral_consent(text).value is True


@pytest.mark.parametrize(
    "text",
    [
        "No, I didn't say I didn't want anyone to contact me. I was trying to correct the "
        "disability answer. Yes, I would like someone to contact me please.",
        "I would like someone to contact me",
    ],
)
def test_asking_to_be_contacted_after_the_referral_was_left_open(text):
    assert asks_to_be_referred(text)


@pytest.mark.parametrize(
    "text",
    [
        "No, I didn't say that",
        "I'd like to correct my answer please. I do NOT have a disability.",
    ],
)
def test_not_a_yes_or_no_to_being_contacted(text):
    assert read_referral_consent(text).value is None


@pytest.mark.parametrize(
    "text",
    ["no i wouldnt like anyone to contact me", "no thanks", "i dont want anyone to contact me"],
)
def test_still_a_no(text):
    assert read_referral_consent(text).value is False
    assert not asks_to_be_referred(text)


def test_no_no_before_a_correction_is_not_a_no_to_the_referral():
    # Olga: "no no. not family member..." was kept as a no; her next answer, "yes. scared.
    # immigration", then ended with "OK, we won't pass your details on".
    reading = _turn(
        "no no. not family member. i am cleaner. they my BOSS. not pay salary",
        "referral_consent",
        "deny",
        consent=True,
        crime_type="domestic_abuse",
        relationship_to_offender="family_member",
        results_shown=True,
    )
    assert "referral_consent" not in reading.slots
    # Round 69 (O2, Magda): "they my BOSS" now also says who it was, someone she knows.
    assert reading.slots["relationship_to_offender"] in (None, "someone_known")
    assert reading.aside


def test_a_no_to_being_contacted_beside_a_correction_is_still_a_no():
    reading = _turn(
        "no thanks. and it wasnt my family, it was a neighbour",
        "referral_consent",
        "deny",
        consent=True,
        relationship_to_offender="family_member",
        results_shown=True,
    )
    assert reading.slots["referral_consent"] is False


# -- 2. more than once needs words that say so -------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        # Tony (a neighbour came at him with a hammer)
        ["no im fine, hes next door though. if he comes near me again ill sort him out myself"],
        # Nicole (an ex threatening to share a video)
        ["33. but if i block him hell just post it, hes done it before to his last gf i think"],
        # Mohammed (the mosque)
        [
            "45. But nobody is watching me, it happened overnight to the mosque building. "
            "Nobody was hurt"
        ],
        # Gloria: her first two messages, read together after consent
        [
            "Good morning. I am writing because my house was burgled on Tuesday night while I was "
            "asleep upstairs. I woke to find a man standing in my bedroom. I am 76 and live "
            "alone. I have not slept properly since.",
            "I am not in any danger at this moment, thank you. It happened on Tuesday. I am "
            "simply frightened to be in the house, particularly at night.",
        ],
    ],
)
def test_not_told_more_than_once(texts):
    assert not repetition_told(texts)


@pytest.mark.parametrize(
    "text",
    [
        "he keeps following me",
        "he did it again last night",
        "if i go out, he follows me every day",
        "he comes round every night if I dont answer",
        "its been going on for months",
        "hi um idk if this is the right place but my ex wont leave me alone",
        "My ex-husband has started parking outside my house and I think he is following me.",
    ],
)
def test_told_more_than_once(text):
    assert repetition_told([text])


def test_more_than_once_is_not_noted_from_a_threat_of_what_he_may_do():
    reading = _turn(
        "no im fine, hes next door though. if he comes near me again ill sort him out myself",
        "in_danger",
        consent=True,
    )
    assert "repeat_victimisation" not in reading.slots
    mosque = _turn(
        "45. But nobody is watching me, it happened overnight to the mosque building. Nobody "
        "was hurt",
        "age",
        consent=True,
        in_danger=False,
        crime_type="criminal_damage",
    )
    assert "repeat_victimisation" not in mosque.slots


def test_gloria_is_not_noted_as_burgled_more_than_once():
    reading = _opening(
        "Yes, that is quite all right.",
        [
            "Good morning. I am writing because my house was burgled on Tuesday night while I "
            "was asleep upstairs. I woke to find a man standing in my bedroom. I am 76 and live "
            "alone. I have not slept properly since.",
            "I am not in any danger at this moment, thank you. It happened on Tuesday. I am "
            "simply frightened to be in the house, particularly at night.",
        ],
    )
    assert reading.slots["crime_type"] == "burglary"
    assert "repeat_victimisation" not in reading.slots


@pytest.mark.parametrize(
    "text",
    [
        "i told you. he come at me with a hammer. over parking. once. its not been more than once",
        "no im 33 i just said. and its not happened more than once, hes just threatening. please "
        "what do i do before friday",
        "Forgive me, but it has only happened the once, on Tuesday. Yes, I telephoned the police "
        "that morning and an officer came. I have a crime reference number.",
    ],
)
def test_once_puts_more_than_once_right_the_first_time(text):
    assert corrections(text, {"repeat_victimisation": True})["repeat_victimisation"] is False


@pytest.mark.parametrize(
    "text",
    [
        "he did it more than once",
        "once he hit me",
        "it happened once before",
        "Once upon a time",
        "I have not been before to the police",
    ],
)
def test_not_a_correction_to_once(text):
    assert "repeat_victimisation" not in corrections(text, {"repeat_victimisation": True})


def test_tonys_correction_at_what_happened_is_taken_with_what_happened():
    reading = _turn(
        "i told you. he come at me with a hammer. over parking. once. its not been more than once",
        "crime_type",
        consent=True,
        in_danger=False,
        repeat_victimisation=True,
    )
    assert reading.slots["repeat_victimisation"] is False
    assert reading.slots["crime_type"] == "assault"
    assert not any(s.response == "utter_reask_crime_type" for s in reading.say)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Leah, strangled by her boyfriend, at "Has this happened more than once?"
        ("hes pushed me before. never my neck tho", True),
        ("theyve been back twice already asking for more", True),
        ("no hes never done it before", False),
        ("no he never hit me before", False),
        ("once", False),
    ],
)
def test_more_than_once_answered(text, value):
    assert read_answer("repeat_victimisation", text).value is value


# -- 3. her partner is a woman: not writing for someone else -------------------------------------


def test_her_own_partner_is_not_someone_she_writes_for():
    # Amara: "The questions are about the person it happened to: answer for them".
    text = (
        "Well, she's a woman and I'm a woman so yes sexuality matters I suppose? but it's my "
        "partner, not a hate thing"
    )
    reading = _turn(
        text,
        "hate_motivated",
        consent=True,
        crime_type="domestic_abuse",
        relationship_to_offender="partner_or_ex",
    )
    assert "for_someone_else" not in reading.slots
    assert reading.slots["hate_motivated"] is False
    assert not any(s.response == "utter_about_them" for s in reading.say)
    # Before who did it was asked, "it's my partner" about domestic abuse says who did it.
    early = _turn(text, "hate_motivated", consent=True, crime_type="domestic_abuse")
    assert "for_someone_else" not in early.slots
    assert early.slots["relationship_to_offender"] == "partner_or_ex"


@pytest.mark.parametrize(
    "text",
    ["its my mum, she was mugged", "its my partner who got hurt not me", "its my partner, hes 34"],
)
def test_still_writing_for_someone_else(text):
    assert _turn(text, "age", consent=True).slots.get("for_someone_else") is True


# -- 4. a language said in passing is kept -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Fatma
        ("Feeling safe. and someone to talk, turkish if possible", "turkish"),
        ("I dont want police. he is my son. is there Turkish person I can talk?", "turkish"),
        ("morning 10 to 12. my son sleep then. please Turkish", "turkish"),
        ("yes. but Turkish speaker please, my English not good for phone", "turkish"),
        ("phone. Turkish", "turkish"),
        ("07700 900456. Turkish please", "turkish"),
        # Kasia
        ("Polish is better if possible", "polish"),
        (
            "what is Havens? I not want hospital. I need help with house, where I live if he "
            "throw me out. and somebody speak Polish?",
            "polish",
        ),
        # Olga
        ("yes i want help. someone call me. russian speak", "russian"),
    ],
)
def test_a_language_asked_for_in_passing(text, language):
    assert language_asked_for(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "maybe because I am Polish woman alone, I dont know",
        "he called me a polish bitch",
        "i polish floors for a living",
        "there was a polish man there",
        "english please",
        "English is fine, I also speak Urdu",
        "english. my parents speak punjabi tho",
    ],
)
def test_no_language_asked_for(text):
    assert language_asked_for(text) is None


def test_the_language_is_kept_at_the_needs_question_and_not_asked_again():
    reading = _turn("Feeling safe. and someone to talk, turkish if possible", "needs")
    assert reading.slots["language"] == "turkish"
    assert reading.slots["needs"] == ["safety", "emotional"]


def test_a_language_said_in_passing_does_not_replace_english_chosen():
    text = "Thank you. What is CATCH? Do they have someone who speaks Chinese?"
    reading = _turn(text, "referral_consent", consent=True, language="english")
    assert "language" not in reading.slots


def test_a_nationality_at_the_hate_question_is_not_a_language():
    reading = _turn("maybe because I am Polish woman alone, I dont know", "hate_motivated")
    assert "language" not in reading.slots
    assert "language" not in _turn("yes. polish", "hate_motivated").slots


# -- 5. "carry on" gets the question back --------------------------------------------------------


def test_carry_on_after_waiting_for_a_person_gets_the_referral_question(dispatcher, domain):
    # Amara: "carry on" got only "OK, back to the questions."
    tracker = make_tracker(
        slots={**BRENDA_AFTER_RESULT, "impairment": False},
        text="carry on",
        intent="carry_on",
        requested_slot="referral_consent",
        sent=[
            "utter_ask_referral_consent",
            "utter_referral_reminder",
            "utter_referral_reminder",
            "utter_handoff",
            "utter_reply_time_kept",
        ],
    )
    tracker.events.append(
        {"event": "bot", "text": "x", "metadata": {"utter_action": "utter_back_to_bot"}}
    )
    ActionAskReferralConsent().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_referral_reminder"]


# -- 6. what was said is not asked again -----------------------------------------------------------


def test_an_age_said_as_a_sentence_of_its_own():
    # Sam: "How old are you?" again after "... they did it cos of that. 17".
    text = "its not religion or race?? im non binary. they did it cos of that. 17"
    assert read_age(text).value == 17.0
    reading = _turn(text, "age", consent=True, hate_motivated=True)
    assert reading.slots["age"] == 17.0 and reading.slots["under_18"] is True


@pytest.mark.parametrize(
    "text",
    [
        "10 years ago",
        "i have 2 kids. 3",
        "it was 3 weeks ago",
        "it is not robbery. it was on the telephone, he said he is from Barclays and I must move "
        "my money to safe account. 12,000",
        "yes many many times. 101, online, everything. why police never come?",
    ],
)
def test_no_age_in(text):
    assert read_age(text).value is None


@pytest.mark.parametrize(
    ("earlier", "who"),
    [
        # Leah
        (
            ["hi my friend said i should message this. had a fight with my bf last night"],
            "partner_or_ex",
        ),
        # Kasia
        (
            [
                "Hello, I have problem with my landlord. He come in my room without asking and he "
                "touch me. Now he say I must leave the house",
                "I am at work now, he is not here. But I must go back tonight, I live there",
            ],
            "someone_known",
        ),
        # Tony
        (["my neighbour came at me with a hammer over a parking space"], "someone_known"),
    ],
)
def test_who_did_it_told_in_the_first_message_is_kept(earlier, who):
    reading = _opening("yes ok", earlier)
    assert reading.slots["relationship_to_offender"] == who
    assert reading.noted["relationship_to_offender"] == who


@pytest.mark.parametrize(
    "text",
    [
        "a man came at me with a knife",
        "my friend came round to help",
        "the man ran at me",
        "my friend said i should message you",
    ],
)
def test_nobody_named_as_doing_it(text):
    assert who_named(text) is None


def test_what_happened_told_in_few_words_is_not_asked_again():
    # Kasia got "What happened?" twice; Tony too.
    kasia = (
        "I told you already. landlord come in my room at night without knock, he touch my body, "
        "my breast. I say no. now he say I have to leave in one week"
    )
    assert read_crime_type(kasia).value == "sexual_offence"
    reading = _turn(kasia, "crime_type", consent=True, in_danger=False)
    assert reading.slots["relationship_to_offender"] == "someone_known"
    tony = "my neighbour came at me with a hammer over a parking space"
    assert _opening("yeah whatever", [tony]).slots["crime_type"] == "assault"


@pytest.mark.parametrize("text", ["he came at me", "the dog ran at me with a stick in its mouth"])
def test_not_a_crime_in_few_words(text):
    assert read_crime_type(text).value is None


def test_asking_to_be_contacted_after_the_referral_was_left_open_reopens_it(dispatcher, domain):
    # Brenda, after "I'll leave that for now, so nobody will contact you yet": "What would you
    # like to do? Say 'carry on'...".
    from actions.dialogue import ActionOutsideQuestions

    text = (
        "No, I didn't say I didn't want anyone to contact me. I was trying to correct the "
        "disability answer. Yes, I would like someone to contact me please."
    )
    tracker = make_tracker(
        slots={
            **BRENDA_AFTER_RESULT,
            "impairment": False,
            "assessment_done": True,
            "skipped_slots": ["referral_consent"],
        },
        text=text,
        intent="deny",
        requested_slot=None,
        active_loop=None,
        sent=["utter_ask_referral_consent", "utter_referral_left_open"],
    )
    events = ActionOutsideQuestions().run(dispatcher, tracker, domain)
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots["referral_consent"] is True
    assert "utter_what_next" not in responses(dispatcher)
