"""The strict REST channel: ``POST /webhooks/rest/webhook``, for localhost only."""

from bot.channels.rest.channel import RestInput

__all__ = ["RestInput"]
