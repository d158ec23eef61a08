"""Our Rasa channels, one package each: ``rest``, ``sms`` (Twilio), ``telegram`` and ``webchat``.

Each package's ``__init__`` exposes its Rasa ``InputChannel`` class, the name ``credentials.yml``
uses (``bot.channels.sms.TwilioSmsInput``...).
"""
