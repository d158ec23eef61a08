"""Round 50 answers and readings (helper V5).

- Stan, 79: a "roofer" took £6,000 cash for gutter work never done and comes back demanding
  more. "Is this a crime or is it just a bad builder?" got "stop your cards" twice (he paid
  cash), "Is it fraud?" got "I can't answer", "which is it please, I am getting in a muddle"
  (101, then "not 101") got "I can't answer"; "please not a telephone call... A text message"
  was read as a phone call, and "I said not a telephone call. Text message please." as "no
  voicemail".
- Veronica, 45, separated from a husband who reads her email, tracks the children's iPad, stops
  maintenance and turns up. "Could he see this?" was ignored; "is it still abuse now we're
  separated?" / "does coercive control count after separation?" refused; the iPad tracking
  refused; "He's never hit me" read as an assault; "Is it stalking?" (a question) replaced
  domestic abuse and "it's also domestic abuse, please add that" was refused; "Not email - he
  reads it. My mobile should be all right" cancelled her referral; graffiti and slurs invented.

Each test quotes the message as it was written; ordinary messages must not get the new answers.
"""

from __future__ import annotations

import pytest
from known_answers import answer, assert_one_sms_with_source, numbers_not_in_directory

from actions.account import read_account
from actions.reading import Turn, corrections, read_turn

NEW = (
    "utter_v5_device_tracking",
    "utter_v5_could_he_see_chat",
    "utter_v5_abuse_after_separating",
    "utter_v5_which_number_for_fraud",
)
ANCHOR = "round 50, helper V5"
VERONICA = {"age": 45, "relationship_to_offender": "partner_or_ex", "consent": True}
STAN = {"age": 79, "account_details": ["paid_cash", "labour_told", "neighbour"]}


@pytest.mark.parametrize("name", NEW)
def test_each_new_answer_is_one_sms_with_its_source_above(name):
    assert_one_sms_with_source(name, ANCHOR, ({}, {"for_someone_else": True}))


@pytest.mark.parametrize("name", NEW)
def test_every_phone_number_is_in_the_directory(name):
    assert numbers_not_in_directory(name) == [], name


# -- Stan -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crime", "slots"),
    [
        (
            "In March a man knocked and said some of my roof tiles were loose and the guttering "
            "was blocked. He and another chap went up a ladder for about an hour and I paid him "
            "£6,000 in cash, I went to the bank with him. My neighbour says nothing was done at "
            "all, the gutter is still full of leaves. Is this a crime or is it just a bad "
            "builder?",
            None,
            {},
        ),
        ("Is this a crime or is it just a bad builder?", None, {}),
        (
            "My cards are quite alright, I paid him in cash. I do not understand what you are "
            "asking me. Is it a crime or not?",
            None,
            STAN,
        ),
        (
            "No I have not. I did not think the police would be interested in a building "
            "dispute. Is it fraud?",
            None,
            {},
        ),
        ("Is it fraud?", "fraud", STAN),
        ("is it illegal what the roofer did?", "fraud", {}),
    ],
)
def test_stan_asks_if_the_roofer_committed_a_crime(text, crime, slots):
    assert answer(text, crime, **slots) == "utter_n4_rogue_trader_fraud"


@pytest.mark.parametrize(
    "text",
    [
        "A moment ago you said 101 and now you say not 101. Which is it please. I am getting in "
        "a muddle.",
        "Before I say yes. Should I ring the Report Fraud or the 101 number? My neice said "
        "Trading Standards. I am a bit confused by all the numbers.",
        "do i report it to 101 or report fraud?",
    ],
)
def test_stan_gets_one_plan_for_the_numbers(text):
    assert answer(text, "fraud", **STAN) == "utter_v5_which_number_for_fraud"


def test_stan_asking_not_to_be_phoned_is_a_text():
    contact = {"referral_consent": True, "contact_safe": True}
    said = read_turn(
        Turn(
            text="Weekday mornings. But please not a telephone call, I shan't hear it properly. "
            "A text message or a letter.",
            requested="contact_method",
            answers=contact,
        )
    )
    assert said.slots.get("contact_method") == "text"
    again = read_turn(
        Turn(
            text="I said not a telephone call. Text message please.",
            requested="voicemail_ok",
            answers={**contact, "contact_method": "call"},
        )
    )
    assert again.slots.get("contact_method") == "text"
    assert "voicemail_ok" not in again.slots


@pytest.mark.parametrize(("text", "kept"), [("no", False), ("yes thats fine", True)])
def test_ordinary_voicemail_answers_stay(text, kept):
    said = read_turn(
        Turn(
            text=text,
            requested="voicemail_ok",
            answers={"referral_consent": True, "contact_safe": True, "contact_method": "call"},
        )
    )
    assert said.slots.get("voicemail_ok") is kept
    assert "contact_method" not in said.slots


@pytest.mark.parametrize("text", ["a phone call is fine", "phone call please", "call me"])
def test_a_call_asked_for_stays_a_call(text):
    said = read_turn(
        Turn(
            text=text,
            requested="contact_method",
            answers={"referral_consent": True, "contact_safe": True},
        )
    )
    assert said.slots.get("contact_method") == "call"


# -- Veronica -------------------------------------------------------------------------------

