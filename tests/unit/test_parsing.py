import pytest

from actions.parsing import (
    clean_free_text,
    is_dont_know,
    is_outside_london,
    parse_age,
    parse_contact_details,
    parse_contact_method,
    parse_yes_no,
    under_18_from,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("yeah", True),
        ("Yep I did", True),
        ("ye", True),
        ("nah", False),
        ("no", False),
        ("no not really", False),
        ("i havent", False),
        ("nope never", False),
        ("purple", None),
        ("", None),
        (None, None),
        ("yes and no", None),
    ],
)
def test_yes_no(text, expected):
    assert parse_yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("im 15", 15),
        ("I was fifteen", 15),
        ("16", 16),
        ("i'm 34 now", 34),
        ("at 10:30pm", None),
        ("it cost £50", None),
        ("no", None),
    ],
)
def test_age(text, expected):
    assert parse_age(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (True, True),
        (False, False),
        (15.0, True),
        (18, False),
        ("im 15", True),
        ("i was 22", False),
        ("i was a kid", True),
        ("adult", False),
        ("yeah", True),
        ("hmm", None),
    ],
)
def test_under_18(value, expected):
    assert under_18_from(value) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call me", "call"),
        ("ring me pls", "call"),
        ("text only", "text"),
        ("email is best", "email"),
        ("call or text", None),
        ("whenever", None),
    ],
)
def test_contact_method(text, expected):
    assert parse_contact_method(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07700 900123", "07700900123"),
        ("+44 7700 900123", "07700900123"),
        ("my number is 020 7946 0000", "02079460000"),
        ("Me@Example.org", "me@example.org"),
        ("12345", None),
        ("no", None),
    ],
)
def test_contact_details(text, expected):
    assert parse_contact_details(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dunno", True),
        ("I don't know", True),
        ("rather not say", True),
        ("skip", True),
        ("not sure tbh", True),
        ("yes", False),
        ("hackney", False),
    ],
)
def test_dont_know(text, expected):
    assert is_dont_know(text) is expected


def test_outside_london():
    assert is_outside_london("i dont live in london")
    assert is_outside_london("Outside London, in Kent")
    assert not is_outside_london("hackney")


def test_clean_free_text_drops_control_characters_and_limits_length():
    assert clean_free_text("after\x00 6pm\n weekdays") == "after 6pm weekdays"
    assert len(clean_free_text("x" * 500)) == 120
    assert clean_free_text("   ") is None
