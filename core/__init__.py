"""What every part of the service shares: the contract's names, settings, our records and their
retention, the Victims' Code rules, and the limits of a text message.

Nothing here imports any other package of ours (an import-linter contract in pyproject.toml
keeps it so): ``referrals`` builds on ``core``, ``actions`` on both, and the channels (``bot``)
and the review app (``review``) on ``core`` and ``referrals`` only.
"""
