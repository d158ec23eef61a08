"""Referral directory: who the bot can suggest, and how it chooses.

- ``referrals.directory``: load and validate ``directory.yml`` (edited by operators).
- ``referrals.matching``: choose organisations for a person's answers (pure, no I/O).
- ``referrals.store``: copy the directory into SQLite with full-text search.

Nothing is imported here so that ``python -m referrals.directory`` and
``python -m referrals.store`` run without importing their own module twice.
"""
