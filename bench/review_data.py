"""Synthetic conversations for the review app at scale: Rasa's tracker store and our records
database, in the schemas the bot and the review app write, with no real person in them.

    .venv/bin/python -m bench.review_data --conversations 100000 --out /tmp/review-data

Writes ``rasa.db`` (Rasa 3.6's ``events`` table and its index, one row per event with the
event's JSON in ``data``) and ``records.db`` (``cases`` and ``flags`` as ``core.records``
makes them, the review app's ``review_*`` tables as ``review.store`` makes them).

The conversations follow the bot's needs assessment: the session start, the privacy notice and
consent, the form's questions in order in the bot's own words (``bot/domain/responses.yml``),
the result and the referral questions. Some stop after a message or two or part way through,
some say they are in danger or want to hurt themselves, some ask for a person and are taken
over by a worker (the worker's messages carry ``review_worker`` as the app's do). Cases carry
the categories and reasons the real rules give (``referrals.results.build_result``); workers'
statuses, notes, tags, referrals sent and corrections are spread over some of them.

Sender ids name their channel and a number (``bench-sms-000042``): nothing here is, or looks
like, a real phone number or chat id, and every message comes from the lists below. The same
``seed`` gives the same conversations.

How it is fast: a few thousand scripts are written in Python, each a whole conversation with
placeholders for its times, message ids and case reference; SQLite then copies a script for
every conversation in one ``INSERT ... SELECT``, filling the placeholders in, so Python never
touches the millions of rows one by one. A conversation's events are stored together, in
order; in production they interleave with those of whoever was talking at the same time.
"""

from __future__ import annotations

import argparse
import base64
import json
import random
import re
import sqlite3
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from core import yaml_files
from core.contract import LONDON_BOROUGHS
from referrals.directory import load_directory
from referrals.results import build_result
from review import store

ROOT = Path(__file__).resolve().parents[1]
RESPONSES = ROOT / "bot" / "domain" / "responses.yml"
TRACKER_FILE = "rasa.db"
RECORDS_FILE = "records.db"

# What SQLAlchemy makes for Rasa 3.6's ``SQLTrackerStore.SQLEvent``: the app must meet the same
# table, and the same single index, that it meets in production.
EVENTS_TABLE = """
CREATE TABLE events (
    id INTEGER NOT NULL,
    sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT,
    intent_name VARCHAR(255),
    action_name VARCHAR(255),
    data TEXT,
    PRIMARY KEY (id)
)"""
EVENTS_INDEX = "CREATE INDEX ix_events_sender_id ON events (sender_id)"

DAY = 86400.0
# Within the 90 days the privacy notice promises, so a purge would keep them all.
SPREAD_DAYS = 85
SCRIPTS = 3000
ASSESSMENTS = 300
CHANNELS = (("sms", 0.35), ("webchat", 0.4), ("telegram", 0.15), ("rest", 0.1))
# (kind, share of conversations); ``_Scripts.write`` says what each kind does.
KINDS = (
    ("brief", 0.36),
    ("partial", 0.3),
    ("assessed", 0.06),
    ("referral", 0.1),
    ("unsafe_contact", 0.02),
    ("danger", 0.06),
    ("self_harm", 0.03),
    ("waiting", 0.04),
    ("taken", 0.02),
    ("handed_back", 0.01),
)
WORKERS = ("wendy", "wasim", "winnie", "walter", "wren")
# Share of finished assessments a worker has already done something with.
WORKED_ON = 0.3
# core.records' alphabet for case references (no 0/O or 1/I/L).
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MODEL_METADATA = {"model_id": "5b0a2c7e9d4f4e1b8a6c3d2e1f0a9b8c", "assistant_id": "victims-bot"}
# Filled in by SQLite for each conversation (see the module's docstring).
TIME, MESSAGE_ID, REFERENCE = "@T@", "@M@", "@R@"

