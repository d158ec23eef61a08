"""Reading Twilio's webhook request: its form, kept whole for the signature, and the signed URL.

Twilio signs every parameter it sends, empty ones included, together with the public URL it was
given. Sanic's own form parser drops blank values (a picture message has ``Body=``), and behind
a reverse proxy the URL Rasa sees is not the one Twilio signed, so both are rebuilt here.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit, urlunsplit

# Twilio's webhook parameters come to a few kilobytes; anything much bigger is not Twilio.
MAX_REQUEST_BYTES = 64 * 1024
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"


class Form(dict[str, list[str]]):
    """Webhook parameters with every value kept, including empty ones: Twilio signs them all
    (a picture message has ``Body=``), and Sanic's own form parser drops blank values."""

    def getall(self, name: str) -> list[str]:  # the name RequestValidator looks for
        return self[name]

    def first(self, name: str) -> str | None:
        values = self.get(name)
        return values[0] if values else None


def parse_form(body: bytes) -> Form:
    """Parse an ``application/x-www-form-urlencoded`` body; ValueError if it is not valid."""
    pairs = parse_qsl(
        body.decode("utf-8"),
        keep_blank_values=True,
        strict_parsing=False,
        errors="strict",
        max_num_fields=200,
    )
    form = Form()
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def signed_url(public_url: str, query_string: str) -> str:
    """The URL Twilio signed: the configured public URL, with the query string of this request
    (so that parameters added to the URL are covered by the signature too)."""
    if not query_string:
        return public_url
    scheme, netloc, path, _, fragment = urlsplit(public_url)
    return urlunsplit((scheme, netloc, path, query_string, fragment))
