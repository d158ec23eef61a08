"""Sending SMS through Twilio's REST API.

Sends use twilio's own ``AsyncTwilioHttpClient`` (aiohttp), so the event loop that also serves
the webhook is never blocked. Failures that may pass (Twilio 5xx, 429 "too many requests",
connection errors, timeouts) are retried with exponential backoff a bounded number of times;
others (a bad number, an unsubscribed recipient) are not. Logs name the error, never the text,
and show phone numbers masked.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from typing import Any

import aiohttp
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.channels.common import masked
from bot.channels.sms.settings import SmsSettings

logger = logging.getLogger(__name__)
# twilio's HTTP client logs every request at INFO; our own lines say what matters.
logging.getLogger("twilio").setLevel(logging.WARNING)

# Twilio error 21610: the recipient texted STOP to Twilio itself (built-in opt-out handling).
UNSUBSCRIBED_RECIPIENT = 21610


def is_retryable(error: BaseException) -> bool:
    if isinstance(error, TwilioRestException):
        status: int = error.status  # twilio ships no type information
        return status == 429 or status >= 500
    return isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | ConnectionError)


def backoff_delays(attempts: int, base: float, cap: float = 8.0) -> list[float]:
    """Waits before the 2nd, 3rd... attempt: base, 2*base, 4*base..., each at most ``cap``."""
    return [min(cap, base * 2**n) for n in range(max(0, attempts - 1))]


class TwilioSender:
    """Sends one SMS at a time through the twilio library, retrying what may pass."""

    def __init__(
        self,
        settings: SmsSettings,
        attempts: int = 4,
        backoff: float = 0.5,
        timeout: float = 10.0,
        on_unsubscribed: Callable[[str], Any] | None = None,
    ) -> None:
        self.settings = settings
        self.attempts = max(1, attempts)
        self.backoff = backoff
        self.timeout = timeout
        self.on_unsubscribed = on_unsubscribed
        self._client: Client | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _rest_client(self) -> Client:
        # aiohttp sessions belong to the event loop they were made in, so the client is made
        # lazily inside the running loop (Rasa builds channels before its loop starts).
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            http_client = AsyncTwilioHttpClient(timeout=self.timeout)
            client = Client(
                self.settings.account_sid, self.settings.auth_token, http_client=http_client
            )
            if self.settings.api_base_url:
                client.api.base_url = self.settings.api_base_url
            self._client, self._loop = client, loop
        return self._client

    async def close(self) -> None:
        if self._client is not None:
            await self._client.http_client.close()
            self._client = None

    async def send(self, to: str, body: str) -> bool:
        """Send one SMS; True once Twilio has accepted it."""
        message: dict[str, Any] = {"to": to, "body": body}
        if self.settings.messaging_service_sid:
            message["messaging_service_sid"] = self.settings.messaging_service_sid
        else:
            message["from_"] = self.settings.from_number
        delays = backoff_delays(self.attempts, self.backoff)
        for attempt in range(1, self.attempts + 1):
            try:
                created = await asyncio.wait_for(
                    self._rest_client().messages.create_async(**message), self.timeout
                )
                logger.info(
                    "SMS to %s accepted by Twilio (%s, attempt %d).",
                    masked(to),
                    getattr(created, "sid", "?"),
                    attempt,
                )
                return True
            except Exception as error:  # every failure is logged, then retried or given up
                description = _describe(error)
                if not is_retryable(error):
                    logger.error("SMS to %s not sent: %s.", masked(to), description)
                    if (
                        isinstance(error, TwilioRestException)
                        and error.code == UNSUBSCRIBED_RECIPIENT
                        and self.on_unsubscribed is not None
                    ):
                        await _maybe_await(self.on_unsubscribed(to))
                    return False
                if attempt == self.attempts:
                    logger.error(
                        "SMS to %s not sent after %d attempts: %s.",
                        masked(to),
                        attempt,
                        description,
                    )
                    return False
                delay = delays[attempt - 1] * random.uniform(0.8, 1.2)
                logger.warning(
                    "SMS to %s failed (%s), attempt %d of %d; retrying in %.1f s.",
                    masked(to),
                    description,
                    attempt,
                    self.attempts,
                    delay,
                )
                await asyncio.sleep(delay)
        return False


def _describe(error: BaseException) -> str:
    # TwilioRestException's message can quote the request; status and code are enough.
    if isinstance(error, TwilioRestException):
        return f"Twilio HTTP {error.status}, error {error.code}"
    return type(error).__name__


async def _maybe_await(result: Any) -> None:
    if asyncio.iscoroutine(result):
        await result
