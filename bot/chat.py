"""Talk to the running bot in a terminal, over its REST channel (``bin/chat``).

Buttons are shown as numbered options, as the SMS channel shows them: type the number to choose.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
import uuid

import httpx

from core import settings


def show(messages: list[dict], width: int = 72) -> list[dict]:
    """Print the bot's messages; return the buttons of the last message that had any."""
    buttons: list[dict] = []
    for message in messages:
        text = message.get("text")
        if text:
            for paragraph in text.split("\n"):
                print(
                    textwrap.fill(
                        paragraph, width, initial_indent="bot> ", subsequent_indent="     "
                    )
                )
        if message.get("buttons"):
            buttons = message["buttons"]
            for number, button in enumerate(buttons, start=1):
                print(f"     {number}. {button.get('title')}")
    return buttons


def choose(reply: str, buttons: list[dict]) -> str:
    if reply.strip().isdigit() and buttons:
        index = int(reply.strip()) - 1
        if 0 <= index < len(buttons):
            return str(buttons[index].get("payload"))
    return reply


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:5005/webhooks/rest/webhook")
    parser.add_argument("--sender", default=f"terminal-{uuid.uuid4().hex[:8]}")
    args = parser.parse_args(argv)
    # The REST channel's token, as Rasa reads it: REST_CHANNEL_TOKEN, else var/rest_channel_token.
    headers = {"Authorization": f"Bearer {settings.rest_channel_token()}"}
    print("Type your message and press Enter. Ctrl-D or Ctrl-C to leave.\n")
    buttons: list[dict] = []
    with httpx.Client(timeout=60, headers=headers) as client:
        while True:
            try:
                reply = input("you> ")
            except (EOFError, KeyboardInterrupt):
                print()
                return 0
            if not reply.strip():
                continue
            try:
                response = client.post(
                    args.url, json={"sender": args.sender, "message": choose(reply, buttons)}
                )
                response.raise_for_status()
            except httpx.HTTPError as error:
                print(f"Could not reach the bot at {args.url} ({error}). Is bin/run running?")
                return 1
            buttons = show(response.json()) or []


if __name__ == "__main__":
    sys.exit(main())
