"""The support workers' review app: a queue of conversations with the bot, each case, and the
actions a worker takes on it (notes, statuses, referrals sent, handoff), all audited.

Run it with ``python -m review serve``; see docs/review-app.md.
"""
