"""The actions a worker takes on a case, as one table: the form fields each reads and how each
field is checked, what it then does, what the audit log calls it and what the page then says.

One route serves them all (``POST /case/<key>/<action>``, in ``routes/case.py``), so every
action goes through the same steps: sign-in and CSRF (``web.page``), every field checked before
anything changes, one audit entry (``<audit>``, or ``<audit>_refused`` with the kind of error),
then back to the case page with the flash message.

A field's check raises the error the casework or handoff function itself would raise, with the
words the worker sees; it returns the value to use. The audit detail a run returns never holds
what anyone wrote: lengths and choices from fixed lists only.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from core import code_rules
from core.contract import CRIME_TYPES
from core.records import Records
from review import casework, handoff, viewmodels
from review.config import Settings
from review.viewmodels import CaseView

# The errors that mean "not done, and here is why" (a 400 page), not a fault of the app.
REFUSALS = (casework.CaseworkError, handoff.HandoffError)


def as_given(value: str) -> str:
    return value


@dataclass(frozen=True)
class Field:
    name: str
    check: Callable[[str], str] = as_given
    # Checkboxes: every value is read, and each is checked.
    many: bool = False


@dataclass(frozen=True)
class Act:
    """What a run gets: the case, who acts, and the checked form."""

    case: CaseView
    worker: str
    values: Mapping[str, str]
    lists: Mapping[str, list[str]]
    records: Records
    settings: Settings


Run = Callable[[Act], Awaitable[str | None]]


@dataclass(frozen=True)
class CaseAction:
    fields: tuple[Field, ...]
    run: Run  # returns the audit entry's detail
    audit: str
    done: str  # the case page's ?done= key
    flash: str


Form = Callable[[str], list[str] | None]


def read(action: CaseAction, form: Form) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The action's fields from the form (``request.form.getlist``), checked, in table order,
    so the first problem is the one shown. Fields not in the table are never read."""
    values: dict[str, str] = {}
    lists: dict[str, list[str]] = {}
    for field in action.fields:
        given = form(field.name) or []
        if field.many:
            lists[field.name] = [field.check(value) for value in given]
        else:
            values[field.name] = field.check(given[0] if given else "")
    return values, lists


# ------------------------------------------------------------------------- field checks ----


def listed_organisation(value: str) -> str:
    return casework.check_organisation(value, viewmodels.directory())


def known_category(value: str) -> str:
    return casework.check_category(value, code_rules.CATEGORY_ORDER)


def known_crime_type(value: str) -> str:
    return casework.check_crime_type(value, CRIME_TYPES)


# -------------------------------------------------------------------------------- runs ----


async def assign(act: Act) -> str:
    casework.assign(act.records, act.case.sender_id, act.worker, act.worker)
    return f"to {act.worker}"


async def unassign(act: Act) -> str:
    casework.assign(act.records, act.case.sender_id, None, act.worker)
    return "released"


async def add_note(act: Act) -> str:
    text = act.values["note"]
    casework.add_note(act.records, act.case.sender_id, text, act.worker)
    return f"{len(text)} characters"


async def set_status(act: Act) -> str:
    status = act.values["status"]
    casework.set_status(act.records, act.case.sender_id, status, act.worker)
    return f"{act.case.state.status} -> {status}"


async def add_tag(act: Act) -> None:
    # Tags are free text a worker chose, so the audit says only that one was added.
    casework.add_tag(act.records, act.case.sender_id, act.values["tag"])


async def remove_tag(act: Act) -> None:
    casework.remove_tag(act.records, act.case.sender_id, act.values["tag"])


async def record_referral(act: Act) -> str:
    organisation, method = act.values["organisation"], act.values["method"]
    casework.record_referral_sent(
        act.records,
        act.case.sender_id,
        organisation=organisation,
        sent_on=act.values["sent_on"],
        method=method,
        by=act.worker,
        known_organisations=viewmodels.directory(),
    )
    return f"{organisation} {method}"


async def correct(act: Act) -> str:
    chosen = act.lists["category"]
    casework.record_correction(
        act.records,
        act.case.sender_id,
        bot_categories=list(act.case.categories),
        worker_categories=chosen,
        bot_crime_type=act.case.crime_type,
        worker_crime_type=act.values["crime_type"] or None,
        comment=act.values["comment"],
        by=act.worker,
        allowed_categories=code_rules.CATEGORY_ORDER,
        allowed_crime_types=CRIME_TYPES,
    )
    agrees = set(chosen) == set(act.case.categories)
    return "agrees with the bot" if agrees else "differs from the bot"


