"""Whether a message asks who can see this chat: the bot and the actions both need to know, so
a privacy question is answered whatever the classifier made of it."""

from __future__ import annotations

import re

from core.vocabulary import plain

_PRIVACY_QUESTION = re.compile(
    r"\b(?:is (?:this|it|that) (?:private|confidential|secret|anonymous|safe)|who (?:can|will|"
    r"could) (?:see|read)|(?:can|will|could|would) (?:he|she|they|anyone|anybody|someone|my "
    r"\w+) (?:be able to )?(?:see|read|find out|know|tell(?! me\b))|(?:checks|goes through|"
    r"looks at|reads) my (?:phone|messages|texts)|will (?:it|this) show|do you (?:tell|share|pass)|"
    r"(?<!i )(?<!we )(?:tell|inform) (?:the police|social services|my \w+)|"
    r"(?:should|shall|can|do|must) i "
    r"(?:delete|clear|hide|wipe) (?:these|the|this|our|my|them|it)(?: \w+)?(?: (?:messages|"
    r"texts|chat|conversation|history))?|(?:delete|clear|hide|wipe) (?:these|the|this|them|it)"
    r"(?: \w+)? (?:off|from) my phone)\b"
)


def asks_about_privacy(text: str) -> bool:
    """Whether the message asks who can see this chat (or says someone checks their phone)."""
    return bool(_PRIVACY_QUESTION.search(plain(text)))
