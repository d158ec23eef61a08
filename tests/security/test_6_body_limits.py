"""Item 6: a body over 64 KB is refused before the server reads it, on every webhook."""

from __future__ import annotations

import socket
import time

import pytest

from tests.security.conftest import Target

pytestmark = [pytest.mark.e2e, pytest.mark.attack]

WEBHOOKS = [
    "/webhooks/rest/webhook",
    "/webhooks/sms/webhook",
    "/webhooks/telegram/webhook",
    "/webhooks/webchat/socket.io/?EIO=4&transport=polling",
    "/conversations/x/tracker/events",
]


def status_line(sock: socket.socket, timeout: float) -> str:
    sock.settimeout(timeout)
    try:
        data = sock.recv(4096)
    except TimeoutError:
        return "no answer"
    except ConnectionResetError:
        return "reset"
    return data.split(b"\r\n", 1)[0].decode("latin-1")


@pytest.mark.parametrize("path", WEBHOOKS)
def test_a_huge_declared_body_is_refused_before_it_is_sent(target: Target, path):
    port = target.stack.rasa_port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n".encode()
            + b"{" * 1024
        )
        started = time.monotonic()
        line = status_line(sock, timeout=10)
    assert " 413 " in f"{line} ", f"{path}: {line}"
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("path", WEBHOOKS[:3])
def test_a_streamed_body_is_cut_off_past_the_limit(target: Target, path):
    port = target.stack.rasa_port
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n".encode()
        )
        chunk = b"a" * 16384
        line = "no answer"
        try:
            for _ in range(16):  # 256 KB in all, never finished
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        except (BrokenPipeError, ConnectionResetError):
            pass
        line = status_line(sock, timeout=10)
    assert " 413 " in f"{line} ", f"{path}: {line}"
