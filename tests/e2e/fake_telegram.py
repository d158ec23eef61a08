"""A local stand-in for the Telegram Bot API, for python-telegram-bot to talk to in tests.

It listens on 127.0.0.1 at ``{url}/bot<token>/<method>`` (the library's ``base_url``), records
every call with its decoded parameters and answers the way Telegram does (``{"ok": true,
"result": ...}``, or ``{"ok": false, "error_code": ..., "description": ...}``). It also builds
the updates Telegram would POST to the webhook.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "Victims Helper",
    "username": "victims_helper_test_bot",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None


# Parameters that are strings in the Bot API, kept as sent even when they look like numbers.
_STRINGS = {"text", "url", "secret_token", "callback_query_id"}


def _decode(key: str, value: str) -> Any:
    # python-telegram-bot sends form fields, JSON-encoding everything but plain strings.
    if key in _STRINGS:
        return value
    if value[:1] in "[{" or value.lstrip("-").isdigit() or value in ("true", "false"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _error(code: int, description: str) -> tuple[int, dict[str, Any]]:
    return code, {"ok": False, "error_code": code, "description": description}


class FakeTelegram:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.refuse_delete: set[int] = set()
        self.webhook: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(500000)
        self._updates = itertools.count(int(time.time()) * 10)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> FakeTelegram:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def calls_to(self, method: str, chat_id: int | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [
                c.params
                for c in self.calls
                if c.method == method and (chat_id is None or c.params.get("chat_id") == chat_id)
            ]

    def sent(self, chat_id: int) -> list[dict[str, Any]]:
        """The messages the bot sent to a chat, as Telegram returned them (with their ids)."""
        with self._lock:
            return [
                c.result
                for c in self.calls
                if c.method == "sendMessage" and c.result and c.result["chat"]["id"] == chat_id
            ]

    # What Telegram would POST to the webhook.

    def next_update_id(self) -> int:
        return next(self._updates)

    def message_update(
        self,
        chat_id: int,
        text: str | None = None,
        *,
        message_id: int,
        date: float | None = None,
        extra: dict[str, Any] | None = None,
        chat_type: str = "private",
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(date if date is not None else time.time()),
            "chat": {"id": chat_id, "type": chat_type, "first_name": "Test"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": "en"},
        }
        if text is not None:
            message["text"] = text
            if text.startswith("/"):
                length = len(text.split()[0])
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        message.update(extra or {})
        return {"update_id": self.next_update_id(), "message": message}

    def callback_update(self, chat_id: int, data: str, message_id: int) -> dict[str, Any]:
        return {
            "update_id": self.next_update_id(),
            "callback_query": {
                "id": f"cq-{self.next_update_id()}",
                "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
                "chat_instance": "1",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
                    "from": BOT_USER,
                    "text": "(a question with buttons)",
                },
            },
        }

    # The Bot API.

    def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method == "sendMessage":
            if not isinstance(params.get("chat_id"), int) or not params.get("text"):
                return _error(400, "Bad Request: chat not found")
            message = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": params["chat_id"], "type": "private", "first_name": "Test"},
                "from": BOT_USER,
                "text": params["text"],
            }
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return 200, {"ok": True, "result": message}
        if method == "deleteMessages":
            ids = params.get("message_ids") or []
            if not 1 <= len(ids) <= 100:
                return _error(400, "Bad Request: too many messages")
            if self.refuse_delete & set(ids):
                return _error(400, "Bad Request: message can't be deleted")
            return 200, {"ok": True, "result": True}
        if method == "deleteMessage":
            if params.get("message_id") in self.refuse_delete:
                return _error(400, "Bad Request: message can't be deleted")
            return 200, {"ok": True, "result": True}
        if method == "answerCallbackQuery":
            return 200, {"ok": True, "result": True}
        if method == "setWebhook":
            self.webhook = dict(params)
            return 200, {"ok": True, "result": True, "description": "Webhook was set"}
        if method == "deleteWebhook":
            self.webhook = {}
            return 200, {"ok": True, "result": True, "description": "Webhook was deleted"}
        if method == "getWebhookInfo":
            info = {
                "url": self.webhook.get("url", ""),
                "has_custom_certificate": False,
                "pending_update_count": 0,
            }
            if self.webhook:
                info["allowed_updates"] = self.webhook.get("allowed_updates")
                info["max_connections"] = self.webhook.get("max_connections", 40)
            return 200, {"ok": True, "result": info}
        if method == "setMyCommands":
            return 200, {"ok": True, "result": True}
        return _error(404, "Not Found")

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                prefix = f"/bot{fake.token}/"
                if not self.path.startswith(prefix):
                    self._reply(*_error(401, "Unauthorized"))
                    return
                method = self.path[len(prefix) :]
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    params = json.loads(body or "{}")
                else:
                    params = {k: _decode(k, v) for k, v in parse_qsl(body, keep_blank_values=True)}
                with fake._lock:
                    status, answer = fake._answer(method, params)
                    fake.calls.append(Call(method, params, answer.get("result")))
                self._reply(status, answer)

            def _reply(self, status: int, answer: dict[str, Any]) -> None:
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler
