"""The chat page and its files, with the headers that keep it private and un-tamperable.

The page is plain HTML with two values filled in (where the quick exit goes and the socket path);
all script comes from files on the bot itself, so the Content-Security-Policy can forbid inline
script and every other site's script, style, font and image.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape
from pathlib import Path

STATIC_DIR = Path(__file__).resolve().parent / "static"
PAGE_TEMPLATE = STATIC_DIR / "chat.html"

# Only these files are served: a fixed list cannot be tricked into reading anything else.
STATIC_FILES: dict[str, tuple[str, str]] = {
    "webchat.css": ("webchat.css", "text/css; charset=utf-8"),
    "webchat.js": ("webchat.js", "text/javascript; charset=utf-8"),
    "socket.io.min.js": ("vendor/socket.io.min.js", "text/javascript; charset=utf-8"),
}


def render_page(template: str, exit_url: str, socket_path: str) -> str:
    return template.replace("{{ exit_url }}", escape(exit_url, quote=True)).replace(
        "{{ socket_path }}", escape(socket_path, quote=True)
    )


def content_security_policy(frame_ancestors: Iterable[str]) -> str:
    ancestors = " ".join(["'self'", *frame_ancestors])
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            # 'self' covers ws:// and wss:// to the same host in current browsers.
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {ancestors}",
        ]
    )


def security_headers(frame_ancestors: Iterable[str]) -> dict[str, str]:
    """Headers for the page and its files: no inline script, no sniffing, no referrer, no
    caching of a page that may hold a conversation, and embeddable only by the allowed sites."""
    return {
        "Content-Security-Policy": content_security_policy(frame_ancestors),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "no-store",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    }


def read_static(name: str) -> tuple[bytes, str] | None:
    """The bytes and content type of one of the page's files, or None for any other name."""
    entry = STATIC_FILES.get(name)
    if entry is None:
        return None
    relative, content_type = entry
    return (STATIC_DIR / relative).read_bytes(), content_type