# (what a person types, the intent NLU gives it, the slot's value) for each question.
Answer = tuple[str, str, Any]
ANSWERS: dict[str, Sequence[Answer]] = {
    "consent": [
        ("yes thats fine", "affirm", True),
        ("ok", "affirm", True),
        ("yes", "affirm", True),
    ],
    "in_danger": [
        ("no im ok", "safe_now", False),
        ("no", "deny", False),
        ("im safe", "safe_now", False),
    ],
    "reported_to_police": [
        ("yes", "affirm", True),
        ("not yet", "deny", False),
        ("yeah reported it", "affirm", True),
        ("skip", "dont_know", None),
    ],
    "age": [
        ("34", "inform", 34.0),
        ("19", "inform", 19.0),
        ("52", "inform", 52.0),
        ("71", "inform", 71.0),
        ("skip", "dont_know", None),
    ],
    "relationship_to_offender": [
        ("no idea", "dont_know", "unknown"),
        ("my ex", "inform", "partner_or_ex"),
        ("a stranger", "inform", "stranger"),
        ("a neighbour", "inform", "someone_known"),
        ("my brother", "inform", "family_member"),
    ],
    "repeat_victimisation": [
        ("nah first time", "deny", False),
        ("its happened loads", "affirm", True),
        ("no", "deny", False),
    ],
    "hate_motivated": [
        ("no", "deny", False),
        ("yes because of my religion", "affirm", True),
        ("dont know", "dont_know", None),
    ],
    "impairment": [
        ("no", "deny", False),
        ("i have anxiety", "affirm", True),
        ("skip", "dont_know", None),
    ],
    "fear_of_giving_evidence": [
        ("yeah tbh", "affirm", True),
        ("no", "deny", False),
        ("a bit", "affirm", True),
    ],
    "needs": [
        ("someone to talk to", "inform", ["emotional"]),
        ("feeling safe", "inform", ["safety"]),
        ("practical help and info", "inform", ["practical", "information"]),
        ("help with court", "inform", ["court"]),
    ],
    "language": [
        ("english", "inform", "english"),
        ("polish please", "inform", "polish"),
        ("somali", "inform", "somali"),
        ("english", "inform", "english"),
    ],
    "gender": [
        ("a woman", "inform", "woman"),
        ("man", "inform", "man"),
        ("rather not say", "dont_know", None),
    ],
    "contact_method": [
        ("phone call", "inform", "call"),
        ("text me", "inform", "text"),
        ("email", "inform", "email"),
    ],
    "contact_times": [
        ("after 6pm on weekdays", "inform", "after 6pm on weekdays"),
        ("any time", "dont_know", "any time"),
        ("mornings only", "inform", "mornings only"),
    ],
    "voicemail_ok": [("no", "deny", False), ("yes thats fine", "affirm", True)],
    "contact_details": [
        ("call me on the number im texting from", "inform", "the number they wrote from")
    ],
}
CRIMES: Sequence[Answer] = (
    ("some1 broke into my flat last nite", "describe_crime", "burglary"),
    ("i got mugged on the bus", "describe_crime", "robbery"),
    ("my ex keeps hitting me", "describe_crime", "domestic_abuse"),
    ("a man punched me outside the pub", "describe_crime", "assault"),
    ("someone keeps following me home", "describe_crime", "stalking_harassment"),
    ("i was scammed out of my savings online", "describe_crime", "fraud"),
    ("my phone was stolen from my bag", "describe_crime", "theft"),
    ("they smashed my car windows", "describe_crime", "criminal_damage"),
    ("people keep sending me abuse online", "describe_crime", "online_abuse"),
    ("i was sexually assaulted", "describe_crime", "sexual_offence"),
)
QUESTIONS = (
    "reported_to_police",
    "age",
    "relationship_to_offender",
    "repeat_victimisation",
    "hate_motivated",
    "impairment",
    "fear_of_giving_evidence",
    "needs",
    "language",
    "borough",
    "gender",
)
CONTACT_QUESTIONS = ("contact_method", "contact_times", "voicemail_ok", "contact_details")
GREETINGS = ("hi", "hello", "i need help", "hi is this victim support", "hey")
DANGER_WORDS = ("hes outside the door right now", "he's back and banging on the door")
SELF_HARM_WORDS = ("honestly i just want to die", "i dont want to be here anymore")
LATER_WORDS = ("thanks", "ok thank you", "what happens next", "help")
NOTES = (
    "Rang back, no answer. Will try again tomorrow.",
    "Spoke to them: happy to be referred.",
    "Asked for a call after work.",
    "Sent the referral by secure email.",
)
TAGS = ("callback", "interpreter", "priority", "court soon")


@dataclass(frozen=True)
class Dataset:
    tracker_db: Path
    records_db: Path
    conversations: int
    events: int
    cases: int
    seconds: float


