"""The web chat: the page at ``/webhooks/webchat/chat`` and its socket.io endpoint at
``/webhooks/webchat/socket.io`` (docs/webchat.md). The page's files are in ``static/``."""

from bot.channels.webchat.channel import WebChatInput, WebChatOutput

__all__ = ["WebChatInput", "WebChatOutput"]
