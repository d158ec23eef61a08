"""``python -m bot.channels.telegram``: register, inspect or remove the webhook (see cli.py)."""

from bot.channels.telegram.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