@dataclass(frozen=True)
class _Assessment:
    """A finished assessment's answers, and what the real rules make of them."""

    said: dict[str, Answer]
    answers: dict[str, Any]
    categories: list[str]
    reasons: list[dict[str, Any]]
    referrals: list[str]


@dataclass
class _Script:
    """One whole conversation, its times counted from its start."""

    kind: str
    channel: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    t: float = 0.0
    flags: list[tuple[str, float]] = field(default_factory=list)
    assessment: _Assessment | None = None
    contact: dict[str, Any] = field(default_factory=dict)
    # (worker who took the conversation over, when)
    taken: tuple[str, float] | None = None


def _responses() -> dict[str, dict[str, Any]]:
    """utter name -> the text and buttons Rasa sends for it (the unconditional variant)."""
    domain = yaml_files.load(RESPONSES.read_text())["responses"]
    found = {}
    for name, variants in domain.items():
        variant = variants[-1]
        text = str(variant.get("text") or "").replace("{hint}", "")
        buttons = [
            {
                "title": b["title"],
                "payload": str(b["payload"]).replace("{{", "{").replace("}}", "}"),
            }
            for b in variant.get("buttons") or []
        ]
        found[name] = {"text": text or None, "buttons": buttons or None}
    return found


class _Scripts:
    """Writes scripts as Rasa would log them: ``rows`` are (type_name, seconds from the start,
    intent_name, action_name, data), ``data`` with the placeholders in it."""

    def __init__(self, rng: random.Random, assessments: int) -> None:
        self.rng = rng
        self.responses = _responses()
        organisations = load_directory()
        self.assessments = [self._assessment(organisations) for _ in range(assessments)]

    def _assessment(self, organisations: Sequence[Any]) -> _Assessment:
        said: dict[str, Answer] = {"crime_type": self.rng.choice(CRIMES)}
        for question in QUESTIONS:
            if question == "borough":
                borough = self.rng.choice(sorted(LONDON_BOROUGHS))
                said[question] = (borough, "inform", borough)
            else:
                said[question] = self.rng.choice(ANSWERS[question])
        answers = {name: answer[2] for name, answer in said.items()}
        answers.update(consent=True, in_danger=False)
        result = build_result(answers, organisations)
        return _Assessment(said, answers, result.categories, result.reasons(), result.referral_ids)

    def write(self, kind: str, channel: str) -> _Script:
        s = _Script(kind, channel)
        assessment = self.rng.choice(self.assessments)
        self._opening(s)
        self._answer(s, "in_danger", self.rng.choice(ANSWERS["in_danger"]), "crime_type")
        if kind == "brief":
            self._user(s, self.rng.choice(LATER_WORDS), "help")
            self._action(s, "action_help")
            self._bot(s, "utter_help")
            self._action(s, "action_listen")
            return s
        self._answer(s, "crime_type", assessment.said["crime_type"], QUESTIONS[0])
        if kind in ("danger", "self_harm"):
            self._crisis(s, kind)
            return s
        asked = len(QUESTIONS)
        if kind == "partial":
            asked = self.rng.randint(1, 4)
        elif kind in ("waiting", "taken", "handed_back"):
            asked = self.rng.randint(0, 3)
        for index, question in enumerate(QUESTIONS[:asked]):
            following = QUESTIONS[index + 1] if index + 1 < len(QUESTIONS) else None
            self._answer(s, question, assessment.said[question], following)
        if kind in ("waiting", "taken", "handed_back"):
            self._handoff(s, kind)
        elif kind != "partial":
            self._finish(s, kind, assessment)
        return s

    def _add(self, s: _Script, event: dict[str, Any], low: float = 0.02, span: float = 0.4) -> None:
        s.t += low + self.rng.random() * span
        kind = event.pop("event")
        # The timestamp is a number in Rasa's JSON: the placeholder loses its quotes.
        data = json.dumps({"event": kind, "timestamp": TIME, **event}).replace(f'"{TIME}"', TIME)
        # The columns Rasa fills besides ``data`` (rasa.core.tracker_store.SQLTrackerStore).
        intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
        s.rows.append((kind, s.t, intent, event.get("name"), data))

    def _action(self, s: _Script, name: str) -> None:
        listen = name == "action_listen"
        self._add(
            s,
            {
                "event": "action",
                "metadata": MODEL_METADATA,
                "name": name,
                "policy": None if name == "action_session_start" else "RulePolicy",
                "confidence": 1.0,
                "action_text": None,
                "hide_rule_turn": listen,
            },
        )

    def _user(self, s: _Script, text: str, intent: str) -> None:
        confidence = round(0.6 + self.rng.random() * 0.399, 4)
        other = "affirm" if intent == "deny" else "deny"
        parse = {
            "intent": {"name": intent, "confidence": confidence},
            "entities": [],
            "text": text,
            "message_id": MESSAGE_ID,
            "metadata": {},
            "intent_ranking": [
                {"name": intent, "confidence": confidence},
                {"name": other, "confidence": round(1 - confidence, 4)},
            ],
        }
        # A person takes a while to read and answer.
        self._add(
            s,
            {
                "event": "user",
                "metadata": MODEL_METADATA,
                "text": text,
                "parse_data": parse,
                "input_channel": s.channel,
                "message_id": MESSAGE_ID,
            },
            4,
            90,
        )

    def _bot(
        self, s: _Script, utter: str, text: str | None = None, worker: str | None = None
    ) -> None:
        response = self.responses.get(utter, {"text": text, "buttons": None})
        # A worker's message carries only who wrote it (review/handoff.py).
        metadata: dict[str, Any] = {"review_worker": worker} if worker else {"utter_action": utter}
        data = {
            "elements": None,
            "quick_replies": None,
            "buttons": response["buttons"],
            "attachment": None,
            "image": None,
            "custom": None,
        }
        self._add(
            s,
            {"event": "bot", "metadata": metadata, "text": text or response["text"], "data": data},
            0.05,
            0.5,
        )

    def _slot(self, s: _Script, name: str, value: Any) -> None:
        self._add(s, {"event": "slot", "metadata": MODEL_METADATA, "name": name, "value": value})

    def _loop(self, s: _Script, name: str | None) -> None:
        self._add(s, {"event": "active_loop", "metadata": MODEL_METADATA, "name": name})

    def _answer(self, s: _Script, slot: str, said: Answer, next_question: str | None) -> None:
        text, intent, value = said
        self._user(s, text, intent)
        self._action(s, "needs_assessment_form")
        self._slot(s, slot, value)
        if next_question:
            self._bot(s, f"utter_ask_{next_question}")
        self._action(s, "action_listen")

    def _opening(self, s: _Script) -> None:
        self._action(s, "action_session_start")
        self._add(s, {"event": "session_started", "metadata": MODEL_METADATA})
        self._action(s, "action_listen")
        self._user(s, self.rng.choice(GREETINGS), "greet")
        self._action(s, "action_ask_consent")
        for utter in ("utter_intro", "utter_privacy", "utter_ask_consent"):
            self._bot(s, utter)
        self._action(s, "action_listen")
        text, intent, value = self.rng.choice(ANSWERS["consent"])
        self._user(s, text, intent)
        self._action(s, "needs_assessment_form")
        self._loop(s, "needs_assessment_form")
        self._slot(s, "consent", value)
        self._bot(s, "utter_ask_in_danger")
        self._action(s, "action_listen")

    def _crisis(self, s: _Script, kind: str) -> None:
        flag = "in_danger" if kind == "danger" else "self_harm"
        words = DANGER_WORDS if kind == "danger" else SELF_HARM_WORDS
        self._user(s, self.rng.choice(words), flag)
        self._action(s, "action_safety_net")
        self._slot(s, "flags", [flag])
        self._slot(s, "safety_check", flag)
        self._bot(s, "utter_emergency" if kind == "danger" else "utter_self_harm")
        self._action(s, "action_listen")
        s.flags.append((flag, s.t))

    def _handoff(self, s: _Script, kind: str) -> None:
        self._user(s, "can i talk to a real person", "human")
        self._action(s, "action_handoff")
        self._slot(s, "waiting_for_person", True)
        self._slot(s, "handoff", "waiting")
        self._slot(s, "flags", ["human"])
        self._bot(s, "utter_handoff")
        self._action(s, "action_listen")
        s.flags.append(("human", s.t))
        if kind == "waiting":
            return
        worker = self.rng.choice(WORKERS)
        s.t += self.rng.uniform(60, 3600)
        s.taken = (worker, s.t)
        self._slot(s, "handoff", "worker")
        hello = f"Hello, this is {worker.title()} from the support team. Are you safe to talk?"
        self._bot(s, "", hello, worker)
        self._user(s, "yes im safe now", "affirm")
        self._action(s, "action_listen")
        if kind == "handed_back":
            self._slot(s, "waiting_for_person", False)
            self._slot(s, "handoff", None)
            self._bot(s, "utter_back_to_bot")
            self._action(s, "action_listen")

    def _finish(self, s: _Script, kind: str, assessment: _Assessment) -> None:
        wants, safe = kind in ("referral", "unsafe_contact"), kind == "referral"
        self._action(s, "action_ask_referral_consent")
        self._slot(s, "enhanced_categories", assessment.categories)
        self._slot(s, "referrals", assessment.referrals)
        self._slot(s, "results_shown", True)
        self._slot(s, "case_reference", REFERENCE)
        self._bot(s, "utter_result", "Based on what you told me, you can get support.")
        self._bot(s, "utter_ask_referral_consent")
        self._action(s, "action_listen")
        said = ("yes please", "affirm", True) if wants else ("no thanks", "deny", False)
        self._answer(s, "referral_consent", said, "contact_safe" if wants else None)
        s.contact["referral_consent"] = wants
        if wants:
            said = ("yes", "affirm", True) if safe else ("no its not", "deny", False)
            self._answer(s, "contact_safe", said, CONTACT_QUESTIONS[0] if safe else None)
            s.contact["contact_safe"] = safe
        for index, question in enumerate(CONTACT_QUESTIONS if safe else ()):
            following = CONTACT_QUESTIONS[index + 1] if index + 1 < len(CONTACT_QUESTIONS) else None
            said = self.rng.choice(ANSWERS[question])
            self._answer(s, question, said, following)
            s.contact[question] = said[2]
        self._loop(s, None)
        self._action(s, "action_finish_assessment")
        self._slot(s, "assessment_done", True)
        self._bot(s, "utter_referral_saved" if safe else "utter_no_referral")
        self._action(s, "action_listen")
        if self.rng.random() < 0.25:
            self._user(s, self.rng.choice(LATER_WORDS), "thank")
            self._action(s, "action_what_next")
            self._bot(s, "utter_what_next")
            self._action(s, "action_listen")
        s.assessment = assessment


