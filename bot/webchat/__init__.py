"""The web chat page: settings, page rendering and socket message checks, kept free of I/O.

The channel that serves the page and the socket lives in ``bot.channels.webchat``.
"""
