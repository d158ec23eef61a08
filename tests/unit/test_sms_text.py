"""The SMS channel's pure text functions, table by table."""

from __future__ import annotations

import itertools

import pytest

from bot.channels.common import masked
from bot.channels.sms import replies
from bot.channels.sms.text import (
    SMS_LIMIT,
    clean_inbound,
    compose_sms,
    format_options,
    is_gsm7,
    option_payload,
    sms_keyword,
    split_sms,
    to_gsm7,
)

YES_NO_SKIP = [
    {"title": "Yes", "payload": "/affirm"},
    {"title": "No", "payload": "/deny"},
    {"title": "Skip", "payload": "/dont_know"},
]
CRIMES = [
    {"title": "Burglary", "payload": '/describe_crime{"crime_type": "burglary"}'},
    {"title": "Attacked or hurt", "payload": '/describe_crime{"crime_type": "assault"}'},
    {"title": "Abuse by a partner or family", "payload": '/describe_crime{"crime_type": "x"}'},
    {"title": "Sexual assault or rape", "payload": "/a"},
    {"title": "Stalking or harassment", "payload": "/b"},
    {"title": "Fraud or scam", "payload": "/c"},
    {"title": "Something else", "payload": "/d"},
    {"title": "Eight", "payload": "/e"},
    {"title": "Nine", "payload": "/f"},
    {"title": "Ten", "payload": "/g"},
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I\u2019m safe", "I'm safe"),
        ("\u201cquoted\u201d and \u2018single\u2019", "\"quoted\" and 'single'"),
        ("now \u2013 later \u2014 never", "now - later - never"),
        ("wait\u2026", "wait..."),
        ("a\u00a0b", "a b"),
        ("\u2022 item", "- item"),
        ("thanks \U0001f600", "thanks"),
        ("ok \U0001f44d\U0001f3fd done", "ok done"),
        ("family \U0001f468\u200d\U0001f469\u200d\U0001f467 here", "family here"),
        ("love \u2764\ufe0f!", "love!"),
        ("caf\u00e9 \u00e0 \u00fc \u00c9", "caf\u00e9 \u00e0 \u00fc \u00c9"),  # GSM-7 already
        ("Dzi\u0119kuj\u0119, \u0142adnie", "Dzi\u0119kuj\u0119, \u0142adnie"),  # Polish needs them
        ("\u0634\u0643\u0631\u0627", "\u0634\u0643\u0631\u0627"),  # Arabic stays Arabic
        ("price \u20ac5 [x]", "price \u20ac5 [x]"),  # GSM-7 extension table
        ("plain text.", "plain text."),
    ],
)
def test_to_gsm7(text, expected):
    assert to_gsm7(text) == expected


@pytest.mark.parametrize(
    ("text", "gsm7"),
    [("Hello, 999!", True), ("I\u2019m", False), ("\u20ac{}", True), ("\u0142", False)],
)
def test_is_gsm7(text, gsm7):
    assert is_gsm7(text) is gsm7


def test_every_typographic_replacement_lands_in_gsm7():
    for line in ["\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00a0\u2212\u00ab\u00bb"]:
        assert is_gsm7(to_gsm7(line))


LONG_SENTENCES = " ".join(f"Sentence number {n} says a little more." for n in range(30))
ONE_HUGE_SENTENCE = " ".join(["word"] * 200)
OPTIONS_LIKE = "\n".join(f"{n} for option number {n}" for n in range(1, 40))


@pytest.mark.parametrize(
    ("text", "expected_parts"),
    [
        ("", []),
        ("   ", []),
        ("Short.", ["Short."]),
        ("x" * SMS_LIMIT, ["x" * SMS_LIMIT]),
    ],
)
def test_split_sms_small(text, expected_parts):
    assert split_sms(text) == expected_parts


@pytest.mark.parametrize("text", [LONG_SENTENCES, ONE_HUGE_SENTENCE, OPTIONS_LIKE])
@pytest.mark.parametrize("limit", [SMS_LIMIT, 160, 50])
def test_split_sms_keeps_every_word_whole_and_in_order(text, limit):
    parts = split_sms(text, limit)
    assert all(0 < len(p) <= limit for p in parts)
    assert " ".join(parts).split() == text.split(), "no word lost, cut or reordered"


@pytest.mark.parametrize("limit", [SMS_LIMIT, 160])
def test_split_sms_cuts_between_sentences(limit):
    parts = split_sms(LONG_SENTENCES, limit)
    assert len(parts) > 1
    assert all(p.endswith("more.") for p in parts), parts
    # Packed: no two neighbouring parts would have fitted into one text.
    for first, second in itertools.pairwise(parts):
        assert len(first) + 1 + len(second.split(". ")[0]) + 1 > limit


def test_split_sms_cuts_between_lines_and_keeps_them():
    parts = split_sms(OPTIONS_LIKE, 100)
    assert all(line.split(" for ")[0].isdigit() for p in parts for line in p.split("\n"))


def test_split_sms_keeps_quotes_with_their_sentence():
    text = ('He said "stop." ' * 30).strip()
    parts = split_sms(text, 100)
    assert all(p.endswith('"stop."') for p in parts)


