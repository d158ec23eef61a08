"""Whole conversations in free text over the REST channel, checked on the tracker store and
on our records, the way a person would use the bot."""

from __future__ import annotations

import json
import re

import pytest

pytestmark = pytest.mark.e2e


def text_of(replies: list[dict]) -> str:
    for reply in replies:
        assert len(reply.get("text") or "") <= 320, reply
    return "\n".join(reply.get("text") or "" for reply in replies)


def talk(bot, sender: str, script: list[tuple[str, str]]) -> str:
    """Send each message and check the reply contains the expected words (case-insensitive)."""
    reply = ""
    for message, expected in script:
        reply = text_of(bot.say(sender, message))
        assert expected.lower() in reply.lower(), f"after {message!r} got:\n{reply}"
    return reply


def start(bot, sender: str) -> None:
    talk(
        bot,
        sender,
        [
            ("hi", "not the police"),
            ("yeah thats fine", "in danger right now"),
            ("no im ok", "what happened"),
        ],
    )


def test_a_whole_assessment_texted_naturally_ends_in_a_referral(bot, sender):
    start(bot, sender)
    final = talk(
        bot,
        sender,
        [
            ("some1 broke into my flat last nite", "reported it to the police"),
            ("yes", "how old are you"),
            ("34", "who did it"),
            ("no idea", "more than once"),
            ("nah first time", "targeted because of your race"),
            ("no", "disability"),
            ("no", "giving evidence"),
            ("yeah tbh", "what would help"),
            ("someone to talk to", "language"),
            ("english", "borough"),
            ("hackney", "pass your details"),
            ("yes please", "safe for a support worker"),
            ("yes", "how should they contact you"),
            ("text me", "phone number should they text"),
            ("07700 900123", "safe time"),
            ("after 6pm on weekdays", "your reference is"),
        ],
    )
    reference = re.search(r"VC-[A-Z0-9]{6}", final).group(0)

    slots = bot.slots(sender)
    assert slots["crime_type"] == "burglary"
    assert slots["reported_to_police"] is True
    assert slots["under_18"] is False
    assert slots["relationship_to_offender"] == "unknown"
    assert slots["fear_of_giving_evidence"] is True
    assert slots["enhanced_categories"] == ["intimidated"]
    assert "london-victim-and-witness-service" in slots["referrals"]
    assert slots["case_reference"] == reference

    record = bot.record(sender)
    assert record["case_reference"] == reference
    assert record["status"] == "referral_requested"
    assert record["contact_method"] == "text"
    assert record["contact_times"] == "after 6pm on weekdays"
    assert record["contact_details"] == "07700900123"
    assert json.loads(record["categories"]) == ["intimidated"]
    assert json.loads(record["referrals"]) == slots["referrals"]


def test_results_explain_why_and_what_the_person_is_entitled_to(bot, sender):
    start(bot, sender)
    results = talk(
        bot,
        sender,
        [
            ("my ex keeps following me and turning up at my work", "reported"),
            ("yeah last week", "how old are you"),
            # "my ex" already said who did it, and stalking is persistent by nature: neither
            # question is asked.
            ("im 15", "targeted because"),
            ("no", "disability"),
            ("no", "giving evidence"),
            ("yes", "help most"),
            ("feeling safe", "language"),
            ("english", "borough"),
            ("tower hamlets", "pass your details"),
        ],
    )
    assert "likely" in results.lower()
    assert "0808 802 0300" in results, "the National Stalking Helpline"
    assert "Childline" in results
    # The details come on request, in plain words.
    assert "under 18" in text_of(bot.say(sender, "why"))
    assert "1 working day" in text_of(bot.say(sender, "rights"))
    slots = bot.slots(sender)
    # Not domestic abuse at 15 (Domestic Abuse Act 2021 s.1(2)(a) needs both 16 or over).
    assert set(slots["enhanced_categories"]) == {
        "persistently_targeted",
        "vulnerable",
        "intimidated",
    }
    assert slots["borough"] == "tower hamlets"


def test_danger_first_gets_999_at_once(bot, sender):
    reply = text_of(bot.say(sender, "please help hes outside my door"))
    first = reply.splitlines()[0]
    assert "999" in first and "55" in reply and "18000" in reply


