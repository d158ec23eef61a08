"""Simulated people who text the bot through a whole assessment, as a person would.

Each reads the bot's last reply, recognises the question by a few words of it and answers in
free text: different crimes, yes, no, ages, "dunno", "skip", sometimes a question about their
rights or "help" in the middle. The choices come from a seeded random generator, so a run can
be repeated exactly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

CRIMES = [
    "some1 broke into my flat last nite",
    "i got mugged on the way home",
    "my ex keeps turning up at my work",
    "a man grabbed me and hit me in the street",
    "someone scammed me out of 2000 pounds online",
    "they smashed my car windows",
    "i was sexually assaulted at a party",
    "my brother was stabbed and he died",
    "my neighbour keeps shouting racist abuse at me",
    "my phone was stolen on the bus",
]

# A case reference ends the assessment whether or not they asked to be referred: "Your reference
# is VC-..." after a referral, "(reference VC-...)" when they kept their answers without one.
CASE_REFERENCE = re.compile(r"\breference (?:is )?vc-[a-z0-9]+")

# A few words of each question -> the answers a person might give. Order matters: the first
# cue found in the reply wins, so the more specific cues come first.
ANSWERS: list[tuple[str, list[str]]] = [
    ("is that ok", ["yes thats fine", "ok", "yeah go on"]),
    ("in danger right now", ["no im ok", "no", "not right now"]),
    ("what happened", CRIMES),
    ("die because of this crime", ["yes", "no", "yes my brother"]),
    ("reported it to the police", ["yes", "no not yet", "dunno", "yeah they came round"]),
    ("how old are you", ["34", "im 15", "52", "rather not say", "skip"]),
    ("under 18", ["no", "yes", "rather not say"]),
    ("who did it", ["no idea", "a stranger", "my ex", "someone i know from work"]),
    ("more than once", ["nah first time", "yes loads of times", "skip"]),
    ("race, religion", ["no", "yes because im muslim", "dont know"]),
    ("mental health condition", ["no", "i have anxiety", "skip"]),
    ("giving evidence", ["yeah tbh", "no", "a bit"]),
    ("what would help most", ["someone to talk to", "feeling safe", "info about court"]),
    ("which language", ["english", "polish", "english please"]),
    ("which london borough", ["hackney", "croydon", "tower hamlets", "dont know"]),
    ("which fits you", ["a woman", "a man", "skip"]),
    ("pass your details", ["yes please", "yes", "no thanks"]),
    ("safe for a support worker", ["yes", "yes but only by text"]),
    ("how should they contact you", ["text me", "phone call", "email"]),
    ("safe time", ["after 6pm on weekdays", "any time"]),
    ("leave a voicemail", ["no", "yes thats fine"]),
    ("phone number or email", ["07700 900123", "me@example.org"]),
    ("phone number should they", ["07700 900123", "07700 900456"]),
    ("sorry, i didn't catch that", ["skip"]),
]

INTERRUPTIONS = [
    "can i make a victim personal statement",
    "help",
    "will i get updates from the police",
    "what is the victim contact scheme",
]


@dataclass
class Person:
    """One simulated person: what they sent and whether they reached a case reference."""

    name: str
    rng: random.Random
    interrupt_at: int | None
    sent: list[str] = field(default_factory=list)
    completed: bool = False
    # Their last message was answered by an error, and they stopped (bench/load.py).
    gave_up: bool = False
    finished: bool = False
    turns: int = 0

    def first_message(self) -> str:
        return self._send(self.rng.choice(["hi", "hello", "hi i need help", "hiya"]))

    def next_message(self, reply: str) -> str | None:
        """The next thing this person texts after the bot's reply, or None when they are done."""
        self.turns += 1
        text = reply.lower()
        if CASE_REFERENCE.search(text):
            self.completed = self.finished = True
            return None
        if self.turns == self.interrupt_at:
            return self._send(self.rng.choice(INTERRUPTIONS))
        for cue, answers in ANSWERS:
            if cue in text and answers:
                return self._send(self.rng.choice(answers))
        if "carry on" in text and self.turns < 40:
            # After an interruption the bot offers to carry on with the questions.
            return self._send("carry on")
        self.finished = True
        return None

    def _send(self, message: str) -> str:
        self.sent.append(message)
        return message


def people(
    count: int, seed: int, prefix: str = "bench", interrupt_share: float = 0.3
) -> list[Person]:
    master = random.Random(seed)
    crowd = []
    for index in range(count):
        rng = random.Random(master.getrandbits(64))
        interrupt_at = rng.randint(3, 12) if rng.random() < interrupt_share else None
        crowd.append(Person(f"{prefix}-{seed}-{index:04d}", rng, interrupt_at))
    return crowd


def stock_script(seed: int, length: int = 15) -> list[str]:
    """Messages for the stock ``rasa init`` assistant, which cannot hold our conversation: the
    same kinds of text, sent whatever it answers."""
    rng = random.Random(seed)
    pool = [answer for _, answers in ANSWERS for answer in answers] + CRIMES + INTERRUPTIONS
    return ["hi", *(rng.choice(pool) for _ in range(length - 1))]
