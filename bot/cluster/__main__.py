"""``python -m bot.cluster --replicas N``: what ``bin/run --replicas N`` runs (see __init__)."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from bot.cluster.haproxy import HaproxyMissing
from bot.cluster.postgres import PostgresMissing
from bot.cluster.processes import ChildFailed
from bot.cluster.redis_server import RedisMissing
from bot.cluster.supervisor import Cluster
from core import redaction

ROOT = Path(__file__).resolve().parents[2]
INSTALL = "Install them, then run this again:  sudo apt-get install postgresql redis-server haproxy"


def _port(name: str, default: int) -> int:
    return int(os.environ.get(name, "").strip() or default)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rasa replicas behind HAProxy, on this machine")
    parser.add_argument("--replicas", type=int, required=True)
    parser.add_argument("--action-servers", type=int, default=2)
    args = parser.parse_args(argv)
    if args.replicas < 1 or args.action_servers < 1:
        parser.error("--replicas and --action-servers need at least 1")
    redaction.install()
    cluster = Cluster(
        ROOT,
        ROOT / "var",
        args.replicas,
        args.action_servers,
        rasa_port=_port("RASA_PORT", 5005),
        actions_port=_port("ACTIONS_PORT", 5055),
        review_port=_port("REVIEW_PORT", 5006),
        stats_port=_port("HAPROXY_STATS_PORT", 5007),
    )
    stopping = {"now": False}

    def on_signal(signum: int, _: FrameType | None) -> None:
        stopping["now"] = True

    def interrupt(signum: int, _: FrameType | None) -> None:
        raise KeyboardInterrupt

    # While starting, Ctrl-C or SIGTERM interrupts the start (which stops what it started).
    signal.signal(signal.SIGINT, interrupt)
    signal.signal(signal.SIGTERM, interrupt)
    print(
        f"==> Starting {args.replicas} Rasa replicas and {args.action_servers} action servers "
        f"behind HAProxy (logs: var/log/, processes: var/run/cluster.json)",
        file=sys.stderr,
        flush=True,
    )
    try:
        cluster.start()
        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
        print(ready_message(cluster), flush=True)
        cluster.supervise(_ticks(stopping))
        print("==> Stopping the cluster", file=sys.stderr, flush=True)
        return 0
    except (PostgresMissing, RedisMissing, HaproxyMissing) as error:
        print(f"{error}. {INSTALL}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("==> Interrupted; stopping the cluster", file=sys.stderr)
        return 130
    except (ChildFailed, RuntimeError) as error:
        print(f"==> {error}. Stopping the cluster.", file=sys.stderr)
        return 1
    except Exception as error:
        # Only the kind of error: a database's or Redis's message may name what it was given.
        print(
            f"==> The cluster failed ({type(error).__name__}); see var/log/. Stopping it.",
            file=sys.stderr,
        )
        return 1
    finally:
        cluster.stop()


def _ticks(stopping: dict[str, bool]) -> Iterator[bool]:
    while True:
        yield stopping["now"]
        time.sleep(1)


def ready_message(cluster: Cluster) -> str:
    replicas = ", ".join(str(child.port) for child in cluster.of_role("rasa"))
    return f"""
The bot is running: {len(cluster.of_role("rasa"))} Rasa replicas (ports {replicas}) behind
HAProxy at {cluster.url}, action servers behind {cluster.actions_port}.
Talk to it in another terminal:

    bin/chat

The web chat page: {cluster.url}/webhooks/webchat/chat
HAProxy's status page: http://127.0.0.1:{cluster.stats_port}/
Support workers review conversations at http://127.0.0.1:{cluster.review_port}
(create an account first: .venv/bin/python -m review add-user NAME --role admin).

Press Ctrl-C to stop.
"""


if __name__ == "__main__":
    sys.exit(main())
