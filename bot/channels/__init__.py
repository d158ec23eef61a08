"""Rasa input channels of the bot (REST, SMS, Telegram, web chat), each in its own module."""
