"""Rasa's own command line with our patches installed first (``bot/rasa_patches.py``).

    python -m bot.server run --model models/victims.tar.gz ...

``bin/run``, the end-to-end tests and the benchmark start Rasa this way instead of ``rasa run``,
so the patches are in place before Rasa loads the model or opens a conversation.
"""

from __future__ import annotations

import sys

from bot import rasa_patches


def main() -> None:
    rasa_patches.install()
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    sys.exit(main())
