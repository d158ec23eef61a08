"""Load and validate the referral directory (``directory.yml``).

The directory is edited by operators who are not programmers, so validation collects every
problem it can find and reports them together, in plain words, instead of stopping at the
first one. Nothing here touches the network or writes files.

Besides the keys every entry has, an entry may say who it is for in a few words (``for_whom``,
required for a service for one gender), which details come only from sources older than three
years (``dated``), that it is no longer offered (``retired``, with the reason: ids are never
reused), which rights questions it answers (``topics``), a web page per London borough
(``contact_by_borough``), and in ``serves`` what must have happened for it to fit
(``situations``), crime types that fit only with one of some situations (``crime_needs``), that
it is for bereaved relatives only (``bereaved_only``) and how recent the crime must be
(``recent_months``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from core import yaml_files
from core.code_rules import ASK_RIGHT_TOPICS
from core.contract import ACCOUNT_DETAILS, CRIME_TYPES, HATE_STRANDS, LONDON_BOROUGHS, NEEDS

DEFAULT_PATH = Path(__file__).with_name("directory.yml")

GENDERS = frozenset({"women", "men", "non_binary"})
COMMUNITIES = frozenset({"lgbt", "muslim", "jewish", "south_asian", "deaf"})
# what happened, as the matcher sees it: the account's details, and a child under 16 hurt or put
# at risk at home (worked out by the rules, core/victims_code.yml `child_at_risk`)
CHILD_AT_RISK = "child_at_risk"
# Read from the account by actions/account.py but not (yet) among the rules' account details,
# so the matcher reads them from the answers itself: a driver killed or hurt someone on the road
# (drink, dangerous or careless driving, hit and run); a domestic worker exploited by the
# household they work for; the offender's drug or alcohol use (family support services).
ROAD_CRASH = "road_crash"
DOMESTIC_WORKER = "domestic_worker"
FAMILY_SUBSTANCE_USE = "family_substance_use"
MATCHER_SITUATIONS = frozenset({ROAD_CRASH, DOMESTIC_WORKER, FAMILY_SUBSTANCE_USE})
SITUATIONS = ACCOUNT_DETAILS | {CHILD_AT_RISK} | MATCHER_SITUATIONS
# -- round 29, helper N --
# Also matcher-only: the person who did it has dementia (a dementia helpline for the family);
# the people doing it are neighbours; stalking itself was described (following, watching,
# turning up, repeated unwanted contact). Neighbours with no stalking described are a dispute
# or anti-social behaviour, not for the stalking services.
OFFENDER_DEMENTIA = "offender_dementia"
NEIGHBOUR = "neighbour"
STALKING_DESCRIBED = "stalking_described"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {OFFENDER_DEMENTIA, NEIGHBOUR, STALKING_DESCRIBED}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# -- round 39, helper H1 --: someone sent them sexual messages or asked them for sexual things
# (online or by phone), or groomed them, read by actions/account.py. With `crime_needs` it keeps
# CEOP for a child sent sexual messages, told as online abuse, and not for bullying online.
SEXUAL_MESSAGES = "sexual_messages"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {SEXUAL_MESSAGES}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# -- round 52, helper X1 --: the one who died took their own life (Deborah, whose daughter did
# after being stalked): not a murder or manslaughter, so not the homicide-only services.
DIED_BY_SUICIDE = "died_by_suicide"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {DIED_BY_SUICIDE}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# -- round 59, helper f3 --: Marie, whose daughter was killed by a driver "arrested at the scene
# and ... charged", was offered the Motor Insurers' Bureau, which is for untraced or uninsured
# drivers only. The driver was traced (stopped, arrested, charged, named), and the driver had
# no insurance or was never traced (a hit and run), read by actions/account.py.
DRIVER_TRACED = "driver_traced"
DRIVER_UNINSURED_OR_UNTRACED = "driver_uninsured_or_untraced"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {DRIVER_TRACED, DRIVER_UNINSURED_OR_UNTRACED}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# -- end of round 59, helper f3 --
# -- round 75, helper c75e --: the person hurt was seen in hospital (A&E, a ward), read by
# actions/account.py: Redthread's youth workers meet young people there (Chloe, 22, spiked,
# bruised, never in hospital, was given Redthread).
HOSPITAL = "hospital"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {HOSPITAL}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# k78h (round 78): a head or brain injury told (Derek, for his son Ryan): Headway.
BRAIN_INJURY = "brain_injury"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {BRAIN_INJURY}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# end k78h
# u86e (round 86): their own landlord harasses them and no stalking itself was told (Arjun):
# harassment of a tenant, not for the stalking-only services (referrals/matching.py).
LANDLORD = "landlord"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {LANDLORD}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# h97c (round 97): they sell sex (actions/account.py, m1_exploitation_details): National Ugly
# Mugs (Shauna, robbed and hit by a client: "is there nothing for sex workers specifically").
SEX_WORK = "sex_work"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {SEX_WORK}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
# m103a (round 102): a relative of theirs (a daughter, son, sister...) is abused by their own
# partner (Maureen, 63, "My daughter's boyfriend ... he's been threatening her"), read by
# actions/account.py: a domestic abuse service for the family, not a service for abuse of older
# people by those they trust (referrals/matching.py).
RELATIVE_PARTNER_ABUSE = "relative_partner_abuse"
MATCHER_SITUATIONS = MATCHER_SITUATIONS | {RELATIVE_PARTNER_ABUSE}
SITUATIONS = SITUATIONS | MATCHER_SITUATIONS
AUTO_OFFER = ("always", "when_needed", "when_described", "never")
ANY = "any"
LONDON = "london"
HELPS_WITH_MAX = 120
FOR_WHOM_MAX = 60
DEFAULT_PRIORITY = 100
# Details a `dated` mapping may name, and how old (in years) the newest source must be.
DATED_KEYS = ("phone", "text", "web", "email", "chat", "hours", "serves")
DATED_AFTER_YEARS = 3
_YEAR_RE = re.compile(r"^(19|20)\d\d$")

REQUIRED_KEYS = (
    "id",
    "name",
    "helps_with",
    "specialist",
    "general",
    "serves",
    "contact",
    "source",
    "checked",
)
OPTIONAL_KEYS = (
    "hours",
    "notes",
    "crisis",
    "auto_offer",
    "priority",
    "for_whom",
    "dated",
    "retired",
    "topics",
    "contact_by_borough",
)
SERVES_KEYS = (
    "crime_types",
    "min_age",
    "max_age",
    "genders",
    "communities",
    "hate_strands",
    "boroughs",
    "languages",
    "needs",
)
SERVES_OPTIONAL_KEYS = ("situations", "crime_needs", "bereaved_only", "recent_months")
CONTACT_KEYS = ("phone", "text", "web", "email")
# A web page with live chat: a route for someone who cannot phone.
CONTACT_OPTIONAL_KEYS = ("chat",)

# Source lines that are not web pages must say where in our reference pack they come from,
# so a reviewer can still trace every fact.
REFERENCE_SOURCE_PREFIX = "reference:"

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_PHONE_RE = re.compile(r"^\d+(?: \d+)*$")
_DIGIT_GROUPS_RE = re.compile(r"\d+(?: \d+)*")
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)
_LANGUAGE_RE = re.compile(r"^[a-z][a-z -]*[a-z]$")
# UK numbers shorter than the usual 10-11 digits that are genuine public lines.
_SHORT_UK_NUMBERS = frozenset({"08001111"})  # Childline
_BLOCKED_NUMBERS = frozenset({"999", "101", "112"})


class DirectoryError(ValueError):
    """The directory file has problems; ``problems`` lists every one found."""

    def __init__(self, problems: Sequence[str], path: Path | None = None) -> None:
        self.problems = list(problems)
        self.path = path
        where = f" in {path}" if path else ""
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) found{where}:\n{lines}")


@dataclass(frozen=True)
class Serves:
    crime_types: tuple[str, ...] = (ANY,)
    min_age: int | None = None
    max_age: int | None = None
    genders: tuple[str, ...] = (ANY,)
    communities: tuple[str, ...] = ()
    hate_strands: tuple[str, ...] = ()
    boroughs: tuple[str, ...] = (ANY,)
    languages: tuple[str, ...] = ("english",)
    needs: tuple[str, ...] = ()
    situations: tuple[str, ...] = ()
    # (crime type, situations): that crime type fits only when one of the situations happened
    crime_needs: tuple[tuple[str, tuple[str, ...]], ...] = ()
    bereaved_only: bool = False
    recent_months: int | None = None

    def crime_needs_for(self, crime_type: str) -> tuple[str, ...]:
        """The situations without which ``crime_type`` does not fit, or () if it always fits."""
        return dict(self.crime_needs).get(crime_type, ())


@dataclass(frozen=True)
class Contact:
    phone: str | None = None
    text: str | None = None
    web: str | None = None
    email: str | None = None
    chat: str | None = None

    def is_empty(self) -> bool:
        return not (self.phone or self.text or self.web or self.email or self.chat)

    @property
    def without_phone(self) -> bool:
        """Whether someone who cannot make a call can reach it: by text, live chat or email."""
        return bool(self.text or self.chat or self.email)


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    helps_with: str
    specialist: bool
    general: bool
    serves: Serves
    contact: Contact
    source: tuple[str, ...]
    checked: dt.date
    hours: str | None = None
    notes: str | None = None
    crisis: bool = False
    auto_offer: str = "always"
    priority: int = DEFAULT_PRIORITY
    for_whom: str | None = None
    # (detail, year of the newest source that confirms it), for details older than 3 years
    dated: tuple[tuple[str, str], ...] = ()
    retired: str | None = None
    topics: tuple[str, ...] = ()
    contact_by_borough: tuple[tuple[str, str], ...] = ()

    @property
    def has_contact(self) -> bool:
        return not self.contact.is_empty()

    @property
    def is_retired(self) -> bool:
        return self.retired is not None

    @property
    def is_gendered(self) -> bool:
        return ANY not in self.serves.genders

    @property
    def dated_details(self) -> dict[str, str]:
        """Detail -> year of its newest source, for the details older than three years."""
        return dict(self.dated)

    def web_for(self, borough: str | None) -> str | None:
        """The web page for someone in ``borough`` (a council's own site), else the usual one."""
        return dict(self.contact_by_borough).get(borough or "", self.contact.web)

    @property
    def is_hate_crime_service(self) -> bool:
        return bool(self.serves.hate_strands)

    @property
    def is_london_only(self) -> bool:
        return ANY not in self.serves.boroughs

    def to_dict(self) -> dict[str, Any]:
        """Plain types only (lists, ISO date), ready for JSON or a database row."""
        data = asdict(self)
        data["checked"] = self.checked.isoformat()
        data["source"] = list(self.source)
        data["serves"] = {
            k: list(v) if isinstance(v, tuple) else v for k, v in data["serves"].items()
        }
        data["serves"]["crime_needs"] = {k: list(v) for k, v in self.serves.crime_needs}
        data["dated"] = dict(self.dated)
        data["topics"] = list(self.topics)
        data["contact_by_borough"] = dict(self.contact_by_borough)
        return data

    @classmethod
    def from_raw(cls, raw: Mapping[str, Any]) -> Organisation:
        """Build from an entry that ``validate_entry`` accepted."""
        serves_raw = raw["serves"]
        contact_raw = raw["contact"] or {}
        serves = Serves(
            crime_types=_as_tuple(serves_raw.get("crime_types")),
            min_age=serves_raw.get("min_age"),
            max_age=serves_raw.get("max_age"),
            genders=_as_tuple(serves_raw.get("genders")),
            communities=_as_tuple(serves_raw.get("communities")),
            hate_strands=_as_tuple(serves_raw.get("hate_strands")),
            boroughs=_as_tuple(serves_raw.get("boroughs")),
            languages=_as_tuple(serves_raw.get("languages")),
            needs=_as_tuple(serves_raw.get("needs")),
            situations=_as_tuple(serves_raw.get("situations")),
            crime_needs=tuple(
                sorted(
                    (str(k).strip().lower(), _as_tuple(v))
                    for k, v in (serves_raw.get("crime_needs") or {}).items()
                )
            ),
            bereaved_only=bool(serves_raw.get("bereaved_only", False)),
            recent_months=serves_raw.get("recent_months"),
        )
        contact = Contact(
            **{k: _clean_str(contact_raw.get(k)) for k in (*CONTACT_KEYS, *CONTACT_OPTIONAL_KEYS)}
        )
        dated = raw.get("dated") or {}
        by_borough = raw.get("contact_by_borough") or {}
        return cls(
            id=raw["id"],
            name=raw["name"].strip(),
            helps_with=raw["helps_with"].strip(),
            specialist=raw["specialist"],
            general=raw["general"],
            serves=serves,
            contact=contact,
            source=tuple(s.strip() for s in raw["source"]),
            # Validated above: a date, so never None here.
            checked=_as_date(raw["checked"]) or dt.date.min,
            hours=_clean_str(raw.get("hours")),
            notes=_clean_str(raw.get("notes")),
            crisis=bool(raw.get("crisis", False)),
            auto_offer=raw.get("auto_offer", "always"),
            priority=raw.get("priority", DEFAULT_PRIORITY),
            for_whom=_clean_str(raw.get("for_whom")),
            dated=tuple(sorted((str(k), str(v)) for k, v in dated.items())),
            retired=_clean_str(raw.get("retired")),
            topics=_as_tuple(raw.get("topics")),
            contact_by_borough=tuple(
                sorted((str(k).strip().lower(), str(v).strip()) for k, v in by_borough.items())
            ),
        )


# ----------------------------------------------------------------------------- helpers ----


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return tuple(str(v).strip().lower() for v in value)


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _as_date(value: Any) -> dt.date | None:
    # YAML turns 2026-11-28 into a date, but a quoted "2026-11-28" stays a string.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _suggest(value: str, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, sorted(allowed), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def phone_problem(number: Any) -> str | None:
    """Why ``number`` is not a well-formed UK phone number to publish, or None if it is.

    Accepted: digits and single spaces; 10-11 digits starting with 0; 116 numbers
    (116 123); and a few genuine short lines such as 0800 1111. 999, 101 and 112 are
    refused because the bot gives emergency numbers separately, with their own wording.
    """
    if not isinstance(number, str):
        return 'must be written in double quotes, for example "0808 802 0300"'
    if not _PHONE_RE.match(number):
        return f"'{number}' must contain only digits and single spaces"
    digits = number.replace(" ", "")
    if digits in _BLOCKED_NUMBERS:
        return f"'{number}' is an emergency or police number; the bot gives those separately"
    if digits.startswith("116") and len(digits) == 6:
        return None
    if digits in _SHORT_UK_NUMBERS:
        return None
    if not digits.startswith("0"):
        return f"'{number}' is not a UK number (UK numbers start with 0, or are 116 numbers)"
    if len(digits) not in (10, 11):
        return f"'{number}' has {len(digits)} digits; UK numbers have 10 or 11"
    return None


def text_problem(instruction: Any) -> str | None:
    """Why a ``text`` instruction is unusable, or None.

    Every number in it must be a well-formed UK number or a 5-digit short code.
    """
    if not isinstance(instruction, str) or not instruction.strip():
        return 'must be a sentence such as "Text SHOUT to 85258"'
    groups = _DIGIT_GROUPS_RE.findall(instruction)
    if not groups:
        return f"'{instruction}' does not contain a number to text"
    for group in groups:
        digits = group.replace(" ", "")
        if len(digits) == 5 and " " not in group:
            continue
        problem = phone_problem(group)
        if problem:
            return f"number in '{instruction}': {problem}"
    return None


def _is_url(value: Any) -> bool:
    return isinstance(value, str) and bool(_URL_RE.match(value.strip()))


def _check_values(
    problems: list[str],
    label: str,
    values: Any,
    allowed: frozenset[str],
    *,
    allow_any: bool,
    extra: frozenset[str] = frozenset(),
    allow_empty: bool = True,
) -> None:
    if not isinstance(values, list):
        problems.append(f"{label} must be a list in square brackets, for example [any]")
        return
    if not values and not allow_empty:
        problems.append(f"{label} must not be empty (use [any] for everyone)")
        return
    words = [str(v).strip().lower() for v in values]
    permitted = allowed | extra | ({ANY} if allow_any else frozenset())
    for word in words:
        if word not in permitted:
            problems.append(f"{label} has unknown value '{word}'{_suggest(word, permitted)}")
    if ANY in words and len(words) > 1:
        problems.append(f"{label}: 'any' must be the only value when used")
    if len(set(words)) != len(words):
        problems.append(f"{label} lists the same value twice")


def _check_optional_int(problems: list[str], label: str, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 120:
        problems.append(f"{label} must be a whole number of years (0-120) or null")


# -------------------------------------------------------------------------- validation ----


def validate_entry(raw: Any, seen_ids: set[str] | None = None) -> list[str]:
    """Return every problem with one directory entry (an empty list means it is fine).

    Pass the same ``seen_ids`` set for each entry of a file to catch duplicate ids; the
    entry's id is added to it.
    """
    if not isinstance(raw, Mapping):
        return ["each organisation must start with '- id: ...' and have keys below it"]

    raw_id = raw.get("id")
    label = f"'{raw_id}'" if isinstance(raw_id, str) and raw_id else "an entry with no id"
    problems: list[str] = []

    def add(message: str) -> None:
        problems.append(f"{label}: {message}")

    known_keys = set(REQUIRED_KEYS) | set(OPTIONAL_KEYS)
    for key in raw:
        if key not in known_keys:
            add(f"unknown key '{key}'{_suggest(str(key), known_keys)}")
    for key in REQUIRED_KEYS:
        if key not in raw or raw[key] is None or raw[key] == "":
            add(f"missing '{key}'")

    if "id" in raw and raw_id is not None:
        if not isinstance(raw_id, str) or not _ID_RE.match(raw_id):
            add("id must be lower-case words joined by dashes, e.g. national-stalking-helpline")
        elif seen_ids is not None:
            if raw_id in seen_ids:
                add("duplicate id; every organisation needs its own id")
            seen_ids.add(raw_id)

    name = raw.get("name")
    if name is not None and (not isinstance(name, str) or not name.strip()):
        add("name must be text")

    helps_with = raw.get("helps_with")
    if helps_with is not None:
        if not isinstance(helps_with, str) or not helps_with.strip():
            add("helps_with must be a sentence of text")
        elif len(helps_with.strip()) > HELPS_WITH_MAX:
            add(
                f"helps_with is {len(helps_with.strip())} characters; "
                f"keep it to {HELPS_WITH_MAX} or fewer"
            )

    for key in ("specialist", "general", "crisis"):
        if key in raw and raw[key] is not None and not isinstance(raw[key], bool):
            add(f"{key} must be true or false")
    if raw.get("specialist") is True and raw.get("general") is True:
        add("an organisation cannot be both specialist and general")

    if "auto_offer" in raw and raw["auto_offer"] not in AUTO_OFFER:
        add(f"auto_offer must be one of {', '.join(AUTO_OFFER)}")
    priority = raw.get("priority", DEFAULT_PRIORITY)
    if isinstance(priority, bool) or not isinstance(priority, int):
        add("priority must be a whole number")

    serves = raw.get("serves")
    if serves is not None:
        problems.extend(f"{label}: {p}" for p in _validate_serves(serves, raw))

    contact = raw.get("contact")
    if contact is not None:
        problems.extend(f"{label}: {p}" for p in _validate_contact(contact))

    source = raw.get("source")
    if source is not None:
        if not isinstance(source, list) or not source:
            add("source must be a list with at least one web page (- https://...)")
        else:
            for item in source:
                ok = _is_url(item) or (
                    isinstance(item, str)
                    and item.strip().lower().startswith(REFERENCE_SOURCE_PREFIX)
                    and len(item.strip()) > len(REFERENCE_SOURCE_PREFIX) + 3
                )
                if not ok:
                    add(f"source '{item}' must be a web address starting https:// or http://")

    checked = raw.get("checked")
    if checked is not None and _as_date(checked) is None:
        add("checked must be a date written YYYY-MM-DD, e.g. 2026-11-28")

    for key in ("hours", "notes"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            add(f"{key} must be text (or leave the key out)")

    problems.extend(f"{label}: {p}" for p in _validate_extras(raw))

    notes = raw.get("notes")
    has_notes = isinstance(notes, str) and bool(notes.strip())
    if isinstance(contact, Mapping) and not contact.get("phone") and not has_notes:
        add("has no phone number, so notes must say why (e.g. 'number unconfirmed')")
    if not raw.get("hours") and not has_notes:
        add("has no hours, so notes must say why (e.g. 'hours not in our sources')")
    if isinstance(source, list) and not any(_is_url(s) for s in source) and not has_notes:
        add("has no web page as a source, so notes must explain where the details come from")

    return problems


def _validate_extras(raw: Mapping[str, Any]) -> list[str]:
    """Problems with the optional keys for_whom, dated, retired, topics, contact_by_borough."""
    problems: list[str] = []
    serves = raw.get("serves") if isinstance(raw.get("serves"), Mapping) else {}
    genders = serves.get("genders") if isinstance(serves, Mapping) else None

    for_whom = raw.get("for_whom")
    if for_whom is not None and (
        not isinstance(for_whom, str) or not for_whom.strip() or len(for_whom) > FOR_WHOM_MAX
    ):
        problems.append(
            f"for_whom must be a few words ({FOR_WHOM_MAX} characters at most), e.g. 'for women'"
        )
    if isinstance(genders, list) and genders and ANY not in genders and not for_whom:
        # Shown to someone whose gender is not known, its line must say who it is for.
        problems.append("a service for one gender needs for_whom, e.g. 'for women'")

    retired = raw.get("retired")
    if retired is not None:
        if not isinstance(retired, str) or not retired.strip():
            problems.append("retired must say when and why, e.g. '2026-12-01: merged into ...'")
        if raw.get("general") is True:
            problems.append("a general service cannot be retired")

    problems.extend(_validate_dated(raw))

    topics = raw.get("topics")
    if topics is not None:
        _check_values(problems, "topics", topics, frozenset(ASK_RIGHT_TOPICS), allow_any=False)

    by_borough = raw.get("contact_by_borough")
    if by_borough is not None:
        if not isinstance(by_borough, Mapping) or not by_borough:
            problems.append("contact_by_borough must list boroughs, each with a web address")
        else:
            for borough, url in by_borough.items():
                name = str(borough).strip().lower()
                if name not in LONDON_BOROUGHS:
                    problems.append(
                        f"contact_by_borough has unknown borough '{name}'"
                        f"{_suggest(name, LONDON_BOROUGHS)}"
                    )
                if not _is_url(url):
                    problems.append(f"contact_by_borough.{name} must be a web address")
    return problems


def _validate_dated(raw: Mapping[str, Any]) -> list[str]:
    """``dated`` names details whose newest source is more than three years old."""
    dated = raw.get("dated")
    if dated is None:
        return []
    if not isinstance(dated, Mapping) or not dated:
        return ['dated must list details with a year, e.g. {hours: "2015", phone: "2010"}']
    problems: list[str] = []
    checked = _as_date(raw.get("checked"))
    contact = raw.get("contact") if isinstance(raw.get("contact"), Mapping) else {}
    for key, year in dated.items():
        if key not in DATED_KEYS:
            problems.append(f"dated has unknown detail '{key}'{_suggest(str(key), DATED_KEYS)}")
            continue
        text = str(year).strip()
        if isinstance(year, bool) or not _YEAR_RE.match(text):
            problems.append(f'dated.{key} must be a year, e.g. "2015"')
            continue
        if checked is not None and int(text) > checked.year - DATED_AFTER_YEARS:
            problems.append(
                f"dated.{key} is {text}: only details whose newest source is more than "
                f"{DATED_AFTER_YEARS} years older than 'checked' are marked"
            )
        present = raw.get("hours") if key == "hours" else raw.get("serves")
        if key in (*CONTACT_KEYS, *CONTACT_OPTIONAL_KEYS):
            present = contact.get(key) if isinstance(contact, Mapping) else None
        if not present:
            problems.append(f"dated.{key}: the entry has no {key} to date")
    return problems


def _validate_serves(serves: Any, raw: Mapping[str, Any]) -> list[str]:
    if not isinstance(serves, Mapping):
        return ["serves must be a block of keys (crime_types, min_age, ...)"]
    problems: list[str] = []
    for key in serves:
        if key not in (*SERVES_KEYS, *SERVES_OPTIONAL_KEYS):
            known = (*SERVES_KEYS, *SERVES_OPTIONAL_KEYS)
            problems.append(f"unknown key 'serves.{key}'{_suggest(str(key), known)}")
    for key in SERVES_KEYS:
        if key not in serves:
            problems.append(f"missing 'serves.{key}'")

    if "crime_types" in serves:
        _check_values(
            problems,
            "serves.crime_types",
            serves["crime_types"],
            CRIME_TYPES,
            allow_any=True,
            allow_empty=False,
        )
    if "genders" in serves:
        _check_values(
            problems,
            "serves.genders",
            serves["genders"],
            GENDERS,
            allow_any=True,
            allow_empty=False,
        )
    if "boroughs" in serves:
        _check_values(
            problems,
            "serves.boroughs",
            serves["boroughs"],
            LONDON_BOROUGHS,
            allow_any=True,
            extra=frozenset({LONDON}),
            allow_empty=False,
        )
        boroughs = serves["boroughs"]
        if isinstance(boroughs, list) and LONDON in boroughs and len(boroughs) > 1:
            problems.append("serves.boroughs: 'london' already means every borough; use it alone")
    for key, allowed in (
        ("communities", COMMUNITIES),
        ("hate_strands", HATE_STRANDS),
        ("needs", NEEDS),
    ):
        if key in serves:
            value = serves[key] if serves[key] is not None else []
            _check_values(problems, f"serves.{key}", value, allowed, allow_any=False)

    languages = serves.get("languages")
    if "languages" in serves:
        if not isinstance(languages, list) or not languages:
            problems.append("serves.languages must be a list such as [english] or [any]")
        else:
            for lang in languages:
                if not isinstance(lang, str) or not _LANGUAGE_RE.match(lang.strip().lower()):
                    problems.append(f"serves.languages has an odd value '{lang}'")
            if ANY in languages and len(languages) > 1:
                problems.append("serves.languages: 'any' must be the only value when used")

    _check_optional_int(problems, "serves.min_age", serves.get("min_age"))
    _check_optional_int(problems, "serves.max_age", serves.get("max_age"))
    lo, hi = serves.get("min_age"), serves.get("max_age")
    if isinstance(lo, int) and isinstance(hi, int) and lo > hi:
        problems.append("serves.min_age is greater than serves.max_age")

    if raw.get("general") is True and serves.get("crime_types") != [ANY]:
        problems.append("a general service must have serves.crime_types: [any]")
    if raw.get("auto_offer") == "when_needed" and not serves.get("needs"):
        problems.append("auto_offer: when_needed needs at least one value in serves.needs")

    if "situations" in serves:
        value = serves["situations"] if serves["situations"] is not None else []
        _check_values(problems, "serves.situations", value, SITUATIONS, allow_any=False)
    if raw.get("auto_offer") == "when_described" and not serves.get("situations"):
        problems.append("auto_offer: when_described needs at least one value in serves.situations")
    if "crime_needs" in serves:
        problems.extend(_validate_crime_needs(serves))
    if "bereaved_only" in serves and not isinstance(serves["bereaved_only"], bool):
        problems.append("serves.bereaved_only must be true or false")
    months = serves.get("recent_months")
    if "recent_months" in serves and (
        isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 120
    ):
        problems.append("serves.recent_months must be a whole number of months (1-120)")
    return problems


def _validate_crime_needs(serves: Mapping[str, Any]) -> list[str]:
    """``crime_needs``: crime types (from this entry's crime_types) -> situations they need."""
    needs = serves.get("crime_needs")
    example = "e.g. {online_abuse: [intimate_images]}"
    if not isinstance(needs, Mapping) or not needs:
        return [f"serves.crime_needs must list crime types with situations, {example}"]
    problems: list[str] = []
    crime_types = serves.get("crime_types")
    listed = set(crime_types) if isinstance(crime_types, list) else set()
    for crime, situations in needs.items():
        if crime not in CRIME_TYPES:
            problems.append(
                f"serves.crime_needs has unknown crime type '{crime}'"
                f"{_suggest(str(crime), sorted(CRIME_TYPES))}"
            )
        elif crime not in listed:
            problems.append(f"serves.crime_needs: '{crime}' is not in serves.crime_types")
        if not isinstance(situations, list) or not situations:
            problems.append(f"serves.crime_needs.{crime} must be a list of situations, {example}")
            continue
        _check_values(
            problems, f"serves.crime_needs.{crime}", situations, SITUATIONS, allow_any=False
        )
    return problems


def _validate_contact(contact: Any) -> list[str]:
    if not isinstance(contact, Mapping):
        return ["contact must be a block with phone, text, web and email"]
    problems: list[str] = []
    known = (*CONTACT_KEYS, *CONTACT_OPTIONAL_KEYS)
    for key in contact:
        if key not in known:
            problems.append(f"unknown key 'contact.{key}'{_suggest(str(key), known)}")
    for key in CONTACT_KEYS:
        if key not in contact:
            problems.append(f"missing 'contact.{key}' (write null if unknown)")
    phone = contact.get("phone")
    if phone is not None:
        problem = phone_problem(phone)
        if problem:
            problems.append(f"contact.phone {problem}")
    text = contact.get("text")
    if text is not None:
        problem = text_problem(text)
        if problem:
            problems.append(f"contact.text {problem}")
    for key in ("web", "chat"):
        address = contact.get(key)
        if address is not None and not _is_url(address):
            problems.append(f"contact.{key} '{address}' must start with https:// or http://")
    email = contact.get("email")
    if email is not None and (not isinstance(email, str) or not _EMAIL_RE.match(email.strip())):
        problems.append(f"contact.email '{email}' is not an email address")
    return problems


def validate_directory(entries: Any) -> list[str]:
    """Every problem in a whole directory (a list of entries), duplicates included."""
    if not isinstance(entries, list):
        return ["the file must be a list of organisations, each starting with '- id:'"]
    if not entries:
        return ["the directory is empty"]
    problems: list[str] = []
    seen: set[str] = set()
    for index, raw in enumerate(entries, start=1):
        for problem in validate_entry(raw, seen):
            problems.append(f"entry {index}, {problem}")
    general = [
        e
        for e in entries
        if isinstance(e, Mapping) and e.get("general") is True and e.get("retired") is None
    ]
    if not any(
        isinstance(e.get("serves"), Mapping) and e["serves"].get("boroughs") == [ANY]
        for e in general
    ):
        problems.append("there must be a general service that serves boroughs: [any]")
    return problems


def parse_directory(entries: Any, path: Path | None = None) -> list[Organisation]:
    """Validate already-parsed YAML and build organisations; raise DirectoryError if bad."""
    problems = validate_directory(entries)
    if problems:
        raise DirectoryError(problems, path)
    return [Organisation.from_raw(raw) for raw in entries]


_WHAT_IS = re.compile(
    r"\b(?:what|whats|who|wat|wot)(?: is| are| s| does| do)?(?: the| this| that)?\b|\btell me "
    r"(?:about|more about)\b|\bnever heard of\b|\bheard (?:of|about|theres|there is|there s)\b|"
    # t84h (round 84): "my friend at church say there is group for domestic workers, kalayaan? is
    # it good" (Rosa); "isnt survivorsuk for like rape and abuse?" (Mark).
    r"\b(?:say|says|said|told me) (?:there is|theres|there s|about)\b|"
    r"\b(?:is|are) (?:it|they|that|this|them) (?:any )?(?:good|ok|okay|safe|legit|right for me)\b|"
    r"\b(?:isnt|isn t|arent|aren t) \w+ (?:just |only )?for\b"
)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text.lower().replace("'", "")).split())


def _names(org: Organisation) -> tuple[str, ...]:
    return _names_of(org.name)


@functools.lru_cache(maxsize=1024)
def _names_of(name: str) -> tuple[str, ...]:
    """The ways people write an organisation's name: whole, before its bracket, inside it."""
    whole = _plain(name)
    before = _plain(name.split("(")[0])
    inside = _plain(name.split("(")[1]) if "(" in name else ""
    names = [whole, before, inside, before.removeprefix("the ")]
    # -- round 56, helper D8 --: "survivors uk" for SurvivorsUK (Ben).
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name.split("(")[0])
    if spaced != name.split("(")[0]:
        names.append(_plain(spaced))
    first = before.removeprefix("the ").split(" ")[0] if before else ""
    if len(first) >= 5 and first not in _COMMON_FIRST_WORDS:
        names.append(first)  # "like galop?" for "Galop national LGBT+ helpline"
    return tuple(name for name in dict.fromkeys(names) if len(name) >= 4)


