"""The benchmark's arithmetic and its tables: CPU per message, what a core adds, the targets.

Pure functions of the figures ``bench/run.py`` collects, so they can be tested without servers.
"""

from __future__ import annotations

from typing import Any

from bench.measure import Usage

# (people, think time in seconds) for which issue 13 asks p99 at most 2 s on some profile.
CAPACITY_SCENARIO = "200 people"
# Issue 5's targets, for every profile of ours; issue 13's p99 target is the 200-people one.
TARGETS = {
    "20 people": {"p95_ms": 250, "p50_ms": 100, "errors": 0},
    "200 people": {"p99_ms": 2000, "errors": 0},
}
PROXY_ROWS = ("FRONTEND", "BACKEND")
LOST_KEYS = ("missing", "duplicated", "out_of_order_conversations", "completed_without_record")
LABELS = {"single": "single process", "cluster": "cluster", "stock": "stock rasa init"}


def cpu_figures(usage: Usage, answered: int) -> dict[str, Any]:
    """CPU per message answered, and the cores each part kept busy on average."""
    per = 1000 / answered if answered else None
    wall = usage.wall_s or 1.0
    return {
        "rasa_cpu_s": round(usage.rasa_s, 2),
        "other_cpu_s": round(usage.other_s, 2),
        "rasa_ms_per_msg": round(usage.rasa_s * per, 1) if per else None,
        "other_ms_per_msg": round(usage.other_s * per, 1) if per else None,
        "service_ms_per_msg": round((usage.rasa_s + usage.other_s) * per, 1) if per else None,
        "rasa_cpu_s_by_process": {k: round(v, 2) for k, v in usage.rasa_by_process.items()},
        "rasa_cores": round(usage.rasa_s / wall, 2),
        "client_cores": round(usage.client_s / wall, 2),
        "machine_cores": round(usage.machine_s / wall, 2),
        "foreign_cores": round(usage.foreign_cores(), 2),
    }


def capacity(service_ms_per_msg: float | None, people: int, think_s: float) -> dict[str, Any]:
    """What one core of CPU serves at this cost per message, and the cores ``people`` need.

    A person who thinks ``think_s`` seconds between messages sends at most one message every
    ``think_s`` seconds, when every answer is instant: the load a p99 of a few seconds has to
    keep up with. Cores here are CPU only; latency also needs headroom above full use.
    """
    if not service_ms_per_msg:
        return {}
    per_core = 1000 / service_ms_per_msg
    demand = people / think_s
    return {
        "service_ms_per_msg": service_ms_per_msg,
        "people": people,
        "think_s": think_s,
        "msg_s_per_core": round(per_core, 1),
        "people_per_core": round(per_core * think_s),
        "demand_msg_s": round(demand, 1),
        "cores_needed": round(demand / per_core, 2),
    }


def nothing_lost_text(figures: dict[str, Any]) -> str:
    lost = figures.get("nothing_lost")
    if lost is None:
        return "not checked"
    bad = sum(lost[key] for key in LOST_KEYS)
    text = f"{bad} of {lost['messages_checked']:,}"
    unanswered = lost.get("unanswered_not_stored", 0) + lost.get("unanswered_stored", 0)
    if unanswered:
        text += (
            f" (and {unanswered} answered by an error: "
            f"{lost.get('unanswered_stored', 0)} of them stored)"
        )
    return text


def check_targets(report: dict[str, Any]) -> dict[str, list[str]]:
    """By profile of ours, the targets it misses (an empty list when all hold)."""
    missed: dict[str, list[str]] = {}
    for profile, result in report["profiles"].items():
        if profile == "stock":
            continue
        misses = missed.setdefault(profile, [])
        for scenario, limits in TARGETS.items():
            figures = result["runs"].get(scenario)
            for key, limit in limits.items() if figures else ():
                if not figures[key] <= limit:
                    misses.append(f"{scenario}: {key} {figures[key]} > {limit}")
        for name, figures in result["runs"].items():
            lost = figures["nothing_lost"]
            if any(lost[key] for key in LOST_KEYS):
                misses.append(f"{name}: messages lost or duplicated {lost}")
        for name, megabytes in result["peak_rss_mb"].items():
            budget = 1536 if name in result["rasa_processes"] else 250
            if name.startswith(("rasa", "action")) and megabytes > budget:
                misses.append(f"{name} RSS {megabytes} MB > {budget} MB")
        if profile == "single" and result["first_answer_s"] > 45:
            misses.append(f"first answer after {result['first_answer_s']} s > 45 s")
        ratio = throughput_ratio(report, profile, "no think time")
        if ratio is not None and ratio < 0.7:
            misses.append(f"no-think throughput {ratio} x stock < 0.7 x")
    training = report.get("training_s")
    if training is not None and training > 300:
        missed.setdefault("single", []).append(f"training {training} s > 300 s")
    return missed