@dataclass
class _Records:
    cases: list[tuple[Any, ...]] = field(default_factory=list)
    flags: list[tuple[Any, ...]] = field(default_factory=list)
    keys: list[tuple[str, str]] = field(default_factory=list)
    status: list[tuple[Any, ...]] = field(default_factory=list)
    notes: list[tuple[Any, ...]] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)
    sent: list[tuple[Any, ...]] = field(default_factory=list)
    corrections: list[tuple[Any, ...]] = field(default_factory=list)

    def add(
        self, rng: random.Random, script: _Script, sender: str, start: float, now: float
    ) -> str | None:
        """The rows the bot and the workers would have written; returns the case reference."""
        for flag, at in script.flags:
            self.flags.append((sender, flag, script.channel, _iso(start + at)))
        reference = None
        if script.assessment is not None:
            reference = _reference(len(self.cases))
            self._case(script, sender, reference, start + script.t)
        if script.taken:
            worker, at = script.taken
            self._worker(rng, sender, "in_progress", worker, start + at, now)
        elif script.assessment is not None and rng.random() < WORKED_ON:
            status = rng.choice(("in_progress", "referred", "closed"))
            referred = script.assessment if status == "referred" else None
            self._worker(rng, sender, status, rng.choice(WORKERS), start + script.t, now, referred)
        return reference

    def _case(self, script: _Script, sender: str, reference: str, finished: float) -> None:
        assert script.assessment is not None
        contact = script.contact
        answers = dict(script.assessment.answers, skipped_slots=None)
        wanted = bool(contact.get("referral_consent")) and bool(contact.get("contact_safe"))

        def as_int(value: Any) -> int | None:
            return None if value is None else int(bool(value))

        self.cases.append(
            (
                reference,
                sender,
                script.channel,
                _iso(finished - 60),
                _iso(finished),
                json.dumps(answers, sort_keys=True),
                json.dumps(script.assessment.categories),
                json.dumps(script.assessment.reasons),
                json.dumps(script.assessment.referrals),
                as_int(contact.get("referral_consent")),
                as_int(contact.get("contact_safe")),
                contact.get("contact_method"),
                contact.get("contact_times"),
                as_int(contact.get("voicemail_ok")),
                contact.get("contact_details"),
                "referral_requested" if wanted else "assessed",
            )
        )

    def _worker(
        self,
        rng: random.Random,
        sender: str,
        status: str,
        worker: str,
        since: float,
        now: float,
        referred: _Assessment | None = None,
    ) -> None:
        at = _iso(min(since + rng.uniform(600, 3 * DAY), now))
        key = base64.urlsafe_b64encode(rng.getrandbits(72).to_bytes(9, "big")).decode()
        self.keys.append((sender, key))
        self.status.append((sender, status, worker, worker, at))
        for _ in range(rng.randint(0, 3)):
            self.notes.append((sender, worker, at, rng.choice(NOTES)))
        if rng.random() < 0.3:
            self.tags.append((sender, rng.choice(TAGS)))
        if referred and referred.referrals:
            self.sent.append((sender, referred.referrals[0], at[:10], "secure_email", worker, at))
        if referred and rng.random() < 0.1:
            crime = referred.answers.get("crime_type")
            self.corrections.append(
                (
                    sender,
                    json.dumps(referred.categories),
                    json.dumps(["vulnerable"]),
                    crime,
                    crime,
                    "Disclosed a disability on the phone.",
                    worker,
                    at,
                )
            )