def test_a_word_longer_than_a_text_is_the_only_thing_ever_cut():
    link = "https://example.org/" + "a" * 400
    parts = split_sms(f"See {link} now.", SMS_LIMIT)
    assert all(len(p) <= SMS_LIMIT for p in parts)
    assert "".join(parts).replace(" ", "") == f"See{link}now."


@pytest.mark.parametrize(
    ("buttons", "expected"),
    [
        (YES_NO_SKIP, "Reply 1 for Yes\n2 for No\n3 for Skip"),
        (
            [{"title": "Yes, that\u2019s OK", "payload": "/affirm"}, {"payload": "/deny"}],
            "Reply 1 for Yes, that's OK\n2 for /deny",
        ),
    ],
)
def test_format_options(buttons, expected):
    assert format_options(buttons) == expected


def test_compose_sms_puts_a_short_question_and_its_options_in_one_text():
    assert compose_sms("Have you reported it?", YES_NO_SKIP) == [
        "Have you reported it?\nReply 1 for Yes\n2 for No\n3 for Skip"
    ]


def test_compose_sms_sends_long_options_in_their_own_texts():
    question = "What happened? " + "Tell me in a few words, or choose one. " * 6
    parts = compose_sms(question, CRIMES)
    assert all(len(p) <= SMS_LIMIT for p in parts)
    options = [p for p in parts if p.startswith("Reply 1 for")]
    assert options, parts
    assert "10 for Ten" in parts[-1]
    assert not any("Reply 1" in p for p in parts[: parts.index(options[0])])


def test_compose_sms_without_buttons_is_split_text():
    assert compose_sms(LONG_SENTENCES) == split_sms(LONG_SENTENCES)
    assert compose_sms(None) == []


@pytest.mark.parametrize(
    ("reply", "buttons", "payload"),
    [
        ("1", YES_NO_SKIP, "/affirm"),
        (" 2 ", YES_NO_SKIP, "/deny"),
        ("3.", YES_NO_SKIP, "/dont_know"),
        ("#1", YES_NO_SKIP, "/affirm"),
        ("2)", YES_NO_SKIP, "/deny"),
        ("10", CRIMES, "/g"),
        ("2", CRIMES, '/describe_crime{"crime_type": "assault"}'),
        ("4", YES_NO_SKIP, None),  # out of range: just a number
        ("0", YES_NO_SKIP, None),
        ("15", YES_NO_SKIP, None),  # an age, say
        ("1 2", YES_NO_SKIP, None),
        ("yes", YES_NO_SKIP, None),
        ("1", None, None),  # no options were offered
        ("1", [], None),
        ("1", [{"title": "No payload"}], None),
    ],
)
def test_option_payload(reply, buttons, payload):
    assert option_payload(reply, buttons) == payload


@pytest.mark.parametrize(
    ("text", "keyword"),
    [
        ("STOP", "stop"),
        ("stop", "stop"),
        (" Stop. ", "stop"),
        ("END", "stop"),
        ("cancel", "stop"),
        ("Quit!", "stop"),
        ("UNSUBSCRIBE", "stop"),
        ("stopall", "stop"),
        ("START", "start"),
        ("unstop", "start"),
        ("HELP", "help"),
        ("help?", "help"),
        ("info", "help"),
        ("DELETE", "delete"),
        ("delete", "delete"),
        ("stop please", None),
        ("please help me", None),
        ("delete my data", None),  # a sentence: the bot's own NLU reads it
        ("yes", None),
        ("", None),
        (None, None),
    ],
)
def test_sms_keyword(text, keyword):
    assert sms_keyword(text) == keyword


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   \n ", ""),
        ("\x00\x07\x1b", ""),
        ("he\x00llo\x7f", "hello"),
        ("line one\r\nline two", "line one\nline two"),
        ("a\tb", "a b"),
        ("me\u00a1example.org", "me@example.org"),
        ("\u00a1Hola!", "\u00a1Hola!"),
        ("  hi  ", "hi"),
    ],
)
def test_clean_inbound(body, expected):
    assert clean_inbound(body) == expected


@pytest.mark.parametrize(
    ("number", "shown"),
    [("+447700900123", "+44********23"), ("12345", "*****"), ("", "?"), (None, "?")],
)
def test_numbers_in_the_logs_are_masked(number, shown):
    assert masked(number) == shown


@pytest.mark.parametrize(
    "name",
    [
        "SAFETY_LINE",
        "STOP_REPLY",
        "START_REPLY",
        "HELP_REPLY",
        "NO_TEXT_REPLY",
        "EMPTY_REPLY",
        "TOO_LONG_REPLY",
    ],
)
def test_the_channels_own_replies_fit_one_text_in_gsm7(name):
    reply = getattr(replies, name)
    assert len(reply) <= SMS_LIMIT and is_gsm7(reply)


def test_help_and_stop_give_the_numbers_from_the_reference():
    # 999 and the Victim Support Supportline (shared/reference/victims-code.md).
    for reply in (replies.HELP_REPLY, replies.STOP_REPLY):
        assert "999" in reply and "08 08 16 89 111" in reply
    assert "START" in replies.STOP_REPLY
    assert "DELETE" in replies.SAFETY_LINE
