"""Register, inspect or remove the Telegram webhook: run once per deployment, not on every start.

    python -m bot.channels.telegram set-webhook --url https://HOST/webhooks/telegram/webhook
    python -m bot.channels.telegram info
    python -m bot.channels.telegram delete-webhook

Reads TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET from the environment and never prints them.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from urllib.parse import urlsplit

from telegram import BotCommand
from telegram.error import InvalidToken, TelegramError

from bot.channels.telegram.connection import make_bot
from bot.channels.telegram.settings import TelegramSettings, load_settings
from bot.channels.telegram.text import COMMAND_DESCRIPTIONS

ALLOWED_UPDATES = ["message", "callback_query"]
WEBHOOK_PATH = "/webhooks/telegram/webhook"


def check_url(url: str) -> str | None:
    """Why Telegram would refuse this webhook URL, or None."""
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        return "Telegram only calls https:// URLs with a public host name"
    if not parts.path.endswith(WEBHOOK_PATH):
        return f"the URL must end with {WEBHOOK_PATH}"
    return None


async def set_webhook(
    settings: TelegramSettings, url: str, drop_pending: bool, max_connections: int
) -> str:
    async with make_bot(settings) as bot:
        await bot.set_webhook(
            url,
            secret_token=settings.secret,
            allowed_updates=ALLOWED_UPDATES,
            drop_pending_updates=drop_pending,
            max_connections=max_connections,
        )
        # The menu of commands Telegram shows next to the text box.
        await bot.set_my_commands(
            [BotCommand(name, text) for name, text in COMMAND_DESCRIPTIONS.items()]
        )
        return f"Webhook set for @{bot.username}: {url}"


async def delete_webhook(settings: TelegramSettings, drop_pending: bool) -> str:
    async with make_bot(settings) as bot:
        await bot.delete_webhook(drop_pending_updates=drop_pending)
        return f"Webhook removed for @{bot.username}."


async def webhook_info(settings: TelegramSettings) -> str:
    async with make_bot(settings) as bot:
        info = await bot.get_webhook_info()
        lines = [
            f"bot: @{bot.username}",
            f"url: {info.url or '(none)'}",
            f"pending updates: {info.pending_update_count}",
            f"allowed updates: {', '.join(info.allowed_updates or []) or '(all)'}",
            f"max connections: {info.max_connections}",
        ]
        if info.last_error_message:
            lines.append(f"last error: {info.last_error_date} {info.last_error_message}")
        return "\n".join(lines)


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.channels.telegram", description="Manage the Telegram webhook."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    set_cmd = commands.add_parser("set-webhook", help="register the webhook with the secret")
    set_cmd.add_argument("--url", required=True, help=f"https://PUBLIC-HOST{WEBHOOK_PATH}")
    set_cmd.add_argument(
        "--drop-pending-updates", action="store_true", help="discard updates waiting at Telegram"
    )
    set_cmd.add_argument("--max-connections", type=int, default=40)
    delete_cmd = commands.add_parser("delete-webhook", help="stop Telegram calling the webhook")
    delete_cmd.add_argument("--drop-pending-updates", action="store_true")
    commands.add_parser("info", help="show the registered webhook and its last error")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings, problem = load_settings()
    if settings is None:
        print(f"Cannot talk to Telegram: {problem}.", file=sys.stderr)
        return 2
    if args.command == "set-webhook":
        problem = check_url(args.url)
        if problem:
            print(f"Not registering {args.url}: {problem}.", file=sys.stderr)
            return 2
        job = set_webhook(settings, args.url, args.drop_pending_updates, args.max_connections)
    elif args.command == "delete-webhook":
        job = delete_webhook(settings, args.drop_pending_updates)
    else:
        job = webhook_info(settings)
    try:
        print(asyncio.run(job))
    except InvalidToken:
        # Its message quotes the token.
        print("Telegram rejected TELEGRAM_BOT_TOKEN.", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"Telegram refused: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
