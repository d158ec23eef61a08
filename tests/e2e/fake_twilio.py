"""A local stand-in for Twilio's Messages API, for tests of the SMS channel.

It serves ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` on 127.0.0.1 the way Twilio
does (HTTP Basic auth with the account SID and auth token, form-encoded parameters, a JSON
message resource with status 201), so the real twilio library can be pointed at it through
``TWILIO_API_BASE_URL``. It records every message it accepts, and can be told to fail the next
few requests for a number: with an HTTP status (500, 429, 400 with a Twilio error code...) or by
dropping the connection.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

_MESSAGES_PATH = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages\.json$")


@dataclass(frozen=True)
class SentMessage:
    account_sid: str
    to: str
    body: str
    from_: str | None
    messaging_service_sid: str | None


@dataclass
class _Failure:
    status: int | None  # None: drop the connection without answering
    code: int


class FakeTwilio:
    def __init__(self, account_sid: str, auth_token: str) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.delay = 0.0
        self._messages: list[SentMessage] = []
        self._attempts: dict[str, int] = defaultdict(int)
        self._failures: dict[str, list[_Failure]] = defaultdict(list)
        self._lock = threading.Condition()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeTwilio:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeTwilio:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # What the tests ask and tell.

    def fail_next(self, to: str, times: int, status: int | None = 500, code: int = 20500) -> None:
        with self._lock:
            self._failures[to].extend(_Failure(status, code) for _ in range(times))

    def attempts(self, to: str) -> int:
        """Requests received for ``to``, failed ones included."""
        with self._lock:
            return self._attempts[to]

    def messages(self, to: str) -> list[SentMessage]:
        with self._lock:
            return [m for m in self._messages if m.to == to]

    def bodies(self, to: str) -> list[str]:
        return [m.body for m in self.messages(to)]

    def wait_for(self, to: str, count: int, timeout: float = 60) -> list[str]:
        """The bodies sent to ``to`` once there are at least ``count``; fails after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                bodies = [m.body for m in self._messages if m.to == to]
                if len(bodies) >= count:
                    return bodies
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"expected {count} texts to {to}, got {bodies}")
                self._lock.wait(remaining)

    def wait_until_quiet(self, to: str, quiet: float = 1.5, timeout: float = 60) -> list[str]:
        """The bodies sent to ``to`` once nothing more has arrived for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        seen = -1
        while time.monotonic() < deadline:
            current = len(self.bodies(to))
            if current == seen:
                return self.bodies(to)
            seen = current
            time.sleep(quiet)
        raise AssertionError(f"texts to {to} kept coming for {timeout} s")

    # The server side.

    def _record(self, to: str) -> _Failure | None:
        with self._lock:
            self._attempts[to] += 1
            pending = self._failures.get(to)
            return pending.pop(0) if pending else None

    def _accept(self, message: SentMessage) -> None:
        with self._lock:
            self._messages.append(message)
            self._lock.notify_all()

    def _authorised(self, header: str | None, sid: str) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return sid == self.account_sid and header == f"Basic {expected}"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:  # keep test output quiet
                pass

            def _json(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _error(self, status: int, code: int, message: str) -> None:
                self._json(status, {"code": code, "message": message, "status": status})

            def do_POST(self) -> None:
                match = _MESSAGES_PATH.match(self.path)
                if match is None:
                    self._error(404, 20404, "The requested resource was not found")
                    return
                if not fake._authorised(self.headers.get("Authorization"), match["sid"]):
                    self._error(401, 20003, "Authenticate")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
                to = (form.get("To") or [""])[0]
                if not to or not ((form.get("Body") or [""])[0] or form.get("MediaUrl")):
                    self._error(400, 21602, "Message body is required.")
                    return
                failure = fake._record(to)
                if failure is not None:
                    if failure.status is None:
                        self.close_connection = True
                        self.connection.close()
                        return
                    self._error(failure.status, failure.code, "Failure asked for by the test")
                    return
                if fake.delay:
                    time.sleep(fake.delay)
                message = SentMessage(
                    account_sid=match["sid"],
                    to=to,
                    body=(form.get("Body") or [""])[0],
                    from_=(form.get("From") or [None])[0],
                    messaging_service_sid=(form.get("MessagingServiceSid") or [None])[0],
                )
                fake._accept(message)
                now = formatdate(usegmt=True)
                self._json(
                    201,
                    {
                        "sid": "SM" + uuid.uuid4().hex,
                        "account_sid": message.account_sid,
                        "to": message.to,
                        "from": message.from_,
                        "messaging_service_sid": message.messaging_service_sid,
                        "body": message.body,
                        "status": "queued",
                        "direction": "outbound-api",
                        "num_segments": "1",
                        "num_media": "0",
                        "date_created": now,
                        "date_updated": now,
                        "date_sent": None,
                        "api_version": "2010-04-01",
                        "uri": f"{self.path[:-5]}/SM.json",
                    },
                )

        return Handler
