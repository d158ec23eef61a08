"""Rasa input channels of our own (Telegram, SMS, web chat), registered in credentials.yml."""
