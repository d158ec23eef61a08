"""TensorFlow's thread pools sized for the number of Rasa processes on this machine.

Rasa reads ``TF_INTRA_OP_PARALLELISM_THREADS`` and ``TF_INTER_OP_PARALLELISM_THREADS`` when it
starts (``rasa.utils.tensorflow.environment``, called from ``rasa.__main__``). Left unset,
TensorFlow gives every process pools as large as the machine, so N replicas on C cores run N x C
busy threads for each set of concurrent predictions, and they preempt each other. Each process is
given its share of the cores instead (at least one thread), unless the operator set a value.

    eval "$(python -m bot.tf_threads 1)"    # what bin/run does for its one Rasa process

The cluster (``bot/cluster/supervisor.py``) passes the same settings to every replica.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

INTRA = "TF_INTRA_OP_PARALLELISM_THREADS"
INTER = "TF_INTER_OP_PARALLELISM_THREADS"


def threads_per_process(cores: int | None, processes: int) -> int:
    """The cores' share of each of ``processes`` processes, at least one thread."""
    if processes < 1:
        raise ValueError("at least one process")
    return max(1, (cores or 1) // processes)


def settings(cores: int | None, processes: int, environ: Mapping[str, str]) -> dict[str, str]:
    """The variables to set: those the operator has not set (an empty value counts as unset)."""
    share = str(threads_per_process(cores, processes))
    return {name: share for name in (INTRA, INTER) if not environ.get(name, "").strip()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Print export lines for TensorFlow's threads")
    parser.add_argument("processes", type=int, help="Rasa processes on this machine")
    args = parser.parse_args(argv)
    if args.processes < 1:
        parser.error("at least one process")
    for name, value in settings(os.cpu_count(), args.processes, os.environ).items():
        print(f"export {name}={value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
