"""What the SMS channel itself texts: the safety line, and its answers to STOP, START, HELP, a
picture, an empty text and a text too long to read.

Each fits one long SMS and stays in GSM-7 (tests check). An operator who keeps Twilio's own
keyword handling sets its Advanced Opt-Out replies to ``STOP_REPLY`` and ``HELP_REPLY``
(docs/sms.md, step 5).
"""

from __future__ import annotations

SAFETY_LINE = (
    "Safety: these texts stay on your phone, where anyone who uses it could read them. "
    "To remove them, delete this conversation in your messages app. "
    "Text DELETE to erase what you've told us."
)
STOP_REPLY = (
    "You've stopped messages from this service and we won't text you again. "
    "To start again, text START. Victim Support is free, any time: 08 08 16 89 111. "
    "In an emergency call 999."
)
START_REPLY = (
    "Messages from this service are on again. Text 'carry on' to continue where you left off, "
    "or tell me what happened. Text HELP for help or STOP to stop. In an emergency call 999."
)
HELP_REPLY = (
    "This is an automated service that helps people affected by crime in London find support "
    "under the Victims' Code. In an emergency call 999 (text relay 18000). Victim Support "
    "Supportline, free, any time: 08 08 16 89 111. Text STOP to stop, DELETE to erase your data."
)
NO_TEXT_REPLY = (
    "Sorry, I can only read text, not pictures or other files. Please type your message. "
    "In an emergency call 999."
)
EMPTY_REPLY = (
    "Your message looked empty. Please type your message, or text HELP to find out what this "
    "service does. In an emergency call 999."
)
TOO_LONG_REPLY = (
    "Sorry, that message is too long for me to read. Please send it again in shorter parts. "
    "In an emergency call 999."
)