def test_someone_at_the_door_stops_the_questions_until_they_are_safe(bot, sender):
    start(bot, sender)
    reply = text_of(bot.say(sender, "oh god hes back hes banging on the door"))
    assert reply.startswith("If you're in danger now, call 999")
    assert "in_danger" in bot.flags(sender)
    # No question while someone is at the door: only how to go on when safe.
    assert "When you're safe" in reply and "Are you in danger right now" not in reply
    talk(bot, sender, [("im safe now", "what happened")])


def test_danger_with_a_place_or_person_in_it_still_interrupts(bot, sender):
    start(bot, sender)
    talk(bot, sender, [("i was burgled", "reported")])
    reply = text_of(bot.say(sender, "my ex is outside my flat in hackney right now"))
    assert reply.startswith("If you're in danger now, call 999")


def test_yes_to_the_danger_question_gets_999(bot, sender):
    talk(bot, sender, [("hi", "not the police"), ("yes", "in danger right now")])
    reply = text_of(bot.say(sender, "yes"))
    assert "call 999" in reply and "carry on" in reply
    assert "in_danger" in bot.flags(sender)


def test_thoughts_of_suicide_get_samaritans_then_the_questions_resume(bot, sender):
    start(bot, sender)
    reply = text_of(bot.say(sender, "honestly i just want to die"))
    assert "116 123" in reply and "85258" in reply
    assert "self_harm" in bot.flags(sender)
    talk(bot, sender, [("carry on", "what happened")])


def test_a_rights_question_is_answered_and_the_question_comes_back(bot, sender):
    start(bot, sender)
    talk(bot, sender, [("i got mugged on the bus", "reported")])
    reply = text_of(bot.say(sender, "can i get compensation for this"))
    assert "Right 5" in reply
    assert "reported it to the police" in reply, "the interrupted question is asked again"


def test_help_and_bot_challenge_work_in_the_middle(bot, sender):
    start(bot, sender)
    assert "skip" in text_of(bot.say(sender, "help")).lower()
    assert "not a person" in text_of(bot.say(sender, "r u a bot")).lower()


def test_refused_consent_keeps_nothing_but_still_answers_rights(bot, sender):
    talk(bot, sender, [("hello", "not the police"), ("no", "won't keep anything")])
    reply = text_of(bot.say(sender, "what is a victim personal statement"))
    assert "Right 7" in reply
    assert bot.events(sender) == [], "nothing written without consent"
    assert bot.record(sender) is None


def test_stop_ends_politely_and_asks_nothing_more(bot, sender):
    start(bot, sender)
    reply = text_of(bot.say(sender, "stop"))
    assert "stopped" in reply and "?" not in reply
    follow_up = text_of(bot.say(sender, "ok"))
    assert "what happened" not in follow_up.lower()


def test_delete_my_data_confirms_then_erases_everything(bot, sender):
    start(bot, sender)
    talk(bot, sender, [("i was burgled", "reported")])
    assert bot.events(sender), "stored with consent"
    talk(bot, sender, [("delete my data", "can't be undone"), ("yes", "deleted")])
    assert bot.events(sender) == []
    assert bot.record(sender) is None
    assert "not the police" in text_of(bot.say(sender, "hi")), "a fresh start"


def test_asking_for_a_person_flags_and_every_message_meanwhile_gets_a_reply(bot, sender):
    start(bot, sender)
    reply = text_of(bot.say(sender, "can i talk to a real person"))
    assert "support worker" in reply and "08 08 16 89 111" in reply
    assert "human" in bot.flags(sender)
    waiting = text_of(bot.say(sender, "hello? is anyone there"))
    assert "support" in waiting and "999" in waiting, "never silence while they wait"
    danger = text_of(bot.say(sender, "hes outside my door"))
    assert danger.startswith("If you're in danger now, call 999"), "danger still gets through"
    assert text_of(bot.say(sender, "still there?")), "and every message is answered"


def test_gibberish_gets_choices_and_a_helpline_never_a_dead_end(bot, sender):
    talk(bot, sender, [("hi", "not the police"), ("no", "won't keep")])
    reply = text_of(bot.say(sender, "zxqv plonk wibble"))
    assert "08 08 16 89 111" in reply


def test_message_text_never_reaches_the_logs(bot, sender):
    secret = "my neighbour zebedee smashed my window"
    start(bot, sender)
    bot.say(sender, secret)
    for log in bot.logs:
        assert "zebedee" not in log.read_text()
