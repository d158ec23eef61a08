"""What a log line may hold: never a person's message, phone number or contact details.

Our own code logs error types and masked numbers only, but the libraries under it do not:
rasa-sdk answers a failed action with the whole tracker, Rasa puts that answer in the message
of the error it raises, and SQLAlchemy's errors quote the statement with the person's text.
Any of them can reach a log as an exception's message or traceback. ``install`` makes every log
record, from any library, pass through ``redact_record`` when it is created:

* an exception attached to the record (``logger.exception``, ``exc_info=``) is replaced by its
  traceback with the types and code locations of the whole chain, and no exception messages;
* in the message itself, anything that looks like a phone number or an email address is
  replaced by ``[phone]`` or ``[email]``.

Debug logging of Rasa itself (``--debug``) prints whole messages and must not be used in
production; the README says so.
"""

from __future__ import annotations

import logging
import re
import traceback
from types import TracebackType
from typing import Any

# Nine or more digits, possibly after a "+" and split by spaces, dots, dashes or brackets: every
# UK phone number in the ways people write one (07700 900123, +44 (0)7700-900-123). It also
# catches other long numbers, which a log can do without.
PHONE = re.compile(r"(?<![\w*])\+?\(?\d(?:[\s().-]{0,2}\d){8,}(?!\w)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_installed = False


def redact_text(text: str) -> str:
    """``text`` with phone numbers and email addresses replaced."""
    return PHONE.sub("[phone]", EMAIL.sub("[email]", text))


def where(error: BaseException) -> str:
    """``file:line`` of the innermost frame an exception went through, or ``?``."""
    frames = traceback.extract_tb(error.__traceback__) if error.__traceback__ else []
    if not frames:
        return "?"
    last = frames[-1]
    return f"{last.filename.rsplit('/', 1)[-1]}:{last.lineno}"


def describe_exception(error: BaseException, tb: TracebackType | None = None) -> str:
    """A traceback of ``error`` and the errors it was raised from or during, without any
    exception's message: types, files, lines and functions only, oldest first as Python
    prints them."""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    seen: set[int] = set()
    current: BaseException | None = error
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, tb if not chain and tb is not None else current.__traceback__, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "The above happened while handling:"
        else:
            current = None
    lines: list[str] = []
    # chain[i]'s link says how chain[i + 1] led to it; print the oldest first.
    for index in range(len(chain) - 1, -1, -1):
        exception, frames_of, _ = chain[index]
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(frames_of):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        kind = type(exception)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld)")
        if index > 0:
            lines += ["", chain[index][2], ""]
    return "\n".join(lines)


def redact_record(record: logging.LogRecord) -> logging.LogRecord:
    """Rewrite ``record`` in place so that it holds nothing personal (see the module doc)."""
    try:
        message = record.getMessage()
    except Exception:
        message = str(record.msg)
    if record.exc_info and record.exc_info[1] is not None:
        _, error, tb = record.exc_info
        message = f"{message}\n{describe_exception(error, tb)}"
    record.msg = redact_text(message)
    record.args = None
    record.exc_info = None
    record.exc_text = None
    return record


def install() -> None:
    """Redact every log record this process creates from now on (idempotent)."""
    global _installed
    if _installed:
        return
    make_record = logging.getLogRecordFactory()

    def redacted_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redact_record(make_record(*args, **kwargs))

    logging.setLogRecordFactory(redacted_record)
    _installed = True
