"""What every part of the service shares: the contract's names, settings, our records and their
retention, the Victims' Code rules, and the limits of a text message.

Nothing here imports any other package of ours (an import-linter contract in pyproject.toml
keeps it so): ``referrals`` builds on ``core``, ``actions`` on both, and the channels (``bot``)
and the review app (``review``) on ``core`` and ``referrals`` only.
"""

from core.private import use_private_umask

# Every process of ours handles victims' data, and every entry point (Rasa, the action server,
# the review app and its command line, the purge, the tests) imports this package before it
# writes anything: from here on, what it creates is readable by its own user only.
use_private_umask()