async def send_message(act: Act) -> str:
    # Only to someone waiting for a person they asked for, who did not say contact is unsafe.
    handoff.refuse_without_override(act.case.texting_needs_override)
    text = act.values["message"]
    settings = act.settings
    await handoff.send(settings.rasa_url, settings.rasa_token, act.case.sender_id, text, act.worker)
    return f"{len(text)} characters"


async def send_message_override(act: Act) -> str:
    """A message the page warned about, sent anyway: the audit entry says why it was needed and
    the reason the worker chose (both from fixed lists)."""
    text, reason = act.values["message"], act.values["override_reason"]
    why = act.case.texting_needs_override
    settings = act.settings
    await handoff.send(settings.rasa_url, settings.rasa_token, act.case.sender_id, text, act.worker)
    return f"{len(text)} characters; reason {reason}; warned {'+'.join(why) or 'nothing'}"


async def take_over(act: Act) -> None:
    await handoff.take_over(act.settings.rasa_url, act.settings.rasa_token, act.case.sender_id)


async def hand_back(act: Act) -> None:
    settings = act.settings
    await handoff.hand_back(settings.rasa_url, settings.rasa_token, act.case.sender_id, act.worker)


# ------------------------------------------------------------------------------- table ----

# Keyed by the last part of the form's URL.
ACTIONS: dict[str, CaseAction] = {
    "assign": CaseAction(
        fields=(),
        run=assign,
        audit="assign",
        done="assigned",
        flash="The case is assigned to you.",
    ),
    "unassign": CaseAction(
        fields=(),
        run=unassign,
        audit="assign",
        done="unassigned",
        flash="The case is no longer assigned.",
    ),
    "note": CaseAction(
        fields=(Field("note", casework.check_note),),
        run=add_note,
        audit="add_note",
        done="note",
        flash="Note added.",
    ),
    "status": CaseAction(
        fields=(Field("status", casework.check_status),),
        run=set_status,
        audit="set_status",
        done="status",
        flash="Status changed.",
    ),
    "tag": CaseAction(
        fields=(Field("tag", casework.normalise_tag),),
        run=add_tag,
        audit="add_tag",
        done="tag",
        flash="Tag added.",
    ),
    "untag": CaseAction(
        # Removing a tag that is not there changes nothing, so any text will do.
        fields=(Field("tag"),),
        run=remove_tag,
        audit="remove_tag",
        done="untag",
        flash="Tag removed.",
    ),
    "referral": CaseAction(
        fields=(
            Field("organisation", listed_organisation),
            Field("method", casework.check_method),
            Field("sent_on", casework.check_sent_on),
        ),
        run=record_referral,
        audit="referral_sent",
        done="referral",
        flash="Referral recorded as sent. The status is now Referred.",
    ),
    "correct": CaseAction(
        fields=(
            Field("category", known_category, many=True),
            Field("crime_type", known_crime_type),
            Field("comment"),
        ),
        run=correct,
        audit="correct_assessment",
        done="correction",
        flash="Your assessment is saved beside the bot's.",
    ),
    "message": CaseAction(
        fields=(Field("message", handoff.check_message),),
        run=send_message,
        audit="send_message",
        done="message",
        flash="Message sent and added to the transcript.",
    ),
    "message-override": CaseAction(
        fields=(
            Field("message", handoff.check_message),
            Field("override_reason", handoff.check_override_reason),
            Field("confirm", handoff.check_confirmed),
        ),
        run=send_message_override,
        audit="send_message_override",
        done="message_override",
        flash="Message sent despite the warning; the override is in the audit log.",
    ),
    "take-over": CaseAction(
        fields=(),
        run=take_over,
        audit="take_over",
        done="taken",
        flash=(
            "You have this conversation: the bot stops acknowledging their messages while you "
            "answer."
        ),
    ),
    "hand-back": CaseAction(
        fields=(),
        run=hand_back,
        audit="hand_back",
        done="handed_back",
        flash="The conversation is back with the bot.",
    ),
}
FLASHES = {action.done: action.flash for action in ACTIONS.values()}