# First words of organisation names that are ordinary words, never a name on their own.
_COMMON_FIRST_WORDS = frozenset(
    {"national", "london", "victim", "victims", "report", "stop", "tell", "rape", "modern",
     "council", "adult", "witness", "criminal", "unwanted", "forced", "coroners", "crime",
     "police", "support", "mens", "women", "survivors", "parliamentary", "true", "havens",
     "revenge", "karma", "british", "english", "family", "child", "children", "domestic"}
)  # fmt: skip


def turned_down(name: str, words: str) -> bool:
    """j98b (round 98): "you just said childline again", "i cant make her ring childline": the
    service ``name`` (plain words) turned down, not asked about or asked for."""
    return bool(
        re.search(
            rf"\b(?:said|say|saying|mentioned|gave me|giving me|sent|told me about) (?:the )?"
            rf"{re.escape(name)} again\b|\b(?:cant|can not|cannot|wont|will not|not going to|"
            rf"dont want to) (?:\w+ ){{0,3}}?(?:ring|call|phone|contact|use|talk to) (?:the )?"
            rf"{re.escape(name)}\b",
            words,
        )
    )


def named_in_question(text: str, organisations: Sequence[Organisation]) -> Organisation | None:
    """ "what is tell mama?": the organisation a question asks about, by its name."""
    words = _plain(text)
    asking = bool(_WHAT_IS.search(words))
    found = _named(words, asking, organisations)
    if found is not None and "(" in found.name:
        # "can i get victim support if im also the suspect?": the name in the bracket of the
        # National Homicide Service (Victim Support) is its parent's, whose own service is
        # meant (round 32, Yusuf, who was given the homicide service after a fight).
        inside = _plain(found.name.split("(")[1])
        if re.search(rf"\b{re.escape(inside)}\b", words) and not any(
            re.search(rf"\b{re.escape(name)}\b", words) for name in _names(found) if name != inside
        ):
            parent = next(
                (
                    org
                    for org in organisations
                    if not org.is_retired and org.general and _plain(org.name).startswith(inside)
                ),
                None,
            )
            return parent or found
    return found