def _reference(number: int) -> str:
    """A case reference as ``core.records`` makes them, made unique by counting in its alphabet."""
    letters = []
    for _ in range(6):
        number, digit = divmod(number, len(REFERENCE_ALPHABET))
        letters.append(REFERENCE_ALPHABET[digit])
    return "VC-" + "".join(reversed(letters))


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds")


# Each conversation's copy of its script, placeholders filled in: the time of each event, a
# message id unique to the conversation and the message, the conversation's case reference.
# The script's JSON is kept cut at its placeholders: joining pieces is quicker than replacing.
_COPY = """
INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data)
SELECT c.sender_id, s.type_name, round(c.start + s.offset, 6), s.intent_name, s.action_name,
       s.p0 || printf('%.6f', c.start + s.offset) || s.p1 || CASE s.fill
         WHEN 0 THEN ''
         WHEN 1 THEN printf('%016x%016x', c.n, s.seq) || s.p2
                     || printf('%016x%016x', c.n, s.seq) || s.p3
         ELSE c.reference || s.p2
       END
FROM temp.conversations c JOIN temp.scripts s ON s.script = c.script
ORDER BY c.n, s.seq
"""
# How the placeholders follow each other in an event's JSON, by ``fill`` above.
_FILLS = {(TIME,): 0, (TIME, MESSAGE_ID, MESSAGE_ID): 1, (TIME, REFERENCE): 2}


