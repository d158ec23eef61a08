"""What the servers and the machine used during a run, from /proc (Linux).

* CPU time of each server process and its descendants (``/proc/<pid>/stat``: user and system
  time), before and after a run, so a run's CPU can be divided by the messages it handled.
* The whole machine's busy CPU time (``/proc/stat``), so what other programs used during the run
  (the machine may be shared) is the machine's minus ours.
* The load average (``/proc/loadavg``), sampled while the run lasts.
* The peak resident memory of each server (and its descendants).
"""

from __future__ import annotations

import csv
import io
import os
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

TICKS_PER_SECOND = os.sysconf("SC_CLK_TCK")
MB = 1024 * 1024


def _descendants(pid: int) -> list[int]:
    """``pid`` and every process below it that is alive now."""
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                stack.extend(int(c) for c in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return found


def process_ticks(pid: int) -> int | None:
    """User plus system CPU time of one process, in clock ticks; None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    # The command name (field 2) is in parentheses and may hold spaces: split after it.
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])  # utime and stime, fields 14 and 15 of the line


def tree_ticks(pids: Iterable[int]) -> dict[int, int]:
    """CPU ticks of each process of these trees, by pid."""
    ticks = {}
    for root in pids:
        for pid in _descendants(root):
            value = process_ticks(pid)
            if value is not None:
                ticks[pid] = value
    return ticks


def cpu_seconds(before: Mapping[int, int], after: Mapping[int, int]) -> float:
    """CPU seconds used between two snapshots of ``tree_ticks``.

    A process that started in between counts from zero; one that ended in between is lost
    (the servers' processes live for the whole run, PostgreSQL's backends as long as the pool).
    """
    used = sum(max(0, ticks - before.get(pid, 0)) for pid, ticks in after.items())
    return used / TICKS_PER_SECOND


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine has been busy since boot, all cores together."""
    first = Path("/proc/stat").read_text().splitlines()[0].split()
    # user nice system idle iowait irq softirq steal (guest time is already in user)
    values = [int(v) for v in first[1:9]]
    busy = sum(values) - values[3] - values[4]
    return busy / TICKS_PER_SECOND


def load_average() -> float:
    """The one-minute load average."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def rss_bytes(pid: int) -> int:
    """Resident memory of a process and all its descendants."""
    total = 0
    for current in _descendants(pid):
        try:
            status = Path(f"/proc/{current}/status").read_text()
        except (FileNotFoundError, ProcessLookupError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) * 1024
    return total


@dataclass
class Sampler:
    """Samples the peak memory of named processes, and the load average, in a thread."""

    pids: dict[str, int]
    interval: float = 0.5
    peak: dict[str, int] = field(default_factory=dict)
    loads: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.peak = dict.fromkeys(self.pids, 0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while True:
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_bytes(pid))
            self.loads.append(load_average())
            if self._stop.wait(self.interval):
                return

    @contextmanager
    def watching(self) -> Iterator[Sampler]:
        self._thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            self._thread.join()

    def megabytes(self) -> dict[str, float]:
        return {name: round(value / MB, 1) for name, value in self.peak.items()}


@dataclass
class Usage:
    """CPU used by the service's processes, the load generator and the machine over a run."""

    rasa_s: float
    other_s: float  # action servers, and PostgreSQL, Redis and HAProxy in the cluster
    client_s: float  # this process: the simulated people
    machine_s: float
    wall_s: float
    rasa_by_process: dict[str, float] = field(default_factory=dict)

    def foreign_cores(self) -> float:
        """Cores other programs on the machine kept busy on average while the run lasted."""
        ours = self.rasa_s + self.other_s + self.client_s
        return max(0.0, self.machine_s - ours) / self.wall_s if self.wall_s else 0.0


class CpuMeter:
    """Snapshots before a run; ``usage()`` after it."""

    def __init__(self, rasa: Mapping[str, int], other: Iterable[int]) -> None:
        self.rasa_pids, self.other_pids = dict(rasa), list(other)
        self.rasa = {name: tree_ticks([pid]) for name, pid in self.rasa_pids.items()}
        self.other = tree_ticks(self.other_pids)
        # This process alone: the servers it started are its children.
        self.client = self._own_ticks()
        self.machine = machine_busy_seconds()
        self.started = time.monotonic()

    @staticmethod
    def _own_ticks() -> dict[int, int]:
        return {os.getpid(): process_ticks(os.getpid()) or 0}

    def usage(self) -> Usage:
        by_process = {
            name: cpu_seconds(self.rasa[name], tree_ticks([pid]))
            for name, pid in self.rasa_pids.items()
        }
        return Usage(
            rasa_s=sum(by_process.values()),
            other_s=cpu_seconds(self.other, tree_ticks(self.other_pids)),
            client_s=cpu_seconds(self.client, self._own_ticks()),
            machine_s=machine_busy_seconds() - self.machine,
            wall_s=time.monotonic() - self.started,
            rasa_by_process=by_process,
        )


HAPROXY_COUNTERS = ("chkdown", "downtime", "hrsp_5xx", "econ", "eresp")


def haproxy_counters(stats_url: str) -> dict[str, dict[str, int]]:
    """HAProxy's counters by ``proxy/server`` from its status page's CSV: how often each server
    was marked down by its health check, for how many seconds, and the 5xx answers."""
    text = httpx.get(stats_url.rstrip("/") + "/;csv", timeout=10).text
    rows = csv.DictReader(io.StringIO(text.lstrip("# ")))
    return {
        f"{row['pxname']}/{row['svname']}": {
            key: int(row.get(key) or 0) for key in HAPROXY_COUNTERS
        }
        for row in rows
    }


def haproxy_changes(
    before: Mapping[str, Mapping[str, int]], after: Mapping[str, Mapping[str, int]], proxy: str
) -> dict[str, dict[str, int]]:
    """What changed in one proxy's counters between two readings, by server."""
    return {
        name.split("/", 1)[1]: {
            key: value - before.get(name, {}).get(key, 0) for key, value in counters.items()
        }
        for name, counters in after.items()
        if name.startswith(proxy + "/")
    }