def _named(words: str, asking: bool, organisations: Sequence[Organisation]) -> Organisation | None:
    for org in organisations:
        if org.is_retired:
            continue
        for name in _names(org):
            if name not in words:
                continue  # neither pattern below can match without the name itself
            if re.search(rf"\bnot (?:the |a |an )?{re.escape(name)}\b", words):
                # t84h (round 84): "but not the domestic abuse one ... is the victim support one
                # ok" (Nadia) asks about the other one.
                continue
            if turned_down(name, words):
                # j98b (round 98): Anya, "i cant make her ring childline", "you just said
                # childline again": turned down, not asked about (its card was sent again).
                continue
            # Not "they will catch me again" nor "what they shout": a name that is also a verb,
            # used as one.
            named = (
                # Nor "youths who throw eggs ... and shout things" (round 53, Eric).
                rf"(?<!they )(?<!he )(?<!she )(?<!we )(?<!i )(?<!you )(?<!people )(?<!to )"
                rf"(?<!and )(?<!who )"
                rf"{re.escape(name)}\b(?! (?:me|him|her|them|us|it|up|out|at|things|stuff|"
                rf"abuse|names|insults|slurs)\b)"
                # -- round 56, helper D8 --: "what about survivorsuk you said before" (Ben).
                rf"(?! you\b(?! (?:said|mentioned|told|gave|sent|named|put)\b))"
            )
            if asking and re.search(rf"\b{named}", words):
                return org
            # "can tell mama report it for me?", "should i ring galop?"
            if re.search(
                rf"\b(?:can|could|will|would|does|do|is|are|like|what about|should i (?:call|"
                rf"ring|contact|use))(?: the)? {named}",
                words,
            ):
                return org
            # -- round 41, main (K) -- "revenge porn helpline number?" (Jess, after erasing her
            # chat, got "I can't answer"): a name beside asking for its number or address.
            if re.search(rf"\b{named}", words) and _ASKS_CONTACT.search(words):
                return org
        two = " ".join(_plain(org.name.split("(")[0]).removeprefix("the ").split()[:2])
        # "whats the number for the revenge porn people again": a name's first two words with
        # "people", "line" and the like, when asking how to reach them.
        if (
            len(two.split()) == 2
            and re.search(rf"\b{re.escape(two)} (?:people|lot|ones|line|service|charity)\b", words)
            and _ASKS_CONTACT.search(words)
        ):
            return org
    return None


