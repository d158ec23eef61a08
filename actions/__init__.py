"""Custom actions: the reading of answers, the answers to questions, and the dialogue."""

import re

# The readings use thousands of patterns written inline (re.search(r"...", text)), which rely on
# the re module's cache of compiled patterns. Python 3.10 keeps only 512 and drops the oldest,
# so every message recompiled most of them; one entry per pattern keeps each compiled once.
# Python 3.10 only (Rasa 3.6): re._MAXCACHE is how its re module sizes that cache.
re._MAXCACHE = max(re._MAXCACHE, 20_000)  # type: ignore[attr-defined]
