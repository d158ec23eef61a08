"""Reading our YAML data files with libyaml's parser where PyYAML was built with it.

The action server reads the Code's rules, the vocabulary, the topics and every response file
when its first message arrives; PyYAML's pure-Python parser made that first message slower
than Rasa waits for an action. The C parser reads the same safe subset of YAML.
"""

from __future__ import annotations

from typing import IO, Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(source: str | IO[str]) -> Any:
    """``yaml.safe_load``, faster: only plain data (no Python objects) can come out."""
    return yaml.load(source, Loader=_LOADER)
