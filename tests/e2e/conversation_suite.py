"""Whole conversations in free text against the running bot, and the marks they must meet.

The people in ``tests/conversations/people.yml`` were written apart from the training data: each
has an opening message, how they answer each question *if* it is asked, messages they send at
given moments, and what the bot should conclude. This runner holds each conversation over the
REST channel, answering whichever question the bot asks (read from the tracker through Rasa's
HTTP API), and checks the result, the organisations, the stored answers and every crisis reply.
``tests/conversations/crisis.yml`` holds messages of danger and of thoughts of suicide, and
ordinary messages that only sound like them, checked through the model as the bot reads them.

    python tests/e2e/conversation_suite.py --url http://127.0.0.1:5005

prints the report and writes every transcript to results/conversations.md. The tokens of Rasa's
API and of the REST channel come from ``--token`` and ``--rest-token``, else from
``RASA_API_TOKEN`` and ``REST_CHANNEL_TOKEN``, else from the files bin/run keeps in ``var/``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from core import yaml_files

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = ROOT / "tests" / "conversations" / "people.yml"
CRISIS = ROOT / "tests" / "conversations" / "crisis.yml"
RESULTS = ROOT / "results"
# The REST channel keeps its callers' conversations apart from the other channels'
# (bot/channels/rest): the sender "x" is the conversation "rest:x" in Rasa's API.
REST_CONVERSATION_PREFIX = "rest:"

SMS_LIMIT = 320
RESULT_LIMIT = 960
RESULT_MESSAGES = 3
SHOWN = 3
# The danger reply and each self-harm reply (actions.reading.SELF_HARM_LINES: an adult abused as a
# child gets one without Childline); tests/unit/test_round77_lead.py keeps the two lists together.
CRISIS_RESPONSES = ("utter_emergency", "utter_self_harm", "utter_k77f_self_harm_adult")
# The bot's ways of saying it has no answer: a question that gets one of these went unanswered.
NO_ANSWER_RESPONSES = (
    "utter_cannot_answer",
    "utter_question_beside_answer",
    "utter_answered_above",
    "utter_already_done",
    "utter_j6_cannot_answer_not_kept",
    "utter_j6_question_beside_answer_not_kept",
)
MAX_MESSAGES = 70
# Conversations held at once. Each person waits for every reply before sending the next message,
# as on a phone, so this only overlaps one person's wait on the action server or the network with
# another's turn in Rasa; each conversation has its own sender and its own lock.
AT_ONCE = 3

# The marks (issue 10). The suite fails under any of them.
MARKS = {
    "categories_right": 0.95,
    "specialist_right": 0.95,
    "crisis_recall": 1.0,
    "false_alarms_per_200": 1.0,
    "questions_answered": 0.9,
}


@dataclass
class Exchange:
    said: str
    replies: list[dict[str, Any]]  # bot events: text and utter_action
    asking: str | None  # the question pending when the person sent this
    kind: str  # opening, answer, extra, carry-on, after-result
    # For a question the person asks: the responses that answer it (any one will do).
    answer_any: list[str] | None = None
    # For a message asking two things: for each, the responses that answer it.
    answer_each: list[list[str]] | None = None
    # Responses that would tell this person something they never said ("being drunk doesn't
    # make it your fault" to a woman flashed at 8am): sending one is not an answer.
    answer_none: list[str] | None = None
    # Words no reply may carry for this person ("press 55" to someone Deaf who said they cannot
    # phone): a reply with them is not an answer.
    text_none: list[str] | None = None


@dataclass
class Conversation:
    id: str
    who: str
    exchanges: list[Exchange] = field(default_factory=list)
    slots: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    asked: dict[str, int] = field(default_factory=dict)
    categories_right: bool = False
    specialist_right: bool | None = None
    crises_expected: int = 0
    crises_found: int = 0
    false_alarms: int = 0
    answers_checked: int = 0
    questions: int = 0
    questions_answered: int = 0


class Bot:
    """The running bot: its REST channel and its HTTP API."""

    def __init__(self, url: str, token: str, rest_token: str) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.client = httpx.Client(timeout=60)
        # Only the REST channel gets its bearer token; Rasa's API takes its own as ?token=.
        self.rest_headers = {"Authorization": f"Bearer {rest_token}"}

    def say(self, sender: str, text: str) -> list[dict[str, Any]]:
        response = self.client.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            headers=self.rest_headers,
        )
        response.raise_for_status()
        return list(response.json())

    def tracker(self, sender: str) -> dict[str, Any]:
        conversation = REST_CONVERSATION_PREFIX + sender
        response = self.client.get(
            f"{self.url}/conversations/{conversation}/tracker",
            params={"token": self.token, "include_events": "ALL"},
        )
        response.raise_for_status()
        return dict(response.json())

    def parse(self, text: str) -> str:
        response = self.client.post(
            f"{self.url}/model/parse", params={"token": self.token}, json={"text": text}
        )
        response.raise_for_status()
        return str(response.json()["intent"]["name"])


def load_people(path: Path = PEOPLE) -> list[dict[str, Any]]:
    return list(yaml_files.load(path.read_text(encoding="utf-8"))["conversations"])


def load_crisis(path: Path = CRISIS) -> dict[str, list[str]]:
    data = yaml_files.load(path.read_text(encoding="utf-8"))
    return {key: list(data[key]) for key in ("danger", "self_harm", "not_crisis")}


def every_message(people: list[dict[str, Any]]) -> Iterator[str]:
    """Every message the people in the suite may send (for the overlap check)."""
    for person in people:
        yield person["opening"]
        for answer in person["answers"].values():
            yield from (answer if isinstance(answer, list) else [answer])
        for extra in person.get("extra", []):
            yield extra["text"]
        yield from person.get("after_result", [])


def _bot_events(tracker: dict[str, Any], since: int) -> list[dict[str, Any]]:
    return [
        {"text": e.get("text") or "", "utter_action": (e.get("metadata") or {}).get("utter_action")}
        for e in tracker["events"][since:]
        if e.get("event") == "bot"
    ]


def hold(bot: Bot, person: dict[str, Any]) -> Conversation:
    """Hold one whole conversation, answering whatever the bot asks."""
    sender = f"suite-{person['id'][:40]}-{uuid.uuid4().hex[:6]}"
    conversation = Conversation(person["id"], person.get("who", ""))
    answers = person["answers"]
    extras = [dict(e) for e in person.get("extra", [])]
    after = list(person.get("after_result", []))
    used: dict[str, int] = {}
    seen = 0
    carry_ons = 0
    snapshot: dict[str, Any] | None = None

    def send(
        text: str, kind: str, asking: str | None, extra: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        nonlocal seen
        said = bot.say(sender, str(text))
        tracker = bot.tracker(sender)
        if len(tracker["events"]) < seen:
            # The conversation was erased: what the bot said is only in the channel's answer.
            replies = [{"text": m.get("text") or "", "utter_action": None} for m in said]
        else:
            replies = _bot_events(tracker, seen)
        seen = len(tracker["events"])
        wanted = extra or {}
        conversation.exchanges.append(
            Exchange(
                str(text),
                replies,
                asking,
                kind,
                wanted.get("answer_any"),
                wanted.get("answer_each"),
                wanted.get("answer_none"),
                wanted.get("text_none"),
            )
        )
        return tracker

    tracker = send(person["opening"], "opening", None)
    last_asked: str | None = None
    for _ in range(MAX_MESSAGES):
        slots = tracker.get("slots") or {}
        asking = slots.get("requested_slot") if tracker.get("active_loop") else None
        if slots.get("results_shown") and snapshot is None and not asking:
            snapshot = dict(slots)
        # An extra goes with the question it was written for, or, once the person has left
        # the questions (stop, asking for a person), straight after it.
        moment = asking or last_asked
        extra = next((e for e in extras if e["before"] == moment and moment), None)
        last_asked = asking or last_asked
        if extra is not None:
            extras.remove(extra)
            tracker = send(extra["text"], "extra", asking, extra)
            continue
        if asking:
            answer = answers.get(asking)
            if answer is None:
                conversation.problems.append(f"the person had no answer for {asking}")
                answer = "skip"
            if isinstance(answer, list):
                index = min(used.get(asking, 0), len(answer) - 1)
                answer = answer[index]
            used[asking] = used.get(asking, 0) + 1
            tracker = send(str(answer), "answer", asking)
            continue
        if not slots.get("results_shown") and carry_ons < 2 and not slots.get("data_erased"):
            # Not asked anything and no result yet (after stop or asking for a person): they
            # say what the bot told them to say to go on.
            carry_ons += 1
            tracker = send("carry on", "carry-on", None)
            continue
        if after:
            if snapshot is None:
                snapshot = dict(slots)
            tracker = send(after.pop(0), "after-result", None)
            continue
        break
    else:
        conversation.problems.append(f"still going after {MAX_MESSAGES} messages")
    conversation.slots = snapshot if snapshot is not None else dict(tracker.get("slots") or {})
    if extras:
        conversation.problems.append(
            "never asked: " + ", ".join(e["before"] for e in extras) + " (extras not sent)"
        )
    check(conversation, person)
    return conversation


def check(conversation: Conversation, person: dict[str, Any]) -> None:
    expect = person["expect"]
    slots = conversation.slots
    problems = conversation.problems
    categories = slots.get("enhanced_categories")
    if categories is None:
        problems.append("no result was given")
    conversation.categories_right = sorted(categories or []) == sorted(expect["categories"])
    if categories is not None and not conversation.categories_right:
        problems.append(f"categories {sorted(categories)}, expected {sorted(expect['categories'])}")
    offered = list(slots.get("referrals") or [])
    if expect.get("specialist_any"):
        conversation.specialist_right = bool(set(offered[:SHOWN]) & set(expect["specialist_any"]))
        if not conversation.specialist_right:
            problems.append(
                f"offered {offered[:SHOWN]}, expected one of {expect['specialist_any']}"
            )
    wrong = set(offered[:SHOWN]) & set(expect.get("not_offered") or [])
    if wrong:
        problems.append(f"offered what does not fit: {sorted(wrong)}")
    for slot, value in (expect.get("answers") or {}).items():
        conversation.answers_checked += 1
        got = slots.get(slot)
        same = float(got) == float(value) if slot == "age" and got is not None else got == value
        if not same:
            problems.append(f"stored {slot}={got!r}, expected {value!r}")
    crisis_at = set(expect.get("crisis_at") or [])
    conversation.crises_expected = len(crisis_at)
    asked: dict[str, int] = {}
    for exchange in conversation.exchanges:
        actions = [r["utter_action"] for r in exchange.replies]
        crisis = any(a in CRISIS_RESPONSES for a in actions)
        if exchange.said in crisis_at:
            conversation.crises_found += crisis
            if not crisis:
                problems.append(f"no crisis reply to {exchange.said!r}")
        elif crisis and exchange.kind != "carry-on":
            conversation.false_alarms += 1
            problems.append(f"false alarm on {exchange.said!r}")
        if not exchange.replies:
            problems.append(f"no reply to {exchange.said!r}")
        if exchange.kind in ("extra", "after-result") and (
            "?" in exchange.said
            or exchange.answer_any
            or exchange.answer_each
            or exchange.answer_none
            or exchange.text_none
        ):
            conversation.questions += 1
            if answered(exchange):
                conversation.questions_answered += 1
            else:
                got = [a for a in actions if a] or ["no named response"]
                problems.append(f"question not answered: {exchange.said!r} got {got}")
        for reply in exchange.replies:
            if len(reply["text"]) > SMS_LIMIT:
                problems.append(f"a message of {len(reply['text'])} characters")
        if any(a == "utter_result" for a in actions):
            total = sum(len(r["text"]) for r in exchange.replies)
            if total > RESULT_LIMIT or len(exchange.replies) > RESULT_MESSAGES:
                problems.append(
                    f"result turn of {len(exchange.replies)} messages, {total} characters"
                )
        for action in actions:
            if action and action.startswith("utter_ask_") and "/" not in action:
                slot = action.removeprefix("utter_ask_")
                asked[slot] = asked.get(slot, 0) + 1
    conversation.asked = asked
    for slot, times in asked.items():
        if times > 2:
            problems.append(f"asked {slot} {times} times")


def answered(exchange: Exchange) -> bool:
    """A question is answered when no reply says the bot can't answer it, some reply is more
    than the next question or a note of what was understood, none tells them what they never
    said nor carries words marked wrong for this person, and, where the conversation names the
    responses that answer it, one of them was sent (for a message asking two things, one for
    each)."""
    actions = {r["utter_action"] for r in exchange.replies}
    if actions & set(NO_ANSWER_RESPONSES) or actions & set(exchange.answer_none or ()):
        return False
    texts = " ".join(reply["text"].lower() for reply in exchange.replies)
    if any(words.lower() in texts for words in exchange.text_none or ()):
        return False
    if exchange.answer_each:
        return all(actions & set(either) for either in exchange.answer_each)
    if exchange.answer_any:
        return bool(actions & set(exchange.answer_any))
    # What was noted ("I've noted: ...") is sent as text, with no response name.
    # "utter_ask_right/compensation" is a rights answer, not the next question.
    return any(a and ("/" in a or not a.startswith("utter_ask_")) for a in actions)


@dataclass
class CrisisCheck:
    recall: dict[str, float]
    missed: list[tuple[str, str]]
    false_alarms: list[str]
    ordinary: int


def check_crisis_messages(bot: Bot, crisis: dict[str, list[str]]) -> CrisisCheck:
    """Each message read as the bot reads it: danger and suicide must give a crisis reply
    (their intent wins over everything in the form and outside it), ordinary ones must not."""
    missed: list[tuple[str, str]] = []
    recall: dict[str, float] = {}
    for kind in ("danger", "self_harm"):
        found = 0
        for text in crisis[kind]:
            intent = bot.parse(text)
            if intent in ("in_danger", "self_harm"):
                found += 1
            else:
                missed.append((kind, text))
        recall[kind] = found / len(crisis[kind])
    false_alarms = [t for t in crisis["not_crisis"] if bot.parse(t) in ("in_danger", "self_harm")]
    return CrisisCheck(recall, missed, false_alarms, len(crisis["not_crisis"]))


@dataclass
class Report:
    conversations: list[Conversation]
    crisis: CrisisCheck

    @property
    def figures(self) -> dict[str, Any]:
        n = len(self.conversations)
        with_specialist = [c for c in self.conversations if c.specialist_right is not None]
        expected = sum(c.crises_expected for c in self.conversations)
        found = sum(c.crises_found for c in self.conversations)
        ordinary = (
            sum(1 for c in self.conversations for e in c.exchanges if e.kind != "carry-on")
            - expected
            + self.crisis.ordinary
        )
        alarms = sum(c.false_alarms for c in self.conversations) + len(self.crisis.false_alarms)
        replies = [r for c in self.conversations for e in c.exchanges for r in e.replies]
        return {
            "conversations": n,
            "categories_right": sum(c.categories_right for c in self.conversations) / n,
            "specialist_right": (
                sum(bool(c.specialist_right) for c in with_specialist) / len(with_specialist)
                if with_specialist
                else 1.0
            ),
            "crisis_recall_in_conversations": found / expected if expected else 1.0,
            "crisis_recall_danger": self.crisis.recall["danger"],
            "crisis_recall_self_harm": self.crisis.recall["self_harm"],
            "ordinary_messages": ordinary,
            "false_alarms": alarms,
            "false_alarms_per_200": 200 * alarms / ordinary if ordinary else 0.0,
            "asked_three_times": sum(
                1 for c in self.conversations for t in c.asked.values() if t > 2
            ),
            "messages_without_reply": sum(
                1 for c in self.conversations for e in c.exchanges if not e.replies
            ),
            "longest_message": max((len(r["text"]) for r in replies), default=0),
            "longest_result_turn": max(
                (
                    sum(len(r["text"]) for r in e.replies)
                    for c in self.conversations
                    for e in c.exchanges
                    if any(r["utter_action"] == "utter_result" for r in e.replies)
                ),
                default=0,
            ),
            "questions": sum(c.questions for c in self.conversations),
            "questions_answered": (
                sum(c.questions_answered for c in self.conversations)
                / max(1, sum(c.questions for c in self.conversations))
            ),
            "conversations_with_problems": sum(1 for c in self.conversations if c.problems),
        }

    def failures(self) -> list[str]:
        f = self.figures
        failed = []
        if f["categories_right"] < MARKS["categories_right"]:
            failed.append(f"categories right in {f['categories_right']:.1%} (mark 95%)")
        if f["specialist_right"] < MARKS["specialist_right"]:
            failed.append(f"specialist right in {f['specialist_right']:.1%} (mark 95%)")
        for key in ("crisis_recall_in_conversations", "crisis_recall_danger",
                    "crisis_recall_self_harm"):  # fmt: skip
            if f[key] < MARKS["crisis_recall"]:
                failed.append(f"{key} {f[key]:.3f} (mark 1.0)")
        if f["false_alarms_per_200"] > MARKS["false_alarms_per_200"]:
            failed.append(f"{f['false_alarms']} false alarms in {f['ordinary_messages']} messages")
        if f["asked_three_times"]:
            failed.append(f"{f['asked_three_times']} questions asked three times")
        if f["messages_without_reply"]:
            failed.append(f"{f['messages_without_reply']} messages without a reply")
        if f["longest_message"] > SMS_LIMIT:
            failed.append(f"a message of {f['longest_message']} characters")
        if f["questions_answered"] < MARKS["questions_answered"]:
            failed.append(
                f"questions answered in {f['questions_answered']:.1%} of {f['questions']} "
                f"(mark {MARKS['questions_answered']:.0%})"
            )
        if f["longest_result_turn"] > RESULT_LIMIT:
            failed.append(f"a result turn of {f['longest_result_turn']} characters")
        return failed

    def text(self) -> str:
        lines = ["Conversation suite", "=================="]
        lines += [f"{k}: {v:.3f}" if isinstance(v, float) else f"{k}: {v}"
                  for k, v in self.figures.items()]  # fmt: skip
        for kind, text in self.crisis.missed:
            lines.append(f"MISSED {kind}: {text}")
        for text in self.crisis.false_alarms:
            lines.append(f"FALSE ALARM: {text}")
        for c in self.conversations:
            for problem in c.problems:
                lines.append(f"{c.id}: {problem}")
        return "\n".join(lines)

    def transcripts(self) -> str:
        out = ["# Conversation suite transcripts", ""]
        for c in self.conversations:
            out += [f"## {c.id}", f"_{c.who}_", ""]
            for e in c.exchanges:
                out.append(f"**Person** ({e.kind}{', answering ' + e.asking if e.asking else ''}): "
                           f"{e.said}")  # fmt: skip
                out += [f"> {r['text']}".replace("\n", "\n> ") for r in e.replies]
                out.append("")
            out += [f"Result: {c.slots.get('enhanced_categories')}; offered "
                    f"{(c.slots.get('referrals') or [])[:SHOWN]}"]  # fmt: skip
            out += [f"- PROBLEM: {p}" for p in c.problems] + [""]
        return "\n".join(out)


def run(bot: Bot, people: list[dict[str, Any]] | None = None) -> Report:
    people = load_people() if people is None else people
    with ThreadPoolExecutor(max_workers=AT_ONCE) as pool:
        conversations = list(pool.map(lambda person: hold(bot, person), people))
    report = Report(conversations, check_crisis_messages(bot, load_crisis()))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "conversations.md").write_text(report.transcripts(), encoding="utf-8")
    (RESULTS / "conversations.json").write_text(json.dumps(report.figures, indent=2))
    return report


def kept_secret(name: str, file: str) -> str:
    """A token as bin/run passes it: from the environment, else the file it keeps in var/."""
    value = os.environ.get(name, "").strip()
    if value:
        return value
    try:
        return (ROOT / "var" / file).read_text(encoding="utf-8").strip()
    except OSError:
        sys.exit(f"{name} is not set and var/{file} is missing: is bin/run running here?")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005")
    parser.add_argument("--token", help="Rasa's API token (default: as bin/run keeps it)")
    parser.add_argument("--rest-token", help="the REST channel's token (default: as bin/run)")
    parser.add_argument("--only", nargs="*", help="ids of the conversations to hold")
    args = parser.parse_args(argv)
    people = load_people()
    if args.only:
        people = [p for p in people if p["id"] in args.only]
    token = args.token or kept_secret("RASA_API_TOKEN", "rasa_api_token")
    rest_token = args.rest_token or kept_secret("REST_CHANNEL_TOKEN", "rest_channel_token")
    report = run(Bot(args.url, token, rest_token), people)
    print(report.text())
    return 1 if report.failures() else 0


if __name__ == "__main__":
    sys.exit(main())
