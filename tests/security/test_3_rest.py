"""Item 3: the REST channel takes only authorised JSON from tools, never from web pages, and
never reaches another channel's conversation."""

from __future__ import annotations

import json

import httpx
import pytest

from bench.stack import REST_HEADERS
from tests.security.conftest import Target, new_number, rest_conversation

pytestmark = [pytest.mark.e2e, pytest.mark.attack]


def webhook(target: Target) -> str:
    return f"{target.url}/webhooks/rest/webhook"


def test_a_web_page_cannot_post_text_plain(target: Target, sender):
    # What a <form enctype="text/plain"> or fetch(..., {mode: "no-cors"}) on any site can send.
    body = json.dumps({"sender": sender, "message": "hi"}).encode()
    response = httpx.post(
        webhook(target),
        content=body,
        headers={"Content-Type": "text/plain", "Origin": "http://evil.example"},
        timeout=30,
    )
    assert response.status_code in (401, 403, 415)
    with_token = httpx.post(
        webhook(target), content=body, headers={**REST_HEADERS, "Content-Type": "text/plain"}
    )
    assert with_token.status_code == 415
    assert target.user_texts(rest_conversation(sender)) == []


def test_no_token_no_conversation(target: Target, sender):
    for headers in ({}, {"Authorization": "Bearer not-the-token"}, {"Authorization": "Basic x"}):
        response = httpx.post(
            webhook(target), json={"sender": sender, "message": "hi"}, headers=headers
        )
        assert response.status_code == 401
    assert target.user_texts(rest_conversation(sender)) == []


def test_pages_on_other_sites_are_refused_even_with_the_token(target: Target, sender):
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = httpx.post(
            webhook(target),
            json={"sender": sender, "message": "hi"},
            headers={**REST_HEADERS, **headers},
        )
        assert response.status_code == 403


def test_a_rest_caller_cannot_drive_an_sms_conversation(target: Target):
    number = new_number()
    assert target.sms(number, "hi").status_code == 200
    target.texts_to(number, "not the police")
    target.twilio.wait_until_quiet(number)
    before = target.user_texts(number)
    assert before == ["hi"]
    replies = target.say(number, "/delete_my_data")
    assert replies
    assert target.user_texts(number) == before, "the SMS conversation is untouched"
    assert target.user_texts(rest_conversation(number)) == ["/delete_my_data"]
