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
            "delete it all",  # -- round 56, helper D2 --: Kai
            "wipe everything",
            "erase everything",
            "wipe my data",
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
# -- round 56, helper D2 --: "actually can u delete everything. if my mum sees a reference number"
# (Kai, 17) got "I can't do more with that here", and "no dont pass my details on yet. can you
# delete my data actually, im paranoid" (Olu) was read as a wish for a call: "delete everything",
# "delete it all", "wipe everything", "can u ... actually" are requests too (each part whole, so
# "should i delete everything he sent" is not one).
_DELETE_REQUEST = re.compile(
    r"(?:(?:please|pls|plz|can you|could you|can u|could u|will you|now|and|just|ok|okay|yes|so|"
    r"actually|then|i want you to|i need you to|id like you to|i would like you to)\s+)*(?:delete|"
    r"erase|remove|wipe) (?:(?:all (?:of )?)?(?:my|our) (?:data|details|info|information|answers|"
    r"chat)|everything|it all|all of it|all this|all of this|this chat|this conversation|the lot)"
    # -- round 74, lead -- "can u delete everything i said" (Hannah) was read as a contact
    # method: what they said, told as what to delete.
    r"(?:\s+(?:i|ive|i ve|i have) (?:just )?(?:said|told you|wrote|written|typed|put|sent))?"
    r"(?:\s+(?:please|pls|plz|now|thanks|thank you|too|as well|actually|then|for me|asap|right "
    r"now))*(?:\s+in case\b.*)?"
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


# -- round 44, helper N5 -- "what even is stop hate uk" (Jamal) ended the chat, and "If he is
# at the nursery tomorrow when I go, what I do" (Sofia) was read as goodbye. "stop" inside a name
# or about the offender ("Stop Hate UK", "stop and search", "how do i stop him", "make it stop")
# is not the stop command, and a message that asks something is never a stop or a goodbye.
_N5_STOP_NOT_A_REQUEST = re.compile(
    r"\b(?:stop ?hate|stop (?:and|n|&) search\w*|stop ?(?:and|n|&)? ?search\w*|bus stop|"
    r"(?:how|way|ways) (?:do|can|could|would|will|to|should) (?:i |we |you |u |they |the police )?"
    r"(?:make (?:\w+ )?)?stop|(?:make|made|get|help) (?:it|him|her|them|this|that) (?:to )?stop|"
    r"(?:trying to|try to|cant|can't|couldnt|wont|won't|doesnt|didnt|never) stop|"
    r"stop (?:him|her|them|he|she|they|people|those|that man|this man|the (?:man|abuse|calls|"
    r"texts|messages|harassment)))\b"
)
_N5_ASKS = re.compile(
    r"(?:^|[.!,;\n]\s*)(?:(?:ok|okay|so|and|but|um|erm|sorry|thanks|thank you|wait|no|yes|"
    r"yeah)\W+)*(?:what|whats|how|who|whos|where|why|which|is (?:it|that|there|this|he|she)|are "
    r"(?:they|there|you)|does|do (?:i|they|you|u|we)|should|can i|could i|will (?:he|they|it|"
    r"someone|anyone|the)|would (?:they|it|he))\b|"
    r"\bif (?:he|she|they|it|someone)\b.{0,60}\b(?:what (?:do |should |can )?(?:i|we)|(?:do|"
    r"should|can|shall|must) (?:i|we)) \w+"
)


def n5_not_a_stop(text: str | None) -> bool:
    """ "what even is stop hate uk", "how do i stop him", "make it stop": not the stop command
    (a bare "stop", "please stop", "stop asking", "stop messaging me" still are)."""
    lowered = (text or "").lower().replace("\u2019", "'").strip()
    if _N5_STOP_NOT_A_REQUEST.search(lowered):
        return True
    return bool(_N5_ASKS.search(lowered)) and not _N5_STOP_REQUEST.search(lowered)


# "why do you keep asking me stuff. stop", "what is this. please stop messaging me": a stop.
_N5_STOP_REQUEST = re.compile(
    r"(?:^|[.!,;\n]\s*)(?:please |pls |plz |just |now )?stop(?: it| now| this| asking(?: me)?"
    r"(?: questions| stuff)?| messaging me| texting me| the questions| please| pls)*\W*$"
)


def n5_asks_something(text: str | None) -> bool:
    """ "If he is at the nursery tomorrow when I go, what I do": a question, not a goodbye."""
    return "?" in (text or "") or bool(_N5_ASKS.search((text or "").lower().strip()))


# -- round 69, helper P2 --
# Jay's first message, "let me guess, another bot that'll tell me to call the police", was
# guessed as goodbye and got "Take care. You can message again any time." A message with no
# leave-taking in it is never a goodbye, whatever the classifier guessed ("bye", "thanks bye",
# "gotta go", "i'll message again when i can" still are).
# "night" alone takes leave ("night all"), not a night told of ("on Tuesday night", "last night",
# "at night": Winston's opening in round 90 went to a goodbye).
_P2_TAKES_LEAVE = re.compile(
    r"\b(?:bye+|byee+|bye ?bye|goodbye|good ?bye|good ?night|goodnight|gn|nite|"
    r"(?<!day )(?<!last )(?<!at )(?<!the )(?<!that )(?<!every )(?<!one )(?<!a )(?<!by )(?<!and )"
    r"night(?: night| all)?|nighty night|see (?:ya|you|u)|cya|ttyl|gtg|l8r|later|laters|adios|"
    r"ciao|tata|ta ra|cheerio|take care|peace out|speak (?:soon|tomorrow|later|l8r)|"
    r"(?:talk|chat) (?:later|soon|tomorrow|to you)|catch (?:you|u|ya) later|"
    r"(?:got|gotta|have|need) to (?:go|dash|leave)|gotta (?:go|dash)|"
    r"(?:im|i m|i am|ill|i ll|i will) (?:going|go|off|heading off|leaving)|(?:im|i m) out|"
    r"(?:i ll|ill|i will) (?:come back|message (?:again|later|back)|be back)|"
    r"right,? (?:i m|im) going|until next time|till tomorrow|have a good (?:one|day|night|evening)|"
    r"off (?:to bed|now)|that s (?:all|it|me)|thats (?:all|it|me)|thank(?:s| you)? (?:for|,)? ?"
    r"(?:everything|your help|the help|that)|done for (?:today|now))\b"
)


def p2_takes_leave(text: str | None) -> bool:
    """Some leave-taking said ("bye", "gotta go", "speak soon", "that's all for now")."""
    lowered = (text or "").lower().replace("\u2019", "'").replace("'", " ")
    return bool(_P2_TAKES_LEAVE.search(" ".join(re.sub(r"[^a-z0-9, ]+", " ", lowered).split())))


# -- end of round 69, helper P2 --
