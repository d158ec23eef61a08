"""SMS over Twilio: ``POST /webhooks/sms/webhook`` (docs/sms.md)."""

from bot.channels.sms.channel import TwilioSmsInput, TwilioSmsOutput

__all__ = ["TwilioSmsInput", "TwilioSmsOutput"]
