"""Child processes of the cluster: started in sessions of their own, stopped in order.

Each child has its own session, so a Ctrl-C in the terminal reaches only the supervisor, which
then stops the children in order (the balancer first, the databases last). Each child is also
asked by the kernel to stop if the supervisor itself dies without stopping them, so no replica
outlives a killed ``bin/run`` or test.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_PR_SET_PDEATHSIG = 1
_libc = ctypes.CDLL(None, use_errno=True)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that no one listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _die_with_parent(signum: int) -> Callable[[], None]:
    def set_signal() -> None:
        # Runs in the child after it changed user (when it does): the setting survives exec.
        _libc.prctl(_PR_SET_PDEATHSIG, signum, 0, 0, 0)

    return set_signal


def private_log(path: Path) -> int:
    """A log file only this user can read, appended to across restarts."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)


@dataclass
class Child:
    """One process of the cluster, and how to start it again."""

    role: str
    name: str
    port: int | None
    command: Sequence[str | os.PathLike[str]]
    log: Path
    env: Mapping[str, str]
    cwd: Path
    # The signal that stops it cleanly: PostgreSQL's fast shutdown is SIGINT.
    stop_signal: int = signal.SIGTERM
    extra: dict[str, Any] = field(default_factory=dict)
    stdin: bytes | None = None
    process: subprocess.Popen[bytes] | None = None
    restarts: list[float] = field(default_factory=list)

    def start(self) -> Child:
        log = private_log(self.log)
        try:
            self.process = subprocess.Popen(
                [str(part) for part in self.command],
                cwd=self.cwd,
                env=dict(self.env),
                stdin=subprocess.PIPE if self.stdin is not None else subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
                preexec_fn=_die_with_parent(self.stop_signal),
                **self.extra,
            )
        finally:
            os.close(log)
        if self.stdin is not None:
            assert self.process.stdin is not None
            # Settings with a secret in them go in through a pipe, never the command line.
            self.process.stdin.write(self.stdin)
            self.process.stdin.close()
        return self

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 30) -> None:
        if not self.alive():
            return
        assert self.process is not None
        try:
            self.process.send_signal(self.stop_signal)
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        except ProcessLookupError:
            pass

    def kill(self) -> None:
        """SIGKILL, as a crash would end it (for the tests)."""
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait()

    def describe(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name, "pid": self.pid, "port": self.port}

    def log_tail(self, size: int = 3000) -> str:
        try:
            return self.log.read_text(errors="replace")[-size:]
        except FileNotFoundError:
            return ""


def wait_until(check: Callable[[], bool], children: Sequence[Child], timeout: float) -> None:
    """Until ``check()`` is true; raises when a child exits first or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        for child in children:
            if not child.alive():
                raise ChildFailed(child, "stopped while starting")
        if check():
            return
        if time.monotonic() > deadline:
            raise ChildFailed(children[0], f"did not answer within {timeout:.0f} s")
        time.sleep(0.25)


class ChildFailed(RuntimeError):
    def __init__(self, child: Child, what: str) -> None:
        super().__init__(f"{child.name} {what}; see {child.log}")
        self.child = child
