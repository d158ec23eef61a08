"""Without its secrets the SMS channel stays off: one log line, 503 on its routes, no output
channel, and the server around it still runs."""

from __future__ import annotations

import logging
import uuid

import httpx
from rasa.core.channels.channel import register
from sanic import Sanic

from bench.stack import free_port
from bot.channels.sms import TwilioSmsInput


async def test_a_missing_secret_disables_the_channel(monkeypatch, caplog):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC123")
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "")
    monkeypatch.setenv("TWILIO_FROM_NUMBER", "+447700900000")
    monkeypatch.setenv("TWILIO_WEBHOOK_URL", "https://bot.example.org/webhooks/sms/webhook")
    with caplog.at_level(logging.INFO, logger="bot.channels.sms.channel"):
        channel = TwilioSmsInput.from_credentials({"send_attempts": 4})
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.channels.sms.channel"]
    assert lines == ["SMS channel disabled: missing TWILIO_AUTH_TOKEN (see docs/sms.md)."]
    assert channel.get_output_channel() is None

    app = Sanic(f"sms-disabled-{uuid.uuid4().hex[:8]}")

    register([channel], app, "/webhooks/")
    port = free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = await client.get("/webhooks/sms/")
            assert health.status_code == 503 and health.json()["status"] == "disabled"
            assert "TWILIO" not in health.text, "the public route names no setting"
            response = await client.post("/webhooks/sms/webhook", data={"From": "+1", "Body": "hi"})
            assert response.status_code == 503
    finally:
        server.close()
        await server.wait_closed()
