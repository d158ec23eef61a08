"""Whether someone who was spiked fears they were sexually assaulted (pure).

"i got spiked at a club" is read as an assault, and "im scared something else happened" said
later fills no slot, so the services for sexual violence (the Havens, Rape Crisis) were never
offered. The person's messages together decide it here; the matcher then treats the case as a
possible sexual offence (``possible_sexual_offence``) while the crime type, the Code's
categories and everything said back to the person stay as they said it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from core.vocabulary import plain

_SPIKED = re.compile(
    r"\b(?:spiked|spiking|spike my drink|drugged(?! up)|(?:put|slipped|something) (?:something )?"
    r"in (?:my|her|his|our) drinks?)\b"
)
_SEXUAL_HARM = (
    r"(?:sexually (?:assaulted|abused|attacked)|raped|assaulted|abused|touched|interfered with|"
    r"taken advantage of|had sex with)"
)
# "could i have been assaulted", "did he rape me", "scared i was raped", "i dont know if they
# touched me": a fear or a question, not a statement of what happened.
_FEARS_SEXUAL_HARM = re.compile(
    rf"\b(?:(?:could|might|may|would) (?:i|she|he) have been {_SEXUAL_HARM}|"
    rf"(?:was|were) (?:i|she|he) {_SEXUAL_HARM}|"
    rf"(?:did|could|might|would) (?:he|she|they|someone|somebody|anyone|he have|they have) "
    rf"(?:have )?(?:raped|rape|assault|assaulted|touch|touched|abuse|abused|take advantage of|"
    rf"taken advantage of|had sex with|have sex with|do something to|done something to) me|"
    rf"(?<!dont )(?<!do not )(?<!didnt )(?:scared|afraid|worried|frightened|terrified|think|"
    rf"thinking|wondering|not sure|dont know|"
    rf"do not know|no idea) (?:that |if |whether )?(?:i was|i got|i ve been|i have been|i had been)"
    rf" {_SEXUAL_HARM}|(?:if|whether) (?:he|she|they|someone|somebody|anyone) (?:raped|touched|"
    rf"assaulted|abused|did something to|did stuff to|had sex with) me|took advantage of me|"
    # "im scared something else happened", "i think they did stuff to me": unsaid, but feared.
    r"something (?:else )?(?:happened|was done)|(?:did|done) (?:something|stuff|things) to me|"
    r"(?:might|may) have (?:had sex|been touched)|(?:my )?clothes (?:were|was) (?:off|missing|"
    r"ripped|undone)|"
    # "i woke up in some guys flat i dont know who he is": somewhere else, beside someone.
    r"woke up (?:in|at) (?:some|a|an|this|his|their|a random|some random|someone s|someones|a "
    r"strangers|some strangers) (?:\w+ )?(?:guys|mans|blokes|lads|strangers|persons|fellas)? ?"
    r"(?:flat|house|place|bed|room|car|hotel|airbnb)|woke up next to (?:a|some|this|him|a random|"
    r"someone|somebody|a man|a guy|a stranger))\b"
)


def fears_sexual_assault_after_spiking(texts: Iterable[str]) -> bool:
    """True when the person's messages name a spiking and also a fear that they were sexually
    assaulted, in the same message or another."""
    said = [plain(text) for text in texts if text and not text.startswith("/")]
    if not any(_SPIKED.search(words) for words in said):
        return False
    return any(_FEARS_SEXUAL_HARM.search(words) for words in said)
