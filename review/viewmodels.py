"""View models: what the queue, a case page and its referral packet show, put together from the
stores (Rasa's tracker store, the records database and the referral directory).

The categories and their reasons are the ones the bot's rules gave (``cases.reasons``, from
``referrals.results.Result.reasons``); for a conversation whose assessment did not finish, the
same rules are run on the answers so far and the page says the result is provisional.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from core import code_rules, contact_notes, records
from core.contract import FORM_SLOTS
from referrals.directory import Organisation, load_directory
from referrals.matching import explain_match
from referrals.results import build_result, matching_answers
from review import casework, conversations, queue_index, triage
from review.casework import CaseState
from review.conversations import Summary, Turn
from review.masking import mask_sender
from review.store import Tracker

CHANNEL_LABELS = {
    "rest": "REST (terminal or test)",
    "webchat": "Web chat",
    "socketio": "Web chat",
    "web": "Web chat",
    "twilio": "SMS",
    "sms": "SMS",
    "telegram": "Telegram",
    "cmdline": "Terminal",
}
METHOD_WORDS = {"call": "phone call", "text": "text message", "email": "email"}
ANSWER_ORDER = (
    *FORM_SLOTS, "age", "hate_strand", "community", "worker_gender", "skipped_slots"
)  # fmt: skip
# Shown in the contact box, not among the answers.
CONTACT_SLOTS = frozenset(
    {
        "referral_consent",
        "contact_safe",
        "contact_method",
        "contact_times",
        "voicemail_ok",
        "contact_details",
    }
)


@functools.cache
def directory() -> dict[str, Organisation]:
    return {org.id: org for org in load_directory()}


def category_labels() -> dict[str, str]:
    spec = code_rules.load_code()["enhanced_categories"]
    return {c: str(spec[c]["label"]).capitalize() for c in code_rules.CATEGORY_ORDER}


def channel_label(channel: str | None) -> str:
    return CHANNEL_LABELS.get(channel or "", channel or "Unknown")


def when(timestamp: float | str | None) -> str:
    """A time as support workers read it: UK local time, day first."""
    if timestamp is None or timestamp == "":
        return ""
    if isinstance(timestamp, str):
        moment = datetime.fromisoformat(timestamp)
    else:
        moment = datetime.fromtimestamp(timestamp, timezone.utc)
    try:
        moment = moment.astimezone(ZoneInfo("Europe/London"))
    except ZoneInfoNotFoundError:  # no tz database: UTC is still right, just labelled
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%a %d %b %Y %H:%M")


@dataclass
class Contact:
    referral_consent: bool | None
    contact_safe: bool | None
    method: str | None
    times: str | None
    voicemail_ok: bool | None
    details: str | None
    worker_gender: str | None = None
    discreet: bool = False
    for_someone_else: bool = False
    # -- round 39, helper F5 -- said after the referral (core/contact_notes.py codes), and "dont
    # msg this phone" while waiting for a person.
    notes: list[str] = field(default_factory=list)
    no_reply_here: bool = False

    @property
    def warnings(self) -> list[str]:
        """The instructions a worker must not miss, most important first."""
        lines: list[str] = []
        if self.contact_safe is False:
            lines.append("It is NOT safe to contact this person. Do not call, text or email.")
        if self.no_reply_here:
            lines.append(contact_notes.NO_REPLY_HERE)
        if self.voicemail_ok is False:
            lines.append("Do not leave a voicemail.")
        if self.times:
            lines.append(f"Only contact them: {self.times}.")
        if self.method:
            how = METHOD_WORDS.get(self.method, self.method)
            lines.append(f"Contact them by {how} only.")
        if self.discreet:
            lines.append(
                "Someone else may see their phone: keep every message plain, with no mention of "
                "police, abuse or crime."
            )
        if self.for_someone_else:
            lines.append(
                "Someone else wrote for the person it happened to: the answers are about that "
                "person, and the contact details may be the writer's."
            )
        if self.worker_gender in ("woman", "man"):
            lines.append(f"They asked to be supported by a {self.worker_gender}.")
        lines.extend(contact_notes.for_worker(self.notes))
        if self.referral_consent is False:
            lines.append("They did not agree to be referred: do not pass their details on.")
        elif self.referral_consent is None:
            lines.append("They have not agreed to a referral: do not pass their details on.")
        return lines


@dataclass
class CaseView:
    sender_id: str
    key: str
    masked_sender: str
    summary: Summary
    case: dict[str, Any] | None
    flags: list[dict[str, Any]]
    turns: list[Turn]
    answers: list[tuple[str, Any]]
    categories: list[str]
    reasons: list[dict[str, Any]]
    provisional: bool
    organisations: list[dict[str, Any]]
    contact: Contact
    state: CaseState
    all_organisations: list[Organisation] = field(default_factory=list)
    # They asked for a person themselves (conversations.asked_for_person), not only taken over.
    asked_for_person: bool = False

    @property
    def unanswered_questions(self) -> list[Turn]:
        """What the person asked that the bot said it could not answer."""
        return conversations.unanswered_questions(self.turns)

    @property
    def reference(self) -> str | None:
        return (self.case or {}).get("case_reference") or self.summary.slots.get("case_reference")

    @property
    def crime_type(self) -> str | None:
        return dict(self.answers).get("crime_type")

    @property
    def channel(self) -> str | None:
        return self.summary.channel or (self.case or {}).get("channel")

    @property
    def latest_correction(self) -> dict[str, Any] | None:
        return self.state.corrections[-1] if self.state.corrections else None

    @property
    def texting_needs_override(self) -> list[str]:
        """Why a worker may text this person only with an audited override (handoff.py's
        ``OVERRIDE_WHY`` words each); empty when the person is waiting for a person they asked
        for and did not say contact is unsafe."""
        why = []
        if not (self.asked_for_person and self.summary.waiting_for_person):
            why.append("not_asked")
        if self.contact.contact_safe is False:
            why.append("contact_not_safe")
        if self.contact.no_reply_here:
            why.append("no_reply_here")  # -- round 39, helper F5 --
        return why


def _answers(summary: Summary, case: dict[str, Any] | None) -> dict[str, Any]:
    stored = json.loads(case["answers"]) if case and case.get("answers") else {}
    slots = summary.slots
    return {name: slots.get(name, stored.get(name)) for name in ANSWER_ORDER}


# -- round 59, helper f3 -- The contact instructions kept in the conversation's slots (said after
# the case was written) and in the case (Pete's "no counselling", read from the whole chat when
# the case was saved), each once, the slots' first.
def _f3_notes(slot_notes: Any, case: dict[str, Any] | None) -> list[str]:
    kept = json.loads(case["answers"]) if case and case.get("answers") else {}
    notes: list[str] = []
    for source in (slot_notes, kept.get("contact_notes")):
        if isinstance(source, list | tuple):
            notes.extend(str(code) for code in source if str(code) not in notes)
    return notes


# -- end of round 59, helper f3 --


def load_case(tracker: Tracker, db: records.Records, sender_id: str) -> CaseView | None:
    found = conversations.summaries(tracker, [sender_id])
    case = records.case_for(db, sender_id)
    if not found and case is None:
        return None
    channel = case["channel"] if case else None
    summary = found[0] if found else Summary(sender_id, 0, 0, 0, channel)
    answers = _answers(summary, case)
    if case is not None:
        categories = json.loads(case["categories"] or "[]")
        reasons = json.loads(case["reasons"] or "[]")
        org_ids = json.loads(case["referrals"] or "[]")
        provisional = False
    else:
        result = build_result({k: answers.get(k) for k in FORM_SLOTS}, list(directory().values()))
        categories, reasons, org_ids = result.categories, result.reasons(), result.referral_ids
        provisional = True
    organisations = []
    for org_id in org_ids:
        org = directory().get(org_id)
        organisations.append(
            {
                "id": org_id,
                "org": org,
                "why": explain_match(matching_answers(answers), org)
                if org
                else "Not in the directory.",
            }
        )
    source = case if case is not None else summary.slots
    contact = Contact(
        referral_consent=_bool(source.get("referral_consent")),
        contact_safe=_bool(source.get("contact_safe")),
        method=source.get("contact_method"),
        # A safe time given while waiting for a person comes after the case was written.
        times=source.get("contact_times") or summary.slots.get("contact_times"),
        voicemail_ok=_bool(source.get("voicemail_ok")),
        details=source.get("contact_details"),
        worker_gender=answers.get("worker_gender"),
        discreet=answers.get("discreet") is True,
        for_someone_else=summary.slots.get("for_someone_else") is True,
        # Said after the case was written: the conversation's slots first.
        notes=_f3_notes(summary.slots.get("contact_notes"), case),
        no_reply_here=summary.slots.get("no_reply_here") is True,
    )
    flags = [
        {"flag": row["flag"], "raised_at": row["raised_at"]}
        for row in records.flags_of(db, [sender_id])
    ]
    return CaseView(
        sender_id=sender_id,
        key=casework.key_for(db, sender_id),
        masked_sender=mask_sender(sender_id),
        summary=summary,
        case=case,
        flags=flags,
        turns=conversations.transcript(tracker, sender_id),
        answers=[(k, v) for k, v in answers.items() if k not in CONTACT_SLOTS],
        categories=categories,
        reasons=reasons,
        provisional=provisional,
        organisations=organisations,
        contact=contact,
        state=casework.state_of(db, sender_id),
        all_organisations=sorted(directory().values(), key=lambda o: o.name),
        asked_for_person=conversations.asked_for_person(tracker, sender_id),
    )


def case_by_key(tracker: Tracker, db: records.Records, key: str) -> CaseView | None:
    """The case a page's URL names by its review key (None when there is none, or no more)."""
    sender_id = casework.sender_for(db, key)
    if sender_id is None:
        return None
    return load_case(tracker, db, sender_id)