def _cut(data: str) -> tuple[int, str, str, str, str]:
    parts = re.split(f"({TIME}|{MESSAGE_ID}|{REFERENCE})", data)
    fill = _FILLS[tuple(parts[1::2])]
    pieces = [*parts[0::2], "", ""][:4]
    return fill, pieces[0], pieces[1], pieces[2], pieces[3]


def generate(
    directory: Path, conversations: int = 100_000, seed: int = 13, now: float | None = None
) -> Dataset:
    """Write ``conversations`` synthetic conversations into new files in ``directory``."""
    began = time.monotonic()
    now = time.time() if now is None else now
    directory.mkdir(parents=True, exist_ok=True)
    tracker_path, records_path = directory / TRACKER_FILE, directory / RECORDS_FILE
    for path in (tracker_path, records_path):
        if path.exists():
            raise FileExistsError(f"{path} exists: generate into an empty folder")
    rng = random.Random(seed)
    # The real rules are slow next to everything else here; a few hundred make the variety.
    writer = _Scripts(rng, min(ASSESSMENTS, max(conversations // 4, 1)))
    kinds, kind_shares = [k for k, _ in KINDS], [share for _, share in KINDS]
    channels, channel_shares = [c for c, _ in CHANNELS], [share for _, share in CHANNELS]
    scripts = [
        writer.write(rng.choices(kinds, kind_shares)[0], rng.choices(channels, channel_shares)[0])
        for _ in range(min(SCRIPTS, max(conversations, 1)))
    ]
    # Oldest first, so the events' ids rise with time as they do in production.
    starts = sorted(now - rng.uniform(0.05, SPREAD_DAYS) * DAY for _ in range(conversations))
    found = _Records()
    chosen = []
    for n, start in enumerate(starts):
        index = rng.randrange(len(scripts))
        script = scripts[index]
        sender = f"bench-{script.channel}-{n:06d}"
        reference = found.add(rng, script, sender, start, now)
        chosen.append((n, sender, index, start, reference))

    tracker = sqlite3.connect(tracker_path, isolation_level=None)
    # A new file nobody else has open: no journal and no syncs while it is filled.
    tracker.execute("PRAGMA journal_mode=OFF")
    tracker.execute("PRAGMA synchronous=OFF")
    tracker.execute("PRAGMA temp_store=MEMORY")
    tracker.execute("PRAGMA cache_size=-262144")
    tracker.execute(EVENTS_TABLE)
    tracker.execute(
        "CREATE TEMP TABLE scripts (script INTEGER, seq INTEGER, type_name TEXT, offset REAL, "
        "intent_name TEXT, action_name TEXT, fill INTEGER, p0 TEXT, p1 TEXT, p2 TEXT, p3 TEXT, "
        "PRIMARY KEY (script, seq)) WITHOUT ROWID"
    )
    tracker.execute(
        "CREATE TEMP TABLE conversations (n INTEGER PRIMARY KEY, sender_id TEXT, script INTEGER, "
        "start REAL, reference TEXT)"
    )
    tracker.execute("BEGIN")
    tracker.executemany(
        "INSERT INTO temp.scripts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (index, seq, type_name, offset, intent, action, *_cut(data))
            for index, script in enumerate(scripts)
            for seq, (type_name, offset, intent, action, data) in enumerate(script.rows)
        ),
    )
    tracker.executemany("INSERT INTO temp.conversations VALUES (?, ?, ?, ?, ?)", chosen)
    tracker.execute(_COPY)
    # Built after the rows: quicker than keeping it up while inserting.
    tracker.execute(EVENTS_INDEX)
    tracker.execute("COMMIT")
    events = tracker.execute("SELECT MAX(id) FROM events").fetchone()[0] or 0
    tracker.execute("DROP TABLE temp.scripts")
    tracker.execute("DROP TABLE temp.conversations")
    # As the bot's tracker store leaves it (bot/tracker_store.py).
    tracker.execute("PRAGMA journal_mode=WAL")
    tracker.close()

    _write_records(records_path, found)
    return Dataset(
        tracker_path,
        records_path,
        conversations,
        events,
        len(found.cases),
        time.monotonic() - began,
    )


def _write_records(path: Path, found: _Records) -> None:
    # The tables come from the code that makes them in production; a connection of our own
    # then fills them in one transaction.
    store.records_db(str(path))
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("BEGIN")
    statements = {
        "INSERT INTO cases VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)": found.cases,
        "INSERT INTO flags (sender_id, flag, channel, raised_at) VALUES (?, ?, ?, ?)": found.flags,
        "INSERT INTO review_keys (sender_id, key) VALUES (?, ?)": found.keys,
        "INSERT INTO review_status (sender_id, status, assigned_to, updated_by, updated_at) "
        "VALUES (?, ?, ?, ?, ?)": found.status,
        "INSERT INTO review_notes (sender_id, author, at, text) VALUES (?, ?, ?, ?)": found.notes,
        "INSERT OR IGNORE INTO review_tags (sender_id, tag) VALUES (?, ?)": found.tags,
        "INSERT INTO review_referrals_sent (sender_id, organisation, sent_on, method, "
        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)": found.sent,
        "INSERT INTO review_corrections (sender_id, bot_categories, worker_categories, "
        "bot_crime_type, worker_crime_type, comment, corrected_by, corrected_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)": found.corrections,
    }
    for statement, rows in statements.items():
        conn.executemany(statement, rows)
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    parser.add_argument("--out", type=Path, required=True, help="an empty folder")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    data = generate(args.out, args.conversations, args.seed)
    print(
        f"{data.conversations} conversations, {data.events} events, {data.cases} cases "
        f"in {data.seconds:.1f} s: {data.tracker_db}, {data.records_db}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