_ASKS_CONTACT = re.compile(
    r"\b(?:number|numbers|phone|ring them|call them|contact|website|site|link|email|details)\b"
)


def describe(org: Organisation, limit: int = 320) -> str:
    """ "Tell MAMA: ... Call 0800 456 1226." in one text message."""
    line = f"{org.name}: {org.helps_with}"
    if org.contact.phone:
        line += f" Call {org.contact.phone}."
    elif org.contact.web:
        line += f" {org.contact.web}"
    return line if len(line) <= limit else f"{org.name}: {org.helps_with}"[:limit]


def load_directory(path: Path | None = None) -> list[Organisation]:
    """Read, validate and return the directory, in file order.

    Raises DirectoryError listing every problem if any entry is invalid.
    """
    path = Path(path) if path is not None else DEFAULT_PATH
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise DirectoryError([f"cannot read the file: {exc}"], path) from exc
    try:
        entries = yaml_files.load(text)
    except yaml.YAMLError as exc:
        raise DirectoryError([f"the file is not valid YAML: {exc}"], path) from exc
    return parse_directory(entries, path)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m referrals.directory [path]``: check the file and say what is wrong."""
    args = list(sys.argv[1:] if argv is None else argv)
    path = Path(args[0]) if args else DEFAULT_PATH
    try:
        organisations = load_directory(path)
    except DirectoryError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"OK: {len(organisations)} organisations in {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