def throughput_ratio(report: dict[str, Any], profile: str, scenario: str) -> float | None:
    stock = report["profiles"].get("stock", {}).get("runs", {}).get(scenario)
    ours = report["profiles"][profile]["runs"].get(scenario)
    if not stock or not ours or not stock.get("throughput_msg_s"):
        return None
    return round(ours["throughput_msg_s"] / stock["throughput_msg_s"], 2)


def _cell(figures: dict[str, Any] | None, row: str) -> str:
    if figures is None:
        return ""
    cpu, load = figures.get("cpu", {}), figures.get("load_1min", {})
    values = {
        "p50 / p95 / p99 ms": f"{figures['p50_ms']:,} / {figures['p95_ms']:,} / "
        f"{figures['p99_ms']:,}",
        "msg/s": f"{figures['throughput_msg_s']}",
        "errors": f"{figures['errors']}",
        "lost or duplicated": nothing_lost_text(figures),
        "Rasa CPU ms/msg": f"{cpu.get('rasa_ms_per_msg')} ({cpu.get('rasa_cores')} cores)",
        "other CPU ms/msg": f"{cpu.get('other_ms_per_msg')}",
        "load avg start / max": f"{load.get('start')} / {load.get('max')}",
        "other programs, cores": f"{cpu.get('foreign_cores')}",
        "replicas marked down / 503s": _haproxy(figures.get("haproxy")),
    }
    return values[row]


ROWS = (
    "p50 / p95 / p99 ms",
    "msg/s",
    "errors",
    "lost or duplicated",
    "Rasa CPU ms/msg",
    "other CPU ms/msg",
    "load avg start / max",
    "other programs, cores",
    "replicas marked down / 503s",
)


def _haproxy(changes: dict[str, dict[str, int]] | None) -> str:
    if changes is None:
        return ""
    downs = sum(c["chkdown"] for name, c in changes.items() if name not in PROXY_ROWS)
    return f"{downs} / {changes.get('FRONTEND', {}).get('hrsp_5xx', 0)}"


def table(report: dict[str, Any]) -> str:
    """The runs side by side, one column a profile (a Markdown table)."""
    profiles = report["profiles"]
    heads = [profile_label(name, result) for name, result in profiles.items()]
    lines = [
        "| run | figure | " + " | ".join(heads) + " |",
        "|---|---|" + "---|" * len(heads),
    ]
    scenarios = list(dict.fromkeys(s for result in profiles.values() for s in result["runs"]))
    for scenario in scenarios:
        for number, row in enumerate(ROWS):
            cells = [_cell(result["runs"].get(scenario), row) for result in profiles.values()]
            lines.append(
                f"| {scenario if number == 0 else ''} | {row} | " + " | ".join(cells) + " |"
            )
    return "\n".join(lines)


def profile_label(name: str, result: dict[str, Any]) -> str:
    count = len(result["rasa_processes"])
    label = LABELS.get(name, name)
    return f"{label} ({count} Rasa)" if name == "cluster" else label


def summary(report: dict[str, Any]) -> list[str]:
    """The lines under the table: start-up, memory, capacity, targets."""
    lines = []
    for name, result in report["profiles"].items():
        label = profile_label(name, result)
        lines.append(f"{label}: {result['description']}")
        lines.append(
            f"  first answer {result['first_answer_s']} s after start; "
            f"peak RSS MB {result['peak_rss_mb']}"
        )
        room = result.get("capacity")
        if room:
            lines.append(
                f"  {CAPACITY_SCENARIO}: {room['service_ms_per_msg']} ms of service CPU a "
                f"message -> {room['msg_s_per_core']} msg/s per core, "
                f"{room['people_per_core']} people per core at {room['think_s']} s think; "
                f"{room['demand_msg_s']} msg/s asked for needs {room['cores_needed']} cores "
                "of CPU alone"
            )
    training = report.get("training_s")
    lines.append(
        "training from a clean model folder: "
        + ("not measured" if training is None else f"{training} s")
    )
    ran = {scenario for result in report["profiles"].values() for scenario in result["runs"]}
    if not ran & set(TARGETS):
        lines.append(f"targets: not checked (they are for the runs {', '.join(TARGETS)})")
        return lines
    for name, misses in report["targets_missed"].items():
        lines.append(
            f"targets, {name}: all met"
            if not misses
            else f"targets missed, {name}:\n  " + "\n  ".join(misses)
        )
    return lines
