"""Pure text functions of the SMS channel: what a phone shows and what a person texts back.

Everything here is free of I/O so that it can be tested table by table.

* Replies are cut into texts of at most ``SMS_LIMIT`` characters, at sentence (or line)
  boundaries, never in the middle of a word.
* Buttons become numbered options, and a reply that is just one of those numbers is mapped back
  to the button's payload.
* Typographic characters and emoji that would push a whole text out of the GSM-7 alphabet
  (70 instead of 160 characters a segment, so up to twice the cost and split) are replaced;
  letters a language needs (Polish, Arabic...) are kept.
* The keywords people send to any SMS service (STOP, START, HELP, DELETE) are recognised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from bot.channels.common import clean_text
from core.text import SMS_LIMIT

# Twilio accepts up to 1,600 characters in a message body; nobody types more into one text.
INBOUND_LIMIT = 1600

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

_TYPOGRAPHIC = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u00b4": "'",  # ´
        "`": "'",
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u2026": "...",  # ellipsis
        "\u2022": "-",  # bullet
        "\u00b7": "-",  # middle dot
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",  # zero-width space
        "\u200c": "",
        "\u200d": "",  # zero-width joiner (emoji sequences)
        "\ufe0e": "",  # variation selectors
        "\ufe0f": "",
        "\ufeff": "",
        "\u2122": "(TM)",
        "\u00a9": "(c)",
    }
)


def is_gsm7(text: str) -> bool:
    return all(ch in GSM7_BASIC or ch in GSM7_EXTENSION for ch in text)


def _is_droppable_symbol(ch: str) -> bool:
    """Emoji, pictographs and skin-tone modifiers: decoration no language needs."""
    category = unicodedata.category(ch)
    if category == "So":
        return True
    return category == "Sk" and 0x1F3FB <= ord(ch) <= 0x1F3FF


def to_gsm7(text: str) -> str:
    """Replace typographic characters and drop emoji that would force UCS-2 encoding.

    Characters outside GSM-7 that are letters or marks (ł, ş, Arabic, Chinese...) stay: the
    language needs them, and such a text is sent in UCS-2 whatever we do.
    """
    replaced = text.translate(_TYPOGRAPHIC)
    kept = "".join(ch for ch in replaced if is_gsm7(ch) or not _is_droppable_symbol(ch))
    if kept == replaced:
        return kept
    # Dropping an emoji can leave doubled or trailing spaces behind.
    kept = re.sub(r"[ \t]{2,}", " ", kept)
    kept = re.sub(r" +([.,!?;:])", r"\1", kept)
    return "\n".join(line.strip() for line in kept.split("\n")).strip()


_BOUNDARY = re.compile(r"(\s*\n\s*|(?<=[.!?])[ \t]+|(?<=[.!?][\"')\]])[ \t]+)")


def _words_into_parts(sentence: str, limit: int) -> list[str]:
    parts: list[str] = []
    current = ""
    for word in sentence.split():
        while len(word) > limit:
            # A single "word" longer than a whole text (a very long link) cannot be kept whole.
            if current:
                parts.append(current)
                current = ""
            parts.append(word[:limit])
            word = word[limit:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= limit:
            current = f"{current} {word}"
        else:
            parts.append(current)
            current = word
    if current:
        parts.append(current)
    return parts


def split_sms(text: str, limit: int = SMS_LIMIT) -> list[str]:
    """Cut ``text`` into texts of at most ``limit`` characters.

    Cuts go between sentences or lines where possible, otherwise between words; sentences are
    packed together as long as they fit, so a reply is sent in as few texts as it can be.
    """
    text = text.strip()
    if not text:
        return []
    if len(text) <= limit:
        return [text]
    pieces = _BOUNDARY.split(text)
    # pieces alternate: sentence, separator, sentence, separator, ...
    sentences = pieces[0::2]
    separators = [*pieces[1::2], ""]
    parts: list[str] = []
    current = ""
    previous_separator = ""
    for sentence, separator in zip(sentences, separators, strict=True):
        sentence = sentence.strip()
        if not sentence:
            previous_separator += separator
            continue
        if len(sentence) > limit:
            if current:
                parts.append(current)
                current = ""
            *whole, last = _words_into_parts(sentence, limit)
            parts.extend(whole)
            current = last
        elif not current:
            current = sentence
        else:
            joiner = "\n" if "\n" in previous_separator else " "
            if len(current) + len(joiner) + len(sentence) <= limit:
                current = f"{current}{joiner}{sentence}"
            else:
                parts.append(current)
                current = sentence
        previous_separator = separator
    if current:
        parts.append(current)
    return parts


def button_title(button: Mapping[str, Any]) -> str:
    return to_gsm7(str(button.get("title") or button.get("payload") or "")).strip()


def format_options(buttons: Sequence[Mapping[str, Any]]) -> str:
    """Buttons as numbered options, one a line: "Reply 1 for Yes" / "2 for No"."""
    lines = [
        f"{'Reply ' if number == 1 else ''}{number} for {button_title(button)}"
        for number, button in enumerate(buttons, start=1)
    ]
    return "\n".join(lines)


def compose_sms(
    text: str | None, buttons: Sequence[Mapping[str, Any]] | None = None, limit: int = SMS_LIMIT
) -> list[str]:
    """The texts to send for one bot message: its text, then its buttons as numbered options.

    The options go in the same text as the question when both fit, otherwise in texts of their
    own, so a list of options is never cut in two between texts when it can be avoided.
    """
    body = to_gsm7(text or "")
    if not buttons:
        return split_sms(body, limit)
    options = format_options(buttons)
    whole = f"{body}\n{options}" if body else options
    if len(whole) <= limit:
        return [whole]
    return [*split_sms(body, limit), *split_sms(options, limit)]


# p94d (round 94): "ok 2", "ok, 2" (Vera, meaning option 2, No) choose the option too.
_NUMBER_REPLY = re.compile(
    r"(?:(?:ok+|okay|k|kk|right|alright|all right|fine|sure)\W*)?#?\s*(\d{1,2})\s*[.)!]?",
    re.IGNORECASE,
)


def option_payload(reply: str, buttons: Sequence[Mapping[str, Any]] | None) -> str | None:
    """The payload of the option a person chose by texting its number, if that is what they did."""
    if not buttons:
        return None
    match = _NUMBER_REPLY.fullmatch(reply.strip())
    if match is None:
        return None
    index = int(match.group(1)) - 1
    if not 0 <= index < len(buttons):
        return None
    payload = buttons[index].get("payload")
    return str(payload) if payload else None


SMS_KEYWORDS: dict[str, str] = {
    **dict.fromkeys(
        ["STOP", "STOPALL", "END", "CANCEL", "QUIT", "UNSUBSCRIBE", "OPTOUT", "REVOKE"], "stop"
    ),
    **dict.fromkeys(["START", "UNSTOP"], "start"),
    **dict.fromkeys(["HELP", "INFO"], "help"),
    "DELETE": "delete",
}


def sms_keyword(text: str | None) -> str | None:
    """``stop``, ``start``, ``help`` or ``delete`` when the whole text is one of those keywords.

    As with carriers' own handling, only a message that is the keyword alone counts
    ("stop please" is a sentence for the bot to read, not an opt-out).
    """
    if not text:
        return None
    word = re.sub(r"[\s.!?,'\"]+", "", text).upper()
    return SMS_KEYWORDS.get(word)


def clean_inbound(body: str | None) -> str:
    """The text of an incoming SMS as the bot should read it.

    Control characters go as on every channel (``clean_text``), and the ``¡`` some carriers
    deliver for ``@`` is put back inside what looks like an email address.
    """
    return re.sub(r"(?<=\w)¡(?=\w)", "@", clean_text(body))