ACCOUNT = (
    "It's hard to put in a few words. He still gets into my email - I've changed the password "
    "twice and he still seems to know what's in it. He tracks the children's iPad so he knows "
    "where we are. He's stopped paying maintenance and told me outright it's to 'teach me a "
    "lesson'. And he turns up at the house unannounced, lets himself into the garden, stands at "
    "the kitchen window. He's never hit me. So I don't know if it's still abuse now that we're "
    "apart, or whether I'm being dramatic."
)


def test_veronicas_account_is_domestic_abuse_not_an_assault():
    assert read_account(ACCOUNT, known_offender="partner_or_ex").crime_type == "domestic_abuse"
    assert read_account("He's never hit me.").crime_type is None
    assert read_account("hes never hit me before but last night he punched me").crime_type == (
        "assault"
    )


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        (ACCOUNT, None),
        (
            "What posts? He hasn't posted my address anywhere. I'm asking whether this is still "
            "abuse when we're separated.",
            "domestic_abuse",
        ),
        (
            "Would the police see it as stalking? Or coercive control? I'd read coercive control "
            "only counts if you live together.",
            "domestic_abuse",
        ),
        (
            "That isn't what I asked. Does coercive control still count after you've separated?",
            "stalking_harassment",
        ),
        ("is it still abuse if we've split up?", "domestic_abuse"),
    ],
)
def test_veronica_asks_if_abuse_counts_after_separating(text, crime):
    assert answer(text, crime, **VERONICA) == "utter_v5_abuse_after_separating"


@pytest.mark.parametrize(
    "text",
    [
        "Before I agree - he's very good with technology. Is there any way he could see this? He "
        "seems to know everything I do online.",
        "Sorry, could you answer my question first? He reads my email. Could he see these "
        "messages?",
    ],
)
def test_veronica_asks_if_he_can_see_the_chat(text):
    assert answer(text, None) == "utter_v5_could_he_see_chat"


@pytest.mark.parametrize(
    "text",
    [
        "Before that - is there anything I can do about the iPad tracking and the email? If I "
        "turn it off he'll know immediately.",
        "That's slightly better, I suppose. One last thing - he tracks the children's iPad. If I "
        "go to a refuge or somewhere new, would he find us? I'm not planning to, I just want to "
        "know.",
    ],
)
def test_veronica_asks_about_the_ipad_tracking(text):
    assert answer(text, "domestic_abuse", **VERONICA) == "utter_v5_device_tracking"


def test_no_graffiti_for_domestic_abuse_by_an_ex():
    text = (
        "Fine. Please make sure they know it's domestic abuse by my ex-husband, not just "
        "harassment. Thank you."
    )
    assert answer(text, "stalking_harassment", **VERONICA) != "utter_j6_both_crimes"
    assert answer("Damage AND harassment please. Both.", "criminal_damage") == (
        "utter_j6_both_crimes"
    )


def test_a_question_about_stalking_keeps_domestic_abuse():
    known = {"crime_type": "domestic_abuse", "relationship_to_offender": "partner_or_ex"}
    assert "crime_type" not in corrections("Is it stalking?", known)
    assert "crime_type" not in corrections(
        "I only asked whether it was stalking - it's also him being my ex, the money, all of "
        "it. Please don't lose that. And yes, I'd like someone to contact me.",
        known,
    )
    assert corrections("its a robbery not just assault", known)["crime_type"] == "robbery"


@pytest.mark.parametrize(
    "text",
    [
        "It's also domestic abuse - the financial control, stopping maintenance, reading my "
        "email, tracking the children. Please add that.",
        "I only asked whether it was stalking - it's also him being my ex, the money, all of it. "
        "Please don't lose that.",
        "Abuse by a partner or family",
    ],
)
def test_domestic_abuse_added_back(text):
    known = {"crime_type": "stalking_harassment", "relationship_to_offender": "partner_or_ex"}
    assert corrections(text, known).get("crime_type") == "domestic_abuse"


def test_stalking_by_a_stranger_is_not_made_domestic_abuse():
    known = {"crime_type": "stalking_harassment", "relationship_to_offender": "stranger"}
    assert "crime_type" not in corrections("it's also domestic abuse, please add that", known)


def test_not_email_but_text_is_safe_to_contact():
    said = read_turn(
        Turn(
            text="Not email - he reads it. My mobile should be all right, I think. Text first, "
            "please, so I can choose when to talk.",
            requested="contact_safe",
            answers={"referral_consent": True},
        )
    )
    assert said.slots.get("contact_safe") is True
    assert said.slots.get("contact_method") == "text"


@pytest.mark.parametrize(
    "text", ["no, he checks my phone", "not safe, he reads my texts", "No", "no not really"]
)
def test_unsafe_stays_unsafe(text):
    said = read_turn(Turn(text=text, requested="contact_safe", answers={"referral_consent": True}))
    assert said.slots.get("contact_safe") is not True


# -- ordinary messages that must not get the new answers ------------------------------------


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        ("yes", "fraud"),
        ("No I have not.", "fraud"),
        ("Enfield", "fraud"),
        ("is it a crime?", "assault"),
        ("how do i check my phone for a tracking app?", "domestic_abuse"),
        ("there's a tracker on my car", "stalking_harassment"),
        ("Can the police see this chat?", None),
        ("we separated last year", "domestic_abuse"),
        ("what number do i call?", "assault"),
        ("Should I call 101 or 999?", "assault"),
    ],
)
def test_ordinary_messages_do_not_get_the_new_answers(text, crime):
    assert answer(text, crime) not in (*NEW, "utter_n4_rogue_trader_fraud")
