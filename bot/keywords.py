"""Control words that must work everywhere, whatever the classifier thinks.

`stop`, `help`, `human` and `delete my data` are promised to work at any point, and people send
them as bare keywords, as they do to any SMS service. A whole message that is one of these words
(after lower-casing and dropping punctuation) always means its intent; anything longer is left to
the classifier.
"""

from __future__ import annotations

import re

CONTROL_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ["stop", "quit", "end", "cancel", "unsubscribe", "stop all", "stopall", "leave me alone"],
        "stop",
    ),
    **dict.fromkeys(["help", "info", "what is this", "how does this work"], "help"),
    **dict.fromkeys(
        [
            "human",
            "a human",
            "person",
            "a person",
            "real person",
            "a real person",
            "talk to a person",
            "speak to a person",
            "talk to a human",
            "speak to a human",
            "operator",
            "agent",
            "support worker",
        ],
        "request_human",
    ),
    # The details of a result, as the result's last message offers them.
    **dict.fromkeys(
        ["why", "reasons", "the reasons", "tell me why", "why is that"], "show_reasons"
    ),
    **dict.fromkeys(
        ["rights", "my rights", "what are my rights", "entitlements", "what can i expect"],
        "show_rights",
    ),
    **dict.fromkeys(
        ["more", "more services", "other services", "more help", "more organisations", "others"],
        "show_services",
    ),
    **dict.fromkeys(
        [
            "delete",
            "delete my data",
            "delete my details",
            "delete my info",
            "delete everything",
            "erase my data",
            "remove my data",
            "forget me",
            "yes delete it",
            "yes delete",
            "yes delete everything",
            "yes please delete it",
        ],
        "delete_my_data",
    ),
    # Not understanding is a call for help, never a wish to stop.
    **dict.fromkeys(
        [
            "i dont understand",
            "dont understand",
            "i dont get it",
            "what do you mean",
            "what does that mean",
            "im confused",
            "i am confused",
            "confused",
        ],
        "help",
    ),
    # Thanks said in the words of a person's own language or community: not another language
    # to refuse, and not something to answer with a menu.
    **dict.fromkeys(
        [
            "jazakallah",
            "jazakallah khair",
            "jazakallahu khairan",
            "jzk",
            "shukran",
            "dziekuje",
            "dzi kuj",
            "merci",
            "gracias",
            "obrigado",
            "obrigada",
            "grazie",
            "danke",
            "multumesc",
            "dhanyavaad",
            "cheers",
            "ta",
            "thanks",
            "thank you",
        ],
        "thanks",
    ),
    # The other answer to "delete everything?", typed as its button says.
    **dict.fromkeys(
        ["no keep it", "keep it", "no dont delete", "dont delete", "dont delete it", "no keep"],
        "deny",
    ),
}


# Going back to the questions, said at the end of a longer message: "not literally, I'm ok.
# carry on".
CARRY_ON_ENDINGS = frozenset(
    [
        "carry on",
        "carry on please",
        "ok carry on",
        "okay carry on",
        "lets carry on",
        "continue",
        "lets continue",
        "continue please",
        "please continue",
        "can we carry on",
        "can we continue",
        "carry on now",
        "lets go on",
    ]
)


# Signing off at the end of a longer message: "Thank you for your help. Goodbye."
GOODBYE_ENDINGS = frozenset(
    [
        "goodbye",
        "bye",
        "bye bye",
        "bye for now",
        "thanks bye",
        "thank you bye",
        "ok bye",
        "cheers bye",
    ]
)
# The details a result offers, typed in capitals at the start or the end of a longer message:
# "MORE. You have not answered me about the bank."
_DETAILS = ("show_reasons", "show_rights", "show_services")


def _words(text: str) -> str:
    words = re.sub(r"[^a-z ]+", " ", text.lower().replace("\u2019", "'").replace("'", ""))
    return " ".join(words.split())


# "no not now. delete my data please": a sentence that asks for erasure, beside anything else.
_DELETE_REQUEST = re.compile(
    r"(?:(?:please|pls|plz|can you|could you|now|and|just|ok|okay|yes|so)\s+)*(?:delete|erase|"
    r"remove|wipe) (?:all (?:of )?)?(?:my|our) (?:data|details|info|information|answers|chat)"
    r"(?:\s+(?:please|pls|plz|now|thanks|thank you|too|as well))*(?:\s+in case\b.*)?"
)


def control_intent(text: str | None) -> str | None:
    if not text:
        return None
    found = CONTROL_WORDS.get(_words(text))
    if found:
        return found
    parts = re.split(r"[.!?,;\n]+", text.strip(" .!?,;\n"))
    if any(_DELETE_REQUEST.fullmatch(_words(part)) for part in parts if part.strip()):
        return "delete_my_data"
    first, end = parts[0].strip(), parts[-1].strip()
    for part in (first, end):
        # "MORE. You have not answered me about the bank", "thats about police not cica. MORE"
        if part.isupper() and CONTROL_WORDS.get(_words(part)) in _DETAILS:
            return CONTROL_WORDS[_words(part)]
    last = _words(parts[-1])
    if last in CARRY_ON_ENDINGS:
        return "carry_on"
    if "?" in text:
        return None
    if last in GOODBYE_ENDINGS:
        return "goodbye"
    before = " ".join(_words(part) for part in parts[:-1]).split()
    # "ok. jazakallah khair" thanks; "he hit me. thanks" tells something first.
    return "thanks" if CONTROL_WORDS.get(last) == "thanks" and len(before) <= 2 else None