@dataclass(frozen=True)
class PageLink:
    """One item of the queue's page links: a page number, or a gap (``number`` None)."""

    number: int | None
    href: str = ""
    current: bool = False


@dataclass
class QueuePage:
    """One page of the queue, most urgent first, and where it sits among the pages."""

    rows: list[triage.Row]
    matched: int
    total: int
    page: int
    per_page: int
    channels: list[str]
    params: dict[str, str] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return max(1, -(-self.matched // self.per_page))

    @property
    def first_shown(self) -> int:
        return (self.page - 1) * self.per_page + 1 if self.rows else 0

    @property
    def last_shown(self) -> int:
        return self.first_shown + len(self.rows) - 1 if self.rows else 0

    def href(self, page: int) -> str:
        return "/queue?" + urlencode({**self.params, "page": page})

    @property
    def previous_href(self) -> str | None:
        return self.href(self.page - 1) if self.page > 1 else None

    @property
    def next_href(self) -> str | None:
        return self.href(self.page + 1) if self.page < self.pages else None

    @property
    def links(self) -> list[PageLink]:
        """The GOV.UK pagination pattern's numbers: the first and last pages, the current one
        and those either side of it, with a gap wherever pages are left out."""
        shown = sorted({1, self.page - 1, self.page, self.page + 1, self.pages})
        links: list[PageLink] = []
        for number in (n for n in shown if 1 <= n <= self.pages):
            if links and links[-1].number is not None and number - links[-1].number > 1:
                links.append(PageLink(None))
            links.append(PageLink(number, self.href(number), number == self.page))
        return links


QUEUE_PAGE_SIZE = 50


def queue_page(
    tracker: Tracker,
    db: records.Records,
    filters: triage.Filters,
    matches: set[str] | None,
    page: int,
    per_page: int = QUEUE_PAGE_SIZE,
) -> QueuePage:
    """One page of the queue: every conversation in the tracker store or case in the records
    (a case outlives its conversation when Rasa's events were purged first), filtered by
    ``triage.keep``'s rules and in ``triage.order``'s order, read through the queue's index."""
    queue_index.sync(tracker, db)
    page = max(page, 1)
    found = queue_index.find(db, filters, matches, (page - 1) * per_page, per_page)
    last_page = max(1, -(-found.matched // per_page))
    if page > last_page:
        page = last_page
        found = queue_index.find(db, filters, matches, (page - 1) * per_page, per_page)
    params = {f: getattr(filters, f) for f in filters.__dataclass_fields__ if getattr(filters, f)}
    return QueuePage(
        rows=queue_rows(db, found.sender_ids),
        matched=found.matched,
        total=found.total,
        page=page,
        per_page=per_page,
        channels=queue_index.channels(db),
        params=params,
    )


def queue_rows(db: records.Records, sender_ids: list[str]) -> list[triage.Row]:
    """The queue's rows for these conversations, in this order, read by their sender ids."""
    summaries = queue_index.summaries(db, sender_ids)
    cases: dict[str, dict[str, Any]] = {}
    flags: dict[str, list[str]] = {}
    # The queue has always shown a conversation with its latest case.
    for row in records.cases_of(db, sender_ids):
        cases[row["sender_id"]] = row
    for row in records.flags_of(db, sender_ids):
        if row["flag"] not in flags.setdefault(row["sender_id"], []):
            flags[row["sender_id"]].append(row["flag"])
    states = casework.states(db, sender_ids)
    keys = casework.keys_for(db, sender_ids)
    return [
        triage.Row(
            sender_id=sender_id,
            key=keys[sender_id],
            summary=summaries[sender_id],
            state=states.get(sender_id, casework.CaseState()),
            case=cases.get(sender_id),
            flags=flags.get(sender_id, []),
        )
        for sender_id in sender_ids
        if sender_id in summaries
    ]


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def packet(view: CaseView) -> dict[str, Any]:
    """The referral packet: what a receiving organisation needs, and nothing of our notes."""
    labels = category_labels()
    correction = view.latest_correction
    return {
        "case_reference": view.reference,
        "conversation": view.key,
        "channel": channel_label(view.channel),
        "started": when(view.summary.first) if view.summary.first else None,
        "status": casework.STATUSES.get(view.state.status, view.state.status),
        "answers": {k: v for k, v in view.answers if v is not None},
        "categories": [
            {
                "category": c,
                "label": labels.get(c, c),
                "reasons": [
                    {"reason": r["reason"], "reference": r["reference"]}
                    for r in view.reasons
                    if r["category"] == c
                ],
            }
            for c in view.categories
        ],
        "assessment_provisional": view.provisional,
        "worker_assessment": (
            {
                "categories": [labels.get(c, c) for c in correction["worker_categories"]],
                "crime_type": correction["worker_crime_type"],
                "by": correction["corrected_by"],
                "at": correction["corrected_at"],
            }
            if correction
            else None
        ),
        "safe_contact": {
            "referral_consent": view.contact.referral_consent,
            "contact_safe": view.contact.contact_safe,
            "method": view.contact.method,
            "times": view.contact.times,
            "voicemail_ok": view.contact.voicemail_ok,
            "details": view.contact.details,
            "instructions": view.contact.warnings,
        },
        "organisations": [
            {"id": o["id"], "name": o["org"].name if o["org"] else o["id"]}
            for o in view.organisations
        ],
        "referrals_sent": [
            {k: r[k] for k in ("organisation", "sent_on", "method", "recorded_by")}
            for r in view.state.referrals_sent
        ],
        "flags": [f["flag"] for f in view.flags],
        "transcript": [
            {
                "at": when(t.at),
                "from": {"user": "person", "worker": f"worker {t.worker}"}.get(t.kind, t.kind),
                "text": t.text,
            }
            for t in view.turns
        ],
    }
