"""Telegram: ``POST /webhooks/telegram/webhook`` (docs/telegram.md).

``python -m bot.channels.telegram set-webhook --url ...`` registers the webhook (``cli.py``).
"""

from bot.channels.telegram.channel import TelegramInput, TelegramOutput

__all__ = ["TelegramInput", "TelegramOutput"]
