"""Rasa input channels of the bot (SMS, Telegram, web chat), each in its own module."""
