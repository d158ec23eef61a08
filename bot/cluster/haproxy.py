"""HAProxy in front of the Rasa replicas and of the action servers.

``config`` writes the whole configuration; what each line is for:

* ``option httpchk`` with ``check inter 1s fall 2``: a replica that refuses connections (it
  died) is out of the rotation within about two seconds, and back once it answers ``GET /``
  (the action servers: ``GET /health``) twice.
* ``timeout check 10s``: a busy replica answers ``GET /`` late, because the check waits on the
  same event loop as the turns under way. Without it HAProxy waits only ``inter`` (1 s), so
  under load it took every busy replica out at once and answered people 503, turning slow
  answers into lost ones (found by the benchmark, docs/benchmark.md). A replica that hangs
  is still taken out, after about 20 s.
* ``retry-on conn-failure`` with ``retries`` and ``option redispatch``: a request whose
  connection was refused (a replica just died) is sent again, to another replica. Only
  connection failures are retried: a request that reached a replica may have been handled, and
  sending a person's message twice would answer it twice.
* Web chat's socket.io path has a backend of its own with cookie stickiness
  (``cookie SRV insert indirect nocache``): socket.io opens each connection with HTTP
  long-polling, a series of requests that must all reach the replica that holds the
  connection. The cookie names a replica and nothing else. Messages for a socket that start on
  another replica reach it through Redis (``bot/channels/webchat/rooms.py``), not through here.
* Timeouts: a REST or API request may wait for the conversation's lock and a whole turn;
  socket.io's long-poll lasts up to its ping interval (25 s); a WebSocket is a tunnel that the
  pings keep busy.
* No log of requests: their paths hold conversation ids, which may be phone numbers.
  X-Forwarded-For is passed on untouched, so with a TLS proxy in front and ``TRUST_PROXY`` set
  Rasa still sees each person's address.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from bot.cluster.processes import Child

WEBCHAT_SOCKET_PATH = "/webhooks/webchat/socket.io"
STICKY_COOKIE = "SRV"


class HaproxyMissing(RuntimeError):
    pass


def _run_as() -> list[str]:
    """As root, HAProxy gives up root once its ports are open: to Debian's haproxy user."""
    if os.geteuid() != 0:
        return []
    for user in ("haproxy", "nobody"):
        try:
            entry = pwd.getpwnam(user)
        except KeyError:
            continue
        group = grp.getgrgid(entry.pw_gid).gr_name
        return [f"    user {user}", f"    group {group}"]
    return []


def config(
    rasa_port: int,
    replicas: Sequence[tuple[str, int]],
    actions_port: int,
    action_servers: Sequence[tuple[str, int]],
    stats_port: int,
) -> str:
    """The configuration for replicas and action servers given as (name, port) pairs."""
    lines = [
        "global",
        "    maxconn 4096",
        *_run_as(),
        "",
        "defaults",
        "    mode http",
        "    timeout connect 2s",
        "    timeout http-request 10s",
        "    timeout http-keep-alive 10s",
        "    timeout queue 10s",
        # A REST message may wait for its conversation's lock (a ticket lives up to 60 s).
        "    timeout client 75s",
        "    timeout server 75s",
        "    timeout client-fin 5s",
        # A web chat WebSocket: socket.io pings every 25 s, so only a dead one reaches this.
        "    timeout tunnel 10m",
        "    retries 3",
        "    retry-on conn-failure",
        "    option redispatch 1",
        "    timeout check 10s",
        "    default-server inter 1s fall 2 rise 2",
        "",
        "frontend rasa",
        f"    bind 127.0.0.1:{rasa_port}",
        f"    acl webchat_socket path_beg {WEBCHAT_SOCKET_PATH}",
        "    use_backend webchat if webchat_socket",
        "    default_backend rasa",
        "",
        "backend rasa",
        "    balance roundrobin",
        "    option httpchk GET /",
        "    http-check expect status 200",
        *(f"    server {name} 127.0.0.1:{port} check" for name, port in replicas),
        "",
        "backend webchat",
        "    balance roundrobin",
        f"    cookie {STICKY_COOKIE} insert indirect nocache httponly",
        *(
            f"    server {name} 127.0.0.1:{port} track rasa/{name} cookie {name}"
            for name, port in replicas
        ),
        "",
        "frontend actions",
        f"    bind 127.0.0.1:{actions_port}",
        "    default_backend actions",
        "",
        "backend actions",
        "    balance leastconn",
        "    option httpchk GET /health",
        "    http-check expect status 200",
        *(f"    server {name} 127.0.0.1:{port} check" for name, port in action_servers),
        "",
        "frontend stats",
        f"    bind 127.0.0.1:{stats_port}",
        "    stats enable",
        "    stats uri /",
        "    stats refresh 5s",
        "",
    ]
    return "\n".join(lines)


def binary() -> str:
    found = shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/local/sbin/haproxy") if Path(p).exists()), None
    )
    if found is None:
        raise HaproxyMissing("haproxy is missing")
    return found


def child(config_file: Path, log: Path, cwd: Path, port: int) -> Child:
    # -db: stay in the foreground, under the supervisor; -W would fork a master.
    return Child(
        role="haproxy", name="haproxy", port=port, command=[binary(), "-db", "-f", config_file],
        log=log, env=dict(os.environ), cwd=cwd,
    )  # fmt: skip


def check(config_file: Path) -> str | None:
    """HAProxy's own verdict on the configuration: None when valid, else its complaint."""
    done = subprocess.run([binary(), "-c", "-q", "-f", str(config_file)], capture_output=True)
    if done.returncode == 0:
        return None
    return (done.stdout + done.stderr).decode(errors="replace")[-1500:]
